/** Where an incident happened: a place that only says where someone spoke is not the event's place. */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const brief = (text: string, published = '2025-03-15') =>
  briefArticle({ text, origin: 'text' }, { published });

describe('where an official spoke is not where the event happened', () => {
  it('does not place a strike told in a quote at the city where it was told to reporters', () => {
    const b = brief(
      'Two residents were killed in Okhtyrka on Friday, the regional governor said.\n\n"They dropped two bombs on a street where children were walking to school," the governor told reporters in Kyiv.',
    );
    const list = b.incidents.filter((i) => !i.background);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((i) => i.place !== 'Kyiv')).toBe(true);
    expect(list.some((i) => i.place === 'Okhtyrka')).toBe(true);
    // the city stays among the places the brief names
    expect(b.places.some((p) => p.name === 'Kyiv')).toBe(true);
  });
  it('skips "said at a news conference in X" and "speaking in X" as the place of an event told next to them', () => {
    const conference = brief(
      'Gunmen ambushed a police patrol and killed four officers on Tuesday, the interior minister said at a news conference in Ankara.',
    ).incidents.filter((i) => !i.background);
    expect(conference.length).toBeGreaterThan(0);
    expect(conference.every((i) => i.place !== 'Ankara')).toBe(true);
    const speaking = brief(
      'Speaking in Geneva on Monday, the envoy said an air strike had killed nine civilians at a market.',
    ).incidents.filter((i) => !i.background);
    expect(speaking.length).toBeGreaterThan(0);
    expect(speaking.every((i) => i.place !== 'Geneva')).toBe(true);
    const told = brief(
      'A drone hit a bus stop full of people, the governor told reporters in Kyiv on Friday.',
    ).incidents.filter((i) => !i.background);
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((i) => i.place !== 'Kyiv')).toBe(true);
  });
  it('still places an event told with the same city after a verb of acting, not of saying', () => {
    const list = brief(
      'A car bomb exploded in Kyiv on Friday, killing three people, police said.',
    ).incidents.filter((i) => !i.background);
    expect(list.some((i) => i.place === 'Kyiv')).toBe(true);
  });
});

describe('where a speaker or a visitor sits is not where the event happened', () => {
  const current = (text: string) => brief(text).incidents.filter((i) => !i.background);
  it('does not place an event at the city a group is "based" in', () => {
    const list = current(
      'A mortar round killed two herders and their camels on Monday, according to a Geneva-based monitoring group.',
    );
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((i) => i.place !== 'Geneva')).toBe(true);
    // control: the city where the round fell is the event's place
    expect(
      current('A mortar round killed two herders at a market in Geneva on Monday.').some(
        (i) => i.place === 'Geneva',
      ),
    ).toBe(true);
  });
  it('does not place an event at a capital that speaks or acts for its government ("Tashkent said", "Bishkek fired first")', () => {
    const list = current(
      'Shells landed on two farms near the frontier overnight, wounding a shepherd. Tashkent said the rounds came from across the river; Bishkek insisted Tashkent fired first.',
    );
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((i) => i.place !== 'Tashkent' && i.place !== 'Bishkek')).toBe(true);
    // control: shells that hit the capital itself
    expect(
      current('Shells hit a bakery in Tashkent on Monday, killing three customers.').some(
        (i) => i.place === 'Tashkent',
      ),
    ).toBe(true);
  });
  it('does not place an event at the city a minister came to for talks', () => {
    const arrived = current(
      'The Norwegian defence minister arrived in Amman on Tuesday for talks with his counterpart, days after a drone strike wounded three soldiers at a desert outpost.',
    );
    expect(arrived.length).toBeGreaterThan(0);
    expect(arrived.every((i) => i.place !== 'Amman')).toBe(true);
    const visit = current(
      'On a visit to Amman, the minister said a drone strike had wounded three soldiers at a desert outpost on Sunday.',
    );
    expect(visit.length).toBeGreaterThan(0);
    expect(visit.every((i) => i.place !== 'Amman')).toBe(true);
    // control: gunmen who arrived somewhere did what they came for there
    expect(
      current('Gunmen arrived in Kumasi on motorbikes on Tuesday and shot dead four traders.').some(
        (i) => i.place === 'Kumasi',
      ),
    ).toBe(true);
  });
});

