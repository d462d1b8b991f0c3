/**
 * Restores the lines of an article that arrived as one line (a slash-command text option drops line breaks):
 * headline, deck, byline, time stamps and dateline at the top; body paragraphs at sentence ends, never inside a
 * quotation; captions with their credits, links to other stories, sign-up prompts and the reporting footer set on
 * lines of their own, so that the layout step (`layout.ts`) can tell them apart as it does in a text with its breaks.
 *
 * Only white space changes: a run of white space between two words becomes a line break or a blank line, every other
 * character stays where it was, so evidence and quotes are still spans of the text. Time is linear in the input.
 */
import { ABBREV as DOC_ABBREV } from './doc.ts';
import { isBylineLine, isStampLine, LINK_LABELS } from './layout.ts';

/** A single line longer than this is treated as a text whose line breaks were lost. */
export const ONE_LINE_MIN = 600;

/** Whether a text is one long line (no line break at all) that should be restored before it is read. */
export function isOneLine(text: string): boolean {
  const t = text.trim();
  return t.length > ONE_LINE_MIN && !/[\r\n]/.test(t);
}

/** The sentence splitter's abbreviations, and a few more that only a one-line text runs into ("Rs", "Fig", "op", "para"). */
const ABBREV = new Set([...DOC_ABBREV, 'rs', 'fig', 'op', 'para']);

