/**
 * A body named in full and by a short form, on short texts written for these tests: a numbered unit without its arm,
 * a name without its "of" part or with that part by its initials, an acronym of a name its owner's acronym opens, a
 * name opened by where the body is based, and a leader's name before the acronym of the body he leads.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import type { Org } from '../../src/lib/extract/entities/types.ts';
import { shortFormOf, variantPairs } from '../../src/lib/extract/entities/variants.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';
import { loadGazetteer } from '../../src/lib/extract/gazetteer.ts';

const orgs = (text: string) => extractEntities(buildDoc(text)).orgs;
const names = (text: string) => orgs(text).map((o) => o.name);

describe('short forms of a name', () => {
  it('tells a short form from another body', () => {
    expect(shortFormOf('14th Brigade', '14th Armoured Brigade')).toBe(true);
    expect(shortFormOf('14th Brigade', '15th Armoured Brigade')).toBe(false);
    expect(shortFormOf('14th Brigade', '14th Armoured Division')).toBe(false);
    expect(shortFormOf('Unified Command', 'Unified Command of the Coastal Forces')).toBe(true);
    expect(shortFormOf('Unified Command', 'Northern Unified Command')).toBe(false);
    expect(shortFormOf('Police Service of the CAR', 'Police Service of the Central African Republic')).toBe(
      true,
    );
    expect(shortFormOf('Police Service of the CAR', 'Police Service of the Republic of Chad')).toBe(false);
    // two words that differ in a slot are two bodies
    expect(shortFormOf('National Army', 'National Liberation Army')).toBe(false);
  });

  it('reads a numbered unit named with and without its arm as one body', () => {
    const text =
      'Soldiers of the 14th Armoured Brigade held the ridge above Velmar on Sunday. A spokesman for the 14th Brigade said two tanks had been lost in the fighting.';
    const found = orgs(text).filter((o) => /14th/.test(o.name));
    expect(found).toHaveLength(1);
    expect(found[0].name).toBe('14th Armoured Brigade');
    expect(found[0].aliases).toContain('14th Brigade');
  });

  it('reads a name without its "of" part as the body named in full', () => {
    const text =
      'The Unified Command of the Coastal Forces announced a curfew in the port on Monday. By evening the Unified Command had sent four patrol boats along the shore.';
    const found = orgs(text).filter((o) => /Unified Command/.test(o.name));
    expect(found).toHaveLength(1);
    expect(found[0].aliases).toContain('Unified Command');
  });

  it('reads an acronym of a name opened by its owner\u2019s acronym as that body', () => {
    const gaz = loadGazetteer();
    const org = (id: string, name: string, first: number): Org => ({
      id,
      name,
      aliases: [],
      type: 'other',
      country: null,
      mentions: 1,
      first,
    });
    const full = org('a', 'UN Mine Clearance Coordination Cell in Ukraine', 10);
    const acro = org('b', 'MCCCU', 40);
    expect(variantPairs(gaz, [full, acro])).toEqual([[acro, full]]);
    // letters that do not spell the name without its owner's acronym are another body
    const other = org('c', 'MCCU', 40);
    expect(variantPairs(gaz, [full, other])).toEqual([]);
  });

  it('keeps where a body is based or registered out of its name', () => {
    const text =
      'The Army\u2019s Tezpur-based Red Falcon Corps said on Friday that its troops had cleared the pass. A Panama-registered Harbourline Shipping Services tanker was also stopped at the port.';
    const all = names(text);
    expect(all).toContain('Red Falcon Corps');
    expect(all.some((n) => /based|registered/.test(n))).toBe(false);
  });

  it('does not take a leader for the body whose acronym follows his name', () => {
    const text =
      'Fighters of the Western Plains Movement faction led by Idris Malual Garang (WPM-S) crossed the river on Tuesday. Residents said the WPM-S had entered two villages.';
    expect(names(text)).not.toContain('Idris Malual Garang');
    // a body led by another body keeps its acronym
    const body =
      'The rescue was led by the Coastal Relief Agency (CRA), which sent three boats. The CRA said all crew were safe.';
    expect(names(body)).toContain('Coastal Relief Agency');
  });
});

describe('a leader named after the part of a body he leads', () => {
  it('reads the name after "faction led by" as a person leading the body', () => {
    const text =
      'Fighters of the Western Plains Movement faction led by Idris Malual Garang (WPM-S) crossed the river on Tuesday, residents said.';
    const people = extractEntities(buildDoc(text)).people;
    expect(people.map((p) => p.name)).toContain('Idris Malual Garang');
    expect(people.find((p) => p.name === 'Idris Malual Garang')?.role).toMatch(/leader/);
    // a convoy led by a named ship is no person
    const ship = 'The grain convoy led by Ocean Harvest Star left the port of Varna at dawn on Friday.';
    expect(extractEntities(buildDoc(ship)).people.map((p) => p.name)).not.toContain('Ocean Harvest Star');
  });
});
