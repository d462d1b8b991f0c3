/**
 * One event model per article, the way an ACLED coder reads a story: once every record has been read and merged
 * sentence by sentence, each current record is held against the events already known. An event is one kind of
 * violence (a sub-type; a protest and the riot it became are one kind, and so are a fight and a grenade, a bomb or an
 * attack told within it, coded as the fight), one place (a spot or a district in a town is that town; a province and
 * a town in it agree), one day (a day no sentence of the record gives is no other day; a night that runs past
 * midnight is one day) and one pair of sides. A record is an event of its own only when
 * something contradicts every event known: another mapped place not inside it, another day, other sides, another
 * kind, or words that say so ("another strike", "separately", "in retaliation"). Otherwise it tells one of them again,
 * and the event keeps the better-supported slots: the narrower place, a day the text gives over one it does not, a
 * named doer over an unknown one.
 */
import type { DateMention } from '../dates.ts';
import type { Doc } from '../doc.ts';
import type { Entities, Place } from '../entities.ts';
import { isGenericActor } from './actors.ts';
import { interceptionsApart } from './attribution.ts';
import { escapeRe, plainPattern } from './common.ts';
import {
  ANOTHER_STRIKE,
  AREA_KINDS,
  absorb,
  DIFFERENT,
  dayNumber,
  inAppositive,
  LIST_ITEM,
  sameProvince,
  sameSide,
  spotIn,
  townOf,
} from './merge.ts';
import { provinceOf, within } from './places.ts';
import { family, SEVERITY, toldApart } from './protests.ts';
import type { Candidate } from './types.ts';

/** How sure a record's day is: told in its own sentences, only inherited from the story around it, or none. */
type DayHold = 'own' | 'inherited' | 'none';

/** Words of a sentence that tell its event ran through the night. */
const OVERNIGHT =
  /\b(?:overnight|through the night|night(?:time)? of|(?:late|that|on \w+) night|after midnight|before dawn)\b/gi;
/** Words of saying right before a time: "a statement released on Thursday night", "said late on Friday night". */
const SAID_BEFORE = /\b(?:said|says|told|statement|released|announced|issued|posted)\b[^.;,]{0,30}$/i;
/** Whether a text tells of a night its event ran through (not the night a statement was made). */
const nightOfEvent = (t: string): boolean =>
  [...t.matchAll(OVERNIGHT)].some((m) => !SAID_BEFORE.test(t.slice(Math.max(0, m.index - 60), m.index)));

/** A part of the day past its small hours: "on Monday morning", "that afternoon", "at noon" (not "early morning"). */
const DAYTIME = /(?<!\bearly\s+(?:on\s+)?(?:\w+day\s+)?)\b(?:morning|afternoon)\b|\b(?:midday|noon)\b/i;

/** The text of every sentence a record was read from. */
function accountText(f: Candidate, doc: Doc): string {
  return [...new Set([f.sentence, ...f.sents])].map((k) => doc.sentences[k]?.text ?? '').join(' ');
}

/**
 * The day at the head of a sentence whose subject then says something: "On Thursday, the army said it had repelled
 * an offensive", "Late on Friday, police told reporters …". That is the day of saying, not of the act it tells.
 */
