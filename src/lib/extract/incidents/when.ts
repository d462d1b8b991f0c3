/**
 * When an incident happened and whether it is background: the day or time of a trigger (in its sentence, else its
 * paragraph, never the day a statement was made), and the background flag for past events mentioned in passing.
 */
import { addTo, type DateMention, datelineDate, partsIso } from '../dates.ts';
import type { Doc, Sentence } from '../doc.ts';
import { hasHeadline } from '../entities/lines.ts';
import { clauseAround, daysFrom, REACTION_SRC } from './common.ts';
import { PHYSICAL, withoutCharges } from './not-events.ts';
import { bestTrigger } from './triggers.ts';
import type { Reading } from './types.ts';

/** A time well past, relative to the report: "last month", "the previous week", "two months ago", "earlier this year". */
export const PAST_IN_PASSING =
  /\b(?:last|the previous|the prior) (?:month|year|summer|spring|autumn|winter|fall|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:earlier this|late last|early last) (?:month|year)\b|\b(?:a|one|two|three|four|five|six|several|a few|\d+) (?:months?|years?) (?:ago|earlier|before)\b/i;
const BACKGROUND_CUE =
  /\b(?:anniversary|escalated (?:\w+ )?after|since the(?! (?:early |small |wee )?(?:hours|morning|afternoon|evening|night|dawn|weekend)\b)|ever since|years? (?:ago|earlier)|in (?:19|20)\d\d|back in|the (?:\d{4}|previous) )/i;
/**
 * A measure of the event against the past: "one of the deadliest attacks on the army since the war began", "the first
 * such raid since the truce". The past it names is the yardstick, not the event's time.
 */
const SUPERLATIVE_SINCE =
  /\b(?:deadliest|worst|bloodiest|largest|biggest|heaviest|fiercest|most (?:serious|violent|intense|lethal)|first)\b[^.;]{0,60}?\bsince\b/gi;

/**
 * A time counted back from the news to an event told right after it, longer than the days of a report: "three weeks
 * after the camp came under attack", "months after the army retook the town", "a year since gunmen stormed" ("two
 * days after" and "a week after" tell of the same days). The event told is a past one.
 */
