/**
 * Candidate names from the lists: the longest gazetteer phrase at each capitalised word, and the acronyms an
 * article defines itself ("Name (ACRO)"), which win over a list entry with the same letters.
 */
import type { Doc } from '../doc.ts';
import { type GazEntry, type Gazetteer, normKey } from '../gazetteer.ts';
import { ELIDED_CAP, type GazHit, OUTLET_TAIL, spanText, timeZoneWord } from './shared.ts';

/** Glue words allowed inside a name defined before its acronym: "Centre for Sociological Research (CIS)". */
const DEFINE_GLUE = /^(?:of|for|and|the|on|in|de|del|la|du|des|al|&)$/;

/**
 * Acronyms the article defines itself, "Icelandic Travel Industry Association (SAF)": acronym → the normalised
 * words of the name before it. The article's own meaning wins over a list entry with the same letters.
 */
export function definedAcronyms(doc: Doc): Map<string, string> {
  const W = doc.words;
  const out = new Map<string, string>();
  for (let i = 1; i + 2 < W.length; i++) {
    if (W[i].text !== '(' || W[i + 2].text !== ')' || !/^[A-Z][A-Za-z0-9&-]{1,9}$/.test(W[i + 1].text))
      continue;
    if (!/[A-Z].*[A-Z]/.test(W[i + 1].text) || out.has(W[i + 1].text)) continue;
    const sent = W[i].sent;
    let a = i;
    while (
      a > 0 &&
      W[a - 1].sent === sent &&
      i - a < 10 &&
      ((W[a - 1].cap && W[a - 1].pos !== 'PUNCT') ||
        ELIDED_CAP.test(W[a - 1].text) ||
        W[a - 1].text === "'s" ||
        (DEFINE_GLUE.test(W[a - 1].text) && a - 2 >= 0 && W[a - 2].cap))
    )
      a--;
    while (a < i && !W[a].cap) a++;
    if (i - a < 2) continue;
    out.set(W[i + 1].text, normKey(spanText(doc, a, i)));
  }
  return out;
}

/**
 * Whether a list entry's own names agree with the name an article gave its acronym: the same name, or most of its
 * words (a name reworded or translated loosely still shares them).
 */
function fitsDefinition(e: GazEntry, definition: string): boolean {
  if (e.kind !== 'org') return false;
  const defWords = new Set(definition.split(' '));
  return [e.name, ...e.aliases].some((n) => {
    const k = normKey(n);
    if (k.length <= 3) return false;
    if (definition === k || definition.endsWith(` ${k}`) || k.endsWith(` ${definition}`)) return true;
    const words = k.split(' ').filter((x) => !DEFINE_GLUE.test(x));
    if (words.length < 2 || words.filter((x) => defWords.has(x)).length < 0.6 * words.length) return false;
    // "Liberian National Army (LNA)" is not the Libyan National Army: names of the same length that differ in a
    // slot, a qualifier swapped for another, are two bodies sharing a head
    const def = definition.split(' ').filter((x) => !DEFINE_GLUE.test(x));
    return !(def.length === words.length && words.some((x, n) => x !== def[n] && !defWords.has(x)));
  });
}

/** Longest gazetteer phrase starting at each capitalised word, within a sentence. */
export function gazetteerHits(doc: Doc, gaz: Gazetteer): GazHit[] {
  const hits: GazHit[] = [];
  const W = doc.words;
  const defined = definedAcronyms(doc);
  for (const s of doc.sentences) {
    let i = s.w0;
    while (i < s.w1) {
      const w = W[i];
      if (!w.cap && !/^[A-Z]/.test(w.text)) {
        i++;
        continue;
      }
      let found: GazHit | null = null;
      const first = normKey(w.text).split(' ')[0];
      const span = gaz.firstWords.get(first) ?? 0;
      for (let j = Math.min(s.w1, i + span); j > i; j--) {
        const last = W[j - 1];
        if (last.pos === 'PUNCT' && last.text !== '.') continue;
        const raw = spanText(doc, i, j);
        const key = normKey(raw);
        const list = gaz.phrases.get(key);
        if (!list) continue;
        // "Ice" is not ICE, "Who" is not WHO: names the lists write only in capitals match only in capitals
        // (longer ones written as a word, "Nato", "Minusma", stay when the tagger reads them as names)
        // ("from Kuna", "near Kuna": a town the lists know, after a word of place, is the town, not KUNA)
        if (
          gaz.capsOnly.has(key) &&
          raw !== raw.toUpperCase() &&
          (key.length <= 3 ||
            j - i > 1 ||
            w.pos !== 'PROPN' ||
            (i > s.w0 && /^(?:in|from|near|outside|around|at)$/i.test(W[i - 1].text) && gaz.towns.has(key)))
        )
          continue;
        // an acronym the article defines for another name is not the list's organisation of the same letters
        const definition = defined.get(raw);
        const ok = list.filter((e) => {
          if (definition !== undefined && !fitsDefinition(e, definition)) return false;
          const exact = e.kind === 'org' ? [e.name, ...e.aliases] : null;
          if (gaz.exactCase.has(raw)) return true;
          if (/^[A-Z.]{2,6}$/.test(raw.replace(/-/g, '')))
            return exact ? exact.includes(raw) : e.kind === 'country' || e.kind === 'demonym';
          return true;
        });
        if (ok.length === 0) continue;
        // a lower-case common word is never a name ("the reported attack" vs "Reported")
        if (j - i === 1 && !w.cap) continue;
        found = { w0: i, w1: j, entries: ok };
        break;
      }
      // "Guatemala City", "Kuwait City": a city named after its country, which the town table knows
      if (
        found &&
        found.w1 < s.w1 &&
        W[found.w1].text === 'City' &&
        found.entries.some((e) => e.kind === 'country')
      ) {
        const town = gaz.towns.get(normKey(spanText(doc, found.w0, found.w1 + 1)))?.[0];
        if (town) found = { w0: found.w0, w1: found.w1 + 1, entries: [town] };
      }
      // "Gaza City", "Cotabato City": a listed town's name before "City" is that town's full name (not before a body's
      // or a site's head: "Gaza City Hall", "Davao City Police")
      if (
        found &&
        found.w1 + 1 <= s.w1 &&
        found.w1 < s.w1 &&
        W[found.w1].text === 'City' &&
        !(found.w1 + 1 < s.w1 && W[found.w1 + 1].cap) &&
        !found.entries.some((e) => e.kind === 'country' || e.kind === 'org') &&
        found.entries.some((e) => e.kind === 'city')
      )
        found = {
          w0: found.w0,
          w1: found.w1 + 1,
          entries: found.entries.filter((e) => e.kind === 'city'),
        };
      // "10:42 TRT", "9 a.m. EAT": letters in capitals right after a clock time are its time zone, not a body
      if (found && timeZoneWord(doc, w)) {
        i = found.w1;
        continue;
      }
      // "The Guardian Post", "Mexico News Daily": a listed body's name inside a longer outlet's name is not that body
      if (found?.entries.every((e) => e.kind === 'org')) {
        let end = found.w1;
        while (end < s.w1 && W[end].cap && OUTLET_TAIL.test(W[end].text)) end++;
        if (end > found.w1) {
          i = end;
          continue;
        }
      }
      if (found) {
        hits.push(found);
        i = found.w1;
      } else i++;
    }
  }
  return hits;
}
