/**
 * The account of an event: the discourse window a trigger's slots are filled from (its paragraph and later
 * paragraphs that refer back), the sentences that speak of the event (up to one with an event of its own), the
 * place, day, casualties and attribution read over them, and the record completed from the account that runs on
 * after its last trigger sentence.
 */
import type { DateMention } from '../dates.ts';
import type { Doc, Sentence } from '../doc.ts';
import { titleLine } from '../entities/lines.ts';
import type { Entities, Place } from '../entities.ts';
import type { NumberMention } from '../numbers.ts';
import {
  countryActor,
  demonymForces,
  forceOfCountry,
  isGenericActor,
  lastNamed,
  sameActor,
  selfReporter,
} from './actors.ts';
import {
  ANSWER,
  type Attribution,
  attributionIn,
  OWN_CLAIM,
  ownClaimsIn,
  REPELLED,
  speakerOf,
  stateOf,
  TERRITORY_CLAIM,
  withoutAside,
} from './attribution.ts';
import { type Casualties, casualtiesIn, damageIn, TALLY } from './casualties.ts';
import { CAME_SRC, daysFrom, escapeRe, mentionsWithin, SPAN_SRC } from './common.ts';
import { FIGURATIVE } from './not-events.ts';
import { bestPlace, inDateline, PLACE_RANK, within } from './places.ts';
import { anyTrigger } from './triggers.ts';
import type { Candidate, Reading } from './types.ts';
import { pastTimeOfItsOwn, WEEKEND } from './when.ts';

const REFER_BACK =
  /\b(?:the|this|that) (?:incident|attackers?|assailants|gunmen|raiders|kidnappers|abductors|attack|strike|blast|explosion|shelling|statement|readout|shoot-?down|assault|clash|bombing|raid)\b|\bno (?:injuries|casualties|damage|deaths|one was)\b|\b(?:killed|wounded|injured|injuries|died|casualties|damage|damaged|destroyed|claimed responsibility|blame|blamed|ascribe|attribut)/i;
/** A word between "the" and the event noun that does not mark another event ("the second strike", "the next attack"). */
const MODIFIER =
  /(?!(?:first|second|third|next|last|previous|earlier|later|latest|new|other|another|separate|fresh|further|past|recent|similar|such|same)\b)[a-z][\w-]*/;
/**
 * A sentence that refers back to an event already told, with up to two words between ("This precision self-defense
 * strike"), none that marks another event ("the second strike", "the next attack").
 */
export const REFERS = new RegExp(
  `\\b(?:[Tt]he|[Tt]his|[Tt]hat|THE|THIS|THAT|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's) (?:${MODIFIER.source} ){0,2}(?:incident|attack|strike|air ?strike|drone strike|blast|explosion|shelling|bombing|raid|assault|clash(?:es)?|violence|protest|riot|march|unrest|demonstration|ambush|shoot-?down|massacre|killings?|abduction|kidnapping|bombardment|barrage|operation|offensive|fighting)\\b`,
);
/** "The attack", "this precision self-defense strike": the event told, named again at the head of a paragraph. */
const THE_ATTACK = new RegExp(
  `\\b(?:[Tt]he|[Tt]his) (?:${MODIFIER.source} ){0,2}(?:incident|attack|strike)\\b`,
);
/** The thing hit, told again: "the car was struck at around 11:20 a.m. on the road between …". */
const STRUCK_AGAIN =
  /\b(?:the|his|her|their|its) (?:[\w-]+ )?(?:car|vehicle|house|home|building|convoy|truck|lorry|motorcycle|boat|vessel|ship|tanker|apartment|bus|tent|camp|compound|position|post) (?:was|were|had been) (?:struck|hit|targeted|bombed|shelled|destroyed)\b/i;
/** A sentence that tells an act of its own before it points back to the event told ("struck the launchers used in the attack"). */
export function actBeforeReference(text: string): boolean {
  const r = REFERS.exec(text);
  if (!r || r.index === 0) return false;
  const before = text.slice(0, r.index);
  return ACT_VERB.test(before) && anyTrigger(before);
}
/** A verb of a violent act of its own. */
const ACT_VERB =
  /\b(?:struck|hit|shelled|bombed|bombarded|fired (?:on|at)|attacked|raided|stormed|targeted|destroyed|launched)\b/i;
/** A sentence that relates one event to another in time ("The strike came two days after …"). */
export const RELATED = new RegExp(
  String.raw`\b${CAME_SRC}\b[^.]{0,40}\b(?:after|before)\b|\b${SPAN_SRC} (?:after|before|earlier|later)\b`,
  'i',
);
/** Sentences of the document being read that tell of a place a barrage hit (set per document). */
let hitSentences = new Set<string>();

/**
 * Whether each sentence of the document being read tells an event of its own: asked again for a sentence from every
 * event told beside it in its paragraph, so read once.
 */
const ownEvents = new Map<string, boolean>();

/** Marks the sentences of the document about to be read that tell of a place a barrage hit. */
export function setHitSentences(texts: Set<string>): void {
  hitSentences = texts;
  ownEvents.clear();
}

/** A side's word that it did an act (not that it held one off, which tells the fight itself). */
function ownClaim(text: string): RegExpMatchArray | null {
  return ownClaimsIn(text).find((o) => !REPELLED.test(o[0])) ?? null;
}

function ownEvent(text: string): boolean {
  let own = ownEvents.get(text);
  if (own === undefined) {
    own =
      hitSentences.has(text) ||
      (!REFERS.test(text) && !ownClaim(text) && !FIGURATIVE.test(text) && anyTrigger(text));
    ownEvents.set(text, own);
  }
  return own;
}
/**
 * The sentences that speak of the event triggered in `s`, nearest first: `s`, the rest of its paragraph up to a
 * sentence with an event of its own, the sentences before it in the paragraph (back to such a sentence), then the
 * later paragraphs of the window, up to the first sentence with an event of its own.
 */
