import type { ClassifierModel } from './data.ts';

/** Features of one document, computed from the fingerprint matches and word counts. */
export interface DocFeatures {
  words: number;
  /** Unambiguous fingerprint hits (table entries valid in any document). */
  strongHits: number;
  /** Context-dependent fingerprint hits. */
  weakHits: number;
  /** Distinct fingerprint types hit. */
  distinct: number;
  /** Entity/fixed-expression repairs found. */
  entityHits: number;
  /** Function-word anomalies (0..n). */
  anomalies: number;
  /** Share of word bigrams unknown to the language model while both words are common. */
  oddBigrams: number;
}

/** Shrinks per-1,000-word rates of short texts toward zero: a handful of words is weak evidence. */
export function rate(hits: number, words: number): number {
  return (hits * 1000) / (words + 150);
}

/** Rates grow linearly (a single hit is weak evidence, dozens are strong) and saturate at 40 per 1,000 words. */
function capped(hits: number, words: number): number {
  return Math.min(40, rate(hits, words)) / 10;
}

export function featureVector(f: DocFeatures): Record<string, number> {
  return {
    strong: capped(f.strongHits, f.words),
    weak: capped(f.weakHits, f.words),
    distinct: capped(f.distinct, f.words),
    entity: capped(f.entityHits, f.words),
    anomalies: f.anomalies,
    odd: f.oddBigrams * Math.min(1, f.words / 300),
  };
}

export function probability(model: ClassifierModel, f: DocFeatures): number {
  const v = featureVector(f);
  let z = model.bias;
  model.features.forEach((name, k) => {
    z += (v[name] ?? 0) * model.weights[k];
  });
  return 1 / (1 + Math.exp(-z));
}
