/**
 * Events that did not happen as told, or not now: a march banned or called off, weather and feelings told in words of
 * war, a war fought in as a life's past, a correction notice, an old attack retold further down a story that looks
 * back, a report that revisits a massacre, and a weekday set before the full date of a past year. Each case is an
 * invented text worded unlike the articles the rules came from, with a twin that still tells an event.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { untoldAct } from '../../src/lib/extract/incidents/not-events.ts';
import { bestTrigger } from '../../src/lib/extract/incidents/triggers.ts';

const PUB = '2026-03-16';
// (the lexicon and the gazetteer load on the first brief: outside any one test's time)
beforeAll(() => {
  briefArticle({ text: 'Gunmen attacked a bus in Kirn on Monday.', origin: 'text' }, { published: PUB });
}, 120_000);
const all = (text: string, published = PUB) =>
  briefArticle({ text, origin: 'text' }, { published }).incidents;
const current = (text: string, published = PUB) => all(text, published).filter((i) => !i.background);
/** The reason `untoldAct` gives for the strongest trigger of a sentence. */
const untold = (text: string) => {
  const b = bestTrigger(text);
  if (!b) throw new Error(`no trigger in: ${text}`);
  return untoldAct(text, b.at, b.len, b.trig);
};

describe('an event banned, called off or put off', () => {
  it('reads a march banned by the governor as no march', () => {
    expect(
      untold(
        'The week was tense in Izmir, with the Pride march banned again by the governor and police on every corner.',
      ),
    ).toBe('called off');
    expect(untold('Organisers in Veska called off Monday’s protest march after the port raised wages.')).toBe(
      'called off',
    );
  });
  it('still reads a called-off march the crowd held anyway as a march', () => {
    expect(
      untold(
        'The organisers had called off the march, but thousands marched to the square in Izmir on Sunday anyway.',
      ),
    ).toBe(null);
  });
});

describe('crowd words that are no demonstration', () => {
  it('reads worshippers holding a night vigil, taken by gunmen, as no protest', () => {
    const text =
      'Gunmen in the early hours of Monday stormed a church at Kurmin Gata in Kaduna State and took away worshippers who were holding a night vigil, residents said.';
    expect(current(text).filter((i) => i.type === 'Protests')).toEqual([]);
  });
  it('reads passengers marched into the bush by gunmen as no march', () => {
    const text =
      'Witnesses said the gunmen blocked the road close to Dansadau village at about 6pm on Saturday and marched the passengers into the bush.';
    expect(current(text).filter((i) => i.type === 'Protests')).toEqual([]);
  });
  it('still reads a candlelight vigil and a march to the governor’s office as protests', () => {
    const text =
      'Hundreds of residents held a candlelight vigil in Kaduna on Sunday and marched to the governor’s office to demand the release of the worshippers.';
    expect(current(text).some((i) => i.type === 'Protests')).toBe(true);
  });
});

describe('words of war told of weather, feelings and a life', () => {
  it('reads wind "shelling the roof with coconuts" as weather', () => {
    const text =
      '"The wind was shelling the roof with coconuts all night," said a vendor in Guiuan on Monday, after the typhoon passed.';
    expect(current(text)).toEqual([]);
  });
  it('still reads artillery shelling a town all night as shelling', () => {
    const text =
      'Artillery was shelling the town of Kirn all night on Sunday, killing two farmers, officials said.';
    expect(current(text).length).toBe(1);
  });
  it('reads fighters who "feel ambushed by promises" as a feeling', () => {
    expect(untold('Many former fighters in Cotabato said they "feel ambushed by promises" of jobs.')).toBe(
      'figure',
    );
  });
  it('reads men who fought in a war as a past of their lives, not a fight', () => {
    expect(
      untold(
        'Many of the men who handed in rifles on Wednesday fought in the government’s war against the camps.',
      ),
    ).toBe('kind');
    expect(untold('Rebels fought in the streets of Kirn on Wednesday, residents said.')).toBe(null);
  });
});

