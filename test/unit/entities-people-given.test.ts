/**
 * People named with no title, speech or appositive, told by their given name, on short texts written for these tests:
 * given names from outside the English-speaking world (and a few English ones the public-domain lists miss), and
 * Portuguese particles inside a name; and the one a source "told", no speaker.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';
import { givenName } from '../../src/lib/extract/names.ts';

const people = (text: string) => extractEntities(buildDoc(text)).people.map((p) => p.name);

describe('given names', () => {
  it('knows common given names from Nigeria, South Asia, the Caucasus, Ireland and elsewhere', () => {
    for (const n of ['Musa', 'Kunal', 'Levan', 'Désiré', 'Declan', 'Walter', 'Wilber', 'Abul'])
      expect(givenName(n), n).not.toBeNull();
    // names that mostly name places, clubs or nations in news stay out
    for (const n of ['Everton', 'German', 'Nasser', 'Neelam']) expect(givenName(n), n).toBeNull();
  });

  it('reads a run opened by such a name as a person, at a sentence start too', () => {
    const got = people(
      'Musa Abdullahi grows millet and sorghum on six hectares outside Maru. Kunal Yadav and Aarav Menon choked the middle overs before the rain came.',
    );
    expect(got).toEqual(expect.arrayContaining(['Musa Abdullahi', 'Kunal Yadav', 'Aarav Menon']));
  });

  it('keeps "dos" and "das" inside a Portuguese name', () => {
    const got = people(
      'Ten people died, among them Kauã Silva dos Santos, 15, who was hit in the chest on his way to school.',
    );
    expect(got).toContain('Kauã Silva dos Santos');
    expect(got).not.toContain('Kauã Silva');
  });
});

describe('the one told', () => {
  it('does not take the paper or radio a source "told" for a person', () => {
    const got = people(
      'Residents told Studio Tamani by phone that the strike hit a cattle camp. A health official told Addis Standard that 14 died. The mayor told Musa Abdullahi that the road was closed, said Hope Wanjiru.',
    );
    expect(got).not.toContain('Studio Tamani');
    expect(got).not.toContain('Addis Standard');
    expect(got).toEqual(expect.arrayContaining(['Musa Abdullahi', 'Hope Wanjiru']));
  });
});
