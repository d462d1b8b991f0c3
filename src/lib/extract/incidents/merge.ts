/**
 * One event, one record: a sentence that tells again of an event already found (the headline, the lead, "the
 * attack", a quote, another source's account, debris of what was downed, a side's own claim, a protest and the
 * riot it became) is merged into it; war reporting's strikes by other sides or at other places stay apart (ACLED:
 * one event per place, day and side).
 */
import type { Doc } from '../doc.ts';
import { initials } from '../entities/shared.ts';
import type { Entities, Place } from '../entities.ts';
import { REFERS, RELATED } from './account.ts';
import { countryActor, countryOfDoer, isGenericActor } from './actors.ts';
import { type Attribution, interceptionsApart, OWN_STRIKE_CLAIM } from './attribution.ts';
import {
  CAPTIVES_SRC,
  escapeRe,
  insideQuote,
  lastCurrent,
  mentionsWithin,
  plainPattern,
  WEEKDAY_POSS,
} from './common.ts';
import { bestPlace, PLACE_RANK, sameDivision, within } from './places.ts';
import { CROWD_WEAPONS_SRC, family, SEVERITY, toldApart } from './protests.ts';
import { AIR, DISRUPTED, SHELL, weaponSubType } from './remote.ts';
import { DROPPED_FROM_DRONE, REMOTE_SUBTYPES, TWO_SIDED } from './triggers.ts';
import type { Candidate, Reading } from './types.ts';

/** The trigger is a noun that points back at an event already told: "was blamed for that massacre". */
const ANAPHOR_BEFORE = new RegExp(
  `\\b(?:the|this|that|these|those|its|their|${WEEKDAY_POSS}|(?:last|this) (?:week|month|year)'s)\\s+(?:[a-z]+\\s+)?$`,
);
/** Arrests of people named as already told: "detained the suspects", "arrested the two men", "detained them". */
const ARRESTED_AGAIN =
  /^(?:arrested|detained|apprehended|rounded up)\s+(?:(?:the|both|all)\s+(?:(?:two|three|four|five|six|\d+)\s+)?(?:suspects|men|women|pair)|them|both)\b/i;
/** A sentence that opens on a thing named again by its noun: "The truck, on a supply run, …", "The bus was". */
const THING_AGAIN = /^(?:The|That)\s+([a-z]{3,})\b(?=,|\s+(?:was|were|had|carrying|on|with|in)\b)/;
/** Words for a violent event that name no means: any armed event told before may be what they point back to. */
const MEANSLESS =
  /^(?:attacks?|massacres?|killings?|assaults?|bloodshed|carnage|atrocit(?:y|ies)|crimes?|incidents?|violence)\b/i;
const ARMED_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
/**
 * Words that set an act apart ("in a separate attack", "separately, gunmen …"), not a second account of the same one
 * ("in a separate statement", "said separately", "separately confirmed").
 */
const SEPARATE = String.raw`(?:in a )?separate(?!ly\b)(?! (?:statements?|reports?|posts?|briefings?|interviews?|updates?|messages?|communiqu[eé]s?|notes?|announcements?|press conferences?|accounts?|comments?|remarks|tweets?)\b)|(?<!\b(?:said|told|reported|confirmed|added|announced|stated|wrote) )separately(?! (?:said|told|reported|confirmed|added|announced|stated|wrote)\b)`;
/**
 * A sentence that tells of a different event of the same kind (a force that answered a crowd with tear gas, water
 * cannon or batons answered it within its demonstration, no event apart).
 */
export const DIFFERENT = new RegExp(
  String.raw`\b(?:(?:another|a second)(?!(?: [\w-]+)? (?:man|men|woman|women|person|people|child|children|boy|girl|civilian|soldier|fighter|member|commander|officer|passenger|driver|militant|victim|relative|brother|son|guard|worker)s?\b)|${SEPARATE}|elsewhere|earlier (?:that|the same) (?:day|week)|in (?:response|retaliation)|retaliat\w+|struck back|(?:hit back|responded (?:with|by))(?!\s+(?:with\s+)?(?:[\w-]+\s+){0,4}?${CROWD_WEAPONS_SRC}))\b`,
  'i',
);
/** A claim of responsibility for an attack: made after it, about it. */
const RESPONSIBILITY = new RegExp(
  `\\b(?:claim(?:ed|s|ing)? (?:of )?responsibility|took responsibility|accepted responsibility|claimed (?:the|that|${WEEKDAY_POSS}) (?:[\\w-]+ )?(?:attack|strike|bombing|blast|barrage|raid|ambush|assault|shelling))\\b`,
  'i',
);
/** A moment of one attack told after another: "a few minutes later", "seconds after". */
/** A small count of moments, and the moments: "a few seconds", "two minutes". */
const FEW = '(?:a few|a couple of|few|several|some|\\d+|two|three|four|five|ten)';
const MOMENTS = 'seconds|minutes|moments';
const MINUTES_LATER = new RegExp(`\\b(?:${FEW} )?(?:${MOMENTS}) (?:later|after(?:wards)?)\\b`, 'i');
/** A date that is only a short while before or after another: "minutes later", "two hours before" (the whole text). */
const MOMENTS_APART = new RegExp(
  `^(?:${FEW} )?(?:${MOMENTS}|hours?)\\s+(?:before|after|later|earlier)$`,
  'i',
);
/** Not a bound of a span of time: "until the next day", "by the following morning" date no event of their own. */
const NOT_A_BOUND = String.raw`(?<!\b(?:until|till|by|through|into) )`;
/** A day told as the one after the day before it: "the following evening", "the next day", "a day later". */
const NEXT_DAY = new RegExp(
  String.raw`\b(?:${NOT_A_BOUND}the (?:next|following) (?:day|evening|night|morning|afternoon)|a day later)\b`,
  'i',
);
/** The bounds [from, to) of the clause of a sentence, between semicolons, that holds position `at`. */
function clauseBounds(text: string, at: number): [number, number] {
  const to = text.indexOf(';', at);
  return [text.lastIndexOf(';', at) + 1, to < 0 ? text.length : to];
}
/** The clause of a sentence, between semicolons, that holds position `at`. */
function clauseOf(text: string, at: number): string {
  return text.slice(...clauseBounds(text, at));
}
/** An item of a list: a paragraph that opens with a bullet or an item number ("- ", "• ", "2. "). */
export const LIST_ITEM = /^\s*(?:[-•*–▪●]|\d{1,2}[.)])\s+/;
/** A sentence that says the fighting went on: detail of the event just told. */
const CONTINUES = /\b(?:continued|went on|carried on|kept up|persisted|resumed|lasted)\b/i;
/** Falling debris of a weapon brought down that hit or damaged something: "debris from one of the drones fell on the depot". */
const DEBRIS_HIT =
  /\b(?:debris|fragments|wreckage|shrapnel)\b[^.;]{0,80}\b(?:fell|hit|struck|damaged|landed|started|sparked|caused|set|crashed)\b/i;
export const AREA_KINDS = new Set(['province', 'region']);
/**
 * A province or region and a place that lies in it, by the gazetteer's first-level division (which may spell the name
 * otherwise: "Odesa" region, a city whose division is "Odessa"): one strike told at either scale.
 */
export function sameProvince(a: Place, b: Place): boolean {
  if (AREA_KINDS.has(a.kind) === AREA_KINDS.has(b.kind)) return false;
  if (a.country && b.country && a.country !== b.country) return false;
  return sameDivision(a.admin1, b.admin1);
}
/** Two places that may lie in one country: neither names a country the other does not. */
const sameLand = (a: Place | null, b: Place | null): boolean =>
  !a?.country || !b?.country || a.country === b.country;
/** The one mapped town a stretch of text names, if it names exactly one. */
function mappedCityIn(ents: Entities, a: number, b: number): Place | null {
  const ids = new Set(
    ents.mentions.filter((m) => m.kind === 'place' && m.start >= a && m.end <= b).map((m) => m.id),
  );
  const towns = [...ids]
    .map((id) => ents.byId.get(id) as Place | undefined)
    .filter((p): p is Place => !!p && p.kind === 'city' && p.lat !== null);
  return towns.length === 1 ? towns[0] : null;
}
/** A place on the map, or for a spot no map knows ("the Horse Statue"), the one town named where it is told. */
export function townOf(p: Place, doc: Doc, ents: Entities): Place | null {
  if (p.lat !== null) return p;
  for (const m of ents.mentions) {
    if (m.kind !== 'place' || m.id !== p.id) continue;
    const sn = doc.sentences[m.sent];
    if (!sn) continue;
    // (within the clause that names the spot: "cleared X Avenue …; a march in Y drew thousands" puts X in no Y)
    const [from, to] = clauseBounds(sn.text, m.start - sn.start);
    const town = mappedCityIn(ents, sn.start + from, sn.start + to);
    if (town) return town;
  }
  return null;
}
/** Adds a sentence's account to an event already told: its sentences and paragraphs, and how far it runs. */
function joinAccount(into: Candidate, inc: Candidate, para: number): void {
  into.lastPara = Math.max(into.lastPara, para);
  for (const k of inc.sents) if (!into.sents.includes(k)) into.sents.push(k);
  for (const p of inc.paragraphs) if (!into.paragraphs.includes(p)) into.paragraphs.push(p);
}

/** What the new record was read from, beyond the record itself. */
export interface Told {
  place: Place | null;
  placeWeak: boolean;
  attribution: Attribution | null;
}

/**
 * Merges `inc` into the event already found that it tells again, and says whether it did; a record that tells of an
 * event of its own is left for the caller to add.
 */