describe('a drill told in words of combat', () => {
  const text =
    'Marines storm beach as allies wrap up Ssangyong drills\n\n' +
    'POHANG — South Korean and U.S. marines stormed the beach at Dogu on Tuesday and retook a hilltop held by an "enemy" force, as the allies wrapped up two weeks of amphibious exercises on the east coast.\n\n' +
    'The drills, the largest in five years, involved 40 ships, 50 aircraft and some 10,000 troops, the defence ministry said.\n\n' +
    'Helicopters ferried troops inland while warships pounded the coast with blank rounds in a rehearsal of a landing under fire.\n\n' +
    'North Korea called the exercises a rehearsal for invasion.';
  it('reads the beach stormed and the hilltop retaken in an exercise as no fight', () => {
    expect(current(text)).toEqual([]);
  });
  it('still reads a drill where a soldier was killed as an event', () => {
    const hurt = text.replace(
      'North Korea called',
      'On Wednesday, gunmen opened fire on a marine patrol near the Dogu range, killing one soldier, police said. North Korea called',
    );
    expect(current(hurt).length).toBeGreaterThan(0);
  });
});

describe('a thing said not to be, not to be shown, or not to have happened', () => {
  it('reads a protest a video does not show, or that it shows a concert and not, as no protest', () => {
    expect(untold('Viral video does not show a protest in Nairobi')).toBe(null);
    expect(
      current(
        'Fact check: Viral video does not show a protest in Nairobi\n\n' +
          'The video shows a gospel concert at Uhuru Park on Sunday, not a protest against the finance bill.',
        '2026-12-01',
      ),
    ).toEqual([]);
  });
  it('reads a drone strike that "did not happen" as denied', () => {
    expect(untold('The drone strike near Mandera on Monday did not happen, the army said.')).toBe('denied');
  });
  it('still reads a protest the police did not stop, and a drone strike that happened, as events', () => {
    expect(untold('Police did not stop a peaceful protest in Nairobi on Tuesday.')).toBe(null);
    expect(
      current(
        'Drone strike hits village near Mandera\n\n' +
          'A drone strike hit a village near Mandera on Monday, killing four people, residents said.',
        '2026-12-01',
      ).map((i) => i.subType),
    ).toEqual(['Air/drone strike']);
  });
});

describe('the claims a fact-check checks', () => {
  it('reads what a post or a video says happened as no event, and keeps what the story tells in its own words', () => {
    const list = current(
      'Fact check: Photo does not show drone strike on Kharkiv school\n\n' +
        'A post shared more than 40,000 times since Sunday says that a Russian drone hit a school in Kharkiv on Sunday, killing three children.\n\n' +
        'The same post also claims that protesters stormed the city council building on Monday after the strike.\n\n' +
        'The Ukrainian air force said it shot down 40 of 52 drones launched overnight on Sunday across the country.\n\n' +
        'Verdict: False.',
      '2026-12-01',
    );
    expect(list.map((i) => i.subType)).toEqual(['Disrupted weapons use']);
  });
  it('still reads a strike a video shows in a story that is no fact-check', () => {
    expect(
      current(
        'Drone strike hits village near Mandera\n\n' +
          'A video posted by a local journalist shows that a drone strike hit a village near Mandera on Monday, killing four people.',
        '2026-12-01',
      ).map((i) => i.subType),
    ).toEqual(['Air/drone strike']);
  });
});

describe('a correction notice', () => {
  it('reads a retracted report of a clash as no clash', () => {
    const text =
      'RETRACTION: Last week we reported a clash between soldiers and rebels near Menaka on March 9. No such clash took place.';
    expect(current(text)).toEqual([]);
  });
});

describe('an old attack retold in a story that looks back', () => {
  const text =
    'Appeal court upholds sentences over 2019 Velmor hotel siege\n\n' +
    'VELMOR — Three judges on Thursday threw out the appeals of two men jailed for helping the gunmen who stormed the Aldona hotel in Velmor in January 2019, ruling that the trial had been fair.\n\n' +
    'The siege left 21 people dead after attackers armed with rifles fought the police for nearly 20 hours. A suicide bomber blew himself up at the entrance in the first minutes.\n\n' +
    'Outside the court, relatives held photographs. "Seven years of hearings, and today at last it is over," said a woman whose brother was shot in the lobby.\n\n' +
    'Defence lawyers said their clients would go to the Supreme Court.';
  it('reads the siege and the bomber told after the lead as background, not dated by a quote of today', () => {
    expect(current(text)).toEqual([]);
  });
  it('still keeps current a clash at the court told with its own day', () => {
    const clash = text.replace(
      'Defence lawyers said',
      'On Thursday, police fired tear gas at rival supporters who threw stones outside the court. Defence lawyers said',
    );
    expect(current(clash).length).toBeGreaterThan(0);
  });
});

