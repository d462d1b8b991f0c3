/**
 * Places named in a list beside a known town ("between Kisumu, Ombeyi and Awasi"), on short texts written for these
 * tests; and what such a list must not turn into places (people, bodies, a clause after a fronted place).
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';

const read = (text: string) => extractEntities(buildDoc(text));
const placeNames = (text: string) => read(text).places.map((p) => p.name);

describe('places in a list', () => {
  it('reads unknown names listed with a known town after a locative word as towns', () => {
    const e = read(
      'Bandits have attacked buses on the roads between Kisumu, Ombeyi and Awasi in western Kenya since March.',
    );
    for (const n of ['Ombeyi', 'Awasi'])
      expect(
        e.places.filter((p) => p.name === n).map((p) => [p.kind, p.country]),
        n,
      ).toEqual([['city', 'KE']]);
  });

  it('reads a list of two after "in" and before a phrase of time', () => {
    expect(
      placeNames('Officers searched homes in Kampala and Bweyogerere over the next two days.'),
    ).toContain('Bweyogerere');
  });

  it('reads a list closed by "and other towns" without a locative word', () => {
    expect(placeNames('Artillery hit Gyumri, Tashir and other towns near the border of Armenia.')).toEqual(
      expect.arrayContaining(['Tashir']),
    );
  });

  it('takes a name the text placed earlier as that place inside a later list', () => {
    const names = placeNames(
      'The convoy stopped in Wotuwala on Monday. By Friday, rockets had struck Wotuwala, Pemmaka and other villages in Sri Lanka.',
    );
    expect(names).toEqual(expect.arrayContaining(['Wotuwala', 'Pemmaka']));
  });

  it('leaves people and bodies listed after a fronted place alone', () => {
    const names = placeNames('In Nairobi, Wanjiku and Otieno said the talks had failed.');
    expect(names).not.toContain('Wanjiku');
    expect(names).not.toContain('Otieno');
    expect(placeNames('Talks in Nairobi and Brussels involved Kagame and Tshisekedi.')).not.toContain(
      'Kagame',
    );
  });

  it('adds nothing when no name of the list is a known place', () => {
    const names = placeNames('Supporters of Orvana, Beltris and Quolen sang through the final on Sunday.');
    expect(names).not.toContain('Beltris');
  });

  it('adds nothing to a list of countries', () => {
    const names = placeNames('Envoys arrived in Kenya, Zorvania and Uganda for the summit.');
    expect(names).not.toContain('Zorvania');
  });
});

describe('a road named by the two towns it joins', () => {
  it('reads the road and both towns', () => {
    const e = read('Herders blocked the Tamale–Walewale road in Ghana for most of Tuesday.');
    const got = e.places.map((p) => `${p.name}:${p.kind}`);
    expect(got).toEqual(expect.arrayContaining(['Tamale–Walewale road:other', 'Walewale:city']));
    expect(got).not.toContain('Walewale road:other');
  });

  it('reads a road after a known place whose name has a lower-case part', () => {
    const got = placeNames('Mines were laid on the Deir ez-Zor–Mayadin highway in Syria last week.');
    expect(got).toEqual(expect.arrayContaining(['Deir ez-Zor–Mayadin highway', 'Mayadin']));
  });

  it('reads no road between two countries and no town from a body', () => {
    const got = placeNames(
      'Trade on the Kenya–Uganda highway slowed, the Ogiek Peoples Development Program said.',
    );
    expect(got).not.toContain('Kenya–Uganda highway');
  });
});
