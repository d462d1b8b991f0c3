/**
 * Scoring functions for the unspin evaluation (`npm run eval -- spin`).
 *
 * Definitions (kept here so the printed numbers have one precise meaning):
 * - Tokens: a word is a run of letters/digits, with inner apostrophes, hyphens and slashes, and with inner
 *   `.`, `,` or `:` between digits ("2,500", "1:46"); dotted abbreviations ("U.S.", "a.m.") are one word.
 *   Every other non-space character is a punctuation token.
 * - WER: word-level Levenshtein distance (punctuation ignored, case-sensitive) divided by the number of
 *   words in the reference.
 * - Gold units: gold edits whose `from` and `to` have the same number of tokens with identical separators are
 *   split into one unit per differing token ("Workers Chair Common" → "Staff Chairman General" becomes three
 *   units); other gold edits stay whole ("a couple of yr" → "about a year" is one unit).
 * - A change (applied or suggested) is first narrowed to the words it really changes, then judged inside its
 *   region: its span widened to every gold unit it
 *   overlaps (transitively). "Exact": applying the change alone makes the region equal to the gold region.
 *   "Toward": in a soft token alignment with the gold region (words equal up to case or a crude stem count as
 *   matched), the change alone raises the number of matched tokens, or keeps it and only removes unmatched
 *   tokens (see `isToward`). Exact changes are also toward. A change that does nothing (from === to) is
 *   counted as a no-op, not judged.
 * - Recall: share of gold units the applied changes restore exactly, decided in input coordinates (see
 *   `goldRecall`); WER, computed on the engine's `restored` text, covers everything else.
 * - AUC: probability that a random positive scores above a random negative (ties count one half).
 */

import { applyEdits } from '../../src/lib/edits.ts';

export { applyEdits };

export interface Edit {
  start: number;
  end: number;
  from: string;
  to: string;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN_RE =
  /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:(?:['’\-/]|(?<=\p{N})[.,:](?=\p{N}))[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    out.push({ text: t, start: m.index, end: m.index + t.length, word: /[\p{L}\p{N}]/u.test(t) });
  }
  return out;
}

export function words(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.word)
    .map((t) => t.text);
}

export function countWords(text: string): number {
  return words(text).length;
}

export type AlignOp =
  | { op: 'eq' | 'sub'; a: number; b: number }
  | { op: 'del'; a: number }
  | { op: 'ins'; b: number };

/**
 * Minimum edit-distance alignment of token sequences `a` → `b` (O(n·m) time and memory).
 * `cost(x, y)` is the substitution cost (0 for equal tokens); insertion and deletion cost 1.
 * Ties prefer substitution, then deletion, then insertion, so aligned pairs stay in order.
 */
export function align(
  a: readonly string[],
  b: readonly string[],
  cost?: (x: string, y: string) => number,
): { distance: number; ops: AlignOp[] } {
  // Equal leading and trailing tokens align trivially; only the middle needs the O(n·m) table.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf])
    suf++;
  const n = a.length - pre - suf;
  const m = b.length - pre - suf;
  // Intern tokens so the inner loop compares integers.
  const ids = new Map<string, number>();
  const idOf = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
    }
    return id;
  };
  const A = Int32Array.from({ length: n }, (_, i) => idOf(a[pre + i]));
  const B = Int32Array.from({ length: m }, (_, j) => idOf(b[pre + j]));
  const subCost = (i: number, j: number) => (A[i] === B[j] ? 0 : cost ? cost(a[pre + i], b[pre + j]) : 1);
  const w = m + 1;
  const d = cost ? fillSoft(a, b, pre, A, B, cost) : fillUnit(A, B);
  const ops: AlignOp[] = [];
  for (let k = a.length - 1; k >= a.length - suf; k--)
    ops.push({ op: 'eq', a: k, b: k - a.length + b.length });
  let i = n;
  let j = m;
  const eps = 1e-9;
  while (i > 0 || j > 0) {
    const here = d[i * w + j];
    if (i > 0 && j > 0) {
      const c = subCost(i - 1, j - 1);
      if (Math.abs(d[(i - 1) * w + j - 1] + c - here) < eps) {
        ops.push({
          op: c === 0 && a[pre + i - 1] === b[pre + j - 1] ? 'eq' : 'sub',
          a: pre + i - 1,
          b: pre + j - 1,
        });
        i--;
        j--;
        continue;
      }
    }
    if (i > 0 && Math.abs(d[(i - 1) * w + j] + 1 - here) < eps) {
      ops.push({ op: 'del', a: pre + i - 1 });
      i--;
      continue;
    }
    ops.push({ op: 'ins', b: pre + j - 1 });
    j--;
  }
  for (let k = pre - 1; k >= 0; k--) ops.push({ op: 'eq', a: k, b: k });
  ops.reverse();
  return { distance: d[n * w + m], ops };
}