function statementFirst(d: DateMention, doc: Doc): boolean {
  const sn = doc.sentences[d.sent];
  if (!sn) return false;
  if (!/^\W*(?:(?:late|early)\s+)?(?:on\s+)?$/i.test(doc.text.slice(sn.start, d.start))) return false;
  return SAYS_NEXT.test(doc.text.slice(d.end, Math.min(sn.end, d.end + 90)));
}
/** The subject of a sentence and its verb of saying, right after a day told first. */
const SAYS_NEXT =
  /^\s*(?:(?:morning|afternoon|evening|night)\s*)?,\s+(?:[\w'’.-]+\s+){1,6}?(?:said|says|told|announced|reported|confirmed|claimed|stated|added)\b/i;

/** Whether the record's day is told in one of its own sentences (not the day a statement was made, when flagged). */
function dayHold(f: Candidate, doc: Doc, dates: DateMention[]): DayHold {
  const day = f.date?.slice(0, 10);
  if (!day) return 'none';
  if (f.dateWeak) return 'inherited';
  const sents = new Set([f.sentence, ...f.sents]);
  const own = dates.some(
    (d) =>
      sents.has(d.sent) &&
      (d.precision === 'day' || d.precision === 'time') &&
      d.iso.slice(0, 10) === day &&
      !statementFirst(d, doc),
  );
  return own || doc.sentences[f.sentence] === undefined ? 'own' : 'inherited';
}

/** The hour of a record's local time, if it has one. */
const hourOf = (f: Candidate): number | null => (f.localTime ? Number(f.localTime.slice(0, 2)) : null);

/**
 * Whether two records' days may be one event's: either day unknown or not told by the record itself, the same day,
 * or two days that one night spans (a time late in the evening of the first or early in the morning of the second,
 * or words of a night in either account).
 */
function daysAgree(
  a: Candidate,
  b: Candidate,
  ha: DayHold,
  hb: DayHold,
  textA: string,
  textB: string,
): boolean {
  const da = dayNumber(a.date);
  const db = dayNumber(b.date);
  if (da === null || db === null || da === db) return true;
  if (ha !== 'own' || hb !== 'own') return true;
  if (Math.abs(da - db) !== 1) return false;
  const [early, late] = da < db ? [a, b] : [b, a];
  const he = hourOf(early);
  const hl = hourOf(late);
  // (a late evening runs into the next day's small hours, not into its morning or afternoon told as the later
  // record's own: "at 9 p.m. on Sunday" … "on Monday morning" are two days)
  if (hl !== null && hl < 6) return true;
  const [textEarly, textLate] = da < db ? [textA, textB] : [textB, textA];
  // (the later record's night named by its own day, "rioting on Tuesday night", is that day's evening, not a night
  // run on from the day before)
  const ownNight = new RegExp(
    `\\b(?:on\\s+)?${WEEKDAYS[new Date(late.date ?? '').getUTCDay()]}\\s+night\\b`,
    'gi',
  );
  // (nor into a clock time of the later day's morning: "around 21:40 Friday" … "this morning, around 07:20")
  if (he !== null && he >= 20 && hl === null && !(DAYTIME.test(textLate) || ownNight.test(textLate)))
    return true;
  return nightOfEvent(textEarly) || nightOfEvent(textLate.replace(ownNight, ' '));
}
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A place no map holds, placed on the map by the clause that names it: for a spot, the one mapped town the clause
 * names, else the one mapped province or region ("a military base in Marte, northern Borno" lies in Borno). Itself
 * when mapped; null when no clause places it.
 */
function mapped(p: Place, doc: Doc, ents: Entities): Place | null {
  if (p.lat !== null) return p;
  // (a town is not the other town its clause names: "the road between Bilopillia and Sumy")
  const town = p.kind === 'city' ? null : townOf(p, doc, ents);
  if (town) return town;
  for (const m of ents.mentions) {
    if (m.kind !== 'place' || m.id !== p.id) continue;
    const sn = doc.sentences[m.sent];
    if (!sn) continue;
    const rel = m.start - sn.start;
    const from = sn.start + sn.text.lastIndexOf(';', rel) + 1;
    const semi = sn.text.indexOf(';', rel);
    const to = semi < 0 ? sn.end : sn.start + semi;
    const areas = new Map<string, Place>();
    for (const n of ents.mentions) {
      if (n.kind !== 'place' || n.start < from || n.end > to) continue;
      const q = ents.byId.get(n.id) as Place | undefined;
      if (q && AREA_KINDS.has(q.kind) && q.lat !== null && (!p.country || q.country === p.country))
        areas.set(q.id, q);
    }
    if (areas.size === 1) return [...areas.values()][0];
  }
  return null;
}

/**
 * Whether two records' places may be one event's: either unknown or not where the event happened (`toldBack`), one
 * inside the other (by the map or as the account places it), a country or sea and a place in it, or a spot no map
 * places that may lie in the other's town.
 * Two towns neither of which holds the other are two places, whether the map knows them or not.
 */
function placesFit(a: Candidate, b: Candidate, text: string, doc: Doc, ents: Entities): boolean {
  const ap = a.placeRef;
  const bp = b.placeRef;
  if (!ap || !bp || toldBack(a, doc) || toldBack(b, doc)) return true;
  if (placeIn(ap, bp, text) !== null) return true;
  if (ap.country && bp.country && ap.country !== bp.country) return false;
  // (a town no map holds is still a town: no other town, and within an area only as far as its clause tells)
  const town = (p: Place) => p.kind === 'city' && p.lat === null;
  if ((town(ap) && !area(bp)) || (town(bp) && !area(ap))) return false;
  const am = mapped(ap, doc, ents);
  const bm = mapped(bp, doc, ents);
  if (am && bm) return (am !== ap || bm !== bp) && placeIn(am, bm, text) !== null;
  // (a spot or a town the account does not place may lie in the area told before it, as a story narrows from its
  // lead to the detail; an area told only after a town opens the account of another event)
  return !(area(bp) && !area(ap));
}

/** A sentence that opens on a thing already told: "The missile struck …", "These shells landed …". */
const GIVEN_SUBJECT = /^\W*(?:The|This|That|These|Those|Its|Their)\s/;

/**
 * A record that tells an event already told again, with a place that is not where it happened: its sentence opens on
 * what the reader already knows (the weapon, the target, the attackers) and names its place only outside the clause
 * of the act and after no word of where ("The missile struck as passengers boarded a bus to Kyiv"). Such a place
 * sets it apart from no event.
 */
function toldBack(f: Candidate, doc: Doc): boolean {
  return f.placeWeak && GIVEN_SUBJECT.test(doc.sentences[f.sentence]?.text ?? '');
}

/**
 * How two places of one event relate: 0 the same, 1 `p` lies in `q`, -1 `q` lies in `p` (a spot in its town, a town
 * in its district or province, anything in its country or sea), or null when neither holds the other.
 */
function placeIn(p: Place, q: Place, text: string): number | null {
  if (p.id === q.id || p.name === q.name) return 0;
  if (p.country && q.country && p.country !== q.country) return null;
  if (holds(p, q, text)) return 1;
  if (holds(q, p, text)) return -1;
  return null;
}

/**
 * Two spellings of one name, as maps and reporters write it ("North Kurdufan", "North Kordofan"): the same consonants
 * in the same order.
 */
function sameName(x: string | null, y: string | null): boolean {
  if (!x || !y) return false;
  const skeleton = (t: string) =>
    t
      .normalize('NFD')
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .replace(/[aeiouy]/g, '')
      .replace(/(.)\1+/g, '$1');
  return skeleton(x) === skeleton(y);
}

/** Two places on the map whose first-level divisions the map gives and which differ. */
const apart = (a: Place, b: Place): boolean =>
  a.lat !== null && b.lat !== null && !!a.admin1 && !!b.admin1 && !sameName(a.admin1, b.admin1);
/** An area's own word at the end of a name no map holds: "Chitwan district", "Benue State". */
const AREA_NAME = /\b(?:district|province|region|state|county|oblast|governorate|prefecture)$/i;
/** That word with the space before it, to find the name of the area it follows. */
const AREA_WORD = /\s+(?:district|province|region|state|county|oblast|governorate|prefecture)$/i;
/** A province, region or country, or a place whose name says it is a district or a state. */
const area = (p: Place): boolean => AREA_KINDS.has(p.kind) || p.kind === 'country' || AREA_NAME.test(p.name);

/** Whether place `outer` holds place `inner`, by the map or as the account places it. */
function holds(inner: Place, outer: Place, text: string): boolean {
  if (outer.kind === 'country' || outer.kind === 'sea') return true;
  if (spotIn(inner, outer, text) || inAppositive(inner, outer, text)) return true;
  // ("Salem Hospital" in Salem; "Orlo Central Market" in Orlo District)
  const core = outer.name.replace(AREA_WORD, '') || outer.name;
  if (inner.lat === null && new RegExp(`\\b${escapeRe(core)}\\b`).test(inner.name)) return true;
  if (inner.lat === null || outer.lat === null) return within(inner, outer, text);
  // two places the map knows: a province holds the towns of its division; two towns hold each other only as the
  // account says so ("the Kyivskyi district of Odesa", "Odesa's Kyivskyi district"), never by a list's comma
  if (AREA_KINDS.has(outer.kind) && !AREA_KINDS.has(inner.kind))
    return (
      sameProvince(inner, outer) ||
      sameName(inner.admin1, outer.admin1) ||
      sameName(inner.admin1, outer.name) ||
      // (a village the map places but gives no division of lies in the province whose centre is nearest it)
      (!inner.admin1 && sameName(provinceOf(inner), outer.admin1 ?? outer.name)) ||
      (!apart(inner, outer) && within(inner, outer, text))
    );
  if (apart(inner, outer)) return false;
  const i = escapeRe(inner.name);
  const o = escapeRe(outer.name);
  return new RegExp(
    `\\b${i}\\s+(?:district|neighbou?rhood|suburb|quarter|area|raion)\\s+of\\s+(?:the\\s+)?(?:city of\\s+)?${o}\\b|\\b${o}['’]s\\s+(?:[\\w-]+\\s+){0,2}?${i}\\b`,
  ).test(text);
}

/**
 * Whether two records name sides that cannot be one event's: two named doers known to be different sides (two
 * countries, two bodies of the text). A clash told from either side, one's doer the other's target, is one pair of
 * sides; an unknown or generic doer, or two names nothing tells apart, contradict nothing.
 */
function sidesClash(a: Candidate, b: Candidate, ents: Entities): boolean {
  const x = a.attacker ?? 'unknown';
  const y = b.attacker ?? 'unknown';
  if (isGenericActor(x) || isGenericActor(y)) return false;
  if (sameSide(x, y, ents) !== false) return false;
  if (a.type === 'Battles' || b.type === 'Battles') {
    if (a.target && sameSide(a.target, y, ents)) return false;
    if (b.target && sameSide(b.target, x, ents)) return false;
  }
  return true;
}

/** Words that tell a further event: "also", "too", "as well", "meanwhile". */
const FURTHER = /\b(?:also|too|as well|meanwhile|in addition|moreover)\b/i;
/** A place no map holds, told as a town or a spot. */
const unmappedTown = (p: Place | null): boolean =>
  !!p && p.lat === null && (p.kind === 'city' || p.kind === 'facility');

/**
 * The story's lead event told again in detail right after it, at a place no map holds: a headline or first paragraph
 * that tells a fight by two named sides on a day ("a border clash near Milak on Sunday"), and the next paragraph that
 * tells a fight of the same kind by the same side on that day at a village or a post no map places either ("fighters
 * opened fire on a border post near the village of Gorgori"), with no word of a further event. Neither place can be
 * shown to hold the other, but nothing sets them apart: a story narrows from its lead to the detail.
 */
function leadInDetail(a: Candidate, b: Candidate, bText: string, ents: Entities): boolean {
  if (a.firstPara > 1 || b.firstPara > a.lastPara + 1 || a.subType !== b.subType) return false;
  if (!unmappedTown(a.placeRef) || !unmappedTown(b.placeRef) || FURTHER.test(bText)) return false;
  if (!a.date || !b.date || a.date.slice(0, 10) !== b.date.slice(0, 10)) return false;
  if (isGenericActor(a.attacker) || isGenericActor(b.attacker)) return false;
  return sameSide(a.attacker ?? '', b.attacker ?? '', ents) === true;
}

/**
 * A heading told again by the paragraph right under it, at the area around its town: a headline or a heading of a
 * roundup that tells an event at a town no map places, with no day ("displaced people march in Kessala"), and the
 * next paragraph that tells an event of the same sub-type in a province or region, on a day, with no word of a
 * further event ("marched through the capital of the region on Thursday"). Nothing shows the town outside the area,
 * and a heading tells no day of its own to set them apart (nor a country: that of a town no map holds is only
 * guessed from the story around it).
 */
function headingInBody(a: Candidate, b: Candidate, ha: DayHold, bText: string): boolean {
  if (ha !== 'none' || a.subType !== b.subType || b.firstPara !== a.lastPara + 1) return false;
  return unmappedTown(a.placeRef) && !!b.placeRef && area(b.placeRef) && !FURTHER.test(bText);
}

/** The sub-type ACLED codes a fight under, whatever arms were used in it. */
const CLASH = 'Armed clash';
/** Acts told within a fight that ACLED codes under the fight: a grenade thrown, a bomb set off, armed men's attack. */
const PARTS_OF_FIGHT = new Set(['Grenade', 'Remote explosive/landmine/IED', 'Attack']);
/** Words that tell an event after another one: "later", "hours after", "the next morning". */
const AFTERWARDS =
  /\b(?:later|afterwards|subsequently|hours? after|the (?:next|following) (?:day|morning|afternoon|evening|night))\b/i;

/** The doers of violence named back, as the reader already knows them: "the attackers", "the hoodlums". */
const DOERS_BACK =
  /\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:attackers?|assailants?|gunm[ae]n|raiders|hoodlums|bandits|kidnappers|abductors|militants|insurgents|jihadists)\b/i;

/** An attack told after the fight whose sentence names its doers back before the act ("the hoodlums … stormed …"). */
function doersBack(f: Candidate, text: string): boolean {
  if (f.subType !== 'Attack') return false;
  const at = text.search(plainPattern(f.trig.re));
  return at > 0 && DOERS_BACK.test(text.slice(0, at));
}

/**
 * One fight told under two kinds: an armed clash, and a grenade, a bomb or an attack told in one of its sentences or
 * in the paragraph beside them ("the gunmen set off a bomb under the lead truck and then opened fire", "a grenade
 * was thrown during the firefight"), or an attack told anywhere after it by the fight's doers named back ("the
 * hoodlums, armed with pistols and axes, stormed a beer parlour"), at its place or a place within it, on its day, by
 * its sides, with no word of a further or later event. ACLED codes the fight once, under its own sub-type.
 */
function partOfFight(
  a: Candidate,
  b: Candidate,
  bText: string,
  text: string,
  doc: Doc,
  ents: Entities,
): boolean {
  const [fight, part] = a.subType === CLASH ? [a, b] : [b, a];
  if (fight.subType !== CLASH || !PARTS_OF_FIGHT.has(part.subType)) return false;
  const sentsOf = (f: Candidate) => new Set([f.sentence, ...f.sents]);
  const told = sentsOf(fight);
  const oneSentence = [...sentsOf(part)].some((k) => told.has(k));
  const beside = b.firstPara <= a.lastPara + 1 && a.firstPara <= b.lastPara + 1;
  const named = !oneSentence && !beside && part === b && doersBack(b, bText);
  if (!oneSentence && !beside && !named) return false;
  if (DIFFERENT.test(bText) || ANOTHER_STRIKE.test(bText) || AFTERWARDS.test(bText)) return false;
  if (!oneSentence && FURTHER.test(bText)) return false;
  // (the doers named back may be told at any place that fits the fight's)
  if (named) return placesFit(a, b, text, doc, ents);
  // (the same place, one inside the other, or a spot placed in the other's town: never two towns)
  const fp = fight.placeRef;
  const pp = part.placeRef;
  if (!fp || !pp || placeIn(fp, pp, text) !== null) return true;
  const fm = mapped(fp, doc, ents);
  const pm = mapped(pp, doc, ents);
  if (fm && pm && placeIn(fm, pm, text) !== null) return true;
  // (a place the map puts in no other division may lie in the area told before it, as a story narrows from its lead
  // to the detail)
  const [first, then] = a.firstPara <= b.firstPara ? [a.placeRef, b.placeRef] : [b.placeRef, a.placeRef];
  if (!first || !then || !area(first) || area(then)) return false;
  if (first.country && then.country && first.country !== then.country) return false;
  return !(fm && pm && apart(fm, pm));
}

/** How many of the events known last a record is held against. */
const KNOWN = 40;

/** Types whose sub-types tell one event in other words: a blast told as shelling, a clash told as a capture. */
const THIN_JOINS = new Set(['Explosions/Remote violence', 'Battles']);

/** One kind of violence: the same sub-type, or two sub-types one event moves between (a protest and its riot). */
const sameKind = (a: Candidate, b: Candidate): boolean => family(a.subType) === family(b.subType);

/**
 * Joins every current record that contradicts no event known before it into that event. Records are taken in the
 * order they were read; the one joined into is the nearest known event of the same sub-type, else of the same kind,
 * else (for a record that gives nothing of its own) of another sub-type of the same armed type, else a fight the record
 * tells an act of. Each record is held against the last few dozen events known at most.
 */
export function settleEvents(found: Candidate[], doc: Doc, ents: Entities, dates: DateMention[]): void {
  const texts = new Map<Candidate, string>();
  const textOf = (f: Candidate) => {
    let t = texts.get(f);
    if (t === undefined) {
      t = accountText(f, doc);
      texts.set(f, t);
    }
    return t;
  };
  const dayHolds = new Map<Candidate, DayHold>();
  const holdOf = (f: Candidate) => {
    let h = dayHolds.get(f);
    if (h === undefined) {
      h = dayHold(f, doc, dates);
      dayHolds.set(f, h);
    }
    return h;
  };
  const listItem = (para: number) => LIST_ITEM.test(doc.paragraphs[para]?.text ?? '');
  for (let j = 1; j < found.length; j++) {
    const b = found[j];
    if (b.background) continue;
    const bText = doc.sentences[b.sentence]?.text ?? b.evidence;
    // (a record that says it tells another event keeps its own, apart from all but a summary told for the area it
    // lies in: "strikes hit a village and a school in X" … "a second aircraft struck the school")
    const marked = DIFFERENT.test(bText) || ANOTHER_STRIKE.test(bText);
    const hb = holdOf(b);
    const thin = hb !== 'own' && isGenericActor(b.attacker) && b.killed === null && b.injured === null;
    // (the last events known only, so that a very long text stays linear in its records)
    const fits = found.slice(Math.max(0, j - KNOWN), j).filter((a) => {
      if (a.background) return false;
      if (marked && !(a.placeRef && b.placeRef && area(a.placeRef) && !area(b.placeRef))) return false;
      // (each item of a list tells its own event)
      if (a.firstPara !== b.firstPara && listItem(a.firstPara) && listItem(b.firstPara)) return false;
      const text = `${textOf(a)} ${textOf(b)}`;
      // (a record of another sub-type of the same type that gives nothing of its own - no day of its own, no doer,
      // no toll - tells no other event than the one known where it is; a fight and an act told within it are one)
      if (!sameKind(a, b) && !(a.type === b.type && THIN_JOINS.has(a.type) && thin)) {
        if (!partOfFight(a, b, bText, text, doc, ents)) return false;
        return daysAgree(a, b, holdOf(a), hb, textOf(a), textOf(b)) && !sidesClash(a, b, ents);
      }
      // (a demonstration told as peaceful is not one met by force or turned violent at another place, or on another
      // day that no night joins to it: a crowd that stayed on the road through the night is still one protest)
      const otherPlace = !!a.placeRef && !!b.placeRef && a.placeRef.id !== b.placeRef.id;
      const otherDay = !daysAgree(a, b, holdOf(a), hb, textOf(a), textOf(b));
      if (family(a.subType) === 'protest' && (otherPlace || otherDay) && toldApart(textOf(a), textOf(b)))
        return false;
      return (
        daysAgree(a, b, holdOf(a), hb, textOf(a), textOf(b)) &&
        (placesFit(a, b, text, doc, ents) ||
          leadInDetail(a, b, bText, ents) ||
          headingInBody(a, b, holdOf(a), bText)) &&
        !sidesClash(a, b, ents) &&
        !interceptionsApart(a, b, doc, ents)
      );
    });
    if (!fits.length) continue;
    const into = fits.reduce((x, y) => {
      const sx = x.subType === b.subType ? 1 : 0;
      const sy = y.subType === b.subType ? 1 : 0;
      if (sx !== sy) return sy > sx ? y : x;
      return y.lastPara >= x.lastPara ? y : x;
    });
    join(into, b, hb, holdOf(into), `${textOf(into)} ${textOf(b)}`, ents);
    texts.delete(into);
    dayHolds.delete(into);
    found.splice(j, 1);
    j--;
  }
}

/** Folds record `b` into event `a`, keeping the better-supported slots of the two. */
function join(a: Candidate, b: Candidate, hb: DayHold, ha: DayHold, text: string, ents: Entities): void {
  // (a day a sentence of the record gives beats one it only inherits, a day with its hour one without; of a night's
  // two days, the night's first)
  const da = dayNumber(a.date);
  const db = dayNumber(b.date);
  const rank = (h: DayHold, f: Candidate) =>
    (h === 'own' ? 2 : h === 'inherited' ? 1 : 0) + (f.localTime ? 0.5 : 0);
  const takeB =
    db !== null && (da === null || rank(hb, b) > rank(ha, a) || (rank(hb, b) === rank(ha, a) && db < da));
  const keep = takeB ? { date: b.date, localTime: b.localTime, dateWeak: b.dateWeak } : null;
  // (a town or a spot told in the area an event was first told in is where it happened, on the map or not)
  const inner = a.placeRef && b.placeRef && area(a.placeRef) && !area(b.placeRef) ? b.placeRef : null;
  const severity = Math.max(SEVERITY[a.subType] ?? 0, SEVERITY[b.subType] ?? 0);
  // (a protest that turned violent is coded by what it became, an act within a fight by the fight)
  const worse =
    severity > (SEVERITY[a.subType] ?? 0) || (b.subType === CLASH && PARTS_OF_FIGHT.has(a.subType))
      ? b
      : null;
  absorb(a, b, text, ents);
  if (keep) {
    a.date = keep.date;
    a.localTime = keep.localTime;
    a.dateWeak = keep.dateWeak;
  }
  // (an area's toll may sum up several events; the town's is its own)
  const tolls = inner ? { killed: b.killed ?? a.killed, injured: b.injured ?? a.injured } : null;
  if (inner) {
    a.place = inner.name;
    a.country = inner.country ?? a.country;
    a.placeRef = inner;
    a.placeWeak = b.placeWeak;
  }
  if (tolls) {
    a.killed = tolls.killed;
    a.injured = tolls.injured;
  }
  if (worse) {
    a.subType = worse.subType;
    a.type = worse.type;
    a.trig = worse.trig;
  }
}
