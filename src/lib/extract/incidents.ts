/**
 * Incidents shaped like ACLED events. A trigger lexicon gives the type and sub-type; slots are filled over a discourse
 * window (the trigger sentence, its paragraph, then later paragraphs that refer back: "the statement said no injuries…",
 * "… didn't ascribe blame for the incident"). Generic, hypothetical and figurative mentions are not incidents;
 * past events mentioned in passing are kept with `background: true`.
 *
 * This module reads a document sentence by sentence and orchestrates the parts in ./incidents/: triggers (types and
 * sub-types), not-events (what tells of no incident), when (date and background), places, actors, account (the
 * discourse window), casualties, attribution, merge (one event, one record), protests, remote (war reporting's
 * barrages) and joined (an event whose doer, act and harm are told in sentences of their own).
 */
import { type DateMention, extractDates } from './dates.ts';
import { buildDoc, type Doc, type Sentence } from './doc.ts';
import { bareLine, hasHeadline, linkListed } from './entities/lines.ts';
import { type Entities, extractEntities } from './entities.ts';
import {
  accountSentences,
  completeFromAccount,
  completeSlots,
  dayFromAccount,
  laterClaims,
  priorAccount,
  readAccount,
  reportDayBefore,
  setHitSentences,
  windowOf,
} from './incidents/account.ts';
import { actorsOf, defusal, isGenericActor, tidyActor } from './incidents/actors.ts';
import { resolveDoer } from './incidents/attribution.ts';
import { calibrate } from './incidents/calibrate.ts';
import {
  CAME_SRC,
  daysFrom,
  lastCurrent,
  mentionsWithin,
  REACTION_SRC,
  SPAN_SRC,
  speakerOnly,
} from './incidents/common.ts';
import { settleEvents } from './incidents/events.ts';
import { gateByKind } from './incidents/genre.ts';
import { loneHeadline, pastTenseHeadline } from './incidents/headline.ts';
import { joinedSite } from './incidents/joined.ts';
import { ARMED_SIDE, attackFoughtBack, raidFought } from './incidents/kinds.ts';
import { foldRepeats, mergeInto, placesAgree } from './incidents/merge.ts';
import { examplesListed, examplesOfReport, leadIsViolent, recallsOfOtherNews } from './incidents/news.ts';
import { FIGURATIVE, pluralBackdrop, screen, settleUntied, withoutCharges } from './incidents/not-events.ts';
import {
  bestPlace,
  guessPlaces,
  inDateline,
  placeOf,
  placeWeakness,
  setDatelines,
  within,
} from './incidents/places.ts';
import {
  classifyProtest,
  family,
  foldArrests,
  foldCrowdless,
  namedForce,
  STATE_WORD,
} from './incidents/protests.ts';
import { prepareRemote, remoteSites, type Site } from './incidents/remote.ts';
import { kindOfSides } from './incidents/sides.ts';
import { bestTrigger, forgetTriggers } from './incidents/triggers.ts';
import type { Candidate, ExtractedIncident, Reading } from './incidents/types.ts';
import {
  backgroundOf,
  countedBack,
  dateRules,
  eventDate,
  oneDayStory,
  weekdaysOfPastMonth,
  withoutCrowdCause,
} from './incidents/when.ts';
import { plainReading } from './incidents/wording.ts';
import { extractNumbers, type NumberMention } from './numbers.ts';

export { tidyActor } from './incidents/actors.ts';
export { damageIn } from './incidents/casualties.ts';
export type { ExtractedIncident } from './incidents/types.ts';

/** The words that recall a past event at its anniversary or in its memory. */
const ANNIVERSARY_BEFORE =
  /\b(?:anniversary of|(?:mark(?:s|ed|ing)?|commemorat\w+|remember\w*|mourn\w*)\b[^.;]{0,40}\b(?:years?|months?|decades?) (?:since|after)|in (?:memory|remembrance) of (?:those|the \w+) (?:killed|who died))\b[^.;]{0,100}$/i;

