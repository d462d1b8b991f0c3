import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer, type Gazetteer } from './entity.ts';
import { BigramLm } from './lm.ts';
import {
  compileTable,
  type FingerprintTable,
  parseBackground,
  parseTable,
  withInflections,
} from './table.ts';

export interface ClassifierModel {
  features: string[];
  weights: number[];
  bias: number;
  /** Verdict thresholds on the probability. */
  spunAt: number;
  suspiciousAt: number;
  note?: string;
}

export interface SpinData {
  table: FingerprintTable;
  gazetteer: Gazetteer;
  lm: BigramLm;
  model: ClassifierModel;
  loadMs: number;
}

function findDataDir(): string {
  // src/lib/spin → repo root/data/spin (also works from dist/lib/spin after a build)
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 6; k++) {
    const cand = path.join(dir, 'data/spin');
    if (existsSync(path.join(cand, 'table.tsv'))) return cand;
    dir = path.dirname(dir);
  }
  throw new Error('unspin data not found (expected data/spin/table.tsv in the project)');
}

let cache: SpinData | null = null;

/** Loads the fingerprint table, gazetteer, language model and classifier once per process. */
export function loadSpin(): SpinData {
  if (cache) return cache;
  const t0 = performance.now();
  const dir = findDataDir();
  const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
  const bg = existsSync(path.join(dir, 'table-bg.tsv')) ? parseBackground(read('table-bg.tsv')) : undefined;
  const lm = new BigramLm();
  lm.loadUnigrams(read('unigrams.tsv'));
  const table = compileTable(
    withInflections(parseTable(read('table.tsv')), (w) => lm.has(w)),
    bg,
  );
  lm.loadBigrams(readFileSync(path.join(dir, 'bigrams.bin')));
  lm.loadThesaurus(readFileSync(path.join(dir, 'thesaurus.bin')));
  const gazetteer = buildGazetteer(read('gazetteer.tsv'), read('gaz-syn.tsv'), table.singleWord);
  const model = JSON.parse(read('classifier.json')) as ClassifierModel;
  cache = { table, gazetteer, lm, model, loadMs: 0 };
  cache.loadMs = performance.now() - t0;
  return cache;
}
