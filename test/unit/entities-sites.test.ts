/**
 * Sites named after the town they serve ("the Peshawar railway station", "the Udhampur bus stand"), on short texts
 * written for these tests: the site is a facility, and a known town before its head is a place of its own.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';

const places = (text: string) => extractEntities(buildDoc(text)).places.map((p) => `${p.name}:${p.kind}`);

describe('a site named after its town', () => {
  it('reads a known town before "railway station" as the town and the station', () => {
    const got = places(
      'A parcel bomb went off at the Peshawar railway station on Sunday, police in Pakistan said.',
    );
    expect(got).toEqual(expect.arrayContaining(['Peshawar:city', 'Peshawar railway station:facility']));
  });

  it('reads a known town in the possessive before "main railway station"', () => {
    expect(places("Crowds gathered at Izmir's main railway station in Turkey on Friday.")).toContain(
      "Izmir's main railway station:facility",
    );
  });

  it('reads "bus stand" and "checkpost" as heads of sites', () => {
    const got = places(
      'A grenade went off at the Udhampur bus stand in India. Troops reinforced the Sherwan checkpost in Pakistan.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['Udhampur bus stand:facility', 'Sherwan checkpost:facility']),
    );
  });

  it('adds no site after a town followed by other words of the same field', () => {
    const got = places('Peshawar railway officials in Pakistan said the trains would run on Monday.');
    expect(got.filter((p) => p.startsWith('Peshawar railway'))).toEqual([]);
  });
});
