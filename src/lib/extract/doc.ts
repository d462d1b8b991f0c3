/**
 * The analysed document: body paragraphs → sentences → words (wink-nlp tokens with POS, hyphenated names merged),
 * every piece with character offsets into `text` (the body paragraphs joined by blank lines).
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { layout } from './layout.ts';

export interface Word {
  i: number;
  text: string;
  start: number;
  end: number;
  pos: string;
  /** Starts with a capital letter (or is a lower-case name particle before one: al-Asad). */
  cap: boolean;
  sent: number;
}
export interface Sentence {
  index: number;
  para: number;
  start: number;
  end: number;
  text: string;
  /** Word index range [w0, w1). */
  w0: number;
  w1: number;
}
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
  sentences: number[];
}
export interface Doc {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  words: Word[];
  captions: string[];
  dateline: string | null;
  /** The byline, set apart from the body (its names are the writers). */
  byline?: string | null;
  /** Time stamps of the page ("Updated 14:02 GMT"), set apart from the body. */
  stamps?: string[];
  /** Page furniture set apart from the body: advertising, share lines, links to other stories, sign-offs. */
  boilerplate?: string[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;
export function loadNlp(): Nlp {
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Abbreviations whose stop ends no sentence. */
export const ABBREV = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm sen rep gov st jr sr co corp inc ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n a.m p.m e.g i.e mt ft brig spc pfc cmdr cdr hon rev gens reps sens dept est approx comr supt insp snr fr'.split(
    ' ',
  ),
);

/** Longest run without white space the tokenizer is given (its e-mail pattern rescans a run from every position). */
const MAX_RUN = 64;

/**
 * The text with a space in place of every MAX_RUN-th character of a longer run without white space: the same length,
 * so every token is still found at its offset in the text; only such runs (junk, long links) lose those characters.
 */
export function breakLongRuns(text: string): string {
  return text.replace(new RegExp(`\\S{${MAX_RUN + 1},}`, 'g'), (run) =>
    run.replace(new RegExp(`(.{${MAX_RUN - 1}}).`, 'gs'), '$1 '),
  );
}

/** Sentence spans of one paragraph (offsets relative to the paragraph). */
export function splitSentences(p: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const re = /[.!?]+["')\]]*(?=\s+["'([]?[A-Z0-9])/g;
  for (let m = re.exec(p); m; m = re.exec(p)) {
    const end = m.index + m[0].length;
    const before = p.slice(Math.max(start, m.index - 12), m.index + 1);
    const word = (before.match(/([A-Za-z.]+)\.$/)?.[1] ?? '').toLowerCase();
    const closed = /["')\]]$/.test(m[0]);
    if (!closed && m[0].startsWith('.') && m[0].length === 1) {
      if (ABBREV.has(word) || ABBREV.has(word.replace(/\.$/, ''))) continue;
      // an initial: "J. Smith" (not a unit after a number: "above 50C. Police fired")
      if (/^[A-Z]$/i.test(word) && !/\d/.test(p[m.index - 2] ?? '')) continue;
    }
    if ((word === 'a.m' || word === 'p.m' || word === 'u.s') && !STARTER.test(p.slice(end).trimStart()))
      continue;
    out.push([start, end]);
    start = end;
    while (start < p.length && /\s/.test(p[start])) start++;
  }
  if (start < p.length) out.push([start, p.length]);
  return out.filter(([a, b]) => b > a);
}

const STARTER =
  /^["'(]?(The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|These|Those|His|Her|Their|Its|There|Officials?|According)\b/;
const CAP = /^(?:\d+(?=[A-Z]+$))?[A-Z\u00c0-\u00de]/;

export function buildDoc(raw: string): Doc {
  const lay = layout(raw);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let text = '';
  for (const lp of lay.paragraphs) {
    if (text) text += '\n\n';
    const start = text.length;
    text += lp.text;
    const para: Paragraph = {
      index: paragraphs.length,
      start,
      end: text.length,
      text: lp.text,
      sentences: [],
    };
    for (const [a, b] of splitSentences(lp.text)) {
      para.sentences.push(sentences.length);
      sentences.push({
        index: sentences.length,
        para: para.index,
        start: start + a,
        end: start + b,
        text: lp.text.slice(a, b),
        w0: 0,
        w1: 0,
      });
    }
    paragraphs.push(para);
  }
  const words: Word[] = [];
  if (text) {
    const n = loadNlp();
    const its = n.its;
    const wdoc = n.readDoc(breakLongRuns(text));
    const values = wdoc.tokens().out(its.value) as string[];
    const pos = wdoc.tokens().out(its.pos) as string[];
    let cursor = 0;
    let s = 0;
    for (let t = 0; t < values.length; t++) {
      const v = values[t];
      if (!v.trim()) continue;
      const at = text.indexOf(v, cursor);
      if (at < 0) continue;
      cursor = at + v.length;
      while (s < sentences.length - 1 && at >= sentences[s].end) s++;
      const prev = words[words.length - 1];
      // the tokenizer splits words at letters it does not know (Radovanović, Łódź, Erdoğan): glue them back
      if (
        prev &&
        prev.end === at &&
        prev.sent === s &&
        /\p{L}$/u.test(prev.text) &&
        /^\p{L}/u.test(v) &&
        (/[^\x00-\x7f]$/.test(prev.text) || /^[^\x00-\x7f]/.test(v))
      ) {
        prev.text += v;
        prev.end = cursor;
        if (/^\p{Lu}/u.test(prev.text)) prev.pos = 'PROPN';
        else if (prev.pos === 'X') prev.pos = pos[t];
        continue;
      }
      // the tokenizer splits a name that starts with digits before a capital (3R, 5G): glue it back
      if (prev && prev.end === at && prev.sent === s && /^\d+$/.test(prev.text) && /^\p{Lu}+$/u.test(v)) {
        prev.text += v;
        prev.end = cursor;
        prev.pos = 'PROPN';
        continue;
      }
      // merge hyphenated compounds written without spaces: Amir-Abdollahian, al-Asad, U.S.-led, Iran-backed
      if (
        prev &&
        prev.end === at &&
        prev.sent === s &&
        (v === '-' || prev.text.endsWith('-') || (/^[/']/.test(v) === false && prev.text.endsWith('/')))
      ) {
        prev.text += v;
        prev.end = cursor;
        if (v !== '-' && prev.pos === 'PUNCT') prev.pos = pos[t];
        continue;
      }
      words.push({ i: words.length, text: v, start: at, end: cursor, pos: pos[t], cap: false, sent: s });
    }
    for (const w of words)
      w.cap = CAP.test(w.text) || /^(al|el|ad|as|ash|an|ar|az|bin|ibn|bint)-[A-Z]/.test(w.text);
    for (const sn of sentences) sn.w0 = sn.w1 = -1;
    for (const w of words) {
      const sn = sentences[w.sent];
      if (sn.w0 < 0) sn.w0 = w.i;
      sn.w1 = w.i + 1;
    }
    let last = 0;
    for (const sn of sentences) {
      if (sn.w0 < 0) sn.w0 = sn.w1 = last;
      last = sn.w1;
    }
  }
  return {
    text,
    paragraphs,
    sentences,
    words,
    captions: lay.captions,
    dateline: lay.dateline,
    byline: lay.byline,
    stamps: lay.stamps,
    boilerplate: lay.boilerplate,
  };
}