function eventSentences(doc: Doc, s: Sentence, window: [number, number][]): Sentence[] {
  const out: Sentence[] = [s];
  const para = doc.paragraphs[s.para];
  const pos = para.sentences.indexOf(s.index);
  for (let k = pos + 1; k < para.sentences.length; k++) {
    const sn = doc.sentences[para.sentences[k]];
    if (ownEvent(sn.text)) break;
    out.push(sn);
  }
  for (let k = pos - 1; k >= 0; k--) {
    const sn = doc.sentences[para.sentences[k]];
    if (ownEvent(sn.text)) break;
    out.push(sn);
  }
  for (const [a] of window.slice(1)) {
    const p = doc.paragraphs.find((x) => x.start === a);
    if (!p) continue;
    for (const k of p.sentences) {
      const sn = doc.sentences[k];
      if (ownEvent(sn.text)) return out;
      out.push(sn);
    }
  }
  return out;
}

/** A page time stamp alone on its line ("17:40 GMT", "9.15am"): live pages open each entry with one. */
const ENTRY_STAMP =
  /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|PKT|EAT|WAT|CAT|ET|EST|EDT|CT|PT|PST|PDT|AEST|local(?: time)?))?$/i;
/** Per document: the paragraphs that open an entry of a live page (its title line), or none for other pages. */
const entryStarts = new WeakMap<Doc, Set<number>>();
/**
 * A paragraph that opens an entry of a live page: on a page stamped entry by entry (three or more bare time stamps),
 * a title line after the lead with no closing stop ("Sumy death toll rises to nine"). An entry tells its own part of
 * the story: the account of an event told in one entry does not run on into the next.
 */
export function entryStart(doc: Doc, p: number): boolean {
  let set = entryStarts.get(doc);
  if (!set) {
    set = new Set();
    const live = (doc.stamps ?? []).filter((x) => ENTRY_STAMP.test(x.trim())).length >= 3;
    if (live)
      doc.paragraphs.forEach((para, k) => {
        const t = para.text.trim();
        if (k >= 1 && titleLine(t, 120) && !/^[-•*–]/.test(t)) set?.add(k);
      });
    entryStarts.set(doc, set);
  }
  return set.has(p);
}
/** What a paragraph tells, read once per document: any trigger, one other than "the attack" told again, a reference back. */
interface ParaReading {
  trigger: boolean;
  otherTrigger: boolean;
  refersBack: boolean;
}
const paraReadings = new WeakMap<Doc, Map<number, ParaReading>>();

function paraReading(doc: Doc, p: number): ParaReading {
  let byPara = paraReadings.get(doc);
  if (!byPara) {
    byPara = new Map();
    paraReadings.set(doc, byPara);
  }
  let read = byPara.get(p);
  if (!read) {
    const pt = doc.paragraphs[p].text;
    const trigger = anyTrigger(pt);
    read = { trigger, otherTrigger: trigger && !THE_ATTACK.test(pt), refersBack: REFER_BACK.test(pt) };
    byPara.set(p, read);
  }
  return read;
}

/** A sentence that opens on the doers of the event told: "The assailants entered …", "The gunmen then fled". */
const THE_DOERS = /^\s*(?:The|These) (?:\w+ )?(?:attackers|assailants|gunmen|raiders|kidnappers|abductors)\b/;
/** Per document: whether each sentence refers back to an event, tells the thing hit again or opens on the doers (read once). */
const refersAgain = new WeakMap<Doc, Map<number, boolean>>();

function refersBackTo(doc: Doc, sn: Sentence): boolean {
  let bySent = refersAgain.get(doc);
  if (!bySent) {
    bySent = new Map();
    refersAgain.set(doc, bySent);
  }
  let v = bySent.get(sn.index);
  if (v === undefined) {
    v = REFERS.test(sn.text) || STRUCK_AGAIN.test(sn.text) || THE_DOERS.test(sn.text);
    bySent.set(sn.index, v);
  }
  return v;
}

/** Per list of dates: the dates of each sentence, in list order. */
const datesBySentence = new WeakMap<DateMention[], Map<number, DateMention[]>>();

function datesOf(dates: DateMention[], sent: number): DateMention[] {
  let bySent = datesBySentence.get(dates);
  if (!bySent) {
    bySent = new Map();
    for (const d of dates) {
      const list = bySent.get(d.sent);
      if (list) list.push(d);
      else bySent.set(d.sent, [d]);
    }
    datesBySentence.set(dates, bySent);
  }
  return bySent.get(sent) ?? [];
}

