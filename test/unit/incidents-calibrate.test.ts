/**
 * The learned confidence of an article's current records, on invented articles: the shipped model knows every signal
 * the engine computes (and no other); a record the article tells fully (place, day, who is blamed, the dead) is surer
 * than one it tells in passing; confidences are probabilities, flagged as low under one half, and a record under the
 * floor is not reported, nor an article's records when the strongest is under the lone floor. A text shorter than an article (a headline, a paragraph) keeps the rules' confidence. The model's arithmetic is
 * checked on a model written here.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import {
  calibration,
  LONE_FLOOR,
  likelihood,
  shippedModel,
} from '../../src/lib/extract/incidents/calibrate.ts';

const brief = (text: string) => briefArticle({ text, origin: 'text' }, { published: '2026-03-12' });
const article = (lines: string[]) => lines.join('\n\n');

/** A market attack told with its place, day, blame, dead and wounded. */
const FULL = article([
  'Gunmen kill four traders at Kaduna cattle market',
  'KADUNA, Nigeria (March 11) - Gunmen on motorbikes shot dead four traders at a cattle market in Kaduna on Tuesday, police said.',
  'The police blamed the attack on a bandit gang led by a man known locally as Dogo.',
  'Witnesses said the attackers arrived shortly after noon and fired into the crowd before riding off towards the forest.',
  'Two other traders were taken to hospital with gunshot wounds.',
  'The state governor ordered the market closed for a week.',
  'Traders said they had paid the gang protection money for months.',
  'No group has said it carried out the attack.',
]);
/** A water-supply story with a clash told in passing (a town, a day a week back, no side, no toll), or `where` instead. */
const passing = (where = 'in the northern town of Zaria') =>
  article([
    'Kaduna households wait for piped water as new mains near completion',
    'KADUNA, Nigeria (March 11) - Work on the new water mains in Kaduna is two months behind schedule, the state water board said.',
    'Households in the south of the city still buy water from vendors, and queues at public taps are long.',
    `A clash was also reported ${where} on March 4, local media said.`,
    'The state government has promised to open two more boreholes.',
    'Community leaders met officials on Monday to ask for more patrols.',
    'The next inspection of the works is on Friday.',
  ]);
const PASSING = passing();
/** A sanctions story whose only reading of an act is a past seizure named to describe a commander. */
const SANCTIONS = article([
  'EU sanctions Houthi leaders over Red Sea attacks',
  'BRUSSELS — The European Union on Monday imposed sanctions on six Houthi commanders it holds responsible for attacks on merchant shipping in the Red Sea, freezing their assets and banning them from travel to the bloc.',
  "The Iran-aligned group fired more than 100 missiles and drones at commercial vessels between November 2023 and last December, sinking two ships and killing four sailors, according to the EU's listing.",
  "Among those sanctioned is the commander of the group's naval forces, who the EU says directed the seizure of the Galaxy Leader cargo ship.",
  '"Freedom of navigation is non-negotiable," EU foreign policy chief Kaja Kallas said.',
  'The Houthis dismissed the measures as "worthless".',
  'Shipping through the Suez Canal remains about half its level before the attacks.',
]);

afterEach(() => {
  calibration.mode = 'judge';
  calibration.seen = [];
});

describe('the shipped model', () => {
  it('weighs exactly the signals the engine computes', () => {
    calibration.mode = 'observe';
    brief(FULL);
    expect(calibration.seen.length).toBeGreaterThan(0);
    expect(Object.keys(calibration.seen[0]).sort()).toEqual(Object.keys(shippedModel().weights).sort());
  });
});

describe('the learned confidence of an article’s records', () => {
  const current = (text: string) => brief(text).incidents.filter((i) => !i.background);
  it('is sure of an event told with its place, day, blame and dead, and unsure of one told in passing', () => {
    const full = current(FULL);
    const passing = current(PASSING);
    expect(full.map((i) => [i.subType, i.lowConfidence])).toEqual([['Attack', false]]);
    expect(passing.map((i) => [i.subType, i.lowConfidence])).toEqual([['Armed clash', true]]);
    expect(full[0].confidence).toBeGreaterThan(passing[0].confidence);
  });
  it('does not report a record more likely a misreading than an event: a clash told only by its country', () => {
    expect(current(passing('in Nigeria'))).toEqual([]);
    calibration.mode = 'observe';
    expect(current(passing('in Nigeria')).map((i) => i.subType)).toEqual(['Armed clash']);
  });
  it('reports nothing from an article whose strongest reading is weak, and keeps a weak record that is not that weak', () => {
    expect(current(SANCTIONS)).toEqual([]);
    calibration.mode = 'observe';
    expect(current(SANCTIONS).map((i) => i.subType)).toEqual(['Looting/property destruction']);
    calibration.mode = 'judge';
    const [kept] = current(PASSING);
    expect(kept.confidence).toBeGreaterThanOrEqual(LONE_FLOOR);
    expect(kept.lowConfidence).toBe(true);
  });
  it('gives probabilities, flagged as low under one half', () => {
    for (const i of [...current(FULL), ...current(PASSING)]) {
      expect(i.confidence).toBeGreaterThan(0);
      expect(i.confidence).toBeLessThan(1);
      expect(i.lowConfidence).toBe(i.confidence < 0.5);
    }
  });
  it('leaves the records as the rules made them while observing', () => {
    const judged = current(PASSING);
    calibration.mode = 'observe';
    const observed = current(PASSING);
    expect(observed.map((i) => i.subType)).toEqual(judged.map((i) => i.subType));
    expect(observed[0].confidence).not.toBe(judged[0].confidence);
    expect(calibration.seen).toHaveLength(1);
  });
});

describe('a text shorter than an article', () => {
  it('keeps the rules’ confidence: a headline, a sentence', () => {
    calibration.mode = 'observe';
    for (const text of [
      'Gunmen kill nine police officers near Bannu checkpoint',
      'A clash was also reported in Nigeria on March 4, local media said.',
    ])
      expect(brief(text).incidents.filter((i) => !i.background)).toHaveLength(1);
    expect(calibration.seen).toHaveLength(0);
  });
});

describe('the model', () => {
  it('is a logistic function of the weighted signals, ignoring signals it does not know', () => {
    const m = { weights: { a: 2, b: -1 }, bias: -0.5 };
    expect(likelihood({}, m)).toBeCloseTo(1 / (1 + Math.exp(0.5)));
    expect(likelihood({ a: 1, b: 1, c: 9 }, m)).toBeCloseTo(1 / (1 + Math.exp(-0.5)));
  });
});
