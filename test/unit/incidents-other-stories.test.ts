/**
 * Stories that report no incident though they tell of protest or violence: objections made in writing, a vigil in
 * memory of someone who died of no violence, a television drama's recap, a game that puts the reader in the fight.
 * The texts are invented, in wordings not among the articles the engine was measured on.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { storyKind } from '../../src/lib/extract/incidents/genre.ts';

const current = (text: string, published = '2026-05-14') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('a protest made in a letter or a statement', () => {
  it('finds no demonstration in people protesting in writing', () => {
    expect(
      current(
        'Shareholders push back on Velmar pay plan\n\n' +
          'Velmar shares rose 3% on Monday. A group of pension funds holding 8% of the company is protesting against a proposed bonus for chief executive Ana Ruiz in a letter to the board, calling it excessive.\n\n' +
          'The company said the plan would be put to a vote at its meeting next month.',
      ),
    ).toEqual([]);
    expect(
      current(
        'Dozens of doctors at Tarsk General Hospital protested the closure of the maternity ward in an open letter published on Tuesday, saying mothers would have to travel two hours to give birth.',
      ),
    ).toEqual([]);
  });
  it('still reads a crowd that protests outside, with a letter handed in', () => {
    expect(
      current(
        'About 300 nurses protested outside the health ministry in Tarsk on Tuesday against cuts to night-shift pay, and handed in a letter to the minister.',
      ).map((i) => i.subType),
    ).toEqual(['Peaceful protest']);
  });
});

describe('a candlelit vigil in memory of someone who died of no violence', () => {
  it('finds no demonstration in a vigil told in an obituary', () => {
    expect(
      current(
        'Town mourns former lifeboat coxswain who died aged 71\n\n' +
          'Tributes have been paid to Donal Keane, the former coxswain of the Kilmore lifeboat, who died at home on Thursday after a long illness. He was 71.\n\n' +
          'Keane served with the crew for 30 years and was awarded a medal for gallantry in 1996. He is survived by his wife Maura and four children.\n\n' +
          'About 200 people gathered at the harbour on Saturday evening for a candlelit vigil in his memory.\n\n' +
          'His funeral will take place on Tuesday.',
        '2026-05-18',
      ),
    ).toEqual([]);
  });
  it('still reads a vigil in an obituary that tells a grievance', () => {
    expect(
      current(
        'Town mourns former lifeboat coxswain who died aged 71\n\n' +
          'Tributes have been paid to Donal Keane, the former coxswain of the Kilmore lifeboat, who died at home on Thursday after a long illness. He was 71.\n\n' +
          'Keane served with the crew for 30 years and was awarded a medal for gallantry in 1996. He is survived by his wife Maura and four children.\n\n' +
          'About 200 people gathered at the harbour on Saturday evening for a candlelit vigil in his memory, demanding that the government reverse the closure of the lifeboat station.\n\n' +
          'His funeral will take place on Tuesday.',
        '2026-05-18',
      ).map((i) => i.subType),
    ).toEqual(['Peaceful protest']);
  });
});

describe('a recap of a television drama', () => {
  it('reads the words of television as a work, and records none of its ambushes', () => {
    const text =
      'Border Line finale recap: a convoy ambush in Gao leaves the team broken\n\n' +
      'Spoilers follow for the season two finale of Border Line, which aired on Sunday night.\n\n' +
      "The showrunners kept the biggest shock for the last episode. Gunmen ambush Captain Delmas's convoy on the road out of Gao, and two of her men are killed before a helicopter arrives.\n\n" +
      'It is the best-staged sequence of the series, and the cast rise to it. Viewers will have to wait a year for season three.';
    expect(storyKind(buildDoc(text))).toBe('work');
    expect(current(text, '2026-05-19')).toEqual([]);
  });
});
describe('an act told to the reader as their own', () => {
  it('records nothing of a game that puts the reader in the fight', () => {
    expect(
      current(
        'Frontline Zero: loud, fast and a little empty\n\n' +
          'Frontline Zero opens with a bang. Within five minutes your platoon has been ambushed by militiamen in a market in Mosul, a drone has blown up your helicopter, and you are crawling through the rubble with a rifle.\n\n' +
          'The campaign, set in a future war between rebels and government forces in Iraq, is relentless. You storm a refinery, hold a besieged embassy against waves of attackers and call in air strikes on enemy tanks near Tal Afar.\n\n' +
          'Frontline Zero is out now.',
      ),
    ).toEqual([]);
  });
  it('still reads an attack told in the words of someone quoted who addresses another', () => {
    expect(
      current(
        '"Your soldiers shelled our village," the elder told the governor. Troops shelled the village of Marj near Hama on Tuesday, killing three civilians, residents said.',
      ).map((i) => i.subType),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('an act told in a relative clause on the one a sentence was passed on', () => {
  it('tells as past the act of someone jailed or sentenced, told before or after the sentence', () => {
    expect(
      current(
        'Rioter who set fire to police van jailed for three years\n\n' +
          'Local news | Tarsk | Friday 15 May 2026\n\n' +
          'A man who set fire to a police van and hurled bricks at officers during the Tarsk riot has been jailed for three years.\n\n' +
          'Pavel Dorn, 29, admitted violent disorder and arson at the regional court. The court heard he joined a mob that attacked a hostel on Mill Road in July 2024.\n\n' +
          'His lawyer said he was deeply ashamed.',
      ),
    ).toEqual([]);
    expect(
      current(
        'Gunman who opened fire at Tarsk cafe jailed for life\n\n' +
          'Newsdesk | Tarsk | Friday 15 May 2026\n\n' +
          'A court in Tarsk on Friday sentenced a man who shot dead two people outside a cafe in the old town to life in prison.\n\n' +
          'Ivo Marek, 24, opened fire outside the Lantern cafe, killing a waiter and a customer and wounding a third person, before fleeing. He was arrested two days later.\n\n' +
          'Judge Eva Horak said he had planned the attack for weeks. His lawyer said he would appeal.',
      ),
    ).toEqual([]);
  });
  it('still reads a protest of the days of the report whose people were sentenced after it, and an act whose doer was charged', () => {
    expect(
      current(
        'Protesters who were detained at a rally outside parliament in Tarsk on Saturday night were sentenced on Monday to up to ten days in jail, their lawyers said. Police used water cannon to disperse thousands of demonstrators on Saturday.',
        '2026-05-19',
      ).map((i) => i.subType),
    ).toEqual(['Protest with intervention']);
    expect(
      current(
        'A man who stabbed three people at Tarsk bus station on Saturday afternoon has been charged with attempted murder, police said on Monday.',
        '2026-05-19',
      ).map((i) => i.subType),
    ).toEqual(['Attack']);
  });
});

describe('drones shot down in a weapon trial', () => {
  it('records no interception made during tests, told in the sentence or the one before it', () => {
    expect(
      current(
        'Tarsk buys counter-drone guns after trials\n\n' +
          'The defence ministry signed a contract on Monday for 30 counter-drone guns.\n\n' +
          'During the tests, the guns intercepted 18 drones flying at low altitude, the ministry said. Two drones were brought down by jamming alone.\n\n' +
          'Deliveries will start in spring.',
      ),
    ).toEqual([]);
  });
  it('still records drones shot down on a day of their own after a sentence about tests, or in the first test of air defences', () => {
    expect(
      current(
        'The army tested its new radar last month. On Tuesday night, two drones were shot down over Tulcea, the defence ministry said.',
      ).map((i) => i.subType),
    ).toEqual(['Disrupted weapons use']);
    expect(
      current(
        'Jets shot down three drones over Rzeszow on Tuesday night in the first test of the alliance air defences in the region, the army said.',
      ).map((i) => i.subType),
    ).toEqual(['Disrupted weapons use']);
  });
});