/** Levenshtein table with unit costs (monomorphic integer loop: this is the hot path). */
function fillUnit(A: Int32Array, B: Int32Array): Int32Array {
  const n = A.length;
  const m = B.length;
  const w = m + 1;
  const d = new Int32Array((n + 1) * w);
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    const row = i * w;
    const prev = row - w;
    d[row] = i;
    const ai = A[i - 1];
    for (let j = 1; j <= m; j++) {
      const sub = d[prev + j - 1] + (ai === B[j - 1] ? 0 : 1);
      const del = d[prev + j] + 1;
      const ins = d[row + j - 1] + 1;
      d[row + j] = Math.min(sub, del, ins);
    }
  }
  return d;
}

/** Levenshtein table with a custom substitution cost. */
function fillSoft(
  a: readonly string[],
  b: readonly string[],
  pre: number,
  A: Int32Array,
  B: Int32Array,
  cost: (x: string, y: string) => number,
): Float64Array {
  const n = A.length;
  const m = B.length;
  const w = m + 1;
  const d = new Float64Array((n + 1) * w);
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    const row = i * w;
    const prev = row - w;
    d[row] = i;
    for (let j = 1; j <= m; j++) {
      const sub = d[prev + j - 1] + (A[i - 1] === B[j - 1] ? 0 : cost(a[pre + i - 1], b[pre + j - 1]));
      const del = d[prev + j] + 1;
      const ins = d[row + j - 1] + 1;
      d[row + j] = Math.min(sub, del, ins);
    }
  }
  return d;
}

export interface WerResult {
  errors: number;
  refWords: number;
  wer: number;
}

/** Word error rate of `hyp` against `ref` (words only, case-sensitive). */
export function wer(hyp: string, ref: string): WerResult {
  const r = words(ref);
  const h = words(hyp);
  const { distance } = align(h, r);
  return { errors: distance, refWords: r.length, wer: r.length ? distance / r.length : h.length ? 1 : 0 };
}

/** Checks that edits are in order, do not overlap and match the text; throws a clear error otherwise. */
export function checkEdits(text: string, edits: readonly Edit[], what = 'edits'): void {
  let last = 0;
  for (const [k, e] of edits.entries()) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > text.length) {
      throw new Error(`${what}[${k}]: offsets ${e.start}..${e.end} outside the text (length ${text.length})`);
    }
    if (e.end < e.start || e.start < last) {
      throw new Error(`${what}[${k}]: offsets ${e.start}..${e.end} out of order or overlapping`);
    }
    const actual = text.slice(e.start, e.end);
    if (actual !== e.from) {
      throw new Error(
        `${what}[${k}]: expected ${JSON.stringify(e.from)} at ${e.start}, found ${JSON.stringify(actual)}`,
      );
    }
    last = e.end;
  }
}

/** Sorts a copy of the edits by position. */
export function sortEdits<T extends Edit>(edits: readonly T[]): T[] {
  return [...edits].sort((x, y) => x.start - y.start || x.end - y.end);
}

/**
 * Splits each gold edit into one unit per differing token when `from` and `to` have the same token count
 * and identical separators; otherwise keeps it whole.
 */
