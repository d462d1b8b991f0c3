/**
 * Dates and times: chrono-node (casual, forwardDate false) per sentence, refined for news —
 * a bare weekday is the most recent past one; bare years; a time merged with the day next to it;
 * event-anchored relatives ("24 hours earlier", "a year later") resolved from the previous dated event;
 * "local time" converted with the time zone of the place in the sentence.
 */
import * as chrono from 'chrono-node';
import type { Doc } from './doc.ts';
import type { Entities, Place } from './entities.ts';
import { wordValue } from './numbers.ts';

export type Precision = 'year' | 'month' | 'day' | 'time';
export interface Parts {
  y: number;
  m?: number;
  d?: number;
  h?: number;
  mi?: number;
}
export interface DateMention {
  text: string;
  start: number;
  end: number;
  sent: number;
  iso: string;
  precision: Precision;
  parts: Parts;
  /** What the value was computed from: "publication 2022-04-09", "absolute", "event: 1:46 a.m. Friday". */
  resolvedFrom: string;
  /** IANA zone when the text gave a local time and the place's zone is known. */
  tz?: string;
  /** Anchored to another event mention rather than to the publication date. */
  anchored?: boolean;
  /** The event mention an anchored relative was counted from. */
  anchor?: { text: string; iso: string };
  /**
   * A relative counted back from its anchor ("the night before"): a flashback, not a step forward in the story.
   * An event introduced by "came three days after <event>" is not one: the story may go on from it.
   */
  back?: boolean;
}
export interface DateResult {
  dates: DateMention[];
  /** Relative expressions left unresolved: no publication date, or no dated event to count from. */
  unresolved: string[];
}

const WEEKDAY_RE =
  /^(?:on\s+)?(last|this\s+past|past|this|next|this\s+coming|coming|the\s+coming|the\s+next)?\s*(mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(morning|afternoon|evening|night))?$/i;
const WEEKDAY_INDEX: Record<string, number> = {
  sun: 0,
  mon: 1,
  tues: 2,
  wednes: 3,
  thurs: 4,
  fri: 5,
  satur: 6,
};
const WEEKDAY_KEYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function partsIso(p: Parts, precision: Precision, tz?: string): string {
  if (precision === 'year') return pad(p.y, 4);
  if (precision === 'month') return `${pad(p.y, 4)}-${pad(p.m ?? 1)}`;
  const day = `${pad(p.y, 4)}-${pad(p.m ?? 1)}-${pad(p.d ?? 1)}`;
  if (precision === 'day') return day;
  const t = `${day}T${pad(p.h ?? 0)}:${pad(p.mi ?? 0)}`;
  if (tz === 'UTC') return `${t}Z`;
  return tz ? `${t}${offsetOf(tz, p)}` : t;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** "+03:00" for a wall-clock time in an IANA zone. */
export function offsetOf(tz: string, p: Parts): string {
  try {
    const guess = Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1, p.h ?? 0, p.mi ?? 0);
    let fmt = formatters.get(tz);
    if (!fmt) {
      fmt = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' });
      formatters.set(tz, fmt);
    }
    const name = fmt.formatToParts(new Date(guess)).find((x) => x.type === 'timeZoneName')?.value;
    const m = name?.match(/GMT([+-]\d{2}):?(\d{2})?/);
    if (!m) return 'Z';
    return `${m[1]}:${m[2] ?? '00'}`;
  } catch {
    return '';
  }
}

/** A date moved by `n` units (minutes to years), keeping the precision its parts have. */
export function addTo(p: Parts, unit: string, n: number): Parts {
  const d = new Date(Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1, p.h ?? 12, p.mi ?? 0));
  if (unit === 'minute') d.setUTCMinutes(d.getUTCMinutes() + n);
  else if (unit === 'hour') d.setUTCHours(d.getUTCHours() + n);
  else if (unit === 'day' || unit === 'morning' || unit === 'night') d.setUTCDate(d.getUTCDate() + n);
  else if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n);
  else if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + n);
  const out: Parts = { y: d.getUTCFullYear() };
  if (p.m !== undefined || unit !== 'year') out.m = d.getUTCMonth() + 1;
  if (p.d !== undefined || ['minute', 'hour', 'day', 'morning', 'night', 'week'].includes(unit))
    out.d = d.getUTCDate();
  if (p.h !== undefined) {
    out.h = d.getUTCHours();
    out.mi = d.getUTCMinutes();
  }
  return out;
}

function partsOf(c: chrono.ParsedComponents): Parts {
  return {
    y: c.get('year') ?? 0,
    m: c.get('month') ?? undefined,
    d: c.get('day') ?? undefined,
    h: c.get('hour') ?? undefined,
    mi: c.get('minute') ?? 0,
  };
}
function precisionOf(c: chrono.ParsedComponents): Precision {
  if (c.isCertain('hour')) return 'time';
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  return 'year';
}
const PART_OF_TODAY = /^(?:early\s+|late\s+)?this\s+(?:morning|afternoon|evening)$/i;
const isTimeOnly = (c: chrono.ParsedComponents) =>
  c.isCertain('hour') &&
  !c.isCertain('day') &&
  !c.isCertain('weekday') &&
  !c.isCertain('month') &&
  !c.isCertain('year');
const isRelative = (text: string) =>
  /\b(ago|yesterday|today|tonight|tomorrow|last|next|this|earlier|later|previous|following|past|coming|recent)\b/i.test(
    text,
  ) || WEEKDAY_RE.test(text.trim());

const COUNT_WORDS =
  '\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-four|thirty|forty|forty-eight|fifty|sixty|seventy|seventy-two|ninety|a few|a couple of|a couple|several|few|couple of';
const APPROX_WORDS =
  '(?:about|around|roughly|nearly|almost|some|approximately|more than|less than|over|under|just over|just under|barely|only|just|little more than)\\s+';
/** "two days later", "about a year later", "24 hours earlier", "a day after". */
const REL_COUNT = new RegExp(
  `\\b(${APPROX_WORDS})?(${COUNT_WORDS})\\s+(minute|hour|day|night|week|month|year)s?\\s+(later|earlier|before|after|afterwards?|previously|prior)\\b`,
  'gi',
);
/** A count word right before a place in the text: "three " (before "days later"). */
const COUNT_WORD_BEFORE = new RegExp(`\\b(?:${COUNT_WORDS})\\s+$`, 'i');
/** "days later", "hours after the attack" (not "the weeks before …", a period rather than a point). */
const REL_VAGUE =
  /(?<!\bthe\s)\b(minute|hour|day|week|month|year)s\s+(later|earlier|before|after|afterwards?)\b/gi;
/** "the following day", "the next morning", "the previous week". */
const REL_NEXT =
  /\bthe\s+(following|next|previous|preceding|prior)\s+(day|morning|afternoon|evening|night|week|month|year)\b/gi;
/** "the day before", "the night after". */
const REL_THE_BEFORE =
  /\bthe\s+(day|morning|night|evening|week|month|year)\s+(before|after|earlier|prior)\b/gi;
/** "the same day", "later that day", "that night". */
const REL_SAME =
  /\b(?:(later|earlier)\s+)?(?:the\s+same|that\s+same|that)\s+(day|morning|afternoon|evening|night)\b(?![-\w])/gi;
/** Spans chrono reads as dates that are durations or vague periods in news ("for three days", "in a second"). */
const DURATION_RE =
  /^(?:in|within|for|over|after|during|under)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|more than\s+|less than\s+|just\s+)?(?:the\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|several|a few|few)\s+(?:second|minute|hour|day|night|week|month|year)s?$/i;
const VAGUE_PERIOD_RE =
  /^(?:the\s+)?(?:days|weeks|months|years|hours)\s+(?:before|after|earlier|later)$|\bsecond\b/i;
/** A time counted back in years: "ten years ago", "a decade ago", "two decades ago". */
const YEARS_AGO =
  /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|several|many)(?:-|\s+)(?:years?|decades?)\s+ago$/i;
