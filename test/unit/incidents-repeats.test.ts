/**
 * One event told twice: a village the map places but gives no province of, told after its province; a facility
 * named for the district it lies in; a town named only as the name of an agreement. Texts, places and records
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import type { Doc } from '../../src/lib/extract/doc.ts';
import { settleEvents } from '../../src/lib/extract/incidents/events.ts';
import { provinceOf, sameDivision, within } from '../../src/lib/extract/incidents/places.ts';
import { foldArrests } from '../../src/lib/extract/incidents/protests.ts';
import { place, told, world } from '../support/incident-world.ts';

/** A day told by `phrase` in sentence `k`, with its true position. */
const toldAt = (doc: Doc, k: number, iso: string, phrase: string) => {
  const start = doc.sentences[k].start + doc.sentences[k].text.indexOf(phrase);
  return { ...told(doc, k, iso), text: phrase, start, end: start + phrase.length };
};

// two provinces of the map (Iraq's Kirkuk and Diyala), with the centres the map gives them
const kirkuk = place('Kirkuk', 'province', { country: 'IQ', admin1: 'Kirkuk', lat: 35.359, lon: 44.032 });
const diyala = place('Diyala', 'province', { country: 'IQ', admin1: 'Diyala', lat: 33.746, lon: 45.102 });