describe('the crowds an anniversary looks back on', () => {
  const text =
    'The day the sky fell: remembering the downing of KAL 007\n\n' +
    'It is 43 years since a Soviet fighter jet shot down Korean Air Lines Flight 007 near Sakhalin Island, killing all 269 people on board.\n\n' +
    'The Boeing 747 had strayed into Soviet airspace on the night of September 1, 1983. A Su-15 interceptor fired two missiles at the airliner, which crashed into the sea.\n\n' +
    'The attack caused outrage around the world, and thousands of people protested outside Soviet embassies in Seoul, Tokyo and Washington.\n\n' +
    'Every year on the anniversary, relatives gather at a memorial at Cape Soya in northern Japan, overlooking the sea where the plane went down. "We still remember," said Lee Jin-ho, 61.';
  it('reads protests told after the night of the downing, with no day of their own, as background', () => {
    expect(current(text, '2026-12-01')).toEqual([]);
  });
  it('still keeps current a march on the anniversary told with its own day', () => {
    const march = text.replace(
      'Every year on the anniversary,',
      'On Monday, hundreds of relatives marched to the Russian embassy in Seoul to demand an apology. Every year on the anniversary,',
    );
    expect(current(march, '2026-12-01').map((i) => i.subType)).toEqual(['Peaceful protest']);
  });
});

describe('a report that revisits a massacre', () => {
  it('reads the massacre a report published on Thursday revisits as background', () => {
    const text =
      'Rights group details Kessel killings\n\n' +
      'A 90-page report published on Thursday by a rights group revisits the massacre at Kessel, where militia fighters killed at least 200 villagers digging trenches in August 2024.\n\n' +
      'The group called for an independent inquiry.';
    expect(current(text, '2026-06-19')).toEqual([]);
  });
});

describe('a weekday set before a full date', () => {
  it('reads "a Tuesday evening, August 19 last year" as that date, and its attack as background', () => {
    const text =
      'It was a Tuesday evening, August 19 last year, when a car bomb rammed the gate of the Lido hotel in Mogadishu and gunmen ran through the breach.';
    const b = briefArticle({ text, origin: 'text' }, { published: '2026-08-20' });
    expect(b.dates.find((d) => d.text === 'Tuesday evening')?.iso).toBe('2025-08-19');
    expect(b.incidents.filter((i) => !i.background)).toEqual([]);
  });
  it('leaves a weekday before a date of another weekday alone', () => {
    const text = 'Gunmen attacked a bus on Tuesday evening, August 20, police said.';
    const b = briefArticle({ text, origin: 'text' }, { published: '2026-08-20' });
    expect(b.dates.find((d) => /Tuesday/.test(d.text))?.iso.slice(0, 10)).not.toBe('2026-08-20');
  });
});

describe('attacks a plan would stop', () => {
  it('reads strikes that one side would halt under a truce plan as no strike', () => {
    expect(
      current(
        'Mediators on Monday presented both sides with a plan for a 30-day moratorium. Under the draft, the army would stop missile and drone strikes on power stations, while the rebels would halt long-range drone attacks on oil refineries and export terminals such as Varna and Kesh.',
      ),
    ).toEqual([]);
  });
  it('still reads the attack a plan answers, told as done, as an attack', () => {
    expect(
      current(
        'Rebel drones attacked the Kesh oil terminal on Monday, the governor said. The army said it would halt its strikes on Varna if the rebels stopped.',
      ).map((i) => i.subType),
    ).toEqual(['Air/drone strike']);
  });
});

