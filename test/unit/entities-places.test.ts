/**
 * Places on short texts written for these tests: provinces named in a list before a plural head, bare names the
 * article calls a region, districts named again without their head, and more.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';

const read = (text: string) => extractEntities(buildDoc(text));
const kinds = (text: string, name: string) =>
  read(text)
    .places.filter((p) => p.name === name)
    .map((p) => p.kind);

describe('provinces', () => {
  it('reads every name of a list before a plural province word as a province', () => {
    const e = read(
      'Air defences downed drones over the Poltava, Sumy and Kharkiv regions overnight, Ukraine said. Gunmen moved between Diyala, Nineveh and Kirkuk provinces in Iraq.',
    );
    for (const n of ['Poltava', 'Sumy', 'Kharkiv', 'Diyala', 'Nineveh', 'Kirkuk'])
      expect(
        e.places.filter((p) => p.name === n).map((p) => p.kind),
        n,
      ).toEqual(['province']);
  });

  it('reads a bare name as the region the article names, unless it also calls it a city', () => {
    expect(
      kinds(
        'A drone set a depot on fire in the Voronezh region of Russia. Officials in Voronezh said nobody was hurt.',
        'Voronezh',
      ),
    ).toEqual(['province']);
    expect(
      kinds(
        'Shelling hit the Sumy region of Ukraine. In Sumy city, a school lost its windows, and Sumy residents swept glass.',
        'Sumy',
      ).sort(),
    ).toEqual(['city', 'province']);
  });
});

describe('districts', () => {
  it('takes a bare name after "X district" as the district, not a second town', () => {
    const e = read(
      'Soldiers raided homes in Zarghun district of Afghanistan on Friday. Elders in Zarghun on Saturday said four men were taken.',
    );
    const z = e.places.filter((p) => /Zarghun/.test(p.name));
    expect(z.map((p) => `${p.name}/${p.kind}`)).toEqual(['Zarghun district/other']);
    expect(z[0].mentions).toBe(2);
  });
});