/** The first sentence that starts at or after `at` (sentences are in text order). */
function firstSentenceFrom(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many sentences after a trigger its account is looked for in: far more than any paragraph of a real story
 * holds, and a bound that keeps one endless paragraph from costing time in the square of its length.
 */
const ACCOUNT_REACH = 100;

/** The paragraphs a trigger's slots are filled from: its own, and later paragraphs that refer back. */
export function windowOf(r: Reading): [number, number][] {
  const { doc, s } = r;
  const para = doc.paragraphs[s.para];
  const window: [number, number][] = [[para.start, para.end]];
  for (let p = s.para + 1; p < Math.min(doc.paragraphs.length, s.para + 4); p++) {
    if (entryStart(doc, p)) break;
    const read = paraReading(doc, p);
    if (read.otherTrigger) break;
    // a paragraph that does not refer back is skipped, not the end of the story ("The attackers fled …")
    if (read.refersBack) window.push([doc.paragraphs[p].start, doc.paragraphs[p].end]);
  }
  return window;
}

/** A settlement the sentence does not name: "in a village in", "on a border village near", "a hamlet outside". */
const UNNAMED_SETTLEMENT =
  /\b(?:a|one|another)\s+(?:[a-z-]+\s+)?(?:village|hamlet|town|settlement|community|locality)\s+(?:in|near|of|outside|on)\b/;
/**
 * A vague place or a missing day is completed from later sentences that refer back ("the strike hit … near
 * Jilib").
 */
export function completeSlots(
  r: Reading,
  window: [number, number][],
  place0: Place | null,
  date0: DateMention | null,
): { place: Place | null; date: DateMention | null } {
  const { doc, ents, dates, s, remote, saidOn } = r;
  let place = place0;
  let date = date0;
  if (
    !place ||
    place.kind === 'country' ||
    place.kind === 'region' ||
    // "in a village in Zamfara state": the province holds the place, which the account names
    (place.kind === 'province' && UNNAMED_SETTLEMENT.test(s.text)) ||
    !date ||
    saidOn(date) ||
    WEEKEND.test(date.text)
  ) {
    // the paragraph right after a lead tells its details even without pointing back ("Father X was seized … in
    // the village of Y … on Sunday"), up to a sentence with an event of its own
    const next = doc.paragraphs[s.para + 1];
    const detail = new Set<number>();
    // (not after the headline, whose next paragraph is the lead or the dateline)
    if (
      next &&
      s.para > 0 &&
      next.text.length > 60 &&
      !paraReading(doc, s.para + 1).trigger &&
      !entryStart(doc, s.para + 1)
    ) {
      for (const k of next.sentences) {
        if (ownEvent(doc.sentences[k].text)) break;
        detail.add(k);
      }
    }
    const ranges = detail.size ? [...window, [next.start, next.end] as [number, number]] : window;
    for (const [a, b] of ranges) {
      const last = Math.min(doc.sentences.length - 1, s.index + ACCOUNT_REACH);
      for (let k = Math.max(firstSentenceFrom(doc, a), s.index + 1); k <= last; k++) {
        const sn = doc.sentences[k];
        if (sn.start >= b) break;
        if (
          sn.end > b ||
          (!refersBackTo(doc, sn) && !detail.has(sn.index)) ||
          // "Shortly afterward, jets struck the launchers used in the attack near X": an act of its own, told before
          // the words that point back, has its own place and day
          actBeforeReference(sn.text) ||
          // "The attack came two days after a missile hit Kharkiv": another event, told to relate them
          (remote && RELATED.test(sn.text)) ||
          pastRetelling(r, sn)
        )
          continue;
        // (a detail sentence gives the day; its place may be where something else in the story happened)
        // (… unless it tells the act itself: "fighters attacked the detachment at X", the place after those words)
        const act = detail.has(sn.index) && !place ? EVENT_WORDS.exec(sn.text) : null;
        const p2 = refersBackTo(doc, sn)
          ? bestPlace(ents, sn.start, sn.end, doc.text)
          : act
            ? bestPlace(ents, sn.start + act.index, sn.end, doc.text)
            : null;
        if (
          p2 &&
          (PLACE_RANK[p2.kind] ?? 0) > (place ? (PLACE_RANK[place.kind] ?? 0) : 0) &&
          (!place?.country || p2.country === place.country)
        )
          place = p2;
        if (!date || saidOn(date) || WEEKEND.test(date.text)) {
          const d2 = datesOf(dates, sn.index).find(
            (d) =>
              (d.precision === 'day' || d.precision === 'time') &&
              !saidOn(d) &&
              (date && WEEKEND.test(date.text) && !saidOn(date)
                ? dayGap(d.iso, date.iso) <= 1
                : nearStatement(d, date)),
          );
          if (d2) date = d2;
        } else if (date.precision === 'day') {
          const d2 = datesOf(dates, sn.index).find(
            (d) => d.precision === 'time' && d.iso.slice(0, 10) === date?.iso.slice(0, 10),
          );
          if (d2) date = d2;
        }
      }
    }
  }
  return { place, date };
}

/**
 * The sentences that tell of the event, nearest first, never one that tells of an event of its own ("… killing 12
 * soldiers. In Mali, a roadside bomb … wounding nine"); of one of two or more places a sentence says were hit, the
 * rest of the account speaks only where it names it.
 */
export function accountSentences(r: Reading, window: [number, number][]): Sentence[] {
  const { doc, ents, s, site } = r;
  // (only a sentence that tells of two or more places hit: the toll told after a single site is that site's)
  const sitePlace = r.manySites ? (site?.place ?? null) : null;
  const evSents = eventSentences(doc, s, window).filter(
    (sn) =>
      (sn === s || !pastRetelling(r, sn)) &&
      (!sitePlace ||
        sn === s ||
        ents.mentions.some(
          (m) => m.kind === 'place' && m.id === sitePlace.id && m.start >= sn.start && m.end <= sn.end,
        )),
  );
  return evSents;
}

/**
 * A sentence after the event's own that tells an act at a past time of its own ("The attack revived memories of August
 * 2015, when rioters besieged a shelter in Heidenau"), when the event itself is of the report's days: it retells
 * another, past event, and lends the event neither its place, its day, its toll nor its kind.
 */
function pastRetelling(r: Reading, sn: Sentence): boolean {
  return (
    sn.index > r.s.index &&
    pastTimeOfItsOwn(r.doc, r.dates, sn.index, r.published) &&
    !pastTimeOfItsOwn(r.doc, r.dates, r.s.index, r.published) &&
    anyTrigger(sn.text)
  );
}
/** Only the day it was reported: the day it happened is told in the account ("… said Wednesday. … on Tuesday"). */
const dayGap = (a: string, b: string) => Math.abs(daysFrom(b, a));
/**
 * Told after a statement of its day, the event is no later than the statement and at most a week before it (a
 * clock time anchored to a date far back belongs to something else).
 */
function nearStatement(d: DateMention, said: DateMention | null): boolean {
  if (!said || (said.precision !== 'day' && said.precision !== 'time')) return true;
  return d.iso.slice(0, 10) <= said.iso.slice(0, 10) && dayGap(d.iso, said.iso) <= 7;
}
/**
 * The day of the report's events told nearest before a trigger's sentence: a day or a time at most a week before the
 * report and not after it, never the day of a statement or a dateline ("Ten years after police shot dead 34 miners at
 * Marikana, the anniversary was marked today by a march", told before "Police broke up the march with tear gas").
 */
export function reportDayBefore(r: Reading): DateMention | null {
  const { dates, s, published, saidOn } = r;
  if (!published) return null;
  let near: DateMention | null = null;
  for (const d of dates)
    if (
      d.sent < s.index &&
      (d.precision === 'day' || d.precision === 'time') &&
      d.iso.slice(0, 10) <= published &&
      daysFrom(d.iso.slice(0, 10), published) <= 7 &&
      !saidOn(d) &&
      (!near || d.start > near.start)
    )
      near = d;
  return near;
}
/** A toll told later than the event: "bringing the death toll to three", "the toll rose to", "died of his wounds". */
export const LATER_TOLL =
  /\b(?:bringing|brought|raising|raised|pushing|pushed|taking|took)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?toll\b|\btoll\b[^.;]{0,60}\b(?:rose|risen|rises|climbed|increased|reached|jumped)\b|\b(?:body|bodies) (?:was|were|had been) (?:found|recovered|pulled)\b|\bdied (?:later|overnight|of (?:his|her|their) (?:wounds|injuries)|in hospital)\b/i;
export function dayFromAccount(
  r: Reading,
  evSents: Sentence[],
  date0: DateMention | null,
): DateMention | null {
  const { dates, published, saidOn, otherClause } = r;
  let date = date0;
  if (!date || saidOn(date) || otherClause(date)) {
    for (const sn of evSents.slice(1)) {
      // (the day a later toll was told is not the event's: "one more body was found on the morning of Nov. 15")
      if (LATER_TOLL.test(sn.text)) continue;
      const d2 = dates.find(
        (d) =>
          d.sent === sn.index &&
          (d.precision === 'day' || d.precision === 'time') &&
          !saidOn(d) &&
          (!published || d.iso.slice(0, 10) <= published) &&
          nearStatement(d, date0),
      );
      if (d2) {
        date = d2;
        break;
      }
    }
  }
  return date;
}

/** A toll of another time: "in 2023", "last year", "a similar attack in March". */
const PAST_TOLL =
  /\b(?:19|20)\d\d\b|\b(?:last|previous|past) (?:year|month|week|spring|summer|autumn|fall|winter)\b|\b(?:earlier|similar|previous|last|another) (?:attack|strike|raid|ambush|bombing|blast|clash(?:es)?|incident|massacre)\b|\b(?:ago|earlier this (?:year|month))\b/i;
/** Subtypes of a crowd's event in which the state's force acts on the crowd: blame on that force is for its own act. */
const FORCE_ON_CROWD = /^(?:Excessive force against protesters|Protest with intervention)$/;
/**
 * Blame that cannot be the event's: an arrest is the state's own act and a peaceful march is no one's fault, whoever
 * is blamed near them; a crowd's own event (a riot, a march) with the blame put on the police or the troops who faced
 * it ("accused the police of firing tear gas into the crowd") is blame for the force's act, not for the crowd's.
 */
function blameNotOf(type: string, subType: string, at: Attribution): boolean {
  if (at.kind !== 'blamed') return false;
  if (subType === 'Arrests' || subType === 'Peaceful protest') return true;
  return (
    (type === 'Protests' || type === 'Riots') &&
    !FORCE_ON_CROWD.test(subType) &&
    !!at.on &&
    /^(?:the\s+)?(?:[a-z]+\s+)?(?:police|army|military|troops|soldiers|security forces|gendarmes|gendarmerie|officers)$/i.test(
      at.on,
    )
  );
}
/** Casualties, damage and attribution read sentence by sentence over the account, nearest first. */
export function readAccount(
  r: Reading,
  evSents: Sentence[],
): { cas: Casualties; attribution: Attribution | null } {
  const { doc, ents, nums, s, site } = r;
  const cas: Casualties = { killed: null, injured: null, damage: null };
  let attribution: ReturnType<typeof attributionIn> = null;
  const sides = new Map<string, number>();
  for (const sn of evSents) {
    // (the trigger sentence of one site: only the part that tells of it)
    const [a0, b0] = sn === s && site?.seg ? site.seg : [sn.start, sn.end];
    // a war's running tally or a toll of another time further down is no toll of this event
    const c =
      sn !== s && (TALLY.test(sn.text) || PAST_TOLL.test(sn.text))
        ? { killed: null, injured: null, damage: null }
        : casualtiesIn(doc.text.slice(a0, b0), nums, a0, b0, doc.text, ents);
    for (const [k, v] of c.sides ?? []) if (!sides.has(k)) sides.set(k, v);
    if (cas.killed === null) cas.killed = c.killed;
    if (cas.injured === null) cas.injured = c.injured;
    if (cas.damage === null) cas.damage = c.damage;
    // a claim or a blame anywhere in the account beats "no group has claimed it", and a claim beats blame
    if (!attribution || attribution.kind === 'none' || attribution.kind === 'blamed') {
      const at = attributionIn(doc, ents, sn.start, sn.end);
      if (at && !blameNotOf(r.trig.type, r.trig.subType, at) && (!attribution || at.kind !== 'none'))
        if (attribution?.kind !== 'blamed' || at.kind === 'claimed') attribution = at;
    }
  }
  // the dead of both sides of one fight add up: "killing 23 rebels … Three soldiers were killed" = 26
  if (sides.size >= 2) {
    const sum = [...sides.values()].reduce((x, y) => x + y, 0);
    if (cas.killed === null || sum > cas.killed) cas.killed = sum;
  }
  for (const sn of evSents) {
    const strong = damageIn(sn.text, true);
    if (strong && cas.damage !== 'none reported') {
      cas.damage = strong;
      break;
    }
  }
  return { cas, attribution };
}

/**
 * An event's account runs on after its last trigger sentence until the next event begins: blame told there
 * ("Local officials … blamed Dan Na Ambassagou"), the doer's country on a weapon in a witness's words ("It was a
 * Kyrgyz drone"), and who reports it complete the record.
 */
/** A raid by the state's men: "raided three houses", "stormed a compound", "swooped on a hideout". */
const RAID =
  /\b(?:raid(?:ed|s)?|stormed|swooped on|search(?:ed)? (?:operations? (?:in|on)|the (?:house|home|compound)))\b/i;
/** The raid's catch: people taken into custody. */
const CUSTODY =
  /\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing)|apprehended|taken into custody|took (?:\w+ )?into custody|rounded up|in custody)\b/i;