describe('a demonstration spoken of again after it was told as still to come', () => {
  const pub = '2026-12-01';
  it('reads "the protest" of a story that only announces one as no protest', () => {
    expect(
      current(
        'Unions plan nationwide march over labour reform\n\n' +
          "MADRID — Spain's largest unions said on Tuesday they will march through Madrid on Friday to oppose the government's labour reform, and organisers expect more than 20,000 people to join.\n\n" +
          'The UGT called for a rally outside the Congress of Deputies next week. "We will fill the streets until the reform is dropped," said union leader Pepe Alvarez.\n\n' +
          'The Interior Ministry said it would deploy 2,500 officers for the protest. Prime Minister Pedro Sanchez met union leaders on Monday but no deal was reached.',
        pub,
      ).map((i) => i.subType),
    ).toEqual([]);
  });
  it('reads the rallies a leader calls for, spoken of again, as no rally', () => {
    expect(
      current(
        'Opposition calls supporters to rally against poll result\n\n' +
          "LUSAKA — Zambia's opposition leader Hakainde Mwila on Wednesday called on his supporters to hold rallies across the country on Monday to protest against the result of last week's presidential election.\n\n" +
          'Police chief Graphel Musamba said officers would be deployed to keep order at the rallies and warned that violence would not be tolerated. The government said the protests were illegal.\n\n' +
          'The electoral commission declared Edgar Banda the winner on Saturday.',
        pub,
      ).map((i) => i.subType),
    ).toEqual([]);
  });
  it('still reads "the protest" after a march told as held', () => {
    expect(
      current(
        'Tens of thousands march in Madrid against labour reform\n\n' +
          "MADRID — Tens of thousands of people marched through Madrid on Thursday to oppose the government's labour reform, unions said.\n\n" +
          'The Interior Ministry said 2,500 officers had been deployed for the protest, which passed off peacefully. Unions said they would march again next week.',
        pub,
      ).map((i) => i.subType),
    ).toEqual(['Peaceful protest']);
  });
});

describe('a protest made in words, and marches told as a habit', () => {
  const pub = '2026-12-01';
  it('reads a defendant who protested his innocence, and lawyers who protested that, as no protest', () => {
    expect(
      current(
        'Former governor protests innocence as graft trial opens\n\n' +
          'LAGOS — Former Kogi governor Yahaya Bello protested his innocence on Monday as his corruption trial opened at the Federal High Court in Abuja.\n\n' +
          'His lawyers protested that prosecutors had withheld bank records. The trial continues on Wednesday.',
        pub,
      ),
    ).toEqual([]);
  });
  it('reads residents who protested at a council meeting as objecting, and keeps a crowd outside the meeting', () => {
    expect(
      current(
        'Parents protest school closure plan at heated council meeting\n\n' +
          'Angry parents protested at a packed meeting of Kirkton Council on Monday night against plans to close two village primary schools.\n\n' +
          'Councillor Alan Reid said no final decision had been taken. The proposal goes to a full council vote in February.',
        pub,
      ),
    ).toEqual([]);
    expect(
      current(
        'Hundreds protest outside council meeting over rent rises\n\n' +
          'Hundreds of tenants protested outside a meeting of Leeds City Council on Monday against planned rent rises of 9 per cent for council homes.\n\n' +
          'The council will vote on the budget in February.',
        pub,
      ).map((i) => i.subType),
    ).toEqual(['Peaceful protest']);
  });
  it('reads marches told "every Sunday for a year" at the head of the sentence as a habit', () => {
    expect(
      current(
        "Tbilisi's shopkeepers count the cost of a year of unrest\n\n" +
          'TBILISI — Every Sunday for a year, thousands of Georgians have marched down Rustaveli Avenue to the parliament building, waving EU flags.\n\n' +
          'Shopkeepers on the avenue say their takings have halved. "People come to march, not to shop," said cafe owner Nino Beridze, 52.',
        pub,
      ),
    ).toEqual([]);
  });
  it('still reads a march held on a Sunday, told after a fronted day, as a march', () => {
    expect(
      current(
        'Thousands march in Tbilisi\n\n' +
          'TBILISI — On Sunday evening, thousands of Georgians marched down Rustaveli Avenue to the parliament building, waving EU flags and chanting against the government.',
        pub,
      ).map((i) => i.subType),
    ).toEqual(['Peaceful protest']);
  });
});