export function mergeInto(found: Candidate[], inc: Candidate, r: Reading, told: Told): boolean {
  const { doc, ents, s, site, text, trig, at, remote, sentDates, saidOn, otherClause } = r;
  const { place, placeWeak, attribution } = told;
  const sitePlace = site?.place ?? null;
  const para0 = s.para;
  const vague = (p: Place | null) => !p || p.kind === 'country' || p.kind === 'region' || p.kind === 'sea';
  const incWeak = inc.dateWeak;
  let override = false;
  // "that massacre", "the attack" with no day of its own: more about the event last told, current or past
  const latest = found.reduce<Candidate | null>((x, y) => (!x || y.lastPara >= x.lastPara ? y : x), null);
  // war reporting tells many strikes at once: a strike by the other side, or at another place a barrage hit, is an
  // event of its own (ACLED: one event per place, day and side)
  // places of one strike that contain each other ("the Kyivskyi district of Odesa" … "In Odesa"), as the account
  // of either record places them: 1 when the new place is the narrower, -1 when the record's is, 0 otherwise
  const nestedText = (f: Candidate) =>
    [...new Set([...f.sents, s.index])].map((k) => doc.sentences[k]?.text ?? '').join(' ');
  const nestWay = (f: Candidate): number => {
    const fp = f.placeRef;
    if (!fp || !place || fp.id === place.id) return 0;
    // (by the same side only)
    const fc = countryOfDoer(f.attacker ?? '', ents);
    const ic = countryOfDoer(inc.attacker ?? '', ents);
    if (fc && ic && fc !== ic) return 0;
    const t = nestedText(f);
    if (within(place, fp, t)) return 1;
    if (within(fp, place, t)) return -1;
    return 0;
  };
  const nested = (f: Candidate): boolean => nestWay(f) !== 0;
  const distinct = (f: Candidate): boolean => {
    // a barrage partly brought down: the strike and the interception are two records (debris is joined apart)
    if (interceptionBeside(f, inc, doc, text)) return true;
    // two crowds at two places, neither inside the other, are two protests even on one day (ACLED: one per place)
    if (family(f.subType) === 'protest' && family(inc.subType) === 'protest') {
      // (told at two places or on two days, one as peaceful and one met by force or turned violent)
      const otherDay = !incWeak && !!f.date && !!inc.date && f.date.slice(0, 10) !== inc.date.slice(0, 10);
      if (
        (f.placeRef?.id !== place?.id || otherDay) &&
        toldApart(text, f.sents.map((k) => doc.sentences[k]?.text ?? '').join(' '))
      )
        return true;
      const fp = f.placeRef;
      if (!fp || !place || fp.id === place.id || f.place === place.name) return false;
      if (vague(fp) || vague(place) || placeWeak || f.placeWeak) return false;
      // (a spot no map knows, "near the bus terminal", lies in the city its sentence names, or in the one told)
      const ip = townOf(place, doc, ents);
      const fq = townOf(fp, doc, ents);
      if (!ip || !fq || ip.id === fq.id) return false;
      return fq.admin1 !== ip.name && ip.admin1 !== fq.name && !sameProvince(fq, ip) && !nested(f);
    }
    if (!remote || !REMOTE_SUBTYPES.has(f.subType)) return false;
    if (interceptionsApart(f, inc, doc, ents)) return true;
    const fa = f.attacker ?? 'unknown';
    const ia = inc.attacker ?? 'unknown';
    // two states' forces: each side's strike is its own record
    // (a headline may tell two events at once and lend one the other's doer)
    const fc = f.firstPara === 0 ? null : countryActor(fa.replace(/['’]s\b/, ''), ents);
    const ic = countryActor(ia.replace(/['’]s\b/, ''), ents);
    if (fc && ic && fc !== ic) return true;
    const fp = f.placeRef;
    if (!(sitePlace || site?.hit) || !fp || !place || fp.id === place.id) return false;
    if (vague(fp) || vague(place) || fp.lat === null || place.lat === null) return false;
    // a town and the district or region it lies in are one place
    return fp.admin1 !== place.name && place.admin1 !== fp.name && !sameProvince(fp, place) && !nested(f);
  };
  const anaphorOf =
    latest &&
    !distinct(latest) &&
    ANAPHOR_BEFORE.test(text.slice(Math.max(0, at - 40), at)) &&
    !DIFFERENT.test(text) &&
    para0 - latest.lastPara <= 4 &&
    (incWeak || !latest.date || latest.date.slice(0, 10) === inc.date?.slice(0, 10)) &&
    (latest.background || family(latest.subType) === family(inc.subType) || latest.type === inc.type)
      ? latest
      : null;
  // a sentence with no day of its own and no new, narrower place tells more of an event of its kind already
  // told (a claim "said on Thursday that … had detonated a car bomb", "turned into stone-pelting"); arrests
  // with neither belong to the event they followed
  const ownDay = sentDates.some(
    (d) => (d.precision === 'day' || d.precision === 'time') && !saidOn(d) && !otherClause(d),
  );
  const ownPlace = bestPlace(ents, s.start, s.end, doc.text);
  // "the shells hit", "accused the army of staging the massacre": a noun pointing back, in a sentence with no place
  // and no other day of its own, names an event already told, however far back — the last one of its sub-type, or
  // for a word that names no means ("the massacre", "the attack"), the last armed event
  const trigWords = text.slice(at, at + r.trigLen);
  // ("minutes before the shells hit" is a moment of the event pointed back at, not a day of its own)
  const fixedDay = sentDates.some(
    (d) =>
      (d.precision === 'day' || d.precision === 'time') &&
      !saidOn(d) &&
      !otherClause(d) &&
      !MOMENTS_APART.test(d.text),
  );
  /** The last current event told that this one is not set apart from and that `fits`. */
  const lastTold = (fits: (f: Candidate) => boolean) => lastCurrent(found, (f) => !distinct(f) && fits(f));
  // "…; a peaceful march in Batumi drew thousands the following evening": the clause tells its event on a later day
  // than the one told before it, so it sums up no event told at another place
  const laterDay = NEXT_DAY.test(clauseOf(text, at));
  const anaphorFar =
    !anaphorOf &&
    !inc.background &&
    !ownPlace &&
    ANAPHOR_BEFORE.test(text.slice(Math.max(0, at - 40), at)) &&
    !DIFFERENT.test(text)
      ? lastTold(
          (f) =>
            para0 - f.lastPara <= 10 &&
            (!fixedDay || (!!f.date && !!inc.date && f.date.slice(0, 10) === inc.date.slice(0, 10))) &&
            (f.subType === inc.subType || (MEANSLESS.test(trigWords) && ARMED_TYPES.has(f.type))),
        )
      : undefined;
  // ("Shortly after 11 p.m., demonstrators tried to pull down the barriers": a clock time on the day of the event
  // already told is a moment of it, not a day of its own)
  const ownDays = sentDates.filter(
    (d) => (d.precision === 'day' || d.precision === 'time') && !saidOn(d) && !otherClause(d),
  );
  const onItsDay = (f: Candidate) =>
    !!f.date && ownDays.every((d) => d.precision === 'time' && d.iso.slice(0, 10) === f.date?.slice(0, 10));
  const detailOf =
    !anaphorOf && !inc.background && !DIFFERENT.test(text)
      ? lastTold(
          (f) =>
            (!ownDay || onItsDay(f)) &&
            (family(f.subType) === family(inc.subType) ||
              (inc.subType === 'Arrests' && !ownPlace && family(f.subType) === 'protest')) &&
            (!ownPlace ||
              ownPlace.name === f.place ||
              (!!f.placeRef &&
                ownPlace.country === f.placeRef.country &&
                (PLACE_RANK[ownPlace.kind] ?? 0) < (PLACE_RANK[f.placeRef.kind] ?? 0))),
        )
      : undefined;
  // "Gunmen opened fire on an army truck …" / "The truck … was raked with rifle fire and hit by a rifle grenade at
  // 6:40 p.m.": a sentence that opens on the thing the armed event just told struck, named again by its noun, with
  // no day but that event's, tells that event in detail, whatever kind its own words suggest
  const thing = THING_AGAIN.exec(text)?.[1];
  const thingOf =
    thing &&
    latest &&
    !latest.background &&
    !inc.background &&
    ARMED_TYPES.has(inc.type) &&
    !DIFFERENT.test(text)
      ? ARMED_TYPES.has(latest.type) &&
        para0 - latest.lastPara <= 1 &&
        // (a clock time of that event's day, perhaps echoed in GMT: "at 6:40 p.m. (1040 GMT)")
        (!ownDay ||
          (ownDays.every((d) => d.precision === 'time') &&
            ownDays.some((d) => d.iso.slice(0, 10) === latest.date?.slice(0, 10)))) &&
        new RegExp(`\\b(?:an?|one)\\s+(?:[\\w'’-]+\\s+){0,2}?${escapeRe(thing)}\\b`, 'i').test(
          doc.sentences[latest.sentence]?.text ?? '',
        )
        ? latest
        : undefined
      : undefined;
  // "a second explosion hit … a few minutes later": the same attack, told blast by blast
  const minutesOf =
    !inc.background && inc.type === 'Explosions/Remote violence' && MINUTES_LATER.test(text) && latest
      ? [...found]
          .reverse()
          .find(
            (f) =>
              !f.background &&
              f.type === 'Explosions/Remote violence' &&
              f.subType !== DISRUPTED &&
              para0 - f.lastPara <= 1 &&
              (!f.placeRef || !place || f.placeRef.id === place.id || nested(f) || vague(place)),
          )
      : undefined;
  if (minutesOf) {
    minutesOf.killed ??= inc.killed;
    minutesOf.injured ??= inc.injured;
    joinAccount(minutesOf, inc, para0);
    return true;
  }
  // words in quotation marks with no day of their own ("The regime's air force has once again massacred our
  // people", called the shooting "a massacre") describe the event being told, not another one
  // (arrests quoted after an event of another kind, said security services had "arrested about forty suspects", are
  // an event of their own, as arrests told in the writer's words are; so is a two-sided fight quoted after an event of
  // no fight, with no word pointing back at it, a rescue after an abduction: said a joint team had "engaged the
  // bandits in a fierce gun duel" in the forest)
  const latestCurrent = [...found].reverse().find((f) => !f.background);
  if (
    latestCurrent &&
    !distinct(latestCurrent) &&
    (inc.subType !== 'Arrests' || latestCurrent.subType === 'Arrests') &&
    !(
      inc.type === 'Battles' &&
      latestCurrent.type !== 'Battles' &&
      TWO_SIDED.test(text.slice(at, at + r.trigLen)) &&
      !REFERS.test(text)
    ) &&
    !ownDay &&
    !inc.background &&
    para0 - latestCurrent.lastPara <= 6 &&
    insideQuote(text, at) &&
    !DIFFERENT.test(text)
  ) {
    const f = latestCurrent;
    // (a sentence that quotes the doer's words yet tells where and when, "killed when 'hundreds of terrorists'
    // attacked a post at X", gives the event the place, named outside the quotation marks, and the day a headline
    // left vague or untold)
    const toldOutside = ents.mentions.some(
      (m) =>
        m.id === place?.id && m.start >= s.start && m.end <= s.end && !insideQuote(text, m.start - s.start),
    );
    if (
      place &&
      !placeWeak &&
      toldOutside &&
      vague(f.placeRef) &&
      !vague(place) &&
      sameLand(f.placeRef, place)
    ) {
      f.place = place.name;
      f.country = place.country ?? f.country;
      f.placeRef = place;
      f.placeWeak = false;
    }
    if (inc.date && !incWeak && (!f.date || f.dateWeak)) {
      f.date = inc.date;
      f.localTime = inc.localTime;
      f.dateWeak = false;
    }
    f.lastPara = Math.max(f.lastPara, para0);
    for (const k of inc.sents) if (!f.sents.includes(k)) f.sents.push(k);
    return true;
  }
  // the same strike told by another source, placed against the first account's place ("struck the market in the
  // village of X, about 20 km east of Y") on no other day: one event, at the narrower place
  // (not when an event of its kind is already told at the sentence's own place: the sentence tells that one again)
  const toldHere =
    !!ownPlace &&
    found.some((f) => !f.background && f.subType === inc.subType && f.placeRef?.id === ownPlace.id);
  const relativeOf =
    !inc.background && ownPlace && !toldHere && !DIFFERENT.test(text) && !sitePlace
      ? [...found]
          .reverse()
          .find(
            (f) =>
              !f.background &&
              f.subType === inc.subType &&
              !!f.placeRef &&
              !vague(f.placeRef) &&
              !vague(ownPlace) &&
              f.placeRef.id !== ownPlace.id &&
              para0 - f.lastPara <= 2 &&
              (!ownDay || (!!f.date && !!inc.date && f.date.slice(0, 10) === inc.date.slice(0, 10))) &&
              (ents.mentions.some(
                (m) => m.kind === 'place' && m.id === f.placeRef?.id && m.start >= s.start && m.end <= s.end,
              ) ||
                (!!f.place && new RegExp(`\\b(?:of|from|near|outside) ${escapeRe(f.place)}\\b`).test(text))),
          )
      : undefined;
  if (relativeOf && ownPlace) {
    relativeOf.place = ownPlace.name;
    relativeOf.country = ownPlace.country ?? relativeOf.country;
    relativeOf.placeRef = ownPlace;
    if (inc.localTime && !relativeOf.localTime && inc.date) {
      relativeOf.date = inc.date;
      relativeOf.localTime = inc.localTime;
    }
    relativeOf.killed ??= inc.killed;
    relativeOf.injured ??= inc.injured;
    joinAccount(relativeOf, inc, para0);
    return true;
  }
  // the debris of a drone or missile brought down, falling on a place the strike already told hit (or a place
  // within it) on the same day: the strike told in detail, not an interception of its own
  const debrisOf =
    inc.subType === DISRUPTED && !inc.background && DEBRIS_HIT.test(text) && !DIFFERENT.test(text)
      ? [...found].reverse().find((f) => {
          if (f.background || f.subType !== AIR || para0 - f.lastPara > 3) return false;
          if (f.date && inc.date && !incWeak && f.date.slice(0, 10) !== inc.date.slice(0, 10)) return false;
          const fp = f.placeRef;
          if (!fp || !place) return true;
          if (fp.country && place.country && fp.country !== place.country) return false;
          return fp.id === place.id || vague(fp) || nested(f);
        })
      : undefined;
  if (debrisOf) {
    if (place && (vague(debrisOf.placeRef) || nestWay(debrisOf) > 0)) {
      debrisOf.place = place.name;
      debrisOf.country = place.country;
      debrisOf.placeRef = place;
    }
    debrisOf.killed ??= inc.killed;
    debrisOf.injured ??= inc.injured;
    joinAccount(debrisOf, inc, para0);
    return true;
  }
  // a side's own claim of a strike, told after the account of it, on no day but the statement's ("the defence
  // ministry said on Wednesday its forces had struck port facilities in X"): the strike already told, not another
  // (a capital that speaks, "Moscow claims it struck …", is the government making the claim, not where it struck)
  const claimPlace =
    place &&
    new RegExp(
      `\\b${escapeRe(place.name)}\\s+(?:has\\s+|had\\s+)?(?:said|says|claimed|claims|announced|announces|reported|stated)\\b`,
    ).test(text)
      ? null
      : place;
  const claimOf =
    remote && !inc.background && !ownDay && OWN_STRIKE_CLAIM.test(text) && !DIFFERENT.test(text)
      ? [...found].reverse().find((f) => {
          const place = claimPlace;
          if (f.background || !REMOTE_SUBTYPES.has(f.subType) || para0 - f.lastPara > 6) return false;
          if (interceptionBeside(f, inc, doc, text)) return false;
          const fc = countryOfDoer(f.attacker ?? '', ents);
          const ic = countryOfDoer(inc.attacker ?? '', ents);
          // (a group's claim, "a group said it had struck the base", that names no place of its own, only one
          // taken from around it, claims the strike told before whose doer is unknown)
          if (!fc && place && !ownPlace && isGenericActor(f.attacker) && !isGenericActor(inc.attacker))
            return true;
          if (!fc || fc !== ic) return false;
          const fp = f.placeRef;
          if (!fp || !place || !fp.country || !place.country) return true;
          return fp.country === place.country;
        })
      : undefined;
  if (claimOf) {
    if (claimPlace && vague(claimOf.placeRef) && !vague(claimPlace)) {
      claimOf.place = claimPlace.name;
      claimOf.country = claimPlace.country;
      claimOf.placeRef = claimPlace;
    }
    if (isGenericActor(claimOf.attacker) && !isGenericActor(inc.attacker)) claimOf.attacker = inc.attacker;
    if (claimOf.attribution === 'not ascribed' && attribution) claimOf.attribution = inc.attribution;
    else claimOf.attribution = ownClaim(claimOf, inc, ents) ?? claimOf.attribution;
    claimOf.killed ??= inc.killed;
    claimOf.injured ??= inc.injured;
    joinAccount(claimOf, inc, para0);
    return true;
  }
  // a claim of responsibility, made on its own later day ("claimed responsibility on Wednesday, saying its fighters
  // had detonated a device in X"), tells again of an event of its kind already told on that day or before
  const responsibilityOf =
    !inc.background && RESPONSIBILITY.test(text) && !DIFFERENT.test(text)
      ? [...found].reverse().find((f) => {
          if (f.background || family(f.subType) !== family(inc.subType) || para0 - f.lastPara > 8)
            return false;
          if (f.date && inc.date && f.date.slice(0, 10) > inc.date.slice(0, 10)) return false;
          const fp = f.placeRef;
          if (!fp || !place) return true;
          return !fp.country || !place.country || fp.country === place.country;
        })
      : undefined;
  if (responsibilityOf) {
    const f = responsibilityOf;
    if (place && !vague(place) && (vague(f.placeRef) || nestWay(f) > 0)) {
      f.place = place.name;
      f.country = place.country;
      f.placeRef = place;
    }
    if (!isGenericActor(inc.attacker) && inc.attacker !== 'unknown') f.attacker = inc.attacker;
    if (attribution) f.attribution = inc.attribution;
    f.killed ??= inc.killed;
    f.injured ??= inc.injured;
    joinAccount(f, inc, para0);
    return true;
  }
  // arrests told again in detail, those arrested named as already told ("Officers of the Internal Security Agency
  // detained the suspects … on Wednesday morning in Rzeszów", after "have detained two men suspected of …"): the
  // arrests told before, on the day of this detailed account when it tells one
  const arrestedAgain =
    inc.subType === 'Arrests' &&
    !inc.background &&
    ARRESTED_AGAIN.test(text.slice(at)) &&
    !DIFFERENT.test(text)
      ? lastCurrent(
          found,
          (f) =>
            f.subType === 'Arrests' &&
            para0 - f.lastPara <= 8 &&
            (!f.placeRef?.country || !place?.country || f.placeRef.country === place.country),
        )
      : undefined;
  if (arrestedAgain) {
    if (inc.date && !incWeak) {
      arrestedAgain.date = inc.date;
      arrestedAgain.localTime = inc.localTime;
      arrestedAgain.dateWeak = false;
    }
    joinAccount(arrestedAgain, inc, para0);
    return true;
  }
  // arms found or seized right after a fight is told ("Soldiers killed 12 militants near Bama. A search of the area
  // uncovered a cache of rifles."), on no other day: the fight's spoils, told as part of it, not a seizure of its own
  const spoilsOf =
    inc.weapon === 'arms' && !inc.background && !DIFFERENT.test(text)
      ? lastCurrent(
          found,
          (f) =>
            ARMED_TYPES.has(f.type) &&
            para0 - f.lastPara <= 1 &&
            (!ownDay || (!!f.date && !!inc.date && f.date.slice(0, 10) === inc.date.slice(0, 10))),
        )
      : undefined;
  if (spoilsOf && spoilsOf === lastCurrent(found)) {
    joinAccount(spoilsOf, inc, para0);
    return true;
  }
  // a sentence that points back ("the attack", a toll update) may tell of an event on another day than its own
  const pointsBack = POINTS_BACK.test(text) || TOLL_UPDATE.test(text) || REFERS.test(text);
  // a barrage launched, told right after the interception of part of it, is that barrage's attack: not an event
  // told before the interception
  const intercepted =
    latest &&
    (LAUNCH_CLAIM.test(text) || OWN_STRIKE_CLAIM.test(text)) &&
    launchNotInterception(latest, inc, doc)
      ? latest
      : null;
  const sameEvent =
    (intercepted ? null : (anaphorOf ?? anaphorFar ?? detailOf ?? thingOf)) ??
    [...found].reverse().find((f) => {
      if (f.background !== inc.background) return false;
      if (distinct(f)) return false;
      if (laterDay && !inc.background && !(f.place && f.place === inc.place)) return false;
      if (intercepted && f.lastPara < intercepted.lastPara) return false;
      // two days each told explicitly as an event's own are two events, unless the sentence points back
      // (a headline may sum up a weekend's events: only two protests' days keep a headline's record apart)
      const protests = family(f.subType) === 'protest' && family(inc.subType) === 'protest';
      if (!inc.background && f.date && inc.date && !f.dateWeak && !incWeak && !pointsBack) {
        if ((protests || f.firstPara > 0) && f.date.slice(0, 10) !== inc.date.slice(0, 10)) return false;
      }
      // a side's claim of launching a barrage is the attack, never the interception of part of it
      if ((LAUNCH_CLAIM.test(text) || OWN_STRIKE_CLAIM.test(text)) && launchNotInterception(f, inc, doc))
        return false;
      const gap = para0 - f.lastPara;
      // a sentence with nothing of its own (no place, no day) or that says the fighting went on adds detail;
      // so does a weak trigger in a sentence about "this strike" ("This strike targeted fighters preparing attacks")
      // (not a sentence that says it tells another event: "In a second attack in another town, gunmen killed four")
      if (!inc.background && !(SET_APART.test(text) && !SAME_SITE.test(text))) {
        if (gap <= 1 && CONTINUES.test(text)) return true;
        // a witness's words with no place or day of their own describe the event already told
        const quoted = /^\s*["“]/.test(text);
        if (!inc.place && !inc.date && (gap <= 1 || ((gap <= 3 || quoted) && f.type === inc.type)))
          return true;
        // (arrests over the event are an event of their own: "detained four men for questioning over the blast"; so
        // is a demonstration pointing back at itself, "the march ended without incident", after an event of
        // another kind)
        if (
          gap <= 3 &&
          trig.strength < 0.6 &&
          inc.subType !== 'Arrests' &&
          REFERS.test(text) &&
          !RELATED.test(text) &&
          !(family(inc.subType) === 'protest' && family(f.subType) !== 'protest' && selfReference(text))
        )
          return true;
      }
      if (family(f.subType) !== family(inc.subType)) return false;
      if (DIFFERENT.test(text)) return false;
      // a headline or lead whose place is vague or only a weak guess, of the same sub-type
      const lead = f.firstPara <= 2 && (vague(f.placeRef) || (f.placeWeak && f.subType === inc.subType));
      if (lead && para0 <= 2 && (vague(place) || placeWeak)) return true; // the headline and the lead, both vague
      const datesDiffer = !!f.date && !!inc.date && f.date.slice(0, 10) !== inc.date.slice(0, 10);
      // a vague lead or headline sums up the event told in detail further down: the details win
      // (a lead with a place of its own, however weak, and an explicit day of its own tells of another day)
      const leadVague = vague(f.placeRef);
      // a headline with no day of its own whose place is no mapped place ("hits Kurdish base") is the lead's strike
      if (
        f.firstPara === 0 &&
        f.lastPara === 0 &&
        para0 <= 2 &&
        f.subType === inc.subType &&
        f.dateWeak &&
        f.placeRef?.lat === null &&
        place &&
        place.lat !== null &&
        !placeWeak
      ) {
        override = true;
        return true;
      }
      // a headline with no day of its own at a province or region sums up the event the body tells at a town of
      // it, or at a spot the map does not place told with the province's name ("air strike hits Kachin mining belt"
      // … "the Kachin Independence Army … said a jet bombed a miners' camp outside Pangwa on Friday"), however many
      // lines of byline and lead come between
      if (
        f.firstPara === 0 &&
        f.subType === inc.subType &&
        f.dateWeak &&
        f.placeRef &&
        AREA_KINDS.has(f.placeRef.kind) &&
        gap <= 3 &&
        place &&
        !placeWeak &&
        !AREA_KINDS.has(place.kind) &&
        !vague(place) &&
        (place.lat === null
          ? new RegExp(`\\b${escapeRe(f.placeRef.name)}\\b`).test(text)
          : sameLand(f.placeRef, place) && sameDivision(place.admin1, f.placeRef.name))
      ) {
        override = true;
        return true;
      }
      if (lead && !vague(place) && !placeWeak && (!datesDiffer || f.dateWeak || (leadVague && !incWeak))) {
        override = true;
        return true;
      }
      if (datesDiffer && !f.dateWeak && !incWeak) return false;
      if (f.place && inc.place && f.place === inc.place) return true;
      const fp = f.placeRef;
      const ip = place;
      const sameCountry = !fp || !ip || !fp.country || !ip.country || fp.country === ip.country;
      if (!sameCountry) return false;
      if (vague(fp) || vague(ip)) return gap <= 2 || REFERS.test(text);
      // an unknown part of a known place (a district with no coordinates) in the next paragraph, or places of the
      // same strike that contain each other
      // (not an item of a list: each bullet tells an item of its own)
      return (
        (gap <= 1 &&
          (ip?.lat === null || fp?.lat === null) &&
          !LIST_ITEM.test(doc.paragraphs[para0]?.text ?? '')) ||
        (gap <= 3 && f.subType === inc.subType && nested(f))
      );
    });
  if (sameEvent) {
    const f = sameEvent;
    const sameKind = family(f.subType) === family(inc.subType);
    const nest = nestWay(f);
    if (
      place &&
      sameKind &&
      nest >= 0 &&
      (override ||
        nest > 0 ||
        vague(f.placeRef) ||
        ((PLACE_RANK[place.kind] ?? 0) > (PLACE_RANK[f.placeRef?.kind ?? 'other'] ?? 0) &&
          place.lat !== null))
    ) {
      f.place = place.name;
      f.country = place.country;
      f.placeRef = place;
      f.placeWeak = placeWeak;
    } else if (place && !f.placeRef && f === thingOf) {
      // (the thing struck, told again where it was hit, places an event told at no place)
      f.place = place.name;
      f.country = place.country;
      f.placeRef = place;
      f.placeWeak = placeWeak;
    } else if (place && sameKind && !placeWeak && (f.placeRef?.id === place.id || f.place === place.name))
      // a headline's weak guess at the place, told again as where the event happened: the place is the event's now,
      // and the record no longer a vague summary that a later account at another place would take over
      f.placeWeak = false;
    if (
      inc.date &&
      // (a past event's day is not the day of a current sentence that recalls it)
      (!f.background || inc.background) &&
      (!f.date ||
        (f.dateWeak && !incWeak) ||
        (override && !incWeak) ||
        (inc.localTime && !f.localTime && inc.date.slice(0, 10) === f.date.slice(0, 10)))
    ) {
      f.date = inc.date;
      f.localTime = inc.localTime ?? (inc.date.slice(0, 10) === f.date?.slice(0, 10) ? f.localTime : null);
      f.dateWeak = incWeak;
    }
    if (sameKind && (SEVERITY[inc.subType] ?? 0) > (SEVERITY[f.subType] ?? 0)) {
      f.subType = inc.subType;
      f.type = inc.type;
    }
    // a blast told first by its bomb and then as dropped from a drone ("a bomb exploded in the camp … the bomb fell
    // from a drone"): the drone's strike
    if (inc.trig === DROPPED_FROM_DRONE && f.subType === 'Remote explosive/landmine/IED') {
      f.subType = inc.subType;
      f.type = inc.type;
      f.trig = inc.trig;
      f.weapon = inc.weapon;
    }
    if (override) {
      // the lead's figures may add up several events; the detailed account's are this event's
      f.killed = inc.killed;
      f.injured = inc.injured;
    }
    f.killed ??= inc.killed;
    f.injured ??= inc.injured;
    f.damage ??= inc.damage;
    if (sameKind) {
      if (isGenericActor(f.attacker) && !isGenericActor(inc.attacker)) f.attacker = inc.attacker;
      // a headline's doer gives way to the account's (a headline may tell two strikes at once)
      else if (remote && f.firstPara === 0 && para0 > 0 && !isGenericActor(inc.attacker))
        f.attacker = inc.attacker;
      else if (f.attacker === 'unknown' && inc.attacker !== 'unknown') f.attacker = inc.attacker;
      f.target ??= inc.target;
    }
    if (f.attribution === 'not ascribed' && attribution) f.attribution = inc.attribution;
    else f.attribution = ownClaim(f, inc, ents) ?? f.attribution;
    f.confidence = Math.max(f.confidence, inc.confidence);
    f.lowConfidence = f.confidence < 0.5;
    joinAccount(f, inc, para0);
    return true;
  }
  if (intercepted) {
    // the barrage and its interception: one doer, one day
    if (
      (intercepted.attacker === 'unknown' || isGenericActor(intercepted.attacker)) &&
      !isGenericActor(inc.attacker)
    )
      intercepted.attacker = inc.attacker;
    if (!inc.date && intercepted.date) {
      inc.date = intercepted.date.slice(0, 10);
      inc.dateWeak = intercepted.dateWeak;
    }
  }
  return false;
}

/** A demonstration named again ("the march", "that protest"): a sentence pointing back at a demonstration. */
const PROTEST_REFERRED =
  /\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:protests?|march|marches|demonstrations?|rall(?:y|ies)|vigils?|gatherings?|sit-ins?|blockades?)\b/i;
/** Whether the event a sentence points back at is a demonstration ("the march ended without incident"). */
const selfReference = (text: string): boolean => {
  const m = REFERS.exec(text);
  return !!m && PROTEST_REFERRED.test(m[0]);
};

/** A side's claim of a barrage, or its launch told: "claimed the barrage", "said its fighters had targeted". */
const LAUNCH_CLAIM =
  /\bclaim(?:ed|s|ing)?\b(?! responsibility)|\b(?:said|saying|says|statement)\b[^.;]{0,40}\b(?:its|their) (?:\w+ ){0,2}(?:fighters|forces|troops|units|militants|men)\b[^.;]{0,20}\b(?:targeted|struck|attacked|shelled|bombarded|fired|launched)\b/i;
/** An interception that says every weapon was brought down: no part of the barrage hit. */
const ALL_DOWNED =
  /\b(?:all|every|each|none of)\b[^.;]{0,60}\b(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed)\b|\bnone (?:of them )?(?:reached|hit|got through)\b/i;
/**
 * An attack (a barrage launched, a side's claim of it) told after the interception of part of it: its own record
 * beside the interception (ACLED codes both), unless the interception says every weapon was brought down.
 */
function launchNotInterception(f: Candidate, inc: Candidate, doc: Doc): boolean {
  if (f.subType !== DISRUPTED || inc.subType === DISRUPTED || !REMOTE_SUBTYPES.has(inc.subType)) return false;
  const ftext = f.sents.map((k) => doc.sentences[k]?.text ?? '').join(' ');
  return !ALL_DOWNED.test(ftext);
}

/**
 * An interception and a strike from afar, either told first: two records (ACLED codes a partly intercepted barrage
 * as a strike and a disrupted weapons use), unless the interception says every weapon was brought down.
 */
const WEAPONS_DOWNED =
  /\b(?:drones?|missiles?|rockets?|UAVs?|projectiles?|shells?|munitions?|bombs?|warheads?|aircraft)\b/i;
function interceptionBeside(f: Candidate, inc: Candidate, doc: Doc, incText: string): boolean {
  const fDown = f.subType === DISRUPTED;
  if (fDown === (inc.subType === DISRUPTED)) return false;
  if (!REMOTE_SUBTYPES.has(fDown ? inc.subType : f.subType)) return false;
  const told = fDown ? f.sents.map((k) => doc.sentences[k]?.text ?? '').join(' ') : incText;
  // (weapons brought down, not "a large number of them were neutralised")
  return WEAPONS_DOWNED.test(told) && !ALL_DOWNED.test(told);
}
/** A record that says it tells another strike at a place already hit: "struck again", "a day after", "a second". */
export const ANOTHER_STRIKE = new RegExp(
  String.raw`\b(?:again|anew|once more|a day (?:later|earlier)|a day (?:after|before)(?= (?:(?:the|a|an|its|their|this|that) )?(?:[\w-]+ ){0,2}(?:strikes?|air ?strikes?|attacks?|raids?|barrages?|bombings?|blasts?|explosions?|shelling|assaults?|struck|hit|attacked|bombed|shelled|fired))|${NOT_A_BOUND}the (?:next|following|previous) (?:day|night|morning)|(?:another|(?:a|the) (?:new|fresh|further|second|third))(?: [\w-]+)? (?:strikes?|attacks?|raids?|barrages?|waves?|bombings?|blasts?|explosions?|shelling|assaults?|drones?|missiles?|rockets?|shells?|rounds?|salvos?|air ?strikes?|aircraft|jets?)|${SEPARATE}|elsewhere|in (?:response|retaliation)|retaliat\w+|hit back|struck back)\b`,
  'i',
);
/** Sites a strike hits: "the fuel station", "the market", "the apartment block". */
const SITES =
  '(?:station|market|hospital|clinic|school|building|block|house|home|camp|shelter|depot|warehouse|port|plant|factory|facility|site|base|post|checkpoint|bridge|road|street|district|neighbou?rhood|village|area|compound|mosque|church|bazaar|square|vehicle|car|bus|convoy|ship|vessel|terminal|refinery|substation|tower|hotel|restaurant|cafe|office|farm|field)s?';
/**
 * A strike told apart ("in a separate strike", "a second drone", "struck again") that hit the same site as one already
 * told: "In a separate strike on the same fuel station on Thursday night, a drone killed two more people", "Later on
 * Thursday, a second drone struck the same fuel station", or the same named site ("A separate drone strike on the
 * Al-Salam fuel station … late on Thursday"). At one place, on one day, by one side, it is the same event
 * (ACLED: one event per place, day and side), however many blows it took; "the same day" or "the same drones" name no
 * site hit twice, and "hit another fuel station in the same district" names two.
 */
const SAME_SITE = new RegExp(
  String.raw`\bthe same (?!(?:day|night|morning|afternoon|evening|time|hour|week|weekend|month|year|period|way|manner|kind|type|pattern|fate|group|side|unit|forces?|people|men|family|families|victims?|reasons?|number|weapons?|drones?|missiles?|rockets?|aircraft|jets?|tactics?|route)\b)(?:[\w'’-]+ ){0,2}?${SITES}\b`,
  'i',
);
/** "another", "a second", "a different" … : something other than one already told. */
const ANOTHER = '(?:another|a (?:second|third|fourth|new|fresh|further|different))';
/** Another site than one told: "hit another fuel station in the same district". */
const OTHER_SITE = new RegExp(String.raw`\b${ANOTHER} (?:[\w'’-]+ ){0,2}?${SITES}\b`, 'i');
/**
 * A sentence that says it tells another event than one already told: "In a second attack in another town",
 * "Elsewhere in the state", "Separately, a bomb went off", "In another strike", "A second drone hit another fuel
 * station" (not "another resident said", nor a second blow at the same site: see SAME_SITE).
 */
const SET_APART = new RegExp(
  String.raw`\b(?:${ANOTHER}(?: [\w'’-]+){0,2}? (?:strikes?|air ?strikes?|attacks?|raids?|barrages?|bombings?|blasts?|explosions?|shelling|assaults?|ambush(?:es)?|drones?|missiles?|rockets?|shells?|bombs?|clash(?:es)?|shootings?|killings?|incidents?|towns?|cit(?:y|ies)|${SITES})|${SEPARATE}|elsewhere)\b`,
  'i',
);
/** Words that tell a strike as the answer to another: "in response to the massacre", "in retaliation", "struck back". */
const ANSWERS = /\b(?:in (?:response|retaliation)|retaliat\w+|hit back|struck back)\b/i;
const ANSWERS_ALL = new RegExp(ANSWERS.source, 'gi');
/** Means of violence that are not a blast, or a force on the ground: victims shot, cut or taken by them are an attack of their own. */
const OWN_MEANS =
  /\b(?:shot|shoot\w*|gun(?:man|men|fire|point)|opened fire|fired on|rifles?|stabb\w+|knif\w+|machetes?|hack\w+|beh\w*ead\w*|abduct\w*|kidnap\w*|torch\w*|burn(?:ed|t) (?:alive|to death)|rap\w+|lynch\w*|execut\w+|beat(?:en|ing)?|militi\w+|soldiers|troops|fighters|attackers|raiders|bandits|assailants|insurgents|militants|jihadists|rebels)\b/i;
/** A later word on a strike's toll: "the death toll from the strike had risen to four". */
const TOLL_UPDATE =
  /\b(?:death toll|toll|number of (?:dead|victims|people killed))\b[^.;]{0,80}\b(?:rose|risen|rises|climbed|increased|reached|jumped|stands?|stood)\b/i;
/** A sentence about "the attack", "this strike", "the blast": an event already told. */
const POINTS_BACK = new RegExp(
  `\\b(?:the|this|that|${WEEKDAY_POSS})\\s+(?:[a-z]+\\s+)?(?:attack|strike|air ?strike|drone strike|missile strike|blast|explosion|bombing|barrage|raid|shelling)\\b`,
  'i',
);
export const dayNumber = (iso: string | null): number | null => {
  if (!iso) return null;
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
};
/**
 * How the places of two records of one event may relate: the same place, one inside the other ("the strike on
 * Kharkiv" / "the attack in the Kharkiv region"), or one only a country, region or sea ("Russia's attack on
 * Ukraine"), or no place at all.
 */
export function placesAgree(a: Candidate, b: Candidate, text: string): boolean {
  const ap = a.placeRef;
  const bp = b.placeRef;
  if (!ap || !bp) return true;
  if (ap.id === bp.id || (a.place && a.place === b.place)) return true;
  if (spotIn(ap, bp, text) || spotIn(bp, ap, text)) return true;
  if (namedAfter(ap, bp) || namedAfter(bp, ap)) return true;
  if (inAppositive(ap, bp, text) || inAppositive(bp, ap, text)) return true;
  if (ap.country && bp.country && ap.country !== bp.country) return false;
  const broad = (p: Place) => p.kind === 'country' || p.kind === 'region' || p.kind === 'sea';
  if (broad(ap) || broad(bp)) return true;
  if (sameProvince(ap, bp)) return true;
  return within(ap, bp, text) || within(bp, ap, text);
}
/** A site named after the town it serves: "Port of Hodeidah", "Kharkiv airport", "Goma prison" in Hodeidah, Kharkiv, Goma. */
function namedAfter(site: Place, town: Place): boolean {
  if (site.kind !== 'facility' || town.kind !== 'city') return false;
  if (site.country && town.country && site.country !== town.country) return false;
  return ` ${site.name} `.includes(` ${town.name} `);
}
/**
 * A spot no map knows ("a Buddhist monastery") and a mapped town the account tells it stands in ("bombed a monastery
 * in Thayet Taw"): the spot's head word, then "in", "at", "near" or "of" the town, within a few words.
 */
export function spotIn(spot: Place, town: Place, text: string): boolean {
  if (spot.kind !== 'facility' || spot.lat !== null) return false;
  if (town.kind !== 'city' && town.kind !== 'province') return false;
  const head = /([\p{L}-]{4,})$/u.exec(spot.name)?.[1];
  if (!head) return false;
  return new RegExp(
    `\\b${escapeRe(head)}s?\\b[^.;]{0,40}?\\b(?:in|at|near|outside|of)\\s+(?:the\\s+)?(?:(?:village|town|city) of\\s+)?${escapeRe(town.name)}\\b`,
    'i',
  ).test(text);
}
/**
 * A place told in a wider one by apposition: "near Jilib, in the Middle Juba region", "Bor, in Jonglei state",
 * "Sombrerete, in western Zacatecas". A town the map knows is wider than another town only when it is named like
 * its own province (a state's capital): "Sombrerete, in western Zacatecas" names the state, not the city.
 */
export function inAppositive(inner: Place, outer: Place, text: string): boolean {
  if (inner.id === outer.id || outer.kind === 'country') return false;
  const stateTown =
    outer.kind === 'city' && inner.kind !== 'province' && !!outer.admin1 && outer.admin1 === outer.name;
  if ((PLACE_RANK[outer.kind] ?? 0) >= (PLACE_RANK[inner.kind] ?? 0) && !stateTown) return false;
  if (inner.country && outer.country && inner.country !== outer.country) return false;
  return new RegExp(
    `\\b${escapeRe(inner.name)},\\s+in\\s+(?:the\\s+)?(?:${DIRECTION}\\s+)?${escapeRe(outer.name)}\\b`,
  ).test(text);
}
/** A direction that narrows an area: "western", "north-eastern", "southeast", "central". */
const DIRECTION =
  '(?:(?:[Nn]orth|[Ss]outh)(?:[- ]?(?:east|west))?(?:ern)?|(?:[Ee]ast|[Ww]est)(?:ern)?|[Cc]entral)';
/** The narrower of two places of one event (a mapped city over its province, a province over its country). */
function narrower(a: Place | null, b: Place | null): Place | null {
  if (!a) return b;
  if (!b) return a;
  const ra = PLACE_RANK[a.kind] ?? 0;
  const rb = PLACE_RANK[b.kind] ?? 0;
  if (rb > ra && b.lat !== null) return b;
  return a;
}
/** Words of an actor's name that say who it is (not its articles or its kind of force). */
const NAME_WORDS = (x: string): Set<string> =>
  new Set(
    x
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[^\p{L}\d]+/u)
      .filter(
        (w) =>
          w.length > 2 &&
          !/^(?:the|and|of|forces?|army|military|troops|fighters|militants|group|police|members?|suspected)$/.test(
            w,
          ),
      ),
  );

/**
 * Whether two doers are the same side (true), two sides (false) or cannot be told apart (null): one country, one body
 * of the text under any of its names, names that share a word or one written short for the other.
 */
export function sameSide(x: string, y: string, ents: Entities): boolean | null {
  const cx = countryOfDoer(x, ents);
  const cy = countryOfDoer(y, ents);
  if (cx && cy) return cx === cy;
  const wx = NAME_WORDS(x);
  for (const w of NAME_WORDS(y)) if (wx.has(w)) return true;
  if (shortFor(x, y) || shortFor(y, x)) return true;
  const ox = bodyOf(x, ents);
  const oy = bodyOf(y, ents);
  if (ox && oy) return ox === oy;
  return null;
}

/** The body of the text a doer's name names, under its name or one of its aliases. */
function bodyOf(x: string, ents: Entities): string | null {
  for (const o of ents.orgs)
    for (const n of [o.name, ...o.aliases])
      if (n.length > 1 && new RegExp(`(?:^|\\W)${escapeRe(n)}(?:$|\\W)`).test(x)) return o.id;
  return null;
}

/** A name written short: "RSF" for "Rapid Support Forces", "ISWAP" in "Islamic State West Africa Province". */
function shortFor(short: string, long: string): boolean {
  const s = short.replace(/^the\s+/i, '').trim();
  if (!/^[A-Z]{2,6}$/.test(s)) return false;
  return initials(long, (w) => /^[A-Z]/.test(w)).includes(s);
}

/** The side that claims an act, in an attribution's words: "claimed by X", "claimed by X (its spokesman)". */
const CLAIMED_BY = /^claimed by (.+?)(?: \((?:its own report|its spokesman)\))?$/;
/** The side an act is blamed on, in an attribution's words: "blamed on X by Y". */
const BLAMED_ON = /^blamed on (.+?)(?: by .+)?$/;

/**
 * Of two records of one event, the attribution of the one in which a side claims the act that the other blames on
 * that same side (or on no side the text names): ACLED codes the act as claimed, whoever blamed it first. Null when
 * neither record holds such a claim.
 */
export function ownClaim(a: Candidate, b: Candidate, ents: Entities): string | null {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ]) {
    const c = CLAIMED_BY.exec(x.attribution);
    const bl = BLAMED_ON.exec(y.attribution);
    if (!c || !bl) continue;
    const doer = y.attacker && !isGenericActor(y.attacker) ? y.attacker : null;
    if (sameSide(c[1], bl[1], ents) || (doer && sameSide(c[1], doer, ents))) return x.attribution;
  }
  return null;
}

/**
 * Folds `b` (told later) into `a`: its place if narrower, its day if `a` had none, figures `a` lacked, and a side's
 * own claim over another's blame of that side (when the text's entities are given).
 */
export function absorb(a: Candidate, b: Candidate, text = '', ents?: Entities): void {
  const claim = ents ? ownClaim(a, b, ents) : null;
  const p =
    a.placeRef && b.placeRef && spotIn(a.placeRef, b.placeRef, text)
      ? b.placeRef
      : b.placeRef && a.placeRef && spotIn(b.placeRef, a.placeRef, text)
        ? a.placeRef
        : narrower(a.placeRef, b.placeRef);
  if (p && p !== a.placeRef) {
    a.place = p.name;
    a.country = p.country ?? a.country;
    a.placeRef = p;
    a.placeWeak = b.placeWeak;
  }
  if (b.date && (!a.date || (a.dateWeak && !b.dateWeak))) {
    a.date = b.date;
    a.localTime = b.localTime;
    a.dateWeak = b.dateWeak;
  }
  a.killed ??= b.killed;
  a.injured ??= b.injured;
  a.damage ??= b.damage;
  if (isGenericActor(a.attacker) && !isGenericActor(b.attacker)) a.attacker = b.attacker;
  else if (a.attacker === 'unknown' && b.attacker !== 'unknown') a.attacker = b.attacker;
  a.target ??= b.target;
  if (claim) a.attribution = claim;
  else if (a.attribution === 'not ascribed' && b.attribution !== 'not ascribed')
    a.attribution = b.attribution;
  a.confidence = Math.max(a.confidence, b.confidence);
  a.lowConfidence = a.confidence < 0.5;
  a.firstPara = Math.min(a.firstPara, b.firstPara);
  a.lastPara = Math.max(a.lastPara, b.lastPara);
  for (const k of b.sents) if (!a.sents.includes(k)) a.sents.push(k);
  for (const k of b.paragraphs) if (!a.paragraphs.includes(k)) a.paragraphs.push(k);
}

/**
 * One event told on two days or at two scales, once every record is read: a record of the same sub-type by the same
 * side, within a day either side of a record already kept ("late on Friday" / the statement "early on Saturday"), at
 * the same place, one inside the other, or a country for a city, is that record; and the victims of a strike told in
 * their own sentence ("The attack killed five civilians"), at its place and on its day, with no shooting or other
 * means of their own, are that strike's. A sentence that says it tells another strike ("again", "a day after",
 * "separately", "in retaliation") keeps its own record, and so do strikes at two cities neither of which holds the
 * other, and each side's strike. Quadratic in the records, which are few.
 */
export function foldRepeats(found: Candidate[], doc: Doc, ents: Entities): void {
  foldSummaries(found);
  foldStatements(found, doc, ents);
  const sentText = (f: Candidate) => doc.sentences[f.sentence]?.text ?? f.evidence;
  for (let j = 1; j < found.length; j++) {
    const b = found[j];
    if (b.background) continue;
    const bText = sentText(b);
    // (a strike told as the answer to another is not that other one, but it may be one told already at its place)
    const answers = ANSWERS.test(bText);
    const apart = ANOTHER_STRIKE.test(answers ? bText.replace(ANSWERS_ALL, ' ') : bText);
    // (unless it hit the same site as a strike already told: see SAME_SITE)
    const siteAgain = apart && !answers && b.subType !== DISRUPTED && REMOTE_SUBTYPES.has(b.subType);
    if (apart && !siteAgain) continue;
    const sameSite = siteAgain && SAME_SITE.test(bText) && !OTHER_SITE.test(bText);
    const bDay = dayNumber(b.date);
    const at = bText.search(plainPattern(b.trig.re));
    const told =
      TOLL_UPDATE.test(bText) ||
      POINTS_BACK.test(bText) ||
      (at > 0 && ANAPHOR_BEFORE.test(bText.slice(Math.max(0, at - 40), at))) ||
      // ("The drone hit a storage tank …" right after the strike: the sentence opens on the thing already told)
      (at > 0 && /^(?:The|This|That|These|Those)\s+(?:[a-z]+\s+)?$/.test(bText.slice(0, at)));
    let weaponFrom = null as Candidate | null;
    const wb = WEAPON_BACK.exec(bText);
    const weaponBack = wb ? weaponSubType(wb[0]) : null;
    const into = found.slice(0, j).find((a) => {
      if (a.background) return false;
      if (answers && !(a.subType === b.subType && a.placeRef && a.placeRef.id === b.placeRef?.id))
        return false;
      const aDay = dayNumber(a.date);
      const text = [...new Set([...a.sents, ...b.sents, a.sentence, b.sentence])]
        .map((k) => doc.sentences[k]?.text ?? '')
        .join(' ');
      const ac = countryOfDoer(a.attacker ?? '', ents);
      const bc = countryOfDoer(b.attacker ?? '', ents);
      if (ac && bc && ac !== bc) return false;
      // (a live page's entry may carry only its time: "the same warehouse" with no day of its own is on the day told)
      if (siteAgain)
        return (
          a.subType === b.subType &&
          !!a.placeRef &&
          !!b.placeRef &&
          ((sameSite && (aDay === null || bDay === null || aDay === bDay) && placesAgree(a, b, text)) ||
            (aDay !== null &&
              aDay === bDay &&
              a.placeRef.id === b.placeRef.id &&
              b.placeRef.kind === 'facility'))
        );
      // a strike told without its weapon ("a Russian strike on Kharkiv") and the same strike told with it ("two
      // missiles hit Kharkiv"), at one place on one day; two strikes that each name their weapon stay two
      // "The missiles hit at about 10:40 a.m.": the weapons told before, at their place, whatever the sentence's
      // other words make of its kind; and right after a strike from the air, "The missile tore through the
      // vehicle" is the aircraft's or the drone's own munition, at a place its account named
      // (the strike's place kept: the munition's sentence names where it hit within the place told)
      const munition = !!wb && a.subType === AIR && MUNITION.test(wb[0]) && b.firstPara - a.lastPara <= 1;
      if (
        weaponBack &&
        a.subType !== b.subType &&
        ARMED_STRIKE.has(a.subType) &&
        ARMED_STRIKE.has(b.subType) &&
        a.placeRef &&
        b.placeRef &&
        (a.placeRef.id === b.placeRef.id ||
          a.place === b.place ||
          (munition && namedIn(b.placeRef, doc.sentences[a.sentence]?.text ?? ''))) &&
        (aDay === null || bDay === null || aDay === bDay || a.dateWeak || b.dateWeak)
      ) {
        if (weaponBack === a.subType || munition) return true;
      }
      if (a.subType !== b.subType && ARMED_STRIKE.has(a.subType) && ARMED_STRIKE.has(b.subType)) {
        const [bare, named] = weaponless(a, doc) ? [a, b] : weaponless(b, doc) ? [b, a] : [null, null];
        if (!bare || !named || !namesWeapon(named, doc)) return false;
        if (aDay !== null && bDay !== null && aDay !== bDay) return false;
        if (!a.placeRef || !b.placeRef) return false;
        if (
          !(
            a.placeRef.id === b.placeRef.id ||
            within(a.placeRef, b.placeRef, text) ||
            within(b.placeRef, a.placeRef, text)
          )
        )
          return false;
        weaponFrom = named;
        return true;
      }
      if (a.subType === b.subType && REMOTE_SUBTYPES.has(a.subType) && a.subType !== DISRUPTED) {
        // (a later sentence about "the strike" or its rising toll may come days after it, on the statement's day)
        const span = told && bDay !== null && aDay !== null && bDay >= aDay ? 3 : 1;
        if (aDay !== null && bDay !== null && Math.abs(aDay - bDay) > span) return false;
        // two days each told as the strike's own, with no word pointing back, are two strikes (unless they are the
        // two sides of one midnight: "struck the port the same night" / "shortly after midnight, on 17 February")
        if (
          aDay !== null &&
          bDay !== null &&
          aDay !== bDay &&
          !a.dateWeak &&
          !b.dateWeak &&
          !told &&
          !oneNight(a, b, doc)
        )
          return false;
        return placesAgree(a, b, text);
      }
      // a raid that took people away ("stormed the school …, taking away pupils") is the abduction already told
      if (b.subType === 'Attack' && a.subType === ABDUCTION && TAKEN.test(bText)) {
        if (aDay !== null && bDay !== null && Math.abs(aDay - bDay) > 7) return false;
        // (a school or a camp no map knows may lie anywhere in the country of the place told with the abduction)
        const spot = (p: Place | null, q: Place | null) =>
          !!p && !!q && p.kind === 'facility' && p.lat === null && (!p.country || p.country === q.country);
        return (
          placesAgree(a, b, text) ||
          a.placeWeak ||
          b.placeWeak ||
          spot(a.placeRef, b.placeRef) ||
          spot(b.placeRef, a.placeRef)
        );
      }
      // (and so is one told before the abduction's own record: "14 persons were taken away and a youth leader was
      // shot dead", then "police put the number of abducted persons at nine")
      if (a.subType === 'Attack' && b.subType === ABDUCTION && TAKEN.test(sentText(a))) {
        if (aDay !== null && bDay !== null && Math.abs(aDay - bDay) > 7) return false;
        if (!placesAgree(a, b, text) && !a.placeWeak && !b.placeWeak) return false;
        weaponFrom = b;
        return true;
      }
      // the victims' side of a strike told in a sentence of its own
      if (
        b.subType === 'Attack' &&
        a.type === 'Explosions/Remote violence' &&
        a.subType !== DISRUPTED &&
        !OWN_MEANS.test(bText)
      ) {
        if (aDay !== null && bDay !== null && aDay !== bDay) return false;
        if (!a.placeRef || !b.placeRef) return !!a.placeRef === !!b.placeRef || b.lastPara - a.lastPara <= 2;
        return placesAgree(a, b, text) && !(isBroad(a.placeRef) && !isBroad(b.placeRef));
      }
      return false;
    });
    if (!into) continue;
    if (weaponFrom && weaponFrom !== into) {
      into.subType = weaponFrom.subType;
      into.type = weaponFrom.type;
      into.trig = weaponFrom.trig;
    }
    // (the sentence that tells the taking itself gives the abduction its day, when the abduction has none of its own)
    // (of one night told twice, the account with the hour holds the day and the toll: "the same night" in a summary,
    // "shortly after midnight, … four port workers were killed" in its own account)
    const hourly = !!b.localTime && !into.localTime && oneNight(into, b, doc);
    const takenOn =
      into.subType === ABDUCTION && b.subType === 'Attack' && !b.dateWeak && (!into.date || into.dateWeak)
        ? b.date
        : null;
    absorb(
      into,
      b,
      [...new Set([...into.sents, ...b.sents, into.sentence, b.sentence])]
        .map((k) => doc.sentences[k]?.text ?? '')
        .join(' '),
      ents,
    );
    if (hourly) {
      into.date = b.date;
      into.localTime = b.localTime;
      into.dateWeak = b.dateWeak;
      if (b.killed !== null) into.killed = b.killed;
      if (b.injured !== null) into.injured = b.injured;
    }
    if (takenOn) {
      into.date = takenOn;
      into.localTime = b.localTime;
      into.dateWeak = false;
    }
    found.splice(j, 1);
    j--;
  }
}
/** A time of the night told in words: "the same night", "late on Monday", "overnight", "in the evening". */
const NIGHT_WORDS = /\b(?:night|overnight|evening|late on|midnight)\b/i;
/** The small hours told in words: "shortly after midnight", "in the early hours", "before dawn". */
const SMALL_HOURS = /\b(?:after midnight|early hours|small hours|before dawn|pre-dawn|predawn)\b/i;
/**
 * Two records a day apart that are one night: the earlier told at night ("the same night", a time from 18:00), the
 * later in the small hours after it (a time before 06:00, "shortly after midnight").
 */
function oneNight(x: Candidate, y: Candidate, doc: Doc): boolean {
  const dx = dayNumber(x.date);
  const dy = dayNumber(y.date);
  if (dx === null || dy === null || Math.abs(dx - dy) !== 1) return false;
  const [early, late] = dx < dy ? [x, y] : [y, x];
  const said = (f: Candidate) => doc.sentences[f.sentence]?.text ?? f.evidence;
  const lateSmall = (!!late.localTime && late.localTime < '06:00') || SMALL_HOURS.test(said(late));
  const earlyNight = (!!early.localTime && early.localTime >= '18:00') || NIGHT_WORDS.test(said(early));
  return lateSmall && earlyNight;
}
const ABDUCTION = 'Abduction/forced disappearance';
/**
 * People taken away in an attack: "taking away pupils", "abducted 20 villagers", "seized dozens of passengers", "23
 * people were taken" (not "were taken to hospital" or "into custody"), "herded the farmers into the forest", "the
 * others were taken into the forest", "the passengers were marched into the bush".
 */
const TAKEN = new RegExp(
  String.raw`\b(?:tak(?:ing|en) away|took away|carr(?:ied|ying) off|abduct\w*|kidnap\w*|seiz(?:ed|ing) (?:[\w-]+ ){0,3}${CAPTIVES_SRC}|(?:were|was|been) taken(?! (?:to|into|in|for|by|from|off|up|out|over|down|aback|ill)\b)|(?:(?:marched|led|herded|forced|drove|dragged) (?:[\w-]+ ){0,5}?|(?:were|was|been) taken (?:away )?)into the (?:bush|forest|woods|hills|mountains|jungle))\b`,
  'i',
);
/** A sentence that opens on the weapons already told: "The missiles hit …", "The drones struck …". */
const WEAPON_BACK =
  /^(?:The|These|Those|Both)\s+(?:[\w-]+\s+)?(?:missiles?|rockets?|drones?|shells?|bombs?)\b/;
/** What an aircraft or a drone fires or drops: "The missile", "The bombs". */
const MUNITION = /\b(?:missiles?|rockets?|bombs?)$/i;
/** A place named in a text by its name. */
const namedIn = (p: Place, text: string): boolean => new RegExp(`\\b${escapeRe(p.name)}\\b`).test(text);
/** Strikes from afar that hit: from the air or from the ground. */
const ARMED_STRIKE = new Set([AIR, SHELL]);
/** The words of a record's trigger in its sentence. */
function triggerWords(f: Candidate, doc: Doc): string {
  const text = doc.sentences[f.sentence]?.text ?? f.evidence;
  return plainPattern(f.trig.re).exec(text)?.[0] ?? '';
}
/** A record whose sentence names no weapon: "a strike on Kharkiv", "an attack on the city", "forces struck". */
function weaponless(f: Candidate, doc: Doc): boolean {
  const text = doc.sentences[f.sentence]?.text ?? f.evidence;
  return (
    weaponSubType(text) === null && /\b(?:strikes?|struck|attacks?|attacked)\b/i.test(triggerWords(f, doc))
  );
}
/** A record whose trigger names its remote weapon: a missile, drone, shell or rocket. */
function namesWeapon(f: Candidate, doc: Doc): boolean {
  return (
    weaponSubType(triggerWords(f, doc)) !== null ||
    weaponSubType(doc.sentences[f.sentence]?.text ?? f.evidence) !== null
  );
}
const isBroad = (p: Place) => p.kind === 'country' || p.kind === 'region' || p.kind === 'sea';

const AREA_OR_WIDER = new Set(['country', 'region', 'province', 'sea']);
/**
 * A headline or lead that sums up strikes at two or more places within its area on its day ("air strikes hit a
 * village and a school in Sagaing, killing 12"), when the body tells each of them, is no event of its own: its doer
 * and attribution go to the strikes that lack them.
 */
function foldSummaries(found: Candidate[]): void {
  for (let k = found.length - 1; k >= 0; k--) {
    const h = found[k];
    if (h.background || h.firstPara > 1 || !REMOTE_SUBTYPES.has(h.subType)) continue;
    const hp = h.placeRef;
    if (hp && !AREA_OR_WIDER.has(hp.kind)) continue;
    const hDay = dayNumber(h.date);
    const parts = found.filter((f) => {
      if (f === h || f.background || f.firstPara <= h.lastPara || f.subType !== h.subType) return false;
      const fp = f.placeRef;
      if (!fp || AREA_OR_WIDER.has(fp.kind)) return false;
      const fDay = dayNumber(f.date);
      if (hDay !== null && fDay !== null && hDay !== fDay) return false;
      if (!hp) return true;
      if (hp.country && fp.country && hp.country !== fp.country) return false;
      return hp.kind === 'country' || fp.admin1 === hp.admin1 || fp.admin1 === hp.name || !fp.admin1;
    });
    if (new Set(parts.map((f) => f.placeRef?.id)).size < 2) continue;
    for (const f of parts) {
      if (isGenericActor(f.attacker) || f.attacker === 'unknown') f.attacker = h.attacker;
      if (f.attribution === 'not ascribed') f.attribution = h.attribution;
    }
    found.splice(k, 1);
  }
}

/**
 * A side's word that it did an act, in the past perfect: "Al-Shabaab said in a statement that its fighters had fired
 * \"several shells at the base\"", "the group said it had attacked the convoy" (not another side's word of what the
 * other did: "it said \"Taliban posts\" had opened fire").
 */
const SAID_IT_HAD =
  /\b(?:said|says|claimed|claims|announced|stated|reported)\b[^.;]{0,120}?\b(?:it|they|(?:its|their) (?:[\w-]+ ){0,2}?(?:fighters|forces|troops|men|units|militants|soldiers|mujahideen|commandos|aircraft|jets|drones))\s+had\b[^.;]{0,80}$/i;
/** Words that set an act apart from the one before: "also", "further west", "in neighbouring X", "elsewhere". */
const ELSEWHERE =
  /\b(?:also|elsewhere|(?:further|farther) (?:north|south|east|west|afield)|neighbou?ring|meanwhile)\b/i;
/** Kinds a statement may give the act it retells when its words name only the doers: "its fighters had …". */
const LOOSE_KINDS = new Set(['Armed clash', 'Attack']);
/**
 * A side's statement that retells an armed event already told ("… its fighters had \"destroyed a military vehicle\",
 * killing seven"), with no day of its own (or the event's day) and no place that the event's place contradicts, is
 * that event's account, not a second event: the nearest armed event told before it in the last few paragraphs takes
 * its sentences (and a toll it lacked). Its doer and claim are read later from the statement (laterClaims). A
 * statement that says it tells another act ("also", "another", "separately", "in retaliation") stays apart, and so
 * does one by a side of another country than the event's doer.
 */
function foldStatements(found: Candidate[], doc: Doc, ents: Entities): void {
  for (let j = found.length - 1; j > 0; j--) {
    const b = found[j];
    if (b.background || !ARMED_TYPES.has(b.type) || b.subType === DISRUPTED) continue;
    const sn = doc.sentences[b.sentence];
    if (!sn) continue;
    const at = sn.text.search(plainPattern(b.trig.re));
    if (at <= 0) continue;
    // (the act's trigger may be its doer, "its fighters had destroyed": the "had" may follow it closely)
    if (!SAID_IT_HAD.test(sn.text.slice(0, at + 30))) continue;
    if (ANOTHER_STRIKE.test(sn.text) || ELSEWHERE.test(sn.text)) continue;
    const bDay = dayNumber(b.date);
    const own = mentionsWithin(ents, sn.start, sn.end, 'place')
      .map((m) => ents.byId.get(m.id) as Place | undefined)
      .filter((p): p is Place => !!p && !isBroad(p));
    const a = found
      .slice(0, j)
      .filter(
        (f) =>
          !f.background &&
          ARMED_TYPES.has(f.type) &&
          f.subType !== DISRUPTED &&
          f.firstPara < sn.para &&
          sn.para - f.lastPara <= 4,
      )
      .sort((x, y) => y.lastPara - x.lastPara)[0];
    // (a statement tells the same act, or the fight its doers were in: "its fighters had destroyed a vehicle")
    if (!a || (a.subType !== b.subType && !LOOSE_KINDS.has(b.subType))) continue;
    if (bDay !== null && !b.dateWeak && bDay !== dayNumber(a.date)) continue;
    const ac = countryOfDoer(a.attacker ?? '', ents);
    const bc = countryOfDoer(b.attacker ?? '', ents);
    if (ac && bc && ac !== bc) continue;
    const ap = a.placeRef;
    const land = (x: Place | null, y: Place | null) => !x?.country || !y?.country || x.country === y.country;
    if (!land(ap, b.placeRef) || own.some((p) => !land(p, ap))) continue;
    if (
      ap &&
      !isBroad(ap) &&
      own.length &&
      !own.some(
        (p) =>
          p.id === ap.id ||
          p.name === ap.name ||
          ((p.lat === null || ap.lat === null) && land(p, ap)) ||
          (!!p.admin1 && (p.admin1 === ap.name || p.admin1 === ap.admin1)) ||
          within(p, ap, sn.text) ||
          within(ap, p, sn.text),
      )
    )
      continue;
    a.killed ??= b.killed;
    a.injured ??= b.injured;
    a.lastPara = Math.max(a.lastPara, b.lastPara);
    for (const k of [b.sentence, ...b.sents]) if (!a.sents.includes(k)) a.sents.push(k);
    for (const k of b.paragraphs) if (!a.paragraphs.includes(k)) a.paragraphs.push(k);
    found.splice(j, 1);
  }
}
