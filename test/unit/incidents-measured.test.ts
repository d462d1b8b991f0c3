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