export function goldUnits(edits: readonly Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    const f = tokenize(e.from);
    const t = tokenize(e.to);
    const sep = (s: string, ts: Token[]) => ts.map((x, k) => s.slice(k ? ts[k - 1].end : 0, x.start));
    const same =
      f.length === t.length &&
      f.length > 1 &&
      sep(e.from, f).join('\u0000') === sep(e.to, t).join('\u0000') &&
      e.from.slice(f[f.length - 1].end) === e.to.slice(t[t.length - 1].end);
    if (!same) {
      out.push({ ...e });
      continue;
    }
    for (let k = 0; k < f.length; k++) {
      if (f[k].text === t[k].text) continue;
      out.push({ start: e.start + f[k].start, end: e.start + f[k].end, from: f[k].text, to: t[k].text });
    }
  }
  return out;
}

/** Edits that turn `from` into `to`, from a token alignment; runs of non-matching tokens become one edit. */
export function diffEdits(from: string, to: string): Edit[] {
  const ft = tokenize(from);
  const tt = tokenize(to);
  const { ops } = align(
    ft.map((t) => t.text),
    tt.map((t) => t.text),
  );
  const edits: Edit[] = [];
  // Walk the alignment; between two matched tokens, the text spans differ (tokens and/or spacing).
  let pa = 0; // char position in `from` after last match
  let pb = 0;
  const flush = (ea: number, eb: number) => {
    const f = from.slice(pa, ea);
    const t = to.slice(pb, eb);
    if (f === t) return;
    // trim common leading/trailing whitespace so edits hug the words
    let s = 0;
    while (s < f.length && s < t.length && f[s] === t[s] && /\s/.test(f[s])) s++;
    let e = 0;
    while (
      e < f.length - s &&
      e < t.length - s &&
      f[f.length - 1 - e] === t[t.length - 1 - e] &&
      /\s/.test(f[f.length - 1 - e])
    )
      e++;
    edits.push({ start: pa + s, end: ea - e, from: f.slice(s, f.length - e), to: t.slice(s, t.length - e) });
  };
  for (const op of ops) {
    if (op.op !== 'eq') continue;
    flush(ft[op.a].start, tt[op.b].start);
    pa = ft[op.a].end;
    pb = tt[op.b].end;
  }
  flush(from.length, to.length);
  return edits;
}

function stem(w: string): string {
  return w
    .toLowerCase()
    .replace(/(?:ies|es|s|ed|d|ing|ly)$/, '')
    .replace(/e$/, '');
}

/** Substitution cost used for "toward": 0 equal, 0.25 case only, 0.5 same crude stem, 1 otherwise. */
export function softCost(x: string, y: string): number {
  if (x === y) return 0;
  if (x.toLowerCase() === y.toLowerCase()) return 0.25;
  if (x.length > 2 && y.length > 2 && stem(x) === stem(y)) return 0.5;
  return 1;
}

export function softDistance(a: string, b: string): number {
  return align(
    tokenize(a).map((t) => t.text),
    tokenize(b).map((t) => t.text),
    softCost,
  ).distance;
}

/** Tokens of `text` that a soft alignment matches (cost < 1) to tokens of `gold`, and those it does not. */
function softMatch(text: string, gold: string): { matched: number; unmatched: string[] } {
  const t = tokenize(text).map((x) => x.text);
  const g = tokenize(gold).map((x) => x.text);
  const { ops } = align(t, g, softCost);
  let matched = 0;
  const unmatched: string[] = [];
  for (const op of ops) {
    if (op.op === 'eq') matched++;
    else if (op.op === 'sub' && softCost(t[op.a], g[op.b]) < 1) matched++;
    else if (op.op === 'sub' || op.op === 'del') unmatched.push(t[op.a]);
  }
  return { matched, unmatched };
}

