/**
 * Small helpers every part of the incident engine uses: the clause around a trigger, quotation marks, names of
 * mentions, demonyms, and the nouns that name an actor.
 */

import type { Entities, Mention, Org, Person, Place } from '../entities.ts';
import { loadGazetteer, nationOf, normKey } from '../gazetteer.ts';
import { escapeRe } from '../regex.ts';
import type { Candidate } from './types.ts';

/** The clause of a sentence around a position: from the last comma or semicolon before it to the next one after it. */
export function clauseAround(text: string, at: number, len: number): string {
  const before = text.slice(0, at);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const rest = text.slice(at + len);
  const end = rest.search(/[,;:]/);
  return text.slice(from, end < 0 ? text.length : at + len + end);
}
/** The list entries of a word or phrase. */
const entriesOf = (word: string) => loadGazetteer().phrases.get(normKey(word));
/** The country a people's word names ("Iraqi" → "IQ"); undefined for any other word, a country's own name too. */
export const demonymCountry = (word: string) =>
  nationOf(entriesOf(word)?.filter((e) => e.kind === 'demonym'));
/** The country a people's word or a country's name names ("Kenyan", "Kenya" → "KE"), or undefined. */
export const nationOfWord = (word: string) => nationOf(entriesOf(word));
/** The country a country's name alone names ("UK" → "GB"), not its people's word, or undefined. */
export const countryOfName = (word: string) => nationOf(entriesOf(word)?.filter((e) => e.kind === 'country'));
/** A demonym ("Iraqi") names no place. */
export const isDemonym = (name: string) => demonymCountry(name) !== undefined;
export const ACTOR_NOUN_SRC =
  '(?:forces|troops|soldiers|servicemembers|service members|military|army|navy|police(?: officers)?|officers|militants|fighters|militias?|gunmen|insurgents|rebels|jihadists|protesters|demonstrators|rioters|civilians|coalition(?: forces)?|personnel|workers|guards|villagers|residents|volunteers|passengers|raiders|bandits|settlers|(?:[Aa]rmed|[Mm]asked) men)';
export function mentionName(ents: Entities, m: Mention): string | null {
  const e = ents.byId.get(m.id);
  if (!e) return null;
  if (m.kind === 'person') return (e as Person).name;
  if (m.kind === 'org') return (e as Org).name;
  if (m.kind === 'place') return (e as Place).name;
  return null;
}
export { escapeRe };

/**
 * A record's trigger pattern as a plain regex, not global (no state between calls) and without its gate, made once per
 * pattern: a long trigger pattern takes seconds to compile, and a regex made afresh from the same source is compiled
 * again once the engine's cache of compiled patterns has been cleared (which a few garbage collections do).
 */
const plainPatterns = new WeakMap<RegExp, RegExp>();
export function plainPattern(re: RegExp): RegExp {
  let plain = plainPatterns.get(re);
  if (!plain) {
    plain = new RegExp(re.source, re.flags.replace('g', ''));
    plainPatterns.set(re, plain);
  }
  return plain;
}
/** A weekday's possessive, as a regex source: "Monday's" … "Sunday's" (as in "claimed Friday's attack"). */
export const WEEKDAY_POSS = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s";
/** The position `at` of a sentence lies inside quotation marks. */
export function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}
/** The words that report speech: the one who says them tells of the event. */
const SPEECH_VERB =
  /\b(?:said|says|told|tells|reported|reports|added|adds|stated|states|announced|announces|wrote|writes|recalled|recalls|posted(?= (?:a|an|on (?:X|Telegram|Facebook|Twitter|Instagram|TikTok|YouTube|WhatsApp|social media|its|their|his|her)|to (?:X|Telegram|Facebook|social media|its|their|his|her)|online)\b)|explained|confirmed|confirms|described|describes)\b/i;
/**
 * The actor is only the one who tells of the event ("X, 29, a teacher at the market, said she had left minutes before
 * the shells hit"; "Central Command said the ship was hit by a missile"): named before a verb of speech that comes
 * before the trigger, with no word of the speaker's own act ("said it had struck", "said its positions were shelled")
 * between that verb and the trigger.
 */