/** A fight or killing in the raid: then it is a battle or an attack after all. */
const RAID_FIGHT =
  /\b(?:killed|killing|dead|died|wounded|wounding|injured|clash(?:es|ed)?|exchanged (?:gun)?fire|firefights?|gun ?battles?|shoot-?outs?|opened fire|shot)\b/i;
/**
 * A raid that ends in arrests, with no fight told ("raided three houses … Four suspects were detained"), is an arrest
 * (ACLED: Strategic developments), not an armed clash or an attack on the people in the houses.
 */
function raidArrests(f: Candidate, doc: Doc, span: Sentence[]): void {
  if (
    f.background ||
    (f.subType !== 'Armed clash' && !(f.type === 'Violence against civilians' && f.subType === 'Attack'))
  )
    return;
  const own = doc.sentences[f.sentence];
  if (!own || !RAID.test(own.text) || RAID_FIGHT.test(own.text) || f.killed || f.injured) return;
  // the catch is told in the raid's sentence or the next few sentences of its account, in its paragraph or the next
  const told = [own, ...span.filter((sn) => sn.para <= own.para + 1).slice(0, 3)];
  const k = told.findIndex((sn) => CUSTODY.test(sn.text));
  if (k < 0 || told.slice(1, k + 1).some((sn) => RAID_FIGHT.test(sn.text))) return;
  f.type = 'Strategic developments';
  f.subType = 'Arrests';
  f.weapon = null;
  // the raiders' own act, told openly, as an arrest read as such ("officers raided the building and arrested three")
  if (f.attribution === 'not ascribed')
    f.attribution = `carried out by ${f.attacker && f.attacker !== 'unknown' ? f.attacker : 'the authorities'} (arrests in a raid)`;
}
/** A sentence that names a town or a site, none of them the event's own: it tells of somewhere else. */
function elsewhere(f: Candidate, sn: Sentence, ents: Entities): boolean {
  const own = f.placeRef;
  if (!own || own.kind === 'country' || own.kind === 'region') return false;
  const named = mentionsWithin(ents, sn.start, sn.end, 'place')
    .map((m) => ents.byId.get(m.id) as Place | undefined)
    .filter((p): p is Place => !!p && p.kind !== 'country' && p.kind !== 'region' && p.kind !== 'province');
  return named.length > 0 && !named.some((p) => p.id === own.id);
}
/** A claim whose claimant the sentence did not name ("A coalition of militias claimed responsibility"). */
const CLAIMED_UNNAMED = 'claimed by a group';
/** A subject that names a group by its kind only: "the group", "the militants". */
const GROUP_SUBJECT =
  /\b(?:the|this) (?:group|militants|movement|rebels|insurgents|organi[sz]ation|militia|coalition|alliance)\s+(?:also\s+)?$/i;