/**
 * "Toward": more of the region's tokens now match the gold (exactly, by case or by stem), or as many match
 * and the change only removed unmatched tokens without adding a new wrong one ("way in which" → "way in" for
 * gold "way"). Shortening alone is not progress: "a couple of" → "a few" for gold "about" is wrong.
 */
export function isToward(before: string, after: string, gold: string): boolean {
  const b = softMatch(before, gold);
  const a = softMatch(after, gold);
  if (a.matched > b.matched) return true;
  if (a.matched < b.matched || a.unmatched.length >= b.unmatched.length) return false;
  const pool = [...b.unmatched];
  for (const x of a.unmatched) {
    const k = pool.indexOf(x);
    if (k < 0) return false;
    pool.splice(k, 1);
  }
  return true;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end || b.start === b.end) {
    // an insertion point touches a span when it lies inside it or on its edge
    return a.start <= b.end && b.start <= a.end;
  }
  return a.start < b.end && b.start < a.end;
}

export type ChangeJudgement = 'exact' | 'toward' | 'wrong' | 'noop';

export interface JudgedChange {
  change: Edit;
  judgement: ChangeJudgement;
  /** true when the change touches no gold unit (a change in text the spinner left alone). */
  offGold: boolean;
  /** The gold original for the change's region ('' region text when off gold). */
  goldText: string;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Narrows an edit to the words it really changes: "the area" → "the region" becomes "area" → "region".
 * Trimming stops at word boundaries, so "Forces" → "Force" stays whole.
 */
export function trimEdit(e: Edit): Edit {
  const f = e.from;
  const t = e.to;
  let p = 0;
  while (p < f.length && p < t.length && f[p] === t[p]) p++;
  while (p > 0 && isWordChar(f[p - 1]) && (isWordChar(f[p]) || isWordChar(t[p]))) p--;
  let q = 0;
  while (q < f.length - p && q < t.length - p && f[f.length - 1 - q] === t[t.length - 1 - q]) q++;
  while (
    q > 0 &&
    isWordChar(f[f.length - q]) &&
    (isWordChar(f[f.length - q - 1]) || isWordChar(t[t.length - q - 1]))
  )
    q--;
  return { start: e.start + p, end: e.end - q, from: f.slice(p, f.length - q), to: t.slice(p, t.length - q) };
}

/** Judges one change against the gold units of the same input (see the definitions at the top). */
export function judgeChange(input: string, original: Edit, gold: readonly Edit[]): JudgedChange {
  const change = original;
  if (change.from === change.to) return { change, judgement: 'noop', offGold: false, goldText: change.from };
  const core = trimEdit(change);
  let start = core.start;
  let end = core.end;
  let inRegion: Edit[] = [];
  for (;;) {
    inRegion = gold.filter((g) => overlaps(g, { start, end }));
    const s = Math.min(start, ...inRegion.map((g) => g.start));
    const e = Math.max(end, ...inRegion.map((g) => g.end));
    if (s === start && e === end) break;
    start = s;
    end = e;
  }
  const shift = (x: Edit): Edit => ({ ...x, start: x.start - start, end: x.end - start });
  const before = input.slice(start, end);
  const after = applyEdits(before, [shift(core)]);
  const goldText = applyEdits(before, sortEdits(inRegion).map(shift));
  const offGold = inRegion.length === 0;
  let judgement: ChangeJudgement;
  if (after === goldText) judgement = 'exact';
  else if (isToward(before, after, goldText)) judgement = 'toward';
  else judgement = 'wrong';
  return { change, judgement, offGold, goldText };
}

export interface ChangeScore {
  judged: JudgedChange[];
  total: number;
  exact: number;
  toward: number;
  wrong: number;
  noop: number;
  /** exact / (total - noop) */
  exactPrecision: number;
  /** (exact + toward) / (total - noop) */
  towardPrecision: number;
}

export function scoreChanges(input: string, changes: readonly Edit[], gold: readonly Edit[]): ChangeScore {
  const judged = changes.map((c) => judgeChange(input, c, gold));
  const count = (j: ChangeJudgement) => judged.filter((x) => x.judgement === j).length;
  const exact = count('exact');
  const toward = count('toward');
  const wrong = count('wrong');
  const noop = count('noop');
  const real = exact + toward + wrong;
  return {
    judged,
    total: judged.length,
    exact,
    toward,
    wrong,
    noop,
    exactPrecision: real ? exact / real : Number.NaN,
    towardPrecision: real ? (exact + toward) / real : Number.NaN,
  };
}

export interface RecallResult {
  units: number;
  restored: number;
  recall: number;
  /** per gold unit (in position order), whether it was restored exactly */
  perUnit: boolean[];
}

/**
 * Share of gold units the engine's changes restore exactly. Both are edits on the same input, so this is
 * decided in input coordinates: the changes are narrowed (`trimEdit`) and split into word units like the gold
 * (`goldUnits`); a gold unit is restored when a change unit replaces exactly its span with its original, or
 * when the region formed by the unit and every change and gold unit overlapping it (transitively) comes out
 * exactly as the gold.
 */
export function goldRecall(input: string, changes: readonly Edit[], gold: readonly Edit[]): RecallResult {
  const units = sortEdits(gold);
  const fine = sortEdits(goldUnits(changes.map(trimEdit)).filter((c) => c.from !== c.to));
  // drop overlapping change units (an invalid change list is reported elsewhere)
  const cs: Edit[] = [];
  for (const c of fine) if (!cs.length || c.start >= cs[cs.length - 1].end) cs.push(c);
  const perUnit = units.map((g) => {
    if (cs.some((c) => c.start === g.start && c.end === g.end && c.to === g.to)) return true;
    let start = g.start;
    let end = g.end;
    let inC: Edit[] = [];
    let inG: Edit[] = [];
    for (;;) {
      inC = cs.filter((c) => overlaps(c, { start, end }));
      inG = units.filter((u) => overlaps(u, { start, end }));
      const all = [...inC, ...inG];
      const s = Math.min(start, ...all.map((x) => x.start));
      const e = Math.max(end, ...all.map((x) => x.end));
      if (s === start && e === end) break;
      start = s;
      end = e;
    }
    if (!inC.length) return false;
    const shift = (x: Edit): Edit => ({ ...x, start: x.start - start, end: x.end - start });
    const region = input.slice(start, end);
    return applyEdits(region, inC.map(shift)) === applyEdits(region, inG.map(shift));
  });
  const restoredCount = perUnit.filter(Boolean).length;
  return {
    units: units.length,
    restored: restoredCount,
    recall: units.length ? restoredCount / units.length : Number.NaN,
    perUnit,
  };
}

/** Area under the ROC curve: P(score(pos) > score(neg)), ties count 1/2. */
export function auc(pos: readonly number[], neg: readonly number[]): number {
  if (!pos.length || !neg.length) return Number.NaN;
  const all = [...pos.map((s) => ({ s, p: 1 })), ...neg.map((s) => ({ s, p: 0 }))].sort((x, y) => x.s - y.s);
  // average ranks over ties
  let rankSumPos = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j].s === all[i].s) j++;
    const avgRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k].p) rankSumPos += avgRank;
    i = j;
  }
  const n1 = pos.length;
  return (rankSumPos - (n1 * (n1 + 1)) / 2) / (n1 * neg.length);
}

export interface PR {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}

/** Precision and recall of boolean predictions against boolean truth. */
export function precisionRecall(predicted: readonly boolean[], actual: readonly boolean[]): PR {
  if (predicted.length !== actual.length) throw new Error('precisionRecall: arrays differ in length');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  predicted.forEach((p, i) => {
    if (p && actual[i]) tp++;
    else if (p) fp++;
    else if (actual[i]) fn++;
    else tn++;
  });
  return {
    tp,
    fp,
    fn,
    tn,
    precision: tp + fp ? tp / (tp + fp) : Number.NaN,
    recall: tp + fn ? tp / (tp + fn) : Number.NaN,
  };
}
