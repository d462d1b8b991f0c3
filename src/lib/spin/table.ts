import { isCapitalised, normalise, type Token, tokenize } from './tokenize.ts';

/** One fingerprint: a spun phrase and the original wording it stands for. */
export interface TableEntry {
  /** The spun phrase as written in the table. */
  from: string;
  /** Original wording; several alternatives are separated by "|" (the language model picks). */
  to: string;
  /** Applies in any document (an unambiguous tortured phrase); otherwise only in documents judged spun. */
  any: boolean;
  confidence: number;
  offensive: boolean;
  provenance: string;
  /** Flags as written (conditions). */
  flags: string;
  /** Generated from another entry (an inflected form): not used as detection evidence. */
  derived?: boolean;
}

export interface CompiledEntry extends TableEntry {
  words: string[];
  /** Positions whose table word is capitalised (the text must be capitalised there). */
  capAt: boolean[];
  alternatives: string[];
  identity: boolean;
  /** Specificity 0..1: 1 when the entry never fires in clean English, lower the more it does. */
  specificity: number;
  cap: boolean;
  lower: boolean;
  /** Never inside quotation marks (e.g. contractions, which quotes use legitimately). */
  unquoted: boolean;
  /** Never applied outside its context conditions (the spun form is ordinary English elsewhere). */
  strict: boolean;
  prev?: WordSet;
  next?: WordSet;
  notPrev?: WordSet;
  notNext?: WordSet;
}

/** A condition: literal words plus word classes (#start, #cap, #num, …). */
export interface WordSet {
  words: Set<string>;
  classes: string[];
}

export interface FingerprintTable {
  byFirst: Map<string, CompiledEntry[]>;
  entries: CompiledEntry[];
  /** Single-word substitutions (spun → originals), used by the entity layer as extra thesaurus links. */
  singleWord: Map<string, Set<string>>;
}

function wordsOf(phrase: string): { norm: string[]; raw: string[] } {
  const toks = tokenize(phrase);
  return { norm: toks.map((t) => t.norm), raw: toks.map((t) => t.text) };
}

function expandSlashes(from: string, to: string): [string, string][] {
  // "a/b/c" → "x/y/z" expands pairwise; a lone "/" inside words (AFP/Getty) is kept when counts differ
  const f = from.split('/');
  const t = to.split('/');
  if (f.length > 1 && f.length === t.length) return f.map((x, i) => [x.trim(), t[i].trim()]);
  return [[from, to]];
}

export function parseTable(tsv: string, provenanceDefault = 'table'): TableEntry[] {
  const out: TableEntry[] = [];
  for (const raw of tsv.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    const [from, to, flags = '', conf = '0.8', provenance = provenanceDefault] = cols;
    const confidence = Number(conf);
    if (!Number.isFinite(confidence) || confidence <= 0) continue;
    const flagList = flags.split(',').map((f) => f.trim());
    for (const [f, t] of expandSlashes(from, to)) {
      if (!f || !t) continue;
      out.push({
        from: f,
        to: t,
        any: flagList.includes('any'),
        confidence,
        offensive: flagList.includes('off'),
        provenance,
        flags,
      });
    }
  }
  return out;
}

const setCache = new Map<string, WordSet>();

function setFlag(flags: string[], name: string): WordSet | undefined {
  const f = flags.find((x) => x.startsWith(`${name}=`));
  if (!f) return undefined;
  const body = f.slice(name.length + 1);
  let ws = setCache.get(body);
  if (!ws) {
    const words = new Set<string>();
    const classes: string[] = [];
    for (const x of body.split('|')) {
      if (x.startsWith('#')) classes.push(x);
      else words.add(x.toLowerCase());
    }
    ws = { words, classes };
    setCache.set(body, ws);
  }
  return ws;
}

/** Parses table-bg.tsv (matches per million words of clean English) into from\tto → rate. */
export function parseBackground(tsv: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const c = line.split('\t');
    m.set(`${c[0]}\t${c[1]}`, Number(c[2]));
  }
  return m;
}

export function compileTable(entries: TableEntry[], background?: Map<string, number>): FingerprintTable {
  const byFirst = new Map<string, CompiledEntry[]>();
  const compiled: CompiledEntry[] = [];
  const singleWord = new Map<string, Set<string>>();
  for (const e of entries) {
    const { norm, raw } = wordsOf(e.from);
    if (!norm.length) continue;
    const flags = e.flags.split(',').map((x) => x.trim());
    const alternatives = e.to.split('|').map((x) => x.trim());
    const c: CompiledEntry = {
      ...e,
      words: norm,
      capAt: raw.map((w) => isCapitalised(w)),
      alternatives,
      identity: alternatives.length === 1 && normalise(alternatives[0]) === norm.join(' '),
      specificity: 1 / (1 + (background?.get(`${e.from}\t${e.to}`) ?? 0) / 2),
      cap: flags.includes('cap'),
      lower: flags.includes('lower'),
      unquoted: flags.includes('unquoted'),
      strict: flags.includes('strict'),
      prev: setFlag(flags, 'prev'),
      next: setFlag(flags, 'next'),
      notPrev: setFlag(flags, 'notprev'),
      notNext: setFlag(flags, 'notnext'),
    };
    compiled.push(c);
    let list = byFirst.get(norm[0]);
    if (!list) {
      list = [];
      byFirst.set(norm[0], list);
    }
    list.push(c);
    if (!c.identity && norm.length === 1) {
      for (const alt of alternatives) {
        const w = normalise(alt);
        if (/^[a-z]+$/.test(w)) {
          let s = singleWord.get(norm[0]);
          if (!s) {
            s = new Set();
            singleWord.set(norm[0], s);
          }
          s.add(w);
        }
      }
    }
  }
  // longest first, then identities (protection) before changes, then by confidence
  for (const list of byFirst.values())
    list.sort(
      (a, b) =>
        b.words.length - a.words.length ||
        Number(b.identity) - Number(a.identity) ||
        b.confidence - a.confidence,
    );
  return { byFirst, entries: compiled, singleWord };
}