/** A reaction to an event right before its words: "to protest against a wave of", "condemned the", "summoned … over". */
const REACTION_BEFORE = new RegExp(
  String.raw`\b(?:${REACTION_SRC}|deplor(?:ed|ing|es)|criticis(?:ed|ing|es)|criticiz(?:ed|ing|es)|summon(?:ed|ing|s)?\b[^.;]{0,80}\b(?:over|about|after)|blam(?:ed|es|ing)\b[^.;]{0,60}\bfor)\s+(?:[\w'’-]+\s+){0,6}$`,
  'i',
);
/** Words that date one event by another right before its trigger: "came two days after heavy", "days after an army". */
const RELATING_BEFORE = new RegExp(
  String.raw`\b(?:${CAME_SRC}\b[^.;]{0,40}?|(?:[\w-]+ )?${SPAN_SRC} )(?:after|before)\s+(?:[\w'’-]+\s+){0,4}$`,
  'i',
);
/** The name of a state's armed force or one of its commands. */
const ARMED_FORCE =
  /\b(?:forces|army|military|armed forces|defen[cs]e forces?|navy|air force|command|militia|brigades?|guards?)\b/i;
/**
 * A paragraph closed by a photo credit: "… on Saturday, May 17, 2025. (Courier photo/Ben Alvarado)", "(AFP / Idris
 * Ngala)" (an outlet and a photographer, set apart by a slash).
 */
const PHOTO_CREDIT =
  /\((?:(?:[^()]{0,40}\b)?(?:photo|photograph|picture|image|pool photo|file photo)s?\b\s*(?:\/|by\b|:)[^()]{1,60}|\p{Lu}[^()/\d]{1,30}\s?\/\s?\p{Lu}[^()/\d]{1,40})\)$/iu;

/**
 * The incidents of an article: `raw` is the text `doc` was built from (see ./incidents/wording.ts: rare wording is read
 * as the plain word, and the records keep the article's own words as evidence).
 */
export function extractIncidents(
  raw: string,
  doc: Doc,
  ents: Entities,
  dates: DateMention[],
  nums: NumberMention[],
  published: string | null,
): ExtractedIncident[] {
  const plain = plainReading(raw, doc);
  if (!plain) return incidentsOf(doc, ents, dates, nums, published);
  const e = extractEntities(plain.doc);
  const ds = extractDates(plain.doc, e, published).dates;
  return incidentsOf(plain.doc, e, ds, extractNumbers(plain.doc, ds), published).map((f) => ({
    ...f,
    evidence: plain.original(f.evidence, plain.doc.sentences[f.sentence]?.start ?? 0),
  }));
}

function incidentsOf(
  doc: Doc,
  ents: Entities,
  dates: DateMention[],
  nums: NumberMention[],
  published: string | null,
): ExtractedIncident[] {
  if (!loneHeadline(doc)) return readIncidents(doc, ents, dates, nums, published);
  // A headline pasted alone tells its act in the present tense ("Gunmen kill nine police officers near Bannu
  // checkpoint"): it is read as the past-tense sentence it stands for, and its records keep the headline as evidence.
  // A headline gives no day: a record with none takes the publication day, when one is given, and says so.
  const line = doc.paragraphs[0].text;
  const past = pastTenseHeadline(line);
  // (a line closed by a stop that tells no act in a headline's tense is a sentence, read as one)
  if (!past && /\.\s*$/.test(line)) return readIncidents(doc, ents, dates, nums, published);
  let found: ExtractedIncident[];
  if (past) {
    const d = buildDoc(past);
    const e = extractEntities(d);
    const ds = extractDates(d, e, published).dates;
    found = readIncidents(d, e, ds, extractNumbers(d, ds), published);
  } else found = readIncidents(doc, ents, dates, nums, published);
  return found.map((f) => {
    const out: ExtractedIncident = { ...f, evidence: line, sentence: 0 };
    if (!out.date && published && !out.background) {
      out.date = published;
      out.dateFromPublication = true;
      out.summary = `${summarise(out)} (day not given: the publication day)`;
    }
    return out;
  });
}

