/**
 * Tests on the form of a candidate organisation name that keep places, slogans, headline capitals and descriptions
 * out of the organisations: a site word after the head ("Court Street"), a name that fills a quotation ("Trust
 * Teachers"), a headline's capitals used nowhere else (the line tests are in ./lines.ts), an indefinite description ("a Moscow-led security bloc").
 */
import type { Doc, Word } from '../doc.ts';
import { FACILITY_SUFFIX } from '../lexicon.ts';

/** Words after an organisation's head that make the whole name a site: "Court Street", "Air Force Training Ground". */
const SITE_WORD =
  /^(?:street|avenue|road|boulevard|lane|square|plaza|highway|motorway|bridge|stadium|arena|prison|airstrip|site|ground|grounds|range|park|building|tower|towers|hall|hill|memorial|terminus|gymkhana|lines|mall)$/;

/** A capitalised word after the head (`from` to `to`, before any glue word) names a site: the run is a place. */
export function siteAfterHead(W: readonly Word[], from: number, to: number, _s1: number): boolean {
  // "Police Martyrs' Memorial": a plural possessive's apostrophe stays inside the name
  for (let k = from; k < to && (W[k].cap || /^['’]$/.test(W[k].text)); k++) {
    const t = W[k].text.toLowerCase();
    if (SITE_WORD.test(t) || (FACILITY_SUFFIX.has(t) && t !== 'hospital')) return true;
  }
  return false;
}

/** Words before "Centre" that make it a venue: "City Convention Centre", "International Conference Centre". */
const VENUE_WORD = /^(?:convention|conference|exhibition|expo|shopping|trade|sports|events?|congress)$/;

/** The run `a`–`j` names a venue by its last two words: "the Mahatma Gandhi International Conference Centre". */
export function venueName(W: readonly Word[], a: number, j: number): boolean {
  return (
    j - a >= 2 && /^(?:centre|center)$/i.test(W[j - 1].text) && VENUE_WORD.test(W[j - 2].text.toLowerCase())
  );
}

const OPEN_QUOTE = /^["\u201c]$/;
const CLOSE_QUOTE = /^["\u201d]$/;

/** The run `a`–`j` is all a quotation holds: a slogan or a sign ("signs reading "Trust Teachers.""). */
export function quotedSlogan(W: readonly Word[], a: number, j: number): boolean {
  if (a === 0 || !OPEN_QUOTE.test(W[a - 1].text)) return false;
  let k = j;
  if (k < W.length && /^[.,!?]$/.test(W[k].text)) k++;
  return k < W.length && CLOSE_QUOTE.test(W[k].text);
}

/** The words `a`–`j` are written the same way somewhere outside their own sentence too. */
export function confirmedOutsideTitleLine(doc: Doc, a: number, j: number): boolean {
  const phrase = doc.text.slice(doc.words[a].start, doc.words[j - 1].end);
  const s = doc.sentences[doc.words[a].sent];
  for (let at = doc.text.indexOf(phrase); at >= 0; at = doc.text.indexOf(phrase, at + 1))
    if (at < s.start || at >= s.end) return true;
  return false;
}
