/**
 * The search for one body under two forms of its name on a text that names thousands of bodies (a long live page, a
 * digest of many stories): each body's matches are looked up by its keys, not searched for among all the others, so
 * the time grows with the number of bodies, not with its square; the pairs found are those of a short text.
 */
import { describe, expect, it } from 'vitest';
import type { Org } from '../../src/lib/extract/entities/types.ts';
import { variantPairs } from '../../src/lib/extract/entities/variants.ts';
import { loadGazetteer } from '../../src/lib/extract/gazetteer.ts';

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'to', 've', 'nu', 'si', 'da', 'pe'];
/** An invented capitalised word for `i`: "Kaloka", "Lomira", …, distinct for each `i`. */
const word = (i: number) => {
  let s = '';
  for (let x = i + 1000; x; x = Math.floor(x / 10)) s += SYLLABLES[x % 10];
  return s[0].toUpperCase() + s.slice(1);
};
const KINDS = ['Council', 'Institute for Coastal Studies', 'Police', 'Brigade', 'Party'];
const org = (i: number, name: string, aliases: string[] = []): Org => ({
  id: `o${i}`,
  name,
  aliases,
  type: 'organization',
  country: null,
  mentions: 1,
  first: i,
});
/** `n` bodies of invented names, one acronym and one short form among them. */
function bodies(n: number): Org[] {
  const out = Array.from({ length: n }, (_, i) => org(i, `${word(i)} ${KINDS[i % KINDS.length]}`));
  out.push(org(n, 'Tarvian Institute for Coastal Studies', ['TICS']));
  out.push(org(n + 1, 'Tarvian Institute'));
  out.push(org(n + 2, 'Halden Police Department'));
  out.push(org(n + 3, 'Halden Police'));
  return out;
}

describe('bodies under two forms of their names, in a text that names thousands', () => {
  it('pairs the short forms among 6,000 bodies in time that grows with their number', () => {
    const gaz = loadGazetteer();
    const few = variantPairs(gaz, bodies(20)).map(([a, b]) => `${a.name} → ${b.name}`);
    expect(few).toEqual([
      'Tarvian Institute → Tarvian Institute for Coastal Studies',
      'Halden Police → Halden Police Department',
    ]);
    const t = performance.now();
    const many = variantPairs(gaz, bodies(6000)).map(([a, b]) => `${a.name} → ${b.name}`);
    const ms = performance.now() - t;
    expect(many).toEqual(few);
    // (each of 6,000 bodies against each other in each of the searches took about half a minute; by their keys, well
    // under a second on an idle machine)
    expect(ms).toBeLessThan(5000);
  });
});