function readIncidents(
  doc: Doc,
  ents: Entities,
  dates: DateMention[],
  nums: NumberMention[],
  published: string | null,
): ExtractedIncident[] {
  const found: Candidate[] = [];
  forgetTriggers();
  setDatelines(doc);
  // (each paragraph tested once: a long paragraph would otherwise be scanned again for every sentence in it)
  const captions = new Map<number, boolean>();
  const captioned = (para: number): boolean => {
    let v = captions.get(para);
    if (v === undefined) {
      v = PHOTO_CREDIT.test(doc.paragraphs[para]?.text.trim() ?? '');
      captions.set(para, v);
    }
    return v;
  };
  /** One trigger of a sentence (or one site it hit) made into a record, or merged into the event it tells again. */
  const consider = (s: Sentence, site: Site | null, manySites = false): void => {
    if (s.text.length > 3000) return;
    // a photo caption left in the body shows the event the story tells; it tells of no other
    if (captioned(s.para)) return;
    const text = s.text;
    const seen = screen(doc, dates, s, site);
    if (!seen) return;
    const { trig, at, trigLen, remote, sentDay, generic, hypothetical } = seen;
    // (a demonstration's own act told after its protest: "youths protesting against the count threw stones")
    const demonstration = family(trig.subType) === 'protest';
    const r: Reading = {
      doc,
      ents,
      dates,
      nums,
      published,
      s,
      site,
      manySites,
      text,
      trig,
      at,
      trigLen,
      remote,
      ...dateRules(doc, dates, s, at, demonstration, site?.seg ?? null, !!site?.ownDays),
    };
    const { saidOn, otherClause } = r;
    const bg = backgroundOf(r, eventDate(r), sentDay);
    // an event recalled by its anniversary ("gathered to mark ten years since gunmen stormed the campus") is the
    // background of the commemoration, on a day the sentence does not give
    // (also when the years counted back already made it background: "to mark ten years since gunmen stormed")
    const recalled =
      (!bg.background || countedBack(text, at)) &&
      ANNIVERSARY_BEFORE.test(text.slice(Math.max(0, at - 140), at));
    // an event told only by an earlier month ("In February, it briefly overran the base", "In February, a drone hit
    // the Saturday market") is a past one
    const pastMonth =
      !!published &&
      bg.date?.precision === 'month' &&
      (!sentDay ||
        weekdaysOfPastMonth(
          bg.date,
          r.sentDates.filter((d) => d.precision === 'day' || d.precision === 'time'),
        )) &&
      bg.date.iso.slice(0, 7) < published.slice(0, 7);
    let background = bg.background || recalled || pastMonth;
    let date = recalled ? null : bg.date;
    let place = placeOf(r);
    if (generic && !date) {
      // generic mentions are not incidents; a generic sentence with a concrete past event is background at most
      return;
    }
    if (hypothetical && !date) return;
    const actors = actorsOf(r);
    // slots from the sentence, its paragraph, and later paragraphs that refer back
    const window = windowOf(r);
    ({ place, date } = completeSlots(r, window, place, date));
    // a sentence that points back to an account no trigger caught takes that account's day and place
    ({ place, date } = priorAccount(
      r,
      place,
      date,
      found.flatMap((f) => f.paragraphs),
    ));
    const placeWeak = placeWeakness(r, place);
    const evSents = accountSentences(r, window);
    date = recalled ? null : dayFromAccount(r, evSents, date);
    // a day of another sentence of the account more than a year before the report ("The day marks the declaration of
    // independence on March 26, 1971") tells of the past: it is no day of this event, which keeps the day of the
    // report's events told before it ("the anniversary was marked today by a march. Police broke up the march …"), or
    // is background when the story tells none
    if (
      !background &&
      date &&
      date !== bg.date &&
      published &&
      (date.precision === 'day' || date.precision === 'time') &&
      daysFrom(date.iso.slice(0, 10), published) > 365
    ) {
      const today = reportDayBefore(r);
      if (today) date = today;
      else background = true;
    }
    // an event told to date another ("The shelling came two days after heavy fighting near X"): a day of the
    // sentence that is the day of the event last told is that event's, not this one's
    if (
      !background &&
      date &&
      date.start < s.start + at &&
      RELATING_BEFORE.test(text.slice(Math.max(0, at - 80), at)) &&
      lastCurrent(found)?.date?.slice(0, 10) === date.iso.slice(0, 10)
    )
      date = null;
    // strikes a government protests against or condemns ("summoned the ambassador in X on Monday to protest
    // against a wave of air strikes in Y"): the day and the place told before them are the reaction's
    const before = text.slice(Math.max(0, at - 160), at);
    if (!background && REACTION_BEFORE.test(demonstration ? withoutCrowdCause(before) : before)) {
      if (date && date.start < s.start + at) date = null;
      const after = bestPlace(ents, s.start + at, s.end, doc.text);
      const toldBefore = (p: { id: string }) =>
        mentionsWithin(ents, s.start, s.start + at, 'place').some((m) => m.id === p.id);
      if (after && (!place || (place.id !== after.id && toldBefore(place)))) place = after;
    }
    const { cas, attribution: told } = readAccount(r, evSents);
    const doer = resolveDoer(r, evSents, actors.attacker, told);
    const { attribution } = doer;
    // one who only tells of the event is neither its doer nor its target
    // (an armed force telling of a strike tells of its own: "the Defense Force said the strike on Monday hit …")
    // (nor one who tells of its own arrests or of a bomb it made safe: "police said they had arrested four men")
    const attacker =
      speakerOnly(doer.attacker, text, at) &&
      !ARMED_FORCE.test(doer.attacker ?? '') &&
      trig.subType !== 'Arrests' &&
      !defusal(r)
        ? 'unknown'
        : doer.attacker;
    const target = speakerOnly(actors.target, text, at) ? null : actors.target;
    if (pluralBackdrop(r, place, background, cas)) return;
    let confidence = trig.strength;
    if (place && place.kind !== 'country') confidence += 0.15;
    else if (place) confidence += 0.05;
    if (date && (date.precision === 'day' || date.precision === 'time')) confidence += 0.1;
    if (cas.killed !== null || cas.injured !== null) confidence += 0.05;
    if (attribution) confidence += 0.05;
    if (generic) confidence -= 0.25;
    if (
      !background &&
      !(date && (date.precision === 'day' || date.precision === 'time')) &&
      !(place && place.kind !== 'country')
    )
      confidence -= 0.2;
    if (hypothetical) confidence -= 0.2;
    confidence = Math.max(0.05, Math.min(0.99, Math.round(confidence * 100) / 100));
    if (confidence < 0.35) return; // too little to call it an incident
    // an event dated after publication has not happened yet ("another protest next Wednesday")
    if (
      date &&
      published &&
      (date.precision === 'day' || date.precision === 'time') &&
      date.iso.slice(0, 10) > published
    )
      return;
    const dateIso = date
      ? date.precision === 'time'
        ? date.iso
        : date.precision === 'day'
          ? date.iso
          : null
      : null;
    const localTime =
      date?.precision === 'time' && date.parts.h !== undefined
        ? `${String(date.parts.h).padStart(2, '0')}:${String(date.parts.mi ?? 0).padStart(2, '0')}`
        : null;
    const inc: Candidate = {
      type: trig.type,
      subType: trig.subType,
      summary: '',
      evidence: text,
      place: place?.name ?? null,
      country: place?.country ?? null,
      date: dateIso ?? (background && date ? date.iso : null),
      localTime,
      attacker,
      target,
      attribution: attribution?.text ?? 'not ascribed',
      killed: cas.killed,
      injured: cas.injured,
      damage: cas.damage,
      background,
      confidence,
      lowConfidence: confidence < 0.5,
      weapon: trig.weapon ?? null,
      sentence: s.index,
      paragraphs: [...new Set(window.map(([a]) => doc.paragraphs.findIndex((p) => p.start === a)))],
      trig,
      start: s.start,
      placeRef: place,
      placeWeak,
      // (a day of another clause, "arrived on Wednesday, days after a drone attack", is no day of this event's own)
      dateWeak: !date || saidOn(date) || otherClause(date),
      firstPara: s.para,
      lastPara: s.para,
      sents: evSents.map((x) => x.index),
      part: site?.seg ?? undefined,
      launcher: doer.launcher,
    };
    if (!mergeInto(found, inc, r, { place, placeWeak, attribution })) found.push(inc);
  };
  prepareRemote(doc);
  const sitesOf = doc.sentences.map((s) => {
    if (s.text.length > 3000 || FIGURATIVE.test(s.text)) return null;
    const seen = withoutCharges(s.text);
    return remoteSites(doc, ents, s, (t) => bestTrigger(t === s.text ? seen : withoutCharges(t)), inDateline);
  });
  // a place hit told without a weapon, after a barrage, is an event of its own (it ends the account before it)
  setHitSentences(
    new Set(doc.sentences.filter((_s, k) => sitesOf[k]?.some((x) => x.hit)).map((s) => s.text)),
  );
  // (the lines of a list of links to other stories tell those stories' events, never this one's)
  const linkParas = new Set(doc.paragraphs.flatMap((_p, k) => (linkListed(doc, k) ? [k] : [])));
  // (the points of a list that sums up the story are read after the body: the body's account of an event is the
  // record, and a point tells more of it, or of an event the body does not tell)
  const points = keyPoints(doc);
  const order = [
    ...doc.sentences.filter((s) => !points.has(s.para)),
    ...doc.sentences.filter((s) => points.has(s.para)),
  ];
  order.forEach((s) => {
    const k = s.index;
    if (s.text.length > 3000 || linkParas.has(s.para)) return;
    const sites = sitesOf[k];
    if (sites) {
      // (places on the map, neither inside the other: "in Kyiv … in the Solomianskyi district" is one place)
      const mapped = sites.flatMap((x) => (x.place && x.place.lat !== null ? [x.place] : []));
      const placesHit = [
        ...new Set(
          mapped.filter((p) => !mapped.some((q) => q.id !== p.id && within(p, q, s.text))).map((p) => p.id),
        ),
      ];
      for (const site of sites) consider(s, site, placesHit.length >= 2);
    } else if (bestTrigger(s.text)) consider(s, null);
    // a sentence that tells no event alone may begin one told over the sentences after it
    else
      consider(
        s,
        joinedSite(doc, ents, dates, s, (t) => !!bestTrigger(t)),
      );
  });
  // (what the news is, read before later steps fold the headline's records into the body's)
  const violentLead = leadIsViolent(found, doc, dates, published, (k) => !!sitesOf[k]?.length);
  foldArrests(found, doc);
  guessPlaces(found, doc, ents);
  completeFromAccount(found, doc, ents, nums);
  foldRepeats(found, doc, ents);
  laterClaims(found, doc, ents);
  for (const f of found) {
    if (family(f.subType) === 'protest') {
      classifyProtest(f, doc, ents);
      continue;
    }
    // (a raid of a state's forces that armed men fought is a battle, told after the raid's own sentence; so is an
    // attack whose armed guards fired back)
    if (raidFought(f.subType, f.sents, doc) || attackFoughtBack(f.subType, f.sents, doc)) {
      f.type = 'Battles';
      f.subType = 'Armed clash';
    }
    const sides = kindOfSides(f, doc);
    if (sides) {
      f.type = sides.type;
      f.subType = sides.subType;
    }
    if (isGenericActor(f.attacker) || STATE_WORD.test(f.attacker ?? '')) {
      const named = namedForce(f.attacker, ents);
      if (named) f.attacker = named;
    }
  }
  foldCrowdless(found, doc);
  foldHeadline(found, doc);
  dropLinkLines(found, doc);
  settleEvents(found, doc, ents, dates);
  recallsOfOtherNews(found, doc, dates, published, violentLead);
  examplesOfReport(found, doc, dates, published);
  examplesListed(found, doc, violentLead);
  gateByKind(found, doc, dates, published);
  for (const f of found) {
    // (the side whose weapons an interception downed, named by its report, is its doer: set now, after the records
    // are settled, so that no strike of that side takes the tally in)
    if (f.launcher && (!f.attacker || f.attacker === 'unknown' || isGenericActor(f.attacker)))
      f.attacker = f.launcher;
    f.attacker = tidyActor(f.attacker) ?? 'unknown';
    f.target = tidyActor(f.target);
  }
  settleUntied(found);
  oneDayStory(found);
  calibrate(found, doc, published);
  return found.map(
    ({
      sents: _ss,
      trig: _t,
      start: _s,
      placeRef: _p,
      placeWeak: _pw,
      dateWeak: _w,
      firstPara: _f,
      lastPara: _l,
      part: _pt,
      launcher: _ln,
      ...inc
    }) => ({
      ...inc,
      summary: summarise(inc),
    }),
  );
}
const ARMED = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
/** A page's section line: parts set apart by bars, or a line in capitals. */
const SECTION_LINE = /^(?:[^|\n]{1,40}\s\|\s[^|\n]{1,40}|[^a-z\n]{1,40})$/;
/**
 * A headline that no sentence of the body told again sums up events the body tells in detail ("air strikes hit village
 * and school, killing 12"; "trade blame after deadly border clash"): when the body tells an event of its kind (or, for
 * a headline with no place of its own, any armed event), the headline adds no record of its own. So does a second
 * title line under it (a standfirst: "Rebels separately claim an ambush on the highway"), whose events the body tells
 * below it.
 */