/** The name of a state's force or office: its word that it struck is as likely an answer as a claim. */
const STATE_NAME =
  // (an armed group's army is no state's: "Balochistan Liberation Army", "Arakan Army", "Kachin Independence Army")
  /\b(?:(?<!\b(?:Liberation|Independence|Republican|Revolutionary|Resistance|Free|Salvation|Arakan|Mahdi|Rebel) )army|armed forces|military|defen[cs]e|police|gendarmerie|government|ministry|command|air force|navy|junta|presidency)\b/i;
export function completeFromAccount(
  found: Candidate[],
  doc: Doc,
  ents: Entities,
  nums: NumberMention[],
): void {
  const firstOf = (f: Candidate) => Math.min(...f.sents, f.sentence);
  const order = [...found].sort((x, y) => firstOf(x) - firstOf(y));
  order.forEach((f, k) => {
    if (f.background) return;
    const from = Math.max(...f.sents, f.sentence) + 1;
    const to = k + 1 < order.length ? firstOf(order[k + 1]) : doc.sentences.length;
    const span: Sentence[] = [];
    // sentences between the trigger and a retelling merged into it speak of the event too ("X claimed both
    // attacks" between the second hit and the quote that tells it again)
    for (let i = f.sentence + 1; i < from; i++) {
      const sn = doc.sentences[i];
      if (f.sents.includes(i) || sn.text.length > 3000 || ownEvent(sn.text)) continue;
      span.push(sn);
    }
    for (let i = from; i < to && i < doc.sentences.length; i++) {
      const sn = doc.sentences[i];
      if (sn.para > f.lastPara + 6) break;
      if (sn.para > f.lastPara && entryStart(doc, sn.para)) break;
      if (sn.text.length > 3000) continue;
      if (ownEvent(sn.text)) break;
      span.push(sn);
    }
    const crowd = f.type === 'Protests' || f.type === 'Riots';
    raidArrests(f, doc, span);
    // "The crew were unharmed", told further down: stated none
    if (f.killed === null && f.injured === null) {
      for (const sn of span) {
        if (
          !/\b(?:unharmed|unhurt|uninjured|no (?:casualties|injuries)|nobody was|no one was)\b/i.test(sn.text)
        )
          continue;
        const c = casualtiesIn(sn.text, nums, sn.start, sn.end, doc.text, ents);
        if (c.killed === 0 || c.injured === 0) {
          f.killed = c.killed;
          f.injured = c.injured;
          break;
        }
      }
    }
    // a toll told further down the account ("Nine others were wounded, the ministry said."), in the next paragraph
    // at most and of these days: never a war's running tally, a toll of another year or an earlier event, nor one
    // told of another place
    if (f.killed === null || f.injured === null) {
      for (const sn of span) {
        if (sn.para > f.lastPara + 1) break;
        // between the account's tellings, only near its trigger: far retellings of a long report would make this
        // search grow with the square of the text
        if (sn.index < from && sn.para > doc.sentences[f.sentence].para + 1) continue;
        if (TALLY.test(sn.text) || PAST_TOLL.test(sn.text) || elsewhere(f, sn, ents)) continue;
        const c = casualtiesIn(sn.text, nums, sn.start, sn.end, doc.text, ents);
        f.killed ??= c.killed;
        f.injured ??= c.injured;
        if (f.killed !== null && f.injured !== null) break;
      }
    }
    if (f.attribution === 'not ascribed' && !crowd) {
      for (const sn of span) {
        const at = attributionIn(doc, ents, sn.start, sn.end);
        if (!at || at.kind === 'none' || blameNotOf(f.type, f.subType, at)) continue;
        f.attribution = at.text;
        if (isGenericActor(f.attacker) && at.kind === 'blamed' && at.on) f.attacker = at.on;
        if (isGenericActor(f.attacker) && at.kind === 'claimed' && at.by) f.attacker = at.by;
        break;
      }
    }
    // (not for a force's own claim, and only close by: "expelled French troops" in a history paragraph names no doer)
    if (isGenericActor(f.attacker) && !crowd && !f.attribution.startsWith('claimed')) {
      for (const sn of span) {
        if (sn.para > f.lastPara + 2) break;
        const d = demonymForces(sn.text);
        if (d) {
          f.attacker = d;
          break;
        }
      }
    }
    // a group's own word that it now holds the place ("said the X coalition now controlled …") claims a takeover
    if (f.attribution === 'not ascribed' && /territory/i.test(f.subType)) {
      for (const sn of span.concat(f.sents.map((i) => doc.sentences[i]))) {
        const m = sn.text.match(TERRITORY_CLAIM);
        if (!m || m.index === undefined) continue;
        const at = sn.start + m.index + m[0].indexOf(m[1]);
        const by = lastNamed(ents, at, at + m[1].length + 1);
        if (!by) continue;
        f.attribution = `claimed by ${by}`;
        if (isGenericActor(f.attacker)) f.attacker = by;
        break;
      }
    }
    // a named force that says it did it, further down: "The Guards said in a statement that its boats had stopped …"
    if (f.attribution === 'not ascribed' && !crowd) {
      for (const sn of span) {
        const own = sn.text.match(OWN_CLAIM);
        if (!own || own.index === undefined) continue;
        // after the account, "X said it had killed …" is as likely the other side's answer as a claim of this act
        if (
          !/\b(?:carried out|launched|stopped|boarded|seized|captured|took control|overrun|overran|stormed|conducted)\b/.test(
            own[0],
          )
        )
          continue;
        const by = lastNamed(ents, sn.start, sn.start + own.index);
        if (!by) continue;
        f.attribution = `claimed by ${by}`;
        const code = f.attacker ? countryActor(f.attacker, ents) : null;
        if (isGenericActor(f.attacker) || (code && forceOfCountry(by, code, ents))) f.attacker = by;
        break;
      }
    }
    if (f.attribution === 'not ascribed' && !crowd && f.attacker && !isGenericActor(f.attacker)) {
      const attacker = f.attacker;
      const code = countryActor(attacker, ents);
      // (close to the account, and never a war's running tally: "… were killed last year, according to an institute")
      const told = [
        ...f.sents.map((i) => doc.sentences[i]),
        ...span.filter((sn) => sn.para <= f.lastPara + 2),
      ];
      for (const sn of told) {
        if (TALLY.test(sn.text)) continue;
        const src = speakerOf(doc, ents, sn.start, sn.end);
        if (!src) continue;
        // the country's own force reporting what the country did reports its own act
        const own = sameActor(src, attacker) || (!!code && forceOfCountry(src, code, ents));
        f.attribution = own ? `claimed by ${src} (its own report)` : `blamed on ${attacker} by ${src}`;
        if (own && code && ents.orgs.some((o) => o.name === src)) f.attacker = src;
        break;
      }
    }
    // the doer's own word outranks the other side's blame: "… two people were killed, the health ministry said. The
    // Israeli military said its aircraft had 'eliminated' a Hezbollah operative" is the military's claim
    if (
      f.attribution.startsWith('blamed on') &&
      !crowd &&
      f.subType !== 'Disrupted weapons use' &&
      f.attacker &&
      !isGenericActor(f.attacker)
    ) {
      const told = [
        ...f.sents.map((i) => doc.sentences[i]),
        ...span.filter((sn) => sn.para <= f.lastPara + 2),
      ];
      const by = doerOwnClaim(doc, ents, f, f.attacker, told);
      if (by) f.attribution = `claimed by ${by} (its own report)`;
    }
  });
}
/** A statement that says it leaves the place or the act out: "made no mention of Zaporizhzhia". */
const NO_MENTION =
  /\b(?:(?:made|makes) no (?:mention|reference)|did not (?:mention|refer)|without (?:mentioning|naming))\b/i;
