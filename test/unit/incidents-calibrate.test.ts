/**
 * The learned confidence of current records, on invented text: the shipped model knows every signal the engine
 * computes (and no other), a record the text tells fully (place, day, who is blamed, the dead) is surer than one it
 * tells vaguely, confidences are probabilities with the low-confidence flag below one half, and background records and
 * a lone headline keep the rules' confidence. The model's arithmetic is checked on a model written here.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { calibration, likelihood, shippedModel } from '../../src/lib/extract/incidents/calibrate.ts';

const brief = (text: string) => briefArticle({ text, origin: 'text' }, { published: '2026-03-12' });

const FULL =
  'Gunmen on motorbikes shot dead four traders at a cattle market in Kaduna on Tuesday, police said. The police blamed the attack on a bandit gang led by a man known locally as Dogo.';
const VAGUE = 'A roadside bomb exploded near an army convoy, a security source said.';

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

describe('calibrated confidence', () => {
  it('is surer of an event told with its place, day, blame and dead than of a vague one', () => {
    const full = brief(FULL).incidents.filter((i) => !i.background);
    const vague = brief(VAGUE).incidents.filter((i) => !i.background);
    expect(full).toHaveLength(1);
    expect(vague).toHaveLength(1);
    expect(full[0].confidence).toBeGreaterThan(vague[0].confidence);
  });
  it('gives probabilities, flagging those under one half', () => {
    for (const text of [FULL, VAGUE]) {
      for (const i of brief(text).incidents) {
        expect(i.confidence).toBeGreaterThan(0);
        expect(i.confidence).toBeLessThan(1);
        if (!i.background) expect(i.lowConfidence).toBe(i.confidence < 0.5);
      }
    }
  });
  it('leaves the records as the rules made them while observing', () => {
    const judged = brief(FULL).incidents;
    calibration.mode = 'observe';
    const observed = brief(FULL).incidents;
    expect(observed.map((i) => i.subType)).toEqual(judged.map((i) => i.subType));
    expect(calibration.seen).toHaveLength(observed.filter((i) => !i.background).length);
  });
});

describe('a lone headline', () => {
  it("keeps the rules' confidence: the model was fitted on articles", () => {
    calibration.mode = 'observe';
    const found = brief('Gunmen kill nine police officers near Bannu checkpoint').incidents;
    expect(found).toHaveLength(1);
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