function foldHeadline(found: Candidate[], doc: Doc): void {
  // (a first paragraph closed by a stop is the body's first paragraph, not a headline)
  // (a page's section line may come before it: "CLUB OF MOZAMBIQUE | Security", "WORLD")
  let head = 0;
  while (head < doc.paragraphs.length - 1 && SECTION_LINE.test(doc.paragraphs[head].text.trim())) head++;
  if (!hasHeadline(doc, head)) return;
  const deck = bareLine(doc.paragraphs[head + 1]?.text.trim() ?? '.') ? head + 1 : head;
  for (let k = found.length - 1; k >= 0; k--) {
    const h = found[k];
    if (h.background || h.firstPara < head || h.firstPara > deck || h.lastPara !== h.firstPara) continue;
    const loose = !h.placeRef || h.placeRef.kind === 'country' || h.placeRef.kind === 'region';
    // (a fight whose headline names no armed side, "land clash leaves three dead", may be a fight of crowds)
    const sideless =
      h.subType === 'Armed clash' && !ARMED_SIDE.test(doc.sentences[h.sentence]?.text ?? h.evidence);
    // (an armed event the body tells at the headline's place is the one the headline sums up, whatever kind the
    // headline's few words suggest: the body's account is the stronger evidence)
    const text = doc.sentences[h.sentence]?.text ?? h.evidence;
    // (a second title line often tells a second event: it is the body's only when the body tells one of its kind at
    // its place, on its day if both give one)
    const sameAsDeck = (f: Candidate) =>
      family(f.subType) === family(h.subType) &&
      !!f.placeRef &&
      !!h.placeRef &&
      placesAgree(f, h, text) &&
      (h.dateWeak || f.dateWeak || !h.date || !f.date || h.date.slice(0, 10) === f.date.slice(0, 10));
    const told = found.some(
      (f) =>
        f !== h &&
        !f.background &&
        f.firstPara > h.firstPara &&
        (h.firstPara > head ? sameAsDeck(f) : true) &&
        (family(f.subType) === family(h.subType) ||
          (loose && ARMED.has(f.type) && ARMED.has(h.type)) ||
          (ARMED.has(f.type) &&
            ARMED.has(h.type) &&
            !!f.placeRef &&
            !!h.placeRef &&
            placesAgree(f, h, text)) ||
          (sideless && f.subType === 'Mob violence')),
    );
    if (told) found.splice(k, 1);
  }
}
/** A list's label that sums up the story before its body: "Key points", "Key developments", "At a glance". */
const KEY_POINTS_LABEL =
  /^(?:key (?:points|events|developments|facts|takeaways)|highlights|at a glance|what we know(?: so far)?|in brief|summary|the latest)\s*:?$/i;