/** Words that open a sentence of running text (capitalised in the middle of a headline they are rare). */
const OPENER =
  /^["“'‘(]?(?:The|A|An|In|On|At|As|After|When|While|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands|At least|Police|Officials|Gunmen|Authorities|Residents|Security|Troops|Soldiers|Militants|He|She|They|It|We|I|This|That|These|Those|There|His|Her|Their|Its|According|Some|More|Most|Several|Many|Armed|Suspected|Unknown|Protesters|Rebels|No|Not|Only|Even|Still|Since|Before|During|For|Despite|Under|With|Without|If|Although|But|And|Earlier|Later|Last|Meanwhile|However|Also|Why|How|What|Who|Where|Many|Few|Both|Each|Every|One|Our|My|Your|You|Once|Now|Here|Today|Yesterday)$/;
/** Opening words of a sentence that a sentence-case headline never capitalises inside it. */
const SENTENCE_HEAD = /^["“]?(?:The|He|She|They|It|We|His|Her|Their|Its|This|These|Those|There)$/;
/** Words that cannot end a headline (a headline does not end on a preposition or an article). */
const NO_END =
  /^(?:the|a|an|of|in|on|at|to|for|with|by|from|and|or|but|as|into|near|after|over|under|its|his|her|their|is|are|was|were)$/i;

const AGENCY =
  '(?:Reuters|REUTERS|AP|AFP|AP Photo|Associated Press|EPA|EPA-EFE|EFE|Anadolu(?: Agency)?|ANADOLU|Xinhua|XINHUA|Bloomberg|UPI|dpa|DPA|ANSA|IANS|PTI|ANI|Kyodo|Yonhap|TASS|Bernama|CNN|BBC|Al Jazeera|NPR|WAM|SPA|IRNA|KUNA|MENA|Newsdesk|Getty Images|Getty)';
/** A wire dateline at the start of the first paragraph ("KYIV, Ukraine (AP) —", "Nairobi, 12 March (Reuters) -"). */
const DATELINE_AT = new RegExp(
  [
    String.raw`^\p{Lu}[\p{Lu}.'/-]+(?: [\p{Lu}.'/-]+){0,3}(?:\s*\([\p{L} ]{2,30}\))?(?:,\s*\p{Lu}[\p{L} .'-]{2,30}){0,2}(?:,?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?)?(?:\s*\([^)]{1,40}\))?\s*(?:[-–—]+|:)\s`,
    String.raw`^\(${AGENCY}\)\s*[-–—]+\s`,
    String.raw`^\p{Lu}\p{Ll}[\p{L}'-]*(?: \p{Lu}\p{Ll}[\p{L}'-]*){0,3}(?:\s*\([\p{L} ]{2,30}\))?(?:,\s*\p{Lu}[\p{L} .'-]{2,30}){0,2}(?:,?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))?\s*\(${AGENCY}[^)]{0,20}\)\s*(?:[-–—]+\s)?`,
  ].join('|'),
  'u',
);

/** A photo credit that closes a caption: "JOHN DOE/AFP via Getty Images", "(Reuters/Jane Doe)", "Photo: Jane Doe". */
const CREDIT_WORD = new RegExp(
  String.raw`^\(?(?:[\p{Lu}][\p{L}.'-]*\/)+(?:${AGENCY}|Getty|Photos?|Pool|Handout|File)\)?\.?$|^\(?(?:${AGENCY})\/[\p{Lu}][\p{L}.'-]*`,
  'u',
);

/** Furniture that stands alone between paragraphs. */
const FURNITURE =
  /^(?:Advertisement|ADVERTISEMENT|Skip Advertisement|Story continues below advertisement|Continue reading(?: the main story)?|Scroll to continue|Listen to this article|Share this article|Read more|Read also|Also read|See also|Related|RELATED|Watch|More on this story|Recommended|Sign up|Subscribe)\b/;
/** Furniture that is a whole line: the text goes on after it. */
const ALONE =
  /^(?:Advertisement|ADVERTISEMENT|Skip Advertisement|Story continues below(?: this)? advertisement|Continue reading(?: the main story)?|Scroll to continue(?: with content)?|Listen to this article(?: \| \d+ mins?)?|Share this article)(?=\s|$)/;
/**
 * A link to other stories, wherever it stands (a headline or a caption before it has no full stop): "Read more: …",
 * "ALSO READ | …", "Related - …", "Tags: …" (a separator after the label) or a list's label with another story's
 * headline after it ("RELATED CONTENT Ukraine: …", "Related stories Mali and Niger …"). Group 1 is the label.
 */
const PROMO_AT = new RegExp(
  `^(${LINK_LABELS.flatMap((l) => [
    l[0].toUpperCase() + l.slice(1),
    l.replace(/(^| )([a-z])/g, (_, sp: string, c: string) => sp + c.toUpperCase()),
    l.toUpperCase(),
  ]).join('|')})(?:\\s*[:|›»>]|\\s+[-–—](?=\\s)|(?<=[a-z] \\w+|[A-Z]{2,} [A-Z]+)(?=\\s+["“(]?\\p{Lu}))`,
  'u',
);
/** Labels that need their separator: a bare "Tags", "Watch" or "Read more" before a capital is a word of a sentence. */
const PROMO_BARE = /^(?:tags|topics|watch|must read|read more|read also|also read|see also)$/i;
/** A sign-up prompt: "Sign up for our Africa newsletter …", "Subscribe to our Telegram channel", "Follow us on …". */
const SIGNUP_AT = /^(?:Sign up (?:for|to)|Subscribe (?:to|for)|Follow us on) /;

/** The reporting footer of a wire story. */
const FOOTER =
  /^[([]?(?:Reporting|Additional reporting|Writing|Editing|Compiled|Edited|Written)$|^©|^Copyright$|^\(c\)$/;

/**
 * The number of words of a link label (PROMO_AT) at `at`, negative for a list's label without a separator (a line of
 * its own), 1 for a sign-up prompt, or 0.
 */
function promoAt(text: string, at: number): number {
  const head = text.slice(at, at + 60);
  if (SIGNUP_AT.test(head)) return 1;
  const m = PROMO_AT.exec(head);
  if (!m) return 0;
  const label = m[1];
  const bare = !/[:|›»>–—-]/.test(m[0].slice(label.length));
  if (bare && PROMO_BARE.test(label)) return 0;
  const n = label.split(' ').length;
  return bare ? -n : n;
}

interface Word {
  /** Offset of the word in the text. */
  start: number;
  end: number;
  text: string;
}

/** The words of a text (runs without white space) with their offsets. */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** The words w[i..j) as they stand in the text. */
const span = (text: string, w: Word[], i: number, j: number) =>
  j > i ? text.slice(w[i].start, w[j - 1].end) : '';

/** Whether word `w` ends a sentence before word `next` (not an abbreviation or an initial). */
function endsSentence(w: string, next: string | undefined): boolean {
  if (!next) return true;
  if (!/[.!?]["'”’)\]]*$/.test(w)) return false;
  if (!/^["“'‘([]?[\p{Lu}\d]/u.test(next)) return false;
  const bare = w.replace(/["'”’)\]]+$/, '');
  if (/[!?]$/.test(bare)) return true;
  const stem = bare.slice(0, -1).replace(/^["“'‘(]+/, '');
  // a quotation closed after an abbreviation ('at "1:46 a.m." Friday') goes on
  if (bare !== w && !ABBREV.has(stem.toLowerCase())) return true;
  if (/^\p{L}$/u.test(stem)) return false; // an initial: "J. Smith"
  const low = stem.toLowerCase();
  if (ABBREV.has(low))
    return (
      /^(?:a\.m|p\.m|u\.s|u\.k|u\.n|etc)$/.test(low) &&
      /^["“]?(?:The|He|She|It|They|We|I|In|On|At|But|And|This|A|An)\b/.test(next)
    );
  if (/^(?:\p{L}\.){2,}$/u.test(`${stem}.`) && /^(?:U\.S|U\.K|U\.N)$/i.test(stem)) return false;
  return true;
}

/** Opening and closing double quotes in a word: +1 for an opener, -1 for a closer, in order. */
function quoteMarks(w: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < w.length; k++) {
    const c = w[k];
    if (c === '“') out.push(1);
    else if (c === '”') out.push(-1);
    else if (c === '"') {
      const before = k === 0 || /[([\u2014\u2013-]/.test(w[k - 1]);
      const after = k === w.length - 1 || /[\s,.;:!?)\]\u2014\u2013-]/.test(w[k + 1]);
      out.push(before && !after ? 1 : !before && after ? -1 : before ? 1 : -1);
    }
  }
  return out;
}

const STAMP_START =
  /^(?:published|updated|modified|posted|last|first|date|issued|released|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|just|an?|one)/i;
const STAMP_LEAD = /^(?:Published|Updated|Modified|Posted|Last|First|PUBLISHED|UPDATED)\b/;

/** The longest run of words from `i` (at most 14) that is a time stamp on its own, or 0. */
function stampAt(text: string, w: Word[], i: number): number {
  // a stamp starts with a digit, a month or a weekday, or a word such as "Published"
  if (!/^\d/.test(w[i].text) && !STAMP_START.test(w[i].text)) return 0;
  let top = Math.min(w.length, i + 14);
  for (let k = i + 1; k < top; k++) if (STAMP_LEAD.test(w[k].text)) top = k;
  // a reading time is a line of its own ("Published 2 November 2026 · 7 min read"): the stamp ends before it
  for (let k = i + 2; k < top; k++)
    if (/^read\b/i.test(w[k].text) && /^min/i.test(w[k - 1].text)) top = k - 2;
  for (let j = top; j > i; j--) {
    if (/^(?:a|an|at|on|by|the|one|just|[-–—|·•,/])$/i.test(w[j - 1].text)) continue;
    const s = span(text, w, i, j);
    if (!isStampLine(s)) continue;
    // a date inside a headline ("… 12 March 2026 attack") is not a stamp: one stands before a capital or the end
    const lead = /^(?:published|updated|last updated|first published|posted|modified)\b/i.test(s);
    if (!lead && j < w.length && !/^["“(|]?\p{Lu}|^\d|^[|·•]$/u.test(w[j].text)) continue;
    return j - i;
  }
  return 0;
}

const MONTH_DAY =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|Updated|Published|Posted)\.?,?$/;

/** Words of a byline from `i` ("By Jane Doe and John Roe, Reuters"), or 0. */
function bylineAt(text: string, w: Word[], i: number): number {
  if (!/^(?:By|BY|by)$/.test(w[i]?.text ?? '') || !/^\p{Lu}/u.test(w[i + 1]?.text ?? '')) return 0;
  let j = i + 1;
  let group = 0;
  while (j < w.length && j - i <= 16) {
    const t = w[j].text;
    if (stampAt(text, w, j) || DATELINE_AT.test(text.slice(w[j].start, w[j].start + 120))) break;
    if (/^(?:and|&|with|in|\||\/|·|-|–|—|for)$/i.test(t)) {
      group = 0;
      j++;
      continue;
    }
    if (!/^\p{Lu}/u.test(t) && !/^(?:al|el|de|da|van|von|bin|ibn|staff|reporter|correspondent)$/i.test(t))
      break;
    if (MONTH_DAY.test(t) || (j > i + 1 && OPENER.test(t))) break;
    if (new RegExp(`^${AGENCY}[,]?$`).test(t)) group = 0;
    const role = /^(?:News|Press|Reporter|Writer|Correspondent|Staff|Editor|Bureau)\b/i;
    if (group >= 3 && !role.test(t) && !role.test(w[j + 1]?.text ?? '')) break;
    group++;
    j++;
    if (/[,;]$/.test(t)) group = 0;
  }
  while (j > i + 1 && !isBylineLine(span(text, w, i, j))) j--;
  // a byline names someone (two words at least) and running text does not go on after it in lower case; a capital
  // before that lower-case word opens the next line ("By Jane Doe in Kyiv and John Roe Key events - …")
  if (/^\p{Ll}/u.test(w[j]?.text ?? '') && j >= i + 4 && /^\p{Lu}\p{Ll}/u.test(w[j - 1].text)) j--;
  if (j < i + 3 || /^\p{Ll}/u.test(w[j]?.text ?? '') || !isBylineLine(span(text, w, i, j))) return 0;
  return j - i;
}

/**
 * A paragraph shorter than this many words takes the next sentence too (news paragraphs run to two or three sentences;
 * measured on the opened articles flattened: paragraphs of one sentence each give incident R/P 0.85/0.85 and day 85%,
 * of at least 30 or 40 words 0.85-0.86/0.87-0.88 and day 88%, of 55 words 0.85/0.85 again).
 */
const MIN_PARA = 40;
/**
 * A sentence that moves the story to another time or place ("In Nairobi, about 200 teachers held …", "On Friday,
 * 30 October, …", "Less than 24 hours later, …", "Also on Wednesday, …", "Elsewhere, …") opens a paragraph once the
 * one before has a sentence of its own: the day and the place it tells are not those of the paragraph before.
 */
const SCENE =
  /^(?:(?:In|At|Outside|Near) (?:the )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3},|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2} \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+ \d{1,2}\b)|Also (?:on|in|that|this|late|early) |(?:Elsewhere|Meanwhile|Separately|Overnight|Earlier|Later)(?:,| on| that| in)|(?:(?:Less|More) than |About |Nearly |Some )?(?:\d+|an?|one|two|three|four|five|six|several|a few) (?:hours?|days?|weeks?) (?:later|earlier)\b|The (?:next|following|previous|same) (?:day|morning|afternoon|evening|night)\b)/u;
const SCENE_MIN = 6;
/** Words that open a sentence referring back to the one before: paragraphs rarely start with them. */
const BACK_REF = /^(?:He|She|It|They|His|Her|Its|Their|This|That|These|Those|But|And|Both|Neither)$/;
/** Lower-case words that cannot end a line of their own, nor open one. */
const FUNCTION_WORD =
  /^(?:the|a|an|of|in|on|at|to|for|with|by|from|and|or|but|as|into|near|after|over|under|its|his|her|their|is|are|was|were|be|has|have|had|that|this|than|up|out|off|about)$/;

/** A word without its surrounding punctuation and possessive, in lower case. */
const bareWord = (t: string) =>
  t
    .replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')
    .replace(/['’]s$/, '')
    .toLowerCase();

interface Ctx {
  text: string;
  w: Word[];
  /** Words the text uses in lower case somewhere: a capitalised one of them starts a sentence, not a name. */
  lower: Set<string>;
}

/**
 * Where running text starts again after a line without a full stop (a headline, a deck, a link to another story):
 * the first word from `from + 2` (and before `to`) that opens a sentence. In sentence case, a capitalised word after a
 * lower-case one that the text also uses in lower case ("… soaring rents Tenants' unions say …") or that repeats a
 * word of the line ("Sudan: … El Obeid market Sudan's army …"); in Title Case, a capitalised word followed by a
 * lower-case word that is not a function word ("… Village Killings Montenegrin police arrested …"). -1 when none.
 */
function restartAt(c: Ctx, from: number, to: number): number {
  const { w } = c;
  const end = Math.min(to, w.length - 1);
  let caps = 0;
  let counted = 0;
  const seen = new Set<string>();
  for (let j = from; j < end; j++) {
    const t = w[j].text;
    if (j >= from + 2) {
      const prev = w[j - 1].text;
      const cap = /^["“'‘(]?\p{Lu}/u.test(t);
      const title = counted >= 3 && caps >= 0.7 * counted;
      const nextLower = /^\p{Ll}/u.test(w[j + 1].text) && !FUNCTION_WORD.test(w[j + 1].text);
      if (cap && !/[,;:–—-]$/.test(prev) && !/^[–—|-]$/.test(prev)) {
        const b = bareWord(t);
        if (title) {
          if (nextLower && !/^\p{Lu}{2,}/u.test(t)) return j;
        } else if (/^\p{Ll}|^\d/u.test(prev) && !FUNCTION_WORD.test(prev.toLowerCase())) {
          if (
            c.lower.has(b) ||
            (seen.has(b) && b.length > 2) ||
            (OPENER.test(t) && /^\p{Ll}/u.test(w[j + 1].text))
          )
            return j;
        }
        // a pronoun or an article before a lower-case word starts a sentence after a name too ("… in Nakuru His
        // lawyer said …"): in sentence case a headline does not use them capitalised
        else if (
          SENTENCE_HEAD.test(t) &&
          /^\p{Ll}/u.test(w[j + 1].text) &&
          !FUNCTION_WORD.test(prev.toLowerCase())
        )
          return j;
      }
    }
    if (/\p{L}{4,}/u.test(t)) {
      counted++;
      if (/^["“'‘(]?\p{Lu}/u.test(t)) caps++;
    }
    seen.add(bareWord(t));
  }
  return -1;
}

/** A short name line right before word `k` ("Sam Whitfield in Madrid", "Imtiaz Kasi | Dawn", "Anahit Grigoryan"): its first word, or -1. */
function nameLineBefore(c: Ctx, from: number, k: number): number {
  const { w } = c;
  let j = k;
  let names = 0;
  while (j > from && k - j < 7) {
    const t = w[j - 1].text;
    if (/^\p{Lu}[\p{L}'.-]*[,|]?$/u.test(t)) names++;
    else if (!/^(?:in|\||·|and|al|el|de|da|del|der|den|du|la|le|van|von|bin|ibn)$/.test(t)) break;
    j--;
  }
  if (names < 2 || j === from) return j === from && names >= 2 ? from : -1;
  // a name line opens on a name, not on "in" ("… the month in Mali, Burkina Faso and Niger" ends a headline)
  if (/^\p{Ll}/u.test(w[j].text)) return -1;
  // the word before the name line ends the headline or the deck: lower case or a full stop
  return /[\p{Ll}\d.!?'"”’)]$/u.test(w[j - 1].text) ? j : -1;
}

/**
 * The line breaks of the head of the article: headline, deck, byline, stamps; returns the index of the first word of
 * the body and marks the breaks in `brk`.
 */
function head(c: Ctx, brk: Uint8Array): number {
  const { text, w } = c;
  const max = Math.min(w.length - 1, 120);
  const item = (j: number) =>
    bylineAt(text, w, j) > 0 ||
    stampAt(text, w, j) > 0 ||
    DATELINE_AT.test(text.slice(w[j].start, w[j].start + 120));
  // the headline: until the first byline, stamp, dateline or sentence of running text
  let h = -1;
  let firstEnd = -1;
  for (let j = 2; j < Math.min(max, 45); j++) {
    if (endsSentence(w[j - 1].text, w[j].text)) {
      firstEnd = j;
      break;
    }
    if (NO_END.test(w[j - 1].text.replace(/[,:;]$/, ''))) continue;
    if (item(j)) {
      h = j;
      break;
    }
  }
  // no byline, stamp or dateline before the first full stop: running text starts inside the first sentence
  if (h < 0) {
    const r = restartAt(c, 0, firstEnd > 0 ? firstEnd : 45);
    if (r >= 3) h = r;
  }
  if (h < 0) return 0;
  const name = nameLineBefore(c, 2, h);
  if (name > 2 && stampAt(text, w, h)) brk[name] = 2;
  brk[h] = 2;
  let i = h;
  // byline, stamps, reading time and deck, in any order, before the body
  for (let guard = 0; guard < 10 && i < max; guard++) {
    const b = bylineAt(text, w, i);
    if (b) {
      i += b;
      brk[i] = 2;
      continue;
    }
    const s = stampAt(text, w, i);
    if (s) {
      // "Name | Outlet | City | December 4, 2024": the stamp closes the name line
      i += s;
      brk[i] = 2;
      continue;
    }
    const read = span(text, w, i, i + 4).match(/^(?:[·|•–—-]\s+)?\d+\s*(?:-\s*)?min(?:ute)?s?\s+read\b/i);
    if (read) {
      // a separator before it stays on the stamp's line ("Published 2 November 2026 · | 7 min read")
      if (/^[·|•–—-]$/.test(w[i].text) && brk[i]) {
        brk[i] = 0;
        brk[i + 1] = 2;
      }
      i += read[0].split(/\s+/).length;
      brk[i] = 2;
      continue;
    }
    if (DATELINE_AT.test(text.slice(w[i].start, w[i].start + 120))) break;
    // a deck, a name line or an outlet line that ends right before a byline, a stamp or a dateline
    let found = -1;
    for (let k = i + 1; k < max && k - i < 60; k++) {
      if (!item(k)) continue;
      if (endsSentence(w[k - 1].text, w[k].text) || k - i <= 6) found = k;
      else {
        const nm = nameLineBefore(c, i, k);
        if (nm > i) {
          brk[nm] = 2;
          found = k;
        } else {
          const r = restartAt(c, i, k);
          if (r > i && k - r <= 6) {
            brk[r] = 2;
            found = k;
          }
        }
      }
      break;
    }
    if (found > 0) {
      const nm = nameLineBefore(c, i, found);
      if (nm > i + 2 && stampAt(text, w, found)) brk[nm] = 2;
      i = found;
      brk[i] = 2;
      continue;
    }
    break;
  }
  return i;
}

/** "Image caption, …", "Image source, …": a caption or credit label inside the text. */
const CAPTION_LABEL = /^(?:Image|Media|Video)$/;
const CAPTION_LABEL_2 = /^(?:caption|source|copyright)[,:]$/;

/** A caption's label: "Photo:", "Image:", "Caption:", "Photo caption:", "[Image:", "PHOTO |". */
const CAPTION_AT =
  /^\[?(?:(?:Photo|Image|Picture)(?: caption)?|Caption|PHOTO|IMAGE|CAPTION|FILE PHOTO)\s*[:|]\s/;
/** A photo credit right after a caption's last sentence: "AFP", "REUTERS", "©". */
const CREDIT_AFTER = new RegExp(`^(?:${AGENCY}|Supplied|File|FILE|Handout)\\.?$`);

/**
 * A caption opened by its label at word `i` ("Photo: Smoke rises over Souq Al Juma on Monday. AFP"): the index of the
 * word after it (after its closing bracket, or its first sentence and a credit that follows), or 0. A label before
 * names only ("Photo: Jane Doe / Agency") is a credit, not a caption.
 */
function captionAt(c: Ctx, i: number): number {
  const { text, w } = c;
  const m = CAPTION_AT.exec(text.slice(w[i].start, w[i].start + 24));
  if (!m) return 0;
  let k = i + m[0].trim().split(/\s+/).length;
  // a sentence follows the label: a lower-case word that is not a function word within its first six words
  let told = false;
  for (let j = k; j < Math.min(w.length, k + 6); j++)
    if (/^\p{Ll}/u.test(w[j].text) && !FUNCTION_WORD.test(w[j].text) && !/^(?:via|courtesy)$/.test(w[j].text))
      told = true;
  if (!told) return 0;
  const max = Math.min(w.length, k + 60);
  if (w[i].text.startsWith('[')) {
    for (; k < max; k++) if (/\]$/.test(w[k].text)) return k + 1;
    return 0;
  }
  for (k++; k < max; k++)
    if (endsSentence(w[k - 1].text, w[k].text) || (w[k].text === '©' && /\.$/.test(w[k - 1].text))) break;
  if (k >= max) return max === w.length ? max : 0;
  // the credit that closes it: "(Supplied)", "(Reuters/Jane Doe)", "AFP", "© Kossi Amavi"
  const x = w[k].text;
  if (/^\(/.test(x)) {
    for (let e = k; e < Math.min(w.length, k + 8); e++) if (/\)\.?$/.test(w[e].text)) return e + 1;
  } else if (CREDIT_AFTER.test(x)) return k + 1;
  else if (x === '©') {
    let e = k + 1;
    while (e < w.length && e - k <= 3 && /^\p{Lu}[\p{L}.'-]*$/u.test(w[e].text) && !OPENER.test(w[e].text))
      e++;
    return e;
  }
  return k;
}

/** A word of a heading in capitals: "MALI", "BURKINA", "WEST", "IN", "&", "POST-COURIER". */
const CAPS_WORD = /^(?:\p{Lu}[\p{Lu}'’.-]*|&)$/u;

/**
 * A section heading in capitals at word `i` ("… they rarely agree. MALI The blockade …", "BURKINA FASO The
 * deadliest day …", "WHAT TO WATCH IN NOVEMBER The heads of state …"): the index of the word after it, or 0. The next
 * word opens a sentence in ordinary case; one short word in capitals before a capital is a sentence's acronym ("NATO
 * Secretary General …", "UN peacekeepers …") unless the sentence opens with a word such as "The".
 */
function capsHeadingAt(c: Ctx, i: number): number {
  const { text, w } = c;
  let k = i;
  while (k < w.length && k - i < 7 && CAPS_WORD.test(w[k].text)) k++;
  if (k === i || k - i > 6 || k + 1 >= w.length) return 0;
  const heading = span(text, w, i, k);
  if (!/\p{Lu}{3}/u.test(heading) || /[.,;:]$/.test(heading)) return 0;
  if (FURNITURE.test(heading) || promoAt(text, w[i].start) || new RegExp(`^${AGENCY}$`).test(heading))
    return 0;
  const next = w[k].text;
  if (!/^["“]?\p{Lu}\p{Ll}/u.test(next)) return 0;
  const short = k - i === 1 && heading.length <= 4;
  if (short && !OPENER.test(next)) return 0;
  return k;
}

const DATE_TOKEN =
  /^(?:\d{1,4}(?:[./:-]\d{1,4}){0,2},?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?|[ap]\.?m\.?|GMT|UTC|[|·•,-])$/;

/**
 * A labelled line of the page's head or foot that has no "By" or "Published" ("Date 27.10.2026", "Author Jonas
 * Albrecht (with Reuters, AFP)", "Filed under: Politics, Ukraine", "Posted in Africa, Security"): the number of its
 * words at word `i`, or 0.
 */
function labelLineAt(c: Ctx, i: number): number {
  const { w } = c;
  const t = w[i].text;
  const at = (k: number) => w[k]?.text ?? '';
  if (/^Date:?$/.test(t)) {
    if (!/\d/.test(at(i + 1)) || !DATE_TOKEN.test(at(i + 1))) return 0;
    let k = i + 1;
    while (k < w.length && k - i <= 8 && DATE_TOKEN.test(w[k].text)) k++;
    return k - i;
  }
  if (/^Authors?:?$/.test(t)) {
    // names: up to four capitalised words (joined by "and", "&", ","), then a bracket that closes the line
    let k = i + 1;
    let names = 0;
    while (k < w.length && k - i <= 8) {
      const x = w[k].text;
      if (/^(?:and|&|\|)$/.test(x)) k++;
      else if (/^\p{Lu}[\p{L}.'’-]*,?$/u.test(x) && !OPENER.test(x) && names < 4) {
        names++;
        k++;
      } else break;
    }
    if (names < 2 || /^(?:and|&|\|)$/.test(at(k - 1))) return 0;
    if (at(k).startsWith('(')) {
      let e = k;
      while (e < w.length && e - k < 8 && !/\)[.,]?$/.test(w[e].text)) e++;
      if (e < w.length && e - k < 8) k = e + 1;
    }
    return k < w.length && /^["“(]?\p{Lu}|^\d/u.test(at(k)) ? k - i : 0;
  }
  if ((/^(?:Posted|Filed)$/.test(t) && /^(?:in|under):?$/.test(at(i + 1))) || /^Categories:$/.test(t)) {
    // a list of sections: "Filed under: Politics, Ukraine" (each but the last with its comma)
    let k = i + (t === 'Categories:' ? 1 : 2);
    while (k < w.length && /,$/.test(w[k].text) && k - i < 14) k++;
    return Math.min(w.length, k + 1) - i;
  }
  return 0;
}

/** "18:40 EET", "09:45 GMT": a clock time with its zone, the stamp that opens an entry of a live page. */
const CLOCK = /^\d{1,2}[:.]\d{2}$/;
const ZONE =
  /^(?:GMT|UTC|BST|CET|CEST|EET|EEST|[ECMP][SD]T|IST|JST|WAT|CAT|EAT|SAST|PKT|AEST|AEDT)(?:[+-]\d{1,2})?$/;

/** Restores line breaks in a text that lost them; returns the text unchanged when it is not one long line. */
export function unflatten(text: string): string {
  if (!isOneLine(text)) return text;
  const w = wordsOf(text);
  if (w.length < 3) return text;
  const lower = new Set<string>();
  for (const x of w) if (/^\p{Ll}/u.test(x.text)) lower.add(bareWord(x.text));
  const c: Ctx = { text, w, lower };
  /** brk[i]: 0 = keep the white space before word i, 2 = a blank line before it. */
  const brk = new Uint8Array(w.length);
  const start = head(c, brk);
  let inQuote = false;
  let paraStart = start;
  // a live page's entries each open on a clock time with its zone ("17:55 EET Regional governor …"): with two of them
  // or more before a capital, each one is a line of its own
  const clockAt = (i: number) =>
    CLOCK.test(w[i].text) &&
    ZONE.test(w[i + 1]?.text ?? '') &&
    /^["“(]?\p{Lu}/u.test(w[i + 2]?.text ?? '') &&
    !/^(?:at|around|about|until|till|since|before|after|by|from|to|and|or|between|of|the|on)$/i.test(
      w[i - 1]?.text ?? '',
    );
  let clocks = 0;
  for (let i = start + 1; i < w.length - 2 && clocks < 2; i++) if (clockAt(i)) clocks++;
  for (let i = start; i < w.length; i++) {
    const t = w[i].text;
    const prev = i > 0 ? w[i - 1].text : '';
    const atEnd = i > start && endsSentence(prev, t);
    const marks = quoteMarks(t);
    const label = !inQuote && (atEnd || brk[i] || i === start) ? labelLineAt(c, i) : 0;
    const heading = !inQuote && i > start && (atEnd || brk[i]) ? capsHeadingAt(c, i) : 0;
    // a quotation continued over paragraphs: a new opening quote while one is open starts a paragraph
    if (inQuote && marks[0] === 1 && atEnd) brk[i] = 2;
    else if (label) {
      brk[i] = 2;
      if (i + label < w.length) brk[i + label] = 2;
    } else if (clocks >= 2 && i > start && clockAt(i)) {
      brk[i] = 2;
      brk[i + 2] = 2;
    } else if (heading) {
      // a section heading in capitals ("… they rarely agree. MALI The blockade …"): a line of its own
      brk[i] = 2;
      brk[heading] = 2;
    } else if (!inQuote && i > start) {
      const stamp = STAMP_LEAD.test(t) ? stampAt(text, w, i) : 0;
      const caption = FUNCTION_WORD.test(prev) ? 0 : captionAt(c, i);
      if (caption) {
        // "Photo: Smoke rises over the market on Monday. AFP", "[Image: A police officer fires …]": a caption of its own
        brk[i] = 2;
        if (caption < w.length) brk[caption] = 2;
      } else if (stamp > 1 && /\d/.test(span(text, w, i, i + stamp))) {
        // "Updated 14:02 GMT" between paragraphs, "Niamey (AFP) – Published on: 05/11/2025 - 14:32": a line of its own
        brk[i] = 2;
        if (i + stamp < w.length) brk[i + stamp] = 2;
      } else if (CAPTION_LABEL.test(t) && CAPTION_LABEL_2.test(w[i + 1]?.text ?? '')) {
        brk[i] = 2;
        // the source is a few words: up to the caption label or the next sentence of running text
        if (/^source/.test(w[i + 1].text)) {
          const r = restartAt(c, i + 2, i + 10);
          for (let k = i + 2; k < Math.min(w.length, i + 10); k++)
            if (k === r || (CAPTION_LABEL.test(w[k].text) && CAPTION_LABEL_2.test(w[k + 1]?.text ?? ''))) {
              brk[k] = 2;
              break;
            }
        }
      } else if (/^(?:Photo|Photograph|Picture|Credit)s?:$/.test(t) && atEnd) {
        // "… on Monday. Photo: Jane Doe / Agency": the credit closes the caption it follows
        let k = i + 1;
        while (k < w.length && k - i < 10) {
          const x = w[k].text;
          if (/^[/|]$/.test(x) || /\/$/.test(x)) {
            k++;
            continue;
          }
          if (
            !/^\p{Lu}/u.test(x) ||
            (k > i + 2 && /^\p{Ll}/u.test(w[k + 1]?.text ?? '') && /[^/]$/.test(w[k - 1].text))
          )
            break;
          k++;
        }
        if (k < w.length) brk[k] = 2;
        // the caption it closes started at the last sentence end
        for (let q = i - 1; q > start && i - q < 60; q--)
          if (brk[q] || endsSentence(w[q - 1].text, w[q].text)) {
            brk[q] = 2;
            break;
          }
      } else if (FURNITURE.test(t) && (atEnd || brk[i])) {
        brk[i] = 2;
        // a furniture line of its own ("Advertisement", "Listen to this article | 5 mins"): the text goes on after it
        const alone = text.slice(w[i].start, w[i].start + 60).match(ALONE);
        if (alone) {
          const n = alone[0].split(/\s+/).length;
          if (i + n < w.length) brk[i + n] = 2;
        }
      } else if (FOOTER.test(t) && atEnd) brk[i] = 2;
      // a sentence that refers back ("He said …", "It was …") goes on the paragraph of the one before it, and so does
      // any sentence after a short paragraph, unless a quotation starts or ends there
      else if (
        atEnd &&
        (!BACK_REF.test(t) || i - paraStart > 60) &&
        (i - paraStart >= MIN_PARA ||
          /^["“]/.test(t) ||
          /["”]$/.test(prev) ||
          (i - paraStart >= SCENE_MIN && SCENE.test(text.slice(w[i].start, w[i].start + 60))))
      )
        brk[i] = 2;
    }
    // a bracketed credit after a sentence ("… on Sunday. (Photo: Jane Doe)"): that sentence is a caption
    if (!inQuote && atEnd && i > start && /^\((?:Photo|Credit|Picture|Image|Photograph)s?:?$/.test(t)) {
      let e = i;
      while (e < w.length && e - i < 10 && !/\)[.,]?$/.test(w[e].text)) e++;
      if (e < w.length && e - i < 10) {
        if (e + 1 < w.length) brk[e + 1] = 2;
        for (let q = i - 1; q > start && i - q < 60; q--)
          if (brk[q] || endsSentence(w[q - 1].text, w[q].text)) {
            brk[q] = 2;
            break;
          }
      }
    }
    // a photo credit ends a caption: the caption and its credit stand alone ("… on Monday. JOHN DOE/AFP via Getty Images")
    if (!inQuote && CREDIT_WORD.test(t) && i + 1 < w.length) {
      let s0 = i;
      while (s0 > start && i - s0 < 3 && /^\p{Lu}[\p{Lu}.'-]+$/u.test(w[s0 - 1].text)) s0--;
      if (s0 > start && s0 < i) brk[s0] = 0;
      if (s0 === i) brk[i] = 0;
      // the caption it closes started at the last sentence end
      for (let q = s0 - 1; q > start && s0 - q < 60; q--)
        if (brk[q] || endsSentence(w[q - 1].text, w[q].text)) {
          brk[q] = 2;
          break;
        }
      let e = i + 1;
      if (/^\(/.test(t) && !/\)/.test(t)) while (e < w.length && e - i < 5 && !/\)/.test(w[e - 1].text)) e++;
      if (w[e]?.text === 'via') e = Math.min(w.length, e + (w[e + 1]?.text === 'Getty' ? 3 : 2));
      else if (/^(?:Images|Photos?|Pictures)\.?$/.test(w[e]?.text ?? '')) e++;
      if (e < w.length) brk[e] = 2;
    }
    // a link to other stories ("Read more: …", "ALSO READ | …", "Related - …") stands on a line of its own, from its
    // label to the next sentence of running text (or the next sentence end): its headlines are not the story's news
    const promo = i > start && !FUNCTION_WORD.test(prev) ? promoAt(text, w[i].start) : 0;
    if (promo) {
      brk[i] = 2;
      const from = i + Math.abs(promo);
      // a list's label without a separator ("RELATED CONTENT", "Related stories") is a line of its own
      if (promo < 0 && from < w.length) brk[from] = 2;
      const r = restartAt(c, from, from + 40);
      if (r > 0) brk[r] = 2;
      else
        for (let k = from + 1; k < w.length && k - from < 40; k++)
          if (endsSentence(w[k - 1].text, w[k].text) || (/^\d/.test(w[k].text) && stampAt(text, w, k))) {
            brk[k] = 2;
            break;
          }
    }
    // a keyword line ("Iran, Soleimani, Iraq, Baghdad, poster") before a photo caption: a line of its own
    if (!inQuote && (brk[i] || atEnd)) {
      let k = i;
      while (k < w.length && k - i < 12 && /^[\p{L}\d][\p{L}\d.'-]*,$/u.test(w[k].text)) k++;
      if (
        k - i >= 3 &&
        k + 1 < w.length &&
        /^[\p{L}\d][\p{L}\d.'-]*$/u.test(w[k].text) &&
        /^\p{Lu}/u.test(w[k + 1].text)
      ) {
        brk[i] = 2;
        brk[k + 1] = 2;
      }
    }
    for (const m of marks) inQuote = m > 0 ? true : m < 0 ? false : inQuote;
    if (brk[i]) paraStart = i;
  }
  let out = '';
  let last = 0;
  for (let i = 1; i < w.length; i++) {
    if (!brk[i]) continue;
    out += text.slice(last, w[i - 1].end);
    out += '\n\n';
    last = w[i].start;
  }
  return out + text.slice(last);
}