/** What a side says it struck in a whole campaign: "energy facilities", "defence industry sites", "targets". */
const CAMPAIGN_TARGETS =
  /\b(?:facilities|sites|targets|infrastructure|enterprises|industry|military-industrial complex)\b/i;
/** Per document: each sentence's word of a side that it struck (read once, though asked for every event near it). */
type Claim = RegExpMatchArray & { index: number };
const strikeClaimsBySentence = new WeakMap<Doc, Map<number, Claim[]>>();

/**
 * A side's words in a sentence that it struck, with where they are: none in a sentence longer than 1,000 characters,
 * a war's running tally or a statement that says it does not speak of the act ("made no mention of Zaporizhzhia but
 * said …"); never a side that says it held an assault off, downed weapons or took a place ("said its forces had
 * 'liberated' the village"), nor its word on a campaign ("struck energy facilities").
 */
function strikeClaims(doc: Doc, sn: Sentence): Claim[] {
  let bySent = strikeClaimsBySentence.get(doc);
  if (!bySent) {
    bySent = new Map();
    strikeClaimsBySentence.set(doc, bySent);
  }
  let claims = bySent.get(sn.index);
  if (!claims) {
    const text = sn.text;
    claims =
      text.length > 1000 || TALLY.test(text) || NO_MENTION.test(text)
        ? []
        : ownClaimsIn(text).filter(
            (own): own is Claim =>
              own.index !== undefined &&
              !REPELLED.test(own[0]) &&
              !DOWNED_CLAIM.test(own[0]) &&
              !TAKEOVER_CLAIM.test(own[0]) &&
              !CAMPAIGN_TARGETS.test(text.slice(own.index)),
          );
    bySent.set(sn.index, claims);
  }
  return claims;
}