/** The paragraphs of a list under such a label near the top of the page: one line each, opened by a bullet. */
function keyPoints(doc: Doc): Set<number> {
  const label = doc.paragraphs.findIndex((p, k) => k <= 6 && KEY_POINTS_LABEL.test(p.text.trim()));
  const out = new Set<number>();
  if (label < 0) return out;
  for (let k = label + 1; k < doc.paragraphs.length && /^[-•*–]\s/.test(doc.paragraphs[k].text.trim()); k++)
    out.add(k);
  return out;
}
/**
 * A line deep in the body with no closing stop, told once and never again ("Pakistan, Afghanistan trade blame after
 * deadly border clash"), is the headline of a linked story, not this story's event.
 */
function dropLinkLines(found: Candidate[], doc: Doc): void {
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k];
    if (f.firstPara < 3 || f.firstPara !== f.lastPara || f.sents.length > 1) continue;
    const p = doc.paragraphs[f.firstPara]?.text.trim() ?? '';
    if (bareLine(p)) found.splice(k, 1);
  }
}
function summarise(i: Omit<ExtractedIncident, 'summary'>): string {
  const where = i.place ? ` at ${i.place}${i.country && i.place !== i.country ? ` (${i.country})` : ''}` : '';
  const when = i.date ? ` on ${i.date.slice(0, 10)}${i.localTime ? ` ${i.localTime} local` : ''}` : '';
  const who = i.attacker && i.attacker !== 'unknown' ? `${i.attacker}` : 'unknown attacker';
  const tgt = i.target ? ` against ${i.target}` : '';
  const cas = [
    i.killed !== null ? `${i.killed} killed` : null,
    i.injured !== null ? `${i.injured} injured` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${i.subType}${where}${when}: ${who}${tgt}${cas ? `; ${cas}` : ''}${i.background ? ' (background)' : ''}`;
}
