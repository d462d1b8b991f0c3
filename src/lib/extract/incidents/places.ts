/**
 * Where an incident happened: the best place named in a span, places that lie within others, wire datelines that
 * are no place of the event, how weak a place named only outside the trigger's clause is, and the nearest town for
 * an event told with no place of its own.
 */
import type { Doc } from '../doc.ts';
import { newPlace, placeId } from '../entities/shared.ts';
import type { Entities, Mention, Place } from '../entities.ts';
import { loadGazetteer, normKey, type PlaceEntry } from '../gazetteer.ts';
import {
  ACTOR_NOUN_SRC,
  clauseAround,
  escapeRe,
  isDemonym,
  mentionsWithin,
  mentionsWithinAt,
} from './common.ts';
import { DISRUPTED } from './remote.ts';
import type { Candidate, Reading } from './types.ts';

export const PLACE_RANK: Record<string, number> = {
  facility: 6,
  city: 5,
  province: 4,
  region: 3,
  sea: 3,
  country: 2,
  other: 1,
};
/**
 * One place lies within another: a city in the region it is in (gazetteer, or the nearest province), or as the account places it ("the
 * Kyivskyi district of Odesa", "Usatove, outside Odesa", "a village near Odesa", "Odesa's Kyivskyi district").
 */
export function within(inner: Place, outer: Place, text: string): boolean {
  if (inner.id === outer.id) return false;
  // (a city named like its region, "Kherson", contains nothing by that name alone)
  // (a village the map gives no division of lies in the province whose centre is nearest)
  if ((outer.kind === 'province' || outer.kind === 'region') && sameDivision(provinceOf(inner), outer.name))
    return true;
  if ((PLACE_RANK[outer.kind] ?? 0) === 2) return false;
  const i = escapeRe(inner.name);
  const o = escapeRe(outer.name);
  return new RegExp(
    `\\b${i}(?:\\s+(?:district|region|province|oblast|raion|community|neighbou?rhood|area|suburb))?(?:\\s+of|,?\\s+(?:near|outside|on the outskirts of|just outside|close to|(?:\\d+ (?:km|kilometres|kilometers|miles) )?(?:north|south|east|west)\\w* of)|,)\\s+(?:the\\s+)?(?:city of\\s+|town of\\s+)?${o}\\b|\\b${o}['’]s\\s+(?:[\\w-]+\\s+){0,2}?${i}\\b`,
  ).test(text);
}
/** A division's name as a key: its direction as a word ("Southern" as "South"), its other words by their consonants. */
function divisionKey(name: string): string {
  return normKey(name)
    .split(' ')
    .filter((w) => !/^(?:state|province|region|oblast|governorate|department|county|district)$/.test(w))
    .map((w) => {
      const dir = /^(north|south|east|west)(?:ern)?$/.exec(w);
      if (dir) return dir[1];
      // (the first letter, then the consonants each once in a row: "Kordofan" and "Kurdufan", "Odesa" and "Odessa")
      return (
        w[0] +
        w
          .slice(1)
          .replace(/[aeiouy]/g, '')
          .replace(/(.)\1+/g, '$1')
      );
    })
    .join(' ');
}
/**
 * Two names of one first-level division: the same name, or the same written another way ("Southern Kordofan", "South
 * Kordofan" and "South Kurdufan"; "Odessa" and "Odesa"), not another division ("North Kordofan").
 */
export function sameDivision(a: string | null, b: string | null): boolean {
  return !!a && !!b && (a === b || divisionKey(a) === divisionKey(b));
}
/** Words after a place that make it the name of an agreement or of talks: "Pretoria peace agreement", "Doha talks". */
const NAMES_A_PACT =
  /^\s+(?:(?:peace|ceasefire|cease-fire|truce|trade|security|nuclear|border)\s+)?(?:agreements?|accords?|deals?|treat(?:y|ies)|talks|process|declaration|protocols?|format|communiqu[eé])\b/i;
export const LOCATIVE =
  /\b(?:in|near|at|outside|on|over|off|across|into|from|around|of|between|inside)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$/i;
/** A preposition right before a place, with at most a direction or a kind of place between. */
const NEAR_LOCATIVE =
  /\b(?:in|near|at|outside|on|over|off|across|into|around|between|inside|of|and)\s+(?:the\s+)?(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern|[- ]?(?:east|west)(?:ern)?)?\s+|(?:town|city|village|province|region|district|area|outskirts|port|capital) of\s+)*$/i;