/**
 * The doer's side saying in one of `told` that it did the act ("The Israeli military said it had struck …" of an act
 * done by "Israeli forces"): the side as named, or null. Not a side that says it held an assault off, downed
 * weapons or took a place, nor a war's running tally, nor its word on a campaign ("struck energy facilities") or on
 * an act at another place.
 */
function doerOwnClaim(
  doc: Doc,
  ents: Entities,
  f: Candidate,
  attacker: string,
  told: Sentence[],
): string | null {
  const code = stateOf(attacker, ents);
  for (const sn of told) {
    const claims = strikeClaims(doc, sn);
    if (!claims.length) continue;
    if (!f.sents.includes(sn.index) && elsewhere(f, sn, ents)) continue;
    for (const own of claims) {
      const subj = withoutAside(sn.text.slice(0, own.index));
      const by =
        lastNamed(ents, sn.start, sn.start + subj.length) ??
        selfReporter(doc, ents, sn.start, sn.start + own.index + own[0].length);
      if (by && (sameActor(by, attacker) || (!!code && stateOf(by, ents) === code))) return by;
    }
  }
  return null;
}

/**
 * A place the text names by a short form of the full name told elsewhere ("toward Al-Asad" for "Ain al-Asad Air
 * Base"): the first capitalised name right after the words of the event, when exactly one place's name holds it.
 */
function shortFormOf(ents: Entities, after: string): Place | null {
  const m = /^\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u.exec(after);
  if (!m || m[1].length < 4) return null;
  const re = new RegExp(`(?:^|[\\s-])${escapeRe(m[1])}(?:$|\\s)`, 'i');
  const hits = ents.places.filter((p) => p.kind !== 'country' && re.test(p.name));
  return hits.length === 1 ? hits[0] : null;
}
/** Where a weapon came from, after where it went: "… from the direction of the Euphrates valley". */
const ORIGIN = /\b(?:from|launched from|fired from)\b/;
/** Words that tell where a weapon went or what it did: the place after them is where it happened. */
const EVENT_WORDS =
  /\b(?:(?:was|were|had been) (?:hit|struck|targeted)|hit|struck|landed|exploded|crashed|came down|fell|flew (?:toward|towards|over|at|against|into)|slammed into|targeted|attacked)\b/i;