describe('where the hurt were cared for is not where the event happened', () => {
  const current = (text: string) => brief(text).incidents.filter((i) => !i.background);
  it('does not place a blast at the city the wounded were flown to or the hospital that treated them', () => {
    const flown = current(
      'A roadside bomb wounded six soldiers on a night patrol on Friday, and they were airlifted to Kampala.',
    );
    expect(flown.length).toBeGreaterThan(0);
    expect(flown.every((i) => i.place !== 'Kampala')).toBe(true);
    const treated = current(
      'Police said the wounded were treated at the Mulago National Referral Hospital after a roadside bomb hit a patrol truck on Friday.',
    );
    expect(treated.length).toBeGreaterThan(0);
    expect(treated.every((i) => i.place !== 'Mulago National Referral Hospital')).toBe(true);
    const short = current(
      'Gunmen fired on a minibus near Tarapacá on Friday. The driver was taken to the Hospital Regional de Iquique (HRI), where he remains stable.',
    );
    expect(short.length).toBeGreaterThan(0);
    expect(short.every((i) => !/Hospital|HRI/.test(i.place ?? ''))).toBe(true);
  });
  it('still places a blast at a hospital it hit, and in the city it was told in', () => {
    expect(
      current(
        'A bomb exploded at the gate of the Mulago National Referral Hospital on Friday, wounding two guards.',
      ).some((i) => i.place === 'Mulago National Referral Hospital'),
    ).toBe(true);
    expect(
      current('A roadside bomb wounded six soldiers on a night patrol in Kampala on Friday.').some(
        (i) => i.place === 'Kampala',
      ),
    ).toBe(true);
  });
});

describe('a settlement left unnamed in the lead and named where the account goes on', () => {
  const lead =
    'Gunmen on motorcycles abducted 14 people from a village in Zamfara State on Sunday, police said.\n\n';
  const placeOf = (text: string) =>
    brief(text, '2025-06-11').incidents.filter((i) => !i.background)[0]?.place;
  it('takes the place named by the sentence that opens on the doers', () => {
    expect(
      placeOf(
        `${lead}The kidnappers entered Kaura Namoda at night and went from house to house, a resident said.`,
      ),
    ).toBe('Kaura Namoda');
    expect(
      placeOf(
        'Armed men on horseback killed nine herders in a village in central Chad on Sunday, local officials said.\n\n' +
          'The assailants entered Mongo shortly after dawn and drove off hundreds of cattle, a resident said.',
      ),
    ).toBe('Mongo');
  });
  it('keeps the broad place when the town is only where others went (control)', () => {
    expect(placeOf(`${lead}Relatives travelled to Kaura Namoda to plead for help, a resident said.`)).toBe(
      'Zamfara',
    );
  });
});

describe('the place of the clause that tells the act', () => {
  const current = (text: string) => brief(text, '2026-12-01').incidents.filter((i) => !i.background);
  it('places an act at the town of its own clause, not at a town another clause names first', () => {
    const clash = current('Gunmen kill four at Celaya bar as soldiers clash with cartel cell in Villagran');
    expect(clash.map((i) => [i.subType, i.place])).toEqual([['Armed clash', 'Villagran']]);
    const fled = current(
      'Hundreds of residents fled to Maiduguri after gunmen attacked Konduga on Sunday, killing 12 people, officials said.',
    );
    expect(fled.map((i) => i.place)).toEqual(['Konduga']);
  });
  it('makes no strike of a town named only to date the one struck', () => {
    const list = current(
      'A day after talks in Khartoum, a drone struck a market in El Obeid on Tuesday, killing 15 people, medics said.',
    );
    expect(list.map((i) => [i.subType, i.place])).toEqual([['Air/drone strike', 'El Obeid']]);
  });
  it('keeps the town named first when the act’s clause names only where people came from, and two towns struck (controls)', () => {
    const bomb = current(
      'Twelve people were killed in Konduga on Sunday when a suicide bomber blew himself up among worshippers who had travelled from Maiduguri, police said.',
    );
    expect(bomb.map((i) => i.place)).toEqual(['Konduga']);
    const two = current(
      'A drone struck a market in El Obeid on Tuesday, killing 15 people, and a second drone hit a fuel depot in Kadugli, medics said.',
    );
    expect(two.map((i) => i.place).sort()).toEqual(['El Obeid', 'Kadugli']);
  });
});

describe('a country told as where, right before the verb', () => {
  it('places the act in the country named after "in", even when the verb follows it ("in southern Lebanon killed")', () => {
    const list = brief(
      "An Israeli drone strike on a motorbike in southern Lebanon killed two men on Friday, Lebanon's health ministry said, hours before rockets were launched from Lebanese territory toward northern Israel.",
      '2026-12-01',
    ).incidents.filter((i) => !i.background);
    expect(list.map((i) => i.place)).toEqual(['Lebanon']);
  });
  it('still reads a country before a noun as a qualifier, not a place (control)', () => {
    const list = brief(
      'U.S. air defence systems shot down two drones over the base on Friday, officials said.',
      '2026-12-01',
    ).incidents.filter((i) => !i.background);
    expect(list.every((i) => i.place !== 'United States')).toBe(true);
  });
});