describe('a village the map places without its province', () => {
  it('takes the province whose centre lies nearest, within reach, and none for a place too far from any', () => {
    expect(provinceOf(place('Tel Ornah', 'city', { country: 'IQ', lat: 35.3, lon: 43.75 }))).toBe('Kirkuk');
    expect(provinceOf(place('Umm Serra', 'city', { country: 'IQ', lat: 33.8, lon: 45.0 }))).toBe('Diyala');
    // (a division the map gives is kept; a province has none to find)
    expect(
      provinceOf(place('Sarden', 'city', { country: 'IQ', admin1: 'Ninawa', lat: 35.3, lon: 43.75 })),
    ).toBe('Ninawa');
    expect(provinceOf(kirkuk)).toBe('Kirkuk');
    expect(provinceOf(place('Far Isle', 'city', { country: 'IQ', lat: 10, lon: 10 }))).toBeNull();
  });
  it('holds such a village within the province found for it, so a record at the province and one at the village nest', () => {
    const village = place('Tel Ornah', 'city', { country: 'IQ', lat: 35.3, lon: 43.75 });
    expect(within(village, kirkuk, '')).toBe(true);
    expect(within(village, diyala, '')).toBe(false);
    // control: a division the map gives wins over the nearest centre
    const mapped = place('Sarden', 'city', { country: 'IQ', admin1: 'Ninawa', lat: 35.3, lon: 43.75 });
    expect(within(mapped, kirkuk, '')).toBe(false);
  });
  it('joins the village told in detail to the event told first at its province, on one day', () => {
    const { doc, ents, record } = world([
      'Raiders shot at an army post in the south of Kirkuk province on Tuesday night, killing one soldier.',
      'The raiders, who came on motorbikes, fired on the post outside Tel Ornah at about 11 p.m. and escaped.',
    ]);
    const village = place('Tel Ornah', 'city', { country: 'IQ', lat: 35.3, lon: 43.75 });
    const found = [
      record(0, { placeRef: kirkuk, date: '2026-03-03', killed: 1, attacker: 'gunmen' }),
      record(1, {
        placeRef: village,
        date: '2026-03-03T23:00',
        localTime: '23:00',
        attacker: 'Islamic State',
      }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-03-03'), told(doc, 1, '2026-03-03T23:00')] as never);
    expect(found).toHaveLength(1);
    expect(found[0].place).toBe('Tel Ornah');
    expect(found[0].killed).toBe(1);
    expect(found[0].attacker).toBe('Islamic State');
  });
  it('keeps apart a village whose nearest province is another, and one told on another day', () => {
    const { doc, ents, record } = world([
      'Raiders shot at an army post in the south of Kirkuk province on Tuesday, killing one soldier.',
      'Raiders also fired on a police post outside Umm Serra on Tuesday.',
      'On Thursday, raiders fired on the post outside Tel Ornah again.',
    ]);
    const found = [
      record(0, { placeRef: kirkuk, date: '2026-03-03', killed: 1 }),
      record(1, {
        placeRef: place('Umm Serra', 'city', { country: 'IQ', lat: 33.8, lon: 45.0 }),
        date: '2026-03-03',
      }),
      record(2, {
        placeRef: place('Tel Ornah', 'city', { country: 'IQ', lat: 35.3, lon: 43.75 }),
        date: '2026-03-05',
      }),
    ];
    settleEvents(found, doc, ents, [
      told(doc, 0, '2026-03-03'),
      told(doc, 1, '2026-03-03'),
      told(doc, 2, '2026-03-05'),
    ] as never);
    expect(found.map((f) => f.place)).toEqual(['Kirkuk', 'Umm Serra', 'Tel Ornah']);
    // (and the same for the other province: its village joins it)
    const two = world([
      'Raiders shot at an army post in Diyala province on Tuesday.',
      'The post lies outside Umm Serra.',
    ]);
    const found2 = [
      two.record(0, { placeRef: diyala, date: '2026-03-03' }),
      two.record(1, { placeRef: place('Umm Serra', 'city', { country: 'IQ', lat: 33.8, lon: 45.0 }) }),
    ];
    settleEvents(found2, two.doc, two.ents, [told(two.doc, 0, '2026-03-03')] as never);
    expect(found2).toHaveLength(1);
  });
});

describe('a province named another way than the map names it', () => {
  it('is the same division under a direction told as an adjective or another spelling, not a neighbouring one', () => {
    expect(sameDivision('Southern Darfur', 'South Darfur')).toBe(true);
    expect(sameDivision('Odessa', 'Odesa')).toBe(true);
    expect(sameDivision('Kharkov', 'Kharkiv')).toBe(true);
    expect(sameDivision('North Darfur', 'South Darfur')).toBe(false);
    expect(sameDivision('Kirkuk', 'Karbala')).toBe(false);
    expect(sameDivision(null, 'Kirkuk')).toBe(false);
  });
  it('holds a village the map finds nearest to it, so a strike told at either joins into one record', () => {
    const kerkuk = place('Kerkuk', 'province', { country: 'IQ', admin1: 'Kerkuk', lat: 35.359, lon: 44.032 });
    const village = place('Tel Ornah', 'city', { country: 'IQ', lat: 35.3, lon: 43.75 });
    expect(within(village, kerkuk, '')).toBe(true);
    const { doc, ents, record } = world([
      'Mortar rounds fell on farms across Kerkuk province on Friday morning, wounding a shepherd.',
      'One round hit a cattle pen on the edge of Tel Ornah, a local official said.',
    ]);
    const found = [
      record(0, { placeRef: kerkuk, date: '2026-03-06', injured: 1 }),
      record(1, { placeRef: village, date: '2026-03-06' }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-03-06'), told(doc, 1, '2026-03-06')] as never);
    expect(found.map((f) => f.place)).toEqual(['Tel Ornah']);
  });
  it('keeps apart a village whose nearest province is another one (control)', () => {
    const karbala = place('Kerbela', 'province', { country: 'IQ', admin1: 'Kerbela', lat: 32.6, lon: 44.0 });
    const village = place('Tel Ornah', 'city', { country: 'IQ', lat: 35.3, lon: 43.75 });
    expect(within(village, karbala, '')).toBe(false);
  });
});

describe('a facility named for the district it lies in', () => {
  /** A beating told at a market, then by the police of Orlo District, both on the same day. */
  const beatings = (market: string) => {
    const mob = { type: 'Riots', subType: 'Mob violence', date: '2026-03-06' };
    const { doc, ents, record } = world([
      `A crowd beat a suspected thief at ${market} on Friday.`,
      'Police in Orlo District said on Friday a crowd had beaten a man suspected of stealing a cart.',
    ]);
    const found = [
      record(0, { ...mob, placeRef: place(market, 'facility', { lat: null, lon: null }) }),
      record(1, { ...mob, placeRef: place('Orlo District', 'other', { lat: null, lon: null }) }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-03-06'), told(doc, 1, '2026-03-06')] as never);
    return found;
  };
  it('joins a beating told at "X Central Market" to the one told at "X District" on the same day', () => {
    const found = beatings('Orlo Central Market');
    expect(found).toHaveLength(1);
    expect(found[0].date).toBe('2026-03-06');
  });
  it('keeps apart a facility named for another place', () => {
    expect(beatings('Brenn Central Market')).toHaveLength(2);
  });
});

describe('a town that only names an agreement', () => {
  const current = (text: string) =>
    briefArticle({ text, origin: 'text' }, { published: '2026-03-10' }).incidents.filter(
      (i) => !i.background,
    );
  it('is not where a march told beside it took place', () => {
    const list = current(
      'Citing the 2018 Nairobi peace agreement, thousands of displaced families marched peacefully through Mombasa on Thursday to demand a return to their farms.',
    );
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((i) => i.place !== 'Nairobi')).toBe(true);
    expect(list.some((i) => i.place === 'Mombasa')).toBe(true);
  });
  it('still places an event at a town named right before other words', () => {
    const list = current(
      'Thousands of displaced families marched peacefully in Nairobi on Thursday, weeks after the peace agreement was signed.',
    );
    expect(list.some((i) => i.place === 'Nairobi')).toBe(true);
  });
});

describe('a heading told again by the paragraph under it', () => {
  const march = { type: 'Protests', subType: 'Peaceful protest', attacker: 'protesters' };
  const heading = [
    '3. Ostra: farmers march in Kessala',
    'Farmers from across Velm province marched on Friday to demand water.',
  ];
  it('joins a heading at a town no map holds, with no day, to the next paragraph told at the province', () => {
    const { doc, ents, record } = world(heading);
    const found = [
      record(0, { ...march, placeRef: place('Kessala', 'city', { lat: null, lon: null, country: 'YY' }) }),
      record(1, { ...march, placeRef: place('Velm', 'province'), date: '2026-03-06' }),
    ];
    settleEvents(found, doc, ents, [told(doc, 1, '2026-03-06')] as never);
    expect(found).toHaveLength(1);
    expect(found[0].place).toBe('Kessala');
    expect(found[0].date).toBe('2026-03-06');
  });
  it('keeps them apart when the paragraph tells a further march, or lies further down, or the heading has a day', () => {
    const further = world([heading[0], 'Farmers in Velm province also marched on Friday.']);
    const a = [
      further.record(0, { ...march, placeRef: place('Kessala', 'city', { lat: null, lon: null }) }),
      further.record(1, { ...march, placeRef: place('Velm', 'province'), date: '2026-03-06' }),
    ];
    settleEvents(a, further.doc, further.ents, [told(further.doc, 1, '2026-03-06')] as never);
    expect(a).toHaveLength(2);
    const later = world([heading[0], 'The farmers want water.', heading[1]]);
    const b = [
      later.record(0, { ...march, placeRef: place('Kessala', 'city', { lat: null, lon: null }) }),
      later.record(2, { ...march, placeRef: place('Velm', 'province'), date: '2026-03-06' }),
    ];
    settleEvents(b, later.doc, later.ents, [told(later.doc, 2, '2026-03-06')] as never);
    expect(b).toHaveLength(2);
    const dated = world(['3. Ostra: farmers marched in Kessala on Tuesday', heading[1]]);
    const c = [
      dated.record(0, {
        ...march,
        placeRef: place('Kessala', 'city', { lat: null, lon: null }),
        date: '2026-03-03',
      }),
      dated.record(1, { ...march, placeRef: place('Velm', 'province'), date: '2026-03-06' }),
    ];
    settleEvents(c, dated.doc, dated.ents, [
      told(dated.doc, 0, '2026-03-03'),
      told(dated.doc, 1, '2026-03-06'),
    ] as never);
    expect(c).toHaveLength(2);
  });
});

describe('a day told first in a sentence whose subject then speaks', () => {
  it('is the day of saying: the record it dates joins the event told on the day before at that place', () => {
    const { doc, ents, record } = world([
      'Gunmen stormed a police post in Varna Hill on Wednesday, killing two officers.',
      'On Thursday, the provincial police said the gunmen had also taken four rifles from the post in Varna Hill.',
    ]);
    const hill = place('Varna Hill', 'city');
    const found = [
      record(0, { placeRef: hill, date: '2026-03-04', killed: 2 }),
      record(1, { placeRef: hill, date: '2026-03-05', attacker: 'gunmen' }),
    ];
    settleEvents(found, doc, ents, [
      toldAt(doc, 0, '2026-03-04', 'on Wednesday'),
      toldAt(doc, 1, '2026-03-05', 'On Thursday'),
    ] as never);
    expect(found).toHaveLength(1);
    expect(found[0].date).toBe('2026-03-04');
  });
  it('stays the day of the act when the sentence tells an act first, or the saying comes far after', () => {
    const { doc, ents, record } = world([
      'Gunmen stormed a police post in Varna Hill on Wednesday, killing two officers.',
      'On Thursday, gunmen stormed the post in Varna Hill again and burned it, the provincial police said.',
    ]);
    const hill = place('Varna Hill', 'city');
    const found = [
      record(0, { placeRef: hill, date: '2026-03-04', killed: 2 }),
      record(1, { placeRef: hill, date: '2026-03-05' }),
    ];
    settleEvents(found, doc, ents, [
      toldAt(doc, 0, '2026-03-04', 'on Wednesday'),
      toldAt(doc, 1, '2026-03-05', 'On Thursday'),
    ] as never);
    expect(found).toHaveLength(2);
  });
});

describe('a day borrowed from another clause is no day of the event', () => {
  const current = (text: string) =>
    briefArticle({ text, origin: 'text' }, { published: '2025-03-15' }).incidents.filter(
      (i) => !i.background,
    );
  const headline = 'Minister flies in as aid workers count the cost';
  const later = 'He met the interior minister and was due to visit the engineers in hospital.';
  it('joins a strike told "days after" as the lead of a visit with its account on its own day', () => {
    const list = current(
      [
        headline,
        'The Swedish foreign minister landed in Nairobi on Wednesday for talks with Kenyan officials, days after a drone strike wounded three Swedish engineers building a bridge in northern Kenya.',
        later,
        "On Sunday, a drone dropped a bomb on the engineers' camp near Moyale at about 9 a.m., wounding three of them, police said.",
      ].join('\n\n'),
    );
    expect(list).toHaveLength(1);
    expect(list[0].place).toBe('Moyale');
    expect(list[0].date?.slice(0, 10)).toBe('2025-03-09');
  });
  it('keeps apart a strike whose own clause gives its day and one told on another day', () => {
    const list = current(
      [
        headline,
        'A drone strike wounded three Swedish engineers building a bridge in northern Kenya on Wednesday, the Swedish foreign minister said as he landed in Nairobi for talks.',
        later,
        'On Sunday, a drone dropped a bomb on a Kenyan army camp near Moyale at about 9 a.m., wounding three soldiers, police said.',
      ].join('\n\n'),
    );
    expect(list.map((i) => i.date?.slice(0, 10)).sort()).toEqual(['2025-03-09', '2025-03-12']);
  });
});

describe('a strike told as the answer to another', () => {
  const records = (claim: string) =>
    briefArticle(
      {
        text:
          'An air strike destroyed a house in Tyre on Thursday night, killing a commander, the health ministry said.\n\n' +
          'On Friday morning, about 20 rockets hit Haifa, lightly injuring two people, the ambulance service said.\n\n' +
          claim,
        origin: 'text',
      },
      { published: '2026-10-03' },
    ).incidents.filter((i) => !i.background && i.subType === 'Shelling/artillery/missile attack');
  it('is the same salvo as the one told at its place', () => {
    expect(
      records(
        'The group said it had fired a salvo of rockets at Haifa in response to the killing of its commander.',
      ).map((i) => i.place),
    ).toEqual(['Haifa']);
  });
  it('stays a strike of its own at another place (control)', () => {
    expect(
      records(
        'The group said it had fired a salvo of rockets at Nahariya in response to the killing of its commander.',
      )
        .map((i) => i.place)
        .sort(),
    ).toEqual(['Haifa', 'Nahariya']);
  });
});

describe('the river a town lies on is no second place hit', () => {
  const places = (text: string) =>
    briefArticle({ text, origin: 'text' }, { published: '2026-09-30' })
      .incidents.filter((i) => !i.background)
      .map((i) => i.place);
  it('reads "Reni, on the Danube" as one place', () => {
    expect(
      places(
        'A missile struck grain silos in Reni, on the Danube in the Odesa region, on Monday evening, wounding two workers.',
      ),
    ).toEqual(['Reni']);
  });
  it('keeps a list of towns hit as one event each (control)', () => {
    expect(
      places(
        'Drones hit fuel depots in Reni, in Izmail and in Odesa on Monday evening, wounding two workers.',
      ),
    ).toEqual(['Reni', 'Izmail', 'Odesa']);
  });
});

describe('a headline that sums up the armed event the body tells at its place', () => {
  const body =
    'Russian drones hit a grain silo in Mykolaiv overnight, setting it ablaze and injuring two guards, the regional governor said on Tuesday.\n\nFirefighters worked until dawn.';
  const kinds = (text: string) =>
    briefArticle({ text, origin: 'text' }, { published: '2026-03-14' })
      .incidents.filter((i) => !i.background)
      .map((i) => `${i.subType} @ ${i.place}`);
  it('adds no record of another kind: the body’s account of the strike is its kind', () => {
    expect(kinds(`Missile strike wrecks grain silo in Mykolaiv\n\n${body}`)).toEqual([
      'Air/drone strike @ Mykolaiv',
    ]);
  });
  it('keeps a headline that tells an event at another place (control)', () => {
    expect(kinds(`Missile strike wrecks grain silo in Odesa\n\n${body}`)).toEqual([
      'Shelling/artillery/missile attack @ Odesa',
      'Air/drone strike @ Mykolaiv',
    ]);
  });
});

describe('a second title line under the headline', () => {
  const clashes = (deck: string) =>
    briefArticle(
      {
        text:
          `Crowd torches water board offices in Garissa\n\n${deck}\n\n` +
          'A mob set fire to the offices of the water board in Garissa on Sunday, angered by weeks of dry taps, residents said.\n\n' +
          "Separately, a herders' militia said its gunmen had ambushed an army patrol on the Isiolo road on Monday morning, killing two soldiers.",
        origin: 'text',
      },
      { published: '2026-05-12' },
    )
      .incidents.filter((i) => !i.background && i.subType === 'Armed clash')
      .map((i) => `${i.place} ${i.date?.slice(0, 10)}`);
  it('adds no record of its own when the body tells its event at its place', () => {
    expect(clashes('Herders separately claim two soldiers killed in an ambush on the Isiolo road')).toEqual([
      'Isiolo road 2026-05-11',
    ]);
  });
  it('stays a record of its own when the body tells no event of its kind at its place (control)', () => {
    expect(clashes('Herders separately claim two soldiers killed in an ambush on the Wajir road')).toEqual([
      'Wajir undefined',
      'Isiolo road 2026-05-11',
    ]);
  });
});

describe('a raid told beside the abduction it was', () => {
  const kinds = (text: string) =>
    briefArticle({ text, origin: 'text' }, { published: '2026-05-12' })
      .incidents.filter((i) => !i.background)
      .map((i) => `${i.subType} @ ${i.place}`);
  const lead =
    'Armed men on horseback abducted herders and their families in Dakoro before dawn on Friday, a local chief said.';
  it('is one abduction when the next sentence says people "were taken" and one was shot', () => {
    expect(
      kinds(
        `${lead}\n\nA district official in Dakoro said 15 people were taken and an elderly man who resisted was shot dead.`,
      ),
    ).toEqual(['Abduction/forced disappearance @ Dakoro']);
  });
  it('is one abduction when the raid is told as marching people into the forest', () => {
    expect(
      kinds(
        `${lead}\n\nThey stormed the camps of Dakoro, shot a guard dead and drove the families into the forest.`,
      ),
    ).toEqual(['Abduction/forced disappearance @ Dakoro']);
  });
  it('keeps a shooting whose wounded "were taken to hospital" apart from the abduction, and one at another town (control)', () => {
    expect(
      kinds(
        `${lead}\n\nOn Sunday, gunmen shot dead three traders at a market in Maradi, and two wounded men were taken to hospital.`,
      ),
    ).toEqual(['Abduction/forced disappearance @ Dakoro', 'Attack @ Maradi']);
  });
});

describe('a side’s claim whose day is the day its statement went out', () => {
  const clashes = (claim: string) =>
    briefArticle(
      {
        text: `Militants on motorbikes attacked a gendarmerie camp in Tillia late on Friday, the regional governor said. Gendarmes drove them off after a long exchange of fire.\n\n${claim}`,
        origin: 'text',
      },
      { published: '2026-03-16' },
    )
      .incidents.filter((i) => !i.background)
      .map((i) => `${i.subType} @ ${i.place} ${i.date?.slice(0, 10)}`);
  it('tells again the attack already told ("said in a statement carried by its channel on Saturday")', () => {
    expect(
      clashes(
        'The group said in a statement carried by its propaganda channel on Saturday that its fighters killed seven gendarmes and burned three pickup trucks.',
      ),
    ).toEqual(['Armed clash @ Tillia 2026-03-13']);
  });
  it('keeps an attack the statement tells at another place on a day of its own (control)', () => {
    expect(
      clashes(
        'The group said in a statement carried by its propaganda channel on Saturday that its men had also attacked an army convoy near Tahoua on Saturday morning, killing four soldiers.',
      ),
    ).toEqual(['Armed clash @ Tillia 2026-03-13', 'Armed clash @ Tahoua 2026-03-14']);
  });
});

describe('arrests a title line tells beside the dispersal of a demonstration', () => {
  const likoni = place('Likoni', 'city', { country: 'KE', admin1: 'Mombasa', lat: -4.09, lon: 39.66 });
  const read = (arrestDay: string, weak: boolean) => {
    const { doc, record } = world([
      'Police scatter fishermen’s protest in Likoni with tear gas; Haki Africa counts 9 detained',
      'Riot police fired tear gas on Tuesday night to clear dozens of fishermen who had blocked the harbour road in Likoni.',
    ]);
    const found = [
      record(0, {
        subType: 'Arrests',
        type: 'Strategic developments',
        placeRef: likoni,
        date: arrestDay,
        dateWeak: weak,
      }),
      record(1, {
        subType: 'Protest with intervention',
        type: 'Protests',
        placeRef: likoni,
        date: '2026-06-09',
      }),
    ];
    foldArrests(found, doc);
    return found.map((f) => `${f.subType} ${f.date}`);
  };
  it('are the demonstration’s, when their only day is one they borrow (the page’s)', () => {
    expect(read('2026-06-10', true)).toEqual(['Protest with intervention 2026-06-09']);
  });
  it('stay arrests of their own on a day of their own after it (control)', () => {
    expect(read('2026-06-11', false)).toEqual(['Arrests 2026-06-11', 'Protest with intervention 2026-06-09']);
  });
});

describe('a headline that sums up the event the body tells', () => {
  const current = (paras: string[], published: string) =>
    briefArticle({ text: paras.join('\n\n'), origin: 'text' }, { published }).incidents.filter(
      (i) => !i.background,
    );
  it('takes the place the body gives, a spot no map holds told with the headline province, past a byline', () => {
    const list = current(
      [
        'Air strike hits jade miners in Kachin',
        'By Staff Reporter',
        "The Kachin Independence Army said a military jet bombed a jade miners' camp outside Hpakant Lone at about 11 p.m. on Friday, killing six workers.",
        'The junta did not respond to requests for comment.',
      ],
      '2026-08-10',
    );
    expect(list).toHaveLength(1);
    expect(list[0].place).toBe('Hpakant Lone');
    expect(list[0].date?.slice(0, 10)).toBe('2026-08-07');
  });
  it('takes the place and day of a lead that quotes the doer, the place named outside the quotation marks', () => {
    const list = current(
      [
        'NIGER: Five soldiers killed in attack on army post, ministry says',
        'Niamey, 3 September 2026 (AFP) - Five Nigerien soldiers were killed when "dozens of terrorists" on motorbikes attacked an army post at Tamou, in the Tillaberi region, the defence ministry said on Wednesday.',
        'The attack took place on Monday afternoon, the ministry said.',
      ],
      '2026-09-03',
    );
    expect(list).toHaveLength(1);
    expect(list[0].place).toBe('Tamou');
    expect(list[0].date?.slice(0, 10)).toBe('2026-08-31');
  });
});

describe('a strike told again by its munition or by the thing it struck', () => {
  const current = (paras: string[]) =>
    briefArticle({ text: paras.join('\n\n'), origin: 'text' }, { published: '2026-04-10' }).incidents.filter(
      (i) => !i.background,
    );
  it('reads "The missile" right after a drone strike as the drone\'s, at a place its account named', () => {
    const list = current([
      'An Israeli drone struck a van on the road between Tyre and Qana on Thursday morning, killing three men, the health ministry said.',
      'The missile tore through the van at about 8:10 a.m. as traffic built up near Qana. A passer-by was hurt by shrapnel.',
    ]);
    expect(list.map((i) => i.subType)).toEqual(['Air/drone strike']);
    expect(list[0].place).toBe('Tyre');
  });
  it('reads howitzers that fired on positions as shelling, not a clash', () => {
    const list = current([
      'On Thursday morning, army howitzers fired on suspected rebel positions east of Kidapawan, the army said, adding that four rebels had been killed.',
    ]);
    expect(list.map((i) => i.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
  it('joins a sentence opening on the vehicle the ambush struck, at a time of its day, to the ambush', () => {
    const list = current([
      'Gunmen opened fire on a police van on a highway outside Kidapawan on Thursday evening, killing two officers, the police said.',
      'The van, returning from a patrol, was hit by a rifle grenade at around 7:15 p.m. near a bridge in Barangay Tamontaka.',
    ]);
    expect(list.map((i) => i.subType)).toEqual(['Armed clash']);
    expect(list[0].place).toBe('Kidapawan');
    expect(list[0].date?.slice(0, 10)).toBe('2026-04-09');
  });
});

describe('a strike told apart that hit the same site on its day', () => {
  const strikes = (last: string) =>
    briefArticle(
      {
        text: [
          'Drone strikes hit Nyala: what we know',
          'By Hassan Idris, Port Sudan',
          'A drone hit the Al-Salam fuel station in Nyala at about 7 p.m. on Thursday as drivers queued for diesel, witnesses said. Seven people were killed and 20 injured, according to a local medical group.',
          "The Rapid Support Forces said the army's drones had targeted civilians. The army did not respond to a request for comment.",
          last,
        ].join('\n\n'),
        origin: 'text',
      },
      { published: '2026-05-15' },
    ).incidents.filter((i) => !i.background && i.subType === 'Air/drone strike');
  it('is the strike already told: "a separate strike on the same fuel station", or one on the named station', () => {
    expect(
      strikes(
        'In a separate strike on the same fuel station on Thursday night, a drone killed two more people, the group said.',
      ),
    ).toHaveLength(1);
    expect(
      strikes(
        'Later on Thursday, a second drone struck the same fuel station, killing two firefighters, witnesses said.',
      ),
    ).toHaveLength(1);
    expect(
      strikes(
        'A separate drone strike on the Al-Salam fuel station in Nyala late on Thursday killed two people, the RSF said.',
      ),
    ).toHaveLength(1);
  });
  it('joins a live entry with only its time that hits the same warehouse, and not one that hits another', () => {
    const live = (last: string) =>
      briefArticle(
        {
          text: [
            'Live: Russian attack on Kharkiv',
            'Saturday, January 24, 2026',
            '07:15\nA Russian Shahed drone hit a warehouse in the Kholodnohirskyi district of Kharkiv, starting a large fire, mayor Ihor Terekhov said.',
            '08:40\nTerekhov said one worker was killed in the drone strike on the warehouse and three were injured.',
            `10:05\n${last}`,
          ].join('\n\n'),
          origin: 'text',
        },
        { published: '2026-01-24' },
      ).incidents.filter((i) => !i.background && i.subType === 'Air/drone strike');
    expect(
      live(
        "A second drone attack on Kharkiv's Kholodnohirskyi district damaged the same warehouse, the State Emergency Service said.",
      ),
    ).toHaveLength(1);
    expect(
      live(
        "A second drone attack on Kharkiv's Kholodnohirskyi district damaged a different warehouse in the same district, the State Emergency Service said.",
      ),
    ).toHaveLength(2);
  });
  it('stays apart at another site, or on another day (controls)', () => {
    expect(
      strikes(
        'In a separate strike on Thursday night, a drone hit another fuel station in the same district, killing two people, the group said.',
      ),
    ).toHaveLength(2);
    expect(
      strikes(
        'Another drone struck a fuel station in the Al-Wadi district of Nyala on Thursday night, killing two people.',
      ),
    ).toHaveLength(2);
    expect(
      strikes(
        'On Friday morning, a second drone struck the same fuel station, killing two firefighters, witnesses said.',
      ),
    ).toHaveLength(2);
  });
});

describe('a sentence with no place or day of its own that says it tells another event', () => {
  const current = (second: string, first: string) =>
    briefArticle(
      { text: ['Gunmen kill six in Zamfara', first, second].join('\n\n'), origin: 'text' },
      { published: '2026-11-30' },
    ).incidents.filter((i) => !i.background);
  const raid =
    'Gunmen attacked the village of Kaura Namoda in Zamfara state on Tuesday, killing six people, police said.';
  it('keeps its own record: "a second attack in another town", "elsewhere", "separately", "another strike"', () => {
    expect(
      current('In a second attack in another town, gunmen killed four people, residents said.', raid),
    ).toHaveLength(2);
    expect(
      current(
        'Elsewhere in the state, gunmen killed two farmers working in their fields, residents said.',
        raid,
      ),
    ).toHaveLength(2);
    expect(
      current('Hours later, the gunmen attacked a second village, killing three more.', raid),
    ).toHaveLength(2);
    const fuel =
      'A drone struck a fuel station in the Sudanese city of Nyala on Thursday, killing four people, witnesses said.';
    expect(
      current(
        'A second drone hit another fuel station in the city, killing two more, a medical source said.',
        fuel,
      ),
    ).toHaveLength(2);
    const bomb =
      'A roadside bomb struck a military vehicle near Konduga in Borno state on Sunday, killing four soldiers, security sources said.';
    expect(
      current(
        'Separately, a bomb went off near a checkpoint, wounding two soldiers, the sources said.',
        bomb,
      ),
    ).toHaveLength(2);
  });
  it('still joins detail with nothing of its own, another witness, or a second blow at the same site (controls)', () => {
    expect(
      current(
        'The gunmen, who came on motorbikes, fired at residents for about an hour, residents said.',
        raid,
      ),
    ).toHaveLength(1);
    expect(current('Another resident said the gunmen shot at everyone they saw.', raid)).toHaveLength(1);
    const fuel =
      'A drone struck a fuel station in the Sudanese city of Nyala on Thursday, killing four people, witnesses said.';
    expect(
      current('A second drone hit the same fuel station minutes later, killing two firefighters.', fuel),
    ).toHaveLength(1);
  });
});