/** A claim of "the attack" or a thing hit told again: the sentence tells of an event already told. */
const POINTS_BACK_CLAIM =
  /\b(?:claimed|claiming|took responsibility for|accepted responsibility for) (?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's) (?:[\w-]+ )?(?:attack|strike|bombing|blast|barrage|raid|ambush|assault|shelling)\b/i;
/**
 * A trigger in a sentence that points back ("claimed the attack", "the ship was hit by a missile") to an account told
 * before it in words no trigger caught ("The latest attack came late Tuesday. … two drones flew toward X"): with no
 * record of an event in those paragraphs, the day and the place of the sentence come from that account — the nearest
 * earlier day (never the day of a statement) within five paragraphs back, and the place told with it or right after.
 */
export function priorAccount(
  r: Reading,
  place0: Place | null,
  date0: DateMention | null,
  foundParas: number[],
): { place: Place | null; date: DateMention | null } {
  const { doc, ents, dates, s, published, saidOn } = r;
  const vague = (p: Place | null) => !p || p.kind === 'country' || p.kind === 'region';
  if (!(vague(place0) || !date0 || saidOn(date0))) return { place: place0, date: date0 };
  if (!POINTS_BACK_CLAIM.test(s.text) && !STRUCK_AGAIN.test(s.text)) return { place: place0, date: date0 };
  const from = Math.max(1, s.para - 5);
  if (foundParas.some((p) => p >= from && p <= s.para)) return { place: place0, date: date0 };
  // the sentences before the trigger, nearest first, back to one with an event of its own
  const before: Sentence[] = [];
  for (let k = s.index - 1; k >= 0; k--) {
    const sn = doc.sentences[k];
    if (sn.para < from || sn.text.length > 3000) break;
    if (ownEvent(sn.text)) break;
    before.push(sn);
  }
  const k0 = before.findIndex((sn) =>
    dates.some(
      (d) =>
        d.sent === sn.index &&
        (d.precision === 'day' || d.precision === 'time') &&
        !saidOn(d) &&
        (!published || d.iso.slice(0, 10) <= published),
    ),
  );
  if (k0 < 0) return { place: place0, date: date0 };
  const daySent = before[k0];
  const day =
    dates.find((d) => d.sent === daySent.index && d.precision === 'time' && !saidOn(d)) ??
    dates.find((d) => d.sent === daySent.index && d.precision === 'day' && !saidOn(d)) ??
    null;
  let date = date0;
  if (day && (!date0 || saidOn(date0))) date = day;
  let place = place0;
  if (vague(place0)) {
    // the place told with that day, else in the sentences after it, nearest to it first
    for (const sn of before.slice(0, k0 + 1).reverse()) {
      // (after the words of the event, where there are any: "bound for X, was hit … southeast of Y")
      // (never where the weapon came from: "flew toward X from the direction of Y")
      const v = EVENT_WORDS.exec(sn.text);
      const v0 = v?.index ?? 0;
      const from = ORIGIN.exec(sn.text.slice(v0));
      const end = from ? sn.start + v0 + from.index : sn.end;
      const p =
        (v ? bestPlace(ents, sn.start + v0, end, doc.text) : null) ??
        (v ? shortFormOf(ents, sn.text.slice(v0 + v[0].length, end - sn.start)) : null) ??
        bestPlace(ents, sn.start, end, doc.text);
      if (p && !vague(p) && (!place0?.country || p.country === place0.country)) {
        place = p;
        break;
      }
    }
  }
  return { place, date };
}

const CLAIMABLE = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
/** A claim that says the group took a place: only a takeover or the fighting for it is what it claims. */
const TAKEOVER_CLAIM =
  /\b(?:capture|takeover|seizure|captured|seized|took control|taken control|liberated|overr[au]n)\b/i;
/** The words of a claim of responsibility. */
const CLAIM_WORD = /\b(?:claim(?:ed|s|ing)?|responsibility|credit)\b/i;
/** A takeover claimed: "claimed the capture of", "claims control of". */
const CAPTURE_CLAIMED =
  /\b(?:claimed|claims|claiming) (?:the )?(?:capture|takeover|seizure|control|fall) of\b/i;
/** A side's word that it brought weapons down: its report of an interception, not a claim of an attack. */
const DOWNED_CLAIM = /\b(?:shot down|downed|intercepted)\b/i;
/**
 * The group a sentence says claimed an event, and how: "X claimed the attack", "X said in a statement that its
 * fighters had targeted …", "the group said it had …" (the group the paragraph named first). A state's force or
 * office is left out: its word that it struck is as likely its answer to the event as a claim of it.
 */
function claimIn(doc: Doc, ents: Entities, sn: Sentence): { by: string; words: string } | null {
  if (sn.text.length > 1000) return null;
  const own = ownClaim(sn.text);
  if (!own && !CLAIM_WORD.test(sn.text)) return null;
  if (TALLY.test(sn.text) || ANSWER.test(sn.text)) return null;
  // (an earlier year's claims are history: "has claimed dozens of attacks since 2023")
  if (/\b(?:19|20)\d\d\b/.test(sn.text)) return null;
  let by: string | null = null;
  let words = '';
  if (own?.index !== undefined) {
    // (without an aside that closes the subject: "Al-Shabaab, which is linked to al-Qaeda, said …")
    const subj = withoutAside(sn.text.slice(0, own.index));
    by = lastNamed(ents, sn.start, sn.start + subj.length);
    if (!by && GROUP_SUBJECT.test(subj)) {
      const para = doc.paragraphs[sn.para];
      const first = mentionsWithin(ents, para.start, sn.start, 'org').find((m) => !inDateline(m.start));
      by = first ? lastNamed(ents, first.start, first.end) : null;
    }
    words = own[0];
  }
  // "X claimed the capture of the town": a takeover claimed
  const took = !by ? CAPTURE_CLAIMED.exec(sn.text) : null;
  if (took) {
    by = lastNamed(ents, sn.start, sn.start + withoutAside(sn.text.slice(0, took.index)).length);
    words = took[0];
  }
  if (!by) {
    if (!CLAIM_WORD.test(sn.text)) return null;
    const at = attributionIn(doc, ents, sn.start, sn.end);
    if (at?.kind !== 'claimed' || !at.by || /^(?:it|they|he|she|the group)$/i.test(at.by)) return null;
    by = at.by;
    words = sn.text;
  }
  if (!by || STATE_NAME.test(by) || isGenericActor(by)) return null;
  return { by, words };
}
/**
 * A claim told in a paragraph of its own, after the account of the event it claims and after other events told in
 * between ("Al-Shabaab said in a statement on its radio station that its fighters had attacked …"): the nearest event
 * told before it that it can be about — an armed event other than an interception, at a place the claim does not
 * contradict, a takeover for a claimed capture — and the records of that event's place and day take
 * the claim when they have none (or one whose claimant was not named) and name no other doer.
 */
export function laterClaims(found: Candidate[], doc: Doc, ents: Entities): void {
  const lastBefore = (f: Candidate, k: number) =>
    Math.max(-1, ...[...f.sents, f.sentence].filter((i) => i < k));
  for (const sn of doc.sentences) {
    if (!/\b(?:claim\w*|said|says|saying|announced|confirmed|stated|responsib\w+|credit)\b/i.test(sn.text))
      continue;
    const claim = claimIn(doc, ents, sn);
    if (!claim) continue;
    const { by, words } = claim;
    const places = mentionsWithin(ents, sn.start, sn.end, 'place')
      .map((m) => ents.byId.get(m.id) as Place | undefined)
      .filter((p): p is Place => !!p && p.kind !== 'country' && p.kind !== 'region');
    const takeover = TAKEOVER_CLAIM.test(words);
    const fits = (f: Candidate): boolean => {
      if (f.background || !CLAIMABLE.has(f.type)) return false;
      if (takeover && f.type !== 'Battles') return false;
      // (weapons said downed are the interceptor's report, no claim of a strike; an interception's side is read
      // from that report, never from a claim)
      if (f.subType === 'Disrupted weapons use' || DOWNED_CLAIM.test(words)) return false;
      const fp = f.placeRef;
      if (!places.length || !fp || fp.kind === 'country' || fp.kind === 'region') return true;
      const text = sn.text;
      // (a place only one of them is known on the map at, or one in the other's province or in the same province,
      // contradicts nothing)
      return places.some(
        (p) =>
          p.id === fp.id ||
          p.name === fp.name ||
          p.lat === null ||
          fp.lat === null ||
          (!!p.admin1 && (p.admin1 === fp.name || p.admin1 === fp.admin1)) ||
          (!!fp.admin1 && fp.admin1 === p.name) ||
          within(p, fp, text) ||
          within(fp, p, text),
      );
    };
    const before = found
      .filter((f) => !f.background && Math.min(...f.sents, f.sentence) < sn.index)
      .sort((x, y) => lastBefore(y, sn.index) - lastBefore(x, sn.index));
    const event = before.find((f) => {
      const last = doc.sentences[lastBefore(f, sn.index)];
      return !!last && sn.para - last.para <= 8 && fits(f);
    });
    if (!event) continue;
    const day = (f: Candidate) =>
      f.date ? Date.parse(`${f.date.slice(0, 10)}T00:00:00Z`) / 86_400_000 : null;
    for (const f of before) {
      if (f !== event) {
        if (!fits(f)) continue;
        if ((f.placeRef?.id ?? null) !== (event.placeRef?.id ?? null)) continue;
        const a = day(f);
        const b = day(event);
        if (a !== null && b !== null && Math.abs(a - b) > 1) continue;
      }
      const unnamed = f.attribution === CLAIMED_UNNAMED;
      if (f.attribution !== 'not ascribed' && !unnamed) continue;
      if (!isGenericActor(f.attacker) && !sameActor(by, f.attacker ?? '') && !unnamed) continue;
      f.attribution = `claimed by ${by}`;
      if (isGenericActor(f.attacker) || unnamed) f.attacker = by;
    }
  }
}
