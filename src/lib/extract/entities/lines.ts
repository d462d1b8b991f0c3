/**
 * Lines set apart from running text, where capitals and the lack of a closing stop say nothing about names: a heading
 * line, a title-case line, a sentence whose words are mostly capitalised, the lines of a list of links, a masthead or
 * section line. The one place the entity and incident finders ask it.
 */
import type { Doc, Word } from '../doc.ts';

/** A line set as a heading: one short line with no closing stop ("2. Borno: troops repel attack on Marte base"). */
export function isHeadingLine(doc: Doc, sent: number): boolean {
  const s = doc.sentences[sent];
  const para = doc.paragraphs[s?.para ?? -1];
  if (!s || !para) return false;
  const t = para.text.trim();
  return t.length <= 140 && !/\n/.test(t) && !/[.!?"”’:]$/.test(t);
}

/** Small words a title-case headline leaves in lower case. */
const TITLE_GLUE =
  /^(?:a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|as|after|over|into|than|vs|via|is|are|was|were|'s|’s)$/;

/**
 * A title-case line, "Map Shows Every Attack on U.S. Troops in Iraq and Syria Since October": every word of five or
 * more that is not a small glue word is capitalised, so its capitals say nothing about names.
 */
export function titleCaseLine(W: readonly Word[], s0: number, s1: number): boolean {
  let words = 0;
  for (let k = s0; k < s1; k++) {
    const w = W[k];
    if (w.pos === 'PUNCT' || !/\p{L}/u.test(w.text) || TITLE_GLUE.test(w.text.toLowerCase())) continue;
    if (!w.cap) return false;
    words++;
  }
  return words >= 5;
}

/** Most words (over six in ten) of the words `w0`–`w1` are capitalised: a title-case headline, where a capital marks no name. */
export function mostlyCapitalised(W: readonly Word[], w0: number, w1: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = w0; k < w1; k++)
    if (/^\p{L}/u.test(W[k].text)) {
      words++;
      if (W[k].cap) caps++;
    }
  return words > 0 && caps / words > 0.6;
}

/**
 * The first paragraph (or paragraph `k`) is a headline: a line with no closing stop (no full stop, question or
 * exclamation mark, nor a closing quotation mark at its end).
 */
export function hasHeadline(doc: Doc, k = 0): boolean {
  return !/[.!?"'”’]$/.test(doc.paragraphs[k]?.text.trim() ?? '.');
}

/**
 * A bare line: under `max` characters, with no sentence break inside and no closing mark at its end ("Pakistan,
 * Afghanistan trade blame after deadly border clash"): a title or a link, not a sentence.
 */
export function bareLine(t: string, max = 140): boolean {
  return t.length < max && !/[.!?:;"'”’)\]]$/.test(t) && !/[.!?]\s/.test(t);
}

/** A title line: one line of at most `max` characters that no stop, closing quotation mark or bracket ends. */
export function titleLine(t: string, max: number): boolean {
  return t.length <= max && !t.includes('\n') && !/[.!?"'”’)]$/.test(t);
}

/** A text that ends with a sentence stop, with closing quotation marks or brackets after it ('… he said."'). */
export function endsWithStop(t: string): boolean {
  return /[.!?]["')]*$/.test(t);
}

/** A label that opens a list of links to other stories: "Read more:", "Related:", "See also". */
const LINK_LABEL =
  /^(?:read (?:more|also|next)|related(?: stories| articles| coverage)?|see also|also read|more on this(?: story)?|recommended|further reading)\b[^.!?]{0,20}:?$/i;
/**
 * A line of a list of links: right after a label that opens one ("Read more:"), or after other lines of the list (a
 * line with no closing stop), in the same paragraph or in paragraphs of their own.
 */
export function linkListed(doc: Doc, para: number): boolean {
  const p = doc.paragraphs[para];
  if (!p) return false;
  // (the list may be one paragraph: the label and the links on lines of their own)
  const lines = p.text.split('\n').map((x) => x.trim());
  if (lines.length > 1 && LINK_LABEL.test(lines[0])) return lines.slice(1).every((t) => bareLine(t));
  if (!bareLine(p.text.trim())) return false;
  for (let q = para - 1; q >= Math.max(0, para - 6); q--) {
    const t = doc.paragraphs[q].text.trim();
    if (LINK_LABEL.test(t)) return true;
    if (!bareLine(t)) return false;
  }
  return false;
}

/**
 * A masthead or section line of the page, short parts set apart by bars: "MEXICO NEWS | Security", "ROSARIO | Police &
 * Courts", "Mexico News Daily | Thursday, April 23, 2026". No part runs over four words and no stop ends it, so a
 * headline ("Pakistan | Five soldiers killed in attack on a checkpost") is none.
 */
export function sectionLine(t: string): boolean {
  const parts = t.trim().split(/\s+\|\s+/);
  return (
    parts.length > 1 &&
    t.length <= 120 &&
    !/[.!?]$/.test(t.trim()) &&
    parts.every((x) => x.length > 0 && x.split(/\s+/).length <= 4)
  );
}
