import type { BigramLm } from './lm.ts';
import { isCapitalised, normalise, type Token } from './tokenize.ts';

/** Gazetteer of multi-word names, offices and fixed expressions, as a word trie. */
export interface Gazetteer {
  root: TrieNode;
  /** word → gazetteer words a spinner may have replaced with it (reverse thesaurus links). */
  reverse: Map<string, Set<string>>;
  size: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The phrase ending here, as written in the gazetteer. */
  phrase?: string[];
}

export function buildGazetteer(tsv: string, synTsv: string, extraLinks: Map<string, Set<string>>): Gazetteer {
  const root: TrieNode = { next: new Map() };
  let size = 0;
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const phrase = line.split('\t')[0].trim().split(/\s+/);
    if (phrase.length < 2) continue;
    let node = root;
    for (const w of phrase) {
      const k = normalise(w);
      let n = node.next.get(k);
      if (!n) {
        n = { next: new Map() };
        node.next.set(k, n);
      }
      node = n;
    }
    node.phrase = phrase;
    size++;
  }
  const reverse = new Map<string, Set<string>>();
  const link = (spun: string, orig: string) => {
    let s = reverse.get(spun);
    if (!s) {
      s = new Set();
      reverse.set(spun, s);
    }
    s.add(orig);
  };
  for (const line of synTsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [w, list] = line.split('\t');
    if (!list) continue;
    for (const s of list.split(',')) link(s, w);
  }
  for (const [spun, origs] of extraLinks) for (const o of origs) link(spun, o);
  return { root, reverse, size };
}

export interface EntityRepair {
  /** Token index range [i, j). */
  i: number;
  j: number;
  /** Replacement words, one per token of the range. */
  words: string[];
  phrase: string;
  substitutions: number;
  /** log10 gain of the repaired phrase over the current one under the bigram model. */
  gain: number;
}

/**
 * Finds spans that become a gazetteer phrase when one or two of their words are swapped back for a word the
 * spinner could have replaced (a thesaurus neighbour), while the current wording is not itself a known phrase.
 * Capitalisation must agree word by word, so ordinary lower-case prose rarely qualifies.
 */
export function findEntityRepairs(
  tokens: Token[],
  gaz: Gazetteer,
  lm: BigramLm,
  blocked: (i: number) => boolean,
  fixed: (i: number) => boolean = () => false,
): EntityRepair[] {
  const out: EntityRepair[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t.isWord || blocked(i)) {
      i++;
      continue;
    }
    // exact known phrase: skip over it (protects real names)
    const exact = longestExact(tokens, i, gaz.root);
    const best = search(tokens, i, gaz, blocked, fixed);
    // a known name that a longer repaired one extends ("United Nations" in "United Nations Youngsters's Fund")
    // gives way to it; otherwise the known name is skipped whole
    if (exact > 0 && !(best && best.j - i > exact)) {
      i += exact;
      continue;
    }
    if (best) {
      const cur = tokens.slice(best.i, best.j).map((x) => x.norm);
      const rep = best.words.map((w) => normalise(w));
      const prev = best.i > 0 && tokens[best.i - 1].isWord ? tokens[best.i - 1].norm : null;
      const gain = lm.score(prev, rep, null) - lm.score(prev, cur, null);
      out.push({ ...best, gain });
      i = best.j;
      continue;
    }
    i++;
  }
  return out;
}

function longestExact(tokens: Token[], i: number, root: TrieNode): number {
  let node: TrieNode | undefined = root;
  let best = 0;
  for (let k = i; k < tokens.length && node; k++) {
    const t = tokens[k];
    if (k > i && t.sentenceStart) break;
    node = node.next.get(t.norm);
    if (node?.phrase && casesAgree(tokens, i, node.phrase)) best = k - i + 1;
  }
  return best;
}

function casesAgree(tokens: Token[], i: number, phrase: string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const want = isCapitalised(phrase[k]);
    const t = tokens[i + k];
    if (!t) return false;
    if (want && !isCapitalised(t.text)) return false;
    if (!want && isCapitalised(t.text) && !(k === 0 && t.sentenceStart)) return false;
  }
  return true;
}

/** The spinner keeps a word's inflection: how many swapped words of `phrase` end as the text's word does. */
function endingsKept(tokens: Token[], i: number, phrase: string[]): number {
  let n = 0;
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[i + k].norm;
    const w = normalise(phrase[k]);
    if (t === w) continue;
    const ending = t.match(/(?:ed|ing|s)$/)?.[0];
    if (ending && w.endsWith(ending)) n++;
  }
  return n;
}

function search(
  tokens: Token[],
  i: number,
  gaz: Gazetteer,
  blocked: (i: number) => boolean,
  fixed: (i: number) => boolean,
): Omit<EntityRepair, 'gain'> | null {
  let best: Omit<EntityRepair, 'gain'> | null = null;
  let bestKept = 0;
  const walk = (node: TrieNode, k: number, words: string[], subs: number) => {
    if (node.phrase && subs > 0 && words.length >= 2) {
      const phrase = node.phrase;
      // at most half the words swapped, and every capitalised gazetteer word capitalised in the text
      // a swapped-back word that repeats its neighbour ("Emergency Situation Service" read as "Emergency Service
      // Service") means the spinner inserted a word rather than swapped one: not this repair
      const before = i > 0 ? tokens[i - 1] : undefined;
      const after = tokens[k];
      const repeats =
        (after?.isWord && normalise(phrase[phrase.length - 1]) === after.norm) ||
        (before?.isWord && normalise(phrase[0]) === before.norm);
      if (subs * 2 <= phrase.length && !repeats && casesAgree(tokens, i, phrase)) {
        const kept = endingsKept(tokens, i, phrase);
        if (
          !best ||
          phrase.length > best.words.length ||
          (phrase.length === best.words.length &&
            (subs < best.substitutions || (subs === best.substitutions && kept > bestKept)))
        ) {
          best = { i, j: k, words: phrase.slice(), phrase: phrase.join(' '), substitutions: subs };
          bestKept = kept;
        }
      }
    }
    if (k >= tokens.length || words.length >= 6) return;
    const t = tokens[k];
    if (k > i && (t.sentenceStart || blocked(k))) return;
    if (t.locked) return;
    const same = node.next.get(t.norm);
    if (same) walk(same, k + 1, [...words, t.norm], subs);
    if (!t.isWord || subs >= 2 || fixed(k)) return;
    // a possessive ("Youngsters's Fund") is looked up by its stem and keeps the ending
    let cands = gaz.reverse.get(t.norm);
    let suffix = '';
    if (!cands && t.norm.endsWith("'s")) {
      cands = gaz.reverse.get(t.norm.slice(0, -2));
      suffix = "'s";
    }
    if (!cands) return;
    for (const c0 of cands) {
      const c = c0 + suffix;
      if (c === t.norm) continue;
      const n = node.next.get(c);
      if (n) walk(n, k + 1, [...words, c], subs + 1);
    }
  };
  walk(gaz.root, i, [], 0);
  return best;
}