const COUNTED_BACK =
  /\b(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|several|many|a few|some)(?:-| )(?:months?|years?|decades?)|(?:[3-9]|\d\d|three|four|five|six|seven|eight|nine|ten|several|many|a few) weeks|months|years|decades|weeks)\s+(?:after|since|on from)\s+(?:[\w'’-]+\s+){0,8}$/i;
/** Whether the act at `at` is told after a time counted back from the news ("seven months after the massacre"). */
export const countedBack = (text: string, at: number): boolean =>
  COUNTED_BACK.test(text.slice(Math.max(0, at - 120), at));
/**
 * Where the words that retell the event at `at` begin (a frame, "the victims of", "a court jailed … for", or a time
 * counted back, "to mark seven years since"), if any: the words before them tell the sentence's own act.
 */
export function retoldFrom(text: string, at: number, len: number): number | null {
  const frame = frameOf(text, at, len);
  if (frame) return frame.start;
  const from = Math.max(0, at - 120);
  const m = COUNTED_BACK.exec(text.slice(from, at));
  return m ? from + m.index : null;
}
/**
 * A span of months, years or a season filled with acts of a kind: "after a winter of massacres and drone strikes",
 * "months of air strikes", "two years of shelling". It tells of a pattern over a time past, not of an event.
 */
const SPAN_OF =
  /\b(?:(?:a|an|one|two|three|four|five|six|several|many|the|this|last|past)\s+)?(?:(?:long|bloody|brutal|deadly|hard|harsh|violent|grim)\s+)?(?:winter|summer|spring|autumn|season|months|years|decades|year|month)\s+of\s+(?:[\w'’-]+\s+){0,3}$/i;
/** Whether the act at `at` is one of a span of such acts ("a winter of massacres and drone strikes"). */
export const spanOfActs = (text: string, at: number): boolean =>
  SPAN_OF.test(text.slice(Math.max(0, at - 80), at));

/** An answer to events told after it: "to protest against", "condemning", "in protest at". */
const ANSWER_BETWEEN = new RegExp(String.raw`\b(?:to protest|${REACTION_SRC})\b`, 'i');
/**
 * A crowd's protest against something, told before the crowd's own act ("youths protesting against the result lit
 * bonfires and pelted police"): the cause of that demonstration, not an answer to another event.
 */
const CROWD_CAUSE = /\b(?:to |in )?protest(?:ed|ing|s)?(?: (?:against|over|at))?\b/gi;
/** A text told before a demonstration's own act, without the words of its protest (`CROWD_CAUSE`). */
export const withoutCrowdCause = (t: string): string => t.replace(CROWD_CAUSE, ' ');

/** A weekend ("at the weekend", "over the weekend"): two days, not a day. */
export const WEEKEND = /\bweek-?end\b/i;

/**
 * How a statement went out, between its noun and its day: "posted by the group's news agency", "read on state
 * television".
 */
const PUT_OUT = String.raw`(?:,?\s+(?:posted|published|issued|released|read|broadcast|aired|carried|shared|circulated)\s+(?:by|on|in|via|through|to)\s+(?:[\p{L}\p{N}'’_-]+\s+){0,4}?[\p{L}\p{N}'’_-]+)`;
/**
 * The day a statement was made: "the military said on Thursday that …", "told reporters on Monday", "told a war
 * crimes court on Wednesday how …", "said in a report on Wednesday" (words in any alphabet: "told the
 * Bouches-du-Rhône court on Wednesday"), "said in a statement posted by its news agency on Monday"; so is the day a toll
 * was updated ("rose to 11 on Thursday"), and the day told in a participle of speech or of a release ("a spokesman,
 * speaking on Tuesday, said …", "the ministry, announcing on Sunday a crackdown, said …", "a separate count released
 * on Wednesday night").
 */
const SAID_BEFORE = new RegExp(
  String.raw`\b(?:said|says|announced|reported|published|confirmed|told(?: (?:a|an|the))?(?: [\p{L}\p{N}_-]+){0,3}|testified|stated|added|statement|claimed|emerged|surfaced|speaking(?: to [\p{L}\p{N}_-]+(?: [\p{L}\p{N}_-]+){0,2})?|announcing|saying|writing|briefing (?:reporters|journalists|the press|the media)|(?:statement|report|count|tally|toll|figures|communiqu[eé]|update|letter|video|post)(?: [\p{L}\p{N}_-]+){0,2}?,?\s+(?:released|issued|published|posted|put out|sent|shared|circulated|broadcast|aired)|(?:rose|risen|climbed|jumped|increased|reached|stood at)(?:\s+to)?\s+(?:at least\s+|more than\s+)?(?:[\p{N},]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|\p{L}+ty)(?:\s+\p{L}+)?)(?:\s+in\s+(?:a|an|its|their|the)\s+(?:[\p{L}\p{N}_-]+\s+)?(?:report|statement|interview|briefing|post|video|letter|note))?${PUT_OUT}?\s+(?:late |early )?(?:on |in |at )?$`,
  'iu',
);
export const saidBefore = (doc: Doc, d: DateMention) =>
  SAID_BEFORE.test(doc.text.slice(Math.max(0, d.start - 90), d.start));

/** Per list of a document's dates: the sentences told at a past time of their own (read once). */
const pastSentences = new WeakMap<DateMention[], Set<number>>();
/**
 * A sentence told at a time of its own well before the report: a month two months or more back, or an earlier year
 * ("memories of August 2015, when rioters besieged a shelter", "In 2019, gunmen stormed the camp"), not the time a
 * statement was made. The act it tells happened then: it is no part of the account of an event of the report's days.
 */
export function pastTimeOfItsOwn(
  doc: Doc,
  dates: DateMention[],
  sent: number,
  published: string | null,
): boolean {
  if (!published) return false;
  let past = pastSentences.get(dates);
  if (!past) {
    const pubYear = Number(published.slice(0, 4));
    past = new Set(
      dates
        .filter(
          (d) =>
            ((d.precision === 'year' && d.parts.y < pubYear) ||
              (d.precision === 'month' && daysFrom(d.iso, published) > 60)) &&
            !saidBefore(doc, d),
        )
        .map((d) => d.sent),
    );
    pastSentences.set(dates, past);
  }
  return past.has(sent);
}

/** The day a statement was made, told before its verb: "the FLNC on Monday claimed responsibility for …". */
const saidAfter = (doc: Doc, d: DateMention) =>
  /^\s+(?:claimed|said|announced|confirmed|reported|told)\b/i.test(doc.text.slice(d.end, d.end + 20));

/**
 * How the dates of a document read for a trigger at `at` of sentence `s`; `seg` is the part of the sentence that tells
 * this event when the sentence tells two, each in a clause of its own ("Gunmen who killed 12 villagers in March struck
 * again on Tuesday", "troops repelled an attack on Saturday, and militants ambushed a convoy on Sunday"): the times
 * told in that part are the event's, when it tells one.
 */
export function dateRules(
  doc: Doc,
  dates: DateMention[],
  s: Sentence,
  at: number,
  demonstration = false,
  seg: [number, number] | null = null,
  ownDays = false,
): Pick<Reading, 'sentDates' | 'saidOn' | 'otherClause' | 'dayDates'> {
  // the day a statement was made is not the day of the event: "the military said on Thursday that …", "the group on
  // Monday claimed responsibility for …"; nor is the
  // day of filing a wire dateline gives ("CITY, May 3 (Agency) - troops freed pupils kidnapped on Monday")
  const saidOn = (d: DateMention) => saidBefore(doc, d) || saidAfter(doc, d) || datelineDate(doc, d);
  const all = dates.filter((d) => d.sent === s.index);
  const part =
    seg && (ownDays || seg[0] > s.start || seg[1] < s.end)
      ? all.filter((d) => d.start >= seg[0] && d.start < seg[1])
      : [];
  // (an event told in a part of the sentence that keeps its own days reads only the days of that part)
  const sentDates = ownDays || part.some((d) => !saidOn(d)) ? part : all;
  // "Curfew was imposed on Wednesday after clashes …": that day belongs to the other clause
  // (and "summoned the ambassador on Monday to protest against a wave of air strikes": the day of the answer)
  // (for a demonstration's own act, the protest told before it is that demonstration)
  const between = (d: DateMention) => {
    const t = doc.text.slice(d.end, s.start + at);
    return demonstration ? withoutCrowdCause(t) : t;
  };
  const otherClause = (d: DateMention) =>
    d.sent === s.index &&
    d.end <= s.start + at &&
    (/\b(?:after|following)\b/i.test(doc.text.slice(d.end, s.start + at)) || ANSWER_BETWEEN.test(between(d)));
  const dayDates = (list: DateMention[]) => {
    // ("at the weekend" names two days, neither of them the event's for sure)
    const days = list.filter(
      (d) => (d.precision === 'day' || d.precision === 'time') && !WEEKEND.test(d.text),
    );
    const event = days.filter((d) => !saidOn(d) && !otherClause(d));
    return event.length ? event : days.filter((d) => !otherClause(d) || !ANSWER_BETWEEN.test(between(d)));
  };
  return { sentDates, saidOn, otherClause, dayDates };
}

/**
 * A night told as a window from an evening time to the next morning ("between 11 p.m. on Friday and 7 a.m. on
 * Saturday", "from 10pm Sunday to 6am Monday"): the night's events are dated by the morning it ended, the day the
 * report covers. Any other time stands as it is.
 */
function nightEnd(doc: Doc, days: DateMention[], from: DateMention | undefined): DateMention | undefined {
  if (from?.precision !== 'time' || (from.parts.h ?? 0) < 18) return from;
  const to = days.find(
    (d) =>
      d.start >= from.end &&
      d.sent === from.sent &&
      /^[\s,]*(?:and|to|until|till|through|[-–])\s*$/i.test(doc.text.slice(from.end, d.start)) &&
      daysFrom(from.iso.slice(0, 10), d.iso.slice(0, 10)) === 1,
  );
  return to ?? from;
}

/** A night told as the span of two days: "in the night from Sunday to Monday", "the night of 13 to 14 January". */
const NIGHT_SPAN_BEFORE = /\bnight\s+(?:of|from|between)\s+(?:the\s+)?$/i;
const TO_NEXT_DAY_SRC =
  '(?:to|into|and)\\s+(?:the\\s+)?(?:early\\s+hours\\s+of\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\d{1,2}(?:st|nd|rd|th)?)\\b';
const TO_NEXT_DAY = new RegExp(`\\b${TO_NEXT_DAY_SRC}`, 'i');
const TO_NEXT_DAY_AFTER = new RegExp(`^\\s*${TO_NEXT_DAY_SRC}`, 'i');
const nightSpan = (doc: Doc, d: DateMention) =>
  (/\bnight\s+(?:of|from|between)\b/i.test(d.text) ||
    NIGHT_SPAN_BEFORE.test(doc.text.slice(Math.max(0, d.start - 30), d.start))) &&
  (TO_NEXT_DAY.test(d.text) || TO_NEXT_DAY_AFTER.test(doc.text.slice(d.end, d.end + 40)));
/**
 * An event of a night told as the span of two days is dated by its first day, unless its sentence or the next two (in
 * the same or the next paragraph) tell a time after midnight ("in the night from Sunday to Monday … shortly after 1
 * a.m."): that time falls on the second day.
 */
function afterMidnight(r: Reading, date: DateMention | null): DateMention | null {
  if (date?.precision !== 'day' || !nightSpan(r.doc, date)) return date;
  const first = date.iso.slice(0, 10);
  const next = addTo({ y: date.parts.y, m: date.parts.m, d: date.parts.d }, 'day', 1);
  const second = partsIso(next, 'day');
  const time = r.dates.find(
    (d) =>
      d.precision === 'time' &&
      d.sent >= r.s.index &&
      d.sent <= r.s.index + 2 &&
      r.doc.sentences[d.sent].para <= r.s.para + 1 &&
      (d.parts.h ?? 12) < 6 &&
      (d.iso.startsWith(first) || d.iso.startsWith(second)),
  );
  if (!time) return date;
  return time.iso.startsWith(second)
    ? time
    : { ...time, iso: second + time.iso.slice(10), parts: { ...time.parts, ...next } };
}

/** A weekday heading a section, alone or with its day of the month: "MONDAY", "Thursday, November 19". */
const DAY_HEADING =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?))?[.:]?$/i;
/**
 * The day heading the section a sentence is told in, on a timeline page (two or more weekdays on lines of their own,
 * each followed by that day's events): the last heading before the sentence within three paragraphs, with no day of
 * the story told between them.
 */
export function dayHeading(doc: Doc, dates: DateMention[], sentence: number): DateMention | undefined {
  const headings = dates.filter((d) => DAY_HEADING.test(doc.sentences[d.sent].text.trim()));
  if (headings.length < 2) return undefined;
  const para = doc.sentences[sentence]?.para ?? 0;
  const d = headings.findLast((h) => h.sent < sentence);
  if (!d || doc.sentences[d.sent].para < para - 3) return undefined;
  // (a day of the story told between the heading and the sentence is the sentence's day, not the heading's)
  const between = dates.some(
    (x) =>
      x.sent > d.sent &&
      x.sent < sentence &&
      (x.precision === 'day' || x.precision === 'time') &&
      Math.abs(daysFrom(x.iso.slice(0, 10), d.iso.slice(0, 10))) <= 7,
  );
  return between ? undefined : d;
}

/** A time stamp alone on its line, perhaps with its zone: "14:05", "16:20 EET", "09:15 (GMT+2)". */
const STAMP_REST = /^[\s()+\-\d\p{Lu}]{0,12}$/u;
const stampsCache = new WeakMap<DateMention[], Map<number, DateMention>>();
/** The paragraphs of a page that hold only a time stamp, with their time (read once). */
function stampParas(doc: Doc, dates: DateMention[]): Map<number, DateMention> {
  let out = stampsCache.get(dates);
  if (!out) {
    out = new Map();
    for (const d of dates) {
      if (d.precision !== 'time') continue;
      const para = doc.sentences[d.sent]?.para ?? -1;
      const p = doc.paragraphs[para];
      if (!p || p.text.length > 40) continue;
      const t = p.text.trim();
      const at = t.indexOf(d.text);
      if (at >= 0 && STAMP_REST.test(t.slice(0, at) + t.slice(at + d.text.length))) out.set(para, d);
    }
    stampsCache.set(dates, out);
  }
  return out;
}
/**
 * The day of the time stamp that heads an entry of a live page (two stamps or more, each alone on its line, newest
 * first: "14:05" over "Russian drones struck a warehouse …"): the paragraph right before the entry's, or one of the
 * two before it with no other stamp between. The stamp tells when the entry was posted, so only its day is the event's.
 */
function entryStamp(doc: Doc, dates: DateMention[], para: number): DateMention | undefined {
  const stamps = stampParas(doc, dates);
  if (stamps.size < 2) return undefined;
  for (let q = para - 1; q >= Math.max(0, para - 3); q--) {
    const d = stamps.get(q);
    if (d)
      return {
        ...d,
        precision: 'day',
        iso: d.iso.slice(0, 10),
        parts: { y: d.parts.y, m: d.parts.m, d: d.parts.d },
      };
  }
  return undefined;
}

/** The date of a trigger: in the sentence (time beats day), else in the paragraph, else the day heading its section. */
export function eventDate(r: Reading): DateMention | null {
  const { doc, dates, s, site, text, sentDates, dayDates } = r;
  const paraDates = dates.filter((d) => doc.sentences[d.sent].para === s.para && d.sent < s.index);
  // a month or a year of its own, before the report's ("since a rocket attack on the base in 2023"), dates the
  // sentence's event to that time, not to the day an earlier sentence of its paragraph gave
  // (a time told after the trigger with another event's words between them dates that event: "a minute's silence for
  // a teacher killed in a robbery last month")
  // (and so does one told in a relative clause that opens after a trigger told by its verb: "the army recaptured
  // Bara, which the RSF seized two weeks ago" dates the seizure, not the recapture)
  const verbTrigger = () =>
    doc.words.slice(s.w0, s.w1).find((w) => w.start >= s.start + r.at)?.pos === 'VERB';
  const ofRelative = (d: DateMention) =>
    d.start >= s.start + r.at + r.trigLen &&
    RELATIVE_BETWEEN.test(text.slice(r.at + r.trigLen, d.start - s.start)) &&
    verbTrigger();
  const ofLaterEvent = (d: DateMention) =>
    (d.start >= s.start + r.at + r.trigLen &&
      otherEventBetween(text.slice(r.at + r.trigLen, d.start - s.start))) ||
    ofRelative(d);
  // (nor does the past a measure of the event names after it: "one of the deadliest strikes since the truce took
  // effect in October"; an event told inside the measure, "the worst unrest since the protests of September 2025",
  // is that past one)
  const yardsticks = [...text.matchAll(SUPERLATIVE_SINCE)]
    .map((m) => m.index + m[0].length)
    .filter((from) => from > r.at + r.trigLen);
  const ofYardstick = (d: DateMention) => yardsticks.some((from) => d.start >= s.start + from);
  const ownPast = sentDates.find(
    (d) =>
      (d.precision === 'month' || d.precision === 'year') &&
      !ofLaterEvent(d) &&
      !ofYardstick(d) &&
      !r.saidOn(d) &&
      !!r.published &&
      d.iso < r.published.slice(0, d.iso.length),
  );
  // a day told before the frame that retells the event ("a court on Thursday sentenced … for a massacre") is the
  // frame's; so, in a frame that only tells of an account, is the day of the account in a story that retells the past
  const frame = frameOf(text, r.at, r.trigLen);
  const framing = !!frame && (frame.strong || (!!r.published && retellingGenre(doc, dates, r.published)));
  const framed = (d: DateMention) =>
    framing &&
    !!frame &&
    (d.start < s.start + frame.from || (frame.until !== undefined && d.start >= s.start + frame.until));
  const told = dayDates(sentDates).filter((d) => !framed(d) && !ofRelative(d));
  // (a day inside a relative clause between commas that does not hold the trigger dates that clause's act, when the
  // sentence gives another: "The town, which fell to the rebels on June 2, was retaken on Sunday")
  const relatives = told.length > 1 ? [...text.matchAll(RELATIVE_SPAN)] : [];
  const inOtherRelative = (d: DateMention) =>
    relatives.some(
      (m) =>
        d.start >= s.start + m.index &&
        d.end <= s.start + m.index + m[0].length &&
        (r.at < m.index || r.at >= m.index + m[0].length),
    );
  const outside = told.filter((d) => !inOtherRelative(d));
  const days = outside.length ? outside : told;
  const past = ownPast && !framed(ownPast) ? ownPast : null;
  // a past month or year of the event's own clause ("…, where gunmen executed dozens of men in August 2014") is its
  // time, not a day of another clause; nor is the day a statement was made
  const [cf, ct] = clauseOf(text, r.at);
  const inClause = (d: DateMention) => d.start >= s.start + cf && d.start < s.start + ct;
  // (a year or month told as an adjective of another noun, "bringing suspects in the 2023 attack", dates that noun)
  const ofOtherNoun = (d: DateMention) =>
    /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i.test(
      doc.text.slice(Math.max(0, d.start - 12), d.start),
    ) &&
    /^\s+[a-z]/i.test(doc.text.slice(d.end, d.end + 3)) &&
    !/^\s+(?:and|or|to|in|on|at|of|for)\b/i.test(doc.text.slice(d.end, d.end + 20)) &&
    s.start + r.at > d.end + 40;
  // (so is a past year right by the trigger, between the same commas: "the minute the bombs went off in 2015,")
  const seg = clauseAround(text, r.at, r.trigLen);
  const sf = text.indexOf(seg);
  const inSegment = (d: DateMention) =>
    sf >= 0 && d.start >= s.start + sf && d.end <= s.start + sf + seg.length;
  const pastFirst =
    !!past &&
    !ofOtherNoun(past) &&
    ((inClause(past) && (days.every((d) => r.saidOn(d)) || !days.some(inClause))) ||
      (inSegment(past) && !days.some(inSegment)) ||
      weekdaysOfPastMonth(past, days));
  const atTrigger = dayAtTrigger(r, days);
  let date =
    howKilled(r, sentDates) ??
    (pastFirst ? past : null) ??
    atTrigger ??
    nightEnd(
      doc,
      days,
      days.find((d) => d.precision === 'time' && !d.anchored),
    ) ??
    days.find((d) => d.precision === 'time') ??
    // (a day told outright beats one counted from another event: "Hours later, on Wednesday morning, …")
    days.find((d) => !d.anchored) ??
    days[0] ??
    past ??
    (framing
      ? null
      : (dayDates(paraDates).reverse()[0] ??
        dayHeading(doc, dates, s.index) ??
        entryStamp(doc, dates, s.para))) ??
    sentDates.find(
      (d) =>
        !framed(d) &&
        !ofLaterEvent(d) &&
        !(d.end <= s.start + r.at && ANSWER_BETWEEN.test(doc.text.slice(d.end, s.start + r.at))),
    ) ??
    null;
  // "The blasts killed 103 people" opening a paragraph, with no time of its own, tells more of the event the paragraph
  // before dated: when that is a past one (two months or more before the report), it keeps its time
  if (
    !date &&
    r.published &&
    doc.sentences[s.index - 1]?.para !== s.para &&
    /^\s*(?:The|These|Those|Both|That|This)\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(0, r.at))
  ) {
    const before = dates.filter((d) => doc.sentences[d.sent].para === s.para - 1 && !r.saidOn(d));
    const last = before[before.length - 1];
    if (last && daysFrom(last.iso, r.published) > 60) date = last;
  }
  // a place hit, told after the barrage: the barrage's day (also over the day the hit was only confirmed: "missiles
  // struck the base, the army confirmed on Thursday", after a barrage "late on Wednesday")
  if ((!date || r.saidOn(date)) && site?.ctxSent != null) {
    const ctxSent = site.ctxSent;
    const barrageDays = dayDates(dates.filter((d) => d.sent === ctxSent));
    date = (date ? barrageDays.find((d) => !r.saidOn(d)) : barrageDays[0]) ?? date;
  }
  // "that month", "at the time": the time of the paragraph's earlier sentence
  if (
    !date &&
    /\b(?:that (?:month|year|week|day|summer|spring|autumn|winter|night)|at the time|(?:during|in|over|on) those (?:days|weeks|months|years|nights))\b/i.test(
      text,
    )
  ) {
    const earlier = dates.filter((d) => doc.sentences[d.sent].para === s.para && d.sent < s.index);
    date = earlier[earlier.length - 1] ?? null;
  }
  // "Separately, a drone hit …" with no day of its own: the day of the events told around it (the last one before,
  // else the first after), not the day a statement was made nor the publication day
  if ((!date || r.saidOn(date)) && SEPARATELY.test(text)) {
    const eventDay = (d: DateMention) =>
      (d.precision === 'day' || d.precision === 'time') && !r.saidOn(d) && !d.anchored;
    const paraOf = (d: DateMention) => doc.sentences[d.sent].para;
    const before = dates.filter((d) => eventDay(d) && d.sent < s.index && paraOf(d) >= s.para - 2);
    const after = dates.filter((d) => eventDay(d) && d.sent > s.index && paraOf(d) <= s.para + 1);
    date = before[before.length - 1] ?? after[0] ?? date;
  }
  return afterMidnight(r, date) ?? lastNight(r);
}
/** People killed and the clause that tells how: "the 23 people killed when", "nine people who died when". */
const KILLED_WHEN = /\b(?:killed|died|wounded|injured|hurt|lost their lives)\s+when\s+/gi;
/**
 * The time told in a "when" clause that holds the trigger and tells how people named before it were killed, after the
 * trigger and before the clause ends: "laid flowers on Sunday at a memorial to the 23 people killed when a missile
 * struck a block two years ago", "the funerals on Sunday of nine people killed when a drone struck the market on
 * Friday". The other day of the sentence is the memorial's or the funeral's.
 */
function howKilled(r: Reading, sentDates: DateMention[]): DateMention | null {
  let opens = -1;
  for (const m of r.text.matchAll(KILLED_WHEN))
    if (m.index + m[0].length <= r.at) opens = m.index + m[0].length;
  if (opens < 0 || /[,;:]/.test(r.text.slice(opens, r.at))) return null;
  const end = r.text.slice(r.at).search(/[,;:]|\s(?:and|but|while|as|after)\s/);
  const to = r.s.start + (end < 0 ? r.text.length : r.at + end);
  const outside = sentDates.some((d) => d.end <= r.s.start + opens && !r.saidOn(d));
  // (not a time of a relative clause of its own: "a market that had been damaged in 2023")
  const own = sentDates.find(
    (d) =>
      d.start >= r.s.start + r.at + r.trigLen &&
      d.end <= to &&
      !r.saidOn(d) &&
      !/\b(?:that|which|who|whom|whose|where)\b/i.test(
        r.doc.text.slice(r.s.start + r.at + r.trigLen, d.start),
      ),
  );
  return outside && own ? own : null;
}
/** A relative clause of the noun a verb takes, between the verb and a day told after it: ", which the RSF seized". */
const RELATIVE_BETWEEN = /,\s+(?:which|who|whom|whose)\b/i;
/** A relative clause between commas: ", which fell to the rebels on June 2,". */
const RELATIVE_SPAN = /,\s+(?:which|who|whom|whose)\b[^,;]*,/g;
/** Words that open a clause of their own, between a trigger and a day told after it. */
const CLAUSE_OPENER_BETWEEN =
  /\b(?:that|which|who|whom|whose|where|when|while|after|following|since|because|as|until|till|and then)\b/i;
/**
 * A day of the sentence that belongs to its trigger outright, where the sentence tells other days too: one told as the
 * event's own possessive right before it ("the funerals of worshippers killed in Thursday's suicide bombing"), or one
 * counted from another day told right after it, a few plain words on, with no clause opened between ("a teacher shot
 * dead two days earlier", "the people killed when a suicide bomber blew herself up at the market the evening
 * before"). A follow-up's lead
 * tells its news (a march, a funeral, arrests) on its own day and the event it follows up this way. A time of that same
 * day told elsewhere in the sentence is kept.
 */
function dayAtTrigger(r: Reading, days: DateMention[]): DateMention | null {
  if (days.length < 2) return null;
  const from = r.s.start + r.at;
  const to = from + r.trigLen;
  const own = days.find((d) => {
    if (d.end <= from) return /^['’]s\s+(?:[\w-]+\s+){0,3}$/.test(r.doc.text.slice(d.end, from));
    // (after it, a day counted from another: a day named outright there is read as before)
    if (d.start < to || !d.anchored) return false;
    const between = r.doc.text.slice(to, d.start);
    return /^\s+(?:[\w'’-]+\s+){0,8}$/.test(between) && !CLAUSE_OPENER_BETWEEN.test(between);
  });
  if (!own) return null;
  return (
    days.find((d) => d !== own && d.precision === 'time' && d.iso.slice(0, 10) === own.iso.slice(0, 10)) ??
    own
  );
}
/** A night told with no day of its own: "Air defences shot down 41 drones overnight", "during the night". */
const OVERNIGHT = /\b(?:overnight|during the night|in the early hours)\b(?!\s+(?:of|on|into|to)\b)/i;
/** An event of the night before the report, told with no day: the day the report came out (the night's morning). */
function lastNight(r: Reading): DateMention | null {
  const m = OVERNIGHT.exec(r.text);
  if (!m || !r.published) return null;
  const [y, mo, d] = r.published.slice(0, 10).split('-').map(Number);
  const start = r.s.start + m.index;
  return {
    text: m[0],
    start,
    end: start + m[0].length,
    sent: r.s.index,
    iso: r.published.slice(0, 10),
    precision: 'day',
    parts: { y, m: mo, d },
    resolvedFrom: `publication ${r.published.slice(0, 10)} (the night before it)`,
  };
}
/** A weekday with no date of its own ("on Saturday", "the Saturday market"), which the dates read as one of the last week. */
const BARE_WEEKDAY =
  /^(?:on\s+)?(?:last\s+|this\s+past\s+|past\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
/**
 * A month of the sentence's own before the report's, beside weekdays only that the dates put in another month ("In
 * January, a drone strike on the Saturday market killed 31"): the weekday is a day of that month, not of the last week,
 * so the month dates the event.
 */
export function weekdaysOfPastMonth(past: DateMention | null, days: DateMention[]): boolean {
  return (
    !!past &&
    past.precision === 'month' &&
    days.length > 0 &&
    days.every(
      (d) => !d.anchored && BARE_WEEKDAY.test(d.text.trim()) && d.iso.slice(0, 7) !== past.iso.slice(0, 7),
    )
  );
}
/** A time counted back from the report in weeks: "two weeks ago", "three weeks earlier". */
const WEEKS_BACK = /\b(?:two|three|four|five|six|several|a few|\d+)\s+weeks\s+(?:ago|earlier)\b/i;
/** "since" right before an event: the event a state of things dates from. */
const SINCE_BEFORE = /\b(?:since|ever since)\s+(?:[\w'’-]+,?\s+){0,8}$/i;
/**
 * Words that count the news among events of its kind, after an earlier one: "the second attack on the base this month,
 * after".
 */
const MEASURED_FROM =
  /\b(?:second|third|fourth|fifth)\b[^.;]{0,60}?,?\s+(?:after|following)\s+(?:[\w'’-]+,?\s+){0,8}$/i;
/**
 * A market's move told with its cause: "Oil prices rose on Monday after", "shares slid following", "war-risk premiums
 * jumped amid". What follows is why the market moved, not the news.
 */
const MARKET_MOVED_AFTER =
  /\b(?:prices?|oil|crude|Brent|WTI|stocks?|shares?|markets?|index|futures|dollar|euro|yen|rouble|ruble|bonds?|yields?|gold|wheat|grain|premiums?|rates?)\b[^.;]{0,60}?\b(?:rose|rises?|risen|jump(?:ed|s)?|climb(?:ed|s)?|surg(?:ed|es)|soar(?:ed|s)?|gain(?:ed|s)?|fell|falls?|fallen|drop(?:ped|s)?|slid|slides?|slump(?:ed|s)?|tumbl(?:ed|es)|spik(?:ed|es)|rall(?:ied|ies)|edg(?:ed|es) (?:up|down|higher|lower)|(?:were|was) (?:up|down|higher|lower))\b[^.;]{0,60}?\b(?:after|following|amid|on)\s+(?:[\w'’-]+,?\s+){0,8}$/i;
/** A time well before the day of the move: "last week", "earlier this month", "two weeks ago". */
const EARLIER_TIME =
  /\b(?:last|the previous|the prior) (?:week|month)\b|\bearlier (?:this|last) (?:week|month)\b|\b(?:a|one|two|three|several|\d+) (?:weeks?|months?) (?:ago|earlier)\b/i;
/** The rest of the clause that an act opens, up to the next stop, semicolon or comma-led new clause. */
const clauseAfter = (text: string, at: number): string =>
  text.slice(at).split(/[.;]|,\s+(?:while|but|and|as|which)\b/)[0];
/** What follows the day that opens a timeline's entry: a dash or a colon, perhaps after a weekday in brackets. */
const ENTRY_MARK = /^\s*(?:\([^)]{0,20}\)\s*)?[—–:-]\s/;
/** A day that opens its paragraph as a timeline's entry: "May 28 — …", "June 6 (Saturday) — …", "3 March: …". */
const timelineEntry = (doc: Doc, d: DateMention) => {
  const p = doc.paragraphs[doc.sentences[d.sent]?.para ?? -1];
  return (
    !!p && !doc.text.slice(p.start, d.start).trim() && ENTRY_MARK.test(doc.text.slice(d.end, d.end + 24))
  );
};
const entriesCache = new WeakMap<Doc, number>();
/** How many paragraphs of a document open as a timeline's entry (read once). */
function timelineEntries(doc: Doc, dates: DateMention[]): number {
  let n = entriesCache.get(doc);
  if (n === undefined) {
    n = new Set(dates.filter((d) => timelineEntry(doc, d)).map((d) => doc.sentences[d.sent].para)).size;
    entriesCache.set(doc, n);
  }
  return n;
}
/** A sentence that opens on another event of the same day: "Separately, …", "In a separate attack, …". */
const SEPARATELY = /^\s*(?:Separately|In a separate (?:incident|attack|strike|development)|Elsewhere),/;

/**
 * Background: a date well before publication, or a cue of a past event mentioned in passing; such an event keeps the
 * time its own sentence gives.
 */
export function backgroundOf(
  r: Reading,
  date0: DateMention | null,
  sentDay: boolean,
): { background: boolean; date: DateMention | null } {
  const { published, text, at, sentDates, saidOn } = r;
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  let date = date0;
  let background = false;
  const genre = !!published && retellingGenre(r.doc, r.dates, published);
  const frame = frameOf(text, at, r.trigLen);
  // an event a trial, an inquest or a memory retells (or, in a story that retells the past, any account of one) is
  // a past one unless it has a day of its own in the article's line of current events
  // (a day a trial's own verb holds, "the trial of a man accused of a knife attack opened on Monday", is the trial's;
  // so is a day told before the words that tie a strong frame to its event, "a judge sentenced him on Monday for the
  // bombings that …", while one told after them is the event's, "a memorial for the victims of Sunday's car bomb")
  // (and so is a day told after the main verb of a sentence whose subject holds the retold event: "relatives of those
  // killed in the bombing laid roses on Tuesday", "survivors of the massacre told a hearing on Thursday how …")
  const frameDay =
    !!date &&
    date.sent === r.s.index &&
    (FRAME_DAY_BEFORE.test(text.slice(0, date.start - r.s.start)) ||
      (frame?.until !== undefined && date.start >= r.s.start + frame.until) ||
      (!!frame?.strong &&
        date.end <= r.s.start + at &&
        /\b(?:for|over)\b/i.test(r.doc.text.slice(date.end, r.s.start + at))) ||
      (!!frame && (frame.strong || genre) && dayOfMainVerb(r, date)));
  if (frame && (frame.strong || genre) && !(date && published && recentDay(date, published) && !frameDay))
    background = true;
  // (and the sentence's one day a trial's, "a man accused of a knife attack went on trial on Monday", is no event's)
  if (frameDay && published && sentDates.every((d) => d === date || !recentDay(d, published)))
    background = true;
  // (the frame's day is not the event's)
  if (frameDay && background) date = null;
  // (nor is a day told before the words of a mourning or a retelling that takes the event as object: "flags flew at
  // half-mast on Friday, the second day of mourning for soldiers killed in an ambush")
  if (frame && !frame.strong && date && date.sent === r.s.index && date.end <= r.s.start + frame.from)
    date = null;
  // in such a story a current event needs a day of its own in its sentence, in the line of current events, and
  // physical evidence of violence told with it (a courthouse attacked during the trial, a clash at the memorial), in
  // its sentence or the next of its paragraph ("A patrol was ambushed on Sunday. Nine guards were killed.")
  // (a day that only points back to one told before, "the 19 people killed that day", is no day of its own)
  const next = r.doc.sentences[r.s.index + 1];
  if (
    genre &&
    !(
      date &&
      published &&
      date.sent === r.s.index &&
      !(date.anchored && THAT_DAY.test(date.text)) &&
      recentDay(date, published) &&
      (PHYSICAL.test(text) || (next?.para === r.s.para && PHYSICAL.test(next.text)))
    )
  )
    background = true;
  if (date && published) {
    const days = daysFrom(date.iso, published);
    // (a day more than two weeks before the report is past: news tells current events within the days of the report,
    // and a story looking back further, "On March 2, insurgents ambushed two trucks" in a report of late March,
    // recalls a precedent)
    // (a year of the report's own, "the deadliest assault this year", says nothing of how long ago: not its first day)
    if (
      (days > 60 && date.precision !== 'year') ||
      (days > 14 && (date.precision === 'day' || date.precision === 'time')) ||
      // (so is a time counted back in weeks, "two weeks ago", however the days fall)
      WEEKS_BACK.test(date.text) ||
      (date.precision === 'year' && pubYear !== null && date.parts.y < pubYear)
    )
      background = true;
  }
  // an entry of a timeline (paragraphs that each open on their day: "May 28 — Israeli jets strike …") more than a week
  // before the report is one of the steps that led to its news, not the news
  if (
    !background &&
    date &&
    published &&
    (date.precision === 'day' || date.precision === 'time') &&
    daysFrom(date.iso, published) > 7 &&
    timelineEntry(r.doc, date) &&
    timelineEntries(r.doc, r.dates) >= 3
  )
    background = true;
  // an event told after a time counted back from the news ("three weeks after the camp came under attack", "months
  // after the army retook the town") or as one of a span of acts ("after a winter of massacres and drone strikes") is
  // a past one
  // (a recent day of its sentence is then the day of the news it is counted back from: "gathered on Wednesday to mark
  // ten years since gunmen stormed the campus")
  if (countedBack(text, at) || spanOfActs(text, at)) {
    background = true;
    if (date && published && recentDay(date, published)) date = null;
  }
  // the event a state of things dates from ("have been on alert since militants kidnapped two aid workers on April
  // 1"), in an earlier month than the report, is told in passing
  // (so, more than a week before the report, is the event a story measures its news against: "have been on alert
  // since the ambush near Gwoza on June 3", "the second attack on the base this month, after a drone strike on June 5")
  const before = text.slice(Math.max(0, at - 80), at);
  if (
    date &&
    published &&
    ((date.iso.slice(0, 7) < published.slice(0, 7) && SINCE_BEFORE.test(before)) ||
      ((date.precision === 'day' || date.precision === 'time') &&
        daysFrom(date.iso, published) > 7 &&
        (SINCE_BEFORE.test(before) || MEASURED_FROM.test(before))))
  )
    background = true;
  // an act told as why a market moved, at a time well before the move ("Oil prices rose on Monday after Ukrainian
  // drone strikes on Russian refineries last week"), is the cause of the business news, told in passing
  // (one of the move's own day or night, "after drones struck a refinery overnight", is news of its own)
  const moved = MARKET_MOVED_AFTER.test(text.slice(Math.max(0, at - 160), at));
  if (!background && moved && EARLIER_TIME.test(clauseAfter(text, at))) background = true;
  // (and the day of the move, told before the act, is not the act's when the act has a time of its own: "Oil jumped
  // on Monday after drones hit refineries over the weekend" dates the strikes by the weekend)
  if (moved && date && date.sent === r.s.index && date.end <= r.s.start + at)
    date = sentDates.find((d) => d.start >= r.s.start + at && !saidOn(d)) ?? date;
  // an activity kept up since some earlier time ("has been among the groups supporting protests since …") is context
  if (/\b(?:has|have) been\b[^.;]{0,80}\bsince\b/i.test(text) && /\bsince\b/i.test(text.slice(at)))
    background = true;
  if (
    BACKGROUND_CUE.test(text.replace(SUPERLATIVE_SINCE, ' ')) &&
    !(date && (date.precision === 'day' || date.precision === 'time') && !background)
  )
    background = true;
  // a past event told in passing ("after Houthi forces seized a tanker last month", "the strike last week on a car
  // near Sidon"), with no day of its own: background, at the time the sentence gives (not the paragraph's day)
  if (!background && !sentDay && pastInPassing(text, at, r.trigLen)) {
    background = true;
    const own = sentDates.filter((d) => !saidOn(d));
    date = own[own.length - 1] ?? null;
  }
  // a day the words before it place well back from the news ("Earlier this month, on Nov. 6, …", "last month, on the
  // 3rd"): more than a week before the report, a past event told in passing
  if (
    !background &&
    date &&
    published &&
    date.sent === r.s.index &&
    (date.precision === 'day' || date.precision === 'time') &&
    daysFrom(date.iso, published) > 7 &&
    LOOKS_BACK_TO_DAY.test(r.doc.text.slice(Math.max(0, date.start - 40), date.start))
  )
    background = true;
  // an act told in the past perfect with no day of its own ("the same gang had abducted 30 farmers", "the town had
  // been shelled"), outside a telling of steps ("by the time troops arrived, the raiders had killed six") and someone's
  // words ("the air force said that its guns had downed 40 drones"), is one before the story's: background, and a
  // recent day of its paragraph is not its day
  if (
    !background &&
    !sentDay &&
    pastPerfect(text, at) &&
    !SEQUENCE.test(text) &&
    !SPEECH.test(text.slice(0, at))
  ) {
    background = true;
    if (date && published && recentDay(date, published)) date = null;
  }
  // an act told only through the people it left ("the victims of the massacre at the market", "survivors of a fire
  // set in a dormitory") or through a memory of it ("residents recalled how a grenade was thrown"), with no day of its
  // own, is one the reader already knows: background, and a recent day of its paragraph is not its day
  if (!background && !sentDay && LEFT_OR_REMEMBERED.test(text.slice(Math.max(0, at - 100), at))) {
    background = true;
    if (date && published && recentDay(date, published)) date = null;
  }
  return { background, date };
}
/**
 * Words before an act that tell it through the people it left or through a memory of it: "the victims of", "survivors
 * of the", "widows of men killed in", "recalled how", "remembered the night", "recalls that", "describes how".
 */
const LEFT_OR_REMEMBERED =
  /\b(?:(?:victims|survivors|widows|orphans)\s+(?:[\w'’-]+\s+){0,2}?(?:of|from)\s+(?:[\w'’-]+\s+){0,6}|(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|reliv(?:e|es|ed|ing))\s+(?:how|when|that|the (?:day|night|morning|time))\s+(?:[\w'’-]+\s+){0,6}|describ(?:e|es|ed|ing)\s+how\s+(?:[\w'’-]+\s+){0,6})$/i;
/** Words right before a day that place it well back from the news: "earlier this month, on", "last month on". */
const LOOKS_BACK_TO_DAY = new RegExp(
  String.raw`(?:${PAST_IN_PASSING.source})[\s,]*(?:on\s+)?(?:the\s+)?$`,
  'i',
);
/** A verb of saying, whose clause puts the act it reports in the past perfect: "the air force said that … had downed". */
const SPEECH = /\b(?:said|says|told|reported|according to|claimed|added|stated|announced|confirmed)\b/i;
/** Words that order the steps of one telling: "by the time", "when", "before", "until". */
const SEQUENCE = /\b(?:by the time|when|before|until|till|as soon as)\b/i;
/**
 * A trigger told in the past perfect right after its "had" (not after a verb joined to it, "had arrived and opened
 * fire", nor in someone's words, "police said the gunmen had killed"): "had abducted", "had been shelled", "had carried
 * out an attack".
 */
function pastPerfect(text: string, at: number): boolean {
  const m = PAST_PERFECT_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  return !!m && !/\b(?:and|or|but|then)\b|,/i.test(m[0]);
}

/** A relative word that opens a clause of the noun before it: "the bomb that exploded on Sunday". */
const RELATIVE = /^(?:that|which|who|whom|whose|where|when)$/i;
/**
 * A day told after the main verb that follows the event's noun: the event (a noun: "bombing", "massacre") is told
 * inside the subject of the sentence ("Relatives of the shoppers killed in the car bombing"), and the day after its
 * verb ("laid roses at the gates on Tuesday") is that verb's. A verb opened by a relative word ("the bomb that
 * exploded on Sunday") or set before a noun ("Alder's covered market") is not the main verb.
 */
function dayOfMainVerb(r: Reading, date: DateMention): boolean {
  const from = r.s.start + r.at + r.trigLen;
  if (date.start < from) return false;
  const words = r.doc.words.slice(r.s.w0, r.s.w1);
  const head = words.findLast((w) => w.end <= from);
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return false;
  const between = words.filter((w) => w.start >= from && w.end <= date.start);
  for (let k = 0; k < between.length; k++) {
    const w = between[k];
    if (RELATIVE.test(w.text)) return false;
    const prev = between[k - 1] ?? head;
    if (w.pos === 'VERB' && /^(?:NOUN|PROPN|NUM)$/.test(prev.pos) && !/ing$/i.test(w.text)) return true;
  }
  return false;
}

/**
 * A time well past that dates the event at `at`: not one told after it with another event's words between them ("the
 * march ended with a minute's silence for a teacher killed in a robbery last month" dates the killing, not the march).
 */
function pastInPassing(text: string, at: number, len: number): boolean {
  const m = PAST_IN_PASSING.exec(text);
  if (!m) return false;
  if (m.index < at + len) return true;
  return !otherEventBetween(text.slice(at + len, m.index));
}
/** Someone harmed, told after a word that ties them to the event: "for a teacher killed in", "of three men shot". */
const HARM_DONE =
  /\b(?:for|of|over|after|honouring|honoring|mourning|remembering)\s+(?:[\w'’-]+\s+){1,3}(?:killed|murdered|slain|shot|stabbed|died|kidnapped|abducted)\b/i;
/** Whether a stretch of text after a trigger tells of another event. */
const otherEventBetween = (t: string): boolean => HARM_DONE.test(t);

/**
 * Words of a frame that retells a past event rather than reporting one: a trial and its verdict, an inquest, a
 * memory (an anniversary, a memorial, an exhumation, compensation), sanctions over it. Strong frames retell whatever they take as object.
 */
const STRONG_FRAME =
  'sentenc(?:ed|es|ing)|(?:gets?|got|given|handed) (?:life|death|\\d+ years)|bail|(?:framed|filed|brought|pressed) charges|convict(?:ed|ing|ion|ions)|jail(?:ed|s|ing)|imprison(?:ed|ing|ment)|acquitt(?:ed|al)|guilty|tried|indict(?:ed|ment)|extradit(?:ed|ion)|(?:re)?trials?|verdicts?|judg(?:e?ments?)|tribunal|inquests?|coroner|compensat(?:ed|ion)|reparations?|apolog(?:y|ies|i[sz]ed)|exhum(?:ed|ing|ation)|mass graves?|anniversary|commemorat(?:e|ed|es|ing|ion)|memorial|remembrance|in memory|(?:his|her|their|its) (?:role|part|involvement)|sanctions|sanctioned|sanctioning|asset freezes?|travel bans?';
/** Words of a frame that tells of an event through an account of it (a report, an inquiry, witnesses, survivors). */
const WEAK_FRAME =
  'inquir(?:y|ies)|investigations?|probe|reports?|findings|testimon(?:y|ies)|testif(?:y|ied|ies)|accounts?|victims|survivors|families|relatives|widows?|orphans|killers?|perpetrators';
/** Verbs of a retelling that take the event itself as object: "documented 14 strikes", "recalled the ambush". */
const RETELL_VERB =
  'document(?:s|ed|ing)|recount(?:s|ed|ing)|recall(?:s|ed|ing)|revisit(?:s|ed|ing)|retrac(?:e|es|ed|ing)|chronicl(?:e|es|ed|ing)|reconstruct(?:s|ed|ing)|commemorat(?:e|es|ed|ing)|mourn(?:s|ed|ing)|investigat(?:es|ed|ing)|admit(?:s|ted|ting)|acknowledg(?:es|ed|ing)';
/** Findings and testimony that take a whole clause as their object: "judges found that …", "told the court that …", "the prosecution had proved that …". */
const FINDING_THAT =
  '(?:found|ruled|heard|concluded|established|proved|proven|testified|(?:told|heard by) (?:the |an? )?(?:court|tribunal|inquest|inquiry|hearing|judges?|jury|coroner))\\s+that';
/** The verbs of a sentence passed on someone: "sentenced", "jailed", "convicted", "acquitted", "extradited". */
const PASSED_ON = 'sentenced|jailed|convicted|acquitted|imprisoned|extradited';
/**
 * A frame right before a trigger: its words, what links them to the event ("for", "over", "of", "into"), a short noun
 * phrase; or a sentence passed on the one a relative clause tells the act of ("sentenced a man who shot dead …").
 */
const FRAME_BEFORE = new RegExp(
  String.raw`\b(?:(${STRONG_FRAME})|(${WEAK_FRAME}))\b[^.;:!?]{0,180}?\b(?:for|over|of|into|in|in connection with|about|on|linked to|related to|including)\s+(?:[\w'’-]+\s+){0,6}$|\b(${RETELL_VERB})\s+(?:[\w'’-]+\s+){0,6}$|\b(${FINDING_THAT})\b[^.;:!?]{0,160}$|\b(${PASSED_ON})\s+(?:[\w'’-]+\s+){1,6}?who\s+(?:had\s+)?(?:[\w'’-]+\s+){0,8}$`,
  'i',
);
/** A relative clause that tells the act, right before its trigger: "A man who set fire to a police van and …". */
const WHO_BEFORE = /\bwho\s+(?:[\w'’-]+\s+){0,12}$/i;
/**
 * The sentence passed on the one the relative clause is about, told after the act in the same clause of the sentence:
 * "… has been jailed for three years", "Gunman who opened fire at … jailed for life" (no other clause between: "as a
 * man was sentenced" has a subject of its own).
 */
const PASSED_AFTER = new RegExp(
  String.raw`^(?:(?!\b(?:who|which|as|while|when|after|before|because|although|though|whereas|since|until|where)\b)[^.;:!?]){0,200}?\s((?:(?:has|have|had)\s+been\s+|(?:was|were|is|are)\s+)?(?:${PASSED_ON}|found guilty)\b)`,
  'i',
);
/**
 * A frame whose event is told in a relative clause of the noun it retells: "sentenced … for the ambush of a security
 * van near X in which a guard was shot dead", "convicted four men over the 2022 attack on a church, in which gunmen
 * opened fire".
 */
const FRAME_RELATIVE = new RegExp(
  String.raw`\b(?:(${STRONG_FRAME})|(${WEAK_FRAME}))\b[^.;:!?]{0,120}?\b(?:for|over|of|into|in connection with|linked to|related to)\s+(?:the|a|an|its|their|this|that)\s+[^;:!?]{0,160}?\b(?:in which|during which|where|which|that)\s+(?:[\w'’-]+\s+){0,5}$`,
  'i',
);
/** Any word of a frame, to find where the frame ends. */
const FRAME_WORD = new RegExp(
  String.raw`\b(?:${STRONG_FRAME}|${WEAK_FRAME}|${RETELL_VERB}|${FINDING_THAT})\b`,
  'gi',
);
export interface Frame {
  /** a trial, an inquest or a memory (else an account: a report, an inquiry, witnesses) */
  strong: boolean;
  /** where in the sentence the frame's words begin */
  start: number;
  /** where in the sentence the event's own words begin (dates before it are the frame's) */
  from: number;
  /** where in the sentence the frame's words begin again after the event (dates from it on are the frame's) */
  until?: number;
}
/** The frame that retells the event at `at` of a sentence, if any. */
export function frameOf(text: string, at: number, len = 0): Frame | null {
  // (a trigger that runs over a clause break, "… in police custody, and police fired tear gas", has its head after it)
  if (/[,;]/.test(text.slice(at, at + len))) return null;
  let start = Math.max(0, at - 220);
  let m = FRAME_BEFORE.exec(text.slice(start, at));
  if (!m) {
    start = Math.max(0, at - 320);
    m = FRAME_RELATIVE.exec(text.slice(start, at));
  }
  if (!m) return passedAfter(text, at, len) ?? rebuiltAfter(text, at, len);
  // (the event's words begin after the last frame word of the match: "a tribunal on Tuesday sentenced … for a
  // massacre" has the day between two of them, and it is the frame's)
  let last = 0;
  for (const w of m[0].matchAll(FRAME_WORD)) last = w.index + w[0].length;
  return { strong: !!(m[1] || m[5]), start: start + m.index, from: start + m.index + last };
}
/**
 * An act told in a relative clause on the one a sentence was then passed on: "A man who set fire to a police van
 * during the riot has been jailed for three years", a headline's "Gunman who opened fire at gay bar jailed for life".
 * The event's words begin at "who"; the sentence's words, and the days told from them on, are the frame's.
 */
function passedAfter(text: string, at: number, len: number): Frame | null {
  const who = WHO_BEFORE.exec(text.slice(Math.max(0, at - 120), at));
  if (!who) return null;
  const after = PASSED_AFTER.exec(text.slice(at + len));
  if (!after) return null;
  const start = Math.max(0, at - 120) + who.index;
  return {
    strong: true,
    start,
    from: start,
    until: at + len + after.index + after[0].length - after[1].length,
  };
}
/**
 * A place told as wrecked by the act, right before its trigger: "A mosque that was destroyed by an air strike …", a
 * headline's "Mosque destroyed in air strike …".
 */
const WRECKED_BY_BEFORE =
  /\b(?:destroyed|damaged|wrecked|gutted|razed|flattened|levell?ed|blown up|burn(?:ed|t)(?: down)?|bombed|hit)\s+(?:in|by|during)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}$/i;
/**
 * What was done to the wrecked place after the act, told after it in the same clause of the sentence: "… during the
 * war reopened in the old city on Friday", "… reopens after five-year restoration", "has been rebuilt".
 */
const REBUILT_AFTER =
  /^(?:(?!\b(?:who|which|as|while|when|after|before|because|although|though|whereas|since|until|where)\b)[^.;:!?]){0,120}?\s((?:(?:has|have|had)\s+been\s+|(?:was|were|is|are)\s+)?(?:re-?open(?:s|ed)|rebuilt|reconstructed|renovated|reconsecrated|re-?inaugurated)\b)/i;
/**
 * An act told as what wrecked a place that is then rebuilt or reopened: "A mosque that was destroyed by an air strike
 * during the war reopened in Taiz on Friday". The reopening is the news, and the days told from its words on are its
 * own, not the act's (an act with a recent day of its own stays current: "A school hit by a drone on Monday reopened
 * on Friday").
 */
function rebuiltAfter(text: string, at: number, len: number): Frame | null {
  const wrecked = WRECKED_BY_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
  if (!wrecked) return null;
  const after = REBUILT_AFTER.exec(text.slice(at + len));
  if (!after) return null;
  const start = Math.max(0, at - 80) + wrecked.index;
  return {
    strong: true,
    start,
    from: start,
    until: at + len + after.index + after[0].length - after[1].length,
  };
}
/** The clause of a sentence that holds `at`: between clause marks and the words that open a clause of its own. */
const CLAUSE_MARK =
  /[;:—–(]|,\s+(?:while|after|before|since|as|but|although|though|whereas)\b|\b(?:that|which|who|whom|whose|where)\b/g;
function clauseOf(text: string, at: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_MARK)) {
    if (m.index < at) from = m.index;
    else {
      to = m.index;
      break;
    }
  }
  return [from, to];
}
/** A day told only by pointing back to one told before: "that day", "the same evening", "later that night". */
const THAT_DAY =
  /^(?:(?:later|earlier)\s+)?(?:the\s+same|that\s+same|that)\s+(?:day|morning|afternoon|evening|night)$/i;
/** A day in the article's line of current events: at most two weeks before publication, not after it. */
const recentDay = (d: DateMention, published: string) => {
  if (d.precision !== 'day' && d.precision !== 'time') return false;
  const gap = (Date.parse(published) - Date.parse(d.iso.slice(0, 10))) / 864e5;
  return gap >= -1 && gap <= 14;
};
/** A trigger told in the past perfect, the tense of a retelling: "the attackers had stormed", "had been shelled". */
const PAST_PERFECT_BEFORE =
  /(?<!\b(?:said|says|say|saying|told|telling|reported|reporting|claimed|claiming|added|adding|announced|confirmed|stated)\b[^.;]{0,40})\bhad (?:been |not |never |already |first |earlier |previously )?(?:[\w'’-]+ ){0,4}$/i;
/** The verb of a trial or a sentence right before a day: "the trial … opened on", "went on trial on", "was denied parole on". */
const FRAME_DAY_BEFORE =
  /(?:\b(?:trials?|hearings?|proceedings|inquests?|tribunal)\b[^.;,]{0,120}\b(?:opened|began|started|resumed|adjourned)|\b(?:(?:went|goes|go|stood|stands) on trial|pleaded (?:not )?guilty|(?:was|were) (?:sentenced|jailed|convicted|acquitted|indicted|tried|(?:denied|granted|refused) parole|(?:released|freed) from (?:prison|jail))))\s+(?:[\w'’-]+\s+){0,3}?$/i;
const genreCache = new WeakMap<Doc, boolean>();
/**
 * A story that retells past violence (a trial, an inquest, a report, a commemoration): its lead tells of events only
 * through frames or at past dates, and so do at least half of the sentences that tell of any event.
 */
export function retellingGenre(doc: Doc, dates: DateMention[], published: string | null): boolean {
  const known = genreCache.get(doc);
  if (known !== undefined) return known;
  let told = 0;
  let retold = 0;
  let leadTold = 0;
  let leadRetold = 0;
  const datesOf = new Map<number, DateMention[]>();
  for (const d of dates) {
    const list = datesOf.get(d.sent);
    if (list) list.push(d);
    else datesOf.set(d.sent, [d]);
  }
  // (a headline, a first line with no closing stop, sums up the lead: the first paragraph after it to tell of an event)
  const headline = hasHeadline(doc);
  let lead = -1;
  for (const s of doc.sentences.slice(0, 200)) {
    // (a lead that tells of now settles it: the rest need not be read)
    if (lead >= 0 && s.para > lead && leadRetold * 2 <= leadTold) break;
    if (s.text.length > 3000 || (headline && s.para === 0)) continue;
    const t = bestTrigger(withoutCharges(s.text));
    if (!t) continue;
    told++;
    const own = datesOf.get(s.index) ?? [];
    // (a sentence with a day in the line of current events tells of now, whatever else it recalls)
    // (nor does a wire dateline's day, the day of filing: "KATHMANDU, Jan 19: A commission has held …")
    const recent =
      !!published && own.some((d) => recentDay(d, published) && !saidBefore(doc, d) && !datelineDate(doc, d));
    const past =
      !!frameOf(s.text, t.at, t.len) ||
      (!recent &&
        (PAST_IN_PASSING.test(s.text) ||
          PAST_PERFECT_BEFORE.test(s.text.slice(Math.max(0, t.at - 60), t.at)) ||
          (!!published &&
            own.some((d) => d.iso.slice(0, 7) < published.slice(0, d.iso.slice(0, 7).length)))));
    if (past) retold++;
    if (lead < 0) lead = s.para;
    if (s.para === lead) {
      leadTold++;
      if (past) leadRetold++;
    }
  }
  const out = leadRetold * 2 > leadTold && retold * 2 >= told;
  genreCache.set(doc, out);
  return out;
}

/**
 * A story of one day: when every other current record of the article that has a day has the same one, a current
 * record told with no day of its own ("In Mombasa, several hundred people marched …", "Two of the missiles hit the
 * port") happened on that day too (kept weak).
 */
export function oneDayStory(found: { background: boolean; date: string | null; dateWeak: boolean }[]): void {
  const days = new Set(found.flatMap((f) => (!f.background && f.date ? [f.date.slice(0, 10)] : [])));
  const [day] = days;
  if (days.size !== 1 || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
  for (const f of found)
    if (!f.background && !f.date) {
      f.date = day;
      f.dateWeak = true;
    }
}