function tokenMatchesClass(tok: Token | undefined, value: string, atStart: boolean): boolean {
  if (value === '#start') return atStart;
  if (value === '#end') return tok === undefined || tok.text === '.' || tok.text === '!' || tok.text === '?';
  if (!tok) return false;
  if (value === '#cap') return tok.isWord && isCapitalised(tok.text);
  if (value === '#lower') return tok.isWord && !isCapitalised(tok.text);
  if (value === '#num') return /^[\p{N}$£€]/u.test(tok.text);
  if (value === '#pl') return tok.isWord && /s$/.test(tok.norm);
  return tok.norm === value;
}

function inSet(set: WordSet, tok: Token | undefined, atStart: boolean): boolean {
  if (tok && set.words.has(tok.norm)) return true;
  for (const v of set.classes) if (tokenMatchesClass(tok, v, atStart)) return true;
  return false;
}

/**
 * Does entry `e` match the tokens starting at index i? 2 = words and all context conditions, 1 = the words only
 * (a context condition failed), 0 = no.
 */
export function matchLevel(e: CompiledEntry, tokens: Token[], i: number): 0 | 1 | 2 {
  const n = e.words.length;
  if (i + n > tokens.length) return 0;
  for (let k = 0; k < n; k++) {
    const t = tokens[i + k];
    if (t.norm !== e.words[k]) return 0;
    if (k > 0 && t.sentenceStart && t.isWord) return 0; // never across sentence/paragraph boundaries
    if (e.capAt[k] && !isCapitalised(t.text)) return 0;
    if (e.lower && t.isWord && isCapitalised(t.text)) return 0;
  }
  const first = tokens[i];
  if (e.cap && !isCapitalised(first.text)) return 0;
  const atStart = first.sentenceStart;
  const prev = atStart ? undefined : tokens[i - 1];
  const next = tokens[i + n];
  if (e.prev && !inSet(e.prev, prev, atStart)) return 1;
  if (e.notPrev && inSet(e.notPrev, prev, atStart)) return 1;
  if (e.next && !inSet(e.next, next, false)) return 1;
  if (e.notNext && inSet(e.notNext, next, false)) return 1;
  return 2;
}

/** Does entry `e` match the tokens starting at index i, with all its context conditions? */
export function matchAt(e: CompiledEntry, tokens: Token[], i: number): boolean {
  return matchLevel(e, tokens, i) === 2;
}

// ---------------------------------------------------------------- inflections

/** The regular -s, -ed or -ing forms of a word (several where the last consonant may double). */
export function inflect(w: string, kind: 's' | 'ed' | 'ing'): string[] {
  const cvc = /[^aeiou][aeiou][bdfgklmnprtv]$/.test(w) && w.length <= 6;
  if (kind === 's') {
    if (/(s|x|z|ch|sh)$/.test(w)) return [`${w}es`];
    if (/[^aeiou]y$/.test(w)) return [`${w.slice(0, -1)}ies`];
    return [`${w}s`];
  }
  if (kind === 'ed') {
    if (/e$/.test(w)) return [`${w}d`];
    if (/[^aeiou]y$/.test(w)) return [`${w.slice(0, -1)}ied`];
    return cvc ? [`${w}${w.slice(-1)}ed`, `${w}ed`] : [`${w}ed`];
  }
  if (/ie$/.test(w)) return [`${w.slice(0, -2)}ying`];
  if (/[^e]e$/.test(w)) return [`${w.slice(0, -1)}ing`];
  return cvc ? [`${w}${w.slice(-1)}ing`, `${w}ing`] : [`${w}ing`];
}

/**
 * The spinner substitutes every inflected form of a word. For single-word entries (one lower-case word to one),
 * adds the -s, -ed and -ing forms of both sides when both are known words and the form has no entry of its own.
 */
export function withInflections(entries: TableEntry[], known: (w: string) => boolean): TableEntry[] {
  const have = new Set(entries.map((e) => e.from.toLowerCase()));
  const out = entries.slice();
  for (const e of entries) {
    if (!/^[a-z]+$/.test(e.from) || !/^[a-z]+$/.test(e.to) || e.from === e.to) continue;
    if (e.confidence < 0.75) continue;
    for (const kind of ['s', 'ed', 'ing'] as const) {
      const f = inflect(e.from, kind).find(known);
      const t = inflect(e.to, kind).find(known);
      if (!f || !t || have.has(f)) continue;
      have.add(f);
      // context conditions were written for the base form; the inflected form keeps only case conditions
      const flags = e.flags
        .split(',')
        .filter((x) => x === 'lower' || x === 'cap' || x === 'unquoted')
        .join(',');
      out.push({
        ...e,
        from: f,
        to: t,
        any: false,
        derived: true,
        flags,
        confidence: Math.round(e.confidence * 0.85 * 100) / 100,
        provenance: `${e.provenance}; inflected from ${e.from}`,
      });
    }
  }
  return out;
}