const ACTOR_AFTER = new RegExp(`^(?:'s\\b|\\s+(?:[A-Z][\\w.-]*\\s+)*${ACTOR_NOUN_SRC}\\b)`);
const ADJECTIVAL =
  /^\s+(?!(?:on|in|at|and|or|to|from|for|of|with|by|near|after|before|said|says|was|were|is|are|has|have|had|late|early|last|this|that|which|where|when|while|but|since|until|over|during|into|across|about|as|overnight|yesterday|today|tonight)\b)[a-z]/;
/** "in", "across" or "inside" right before a place, with at most a direction between: "in southern ". */
const IN_AREA_BEFORE =
  /\b(?:in|across|inside|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|[- ]?(?:east|west)(?:ern)?)?\s+|central\s+)?$/i;
/** A verb in the past right after a place: " killed", " wounded", " left". */
const PAST_VERB_AFTER = /^\s+(?:[a-z]+ed|left|hit|struck|took|came|went|began|broke|fell|shot)\b/;
/**
 * Wire datelines left at the head of a paragraph ("Maiduguri (Nigeria) (AFP) - …", "Pemba, 28 Jul 2026 (Lusa) —"): where the story was filed, and
 * the agency that filed it, are neither the event's place nor its actors. Set per document by `setDatelines`.
 */
let datelines: [number, number][] = [];
const DATELINE_HEAD =
  /^\p{Lu}[\p{L}'’.-]*(?:[ ,]+\p{Lu}[\p{L}'’.-]*){0,4}(?:,? (?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:,? \d{4})?|\d{1,2} \p{Lu}\p{Ll}{2,8}\.?(?: \d{4})?))?(?:\s*\([^()\n]{1,30}\)){1,2}\s*[-–—]+\s+/u;
