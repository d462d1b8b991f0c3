/**
 * Two events told in one sentence or one account, each a record with its own slots: a strike and the interception of
 * more of its weapons; the interceptions of the two sides; an arrest and the attack it followed. Texts written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const current = (text: string, published = '2026-06-09') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('a strike and an interception in one sentence', () => {
  it('reads the drone that hit and the drones brought down as two records', () => {
    const list = current(
      'A drone laden with explosives crashed into a storage hangar at Erbil airport late on Monday, wounding two workers, while two other drones were brought down before they reached the city, Kurdish officials said.',
    );
    expect(list.map((i) => i.subType).sort()).toEqual(['Air/drone strike', 'Disrupted weapons use']);
    const strike = list.find((i) => i.subType === 'Air/drone strike');
    const downed = list.find((i) => i.subType === 'Disrupted weapons use');
    expect(strike?.injured).toBe(2);
    expect(downed?.injured).toBeNull();
    expect(downed?.place).toMatch(/Erbil/);
  });
  it('reads "two others" as more of the weapons the strike told of', () => {
    const list = current(
      'A missile hit a fuel depot on the outskirts of Kharkiv on Monday night, and two others were shot down over the city, the regional governor said.',
    );
    expect(list.map((i) => i.subType).sort()).toEqual([
      'Disrupted weapons use',
      'Shelling/artillery/missile attack',
    ]);
  });
  it('reads armed drones seized after a claimed drone attack as a second record', () => {
    const list = current(
      'A rebel faction on Monday claimed a drone attack on a police station in the town of El Plateado that killed two officers, as soldiers seized more explosive-laden drones nearby.',
    );
    expect(list.map((i) => i.subType).sort()).toEqual(['Air/drone strike', 'Disrupted weapons use']);
    expect(list.find((i) => i.subType === 'Disrupted weapons use')?.killed).toBeNull();
  });
  it('finds no seized weapon in an initiative seized or drones bought', () => {
    expect(
      current(
        'The opposition seized the initiative in parliament on Monday, as the ministry said it had bought more attack drones from abroad.',
      ).filter((i) => i.subType === 'Disrupted weapons use'),
    ).toHaveLength(0);
  });
  it('finds no event in a proposal shot down or a pass intercepted', () => {
    expect(
      current(
        'The council shot down the proposal for a new bridge on Monday, while the mayor said two other plans were brought down by their cost.',
      ),
    ).toHaveLength(0);
    expect(
      current(
        'The midfielder intercepted a pass on the edge of the box, and two others were cut out by the keeper.',
      ),
    ).toHaveLength(0);
  });
});

describe('interceptions told by the two sides', () => {
  it('keeps the drones one side downed apart from the drones of that side the other downed', () => {
    const list = current(
      "AIR DEFENCE. Ukraine's air force said it had downed 38 of 46 drones launched overnight into Monday. The Russian side said it had destroyed 22 Ukrainian drones over the Bryansk and Kursk regions.",
      '2026-06-02',
    );
    expect(list.map((i) => i.subType)).toEqual(['Disrupted weapons use', 'Disrupted weapons use']);
    expect(list.map((i) => i.place)).toContain('Bryansk');
  });
  it('names the side whose weapons were downed, as the report tells it, as the doer', () => {
    const list = current(
      "Ukraine's air force said on Monday it had shot down 41 of 58 Shahed-type drones launched by Russia overnight, most of them over the Mykolaiv and Odesa regions.",
      '2026-06-02',
    );
    expect(list).toHaveLength(1);
    expect(list[0].subType).toBe('Disrupted weapons use');
    expect(list[0].attacker).toBe('Russian forces');
  });
  it('keeps one interception told by two sources as one record', () => {
    const list = current(
      'Two drones were shot down over Erbil late on Monday, Kurdish officials said. The U.S. military said its air defences had intercepted both drones near the airport.',
    );
    expect(list.filter((i) => i.subType === 'Disrupted weapons use')).toHaveLength(1);
  });
});

describe('an arrest and the attack it followed, in one sentence', () => {
  it('reads the arrest and the attack as two records, each on its own day', () => {
    const list = current(
      'Three men were detained in Kano on Monday, police said, after gunmen attacked a bank on Sunday.',
      '2026-06-09',
    );
    expect(list.map((i) => i.subType).sort()).toEqual(['Arrests', 'Attack']);
    expect(list.find((i) => i.subType === 'Arrests')?.date).toBe('2026-06-08');
    const attack = list.find((i) => i.subType === 'Attack');
    expect(attack?.date).toBe('2026-06-07');
    expect(attack?.attacker).toBe('gunmen');
  });
  it('keeps an arrest after an act of the same day, or of none, one record', () => {
    expect(
      current('Police arrested two gunmen in Kano on Monday after a shootout near the market.', '2026-06-09'),
    ).toHaveLength(1);
  });
  it('finds no arrest in a decline arrested or an initiative seized', () => {
    expect(
      current(
        'The new policy arrested the decline of the currency on Monday after the central bank seized the initiative.',
      ),
    ).toHaveLength(0);
  });
});
