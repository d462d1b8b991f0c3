/**
 * An earlier event a story measures its news against, a day that belongs to another clause, and a second account of
 * one event: past events stay background and keep their own day, and one event told twice is one record. Each case is
 * an invented text, worded unlike the articles the rules were measured on.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const all = (paras: string[], published: string) =>
  briefArticle({ text: paras.join('\n\n'), origin: 'text' }, { published }).incidents;
const current = (paras: string[], published: string) => all(paras, published).filter((i) => !i.background);

describe('an event the news is measured from, more than a week before the report', () => {
  const lead =
    'A Russian drone struck a minibus in Kherson on Sunday morning, killing three passengers and wounding six, the regional governor said.';
  it('is background after "since", in the month of the report, at its own day', () => {
    const list = all(
      [
        lead,
        'Residents have stayed indoors since a missile hit an apartment block in Odesa on June 7, killing 12 people.',
      ],
      '2026-06-15',
    );
    expect(list.filter((i) => !i.background).map((i) => i.place)).toEqual(['Kherson']);
    expect(list.find((i) => i.place === 'Odesa')).toMatchObject({ background: true, date: '2026-06-07' });
  });
  it('is background after "the second … this month, after"', () => {
    const list = current(
      [
        'Gunmen attacked an army base outside Djibo on Sunday, killing four soldiers, security sources said. It was the second attack on the base this month, after a drone strike on June 5 wounded three soldiers.',
      ],
      '2026-06-15',
    );
    expect(list.map((i) => i.date)).toEqual(['2026-06-14']);
  });
  it('stays current when its day is within the week, or when nothing measures from it (control)', () => {
    expect(
      current(
        [
          lead,
          'The strike came two days after a missile hit an apartment block in Odesa on June 13, killing 12 people.',
        ],
        '2026-06-15',
      ).map((i) => i.place),
    ).toEqual(['Kherson', 'Odesa']);
    expect(
      current(
        [lead, 'On June 7, a missile hit an apartment block in Odesa, killing 12 people.'],
        '2026-06-15',
      ).map((i) => i.place),
    ).toEqual(['Kherson', 'Odesa']);
  });
});

describe('a day told in a relative clause after the verb of the event', () => {
  it('dates the act of the relative clause, not the verb’s', () => {
    const list = current(
      [
        'The Sudanese army said on Monday it had recaptured the town of Bara, which the Rapid Support Forces seized two weeks ago.',
      ],
      '2026-06-15',
    );
    expect(list.map((i) => [i.subType, i.date])).toEqual([['Government regains territory', '2026-06-15']]);
  });
  it('dates the event by its own clause, not by a relative clause between commas before it', () => {
    const list = current(
      [
        'Soldiers, who had been deployed to the town on June 2, killed five gunmen in an ambush near Bara on Sunday, the army said.',
        'The army chief, who visited the front on June 9, said troops had recaptured the town of Kazgil on Sunday.',
      ],
      '2026-06-15',
    );
    expect(list.map((i) => i.date)).toEqual(['2026-06-14', '2026-06-14']);
  });
  it('still dates a noun’s event by the day of its own relative clause (control)', () => {
    const list = current(
      ['A car bomb, which exploded outside a police station in Kirkuk on Saturday, killed four officers.'],
      '2026-06-15',
    );
    expect(list.map((i) => i.date)).toEqual(['2026-06-13']);
  });
});

describe('a second account of an event, given "in a separate statement"', () => {
  const paras = [
    'A Russian drone struck a minibus in Kherson on Sunday morning, killing three passengers and wounding six, the regional governor said.',
    'A Russian drone attack on Kherson killed four people on Sunday, the city’s military administration said in a separate statement.',
  ];
  it('is the event already told, not a second one', () => {
    const list = current(paras, '2026-06-15');
    expect(list.map((i) => [i.subType, i.place])).toEqual([['Air/drone strike', 'Kherson']]);
  });
  it('stays a record of its own when the attack itself is told as separate (control)', () => {
    const list = current(
      [
        paras[0],
        'In a separate attack, a Russian drone hit a car in Kherson on Sunday afternoon, killing one man, the city’s military administration said.',
      ],
      '2026-06-15',
    );
    expect(list.map((i) => [i.subType, i.place])).toEqual([
      ['Air/drone strike', 'Kherson'],
      ['Air/drone strike', 'Kherson'],
    ]);
  });
});

describe('an act counted back in weeks from the report', () => {
  it('is background: "who captured the town two weeks ago"', () => {
    const list = all(
      ['Rebels who captured the town of Walikale two weeks ago began withdrawing on Sunday, residents said.'],
      '2026-06-15',
    );
    expect(list.map((i) => [i.subType, i.background])).toEqual([
      ['Non-state actor overtakes territory', true],
    ]);
  });
  it('stays current when told "last week" (control)', () => {
    const list = current(
      ['Rebels who captured the town of Walikale last week began withdrawing on Sunday, residents said.'],
      '2026-06-15',
    );
    expect(list.map((i) => i.subType)).toEqual(['Non-state actor overtakes territory']);
  });
});

describe('a timeline’s entry more than a week before the report', () => {
  const entries = [
    'Timeline: two weeks of war in Darfur',
    'June 2 — Rapid Support Forces shelled the Abu Shouk camp, killing 14 people, the camp’s committee said.',
    'June 5 — A drone strikes the main market in El Fasher, killing nine civilians.',
    'June 13 (Saturday) — RSF fighters storm the village of Tawila, killing at least 20 people, activists say.',
  ];
  it('is a step towards the news, background, at its own day', () => {
    const list = all(entries, '2026-06-15');
    expect(list.filter((i) => !i.background).map((i) => i.date)).toEqual(['2026-06-13']);
    expect(
      list
        .filter((i) => i.background)
        .map((i) => i.date)
        .sort(),
    ).toEqual(['2026-06-02', '2026-06-05']);
  });
  it('stays current when the days open no entries of a list (control)', () => {
    const list = current(
      [
        'Rapid Support Forces shelled the Abu Shouk camp on June 5, killing 14 people, the camp’s committee said.',
        'On June 13, RSF fighters stormed the village of Tawila, killing at least 20 people, activists said.',
      ],
      '2026-06-15',
    );
    expect(list.map((i) => i.date).sort()).toEqual(['2026-06-05', '2026-06-13']);
  });
});
