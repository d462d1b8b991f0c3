import { type Token, tokenize } from './tokenize.ts';

export interface AlignedEdit {
  /** Offsets into the spun text. */
  start: number;
  end: number;
  from: string;
  /** Offsets into the original text. */
  oStart: number;
  oEnd: number;
  to: string;
}

export interface Alignment {
  edits: AlignedEdit[];
  /** Share of spun tokens that matched the original exactly. */
  matchRatio: number;
  /** Share of original tokens covered by matches or one-to-one substitutions. */
  coverage: number;
}

/** Longest common subsequence of token norms; O(n·m) memory in a flat array, windowed when very long. */
function lcsPairs(a: Token[], b: Token[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  if (n * m > 40_000_000) {
    // very long inputs: align in chunks of paragraphs-sized windows (the spinner keeps order)
    const pairs: [number, number][] = [];
    const step = 2000;
    let bi = 0;
    for (let ai = 0; ai < n; ai += step) {
      const aw = a.slice(ai, ai + step);
      const bw = b.slice(bi, Math.min(m, bi + Math.round(step * 1.3)));
      const sub = lcsPairs(aw, bw);
      for (const [x, y] of sub) pairs.push([x + ai, y + bi]);
      if (sub.length) bi = sub[sub.length - 1][1] + bi + 1;
    }
    return pairs;
  }
  const w = m + 1;
  const dp = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] =
        a[i].norm === b[j].norm
          ? dp[(i + 1) * w + j + 1] + 1
          : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i].norm === b[j].norm) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1]) i++;
    else j++;
  }
  return pairs;
}

/** Word-level alignment of a spun text to its original (the spinner keeps word order). */
export function align(spun: string, original: string): Alignment {
  const a = tokenize(spun);
  const b = tokenize(original);
  const pairs = lcsPairs(a, b);
  const edits: AlignedEdit[] = [];
  let pa = 0;
  let pb = 0;
  let covered = pairs.length;
  const flush = (ea: number, eb: number) => {
    if (ea === pa && eb === pb) return;
    const start = ea > pa ? a[pa].start : pa < a.length ? a[pa].start : spun.length;
    const end = ea > pa ? a[ea - 1].end : start;
    const oStart = eb > pb ? b[pb].start : pb < b.length ? b[pb].start : original.length;
    const oEnd = eb > pb ? b[eb - 1].end : oStart;
    if (ea - pa > 0 && eb - pb > 0) covered += Math.min(ea - pa, eb - pb);
    let e2 = end;
    let oe2 = oEnd;
    // pure insertion or deletion: carry the following whitespace so words do not run together
    if (ea === pa) oe2 = eb < b.length ? b[eb].start : original.length;
    if (eb === pb) e2 = ea < a.length ? a[ea].start : spun.length;
    const from = spun.slice(start, e2);
    const to = original.slice(oStart, oe2);
    if (from !== to) edits.push({ start, end: e2, from, oStart, oEnd: oe2, to });
  };
  for (const [x, y] of pairs) {
    flush(x, y);
    // same word, different surface (case): restore the original surface
    if (a[x].text !== b[y].text) {
      edits.push({
        start: a[x].start,
        end: a[x].end,
        from: a[x].text,
        oStart: b[y].start,
        oEnd: b[y].end,
        to: b[y].text,
      });
    }
    pa = x + 1;
    pb = y + 1;
  }
  flush(a.length, b.length);
  return {
    edits,
    matchRatio: a.length ? pairs.length / a.length : 0,
    coverage: b.length ? covered / b.length : 0,
  };
}