/** A town written in capitals, as datelines write it: "KADUNA,". */
const CAPS_WORD = /^\p{Lu}{2,}[\p{Lu}'’.-]*(?:[ ,]|$)/u;
/** A dateline's words without its agency in brackets, its punctuation or its case. */
const bare = (t: string) =>
  t
    .toLowerCase()
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
function findDatelines(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  // the dateline the layout set apart as a line of its own ("LONDON, Nov 4 —" read as "London, Nov 4.")
  const line = doc.dateline?.toLowerCase();
  for (const p of doc.paragraphs.slice(0, 5)) {
    if (line && p.text.toLowerCase().startsWith(line)) out.push([p.start, p.start + line.length]);
    // (set apart without its agency: "OUAGADOUGOU (AFP) -" read as a paragraph "Ouagadougou.")
    else if (line && bare(p.text) !== '' && bare(p.text) === bare(line)) out.push([p.start, p.end]);
    const m = p.text.match(DATELINE_HEAD);
    if (m && /^\p{Lu}/u.test(p.text)) out.push([p.start, p.start + m[0].length]);
  }
  // (a dateline after the headline in a text pasted as one line: "… as gunmen kill four. KADUNA, Nigeria (Nov 28) -
  // Gunmen …", its town in capitals)
  for (const sn of doc.sentences) {
    if (sn.para > 4) break;
    if (sn.start === doc.paragraphs[sn.para].start || !CAPS_WORD.test(sn.text)) continue;
    const m = sn.text.match(DATELINE_HEAD);
    if (m) out.push([sn.start, sn.start + m[0].length]);
  }
  return out;
}
/**
 * Where someone spoke, not where the event happened: "told reporters in Kyiv", "said in Geneva", "speaking in
 * Ankara", "said at a news conference in the capital, Naypyitaw", "at her weekly briefing in Islamabad". A place
 * right after such a frame (a time of the statement may come between) is never the event's place.
 */
const SPEECH_FRAME = new RegExp(
  [
    '\\b(?:',
    // the verb of saying itself, with whom it was told to
    '(?:said|says|saying|say|told|tells|telling|spoke|speaks|speaking|added|adding|stated|declared|announced|insisted|warned)',
    '(?:\\s+(?:reporters|journalists|the press|the media|(?:a |the )?(?:news agency|newspaper|broadcaster|television|radio)|parliament|lawmakers|legislators|diplomats|delegates|a (?:rally|crowd|gathering|meeting|summit|forum)|state (?:media|television|TV)))?',
    '|',
    // the occasion of speaking
    '(?:news|press|media) (?:conference|briefing)s?|briefing|(?:a|the|his|her|their) speech|(?:a|an|the|his|her) (?:televised )?address|(?:a|an|the|his|her) interview',
    ')',
    // a time of the statement between the frame and the place ("told reporters on Monday in Kyiv")
    '(?:\\s+(?:on|late on|early on|late|early)\\s+\\w+(?:\\s+(?:morning|afternoon|evening|night))?|\\s+(?:today|yesterday|earlier|later))?',
    ',?\\s+(?:in|at|from)\\s+(?:the\\s+)?',
    // "in the capital, Naypyitaw", "in the southern city of Odesa"
    "(?:(?:[\\w'’-]+\\s+){0,2}(?:capital|city|town|port|village|province|region),?\\s+(?:of\\s+)?)?$",
  ].join(''),
  'i',
);
/** People who came to the event from a place: "reinforcements arrived from X", "troops were rushed in from X". */
const CAME_FROM =
  /\b(?:arriv(?:ed|ing|es?)|rushed|dispatched|deployed|redeployed|(?:flown|brought|drafted|bused|called) in) from (?:the )?(?:[\w'-]+\s+){0,2}$/i;
/**
 * Where the hurt were cared for: "treated at the Tzaneio General Hospital", "rushed to a clinic in X", and the short
 * form in brackets after the site's name ("taken to the Hospital Central de Iquique (HCI").
 */
const CARED_FOR_AT =
  /\b(?:treated|admitted|hospitali[sz]ed|rushed|taken|airlifted|evacuated|transferred|referred|recovering)\s+(?:to|at|in)\s+(?:the\s+|a\s+)?(?:(?:[\w'’.-]+\s+){0,3}|(?:[\p{L}\p{N}'’.-]+\s+){1,6}\(\s*)$/iu;
/** Someone who speaks for a side, told with where they sit: "an army spokesperson in", "officials based in". */
const SPEAKER_IN =
  /\b(?:spokes(?:man|woman|person|people)|officials?|diplomats?|correspondents?|envoys?|sources?|embassy|ministry)\s+(?:based\s+)?in\s+(?:the\s+)?(?:[\w'-]+\s+){0,1}$/i;
/** A source the account is told according to, with where it sits: "according to a military source in". */
const ACCORDING_TO_IN =
  /\baccording to\s+(?:[\w'’-]+\s+){0,3}?(?:sources?|officials?|spokes(?:man|woman|person)|officers?|residents?|witness(?:es)?|journalists?|correspondents?)\s+(?:based\s+)?in\s+(?:the\s+)?$/i;
/** A verb of saying right after a place (or after a name in apposition to it). */
const SAID_AFTER =
  /^(?:,[^,.;]{1,40},)?\s+(?:(?:has|had|have)\s+)?(?:said|says|told|tells|added|stated|claimed|confirmed|announced|reported)\b/;
/** A body told by where it sits: "a London-based research group", "the Nairobi-based rights body". */
const BASED = /-based\b/i;
/**
 * A verb of saying, charging or acting as a side, right after a capital that stands for its government: "Baku says",
 * "Moscow denied", "Yerevan fired first".
 */
const GOVERNMENT_ACTS =
  /^\s+(?:(?:has|had|have)\s+)?(?:said|says|claimed|claims|accused|accuses|denied|denies|blamed|blames|insisted|insists|responded|responds|retorted|countered|counters|fired|fires|opened fire|opens fire|retaliated|retaliates|launched|launches)\b/;
/** A capital city: the gazetteer's capital of its country. */
const isCapital = (p: Place) =>
  p.kind === 'city' && !!p.country && loadGazetteer().countries.get(p.country)?.capital === p.name;
/**
 * Where a visitor came for talks: "arrived in Beirut on Wednesday for talks", "on a visit to Kyiv", "visiting
 * Ankara". The place of a meeting is not where the violence the sentence recalls happened.
 */
const VISIT_BEFORE =
  /\b(?:(?:a|an|his|her|their|the) (?:\w+ )?(?:visit|trip) to|visit(?:ed|ing|s)?|arriv(?:ed|es|ing) (?:in|at)|landed in)\s+(?:the\s+)?$/i;
const FOR_TALKS_AFTER =
  /^(?:\s+(?:on|late on|early on)\s+\w+)?\s+(?:for|to hold|to attend) (?:talks|a visit|a meeting|meetings|consultations|a summit)\b/i;
/** Whether a place mention only says where someone spoke. */
export const whereSpoken = (text: string, at: number) =>
  SPEECH_FRAME.test(text.slice(Math.max(0, at - 90), at));
/** Words that name an earlier event this one answers: "in response to", "in retaliation for", "to avenge". */
export const AVENGED_BEFORE =
  /\b(?:in (?:response|retaliation|revenge|reprisal) (?:to|for)|to avenge|avenging|retaliating for)\b[^.;()]{0,100}$/i;
export const inDateline = (at: number) => datelines.some(([a, b]) => at >= a && at < b);
/** Where a dateline that starts at `at` ends (`at` itself when none starts there). */
export const datelineEnd = (at: number) => datelines.find(([a]) => a === at)?.[1] ?? at;
/** How well a mention names where the event happened (null: not at all); the same wherever the span is. */
function placeScore(ents: Entities, m: Mention, text: string | undefined): number | null {
  const p = ents.byId.get(m.id) as Place;
  if (isDemonym(p.name)) return null;
  let r = PLACE_RANK[p.kind] ?? 0;
  if (text) {
    const after = text.slice(m.end, m.end + 40);
    if (ACTOR_AFTER.test(after)) return null; // "Niger's army", "the United States military": an actor, not a place
    if (/^\s+time\b/.test(after)) return null; // "7 a.m. Moscow time" is a clock, not a place
    // a place that names an agreement or talks ("the 2022 Pretoria peace agreement", "the Minsk accords") is no
    // place of an event
    if (NAMES_A_PACT.test(after)) return null;
    // a country used as an adjective ("U.S. air defense systems") is not where it happened
    // (not a country told as where, right before the verb of its sentence: "a drone strike on a motorbike in southern
    // Lebanon killed two men")
    if (
      p.kind === 'country' &&
      ADJECTIVAL.test(after) &&
      !(IN_AREA_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) && PAST_VERB_AFTER.test(after))
    )
      return null;
    if (whereSpoken(text, m.start)) return null;
    if (BASED.test(text.slice(m.start, m.end + 6))) return null;
    if (isCapital(p) && GOVERNMENT_ACTS.test(after)) return null;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    // (a visit told as such: "paid a visit to Kabul"; arriving somewhere is a visit only when talks bring one there)
    if (VISIT_BEFORE.test(before) && (!/\b(?:arriv|landed)/i.test(before) || FOR_TALKS_AFTER.test(after)))
      return null;
    if (LOCATIVE.test(text.slice(Math.max(0, m.start - 60), m.start))) r += 0.5;
    // where a missile or drone was fired from is not where it struck or was downed (a whole country or region
    // it came from names no place of the event at all: "some 40 rockets were launched from Lebanon")
    if (
      /\b(?:fired|launched|flying|flew|coming|came|sent) from (?:the )?(?:[\w'-]+\s+){0,2}$/i.test(
        text.slice(Math.max(0, m.start - 40), m.start),
      )
    ) {
      if (p.kind === 'country' || p.kind === 'region') return null;
      r -= 1.5;
    }
    // where people came from to the event ("before reinforcements arrived from Fresnillo") is not where it happened
    if (CAME_FROM.test(text.slice(Math.max(0, m.start - 50), m.start))) return null;
    // nor where the hurt were taken or treated
    if (CARED_FOR_AT.test(text.slice(Math.max(0, m.start - 90), m.start))) return null;
    // where a speaker sits ("an army spokesman in the capital said …", "officials in Kabul told reporters") is not
    // where the event told happened
    if (
      SPEAKER_IN.test(text.slice(Math.max(0, m.start - 50), m.start)) &&
      SAID_AFTER.test(text.slice(m.end, m.end + 40))
    )
      return null;
    // nor where the source it is told according to sits ("according to a military source in Maroua")
    if (ACCORDING_TO_IN.test(text.slice(Math.max(0, m.start - 60), m.start))) return null;
    // the place of the event answered ("in response to … the massacre in X") is not this event's place
    if (AVENGED_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start))) return null;
    if (
      p.kind === 'region' &&
      /^(?:Sahel|Middle East|Horn of Africa|West Africa|East Africa|Central Asia|Balkans|Caucasus)$/i.test(
        p.name,
      )
    )
      r -= 1.5; // a broad region says little about where
  }
  return r;
}
/** Scores of the mentions of one list, for one text, and best places of spans already asked for. */
interface PlaceMemo {
  len: number;
  text: string | undefined;
  dl: [number, number][];
  scores: (number | null | undefined)[];
  best: Map<string, Place | null>;
}
const placeMemos = new WeakMap<Mention[], PlaceMemo>();
/**
 * A place the act's own words go on to: in the act's clause, right after its words ("gunmen attacked X", "soldiers
 * clash with a cell in X", "water cannon and 14 arrests in X"), not a place people came from or went to ("worshippers
 * who had travelled from X") nor one that only qualifies a noun ("in support of the X rally", "the X regime").
 */
function toldAfterAct(m: Mention, act: ActAt, text: string): boolean {
  if (m.start < act.end || m.end > act.clause[1] || m.start - act.end > 60) return false;
  if (MOVED.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
  return (
    !QUALIFIER.test(text.slice(Math.max(0, m.start - 6), m.start)) ||
    !ADJECTIVAL.test(text.slice(m.end, m.end + 30))
  );
}
/** An article right before a place name used as a qualifier: "the X rally". */
const QUALIFIER = /\b(?:the|a|an)\s+$/i;
/** A place moved from or to right before a mention: "travelled from", "fled to", "on the road to". */
const MOVED = /\b(?:from|to|toward|towards|via)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;
/** Where the act a place is sought for is told: its trigger's position and the clause around it (document offsets). */
export interface ActAt {
  at: number;
  end: number;
  clause: [number, number];
}
/**
 * The place of a span that best names where an event happened: the one of the highest kind (a town over its province,
 * a word of where breaking a tie); of places of one kind, when the act is given, the one its own words go on to
 * ("Gunmen kill four at X car wash as soldiers clash with a cell in Y": the clash is at Y), else the first.
 */
export function bestPlace(ents: Entities, a: number, b: number, text?: string, act?: ActAt): Place | null {
  let memo = placeMemos.get(ents.mentions);
  if (!memo || memo.len !== ents.mentions.length || memo.text !== text || memo.dl !== datelines) {
    memo = { len: ents.mentions.length, text, dl: datelines, scores: [], best: new Map() };
    placeMemos.set(ents.mentions, memo);
  }
  const key = act ? `${a}:${b}:${act.at}:${act.end}:${act.clause[1]}` : `${a}:${b}`;
  const known = memo.best.get(key);
  if (known !== undefined) return known;
  let best: Place | null = null;
  let rank = 0;
  let bestM: Mention | null = null;
  // (0 for a mention the act's own words go on to, 1 for any other: see toldAfterAct)
  const far = (m: Mention) => (!act || (text && toldAfterAct(m, act, text)) ? 0 : 1);
  for (const i of mentionsWithinAt(ents, a, b, 'place')) {
    const m = ents.mentions[i];
    if (inDateline(m.start)) continue;
    let r = memo.scores[i];
    if (r === undefined) {
      r = placeScore(ents, m, text);
      memo.scores[i] = r;
    }
    if (r === null) continue;
    const p = ents.byId.get(m.id) as Place;
    // (of places of one kind, the act's own words weigh before a word of where: "fled to X after gunmen attacked Y"
    // tells the attack at Y)
    const better =
      act && bestM
        ? Math.floor(r) > Math.floor(rank) ||
          (Math.floor(r) === Math.floor(rank) && (far(m) < far(bestM) || (far(m) === far(bestM) && r > rank)))
        : r > rank;
    if (better) {
      best = p;
      rank = r;
      bestM = m;
    }
  }
  memo.best.set(key, best);
  return best;
}

/** Reads the datelines of the document about to be read. */
export function setDatelines(doc: Doc): void {
  datelines = findDatelines(doc);
}

/**
 * The place of a trigger: a site of a barrage has its place; interceptions told without one happened over what the
 * barrage targeted (told before them, in the sentences or the clause of a strike before theirs), not over the town
 * hit in the next sentence.
 */
export function placeOf(r: Reading): Place | null {
  const { doc, ents, s, site, trig } = r;
  const para = doc.paragraphs[s.para];
  const place =
    (r.manySites ? null : anchoredPlace(r)) ??
    site?.place ??
    (site?.seg
      ? bestPlace(ents, site.seg[0], site.seg[1], doc.text)
      : bestPlace(ents, s.start, s.end, doc.text, actAt(r))) ??
    (trig.subType === DISRUPTED
      ? bestPlace(ents, para.start, site?.seg ? site.seg[0] : s.start, doc.text)
      : bestPlace(ents, para.start, para.end, doc.text)) ??
    (site?.ctxSent != null
      ? bestPlace(ents, doc.sentences[site.ctxSent].start, doc.sentences[site.ctxSent].end, doc.text)
      : null);
  if (place && place.kind !== 'country') return place;
  return capitalOf(r, place) ?? place;
}

/**
 * The clause that tells an act: between the stops, commas and words that join another clause to it ("as", "while",
 * "after", "when", "but"): "Gunmen kill four at X car wash | as soldiers clash with a cell in Y".
 */
const CLAUSE_EDGE = /[,;:()]|\s(?:as|while|whereas|after|before|when|but|since|because|amid)\s/gi;
function actAt(r: Reading): ActAt {
  const { s, text, at, trigLen } = r;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_EDGE)) {
    const end = m.index + m[0].length;
    if (end <= at) from = end;
    else if (m.index >= at + trigLen) {
      to = m.index;
      break;
    }
  }
  return { at: s.start + at, end: s.start + at + trigLen, clause: [s.start + from, s.start + to] };
}

/** A trigger that only dates another event: "days after an air strike on …", "following the raid in …". */
const ANCHOR_BEFORE =
  /\b(?:after|before|following|since)\s+(?:an?|the|last\s+\w+['’]s)\s+(?:[\w'’-]+\s+){0,3}$/i;
/**
 * The place of an event named only to date another one ("fighters went from house to house, days after an army air
 * strike on Nyala"): the place it was aimed at, right after it, not the place of the sentence's own event.
 */
function anchoredPlace(r: Reading): Place | null {
  const { doc, ents, s, text, at, trigLen } = r;
  if (!ANCHOR_BEFORE.test(text.slice(Math.max(0, at - 60), at))) return null;
  const m = /^\s+(?:on|in|at|near|against|targeting)\s+[^,;.()]{1,60}/i.exec(text.slice(at + trigLen));
  if (!m) return null;
  const from = s.start + at + trigLen;
  const own = bestPlace(ents, from, from + m[0].length, doc.text);
  return own && own.kind !== 'country' && own.kind !== 'region' ? own : null;
}

/** "in the capital", "the country's capital": the capital is named only by the article's country. */
const THE_CAPITAL =
  /\b(?:in|near|at|outside|across|around|on the outskirts of|of) the (?:country's |nation's |[A-Z][\w'’-]+['’]s? )?capital\b(?!\s+(?:of|city of|region|district|province|territory)\b)/;

/**
 * An event "in the capital" of an article that names its country happened in that country's capital (the gazetteer
 * lists capitals): the country the trigger's sentence names, else the one the article names most.
 */
function capitalOf(r: Reading, country: Place | null): Place | null {
  const { ents, s } = r;
  if (!THE_CAPITAL.test(s.text)) return null;
  let code = country?.kind === 'country' ? country.country : null;
  if (!code) {
    const named = ents.places.filter((p) => p.kind === 'country');
    const counts = new Map<string, number>();
    for (const p of named) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + p.mentions);
    const top = [...counts].sort((a, b) => b[1] - a[1]);
    // two countries named as often leave the capital unknown
    if (!top.length || (top.length > 1 && top[0][1] === top[1][1])) return null;
    code = top[0][0];
  }
  const gaz = loadGazetteer();
  const cap = gaz.countries.get(code)?.capital;
  if (!cap) return null;
  const entry = (gaz.phrases.get(normKey(cap)) ?? []).find(
    (e): e is PlaceEntry => e.kind === 'city' && (e as PlaceEntry).country === code,
  );
  if (!entry) return null;
  const id = placeId(entry);
  const known = ents.byId.get(id) as Place | undefined;
  if (known) return known;
  return newPlace(entry, s.start + s.text.search(THE_CAPITAL));
}

/** A place named in the sentence only outside the trigger's clause and not after a locative is a weak guess. */
export function placeWeakness(r: Reading, place: Place | null): boolean {
  const { doc, ents, s, text, at, trigLen } = r;
  const trigClause = clauseAround(text, at, trigLen);
  const clauseStart = s.start + text.indexOf(trigClause);
  const placeMentions = place
    ? mentionsWithin(ents, s.start, s.end, 'place').filter((m) => m.id === place?.id)
    : [];
  const placeWeak =
    !!place &&
    placeMentions.length > 0 &&
    place.kind !== 'country' &&
    place.kind !== 'region' &&
    !placeMentions.some(
      (m) =>
        NEAR_LOCATIVE.test(doc.text.slice(Math.max(0, m.start - 60), m.start)) ||
        (m.start >= clauseStart && m.end <= clauseStart + trigClause.length),
    );
  return placeWeak;
}

/**
 * An event told with no place of its own ("gathered outside the court building") happened where the story is: the
 * nearest town named in the paragraphs just before it (a guess, kept weak).
 */
export function guessPlaces(found: Candidate[], doc: Doc, ents: Entities): void {
  for (const f of found) {
    if (f.place || f.background) continue;
    const sn = doc.sentences[f.sentence];
    // "on the eastern edge of the town": the town the story is about, named a few paragraphs up
    const town = /\b(?:the|this) (?:town|city|village)\b/i.test(sn.text);
    if (town) {
      // the town of the event told before it ("the RSF took Um Rawaba … struck RSF gatherings on the edge of the town")
      const before = found.filter(
        (g) =>
          g !== f && !g.background && g.placeRef && g.sentence < f.sentence && g.placeRef.kind === 'city',
      );
      const g = before[before.length - 1];
      if (g?.placeRef) {
        f.place = g.placeRef.name;
        f.country = g.placeRef.country;
        f.placeRef = g.placeRef;
        f.placeWeak = true;
        continue;
      }
    }
    const from = doc.paragraphs[Math.max(0, sn.para - 3)].start;
    const prior = mentionsWithin(ents, from, sn.start, 'place').filter(
      (m) => !inDateline(m.start) && !whereSpoken(doc.text, m.start),
    );
    for (let k = prior.length - 1; k >= 0; k--) {
      const p = ents.byId.get(prior[k].id) as Place;
      if (p.kind !== 'city' && p.kind !== 'facility') continue;
      f.place = p.name;
      f.country = p.country;
      f.placeRef = p;
      f.placeWeak = true;
      break;
    }
  }
}

/** The provinces of each country the map holds, with their centres (read once, when first asked for). */
let provincesByCountry: Map<string, PlaceEntry[]> | null = null;
function provincesOf(country: string): PlaceEntry[] {
  if (!provincesByCountry) {
    provincesByCountry = new Map();
    const seen = new Set<PlaceEntry>();
    for (const list of loadGazetteer().phrases.values())
      for (const e of list) {
        if (e.kind !== 'province' || seen.has(e)) continue;
        seen.add(e);
        // (a province's compass variants, "Northern X", are X itself)
        if (!e.country || e.lat === null || e.lon === null || e.name !== e.admin1) continue;
        provincesByCountry.set(e.country, [...(provincesByCountry.get(e.country) ?? []), e]);
      }
  }
  return provincesByCountry.get(country) ?? [];
}
/** How far a town may lie from the centre of the province taken to hold it, in kilometres. */
const PROVINCE_REACH_KM = 200;
/** The distance in kilometres between two points of the globe. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}
/**
 * The first-level division of a town the map places but whose division it does not give (a village of the long
 * towns table): the province of its country whose centre lies nearest, if that centre is near enough. Its own
 * division when the map gives one; null when it cannot be told.
 */
export function provinceOf(p: Place): string | null {
  if (p.admin1) return p.admin1;
  if (p.lat === null || p.lon === null || !p.country || p.kind === 'country' || AREA_KIND.has(p.kind))
    return null;
  let best: PlaceEntry | null = null;
  let dist = Number.POSITIVE_INFINITY;
  for (const e of provincesOf(p.country)) {
    const d = km(p.lat, p.lon, e.lat as number, e.lon as number);
    if (d < dist) {
      dist = d;
      best = e;
    }
  }
  return best && dist <= PROVINCE_REACH_KM ? best.name : null;
}
const AREA_KIND = new Set(['province', 'region', 'sea']);