const ABBREV_WEEKDAY_RE = /^(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;
/** A cue that the clause looks ahead, close before the date ("will travel … on Wednesday", "is due to … on Friday"). */
const AHEAD_RE =
  /\b(?:will|shall|won't|'ll|is due|are due|was due|were due|due to|scheduled|expected to|set to|plans? to|planned|planning to|going to|to be held|to take place|intends? to|aims? to|is to|are to|upcoming|coming|next|ahead of|takes? effect|(?:comes?|enters?|goes?) into (?:force|effect))\b(?:(?![.;]|\b(?:said|says|told|announced)\b).){0,60}$/i;

/**
 * Whether a date looks ahead: true when its clause says so in words ("will", "is due to", "until"); 'soft' when
 * only the verb that governs a month does (a modal or a present tense).
 */
type Ahead = boolean | 'soft';
/** A modal earlier in the sentence, or a present tense right before the month ("which expires in December"). */
const SOFT_MODAL = /\b(?:will|would|shall|'ll)\b/i;
const PRESENT_BEFORE =
  /\b[a-z]+[^s\W]s(?:\s+(?:out|off|up|again))?\s+(?:in|on|from|by|until|till|through)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$/i;
/** Words of a sentence that tells of what is to come: a modal, a forecast, a condition, a threat or a call. */
const FUTURE_CUE =
  /\b(?:will|would|shall|'ll|expected|forecasts?|unless|threat(?:en|ens|ened)|call(?:s|ed)? (?:for |an? )?(?:[\w-]+ ){0,3}(?:strike|stoppage|march|protest|shutdown|boycott)s?|plans?|planned|set to|due to|must)\b/i;
/** A sentence that tells of a past year: a reported plan in it is no plan of now. */
const PAST_YEAR = /\b(?:last year|(?:years|a year) ago|(?:in|since) (?:19|20)\d{2})\b/i;
const MODAL = /^(?:will|would|shall|should|can|could|may|might|must|'ll|wo|'d)$/i;
/** Words that open a clause of their own: a verb before them does not govern a date after them. */
const CLAUSE_OPENER = /^(?:that|which|who|whom|whose|when|where|while|because|;|:|[()—–])$/i;
/** Words that bring in an event of before ("comes after a raid on Sunday", "anger over the killing on Monday"). */
const PRIOR_EVENT = /^(?:after|since|following|amid|despite|over|as)$/i;
/**
 * A date in the subject, with no verb before it in its clause, and the clause's verb group right after it looking
 * ahead: "A hearing on Thursday is expected to decide …", "The funeral on Friday will be attended …", "Thursday's
 * vote is scheduled …" (a plain present tells nothing there: "The attack on Sunday comes after …").
 */
const SUBJECT_AHEAD =
  /^(?:['’]s(?:\s+[\w-]+)?\s+([\w-]+))?\s+(?:(?:will|shall|would|could|may|might|must|should|can|'ll)\s+(?:not\s+|also\s+|still\s+|now\s+)?(?!have\b)\w|(?:is|are)\s+(?:(?:also|now|still)\s+)?(?:expected|scheduled|set|due|slated|planned)\s+to\b)/i;
/** Words of a text that tell of violence done: a strike in it is one of arms, not a stoppage of work. */
const HARM_DONE = /\b(?:killed|killing|wounded|injured|dead|destroyed|damaged)\b/i;
/**
 * Whether a weekday in the subject looks ahead by the verb group after it (SUBJECT_AHEAD), its event noun not one of
 * violence: a hearing, a funeral or a vote is set ahead, but an attack, a blast or a raid is told once it happened,
 * whatever it is expected to bring ("The attack on Sunday is expected to fuel tensions", "Sunday's blast will …"). The
 * noun is the nearest one before the date in its clause, or the last word before the verb group after a possessive.
 */
function subjectAhead(doc: Doc, lo: number, end: number): boolean {
  const m = SUBJECT_AHEAD.exec(clauseAfter(doc, end));
  if (!m) return false;
  const W = doc.words;
  let noun = m[1];
  for (let k = lo - 1; !noun && k >= 0 && W[k].sent === W[lo].sent; k--) {
    if (W[k].pos === 'NOUN') noun = W[k].text;
    else if (/^(?:VERB|AUX|SCONJ)$/.test(W[k].pos) || CLAUSE_OPENER.test(W[k].text)) break;
  }
  if (!noun || !VIOLENT_NOUN.test(noun)) return true;
  return /^strikes?$/i.test(noun) && !HARM_DONE.test(doc.text);
}
/** The rest of a sentence after a point. */
function clauseAfter(doc: Doc, end: number): string {
  const s = doc.sentences.find((x) => x.start <= end && end <= x.end);
  return s ? doc.text.slice(end, s.end) : '';
}
/**
 * Whether the verb group that governs a weekday tells of what is still to come: a modal ("would be announced on
 * Tuesday", "can view the maps on Saturday", "may have a pass on Friday", but not "could have been killed"), a
 * present tense of the third person ("the trial continues on Monday") or a present progressive ("are marching on
 * Sunday"); news tells what is over in the past tense. The governing verb is the nearest one before the date in
 * its clause; a verb joined by "and" shares the auxiliaries of the one before ("would be handed over … and
 * produced in court on Monday"), and a to-infinitive is governed by the verb before "to" ("plans to march on
 * Sunday", "went there to protest on Sunday"). A clause or a prior event in between gives no such reading.
 */
function verbGroupAhead(doc: Doc, at: number, end: number): boolean {
  const W = doc.words;
  const lo = firstEndingAfter(W, at);
  // (a date past the last word, in a text the tagger stopped reading, has no verb of its own)
  if (lo >= W.length) return false;
  const sent = W[lo].sent;
  const inClause = (k: number) => k >= 0 && k < W.length && W[k].sent === sent;
  // "The match kicks off on Saturday": a verb with its particle the tagger took for a plural noun
  const phrasal = (k: number) =>
    W[k].pos === 'NOUN' && /[^s]s$/.test(W[k].text) && /^(?:off|out)$/i.test(W[k + 1]?.text ?? '');
  let head = lo - 1;
  for (; inClause(head); head--) {
    const w = W[head];
    if (w.pos === 'VERB' || w.pos === 'AUX' || phrasal(head)) break;
    if (PRIOR_EVENT.test(w.text)) return false;
    if (w.pos === 'SCONJ' || CLAUSE_OPENER.test(w.text)) return subjectAhead(doc, lo, end);
    // ", a premium of 31% to the closing price on Tuesday": an apposition, not the verb's own complement
    if (w.text === ',' && W[head + 1]?.pos === 'DET') return false;
  }
  if (!inClause(head)) return subjectAhead(doc, lo, end);
  // the auxiliaries before a verb (past quote marks), else those of the verb it is joined to by "and"/"or"
  const group = (h: number): number[] => {
    const out: number[] = [];
    let k = h - 1;
    while (
      inClause(k) &&
      (W[k].pos === 'AUX' || /^(?:not|n't|also|still|then|now|["“”])$/i.test(W[k].text))
    ) {
      if (W[k].pos === 'AUX') out.unshift(k);
      k--;
    }
    if (out.length === 0 && inClause(k) && W[k].pos === 'CCONJ') {
      for (let v = k - 1; inClause(v) && k - v <= 12; v--) {
        if (W[v].pos === 'SCONJ' || CLAUSE_OPENER.test(W[v].text)) break;
        if (W[v].pos === 'VERB') return group(v);
        // (a first verb the tagger took for a noun: would "rest and go back …")
        if (W[v].pos === 'AUX') return [...group(v), v];
      }
    }
    return out;
  };
  // (past a particle: "go back to war on Thursday"; "is expected to arrive on Friday", but not a perfect
  // infinitive: "is believed to have died on Sunday")
  const to = W[head - 1]?.text.toLowerCase() === 'to' && W[head - 1].pos === 'PART' ? head - 1 : -1;
  const before = to > 0 && /^(?:ADV|ADP)$/.test(W[to - 1].pos) ? to - 2 : to - 1;
  if (to > 0 && inClause(before) && (W[before].pos === 'VERB' || W[before].pos === 'AUX')) {
    if (/^(?:have|'ve)$/i.test(W[head].text)) return false;
    const lead = group(before).map((k) => W[k].text.toLowerCase());
    if (/^(?:is|are|am|'re|'s)$/.test(lead.at(-1) ?? '') && W[before].pos === 'VERB') return true;
    head = before;
  }
  const aux = group(head).map((k) => W[k].text.toLowerCase());
  const modal = aux.findIndex((a) => MODAL.test(a));
  if (modal >= 0) return !aux.slice(modal + 1).some((a) => a === 'have' || a === "'ve");
  if (MODAL.test(W[head].text)) return true;
  const verb = W[head].text;
  // a present tense after its subject ("the trial continues on Monday"), not a plural noun read as a verb: one
  // after no subject ("Earlier reports on Sunday said …") or before the clause's own verb ("reports on Sunday said")
  if (aux.length === 0) {
    let after = lo;
    while (inClause(after) && W[after].pos !== 'PUNCT' && W[after].pos !== 'VERB' && W[after].pos !== 'AUX')
      after++;
    return (
      (W[head].pos === 'VERB' || phrasal(head)) &&
      /[^s]s$/.test(verb) &&
      !SPEECH_WORD.test(verb) &&
      // (a word after a determiner is a noun however it is tagged: "the fair closes")
      (/^(?:NOUN|PROPN|PRON|ADJ)$/.test(W[head - 1]?.pos ?? '') || W[head - 2]?.pos === 'DET') &&
      !(inClause(after) && W[after].pos !== 'PUNCT')
    );
  }
  return /^(?:is|are|am|'re|'s)$/.test(aux.at(-1) ?? '') && /ing$/i.test(verb);
}
/** "needs 100,000 signatures by July 2", "must file before March 1": a deadline still to come. */
const DEADLINE_RE =
  /\b(?:needs?|must|has to|have to|is required|are required|deadline|has until|have until)\b[^.;]{0,80}\b(?:by|before|until)\s+$/i;
/** "declared Sunday a day of mourning": a day proclaimed for what is to come. */
const DECLARED_RE = /\b(?:declared|proclaimed|designated|named|announced)\s+(?:that\s+)?$/i;
const DECLARED_AS_RE =
  /^\s*(?:as\s+)?(?:an?|the)\s+(?:national\s+|official\s+|public\s+)?(?:day|holiday|date)\b/i;
/** A state told as over up to a day: "the fighting lasted until Sunday", "held the town until Monday morning". */
const LASTED_RE =
  /\b(?:lasted|stayed|remained|continued|went on|ran|raged|held|kept|controlled|occupied|waited|hid|sheltered|persisted)\b[^.;,]{0,40}$/i;
/** A state told as seen or heard up to a day: "residents described heavy gunfire … through Thursday". */
const WITNESSED_RE = /\b(?:described|recounted|heard|witnessed|saw)\b[^.;,]{0,80}$/i;
/** "holds the presidency until June": present-tense duration up to a coming month. */
const UNTIL_AHEAD_RE =
  /\b(?:is|are|holds?|runs?|lasts?|remains?|stays?|continues?|extends?)\b[^.;]{0,60}\b(?:until|till|through)\s+$/i;

/** What makes a number a clock time for sure: minutes after a colon, a.m./p.m., o'clock, a zone, a part of the day. */
const CLOCK_MARK =
  /\d:\d{2}|\d\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b(?:o'clock|noon|midday|midnight|hrs|hours|gmt|utc|local time|in the (?:morning|afternoon|evening)|at night|tonight)\b|\b\d{1,2}h\d{0,2}\b/i;
/** A number followed by these is a quantity, never a time ("from 10 percent", "at 9.30 per cent"). */
const QUANTITY_AFTER =
  /^\s*(?:%|percent|per cent|percentage|points?\b|basis\b|degrees?\b|[a-z]*(?:metres|meters|miles|tonnes|tons|kilograms)\b|million|billion|trillion|rupiah|dollars?\b|euros?\b|pounds?\b|yen\b|a share|per share)/i;
/** A bare hour at the start ("from 10", "at 10 on Friday", "from 5 to 7") or the end ("Friday at 10") of chrono's text. */
const BARE_HOUR_LEAD =
  /^(?:(?:from|to|at|by|until|till|since|between|after|before|around|about|and)\s+)?\d{1,2}(?:\s*(?:to|and|-|–)\s*|\s+|$)/i;
const BARE_HOUR_TAIL = /\s+(?:(?:at|from|by|around|about|until|till)\s+)?\d{1,2}$/i;
/** Whether chrono's time is a real clock time, judged on its text and the words right after it. */
function clockTime(text: string, after: string): boolean {
  // a game or race clock: "with 1:50 left", "2:30 to play"
  if (/^\s*(?:left|remaining|to play|to go|into the|of play|on the clock)\b/i.test(after)) return false;
  if (CLOCK_MARK.test(text)) return true;
  if (/^\s*(?:local time|gmt|utc|hrs|hours|o'clock|a\.m|p\.m|\(local\)|[A-Z][a-z]+ time\b)/.test(after))
    return true;
  // "at 9.30": a time, unless a quantity follows ("fell to 9.30 percent")
  return /\d\.\d{2}\b/.test(text) && !QUANTITY_AFTER.test(after);
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, time: 3 };

interface Rel {
  /** null: a vague count ("days later"). */
  n: number | null;
  unit: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
  /** +1 after the anchor, -1 before it, 0 the anchor's own day. */
  sign: 1 | -1 | 0;
  approx: boolean;
  /** "the following week": the period, not a day in it. */
  period?: boolean;
}

function unitOf(w: string): Rel['unit'] {
  const u = w.toLowerCase().replace(/s$/, '');
  if (u === 'night' || u === 'morning' || u === 'afternoon' || u === 'evening') return 'day';
  return u as Rel['unit'];
}
function countOf(w: string): number | null {
  const t = w.toLowerCase().trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (t === 'a' || t === 'an') return 1;
  if (/couple/.test(t)) return 2;
  if (/few|several/.test(t)) return null;
  return wordValue(t);
}

/**
 * Whether "N days after/before" introduces the event named next ("The strike came two days after militants
 * stormed a base": the storming is two days before the strike) rather than a point counted from the anchor.
 */
function introducesEvent(
  sentText: string,
  relStart: number,
  relEnd: number,
  anchorInSentence: boolean,
): boolean {
  const after = sentText.slice(relEnd);
  if (!/^\s+(?!that\b|this\b|it\b|which\b)[\w"'‘“]/.test(after)) return false;
  const before = sentText.slice(0, relStart);
  return (
    anchorInSentence ||
    /\b(?:came|comes|come|followed|follows|happened|occurred|took place|began|started|was|were|is|just|only|barely),?\s*$/i.test(
      before,
    ) ||
    /,\s*$/.test(before)
  );
}

const SPEECH_WORD =
  /^(?:said|says|announced|reported|confirmed|told|stated|added|claimed|claims|statement|released|issued|published|denied|posted|tweeted|accused|accuses)$/i;
/** Whether a date at `at` is the day something was said or claimed, not the day of an event. */
function statementDay(doc: Doc, at: number): boolean {
  const before = doc.text.slice(Math.max(0, at - 40), at);
  if (
    /\b(?:said|says|announced|reported|confirmed|told (?:[\w-]+ ){0,4}|stated|added|statement|claimed)\s+(?:late |early )?(?:on |in |at )?$/i.test(
      before,
    )
  )
    return true;
  // "said in a statement read on state television on Monday evening": the day the statement went out
  if (
    /\b(?:statement|address|announcement|communiqu[eé])\s+(?:was\s+)?(?:read|issued|released|broadcast|aired|posted|published|delivered)\b[^.;"“”]{0,40}$/i.test(
      doc.text.slice(Math.max(0, at - 80), at),
    )
  )
    return true;
  // "said at a news conference in the state capital, Morelia, on Wednesday", "told reporters during a briefing on
  // Friday": the day of a frame of speaking, however far its place puts the date from the verb (but not the day of what
  // a clause after it tells: "said in an interview that gunmen stormed the town on Tuesday")
  if (
    /\b(?:said|says|told (?:[\w-]+ ){0,3}?|spoke|speaking|announced)\s*(?:to reporters\s+)?(?:at|in|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:news conference|press conference|press briefing|briefing|interview|televised address|address|speech|hearing)\b(?:(?!\b(?:that|who|which|after|when|where|while|as)\b)[^.;"“”]){0,60}$/i.test(
      doc.text.slice(Math.max(0, at - 140), at),
    )
  )
    return true;
  // "claimed the attack on Friday": a speech word, then no verb, then the date
  const W = doc.words;
  const lo = firstEndingAfter(W, at);
  const sent = lo < W.length ? W[lo].sent : -1;
  for (let i = lo - 1, n = 0; i >= 0 && n < 6 && W[i].sent === sent; i--, n++) {
    if (SPEECH_WORD.test(W[i].text)) {
      // "the fire was reported at 2:15 p.m.": when the fire was first seen, not a statement about it
      if (/^reported$/i.test(W[i].text) && i > 0 && /^(?:was|were|first)$/i.test(W[i - 1].text)) return false;
      return true;
    }
    if (W[i].pos === 'VERB' || W[i].pos === 'AUX' || W[i].pos === 'PUNCT' || W[i].pos === 'SCONJ')
      return false;
  }
  return false;
}
/**
 * A date told in passing rather than on the story's line of events: in a relative clause about someone ("a mother
 * of five who reached the town on Wednesday") or in back-story under a speech verb ("the mayor said residents had
 * buried the bodies on Monday morning"). A weak anchor for "the following day", like a statement's day.
 */
function sideDate(doc: Doc, d: DateMention): boolean {
  const sentStart = doc.sentences[d.sent].start;
  const lead = doc.text.slice(Math.max(sentStart, d.start - 90), d.start);
  if (/\b(?:who|whom)\s+(?:had\s+)?(?:[\w'-]+\s+){1,6}(?:on|in|at|by|late|early)?\s*$/i.test(lead))
    return true;
  return /\b(?:said|says|told|added|according to)\b[^.;"“”]{0,40}\bhad\s+(?!been\b)[a-z]+(?:ed|en|t)\b[^.;,"“”]{0,60}$/i.test(
    lead,
  );
}
/** Whether `at` lies inside a direct quotation of its paragraph (an odd number of quote marks before it). */
function quotedAt(doc: Doc, at: number): boolean {
  const para = doc.paragraphs[doc.sentences[sentenceOf(doc, at)]?.para ?? 0];
  if (!para) return false;
  return ((doc.text.slice(para.start, at).match(/["“”]/g)?.length ?? 0) & 1) === 1;
}
function sentenceOf(doc: Doc, at: number): number {
  return Math.min(firstEndingAfter(doc.sentences, at), doc.sentences.length - 1);
}
/** The index of the first span (of spans in text order) that ends after `at`; the length when none does. */
function firstEndingAfter(spans: readonly { end: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** The wire dateline's date ("YEREVAN, Dec 5 (Agency) —"): the day of filing, not an event. */
export function datelineDate(doc: Doc, d: DateMention): boolean {
  const para = doc.paragraphs[doc.sentences[d.sent].para];
  if (!para) return false;
  if (doc.dateline) return doc.dateline.includes(d.text) && d.start - para.start <= doc.dateline.length + 2;
  // (a dateline the layout left in the lead, "TOWN/CITY, May 3 (Agency) -", is one all the same; so is a city in
  // capitals with its date and a colon, "KATHMANDU, Jan 19:")
  if (d.start - para.start > 70) return false;
  const head = doc.text.slice(para.start, d.start);
  const tail = doc.text.slice(d.end, d.end + 50);
  // (further down, a page of several wire items opens each on its own dateline: "JAMMU, May 14 (PTI) Pakistani …")
  if (para.index > 4) return CAPS_HEAD.test(head) && AGENCY_TAIL.test(tail);
  // (and so is a date opening the paragraph before the agency or city in brackets: "July 9, 2026 (PORT SUDAN) –")
  return (
    ((WIRE_HEAD.test(head) || !head.trim()) && WIRE_TAIL.test(tail)) ||
    (CAPS_HEAD.test(head) && COLON_TAIL.test(tail))
  );
}
/** The places of a wire dateline before its date, and the agency and dash after it. */
const WIRE_HEAD = /^\p{Lu}[\p{L} .'/-]{2,50}(?:,\s*\p{Lu}[\p{L} .'-]{2,30}){0,2},\s*$/u;
const WIRE_TAIL = /^(?:,? \d{4})?\s*\([^)]{1,40}\)\s*[-–—]/;
/** A dateline's city in capitals ("NEW DELHI, "), and the colon after its date. */
const CAPS_HEAD = /^\p{Lu}[\p{Lu} .'/-]{2,40},\s*$/u;
const COLON_TAIL = /^(?:,? \d{4})?\s*:/;
/** The agency in brackets after a dateline's date, with or without a dash: "(PTI) ", "(Reuters) -". */
const AGENCY_TAIL = /^(?:,? \d{4})?\s*\([^)]{1,40}\)\s/;

/** "continued into Tuesday", "until Friday": the end of something already dated, not a new event. */
function continuation(doc: Doc, d: DateMention): boolean {
  return /\b(?:into|through|until|till|throughout)\s+(?:the\s+)?$/i.test(
    doc.text.slice(Math.max(0, d.start - 20), d.start),
  );
}

interface RelMatch {
  start: number;
  end: number;
  text: string;
  rel: Rel;
  /** "after"/"before" followed by the event it counts from. */
  beforeAfter: 'after' | 'before' | null;
}

/** Event-anchored relative expressions in one sentence. */
function findRelatives(text: string): RelMatch[] {
  const out: RelMatch[] = [];
  const taken = (a: number, b: number) => out.some((m) => m.start < b && a < m.end);
  const push = (m: RegExpExecArray, rel: Rel, beforeAfter: RelMatch['beforeAfter'] = null) => {
    const start = m.index;
    const end = m.index + m[0].length;
    // "lasted more than three hours before air support arrived", "for two days before": a duration
    if (
      /\b(?:lasted|lasts|last|lasting|took|takes|spent|spend|for|within|during|over)\s+$/i.test(
        text.slice(0, start),
      )
    )
      return;
    if (!taken(start, end)) out.push({ start, end, text: m[0], rel, beforeAfter });
  };
  const signOf = (dir: string): 1 | -1 => (/^(later|after|afterwards?|following|next)$/i.test(dir) ? 1 : -1);
  for (const m of text.matchAll(REL_COUNT)) {
    const dir = m[4].toLowerCase();
    push(
      m as RegExpExecArray,
      {
        n: countOf(m[2]),
        unit: unitOf(m[3]),
        sign: signOf(dir),
        approx: Boolean(m[1]) || /few|several/i.test(m[2]),
      },
      dir === 'after' || dir === 'before' ? dir : null,
    );
  }
  for (const m of text.matchAll(REL_VAGUE)) {
    if (COUNT_WORD_BEFORE.test(text.slice(0, m.index))) continue;
    const dir = m[2].toLowerCase();
    push(
      m as RegExpExecArray,
      { n: null, unit: unitOf(m[1]), sign: signOf(dir), approx: true },
      dir === 'after' || dir === 'before' ? dir : null,
    );
  }
  for (const m of text.matchAll(REL_NEXT)) {
    const unit = unitOf(m[2]);
    push(m as RegExpExecArray, {
      n: 1,
      unit,
      sign: signOf(m[1].toLowerCase()),
      approx: false,
      period: unit !== 'day',
    });
  }
  for (const m of text.matchAll(REL_THE_BEFORE)) {
    // ("in the evening after talks with …": the part of a day, then what came before it; not the evening after)
    if (/^(?:morning|night|evening)$/i.test(m[1]) && /\bin\s+$/i.test(text.slice(0, m.index))) continue;
    const unit = unitOf(m[1]);
    push(m as RegExpExecArray, {
      n: 1,
      unit,
      sign: signOf(m[2].toLowerCase()),
      approx: false,
      period: unit !== 'day',
    });
  }
  for (const m of text.matchAll(REL_SAME))
    push(m as RegExpExecArray, { n: 0, unit: 'day', sign: 0, approx: false });
  return out.sort((a, b) => a.start - b.start);
}

/** The date a relative expression denotes, from its anchor; null when the expression is too vague. */
function applyRel(
  rel: Rel,
  inverse: boolean,
  anchor: DateMention,
): { parts: Parts; precision: Precision } | null {
  const sign = (inverse ? -rel.sign : rel.sign) as number;
  let n = rel.n;
  let precision: Precision;
  if (n === null) {
    // vague counts: "hours later" is about the same day, "days later" the same month, "months later" the year
    if (rel.unit === 'minute' || rel.unit === 'hour') {
      n = 0;
      precision = 'day';
    } else if (rel.unit === 'day' || rel.unit === 'week') {
      n = rel.unit === 'day' ? 3 : 3;
      precision = 'month';
    } else if (rel.unit === 'month') {
      n = 3;
      precision = 'year';
    } else return null;
  } else if (rel.unit === 'minute' || rel.unit === 'hour' || rel.unit === 'day') precision = 'day';
  else if (rel.unit === 'week') precision = rel.approx || rel.period ? 'month' : 'day';
  else if (rel.unit === 'month') precision = rel.approx ? 'year' : 'month';
  else precision = 'year';
  if (rel.approx && precision === 'day' && rel.unit === 'day' && (n ?? 0) > 3) precision = 'month';
  if (RANK[anchor.precision] < RANK[precision])
    precision = anchor.precision === 'time' ? 'day' : anchor.precision;
  // count on the anchor's full value, then keep only what the expression is precise about
  const base: Parts = { y: anchor.parts.y, m: anchor.parts.m, d: anchor.parts.d };
  if (anchor.parts.h !== undefined && (rel.unit === 'hour' || rel.unit === 'minute')) {
    base.h = anchor.parts.h;
    base.mi = anchor.parts.mi;
  }
  const moved = addTo(base, rel.unit, sign * n);
  const parts: Parts = { y: moved.y };
  if (precision !== 'year') parts.m = moved.m ?? anchor.parts.m;
  if (precision === 'day') parts.d = moved.d ?? anchor.parts.d;
  return { parts, precision };
}

interface Raw {
  text: string;
  start: number;
  end: number;
  sent: number;
  /** chrono's reading; absent for relatives and bare years. */
  comp?: chrono.ParsedComponents;
  rel?: RelMatch;
  year?: number;
  /** With a bare year: the month its edge names ("the end of 2023" → 12). */
  month?: number;
  /** "later that year", "that same year": the year the text named last before it. */
  thatYear?: boolean;
  /** A named day holding a weekday word ("Palm Sunday", "Black Friday"): its date when known, else null. */
  feast?: { parts: Parts | null; from: string };
}

/** A name that makes the weekday after it a named day, not that weekday ("Good Friday", "Super Tuesday"). */
const FEAST_LEAD_RE =
  /\b(?:(Orthodox)\s+)?(Palm|Easter|Good|Holy|Maundy|Spy|Ash|Shrove|Fat|Whit|Pentecost|Trinity|Low|Passion|Black|Cyber|Giving|Super|Bloody|Mothering|Remembrance)\s+$/;
/** Days counted from Easter Sunday, by the name before the weekday and the weekday. */
const EASTER_OFFSETS: Record<string, number> = {
  'palm sun': -7,
  'passion sun': -14,
  'easter sun': 0,
  'easter mon': 1,
  'good fri': -2,
  'holy satur': -1,
  'holy thurs': -3,
  'maundy thurs': -3,
  'holy wednes': -4,
  'spy wednes': -4,
  'ash wednes': -46,
  'shrove tues': -47,
  'fat tues': -47,
  'whit sun': 49,
  'pentecost sun': 49,
  'whit mon': 50,
  'trinity sun': 56,
  'low sun': 7,
};

/** Western Easter Sunday of a year (the anonymous Gregorian computus). */
export function easterSunday(y: number): Parts {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/**
 * A named day such as "Palm Sunday": a movable Christian feast is dated by the computus when the one of the
 * publication year falls within the story's days (two weeks before to a week after publication) and the sentence
 * names no other year; anything else (secular names, Orthodox feasts, feasts of other years) stays unresolved.
 */
function feastDay(
  lead: RegExpMatchArray,
  wk: string,
  sentence: string,
  pub: Parts | null,
  year?: number,
): Raw['feast'] {
  const name = `${lead[2]} ${wk[0].toUpperCase()}${wk.slice(1)}day`;
  const off = EASTER_OFFSETS[`${lead[2].toLowerCase()} ${wk}`];
  if (lead[1] || off === undefined || !pub)
    return { parts: null, from: `${name}: a named day, not the weekday` };
  // (a year named right after it, "Palm Sunday last year": that year's, whenever it fell)
  if (year !== undefined) {
    const p = addTo(easterSunday(year), 'day', off);
    return {
      parts: { y: p.y, m: p.m, d: p.d },
      from: `${name} ${year} (the year named after it, by the computus)`,
    };
  }
  const years = [...sentence.matchAll(/\b(1[89]\d{2}|20\d{2})\b/g)].map((m) => Number(m[1]));
  if (years.some((y) => y !== pub.y)) return { parts: null, from: `${name} of another year` };
  const parts = addTo(easterSunday(pub.y), 'day', off);
  const t = (p: Parts) => Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1);
  const days = (t(parts) - t(pub)) / 86400000;
  if (days < -14 || days > 7) return { parts: null, from: `${name}: not within the days of the report` };
  return {
    parts: { y: parts.y, m: parts.m, d: parts.d },
    from: `${name} ${pub.y} (${off === 0 ? 'Easter' : `${Math.abs(off)} days ${off < 0 ? 'before' : 'after'} Easter`} by the computus)`,
  };
}

/** Right after a month without a year: "October 14 that year", "March of that same year", "July the same year". */
const THAT_YEAR_AFTER = /^,?\s+(?:of\s+)?(?:that|the same|that same)\s+year\b/i;
/** A year told only as the one named before: "later that year", "that same year", "earlier the same year". */
const THAT_YEAR_RE = /\b(?:(?:later|earlier)\s+(?:that|the same|that same)\s+year|that same year)\b/gi;

/** The year the text named last before a position (a written year, not one resolved from the publication). */
function lastNamedYear(dates: DateMention[], at: number): DateMention | null {
  for (let k = dates.length - 1; k >= 0; k--) {
    const d = dates[k];
    if (d.start < at && (d.resolvedFrom === 'absolute' || d.resolvedFrom.startsWith('the year named before')))
      return d;
  }
  return null;
}

const ZONE_KINDS = ['facility', 'city', 'province', 'region', 'country'];

/** The time zone of the place a sentence (or its paragraph, or the sentence before) is about. */
function placeZone(doc: Doc, ents: Entities, sent: number): string | null {
  const para = doc.sentences[sent].para;
  const cands = ents.mentions.filter(
    (m) =>
      m.kind === 'place' && (m.sent === sent || doc.sentences[m.sent].para === para || m.sent === sent - 1),
  );
  for (const kind of ZONE_KINDS) {
    const sorted = [...cands].sort((a, b) => Math.abs(a.sent - sent) - Math.abs(b.sent - sent));
    for (const m of sorted) {
      const p = ents.byId.get(m.id) as Place | undefined;
      if (p?.kind === kind && p.tz) return p.tz;
    }
  }
  return null;
}

/**
 * "the night of October 16", "by afternoon on Saturday": chrono drops the date after "night of" or "afternoon on", so
 * the words are hidden from it.
 */
const NIGHT_OF_RE =
  /\b(?:the\s+)?(?:night|morning|evening|afternoon|early hours|small hours)\s+(?:of|on)\s+$/i;
const NIGHT_OF_MASK =
  /\b(?:night|morning|evening|afternoon|early hours|small hours)\s+(?:of|on)\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:\s*(?:-|–|to|into)\s*\d{1,2})?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)/gi;
/** A wire-style clock time without a colon and with a zone: "2315 GMT", "0400 UTC". */
const MILITARY_TIME = /\b([01]\d|2[0-3])([0-5]\d)(?=\s*(?:GMT|UTC|Z)\b)/g;
/** A numeric date with its year: "04/02/2026", "21.07.2026", "12-11-2026". */
const NUMERIC_DATE = /\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})\b/g;
type NumericOrder = 'dmy' | 'mdy';

/**
 * How a text writes its numeric dates: day first when one of them can only be read so ("22/06/2026"), month first
 * when one can only be read that way ("06/22/2026"). When every one could be either, the reading nearer the
 * publication day (a page's stamp is that day or close to it), else the page's house style (see `houseStyle`).
 */
function numericOrder(text: string, pub: Parts | null): (a: number, b: number, y: number) => NumericOrder {
  let dmy = 0;
  let mdy = 0;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  let style: NumericOrder | undefined;
  return (a, b, y) => {
    if (a > 12) return 'dmy';
    if (b > 12) return 'mdy';
    if (dmy !== mdy) return dmy > mdy ? 'dmy' : 'mdy';
    if (!pub) {
      style ??= houseStyle(text);
      return style;
    }
    const at = (m: number, d: number) =>
      Math.abs(Date.UTC(y, m - 1, d) - Date.UTC(pub.y, (pub.m ?? 1) - 1, pub.d ?? 1));
    return at(b, a) < at(a, b) ? 'dmy' : 'mdy';
  };
}

const MONTH_WORD =
  '(?:January|Jan|February|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul|August|Aug|September|Sept|Sep|October|Oct|November|Nov|December|Dec)';
const DAY_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}\b`, 'g');
const MONTH_DAY = new RegExp(String.raw`\b${MONTH_WORD}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![.:/-]?\d)`, 'g');
/** Day-first house styles: "02.07.2026" and "02-07-2026" (no US page writes those), "14h30" (francophone times). */
const DAY_FIRST_MARK = /\b\d{1,2}[.-]\d{1,2}[.-](?:19|20)\d{2}\b|\b\d{1,2}h\d{2}\b/g;

/**
 * The order of an ambiguous numeric date ("02/07/2026") on a page with no publication date to compare it with: the
 * page's house style, read from how it writes its other dates ("2 July" or "July 2") and its day-first marks; month
 * first when nothing tells.
 */
function houseStyle(text: string): NumericOrder {
  const dayFirst = (text.match(DAY_MONTH)?.length ?? 0) + (text.match(DAY_FIRST_MARK)?.length ?? 0);
  return dayFirst > (text.match(MONTH_DAY)?.length ?? 0) ? 'dmy' : 'mdy';
}

/**
 * A numeric date rewritten as chrono reads it, month first with slashes, in as many characters ("04/02/2026" of a
 * day-first page → "02/04/2026"; "21.07.2026" → "07/21/2026").
 */
function monthFirst(text: string, order: ReturnType<typeof numericOrder>): string {
  return text.replace(NUMERIC_DATE, (_m, a: string, _sep: string, b: string, y: string) =>
    order(Number(a), Number(b), Number(y)) === 'dmy' ? `${b}/${a}/${y}` : `${a}/${b}/${y}`,
  );
}

/**
 * The sentence as chrono should read it ("2315 GMT" → "23:15 GMT", "night of " blanked, numeric dates month
 * first), with a map from its offsets back to the sentence's.
 */
function chronoInput(
  text: string,
  order: ReturnType<typeof numericOrder>,
): { text: string; back: (i: number) => number } {
  const inserted: number[] = [];
  let out = monthFirst(text, order).replace(NIGHT_OF_MASK, (m) => ' '.repeat(m.length));
  if (/\d{4}\s*(?:GMT|UTC|Z)\b/.test(out)) {
    let shift = 0;
    out = out.replace(MILITARY_TIME, (_m, h: string, mi: string, at: number) => {
      inserted.push(at + shift + 2);
      shift++;
      return `${h}:${mi}`;
    });
  }
  return {
    text: out,
    back: (i) => i - inserted.filter((p) => p < i).length,
  };
}

let parserCache: chrono.Chrono | null = null;
function parser(): chrono.Chrono {
  if (!parserCache) parserCache = chrono.casual.clone();
  return parserCache;
}

/**
 * The length of the words between a time and a day, not counting a restatement of the time set apart in brackets
 * or the zone it is told in: "at 10am local time (08:00 GMT) on Saturday" has the day as close as "at 10am on Saturday".
 */
function asideGap(between: string): number {
  return between
    .replace(/\([^()]{0,40}\)/g, '')
    .replace(/\b(?:local|[A-Z][a-z]+)\s+time\b/g, '')
    .trim().length;
}

/**
 * The days between a local time and the day told with its restatement in GMT in brackets right after it ("2:15
 * a.m. local time (2315 GMT on Friday)": +1, "9:30 pm local time (0030 GMT Sunday)": -1); 0 when the day is not
 * the GMT one, or the two fall on the same day. No zone is more than 14 hours from GMT, so a larger gap in the clock
 * crosses midnight.
 */
function gmtDayShift(after: string, h: number, mi: number): number {
  const g = after.match(/\(\s*(?:at\s+)?([01]?\d|2[0-3])[:.]?([0-5]\d)\s*(?:GMT|UTC|Z)\b[^()]*$/);
  if (!g) return 0;
  const diff = h * 60 + mi - (Number(g[1]) * 60 + Number(g[2]));
  return diff < -12 * 60 ? 1 : diff > 14 * 60 ? -1 : 0;
}

/** The year named right after a day or a month: "March 17 last year", "on 4 June this year", "in May last year". */
const YEAR_AFTER = /^,?\s+(last|this|next) year\b/i;

/** Resolves every date and time expression in the body. `published` is YYYY-MM-DD or null. */
export function extractDates(doc: Doc, ents: Entities, published: string | null): DateResult {
  const pub = published ? published.split('-').map(Number) : null;
  const ref = pub ? new Date(Date.UTC(pub[0], pub[1] - 1, pub[2], 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const pubParts: Parts | null = pub ? { y: pub[0], m: pub[1], d: pub[2] } : null;
  const order = numericOrder(doc.text, pubParts);
  const raws: Raw[] = [];
  for (const s of doc.sentences) {
    if (s.text.length > 5000) continue; // chrono on one giant "sentence" is slow and never meaningful
    if (
      !/\d|day|month|year|week|hour|minute|night|morning|evening|afternoon|ago|yesterday|tomorrow|tonight|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\./i.test(
        s.text,
      )
    )
      continue;
    /** A date chrono found in a part of the sentence, at offset `at` of the sentence. */
    const pushPart = (t: string, at: number, comp: chrono.ParsedComponents) =>
      raws.push({ text: t, start: s.start + at, end: s.start + at + t.length, sent: s.index, comp });
    const rels = findRelatives(s.text);
    for (const m of rels)
      raws.push({
        text: m.text,
        start: s.start + m.start,
        end: s.start + m.end,
        sent: s.index,
        rel: m,
      });
    const prep = chronoInput(s.text, order);
    // (the end of a mention that took the words after it: "March 17 last year")
    let claimedUntil = -1;
    for (const r0 of parser().parse(prep.text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
      // back to the sentence's own characters: "2315 GMT", "the night of October 16"
      let from = prep.back(r0.index);
      if (s.start + from < claimedUntil) continue;
      const to = prep.back(r0.index + r0.text.length);
      const night = s.text.slice(0, from).match(NIGHT_OF_RE);
      if (night) from -= night[0].length;
      const r = { index: from, text: s.text.slice(from, to), start: r0.start };
      const text = r.text.replace(/[\s,]+$/, '').replace(/^([^(]*)\)$/, '$1');
      if (/^(now|present|currently|today's|the moment|night|morning|evening|afternoon)$/i.test(text))
        continue;
      if (DURATION_RE.test(text) && !(/^in\s/i.test(text) && AHEAD_RE.test(s.text.slice(0, r.index))))
        continue;
      if (VAGUE_PERIOD_RE.test(text) || ABBREV_WEEKDAY_RE.test(text)) continue;
      // (English never says "last day" for yesterday: "on the last day of the uprising" is the end of a span, and so
      // are "the last days of the 2021 evacuation")
      if (/^last days?$/i.test(text)) continue;
      // counted relatives are read above (anchored) or are durations ("lasted three hours before …")
      if (/\b(?:minute|hour|day|night|week|month|year)s?\s+(?:before|after|earlier|later)$/i.test(text))
        continue;
      if (/\b(?:march|may)\b/.test(text) && !/\d/.test(text)) continue; // the noun and the verb, not months
      // a month's name that begins a place's name ("August Town", "March Field"): a capitalised word right after a
      // bare month that is no day, year or weekday
      if (
        /^(?:in\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(
          text,
        ) &&
        /^\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)\p{Lu}\p{Ll}/u.test(
          s.text.slice(r.index + text.length),
        )
      )
        continue;
      const a = r.index;
      const b = r.index + text.length;
      if (rels.some((m) => m.start < b && a < m.end)) continue;
      // "on Palm Sunday", "Black Friday sales": a named day, never the bare weekday
      const bareWk = text.match(/^(mon|tues|wednes|thurs|fri|satur|sun)day\b/i);
      // "every Saturday", "each Friday night": the day of a habit, no date
      if (bareWk && /\b(?:every|each)\s+$/i.test(s.text.slice(0, r.index))) continue;
      const feastLead = bareWk ? s.text.slice(0, r.index).match(FEAST_LEAD_RE) : null;
      if (bareWk && feastLead) {
        const a0 = feastLead.index ?? r.index;
        const wkEnd = r.index + bareWk[0].length;
        // ("Palm Sunday last year": the feast of the year named after it, one mention)
        const named = pub ? YEAR_AFTER.exec(s.text.slice(wkEnd)) : null;
        const end = wkEnd + (named?.[0].length ?? 0);
        const year =
          named && pub
            ? pub[0] + (/^last$/i.test(named[1]) ? -1 : /^next$/i.test(named[1]) ? 1 : 0)
            : undefined;
        raws.push({
          text: s.text.slice(a0, end),
          start: s.start + a0,
          end: s.start + end,
          sent: s.index,
          feast: feastDay(feastLead, bareWk[1].toLowerCase(), s.text, pubParts, year),
        });
        if (named) claimedUntil = s.start + end;
        // "Palm Sunday at 9:20 a.m.": the time after the name stays a time of that day
        const rest = text.slice(bareWk[0].length);
        const restAt = wkEnd + (rest.match(/^\W*/)?.[0].length ?? 0);
        for (const r2 of parser().parse(rest, { instant: ref, timezone: 0 }, { forwardDate: false })) {
          if (!isTimeOnly(r2.start)) continue;
          const t2 = r2.text.replace(/[\s,]+$/, '');
          const a2 = s.text.indexOf(t2, restAt);
          if (a2 >= 0) pushPart(t2, a2, r2.start);
        }
        continue;
      }
      const forLead = text.match(/^for\s+(?:\S+\s+){1,4}?(?=(?:on|in|at|last|this|next)\s)/i)?.[0];
      if (forLead || (r.start.isCertain('hour') && !clockTime(text, s.text.slice(b, b + 30)))) {
        // a bare number chrono took for an hour ("from 10 percent", "at 10 on Friday"), or a period glued to the
        // date ("For three quarters on Saturday night"): keep the date part only
        const rest = forLead
          ? text.slice(forLead.length)
          : text.replace(BARE_HOUR_LEAD, '').replace(BARE_HOUR_TAIL, '');
        const at = rest ? s.text.indexOf(rest, a) : -1;
        if (!rest || at < 0 || !/\p{L}{3}/u.test(rest) || rest === text) continue;
        for (const r2 of parser().parse(rest, { instant: ref, timezone: 0 }, { forwardDate: false })) {
          if (r2.start.isCertain('hour')) continue;
          const t2 = r2.text.replace(/[\s,]+$/, '');
          if (/^(now|present|currently|night|morning|evening|afternoon)$/i.test(t2)) continue;
          pushPart(t2, at + r2.index, r2.start);
        }
        continue;
      }
      // "on March 17 last year", "in March last year", "the afternoon of 18 July last year": the day or the month of
      // the year named after it, one mention (chrono's reading of the day or month, with that year set)
      const named =
        pub && (r.start.isCertain('day') || r.start.isCertain('month')) && !r.start.isCertain('year')
          ? YEAR_AFTER.exec(s.text.slice(b))
          : null;
      if (named && pub && r.start instanceof chrono.ParsingComponents) {
        const y = pub[0] + (/^last$/i.test(named[1]) ? -1 : /^next$/i.test(named[1]) ? 1 : 0);
        const end = b + named[0].length;
        raws.push({
          text: s.text.slice(a, end),
          start: s.start + a,
          end: s.start + end,
          sent: s.index,
          comp: r.start.clone().assign('year', y),
        });
        claimedUntil = s.start + end;
        continue;
      }
      raws.push({ text, start: s.start + a, end: s.start + b, sent: s.index, comp: r.start });
    }
  }
  // bare years ("a 2015 nuclear deal", "in 2018") that chrono leaves alone: anchors for "a year later"
  const rawCovered = (a: number, b: number) => raws.some((d) => d.start < b && a < d.end);
  for (const s of doc.sentences) {
    if (s.text.length > 5000) continue;
    const re = /(?<![$€£#\d,./-])\b(1[89]\d{2}|20\d{2})\b(?![\d,.]\d|\s*(?:%|percent|per cent)|-\d)/g;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const a = s.start + m.index;
      const b = a + m[0].length;
      if (rawCovered(a, b)) continue;
      // "left at the end of 2023" is its December, "the start of 2024" its January; a deadline ("by the end of
      // 2026", "until the end of 2026") names the year it falls in, no sharper
      const edge = s.text
        .slice(0, m.index)
        .match(
          /(?<!\b(?:by|until|till|before|through|to)\s+(?:the\s+)?)\b(?:the\s+)?(end|close|beginning|start)\s+of\s+$/i,
        );
      if (edge) {
        const from = a - edge[0].length;
        const month = /^(?:end|close)$/i.test(edge[1]) ? 12 : 1;
        raws.push({
          text: doc.text.slice(from, b),
          start: from,
          end: b,
          sent: s.index,
          year: Number(m[1]),
          month,
        });
      } else raws.push({ text: m[0], start: a, end: b, sent: s.index, year: Number(m[1]) });
    }
  }
  for (const s of doc.sentences) {
    if (s.text.length > 5000 || !/\byear\b/i.test(s.text)) continue;
    for (const m of s.text.matchAll(THAT_YEAR_RE)) {
      const a = s.start + (m.index ?? 0);
      const b = a + m[0].length;
      if (!rawCovered(a, b)) raws.push({ text: m[0], start: a, end: b, sent: s.index, thatYear: true });
    }
  }
  raws.sort((a, b) => a.start - b.start);

  const dates: DateMention[] = [];
  const unresolved: string[] = [];
  let lastEvent: DateMention | null = null;
  const used = new Set<Raw>();
  // the day a statement was made is a weak anchor: "the ministry said on Tuesday", "claimed the attack on Friday"
  // … and so is a relative counted from one ("accused each other on Thursday … the same evening")
  const saidOn = (d: DateMention) => statementDay(doc, d.start) || fromStatement.has(d);
  // the people, places and organisations named in each sentence (the named subjects of the story line)
  const namesBySent = new Map<number, Set<string>>();
  for (const m of ents.mentions) {
    if (m.kind !== 'person' && m.kind !== 'place' && m.kind !== 'org') continue;
    const set = namesBySent.get(m.sent) ?? new Set<string>();
    namesBySent.set(m.sent, set);
    set.add(m.id);
  }
  const sharesName = (a: number, b: number) => {
    const x = namesBySent.get(a);
    const y = namesBySent.get(b);
    if (!x || !y) return false;
    for (const id of x) if (y.has(id)) return true;
    return false;
  };
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k];
    if (used.has(r)) continue;
    used.add(r);
    if (r.thatYear) {
      // (already read as the tail of a month before it: "July that same year")
      if (dates.some((d) => d.start < r.end && r.start < d.end)) continue;
      const named = lastNamedYear(dates, r.start);
      if (!named) {
        unresolved.push(r.text);
        continue;
      }
      const parts: Parts = { y: named.parts.y };
      dates.push({
        text: r.text,
        start: r.start,
        end: r.end,
        sent: r.sent,
        iso: partsIso(parts, 'year'),
        precision: 'year',
        parts,
        resolvedFrom: `the year named before: ${named.text} (${named.parts.y})`,
      });
      continue;
    }
    if (r.year !== undefined) {
      const parts: Parts = r.month ? { y: r.year, m: r.month } : { y: r.year };
      const precision: Precision = r.month ? 'month' : 'year';
      dates.push({
        text: r.text,
        start: r.start,
        end: r.end,
        sent: r.sent,
        iso: partsIso(parts, precision),
        precision,
        parts,
        resolvedFrom: 'absolute',
      });
      continue;
    }
    if (r.rel) {
      let m = anchoredMention(doc, r, r.rel, dates, saidOn, sharesName);
      if (m === false) continue;
      if (!m) {
        // "Two days later, on Tuesday, …": the text names the day right after the relative
        const next = raws[k + 1];
        const gap = next ? doc.text.slice(r.end, next.start) : '';
        const day =
          next?.comp && next.sent === r.sent && /^[\s,(—–-]*(?:on\s+)?$/i.test(gap) && !isTimeOnly(next.comp)
            ? resolveDay(next, pubParts, false)
            : null;
        if (day && day.parts.d !== undefined)
          m = {
            text: r.text,
            start: r.start,
            end: r.end,
            sent: r.sent,
            iso: partsIso(day.parts, 'day'),
            precision: 'day',
            parts: { y: day.parts.y, m: day.parts.m, d: day.parts.d },
            resolvedFrom: `the day named after it: ${next.text} (${partsIso(day.parts, 'day')})`,
          };
      }
      if (m) {
        dates.push(m);
        // (a relative in someone's words, "every repair we make is a target again the next night", tells no step of
        // the story: the times told after it keep the story's day)
        // (nor does one counted back from a day its own sentence told, "fired tear gas on Wednesday at a march for a
        // teacher shot dead two days earlier": the story stays on that day, the earlier one is a look back)
        const lookBack = r.rel.rel.sign < 0 && lastEvent?.sent === r.sent;
        if (m.precision === 'day' && !saidOn(m) && !quotedAt(doc, r.start) && !lookBack) lastEvent = m;
      } else unresolved.push(r.text);
      continue;
    }
    if (r.feast) {
      if (!r.feast.parts) {
        unresolved.push(r.text);
        continue;
      }
      const fm: DateMention = {
        text: r.text,
        start: r.start,
        end: r.end,
        sent: r.sent,
        iso: partsIso(r.feast.parts, 'day'),
        precision: 'day',
        parts: { ...r.feast.parts },
        resolvedFrom: r.feast.from,
      };
      dates.push(fm);
      if (!saidOn(fm)) lastEvent = fm;
      continue;
    }
    const c = r.comp as chrono.ParsedComponents;
    const tail = doc.text.slice(r.end, r.end + 30);
    const local =
      /^["'\s,.]*(?:\w+\s+){0,2}?local time/i.test(tail) || /^["'\s,.]*(?:\w+\s+){0,1}?\(local\)/i.test(tail);
    let text = r.text;
    let start = r.start;
    let end = r.end;
    let parts: Parts;
    let precision: Precision;
    let resolvedFrom = 'absolute';
    let anchored = false;
    const sentStart = doc.sentences[r.sent].start;
    const ahead = (o: Raw): Ahead => {
      const lead = doc.text.slice(Math.max(sentStart, o.start - 80), o.start);
      if (AHEAD_RE.test(lead) || UNTIL_AHEAD_RE.test(lead) || DEADLINE_RE.test(lead)) return true;
      if (DECLARED_RE.test(lead) && DECLARED_AS_RE.test(doc.text.slice(o.end, o.end + 40))) return true;
      if (!WEEKDAY_RE.test(o.text.trim()) && !(o.comp?.isCertain('weekday') && !o.comp.isCertain('day'))) {
        // "would follow in November", "which expires in December": a later month of the year is this year's,
        // unless the sentence tells of a past year ("Last year the president said the mission would end …")
        const month = o.comp?.isCertain('month') && !o.comp.isCertain('year');
        const before = doc.text.slice(sentStart, o.start);
        const cue = SOFT_MODAL.test(before) || PRESENT_BEFORE.test(before);
        return month &&
          cue &&
          !PAST_YEAR.test(doc.sentences[o.sent].text) &&
          verbGroupAhead(doc, o.start, o.end)
          ? 'soft'
          : false;
      }
      // "schools stay shut until Monday", "rain is expected through Wednesday": a state lasting to a coming day (not
      // one told as over: "the fighting lasted until Sunday")
      const own =
        WEEKDAY_RE.test(o.text.trim()) ||
        /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(o.text.trim());
      if (
        own &&
        /\b(?:until|till|through)\s+(?:on\s+)?$/i.test(lead) &&
        !LASTED_RE.test(lead) &&
        !WITNESSED_RE.test(lead)
      )
        return true;
      // "will publish the data unless a ransom is paid by Monday", "called a strike from Thursday": a weekday that
      // ends or opens a span, in a sentence that tells of what is to come
      if (
        own &&
        /\b(?:by|from)\s+$/i.test(lead) &&
        !/^\s*(?:\w+\s+)?(?:to|until|till|through|and)\b/i.test(doc.text.slice(o.end, o.end + 20)) &&
        FUTURE_CUE.test(doc.text.slice(sentStart, o.start))
      )
        return true;
      // "called a strike for Tuesday", "the hearing was set for Monday": the day something is set for
      // (not a day's own event: "claimed responsibility for Friday's bombing")
      const setFor = /\bfor\s+$/i.test(lead) && !/^['’]s\b/.test(doc.text.slice(o.end, o.end + 3));
      return setFor || verbGroupAhead(doc, o.start, o.end);
    };
    const speechDay = (q: Raw): [Raw, { parts: Parts }] | null => {
      const sentText = doc.sentences[q.sent].text;
      const quoted = (sentText.slice(0, q.start - sentStart).match(/["“”]/g)?.length ?? 0) % 2 === 1;
      if (!quoted) return null;
      const o = raws.find(
        (x) =>
          x.sent === q.sent && x.start > q.end && x.comp && !isTimeOnly(x.comp) && statementDay(doc, x.start),
      );
      const day = o ? resolveDay(o, pubParts, false) : null;
      return o && day && day.parts.d !== undefined ? [o, day] : null;
    };
    if (isTimeOnly(c)) {
      // a time: its day is the date expression next to it in the same sentence, else the last event's day
      const near = raws.find(
        (o) =>
          o !== r &&
          !used.has(o) &&
          (o.feast || (o.comp && !isTimeOnly(o.comp))) &&
          o.sent === r.sent &&
          asideGap(o.start >= r.end ? doc.text.slice(r.end, o.start) : doc.text.slice(o.end, r.start)) <= 12,
      );
      const h = c.get('hour') ?? 0;
      const mi = c.get('minute') ?? 0;
      // "around 9 pm Tajik time the same day", "the following day at 8 a.m.": the day is a relative next to it
      const relNear = near
        ? undefined
        : raws.find((o) => {
            if (!o.rel || used.has(o) || o.sent !== r.sent) return false;
            const gap = o.start >= r.end ? doc.text.slice(r.end, o.start) : doc.text.slice(o.end, r.start);
            return (
              gap.length <= 24 &&
              (o.start >= r.end
                ? /^[\s,]*(?:(?:local|[A-Z][a-z]+)\s+time\b)?[\s,]*(?:on\s+)?$/.test(gap)
                : /^[\s,]*(?:at|around|about|from|shortly after|just after|just before)?\s*$/i.test(gap))
            );
          });
      const relDay = relNear?.rel && anchoredMention(doc, relNear, relNear.rel, dates, saidOn, sharesName);
      if (relNear && relDay && relDay.precision === 'day') {
        used.add(relNear);
        dates.push(relDay);
        parts = { y: relDay.parts.y, m: relDay.parts.m, d: relDay.parts.d, h, mi };
        resolvedFrom = relDay.resolvedFrom;
        anchored = true;
      } else if (near) {
        // (a restatement of the time with its day, "(2315 GMT on Friday)", stays a mention of its own)
        const restated = near.comp?.isCertain('hour') ?? false;
        if (!restated) used.add(near);
        const nd = resolveDay(near, pubParts, ahead(near));
        if (!nd) {
          unresolved.push(`${r.text} ${near.text}`);
          continue;
        }
        parts = { ...nd.parts, h, mi };
        resolvedFrom = nd.from;
        // "2:15 a.m. local time (2315 GMT on Friday)": the day is that of the time in GMT, a day before the local one
        const shift = near.start >= r.end ? gmtDayShift(doc.text.slice(r.end, near.end), h, mi) : 0;
        if (shift && parts.d !== undefined) {
          parts = { ...addTo({ y: parts.y, m: parts.m, d: parts.d }, 'day', shift), h, mi };
          resolvedFrom = `${nd.from}, the GMT day ${shift > 0 ? '+' : '-'}1 in local time`;
        }
        if (!restated) {
          start = Math.min(r.start, near.start);
          end = Math.max(r.end, near.end);
          text = doc.text
            .slice(start, end)
            .replace(/"/g, '')
            .replace(/\s+/g, ' ')
            .replace(/^['\s]+|[',\s]+$/g, '');
        }
      } else if (
        lastEvent &&
        (doc.sentences[r.sent].para - doc.sentences[lastEvent.sent].para <= 3 ||
          // "said the rebels had moved on the village at around 4:30 a.m.": how the story's event began
          (doc.sentences[r.sent].para - doc.sentences[lastEvent.sent].para <= 6 &&
            sameProperNames(doc.sentences[r.sent].text, doc.sentences[lastEvent.sent].text) &&
            /\bhad\s+(?!been\b)[a-z]+(?:ed|en|t)\b[^.;"“”]{0,60}$/i.test(doc.text.slice(sentStart, r.start))))
      ) {
        // (a time that cannot fall in the part of the day the last event names, "11 p.m." after "the following
        // morning", belongs to the event told before it that it fits: "on the night of January 20")
        const told = toldOf(doc, dates, lastEvent, r.sent, saidOn);
        const from = dayPartFits(told.text, h)
          ? told
          : (dates.findLast(
              (d) =>
                (d.precision === 'day' || d.precision === 'time') &&
                d.sent <= lastEvent!.sent &&
                d.end <= lastEvent!.start &&
                !saidOn(d) &&
                doc.sentences[r.sent].para - doc.sentences[d.sent].para <= 3 &&
                partOfDay(d.text) !== null &&
                dayPartFits(d.text, h),
            ) ?? lastEvent);
        parts = { ...from.parts, h, mi };
        resolvedFrom = `event: ${from.text} (${from.iso.slice(0, 10)})`;
        // overnight: a morning hour told after an evening or night one ("between 11 p.m. on Saturday and 7 a.m.")
        // is the next morning, unless the text steps back ("earlier")
        // (not "shortly before 3 am": the words of the time itself)
        const between = doc.text
          .slice(from.end, r.start)
          .replace(/\b(?:shortly|just|a little|soon|some time)?\s*before\s*$/i, '');
        const lastH = from.precision === 'time' ? from.parts.h : undefined;
        const night =
          (lastH !== undefined && lastH >= 18) ||
          (lastH === undefined &&
            (/\b(?:night|overnight)\b/i.test(from.text) ||
              /\bnight\s+(?:of|from|between)\s+(?:the\s+)?$/i.test(
                doc.text.slice(Math.max(0, from.start - 30), from.start),
              )) &&
            h < 6);
        if (night && h < 12 && !/\b(?:earlier|before|previous|prior|that morning)\b/i.test(between)) {
          const next = addTo({ y: parts.y, m: parts.m, d: parts.d }, 'day', 1);
          parts = { ...next, h, mi };
          resolvedFrom = `event: ${from.text} (${from.iso.slice(0, 10)}), the next morning`;
        }
        anchored = true;
      } else if (pubParts) {
        parts = { ...pubParts, h, mi };
        resolvedFrom = `publication ${published}`;
      } else {
        unresolved.push(r.text);
        continue;
      }
      precision = 'time';
    } else if (/^(today|tonight|yesterday|tomorrow)$/i.test(r.text) && speechDay(r)) {
      // "What happened today is a disgrace," she told journalists on Friday: today is the day she spoke
      const [o, day] = speechDay(r) as [Raw, { parts: Parts }];
      const shift = /yesterday/i.test(r.text) ? -1 : /tomorrow/i.test(r.text) ? 1 : 0;
      parts = addTo({ y: day.parts.y, m: day.parts.m, d: day.parts.d }, 'day', shift);
      precision = 'day';
      resolvedFrom = `the day it was said: ${o.text} (${partsIso(day.parts, 'day')})`;
    } else {
      const day = resolveDay(r, pubParts, ahead(r));
      if (!day) {
        unresolved.push(r.text);
        continue;
      }
      parts = day.parts;
      resolvedFrom = day.from;
      precision = c.isCertain('hour') ? 'time' : day.precision;
      // "On October 14 that year", "in March of that year": the year the text named last before it
      const thatYear =
        !c.isCertain('year') && c.isCertain('month')
          ? THAT_YEAR_AFTER.exec(doc.text.slice(end, end + 30))
          : null;
      const named = thatYear ? lastNamedYear(dates, r.start) : null;
      if (thatYear && named) {
        parts.y = named.parts.y;
        resolvedFrom = `the year named before: ${named.text} (${named.parts.y})`;
        end += thatYear[0].length;
        text = doc.text.slice(start, end);
      }
      // "four years ago today", "a year ago to the day": that day of the year, so many years back
      const toTheDay =
        pubParts && /\bago$/i.test(r.text.trim())
          ? AGO_TODAY_AFTER.exec(doc.text.slice(end, end + 20))
          : null;
      if (toTheDay && pubParts) {
        parts = { y: parts.y, m: pubParts.m, d: pubParts.d };
        precision = 'day';
        resolvedFrom = `publication ${published}, ${r.text.trim()} to the day`;
        end += toTheDay[0].length;
        text = doc.text.slice(start, end);
        for (const o of raws) if (o.sent === r.sent && o.start >= r.end && o.start < end) used.add(o);
      }
      // "April 21, 2019, Easter Sunday", "March 3, 2021, a Wednesday": the weekday names the date before it
      const weekday = WEEKDAY_RE.exec(r.text.trim());
      const prev = dates.at(-1);
      if (
        weekday &&
        !weekday[1] &&
        prev &&
        prev.precision !== 'year' &&
        prev.precision !== 'month' &&
        /^,\s*(?:(?:a|an)\s+|\p{Lu}\p{L}+\s+)?$/u.test(doc.text.slice(prev.end, r.start)) &&
        new Date(Date.UTC(prev.parts.y, (prev.parts.m ?? 1) - 1, prev.parts.d ?? 1)).getUTCDay() ===
          WEEKDAY_INDEX[weekday[2].toLowerCase()]
      ) {
        parts = { y: prev.parts.y, m: prev.parts.m, d: prev.parts.d };
        resolvedFrom = `the date before it: ${prev.text} (${partsIso(parts, 'day')})`;
      }
      // "on a Tuesday evening, August 19 last year", "Friday, 3 April": the weekday names the date told right after it
      // when that date falls on it (a feature or a follow-up dates a day long past this way, not the last week's)
      const next = weekday && !weekday[1] ? raws[k + 1] : undefined;
      const nextDay =
        next?.comp?.isCertain('day') &&
        next.sent === r.sent &&
        /^,\s*$/.test(doc.text.slice(r.end, next.start))
          ? resolveDay(next, pubParts, ahead(next))
          : null;
      if (
        weekday &&
        nextDay?.parts.d !== undefined &&
        new Date(Date.UTC(nextDay.parts.y, (nextDay.parts.m ?? 1) - 1, nextDay.parts.d)).getUTCDay() ===
          WEEKDAY_INDEX[weekday[2].toLowerCase()]
      ) {
        parts = { y: nextDay.parts.y, m: nextDay.parts.m, d: nextDay.parts.d };
        resolvedFrom = `the date after it: ${next?.text} (${partsIso(parts, 'day')})`;
      }
      if (c.isCertain('hour')) {
        parts.h = c.get('hour') ?? 0;
        parts.mi = c.get('minute') ?? 0;
      }
      // "On a Saturday morning ten years ago", "on a Tuesday two decades ago": a weekday of the year counted back right
      // after it (an anniversary tells its day this way), not last week's
      const back = weekday && !weekday[1] ? raws[k + 1] : undefined;
      const backYear =
        back?.sent === r.sent &&
        /^\s*$/.test(doc.text.slice(r.end, back.start)) &&
        YEARS_AGO.test(back.text.trim())
          ? resolveDay(back, pubParts, false)
          : null;
      if (backYear?.precision === 'year') {
        parts = { y: backYear.parts.y };
        precision = 'year';
        resolvedFrom = `the years counted back after it: ${back?.text.trim()} (${backYear.parts.y})`;
      }
    }
    // times are the place's local time unless the text gives a zone ("local time" says so outright)
    const explicitZone = c.isCertain('timezoneOffset');
    let tz =
      precision === 'time' && (local || !explicitZone)
        ? (placeZone(doc, ents, r.sent) ?? undefined)
        : undefined;
    // "2315 GMT": the zone the text gives
    if (!tz && precision === 'time' && explicitZone && !local && c.get('timezoneOffset') === 0) tz = 'UTC';
    if (!tz && anchored && precision === 'time' && lastEvent?.tz && !explicitZone) tz = lastEvent.tz;
    const m: DateMention = {
      text,
      start,
      end,
      sent: r.sent,
      iso: partsIso(parts, precision, tz),
      precision,
      parts,
      resolvedFrom,
      tz,
      anchored,
    };
    // a time on a named day also gives the day itself ("6 p.m. on Saturday" → Saturday), listed just before it
    const dayPart =
      precision === 'time'
        ? text.match(
            /\b(?:(?:last|next|this)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?\b/i,
          )?.[0]
        : undefined;
    if (dayPart) {
      const dp: Parts = { y: parts.y, m: parts.m, d: parts.d };
      dates.push({
        ...m,
        text: dayPart,
        iso: partsIso(dp, 'day'),
        precision: 'day',
        parts: dp,
        tz: undefined,
      });
    }
    dates.push(m);
    // "(2315 GMT on Friday)" restates the time before it in another zone: not a new step in the story
    const aside = (doc.text.slice(sentStart, m.start).match(/[()]/g) ?? []).at(-1) === '(';
    // "a blockade maintained since Tuesday": the start of a state, not a step either
    const since = /\bsince\s+$/i.test(doc.text.slice(Math.max(sentStart, m.start - 12), m.start));
    if ((precision === 'day' || precision === 'time') && (!lastEvent || !saidOn(m)) && !aside && !since)
      lastEvent = m;
  }
  dates.sort((a, b) => a.start - b.start);
  return { dates, unresolved };
}

/**
 * An event-anchored relative ("two days later", "the following day", "a day after police arrested …"): counted
 * from the last dated mention before it in the sentence, else the last dated event in the discourse (statement
 * days only when nothing else is dated). Null when there is no anchor precise enough: never invented.
 */
function anchoredMention(
  doc: Doc,
  r: Raw,
  match: RelMatch,
  dates: DateMention[],
  saidOn: (d: DateMention) => boolean,
  sharesName: (a: number, b: number) => boolean = () => false,
): DateMention | null | false {
  const rel = match.rel;
  const need: Precision =
    rel.unit === 'year' ? 'year' : rel.unit === 'month' && !rel.period ? 'month' : 'day';
  // (a page's stamp, "Published: 1 December 2026", is the day of the page, not a time of the story when the story
  // went on to a time years before it: "the book is built around that day" after "ambushed in 2009" counts from 2009,
  // not from the day the page went up)
  const toldAfter = dates.findLast((d) => d.end <= r.start && !stampOnly(doc, d));
  const yearsBefore = (d: DateMention) =>
    !!toldAfter &&
    toldAfter.start >= d.end &&
    Number(toldAfter.iso.slice(0, 4)) < Number(d.iso.slice(0, 4)) - 1;
  const preciseEnough = (d: DateMention) =>
    RANK[d.precision] >= RANK[need] &&
    d.end <= r.start &&
    !restatedTime(doc, d) &&
    !(yearsBefore(d) && stampOnly(doc, d));
  // "In a statement on Monday, X said the kidnappers had called the following morning": not from the statement's day
  const inSentence = dates.filter(
    (d) => d.sent === r.sent && preciseEnough(d) && !continuation(doc, d) && !saidOn(d),
  );
  const sent = doc.sentences[r.sent];
  const inverse =
    match.beforeAfter !== null &&
    introducesEvent(sent.text, r.start - sent.start, r.end - sent.start, inSentence.length > 0);
  // (a month or a year the sentence gives before it, "In July 2024, a day after …", is the time it counts from, at that
  // precision: a day of another sentence is another time)
  // (so is the last time the sentence before gives, in the same paragraph, when the relative points back at the event
  // it told, "Talks broke down nine months ago. Days after that round, …")
  const toldOwn = (d: DateMention) => d.end <= r.start && !continuation(doc, d) && !saidOn(d);
  const pointsBack =
    /^\s+(?:that|this|those|these)\b/i.test(doc.text.slice(r.end, r.end + 8)) &&
    doc.sentences[r.sent - 1]?.para === sent.para;
  let anchor: DateMention | undefined =
    inSentence.at(-1) ??
    dates.filter((d) => d.sent === r.sent && toldOwn(d)).at(-1) ??
    (pointsBack ? dates.filter((d) => d.sent === r.sent - 1 && toldOwn(d)).at(-1) : undefined);
  const events = dates.filter(
    (d) => preciseEnough(d) && !saidOn(d) && !continuation(doc, d) && !datelineDate(doc, d),
  );
  // a time counted from a dated day ("2:15 a.m." on the day of the raid) is an event of its own; a counted
  // relative is not a fresh anchor for "came two days after"
  const own = (d: DateMention) => !d.anchored || (d.precision === 'time' && !d.anchor);
  // "A day after the blast, troops shot dead three rebels": counted from the event it names by its noun, the earliest
  // day of a sentence with that noun, else (a word of violence) the story's earliest day, within the week of the day
  // told last (not that day itself: a claim's pamphlet "on Tuesday evening", a statement "on Wednesday")
  // (counted in days or weeks: "hours after the raid" may fall at the end of a night the raid ran through)
  const named =
    !anchor && !inverse && match.beforeAfter === 'after' && (rel.unit === 'day' || rel.unit === 'week')
      ? NAMED_EVENT.exec(doc.text.slice(r.end, r.end + 40))
      : null;
  let namedDays: DateMention[] = [];
  if (named) {
    const noun = new RegExp(`\\b${named[1].replace(/(?:e?s)$/i, '')}`, 'i');
    const story = events.filter(
      (d) =>
        own(d) &&
        RANK[d.precision] >= RANK.day &&
        !sideDate(doc, d) &&
        d.sent !== r.sent &&
        !stampOnly(doc, d),
    );
    const withNoun = story.filter((d) => noun.test(doc.sentences[d.sent].text));
    namedDays = withNoun.length || !VIOLENT_NOUN.test(named[1]) ? withNoun : story;
  }
  if (!anchor && inverse) {
    // "The strike came two days after …": the strike is the last event told with that noun, else the lead event
    const subject = sent.text
      .slice(0, r.start - sent.start)
      .match(
        /^\s*(?:the|this|that|its|their|his|her|thursday's)?\s*(?:[\w-]+\s+)?([a-z]{3,})\s+(?:came|comes|followed|happened|occurred|took place|was|were)\b/i,
      )?.[1];
    if (subject) {
      const re = new RegExp(`\\b${subject.replace(/s$/, '')}s?\\b`, 'i');
      anchor = events.filter((d) => own(d) && re.test(doc.sentences[d.sent].text)).at(-1);
    }
    anchor ??= events.find((d) => own(d) && RANK[d.precision] >= RANK.day && !sideDate(doc, d));
  }
  if (!anchor) {
    const para = sent.para;
    const near = dates.filter(
      (d) => preciseEnough(d) && !continuation(doc, d) && para - doc.sentences[d.sent].para <= 6,
    );
    // flashbacks ("the night before") and dates inside direct quotes are not steps of the story
    const told = near.filter(
      (d) => !saidOn(d) && !datelineDate(doc, d) && !d.back && !quotedAt(doc, d.start),
    );
    // among the events near enough, the latest one told about the same named people or places
    const story = told.filter((d) => !sideDate(doc, d));
    const same = story.filter((d) => sharesName(d.sent, r.sent) && d.sent !== r.sent).at(-1);
    if (same && story.indexOf(same) >= story.length - 3) anchor = same;
    // the story's line of events, reaching further back past dates told in passing
    const line = (d: DateMention) =>
      preciseEnough(d) && !continuation(doc, d) && !saidOn(d) && !datelineDate(doc, d) && !sideDate(doc, d);
    anchor ??=
      story.at(-1) ??
      (near.length > 0
        ? dates
            .filter(
              (d) => line(d) && !d.back && !quotedAt(doc, d.start) && para - doc.sentences[d.sent].para <= 12,
            )
            .at(-1)
        : undefined) ??
      told.at(-1) ??
      near.at(-1) ??
      // nothing dated for many paragraphs (analysis, quotes, figures in between): the story's last event
      dates.filter((d) => line(d) && !d.back && !quotedAt(doc, d.start)).at(-1);
  }
  // (the event named is one of the story's days around the one told last, not one of another time)
  const sameWeek = (a: DateMention, b: DateMention) =>
    Math.abs(Date.parse(a.iso.slice(0, 10)) - Date.parse(b.iso.slice(0, 10))) <= 7 * 864e5;
  const last = anchor;
  const namedAnchor = namedDays
    .filter((d) => !last || (RANK[last.precision] >= RANK.day && sameWeek(d, last)))
    .reduce<DateMention | undefined>(
      (a, d) => (!a || d.iso.slice(0, 10) < a.iso.slice(0, 10) ? d : a),
      undefined,
    );
  anchor = namedAnchor ?? anchor;
  if (!anchor) return null;
  // "at 11 p.m. … until midnight. The following evening, …": a small hour told with no day of its own, reached from the
  // evening before it, ends that evening's night, and the days after are counted from the evening's day
  if (rel.unit === 'day' && anchor.precision === 'time' && anchor.anchored && (anchor.parts.h ?? 12) < 6) {
    const small = anchor;
    const eve = partsIso(addTo({ y: small.parts.y, m: small.parts.m, d: small.parts.d }, 'day', -1), 'day');
    const evening = dates
      .filter(
        (d) =>
          d.end <= small.start &&
          d.sent >= small.sent - 1 &&
          d.precision === 'time' &&
          (d.parts.h ?? 0) >= 18 &&
          d.iso.startsWith(eve),
      )
      .at(-1);
    if (evening) anchor = evening;
  }
  const weak = saidOn(anchor);
  // ", days after a cabinet reshuffle": a vague gap before an event told next says nothing about its day
  if (inverse && rel.n === null) return false;
  // (a count of units finer than a coarser time it is counted from, "In March 2019, two days after …", says nothing
  // finer than that time; "the following month" after a month still moves it)
  const unit: Precision = rel.unit === 'year' ? 'year' : rel.unit === 'month' ? 'month' : 'day';
  const res =
    RANK[anchor.precision] >= RANK[unit]
      ? applyRel(rel, inverse, anchor)
      : { parts: anchor.parts, precision: anchor.precision };
  if (!res) return null;
  const step =
    rel.sign === 0
      ? 'same day'
      : `${(inverse ? -rel.sign : rel.sign) > 0 ? '+' : '-'}${rel.n ?? 'a few'} ${rel.unit}${rel.n === 1 ? '' : 's'}`;
  const out: DateMention = {
    text: r.text,
    start: r.start,
    end: r.end,
    sent: r.sent,
    iso: partsIso(res.parts, res.precision),
    precision: res.precision,
    parts: res.parts,
    resolvedFrom: `event: ${anchor.text} (${anchor.iso}), ${step}${rel.approx ? ', approximate' : ''}`,
    anchored: true,
    anchor: { text: anchor.text, iso: anchor.iso },
    back: !inverse && rel.sign < 0,
  };
  if (weak) fromStatement.add(out);
  return out;
}
/** An event pointed back at by its noun right after a relative: "(a day after) the blast", "the deadly attack". */
const NAMED_EVENT = /^\s+the\s+(?:[\w-]+\s+){0,2}?([a-z]{4,})\b(?!\s+(?:of|on|in|at|by)\s+(?!the\b)\p{Lu})/u;
/** A noun of a violent event, which in a story of one names its main event. */
const VIOLENT_NOUN =
  /^(?:attacks?|blasts?|explosions?|bombings?|ambush(?:es)?|raids?|assaults?|massacres?|killings?|strikes?|shootings?|abductions?|kidnappings?|clash(?:es)?)$/i;
/**
 * A time restated in another zone in brackets ("at around 11:40 p.m. (05:40 GMT Monday)"): the same moment as the
 * local time before it, no step of the story to count from.
 */
function restatedTime(doc: Doc, d: DateMention): boolean {
  // (the bracket is looked for in the 30 characters before the time only: a search back through the whole text for
  // each date would make a long text's reading quadratic)
  const from = Math.max(0, d.start - 30);
  const at = doc.text.slice(from, d.start).lastIndexOf('(');
  const open = at < 0 ? -1 : from + at;
  if (open < 0 || doc.text.slice(open, d.start).includes(')')) return false;
  const close = doc.text.indexOf(')', d.end);
  return close >= 0 && close - open < 50 && /\b(?:GMT|UTC)\b/.test(doc.text.slice(open, close));
}
/** A page's own stamp ("Published: 11 Feb 2026, 07:55 AM IST"): the day of the page, no event. */
const STAMP_LINE = /^\s*(?:published|updated|posted|last updated|first published)\b/i;
/** A sentence that is a page's stamp, or holds nothing but its date: the day of the page, no event. */
export const stampOnly = (doc: Doc, d: DateMention) => {
  const t = doc.sentences[d.sent].text;
  return STAMP_LINE.test(t) || !/\p{L}{3,}/u.test(t.replace(d.text, ''));
};
/** Short and common words that tie no two clauses to one event. */
const PLAIN_WORD =
  /^(?:about|after|also|around|because|been|before|being|from|have|into|more|other|over|said|says|than|that|their|them|then|there|these|they|this|those|were|what|when|where|which|while|with|would|near|least|people|told)$/i;
/** The content words of a text (four letters or more, plain words aside), in lower case. */
const contentWords = (t: string) =>
  new Set((t.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !PLAIN_WORD.test(w)));
/**
 * The day a time told with none of its own belongs to, when the sentence that gave the last day told two events on two
 * days ("Armed men killed four workers at a car wash on Sunday, and soldiers killed three gunmen in Navolato the
 * following day"): the day whose clause shares the most words with the time's sentence ("arrived at around 4 p.m. at
 * the car wash"), else the last day.
 */
function toldOf(
  doc: Doc,
  dates: DateMention[],
  last: DateMention,
  sent: number,
  saidOn: (d: DateMention) => boolean,
): DateMention {
  if (last.sent === sent) return last;
  // (a day told after another of its sentence but before it in time looks back, "shot dead on Monday by police at a
  // protest over a killing two days earlier": no step of the story a time can be told of)
  const days = dates
    .filter((d) => d.sent === last.sent && (d.precision === 'day' || d.precision === 'time') && !saidOn(d))
    .filter((d, k, all) => all.slice(0, k).every((e) => e.iso.slice(0, 10) <= d.iso.slice(0, 10)));
  if (days.length < 2 || !days.includes(last)) return last;
  const own = contentWords(doc.sentences[sent].text);
  const from0 = doc.sentences[last.sent].start;
  let best = last;
  let bestScore = -1;
  days.forEach((d, k) => {
    const clause = doc.text.slice(k ? days[k - 1].end : from0, d.end);
    const score = [...contentWords(clause)].filter((w) => own.has(w)).length;
    if (score > bestScore || (score === bestScore && d === last)) {
      best = d;
      bestScore = score;
    }
  });
  return best;
}
/** Capitalised words inside a sentence (not its first word), weekdays and months aside. */
function properWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<=[\s(])\p{Lu}[\p{L}'-]{3,}/gu))
    if (
      !/^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|October|November|December|The|This|That|They|There)$/.test(
        m[0],
      )
    )
      out.add(m[0]);
  return out;
}
/** Whether two sentences name a same place or party (by its written name, even one the gazetteer lacks). */
function sameProperNames(a: string, b: string): boolean {
  const x = properWords(a);
  for (const w of properWords(b)) if (x.has(w)) return true;
  return false;
}
/** The part of the day a date mention names ("the following morning", "on the night of January 20"), if any. */
function partOfDay(text: string): 'morning' | 'afternoon' | 'evening' | 'night' | null {
  const m = /\b(morning|afternoon|evening|night|overnight)\b/i.exec(text);
  if (!m) return null;
  const w = m[1].toLowerCase();
  return w === 'overnight' ? 'night' : (w as 'morning' | 'afternoon' | 'evening' | 'night');
}
/** Whether an hour can fall in the part of the day a mention names (any hour fits a mention that names none). */
function dayPartFits(text: string, h: number): boolean {
  const part = partOfDay(text);
  if (part === 'morning') return h >= 4 && h < 13;
  if (part === 'afternoon') return h >= 12 && h < 19;
  if (part === 'evening') return h >= 16 || h < 1;
  if (part === 'night') return h >= 18 || h < 7;
  return true;
}
/** "today" or "to the day" right after "… ago": the very day, so many years or months back. */
const AGO_TODAY_AFTER = /^\s+(?:today|to the day)\b/i;
/** Relatives counted from the day something was said: weak anchors themselves. */
const fromStatement = new WeakSet<DateMention>();

/**
 * A date expression's day. A bare weekday is the most recent past one (the publication day itself when it is
 * that weekday, as wire copy writes "on Monday" for today), or, when the clause looks ahead ("will travel on
 * Wednesday", "is due to … on Friday"), the coming one (again the publication day itself when it matches);
 * "next Tuesday" / "the coming Tuesday" is strictly after the publication day, "last Tuesday" strictly before.
 * A month (and day) without a year is the latest one not after publication, or the next one when looking ahead;
 * when only its verb looks ahead ('soft'), a month later in the year stays in the publication's year.
 */
function resolveDay(
  r: Raw,
  pub: Parts | null,
  ahead: Ahead = false,
): { parts: Parts; precision: Precision; from: string } | null {
  if (r.feast)
    return r.feast.parts ? { parts: { ...r.feast.parts }, precision: 'day', from: r.feast.from } : null;
  const c = r.comp as chrono.ParsedComponents;
  const t = r.text.trim();
  const wk = t.match(WEEKDAY_RE);
  const pubIso = pub ? partsIso(pub, 'day') : '';
  let wkKey = wk ? wk[2].toLowerCase() : null;
  let mod = (wk?.[1] ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!wkKey && c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month')) {
    // a weekday with a time: "at 1:40 a.m. on Friday", "Friday night at 11"
    wkKey = WEEKDAY_KEYS[c.get('weekday') ?? 0];
    mod = (
      t.match(
        /\b(last|this past|next|this coming|coming)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
      )?.[1] ?? ''
    )
      .toLowerCase()
      .replace(/\s+/g, ' ');
  }
  if (wkKey) {
    if (!pub) return null;
    const want = WEEKDAY_INDEX[wkKey];
    const base = new Date(Date.UTC(pub.y, (pub.m ?? 1) - 1, pub.d ?? 1, 12));
    const next = /^(next|this coming|coming|the coming|the next)$/.test(mod);
    const last = /^(last|this past|past)$/.test(mod);
    if (next || (ahead === true && !last)) {
      let fwd = (want - base.getUTCDay() + 7) % 7;
      if (next && fwd === 0) fwd = 7;
      base.setUTCDate(base.getUTCDate() + fwd);
      return {
        parts: { y: base.getUTCFullYear(), m: base.getUTCMonth() + 1, d: base.getUTCDate() },
        precision: 'day',
        from: `publication ${pubIso} (${next ? 'next' : 'coming'} ${wkKey[0].toUpperCase()}${wkKey.slice(1)}day: the sentence looks ahead)`,
      };
    }
    let back = (base.getUTCDay() - want + 7) % 7;
    if (last && back === 0) back = 7;
    base.setUTCDate(base.getUTCDate() - back);
    return {
      parts: { y: base.getUTCFullYear(), m: base.getUTCMonth() + 1, d: base.getUTCDate() },
      precision: 'day',
      from: `publication ${pubIso} (most recent ${wkKey[0].toUpperCase()}${wkKey.slice(1)}day)`,
    };
  }
  const relative = isRelative(t) || !c.isCertain('year');
  if (relative && !pub) return null;
  // chrono leaves the day of "this morning" implied: it is the publication's day, not its year
  const precision = PART_OF_TODAY.test(t.trim()) && !c.isCertain('hour') ? 'day' : precisionOf(c);
  const p = partsOf(c);
  const parts: Parts = { y: p.y };
  if (precision !== 'year') parts.m = p.m;
  if (precision === 'day' || precision === 'time') parts.d = p.d;
  let from = relative ? `publication ${pubIso}` : 'absolute';
  if (pub && !c.isCertain('year') && c.isCertain('month') && !isRelative(t)) {
    // "in March", "on March 5": the year is the publication's, or the one before when that would be ahead of
    // the publication (by more than a month for a day), unless the clause looks ahead
    const y = pub.y;
    const dayKey = (yy: number) => Date.UTC(yy, (parts.m ?? 1) - 1, parts.d ?? 1);
    const pubKey = Date.UTC(pub.y, (pub.m ?? 1) - 1, pub.d ?? 1);
    let year = y;
    if (ahead === true) {
      if (parts.d !== undefined ? dayKey(y) < pubKey : (parts.m ?? 1) < (pub.m ?? 1)) year = y + 1;
    } else if (
      !ahead &&
      (parts.d !== undefined ? dayKey(y) - pubKey > 31 * 864e5 : (parts.m ?? 1) > (pub.m ?? 1))
    )
      year = y - 1;
    parts.y = year;
    from = `publication ${pubIso} (${ahead ? 'next' : 'latest'} ${t} by then)`;
  }
  return { parts, precision: precision === 'time' ? 'day' : precision, from };
}

/** The latest explicit full date (year, month and day written out) in the body. */
function latestFullDate(
  doc: Doc,
  order: ReturnType<typeof numericOrder>,
): { iso: string; text: string } | null {
  let best: { iso: string; text: string } | null = null;
  for (const s of doc.sentences) {
    if (s.text.length > 5000 || !/\b(19|20)\d{2}\b/.test(s.text)) continue;
    for (const r of parser().parse(monthFirst(s.text, order), new Date(Date.UTC(2000, 0, 1)), {
      forwardDate: false,
    })) {
      const c = r.start;
      if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
        const iso = `${pad(c.get('year') ?? 0, 4)}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
        if (!best || iso > best.iso) best = { iso, text: r.text };
      }
    }
  }
  return best;
}

export interface PublishedGuess {
  iso: string;
  /**
   * "stamp": the page's own "Published …"/"Updated …" line; "dateline": the date written in the wire dateline or
   * at the head of the first paragraph; "latest full date": the latest explicit date in the body (a weaker guess).
   */
  from: 'stamp' | 'dateline' | 'latest full date';
  text: string;
}

/** A full date the page gives outside its body: in a stamp, the dateline or the byline. */
export interface PageDate {
  text: string;
  iso: string;
  precision: Precision;
  resolvedFrom: string;
}

/**
 * The full dates (day, month and year written out) of the page's stamps, dateline and byline ("Updated 17 March
 * 2026, 19:42", "PATNA, November 22, 2026", "By Staff Reporter | 2 July 2026"): the page's own days, kept apart from
 * the body and listed before its dates, unless the body's dates already hold them (the layout keeps the first dated
 * stamp's day in the body). A caption's date is a photo's, maybe an old one: it stays out.
 */
export function pageDates(doc: Doc, published: string | null, body: DateMention[]): PageDate[] {
  const [y, m, d] = published ? published.split('-').map(Number) : [];
  const order = numericOrder(doc.text, published ? { y, m, d } : null);
  const out: PageDate[] = [];
  const lines: [string | null | undefined, string][] = [
    ...(doc.stamps ?? []).map((l): [string, string] => [l, 'the page stamp']),
    [doc.dateline, 'the dateline'],
    [doc.byline, 'the byline'],
  ];
  for (const [line, from] of lines) {
    if (!line || line.length > 300) continue;
    for (const r of parser().parse(monthFirst(line, order), new Date(Date.UTC(2000, 0, 1)), {
      forwardDate: false,
    })) {
      const c = r.start;
      // (a year written out: "2 hours ago" and "Now" are certain of their year only to chrono)
      if (!/\b(?:19|20)\d{2}\b/.test(r.text) || !c.isCertain('month') || !c.isCertain('day')) continue;
      const precision: Precision = c.isCertain('hour') ? 'time' : 'day';
      const offset = c.isCertain('timezoneOffset') ? (c.get('timezoneOffset') ?? 0) : null;
      const zone =
        offset === null
          ? ''
          : offset === 0
            ? 'Z'
            : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
      const iso = partsIso(partsOf(c), precision) + (precision === 'time' ? zone : '');
      const text = line.slice(r.index, r.index + r.text.length);
      // (a dateline taken from a stamp, or a stamp's day the layout kept in the body, tells the same day again)
      if ([...out, ...body].some((o) => o.text.includes(text) || text.includes(o.text))) continue;
      out.push({
        text,
        iso,
        precision,
        resolvedFrom: `absolute (${from})`,
      });
    }
  }
  return out;
}

/**
 * A guess at the publication date when none is given: the page's stamp, the byline's date or a stamp inside a short
 * head line ("Explainer | Published 22 March 2026"), else the date in the dateline ("PESHAWAR, June 18 (Agency) -",
 * "5 March 2024 —"; a dateline without a year takes the year of the latest full date in the text, the next one
 * when that date is later in the year), else the latest explicit full date in the body. Null when neither exists.
 */
const HEAD_STAMP =
  /\b(?:Published|Updated|Posted|First published|Last updated|Mis à jour)\b|\bPubli[ée] le\b/;
export function guessPublished(doc: Doc): PublishedGuess | null {
  // the page's own stamp ("Published 3 November 2025, 14:02 GMT"): the first one with a full date
  const stamps = doc.stamps ?? [];
  const order = numericOrder(doc.text, null);
  /** The first full date (day, month and year) of a line of the page's own. */
  const fullDate = (line: string): PublishedGuess | null => {
    const iso = line.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
    if (iso) return { iso: iso[0], from: 'stamp', text: line.trim() };
    const r = parser()
      .parse(monthFirst(line, order), new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })
      .find(
        // (a year written out: "Now" in "By Myanmar Now | April 9, 2026" is certain of its year only to chrono)
        (x) =>
          /\b(?:19|20)\d{2}\b/.test(x.text) &&
          x.start.isCertain('year') &&
          x.start.isCertain('month') &&
          x.start.isCertain('day'),
      );
    if (!r) return null;
    const c = r.start;
    return {
      iso: `${pad(c.get('year') ?? 0, 4)}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`,
      from: 'stamp',
      text: line.trim(),
    };
  };
  for (let i = 0; i < stamps.length; i++) {
    const line = /^(?:published|updated|last updated|first published|posted)\s*:?$/i.test(stamps[i])
      ? `${stamps[i]} ${stamps[i + 1] ?? ''}`
      : stamps[i];
    const found = fullDate(line);
    if (found) return found;
  }
  // then the byline's date ("By Tom Edwards | History | 4 May 2026"), or a stamp inside a short line of the page's
  // head ("Explainer | Published 22 March 2026"): the page's own day, before any date its story tells
  if (doc.byline && doc.byline.length <= 300) {
    const found = fullDate(doc.byline);
    if (found) return found;
  }
  // (the page's head lines the layout kept apart come first among its boilerplate)
  for (const line of [
    ...(doc.boilerplate ?? []).slice(0, 4),
    ...doc.paragraphs.slice(0, 5).map((p) => p.text),
  ]) {
    if (line.length > 160) continue;
    const at = line.search(HEAD_STAMP);
    const found = at >= 0 ? fullDate(line.slice(at)) : null;
    if (found) return found;
  }
  const latest = latestFullDate(doc, order);
  const heads: string[] = [];
  if (doc.dateline) heads.push(doc.dateline);
  for (const p of doc.paragraphs.slice(0, 2)) heads.push(p.text.slice(0, 60));
  for (const head of heads) {
    const r = parser()
      .parse(head, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })
      .find((x) => x.index <= 40 && x.start.isCertain('month') && x.start.isCertain('day'));
    if (!r) continue;
    if (head !== doc.dateline && !/^\s*[-–—:|(]/.test(head.slice(r.index + r.text.length))) continue;
    const c = r.start;
    const md = `${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    if (c.isCertain('year'))
      return { iso: `${pad(c.get('year') ?? 0, 4)}-${md}`, from: 'dateline', text: r.text.trim() };
    if (!latest) continue;
    const y = Number(latest.iso.slice(0, 4));
    const year = md >= latest.iso.slice(5) ? y : y + 1;
    return { iso: `${pad(year, 4)}-${md}`, from: 'dateline', text: r.text.trim() };
  }
  return latest ? { iso: latest.iso, from: 'latest full date', text: latest.text } : null;
}

/** The publication date guessed from the text (see `guessPublished`), as YYYY-MM-DD. */
export function inferPublished(doc: Doc): string | null {
  return guessPublished(doc)?.iso ?? null;
}