export function speakerOnly(actor: string | null, text: string, at: number): boolean {
  if (!actor || actor === 'unknown') return false;
  const words = actor.replace(/['’]s$/, '').split(/\s+/);
  const tail = escapeRe(words.slice(-2).join(' '));
  const before = text.slice(0, at);
  const m = new RegExp(`\\b${tail}\\b`, 'i').exec(before);
  if (!m) return false;
  const rest = before.slice(m.index + m[0].length);
  const v = SPEECH_VERB.exec(rest);
  if (!v || v.index > 140 || /[.;]/.test(rest.slice(0, v.index))) return false;
  // the speaker's own act, or what was done to it: a pronoun of the speaker right before the trigger
  const told = rest.slice(v.index + v[0].length) + text.slice(at, at + 60);
  return (
    !/\b(?:it|its|they|their|we|our|he|his|she|her)\s+(?:[\w-]+\s+){0,3}$/i.test(told) && !OWN_ACT.test(told)
  );
}
/** The speaker's own violent act told after its verb of speech: "said it had killed", "said its forces struck". */
const OWN_ACT =
  /\b(?:it|they|we|he|she|(?:its|their|our|his|her) [\w-]+)\s+(?:(?:had|has|have|was|were|had been)\s+)?(?:\w+ly\s+)?(?:killed|struck|attacked|shelled|fired|launched|hit|targeted|bombed|downed|shot|carried out|destroyed|conducted|raided|captured|seized|stormed|overran|ambushed|blew up|detonated)\b/i;

/** The mentions of a list ordered by where they start (ties in list order), built once per list. */
interface MentionIndex {
  len: number;
  order: number[];
  starts: number[];
}
const mentionIndexes = new WeakMap<Mention[], MentionIndex>();
function mentionIndex(list: Mention[]): MentionIndex {
  const known = mentionIndexes.get(list);
  if (known && known.len === list.length) return known;
  const order = list.map((_, i) => i);
  order.sort((x, y) => list[x].start - list[y].start || x - y);
  const index = { len: list.length, order, starts: order.map((i) => list[i].start) };
  mentionIndexes.set(list, index);
  return index;
}
/**
 * The positions in `ents.mentions` of the mentions (of one kind, if given) that lie wholly within [a, b], in list
 * order; found by binary search, so a short span costs little however long the document is.
 */
export function mentionsWithinAt(ents: Entities, a: number, b: number, kind?: Mention['kind']): number[] {
  const list = ents.mentions;
  const { order, starts } = mentionIndex(list);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < a) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  let ordered = true;
  for (let k = lo; k < starts.length && starts[k] <= b; k++) {
    const i = order[k];
    const m = list[i];
    if (m.end > b || (kind && m.kind !== kind)) continue;
    if (out.length && out[out.length - 1] > i) ordered = false;
    out.push(i);
  }
  if (!ordered) out.sort((x, y) => x - y);
  return out;
}
/** The mentions (of one kind, if given) that lie wholly within [a, b], in list order. */
export function mentionsWithin(ents: Entities, a: number, b: number, kind?: Mention['kind']): Mention[] {
  return mentionsWithinAt(ents, a, b, kind).map((i) => ents.mentions[i]);
}
/**
 * The current (not background) record told last in the text among those that `fits`: the one a sentence right after
 * it most likely speaks of (a headline that sums up another day's event is found first but told before the lead).
 */
export function lastCurrent(
  found: Candidate[],
  fits: (f: Candidate) => boolean = () => true,
): Candidate | undefined {
  let last: Candidate | undefined;
  for (const f of found) if (!f.background && (!last || f.lastPara >= last.lastPara) && fits(f)) last = f;
  return last;
}
/** People carried off in an attack, as a regex source: "pupils", "villagers", "passengers", "hostages". */
export const CAPTIVES_SRC =
  '(?:pupils|students|schoolchildren|schoolgirls|schoolboys|children|villagers|passengers|people|worshippers|women|men|girls|boys|workers|residents|hostages|travellers|travelers)';
/**
 * A reaction to an event, as a regex source: "to protest against", "in protest at", "condemned", "denounces",
 * "complained about".
 */
export const REACTION_SRC =
  '(?:(?:to |in )?protest(?:ed|ing|s)? (?:against|over|at)|condemn(?:ed|ing|s)?|denounc(?:e|ed|ing|es)|complain(?:ed|ing|s)? (?:about|of|over))';
/** A verb that relates one event to another in time, as a regex source: "came (two days after)", "followed". */
export const CAME_SRC =
  '(?:came|comes|happened|occurred|took place|followed|follows|was carried out|was launched)';
/** A span of time between two events, as a regex source: "days", "a week", "hours". */
export const SPAN_SRC = '(?:days?|weeks?|months?|hours?)';

/** Days from `earlier` (an ISO date of any precision, read as its first day) to `later` (an ISO day or time). */
export const daysFrom = (earlier: string, later: string) =>
  (Date.parse(later.slice(0, 10)) - Date.parse(earlier.slice(0, 10).padEnd(10, '-01').replace(/-$/, '-01'))) /
  864e5;

/**
 * A bomb told as made safe in the passive, after its noun: "was defused", "were found and safely dismantled", "was
 * destroyed in a controlled explosion".
 */
export const DEFUSED_PASSIVE = String.raw`(?:was|were|had been|has been|have been)\s+(?:(?:found|discovered|located|spotted|detected)\s+and\s+)?(?:later\s+|then\s+|safely\s+|successfully\s+)?(?:defused|dismantled|deactivated|disarmed|neutrali[sz]ed|made safe|rendered safe|(?:destroyed|detonated|blown up) in (?:a )?controlled (?:explosion|detonation))\b`;
/**
 * A bomb told before, made safe as "it" ("It was later made safe by army technical officers"): only the words that
 * tell a bomb (a camp or a ring is "dismantled" too).
 */
export const IT_MADE_SAFE = String.raw`\b(?:it|they)\s+(?:was|were|had been|has been|have been)\s+(?:later\s+|then\s+|safely\s+|successfully\s+)?(?:made|rendered) safe\b`;
/** A day named in a sentence: a weekday, a month with its day, "overnight", "yesterday". */
export const OWN_DAY =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|overnight|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/;

/**
 * A state's security or intelligence service, or its counter-terrorism police, by its description: "the Security
 * Service of Ukraine", "the intelligence ministry", "anti-terror police" (not a private security firm).
 */
export const SECURITY_BODY_SRC =
  '(?<!\\bprivate )(?:(?:state|national|internal|federal|general|public) )?(?:security (?:service|services|agency|police|directorate)|intelligence (?:ministry|services?|agenc(?:y|ies)|agents|officers|department|directorate|bureau)|ministry of intelligence|secret (?:police|service)|(?:counter|anti)-?terror(?:ism|ist)? (?:police|units?|squads?|officers|forces|department|directorate))';
/** A well-known state security or intelligence service by its short name (case-sensitive): "the SBU", "Shin Bet". */
export const SECURITY_ACRONYM =
  /(?<![\w-])(?:SBU|FSB|NIA|CTD|DGSI|NISA|ABW|SSG|MI5|DSS|NSS|Shin Bet|Shabak|Mukhabarat)(?![\w-])/;

/**
 * Words of a match report, of every sport (a cup tie's whistle and crossbar, a cricket side's bowling, a title
 * fight): a game's "attack", "shots", "bombardment" and "bombarded them" are no violence. With the words of a result,
 * they are the cues of a story of sport (CUES.sport in ./genre.ts); alone, in a sentence or dense over an article,
 * the sign of a game's war words (./not-events.ts).
 */
export const SPORT_WORDS =
  /\b(?:match(?:es)?|coach(?:ed|ing)?|season|league|tournament|championship|kick-?off|half-?time|full-?time|scored?|scoring|goals?|tries|try-line|penalt(?:y|ies)|scrum|striker|midfielders?|defenders|goalkeeper|fly-half|winger|referee|fixtures?|the bench|innings|wickets?|quarterback|touchdowns?|stadium|fans|supporters|the pitch|on the ball|derby|cup(?: ties?)?|whistle|(?:quarter|semi)-?finals?|crossbar|booked|(?:yellow|red) cards?|qualifier|test match|boxing|boxers?|(?:heavy|cruiser|middle|welter|feather|bantam|fly)weights?|knock(?:outs?|ed (?:him |her )?down)|title fights?|the ropes|the canvas|cricket|bowl(?:ed|ers?|ing)|batting|batters|batsm[ae]n|spinners?|seamers?|lbw|overs|sixes|grand prix|podium|play-?offs?|standings|team-?mates?)\b/gi;
