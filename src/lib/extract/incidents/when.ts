/**
 * When an incident happened and whether it is background: the day or time of a trigger (in its sentence, else its
 * paragraph, never the day a statement was made), and the background flag for past events mentioned in passing.
 */
import type { DateMention } from '../dates.ts';
import type { Doc, Sentence } from '../doc.ts';
import { REACTION_SRC } from './common.ts';
import type { Reading } from './types.ts';

/** A time well past, relative to the report: "last month", "the previous week", "two months ago", "earlier this year". */
const PAST_IN_PASSING =
  /\b(?:last|the previous|the prior) (?:month|year|summer|spring|autumn|winter|fall|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:earlier this|late last|early last) (?:month|year)\b|\b(?:a|one|two|three|four|five|six|several|a few|\d+) (?:months?|years?) (?:ago|earlier|before)\b/i;
const BACKGROUND_CUE =
  /\b(?:anniversary|escalated (?:\w+ )?after|since the|ever since|years? (?:ago|earlier)|in (?:19|20)\d\d|back in|the (?:\d{4}|previous) )/i;

/** An answer to events told after it: "to protest against", "condemning", "in protest at". */
const ANSWER_BETWEEN = new RegExp(String.raw`\b(?:to protest|${REACTION_SRC})\b`, 'i');

/** A weekend ("at the weekend", "over the weekend"): two days, not a day. */
export const WEEKEND = /\bweek-?end\b/i;

/** How the dates of a document read for a trigger at `at` of sentence `s`. */
export function dateRules(
  doc: Doc,
  dates: DateMention[],
  s: Sentence,
  at: number,
): Pick<Reading, 'sentDates' | 'saidOn' | 'otherClause' | 'dayDates'> {
  const sentDates = dates.filter((d) => d.sent === s.index);
  // the day a statement was made is not the day of the event: "the military said on Thursday that …"
  const saidOn = (d: DateMention) =>
    /\b(?:said|says|announced|reported|confirmed|told (?:\w+ ){0,2}|stated|added|statement|claimed|emerged|surfaced)\s+(?:late |early )?(?:on |in |at )?$/i.test(
      doc.text.slice(Math.max(0, d.start - 40), d.start),
    );
  // "Curfew was imposed on Wednesday after clashes …": that day belongs to the other clause
  // (and "summoned the ambassador on Monday to protest against a wave of air strikes": the day of the answer)
  const otherClause = (d: DateMention) =>
    d.sent === s.index &&
    d.end <= s.start + at &&
    (/\b(?:after|following)\b/i.test(doc.text.slice(d.end, s.start + at)) ||
      ANSWER_BETWEEN.test(doc.text.slice(d.end, s.start + at)));
  const dayDates = (list: DateMention[]) => {
    // ("at the weekend" names two days, neither of them the event's for sure)
    const days = list.filter(
      (d) => (d.precision === 'day' || d.precision === 'time') && !WEEKEND.test(d.text),
    );
    const event = days.filter((d) => !saidOn(d) && !otherClause(d));
    return event.length
      ? event
      : days.filter((d) => !otherClause(d) || !ANSWER_BETWEEN.test(doc.text.slice(d.end, s.start + at)));
  };
  return { sentDates, saidOn, otherClause, dayDates };
}

/** The date of a trigger: in the sentence (time beats day), else in the paragraph. */
export function eventDate(r: Reading): DateMention | null {
  const { doc, dates, s, site, text, sentDates, dayDates } = r;
  const paraDates = dates.filter((d) => doc.sentences[d.sent].para === s.para && d.sent < s.index);
  // a month or a year of its own, before the report's ("since a rocket attack on the base in 2023"), dates the
  // sentence's event to that time, not to the day an earlier sentence of its paragraph gave
  const ownPast = sentDates.find(
    (d) =>
      (d.precision === 'month' || d.precision === 'year') &&
      !r.saidOn(d) &&
      !!r.published &&
      d.iso < r.published.slice(0, d.iso.length),
  );
  let date =
    dayDates(sentDates).find((d) => d.precision === 'time' && !d.anchored) ??
    dayDates(sentDates).find((d) => d.precision === 'time') ??
    dayDates(sentDates)[0] ??
    ownPast ??
    dayDates(paraDates).reverse()[0] ??
    sentDates.find(
      (d) => !(d.end <= s.start + r.at && ANSWER_BETWEEN.test(doc.text.slice(d.end, s.start + r.at))),
    ) ??
    null;
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
    /\b(?:that (?:month|year|week|day|summer|spring|autumn|winter|night)|at the time)\b/i.test(text)
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
  return date;
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
  if (date && published) {
    const days =
      (Date.parse(published) - Date.parse(date.iso.slice(0, 10).padEnd(10, '-01').replace(/-$/, '-01'))) /
      864e5;
    if (days > 60 || (date.precision === 'year' && pubYear !== null && date.parts.y < pubYear))
      background = true;
  }
  // the event a state of things dates from ("have been on alert since militants kidnapped two aid workers on April
  // 1"), in an earlier month than the report, is told in passing
  if (
    date &&
    published &&
    date.iso.slice(0, 7) < published.slice(0, 7) &&
    /\b(?:since|ever since)\s+(?:[\w'’-]+,?\s+){0,8}$/i.test(text.slice(Math.max(0, at - 80), at))
  )
    background = true;
  // an activity kept up since some earlier time ("has been among the groups supporting protests since …") is context
  if (/\b(?:has|have) been\b[^.;]{0,80}\bsince\b/i.test(text) && /\bsince\b/i.test(text.slice(at)))
    background = true;
  if (
    BACKGROUND_CUE.test(text) &&
    !(date && (date.precision === 'day' || date.precision === 'time') && !background)
  )
    background = true;
  // a past event told in passing ("after Houthi forces seized a tanker last month", "the strike last week on a car
  // near Sidon"), with no day of its own: background, at the time the sentence gives (not the paragraph's day)
  if (!background && !sentDay && PAST_IN_PASSING.test(text)) {
    background = true;
    const own = sentDates.filter((d) => !saidOn(d));
    date = own[own.length - 1] ?? null;
  }
  return { background, date };
}
