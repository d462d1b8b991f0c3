/**
 * Attribution, shaped like ACLED's: claimed by X, blamed on X by Y, denied, or not ascribed. Who a sentence cites
 * (`sourceOf`, `speakerOf`), claims and blame stated in a span (`attributionIn`), a side's own claims, and the doer
 * and attribution of a trigger settled from its whole account (`resolveDoer`).
 */
import type { Doc, Sentence } from '../doc.ts';
import type { Entities, Mention, Place } from '../entities.ts';
import { loadGazetteer, normKey } from '../gazetteer.ts';
import {
  ARREST_FOR,
  bareStateForce,
  capitalForces,
  countryOfDoer,
  defusal,
  demonymForces,
  headlineDoer,
  isGenericActor,
  lastNamed,
  madeSafeLabel,
  namedStateForce,
  narrower,
  sameActor,
  selfReporter,
} from './actors.ts';
import { TALLY } from './casualties.ts';
import {
  ACTOR_NOUN_SRC,
  escapeRe,
  isDemonym,
  mentionName,
  mentionsWithin,
  SECURITY_ACRONYM,
  SECURITY_BODY_SRC,
} from './common.ts';
import { crowdOf, family } from './protests.ts';
import { forcesOf } from './remote.ts';
import { EXP } from './triggers.ts';
import type { Candidate, Reading } from './types.ts';

/** "… said the X coalition now controlled …": a group named as holding the place, in its own (or its men's) words. */
export const TERRITORY_CLAIM =
  /\b(?:said|says|declared|announced|claimed)\s+(?:that\s+)?(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,5}(?:(?:coalition|alliance|group|movement|gang|militia|forces|fighters)\s+)?)(?:now\s+|had\s+|has\s+|was\s+)?(?:controlled|controls|in control of|taken control|took control|held|holds|captured|seized)\b/;
/** A ministry, army or police force speaking for the state. */
const STATE_SOURCE =
  /\b(?:defen[cs]e ministry|ministry of (?:national )?defen[cs]e|interior ministry|ministry of (?:the )?interior|prosecutors?|prosecutor's office|army|armed forces|military|police|gendarmerie|defen[cs]e forces?|security forces|government|presidency|junta|command)\b/i;
/** The state's own men as the doer of the sentence: "soldiers of the Rapid Intervention Battalion raided …". */
const STATE_DOER =
  /\b(?:soldiers|troops|servicemen|police(?:men)?|officers|gendarmes|marines|commandos|special forces|security forces|the army|the military|government forces|army units)\b/i;
/** The state's men by their noun alone: "troops", "the soldiers", "police officers". */
const STATE_NOUN = new RegExp(`^(?:the\\s+)?${STATE_DOER.source}$`, 'i');
/** The state's soldiers, not its police: "army", "soldiers", "troops", "military". */
const STATE_ARMY = /\b(?:army|armed forces|military|soldiers|troops|marines|gendarmes|gendarmerie)\b/i;
/**
 * A state body that makes arrests, besides its police and soldiers: a security or intelligence service, or its
 * agents, detectives or units ("the Security Service of Ukraine detained", "its agents had arrested", "members of the
 * provincial organised crime unit arrested").
 */
const ARRESTING_BODY = new RegExp(
  `\\b(?:${SECURITY_BODY_SRC}|Internal Security Forces|(?:its|their) agents|detectives|(?:[\\w-]+ )?(?:crime|police|security|intelligence) units?)\\b`,
  'i',
);
const NON_STATE_DOER =
  /\b(?:rebels?|militants?|insurgents?|separatists?|jihadists?|gunmen|fighters|militias?)\b/i;
/** The speaker's own forces did it: "its aircraft struck", "our units destroyed", "the army's jets". */
const OWN_FORCES =
  /\b(?:its|their|our)\s+(?:[\w-]+\s+)?(?:forces|troops|soldiers|aircraft|jets|warplanes|drones|units|fighters|navy|air force|artillery|men|planes|helicopters|operation|strike|strikes)\b|\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:struck|hit|targeted|carried out|conducted|launched|destroyed|killed|bombed)\b/i;
/** What a force strikes when it strikes its enemy ("destroyed a militant camp"), not its own village. */
const ENEMY_TARGET =
  /\b(?:militants?|insurgents?|rebels?|terrorists?|jihadists?|hideouts?|camps?|training (?:camp|base)s?|positions of|commanders?|cells?|launch (?:sites?|pads?)|weapons depots?)\b/i;
/** "said it had overrun the base", "said its fighters had carried out the attack". */
export const OWN_CLAIM =
  /\b(?:said|says|say|saying|announced|confirmed|stated|states|posted|wrote)\s+(?:(?:in (?:a|an|its|the) (?:[\w-]+ ){0,2}?(?:statement|video|message|post|communiqu[eé]|recording|broadcast)(?: (?:to|on|from) (?:the )?[\w-]+(?: [\w-]+)??)?|on \w+|(?:late|early|later) on \w+|(?:late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on its [\w ]{1,30}?|(?:carried|published|posted|broadcast) (?:by|on) (?:the )?(?:[\w-]+\s+){1,5}?)\s*)*(?:that\s+)?(?:it|its (?:[\w-]+ )?(?:fighters|forces|militants|men|units|speedboats|boats|ships|aircraft|jets|drones|troops|soldiers|commandos|naval forces|navy)|they)\s+(?:had\s+|have\s+|has\s+)?["“‘]?(?:(?:was|were|is|are|been|had been) (?:responsible for|behind|(?:in|at) the back of)|overrun|overran|carried out|launched|attacked|ambushed|stormed|seized|captured|recaptured|retook|retaken|regained|liberated|shot down|downed|targeted|bombed|destroyed|took (?:full )?control|taken (?:full )?control|killed|stopped|boarded|detained|arrested|intercepted|struck|hit|raided|eliminated|neutrali[sz]ed|repelled|repulsed|beat back|beaten back|fought off|pushed back)\b/;
/** A side's word that it held off the other's assault: it claims its part in the fight, not the assault itself. */
export const REPELLED = /\b(?:repelled|repulsed|beat back|beaten back|fought off|pushed back)\b/;
const OWN_CLAIMS = new RegExp(OWN_CLAIM.source, 'g');
/** Each side's word in a sentence that it did an act, in order ("X said it had repelled …; Y said they had retaken …"). */
export function ownClaimsIn(text: string): RegExpMatchArray[] {
  return [...text.matchAll(OWN_CLAIMS)];
}
/** A side saying it struck: "said its forces had struck", "claimed it hit", "said it carried out strikes on". */
export const OWN_STRIKE_CLAIM =
  /\b(?:said|says|claimed|claims|announced|reported|stated)\b[^.;]{0,40}\b(?:it|its (?:\w+ ){0,2}(?:forces|troops|army|military|units|aircraft|drones|navy|air force)|they|their (?:\w+ )?(?:forces|troops|units))\s+(?:had\s+|has\s+|have\s+)?(?:successfully\s+)?(?:struck|hit|targeted|attacked|destroyed|carried out (?:\w+ ){0,2}strikes?|launched (?:\w+ ){0,2}strikes?)\b/i;
/** An act told as the answer to another: "in response to the strike", "in retaliation for", "hit back". */
export const ANSWER =
  /\b(?:in (?:response|retaliation|reprisal) (?:to|for) (?:(?:the|an?|its|their|this|that|these|\w+['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|air ?strikes?|raids?|shelling|bombings?|killings?|assaults?|offensive|operations?|barrages?)|retaliat(?:ed|ing|ory)|hit back|struck back|responded)\b/i;
/** A state force as shown, without the possessive of its country ("Myanmar's military" → "Myanmar military"). */
function stateForce(x: string | null): string | null {
  return x ? x.replace(/^([A-Z][\w.-]*)['’]s\s+/, '$1 ') : null;
}
/** The named organisation a sentence cites for what it tells ("according to the National Police Service"). */
function sourceOf(doc: Doc, ents: Entities, a: number, b: number): string | null {
  const text = doc.text.slice(a, b);
  const acc = text.match(
    /\baccording to (?:a |an |the )?(?:(?:statement|report|spokes\w+|tally|figures) (?:from|by|of) )?/i,
  );
  if (acc?.index !== undefined) {
    const from = a + acc.index + acc[0].length;
    const m = ents.mentions.find((x) => x.kind === 'org' && x.start >= from && x.start <= from + 8);
    if (m) return mentionName(ents, m);
  }
  return null;
}
/** Officials or bodies that speak for a side; witnesses, residents and analysts do not name a doer for the record. */
const SOURCE_NOUN =
  /^(?:(?:the|[a-z][\w-]*|\w+ian|\w+ese|\w+i|\w+ish)\s+){0,3}(?:officials?|authorities|police|army|military|ministry|administration|governor|mayor|prosecutors?|spokes(?:man|woman|person)|command|government|service|troops|forces|air force|navy|general staff|council|office|statement)$/i;
const NOT_SOURCE =
  /\b(?:witness(?:es)?|residents?|villagers|analysts?|experts?|observers|neighbou?rs|relatives|survivors|people|media|reports?)\b/i;
/**
 * Who a sentence says told it: "according to X", "…, X said", "X said (on Tuesday) that …", "X told reporters".
 * A named organisation or person, or officials named by their office ("local officials", "the regional
 * administration"); witnesses and residents are no source of attribution.
 */
export function speakerOf(doc: Doc, ents: Entities, a: number, b: number): string | null {
  const text = doc.text.slice(a, b);
  const named = (from: number, to: number, how?: NameHow) => nameIn(ents, a + from, a + to, how);
  const phrase = (p: string) => {
    const t = p
      .trim()
      .replace(/^(?:and|but|while|as)\s+/i, '')
      .replace(/['’]s\b/g, '');
    if (NOT_SOURCE.test(t)) return null;
    // "a district official in Paktia", "the governor of Lipetsk": the office, wherever it sits
    const office = t.replace(/\s+(?:in|of|for|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$/, '');
    return SOURCE_NOUN.test(office) ? t.replace(/^(?:the|a|an)\s+/i, '') : null;
  };
  const acc = text.match(
    /\baccording to (?:a |an |the )?(?:(?:statement|report|spokes\w+|tally|figures) (?:from|by|of) )?/i,
  );
  if (acc?.index !== undefined) {
    const from = acc.index + acc[0].length;
    const rest = text.slice(from).split(/[,.;]/)[0];
    if (NOT_SOURCE.test(rest.split(/\s+/).slice(0, 3).join(' '))) return null;
    return named(from, from + rest.length + 1) ?? phrase(rest);
  }
  // "…, the Border Service said in a statement." / "…," Rahimov told AFP.
  const tail = text.match(
    /[,"”]\s+((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)(?:\s+\([^()]{1,20}\))?\s+(?:said|says|stated|told|reported|added|announced|confirmed)\b[^,"“]*$/,
  );
  if (tail?.index !== undefined) {
    const from = tail.index + tail[0].indexOf(tail[1]);
    if (NOT_SOURCE.test(tail[1])) return null;
    return named(from, from + tail[1].length + 1) ?? phrase(tail[1]);
  }
  // "…, the Ukrainian air force said on Saturday, and drones …": the speaker's clause set off by commas mid-sentence
  const mid = text.match(
    /,\s+((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)(?:\s+\([^()]{1,20}\))?\s+(?:said|says|stated|reported|announced|confirmed)(?:\s+(?:on|late on|early on)\s+[A-Z]\w+|\s+in (?:a|an|its) (?:[\w-]+\s+)?(?:statement|post|briefing|communiqu[eé]))?\s*,/,
  );
  if (mid?.index !== undefined && !NOT_SOURCE.test(mid[1])) {
    const from = mid.index + mid[0].indexOf(mid[1]);
    const who = named(from, from + mid[1].length + 1) ?? phrase(mid[1]);
    if (who) return who;
  }
  // "Viktor Hnatiuk, the head of the regional administration, said on Telegram that …": a named person and role
  const role = text.match(
    /^\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+(?:the\s+|a\s+)?[^,]{3,90},\s+(?:said|says|stated|told|wrote)\b/,
  );
  if (role) {
    const who = named(0, role[1].length + 1, { kinds: ['person', 'org'] });
    if (who) return who;
  }
  // "The army said in a statement on Wednesday that …"
  // ("The following day, the group said …": after an opening phrase of time)
  const lead = text.match(
    /^\s*((?:(?:On|Late on|Early on|Later on|Later|The (?:following|next) (?:day|morning|evening)|Hours later|On \w+ (?:morning|evening|night))(?:\s+[A-Z]\w+)?,\s+)?)((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s+(?:said|says|announced|reported|confirmed|told)\b/,
  );
  if (lead) {
    if (NOT_SOURCE.test(lead[2])) return null;
    const from = lead[0].indexOf(lead[2], lead[1].length);
    return named(from, from + lead[2].length + 1) ?? phrase(lead[2]);
  }
  return null;
}
/** A group named by its own name before its kind noun: "The al Qaeda-linked al Shabaab group said …". */
const GROUP_BEFORE =
  /((?:(?:al|el|ad|as|ash|an)[\s-])?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|of|the)\s+)?[A-Z][\w'’-]*){0,4})\s+(?:group|movement|militia|organi[sz]ation|faction|rebels|insurgents|militants)\s*$/;
/** The group a subject names before its kind noun, as the document names it elsewhere when it does. */
function groupBefore(subj: string, ents: Entities): string | null {
  const m = subj.match(GROUP_BEFORE);
  if (!m) return null;
  // (after its article and any patron it is linked to: "The al Qaeda-linked al Shabaab")
  const words = m[1].split(/\s+/);
  const cut = words.findLastIndex((w) =>
    /^(?:The|A|An)$|-(?:linked|backed|aligned|allied|based|led|affiliated)$/.test(w),
  );
  const name = words.slice(cut + 1).join(' ');
  if (!name || isDemonym(name)) return null;
  const key = normKey(name);
  const org = ents.orgs.find((o) => [o.name, ...o.aliases].some((n) => normKey(n) === key));
  return org?.name ?? name;
}
/** The country a doer's name carries, by a demonym or a country's name or short form ("U.S. Africa Command"). */
export function stateOf(x: string, ents: Entities): string | null {
  const known = countryOfDoer(x, ents);
  if (known) return known;
  for (const w of x.replace(/['’]s\b/g, '').split(/\s+/)) {
    if (!/^[A-Z]/.test(w)) continue;
    const c = loadGazetteer()
      .phrases.get(normKey(w))
      ?.find((e) => e.kind === 'country');
    if (c) return c.country;
  }
  return null;
}
/**
 * A subject without the aside that closes it: "X, which … describe as a front for Y," → "X"; "X (JeM)" stays.
 */
export function withoutAside(lead: string): string {
  return lead.replace(/,\s+(?:which|who|whose|an?|the|one of|part of)\b[^,]*,\s*$/i, '');
}
/** A group named as it names itself, at the head of a sentence: "A group calling itself the X", "An outfit known as X". */
const SELF_NAMED =
  /^\s*(?:[A-Z]\w*\s+)?(?:(?:little-known|shadowy|new|armed|militant|previously unknown|unknown)\s+)*(?:group|outfit|faction|organi[sz]ation|coalition|alliance|movement|militia)\s+(?:calling itself|that calls itself|known as|called|named)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s*){1,6})/;
export type Attribution = {
  kind: 'claimed' | 'blamed' | 'denied' | 'none';
  text: string;
  by?: string;
  on?: string;
};
const MUTUAL_BLAME =
  /\b(?:each|either|both) (?:side|country|government|army|group|party|sides)s? (?:\w+ )?(?:blamed|accused|blaming|accusing|blames|accuses|held) the other\b|\b(?:blamed|accused|blaming|accusing|blame|accuse) (?:each other|one another)\b|\btraded (?:accusations|blame)\b|\b(?:each|either) side (?:said|says|saying|claimed|claiming) the other (?:had |has )?(?:attacked|started|fired|opened|provoked|struck|shelled|launched)\b/i;
/** Blame put on an unnamed group ("terrorist groups", "gunmen") ascribes the attack to no one. */
const UNNAMED =
  /^(?:(?:unknown|unidentified|suspected|armed|terrorist|militant|jihadist|criminal|extremist|hostile|irregular)\s+)*(?:groups?|elements|gunmen|assailants|attackers|militants|terrorists|jihadists|insurgents|fighters|bandits|men)$/i;
/**
 * A side named by its noun that blame can fall on: the state's forces or rule ("the security forces", "the junta's
 * forces", "the regime") or a community in a feud ("armed herders", "settlers"); "gunmen" or "attackers" name no one.
 */
const BLAMED_PARTY =
  /^(?:[a-z][\w'’-]*\s+){0,3}?(?:police|army|military|navy|air force|troops|soldiers|security forces|armed forces|forces|regime|junta|settlers|herders|militias?|militiamen|gendarmes|gendarmerie|paramilitar(?:y|ies))$/i;
/** How `nameIn` picks a name: of which kinds (organisation or person by default), the last one, or one starting at a point. */
type NameHow = { kinds?: Mention['kind'][]; last?: boolean; startsAt?: boolean };
/**
 * The name of an entity of `kinds` mentioned in [from, to] of the text: the first in the list of mentions; the one that
 * starts last with `last` ("The extremist group al-Shabaab claimed"); with `startsAt`, the first whose mention starts
 * between `from` and `to`, whatever its end.
 */
function nameIn(ents: Entities, from: number, to: number, how: NameHow = {}): string | null {
  const kinds = how.kinds ?? ['org', 'person'];
  const list = how.startsAt ? ents.mentions : mentionsWithin(ents, from, to);
  let best: { start: number; name: string } | null = null;
  for (const m of list) {
    if (how.startsAt && (m.start < from || m.start > to)) continue;
    if (!kinds.includes(m.kind)) continue;
    const n = mentionName(ents, m);
    if (!n) continue;
    if (!how.last) return n;
    if (!best || m.start > best.start) best = { start: m.start, name: n };
  }
  return best?.name ?? null;
}
/** A day told right before a verb: "on Tuesday", "late on Monday night", "last Friday". */
const DAY_BEFORE_VERB =
  /\s+(?:(?:late|early)\s+)?(?:on|last)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?\s*$/;
/** A text that ends on a noun for an unnamed actor: "blamed on unnamed gunmen". */
const ACTOR_NOUN_END = new RegExp(`\\b${ACTOR_NOUN_SRC}\\s*$`);
/**
 * Attribution stated in a window [a, b) of the document, with negation: claimed by X / blamed on X by Y / denied /
 * not ascribed. Who claims or blames is the first organisation or person named before the verb in its sentence
 * ("The Houthi movement, which controls the north, claimed responsibility").
 */
export function attributionIn(doc: Doc, ents: Entities, a: number, b: number): Attribution | null {
  const text = doc.text.slice(a, b);
  const sentStart = (at: number) => {
    let k = at;
    while (k > 0 && !/[.!?]/.test(text[k - 1])) k--;
    return k;
  };
  const named = (from: number, to: number, how?: NameHow) => nameIn(ents, a + from, a + to, how);
  const capsBefore = (s: string) =>
    s
      .match(/((?:[A-Z][\w.'-]*\s*){1,6})[,\s]*$/)?.[1]
      ?.trim()
      .replace(/^(?:The|But|And|However)\s+/, '') ?? null;
  const negatedBefore = (s: string) =>
    /\b(?:no (?:[\w-]+ )?(?:one|group|organi[sz]ation|faction|outfit|militia|movement|party|side)|nobody|none|(?:did not|didn't|has not|hasn't|have not|haven't|had not|has yet to|have yet to|not|never|without)\b)[^.]{0,30}$/i.test(
      s,
    );
  let negated = false;
  // each side blames the other: "each side blamed the other for starting the fighting", "traded accusations"
  const mutual = text.match(MUTUAL_BLAME);
  if (mutual) return { kind: 'blamed', text: 'blamed on each other (each side blames the other)' };
  // claims of responsibility
  const claimRe =
    /\b(?:claimed|claims|claim|claiming|took|takes|take|taken|accepted|accepts|accept) (?:responsibility|credit)\b|\b(?:claimed|claims|claim) (?:(?:the|an|a|its|both|these|those) (?:[\w-]+ )?|(?:deadly|fatal|bloody|twin|double|suicide|drone|rocket|missile|mortar|roadside) )(?:attacks?|strikes?|bombings?|killings?|assaults?|raids?|barrages?|ambush(?:es)?|operations?|shelling|salvos?|kidnappings?|abductions?|incursions?|hijackings?|blasts?|explosions?)\b/gi;
  for (let m = claimRe.exec(text); m; m = claimRe.exec(text)) {
    const s0 = sentStart(m.index);
    // (the day of the claim told before its verb is no claimant: "A separatist group on Tuesday claimed")
    const lead = text.slice(s0, m.index).replace(DAY_BEFORE_VERB, ' ');
    if (negatedBefore(lead)) {
      negated = true;
      continue;
    }
    // (a spokesman claims for his group: "al-Mahdi, a military spokesman for the Houthis, claimed both attacks")
    const forGroup = /\bspokes(?:man|woman|person)\s+(?:for|of)\s+/i.exec(lead);
    // "A group calling itself the Kashmir Tigers, which … describe as a front for X, claimed": the name it goes by
    const self = lead.match(SELF_NAMED);
    const selfAt = self?.index !== undefined ? s0 + self.index + self[0].length - self[1].length : -1;
    const by =
      (forGroup ? named(s0 + forGroup.index, m.index, { kinds: ['org'] }) : null) ??
      (self ? (named(selfAt, selfAt + 1, { startsAt: true }) ?? self[1].trim()) : null) ??
      named(s0, s0 + withoutAside(lead).length, { last: true }) ??
      capsBefore(lead);
    if (by && !/^(?:It|They|He|She)$/.test(by)) return { kind: 'claimed', text: `claimed by ${by}`, by };
    return { kind: 'claimed', text: 'claimed by a group' };
  }
  // a force's spokesman confirming the hit claims it: "…, which X, a spokesman for the Y Forces, said was 'hit successfully'"
  const spk = text.match(
    /\bspokes(?:man|woman|person) (?:for|of) ([^,;.]{3,80}),\s+(?:said|says|confirmed|added)\b[^.;]{0,30}?\b(?:was|were|had been|has been|have been)\s+["“]?(?:successfully\s+)?(?:hit|struck|destroyed|targeted|downed)\b/,
  );
  if (spk?.index !== undefined && !negatedBefore(text.slice(sentStart(spk.index), spk.index))) {
    const from = spk.index + spk[0].indexOf(spk[1]);
    const by = named(from, from + spk[1].length + 1, { kinds: ['org'] });
    if (by) return { kind: 'claimed', text: `claimed by ${by} (its spokesman)`, by };
  }
  const cb = text.match(/\bclaimed by (?:the )?((?:[A-Z][\w.'-]*\s*){1,6})/);
  if (cb?.index !== undefined) {
    const at = cb.index + cb[0].length - cb[1].length;
    const by = named(at, at + cb[1].length + 1) ?? cb[1].trim();
    return { kind: 'claimed', text: `claimed by ${by}`, by };
  }
  // blame
  const blames: [RegExp, number, number, boolean?][] = [
    // [pattern, group of the blamed, group of the blamer (0: the sentence subject), loose: a phrase that names no one
    // tells nothing, rather than that the act is not ascribed]
    // "blaming the attack on X", "blamed the strike on X": the act first, the one blamed after "on"
    [
      /\b(?:blamed|blames|blaming|pinned|pins|pinning)\s+(?:it|(?:the|this|that|these|those|both) (?:[\w-]+ ){0,2}?(?:attacks?|strikes?|shelling|bombings?|explosions?|blasts?|killings?|raids?|ambush(?:es)?|incidents?|assaults?|violence|shootings?|abductions?|kidnappings?|barrages?|bombardment|deaths?))\s+on\s+(.{2,60}?)(?=[,.;]|$| for\b| after\b| in\b)/g,
      1,
      0,
    ],
    [
      /\b(?:blamed|accused|blames|accuses)\s+(?!the (?:loss|defeat|result)\b)(?!by\b)(.{2,80}?)\s+(?:for|of)\b/g,
      1,
      0,
    ],
    [/\bblamed (?:by (.{2,60}?) )?on (.{2,60}?)(?=[,.;]|$| for\b| after\b| in\b)/g, 2, 1],
    [/\bheld (.{2,60}?) (?:responsible|accountable)\b/g, 1, 0],
    // "Local officials … blamed Dan Na Ambassagou, a Dogon militia …": a bare named object
    // ("blamed the Kaniyat militia": the name with its kind noun)
    [
      /\b(?:blamed|blames)\s+(?!by\b|on\b)(?:the\s+)?((?:[A-Z][\w'’-]*\s*){1,5}(?:(?:militia|group|movement|rebels|forces|gang|cartel|brigade|fighters|militants|insurgents)\b)?)(?=\s*(?:[,.;]|$|for\b))/g,
      1,
      0,
    ],
    // "blamed the Rapid Support Forces (RSF), which …", "pointed the finger at al-Shabaab", "put the blame squarely on
    // X", "blamed the junta's forces based at Monywa": the one blamed is the phrase after the verb, up to its
    // bracketed short form, a clause or a preposition ("blamed the fire on X" is read above, the act first)
    [
      /\b(?:blamed|blames|blaming|point(?:ed|s|ing) (?:the|a) finger at|(?:put|puts|putting|laid|lays|laying|placed|places) (?:the )?blame (?:\w+ )?on)\s+(?!by\b|on\b|it\b|each other\b|one another\b)["“]?((?:the |a |an )?[^\s,.;:"”()]+(?:\s+(?!on\b)[^\s,.;:"”()]+){0,6}?)["”]?(?=\s*(?:\([^()]{1,15}\)\s*)?(?:[,.;:"”]|$|\s+(?:for|who|which|that|and|saying|describing|based|stationed|operating|from|as|after|over|in|at|of|led|loyal|linked|tied|allied|belonging|whose|to|[a-z]+ing)\b))/g,
      1,
      0,
      true,
    ],
    [/\b(?:attributed|attributing|attributes) (?:(?:the|this|that) [\w-]+ )?to (.{2,60}?)(?=[,.;]|$)/g, 1, 0],
    [
      /\b(?:blaming|accusing) (.{2,60}?)(?=[,.;]|$| for\b| of\b| who\b| which\b| dug\b| based\b| stationed\b| positioned\b)/g,
      1,
      0,
    ],
  ];
  for (const [re, onG, byG, loose] of blames) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s0 = sentStart(m.index);
      const lead = text.slice(s0, m.index);
      if (/\b(?:not|never|didn't|did not)\s+$/i.test(lead)) continue;
      // blame for other attacks ("similar attacks have been blamed on …") says nothing about this one
      if (
        /\b(?:similar|related|such|previous|past|other|earlier|recent|prior|those) (?:attacks?|strikes?|incidents?|bombings?)\b[^.]*$/i.test(
          lead,
        )
      )
        continue;
      const on = m[onG]
        .trim()
        .replace(/^["“]\s*/, '')
        .replace(/^(?:the|a|an)\s+/i, '');
      const lastClause = lead
        .split(/[,;]/)
        .pop()
        ?.trim()
        .replace(/^(?:but|and|while|however|although|though)\s+/i, '');
      const by =
        (byG && m[byG]?.trim()) ||
        named(s0, m.index) ||
        (lastClause && SOURCE_NOUN.test(lastClause) ? lastClause.replace(/^the\s+/i, '') : '') ||
        // ("No group has claimed it, but residents blamed …": the clause's own subject)
        (lastClause &&
        /^[\w'’-]+(?:\s+[\w'’-]+){0,3}$/.test(lastClause) &&
        !/^(?:who|which|that|whom|whose|it|he|she|they)\b/i.test(lastClause)
          ? lastClause
          : '') ||
        lead
          .replace(/,[^,]*$/, '')
          .replace(/\b(?:said|says)\s*$/, '')
          .trim()
          .split(/\s+/)
          .slice(-4)
          .join(' ')
          .replace(/^(?:but|and|the|a|an|however|meanwhile)\s+/i, '');
      // reciprocal blame: "each side blamed the other"
      if (/^(?:each other|one another|the other(?: side| group)?|other)$/i.test(on))
        return { kind: 'blamed', text: `blamed on each other${by ? ` by ${by}` : ''}`, by: by || undefined };
      // "dissidents of the former FARC group": the unnamed people are named by the group they belong to
      const tail = text.slice(m.index + m[0].length - (m[0].endsWith(' of') ? 3 : 0));
      const end = tail.search(/[.;]/);
      const belongs =
        /^\s*(?:of|from|belonging to|who belong to|linked to|tied to|loyal to|led by|allied (?:to|with))\b/i.test(
          tail,
        )
          ? named(m.index + m[0].length - 3, m.index + m[0].length + (end < 0 ? tail.length : end))
          : null;
      if (belongs)
        return {
          kind: 'blamed',
          text: `blamed on ${on} of ${belongs}${by ? ` by ${by}` : ''}`,
          by: by || undefined,
          on: belongs,
        };
      // ("blaming 'Colombian irregular armed groups' it did not name": no one named)
      const unnamed =
        UNNAMED.test(on.replace(/^([A-Z][a-z]+)\s+/, (w, d: string) => (isDemonym(d) ? '' : w))) ||
        /^\s*(?:it|they|he|she) (?:did not|didn't|would not|could not) (?:name|identify)\b/.test(
          text.slice(m.index + m[0].length),
        ) ||
        /["”]?\s+(?:it|they|he|she) (?:did not|didn't|would not|could not) (?:name|identify)$/.test(on);
      if (unnamed && loose) continue;
      if (unnamed)
        return { kind: 'none', text: `not ascribed (blamed on unnamed ${on}${by ? ` by ${by}` : ''})` };
      // "accusing the vessel of smuggling": an accusation against the one it happened to, not blame for the act
      // ("blamed the security forces", "accused the regime of …": a party named by its noun is blamed all the same)
      if (!/[A-Z]/.test(on) && BLAMED_PARTY.test(on.replace(/["”]+$/, '')))
        return {
          kind: 'blamed',
          text: `blamed on the ${on}${by ? ` by ${by}` : ''}`,
          by: by || undefined,
          on,
        };
      if (!/[A-Z]/.test(on)) {
        if (loose) continue;
        if (ACTOR_NOUN_END.test(on))
          return { kind: 'none', text: `not ascribed (blamed on unnamed ${on}${by ? ` by ${by}` : ''})` };
        continue;
      }
      const onName0 = named(m.index + m[0].indexOf(m[onG]), m.index + m[0].length + 1) ?? on;
      const onName = capitalForces(onName0) ?? onName0;
      return {
        kind: 'blamed',
        text: `blamed on ${onName}${by ? ` by ${by}` : ''}`,
        by: by || undefined,
        on: onName,
      };
    }
  }
  const den = text.match(
    /\b((?:[A-Z][\w.'-]*\s*){1,5})\s+(?:denied|denies|rejected|repudiated|repudiates) (?:any )?(?:responsibility|involvement|carrying out)/,
  );
  if (den) return { kind: 'denied', text: `denied by ${den[1].trim()}`, by: den[1].trim() };
  const neg = text.match(
    /\b(?:no (?:one|group)|nobody|(?:did not|didn't|has not|hasn't|have not|haven't|has yet to|have yet to|not)\b(?![^.]{0,40}?\b(?:verify|confirm|check|corroborate)\b)[^.]{0,40}?)\s*(?:immediately )?(?:claim(?:ed)?|ascribe[ds]?|blame[ds]?|attribut\w+|said it had (?:launched|carried out))/i,
  );
  if (neg || negated) {
    const generic = text.match(
      /(similar|related|such|previous|other|earlier|recent|prior) attacks? (?:have|has) (?:also )?been blamed (?:by ([^.]*?) )?on ([^.,]*)/i,
    );
    const bits = neg ? text.slice(neg.index ?? 0).split(/[,;.]/)[0] : 'no claim of responsibility';
    return {
      kind: 'none',
      text: generic
        ? `not ascribed (${generic[1].toLowerCase()} attacks blamed${generic[2] ? ` by ${generic[2].trim()}` : ''} on ${generic[3].trim()})`
        : `not ascribed: ${bits.trim()}`,
    };
  }
  return null;
}

/**
 * The doer and the attribution of a trigger, from its account: a claim names the doer; a force that reports its own
 * strike claims it; a named source blames the doer or reports its own act; the doer named by its country on the
 * weapon; a crowd is the first actor of a protest.
 */
export function resolveDoer(
  r: Reading,
  evSents: Sentence[],
  attacker0: string | null,
  attribution0: Attribution | null,
): { attacker: string; attribution: Attribution | null; launcher?: string } {
  const { doc, ents, s, site, text, trig, at, remote } = r;
  const para = doc.paragraphs[s.para];
  let attacker = attacker0;
  let attribution = attribution0;
  if (
    attribution?.kind === 'claimed' &&
    (!attacker || attacker === 'unknown') &&
    attribution.by &&
    !/^(it|they|the group)$/i.test(attribution.by)
  )
    attacker = attribution.by;
  // armed forces that report their own strike claim it: "the armed forces said a drone strike destroyed a camp"
  if (
    !attribution &&
    trig.type === EXP &&
    trig.subType !== 'Remote explosive/landmine/IED' &&
    trig.subType !== 'Suicide bomb'
  ) {
    const sayer =
      OWN_FORCES.test(text) || ENEMY_TARGET.test(text.slice(at))
        ? selfReporter(doc, ents, s.start, s.end)
        : null;
    if (sayer) {
      attribution = { kind: 'claimed', text: `claimed by ${sayer} (its own report)`, by: sayer };
      // "The IDF said it had killed a Hezbollah commander": the speaker did it, the one named after is its target
      const saidAt = text.search(/\b(?:said|says|stated|announced|reported|confirmed)\b/);
      const ownAct = saidAt >= 0 && OWN_FORCES.test(text.slice(saidAt));
      if (isGenericActor(attacker) || attacker === 'forces' || (ownAct && !sameActor(sayer, attacker ?? '')))
        attacker = sayer;
    }
  }
  // a group that says it did it claims it: "The group said it had overrun the base"; said in the event's own
  // sentence, the claim outranks blame told in another ("… said its fighters had beaten back an assault" before
  // "accusing the other side of …")
  let defended = false;
  // a claim names the doer, unless it is the word of the side that held the assault off
  const claimsAct = () => attribution?.kind === 'claimed' && !defended;
  const ownHere =
    attribution?.kind === 'blamed' &&
    !attributionIn(doc, ents, s.start, s.end) &&
    claimCovers(text, at, true);
  if (!attribution || attribution.kind === 'none' || ownHere) {
    for (const sn of ownHere ? [s] : evSents) {
      if (sn !== s && TALLY.test(sn.text)) continue; // "says it has killed 350 … since fighting began"
      // "said its fighters had attacked … in retaliation for the strike": another act, the answer to this one
      if (sn !== s && ANSWER.test(sn.text)) continue;
      // (a side that held off an assault claims only the fight its own words tell: not a strike told beside it)
      const own = ownClaimsIn(sn.text).find(
        (o) => !REPELLED.test(o[0]) || (sn === s && claimCovers(sn.text, at, true)),
      );
      if (!own || own.index === undefined) continue;
      // the other side saying its forces hit a target claims a strike, not the interception of its own drones
      if (
        trig.subType === 'Disrupted weapons use' &&
        !/\b(?:shot down|downed|intercepted|destroyed|stopped)\b/.test(own[0])
      )
        continue;
      // … and a force that says it arrested men claims the arrests, not the killing they are held for ("police said
      // they had arrested three men over the killing of a trader")
      if (
        trig.subType !== 'Arrests' &&
        sn === s &&
        at > own.index &&
        /\b(?:detained|arrested)\b/.test(own[0]) &&
        ARREST_FOR.test(text.slice(own.index, at))
      )
        continue;
      // … and the side that downed some of a barrage claims its interceptions, not the strike that got through
      if (trig.subType !== 'Disrupted weapons use' && /\b(?:shot down|downed|intercepted)\b/.test(own[0]))
        continue;
      const subj = sn.text.slice(0, own.index);
      const named = lastNamed(ents, sn.start, sn.start + own.index);
      const by = /\b(?:the|this) (?:group|militants|movement|rebels|insurgents|organi[sz]ation)\s*$/i.test(
        subj,
      )
        ? !isGenericActor(attacker)
          ? attacker
          : lastNamed(ents, para.start, sn.start)
        : // "Myanmar's military said that its troops had recaptured …": a state force named by its country
          (named ??
          stateForce(selfReporter(doc, ents, sn.start, sn.start + own.index + own[0].length)) ??
          groupBefore(subj, ents));
      if (!by) continue;
      attribution = { kind: 'claimed', text: `claimed by ${by}`, by };
      // the speaker says its own men did the very act of the trigger: it is the doer, whoever else is named
      // (not when it tells of another act in the same sentence: "drones hit …, as the air force says it downed 40")
      const ownTrigger = sn === s && claimCovers(sn.text, at);
      // (the side that held off an assault claims its part in the fight; the assault stays the other side's)
      defended = REPELLED.test(own[0]);
      if (defended) break;
      if (isGenericActor(attacker) || (ownTrigger && !sameActor(by, attacker ?? ''))) attacker = by;
      break;
    }
  }
  // a group's spokesman saying the group did it claims it: "The Houthis' military spokesman … said that the
  // rebels had targeted the ship" (the group named by the speaker's office, the act told with the group's noun)
  if (!attribution || attribution.kind === 'none') {
    for (const sn of evSents) {
      const g = spokesmanClaim(sn.text);
      if (!g || (!isGenericActor(attacker) && !sameGroup(g, attacker ?? ''))) continue;
      attribution = { kind: 'claimed', text: `claimed by ${g} (its spokesman)`, by: g };
      if (isGenericActor(attacker)) attacker = g;
      break;
    }
  }
  // who did it is told by a named source: the source claims its own act, or puts it on the one who did it
  // ("Protesters threw stones at police …, according to a statement from the National Police Service")
  // the doer named by its country on the weapon or the units, anywhere in the account ("It was a Kyrgyz drone")
  if (
    isGenericActor(attacker) &&
    !attribution?.on &&
    !claimsAct() &&
    trig.type !== 'Protests' &&
    trig.type !== 'Riots'
  ) {
    for (const sn of evSents) {
      const d = demonymForces(sn.text);
      if (d) {
        attacker = d;
        break;
      }
    }
  }
  // a place hit after a barrage was hit by the side that launched it; "a Turkish drone strike": the country's forces
  // (settled before the source is read, so that the source can put the act on them)
  // (not when the sentence names the state's force as the doer: "the RSF said army warplanes had bombed …")
  const stateDoer = bareStateForce(attacker0) || /^(?:army|military|air force|navy)$/i.test(attacker0 ?? '');
  if (isGenericActor(attacker) && site?.doer && !stateDoer) attacker = site.doer;
  if (isGenericActor(attacker) && trig.type === EXP) {
    const dm = text.slice(Math.max(0, at - 30), at).match(/\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$/);
    if (dm && isDemonym(dm[1])) attacker = `${dm[1]} forces`;
  }
  if (!attribution && attacker && attacker !== 'unknown' && !UNNAMED.test(attacker))
    attribution = tellerAttribution(r, evSents, attacker, stateDoer);
  // the state's police or soldiers making arrests carry out their own act
  if (
    (!attribution || attribution.kind === 'none') &&
    trig.subType === 'Arrests' &&
    (STATE_DOER.test(text.slice(0, at)) ||
      ARRESTING_BODY.test(text.slice(0, at)) ||
      SECURITY_ACRONYM.test(text.slice(0, at))) &&
    !NON_STATE_DOER.test(text.slice(0, at))
  )
    attribution = {
      kind: 'claimed',
      text: `carried out by ${attacker ?? 'the authorities'} (state arrests)`,
    };
  // a bomb made safe is the open act of the force that defused it, whatever is said of the bomb's planters ("No group
  // has claimed the device"); a force told only as the speaker defused it ("a bomb … was defused, police said")
  if (defusal(r) && (!attribution || attribution.kind === 'none')) {
    if (!attacker || attacker === 'unknown' || isGenericActor(attacker))
      attacker = speakerOf(doc, ents, s.start, s.end) ?? attacker;
    if (attacker && attacker !== 'unknown')
      attribution = {
        kind: 'claimed',
        text: `carried out by ${attacker} (${madeSafeLabel(r)})`,
      };
  }
  // a named group that claimed or was blamed beats a generic or missing attacker ("militants", "troops")
  const genericActor = isGenericActor(attacker);
  // the claimant names the doer more narrowly ("IRGC Navy" for "Islamic Revolutionary Guard Corps")
  const claimant = claimsAct() ? attribution?.by : undefined;
  if (claimant && attacker && narrower(claimant, attacker, ents)) attacker = claimant;
  if (claimant && genericActor) attacker = claimant;
  // (not the one blamed for a bomb that others made safe: they planted it, the force that defused it acts)
  if (attribution?.kind === 'blamed' && attribution.on && genericActor && !defusal(r))
    attacker = attribution.on;
  // "a Turkish drone strike": the country's forces
  if (isGenericActor(attacker) && trig.type === EXP) {
    const dm = text.slice(Math.max(0, at - 30), at).match(/\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$/);
    if (dm && isDemonym(dm[1])) attacker = `${dm[1]} forces`;
  }
  // a place hit after a barrage was hit by the side that launched it
  if (site?.doer && isGenericActor(attacker) && !stateDoer) attacker = site.doer;
  // a country that strikes from afar does so with its forces ("Russia shelled …" → Russian forces)
  if (remote && attacker) attacker = forcesOf(attacker) ?? attacker;
  // the lead tells "an air strike hit …"; the headline says whose ("Israeli strike kills four in …")
  if (
    isGenericActor(attacker) &&
    trig.type === EXP &&
    s.para > 0 &&
    s.para <= 2 &&
    !attribution?.on &&
    !claimsAct()
  )
    attacker = headlineDoer(doc) ?? attacker;
  // the headline names the group the body tells only as "gunmen" or "the assailants" ("X fighters kill 22 …")
  if (
    isGenericActor(attacker) &&
    s.para <= 3 &&
    !attribution?.on &&
    !claimsAct() &&
    trig.type !== 'Protests' &&
    trig.type !== 'Riots'
  ) {
    const g = headlineGroup(doc, ents);
    if (g) {
      attacker = g;
      if (!attribution || attribution.kind === 'none')
        attribution = { kind: 'blamed', text: `blamed on ${g} (by the headline)`, on: g };
    }
  }
  // "the army said its air force struck …" in an article that names whose army it is
  // (only a force the account makes the doer, by its own report or by blame: "the regional military
  // administration said" names no doer)
  if (
    bareStateForce(attacker) &&
    (bareStateForce(attribution?.by ?? null) || bareStateForce(attribution?.on ?? null))
  )
    attacker = namedStateForce(doc, ents) ?? attacker;
  // "blamed the attack on the Kyiv regime": the forces of the state its capital names
  attacker = capitalForces(attacker) ?? attacker;
  const report = interceptionReport(r, attacker, attribution);
  ({ attacker, attribution } = report);
  if (!attacker) attacker = 'unknown';
  // bare "officers" in a sentence of the police, not of the army, are police officers
  if (/^(?:the\s+)?officers$/i.test(attacker) && /\bpolice\b/i.test(text) && !STATE_ARMY.test(text))
    attacker = 'police officers';
  // in a protest or a riot the first actor is the crowd
  if (
    family(trig.subType) === 'protest' &&
    !/protest|demonstrat|riot|march|crowd|students|workers/i.test(attacker)
  )
    attacker = crowdOf(text) ?? 'protesters';
  return { attacker, attribution, launcher: report.launcher };
}
/** The state a bare "the army" speaks for: the one state force the article names, else the sentence's place's. */
function bareSourceState(doc: Doc, ents: Entities, s: Sentence): string | null {
  const named = namedStateForce(doc, ents);
  if (named) return stateOf(named, ents);
  for (const m of mentionsWithin(ents, s.start, s.end, 'place')) {
    const p = ents.byId.get(m.id) as Place | undefined;
    if (p?.country) return p.country;
  }
  return null;
}
/**
 * The act's doer paired with the one who tells it: a named source saying that X did the act blames X ("Drones
 * launched by the RSF hit …, the state government said"); the state's own men told by the state, or by an official
 * when the text names them only by their noun ("troops killed eight militants …, ISPR said"), is the state's own
 * report. The teller is the one cited in the act's sentence, else in the account's; a crowd is not "blamed" for its
 * own demonstration by whoever reports it, and a doer the reporter names as a fact with no one cited ("a missile
 * fired by X slammed into …") is no blame.
 */
function tellerAttribution(
  r: Reading,
  evSents: Sentence[],
  attacker: string,
  stateDoer: boolean,
): Attribution | null {
  const { doc, ents, s, text, trig, at } = r;
  const lead = text.slice(0, at);
  // the state's soldiers or officers named only by their noun as the doer: "troops killed eight militants …"
  // (not in a crowd's event, whose first actor is the crowd)
  const stateNoun =
    trig.type !== 'Protests' &&
    trig.type !== 'Riots' &&
    STATE_NOUN.test(attacker) &&
    isGenericActor(attacker);
  let src = sourceOf(doc, ents, s.start, s.end);
  const doerTold = new RegExp(
    `\\b(?:fired|launched|carried out|conducted|sent|flown|planted|detonated|dropped) by (?:the )?${escapeRe(attacker)}`,
  ).test(text);
  if (doerTold && !src && !speakerOf(doc, ents, s.start, s.end)) return null;
  for (const sn of evSents) {
    if (src || family(trig.subType) === 'protest' || (isGenericActor(attacker) && !stateDoer && !stateNoun))
      break;
    src = speakerOf(doc, ents, sn.start, sn.end);
  }
  if (!src) return null;
  // the state's men told by an official are its own report; the teller is not the doer they name
  if (stateNoun) return { kind: 'claimed', text: `carried out by ${attacker} (told by ${src})` };
  // the state's own ministry, army or police telling what its soldiers or officers did reports its own act
  // (not when the doer is another country's force: "its soldier was wounded when Armenian forces fired on …")
  // a state's army or defence ministry telling what its country's forces did ("Israeli forces", told by the
  // Israel Defense Forces) reports its own act; a bare "the army" is the one state force the article names, else the
  // state of the sentence's place ("Nigerian troops killed 20 bandits in Zamfara, the army said")
  const srcCountry = STATE_SOURCE.test(src)
    ? (stateOf(src, ents) ?? (bareStateForce(src) ? bareSourceState(doc, ents, s) : null))
    : null;
  const sameState = !!srcCountry && stateOf(attacker, ents) === srcCountry;
  const foreign = attacker.match(
    /^([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:forces|troops|soldiers|army|military)$/,
  );
  const otherSide =
    !sameState &&
    !!foreign &&
    isDemonym(foreign[1]) &&
    !src.toLowerCase().includes(foreign[1].slice(0, 5).toLowerCase());
  // (an arrest or a bomb made safe is always the acting force's own act, whoever tells it)
  const stateOwn =
    (!otherSide && STATE_SOURCE.test(src) && STATE_DOER.test(lead) && !NON_STATE_DOER.test(lead)) ||
    trig.subType === 'Arrests' ||
    defusal(r);
  if (!sameActor(src, attacker) && !stateOwn && !sameState)
    return { kind: 'blamed', text: `blamed on ${attacker} by ${src}`, by: src, on: attacker };
  // a bomb made safe, told by one who did not defuse it ("an army spokesman said"): the force's own act, the teller
  // no claimant who could take the doer's place
  if (defusal(r) && !sameActor(src, attacker))
    return { kind: 'claimed', text: `carried out by ${attacker} (${madeSafeLabel(r)}, told by ${src})` };
  return { kind: 'claimed', text: `claimed by ${src} (its own report)`, by: src };
}
/**
 * Whether the trigger at `at` is the act a side's own claim in `text` tells: right after its verb ("said its men had
 * attacked the post"), or, with `clause`, anywhere in the clause the verb opens ("had fought off an assault by X
 * troops on the ridge").
 */
function claimCovers(text: string, at: number, clause = false): boolean {
  const own = text.match(OWN_CLAIM);
  if (own?.index === undefined || at < own.index) return false;
  const end = own.index + own[0].length;
  const rest = text.slice(end).search(/[,;.]/);
  return at < end + 12 || (clause && (rest < 0 || at < end + rest));
}
/** Between a headline's group and its verb, only a noun for its men: "X fighters kill", "X militiamen storm". */
const HEADLINE_GAP = new RegExp(`^\\s*(?:(?:${ACTOR_NOUN_SRC}|militiamen|members)\\s*)?$`, 'i');
/** The organisation a headline makes the subject of a violent verb ("Niger: X fighters kill 22 villagers …"). */
function headlineGroup(doc: Doc, ents: Entities): string | null {
  const head = doc.paragraphs[0];
  if (!head || head.text.length > 160 || /[.!?]["”’]?\s*$/.test(head.text)) return null;
  const verb =
    /\b(?:kill|kills|killed|attack|attacks|storm|storms|ambush|ambushes|abduct|abducts|kidnap|kidnaps|raid|raids|overrun|overruns|massacre|massacres|behead|beheads|bomb|bombs|shell|shells)\b/.exec(
      head.text,
    );
  if (!verb) return null;
  let out: string | null = null;
  for (const m of mentionsWithin(ents, head.start, head.start + verb.index, 'org')) {
    // the subject itself, not a word of place or time before it: only actor words may sit between it and the verb
    const gap = doc.text.slice(m.end, head.start + verb.index);
    if (!HEADLINE_GAP.test(gap)) continue;
    out = mentionName(ents, m);
  }
  return out && !isGenericActor(out) ? out : null;
}
/** The group whose spokesman says the group (by its noun) did the act; null when no such words. */
function spokesmanClaim(text: string): string | null {
  const m = text.match(
    /\b(?:(?:the\s+)?((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w-]+)['’]s?\s+(?:(?:chief|military|armed wing['’]s|official)\s+)?spokes(?:man|woman|person)|spokes(?:man|woman|person) (?:for|of) (?:the\s+)?((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w-]+))\b[^.;]{0,90}?\b(?:said|says|announced|stated|declared)\b[^.;]{0,60}?\b(?:that\s+)?(?:the (?:rebels|group|militants|movement|fighters|insurgents|militia)|its (?:[\w-]+ )?(?:fighters|forces|units|militants|men))\s+(?:had\s+|have\s+|has\s+)?(?:successfully\s+)?(?:targeted|attacked|struck|hit|fired|launched|carried out|bombed|shelled|stormed|ambushed)\b/,
  );
  if (!m) return null;
  return (m[1] ?? m[2]).replace(/^The\s+/, '');
}
/** One group named two ways ("Houthis" and "Yemen's Houthi rebels"): a shared name word, plural or not. */
function sameGroup(x: string, y: string): boolean {
  const words = (s: string) =>
    s
      .replace(/['’]s\b/g, '')
      .split(/[^A-Za-z-]+/)
      .filter((w) => /^[A-Z]/.test(w) && w.length > 2 && w !== 'The')
      .map((w) => w.toLowerCase().replace(/s$/, ''));
  const a = new Set(words(x));
  return words(y).some((w) => a.has(w));
}
/** Weapons named by the side that launched them: "46 Ukrainian drones", "two Iranian-made missiles" is not one. */
const WEAPON_OF_SIDE =
  /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:(?:attack|combat|strike|kamikaze|cruise|ballistic|guided|one-way|long-range)\s+)*(?:drones?|UAVs?|missiles?|rockets?|projectiles?|aircraft|jets?|warplanes?|helicopters?|shells?)\b/g;
/** The side whose weapons a sentence says were downed, by a demonym or a group's name on the weapons ("Houthi drones"). */
function weaponSide(text: string, ents: Entities): string | null {
  for (const m of text.matchAll(WEAPON_OF_SIDE)) {
    if (isDemonym(m[1])) return `${m[1]} forces`;
    const key = normKey(m[1]);
    const group = ents.orgs.find((o) => [o.name, ...o.aliases].some((n) => normKey(n).startsWith(key)));
    if (group) return group.name;
  }
  return null;
}
/** The country a sentence says launched the weapons: "drones launched by Russia", "the 81 drones Russia fired". */
const LAUNCHER =
  /\b(?:launched|fired|sent) by ([A-Z][\w'’-]+)|\b([A-Z][a-z]+) (?:had )?(?:launched|fired|sent)\b/;
function launcherOf(text: string): string | null {
  const m = LAUNCHER.exec(text);
  return m ? forcesOf(m[1] ?? m[2]) : null;
}
/**
 * Two interceptions, each side's own (ACLED: one event per side): "Ukraine's air force said it had downed 38 of 46
 * drones launched overnight. The Russian side said it had destroyed 22 Ukrainian drones over the Bryansk and Kursk
 * regions." A record that tells the downing of the weapons of the side that told the other is the other side's
 * interception. (Two sources of two countries may tell one interception: "Kurdish officials said …", "the U.S.
 * military said …".)
 */
export function interceptionsApart(a: Candidate, b: Candidate, doc: Doc, ents: Entities): boolean {
  if (a.subType !== 'Disrupted weapons use' || b.subType !== 'Disrupted weapons use') return false;
  const x = interceptionSides(doc.sentences[a.sentence]?.text ?? a.evidence, ents);
  const y = interceptionSides(doc.sentences[b.sentence]?.text ?? b.evidence, ents);
  return (!!x.by && x.by === y.of) || (!!y.by && y.by === x.of);
}
/**
 * The two sides of an interception told in a sentence: the country that reports downing the weapons (the one that
 * says so: "Ukraine's air force said it had downed …", "The Russian side said it had destroyed …") and the country
 * whose weapons they were ("22 Ukrainian drones", "drones launched by Russia"), each null when the sentence does not
 * tell it.
 */
export function interceptionSides(text: string, ents: Entities): { by: string | null; of: string | null } {
  const teller =
    /^(?:[^.;,]{0,60}?)(?=\s+(?:has |had )?(?:said|says|reported|claimed|announced|stated)\b)/.exec(
      text,
    )?.[0];
  const launcher = weaponSide(text, ents) ?? launcherOf(text);
  return {
    by: teller ? countryOfDoer(teller, ents) : null,
    of: launcher ? countryOfDoer(launcher, ents) : null,
  };
}
/**
 * A side that reports downing weapons does not claim the event: the tally is its account of the other side's
 * attack, "blamed on <the side whose weapons were downed> by <the side that reports>". A claim by the side whose
 * weapons they were (it launched them) stays a claim.
 */
function interceptionReport(
  r: Reading,
  attacker0: string | null,
  attribution0: Attribution | null,
): { attacker: string | null; attribution: Attribution | null; launcher?: string } {
  const { doc, ents, s, trig, text, site } = r;
  if (trig.subType !== 'Disrupted weapons use' || defusal(r))
    return { attacker: attacker0, attribution: attribution0 };
  if (!attribution0 || attribution0.kind === 'none') {
    // a source that tells of weapons downed whose launcher the sentence or the barrage names puts them on it
    // ("Ukraine's air force said it had shot down 41 of 58 drones launched by Russia")
    const by = speakerOf(doc, ents, s.start, s.end);
    const side = weaponSide(text, ents) ?? launcherOf(text) ?? site?.doer ?? null;
    if (!by || !side || isGenericActor(side) || sameActor(side, by))
      return { attacker: attacker0, attribution: attribution0 };
    return {
      attacker: attacker0,
      launcher: side,
      attribution: {
        kind: 'blamed',
        text: `blamed on ${side} by ${by} (its interception report)`,
        by,
        on: side,
      },
    };
  }
  if (attribution0.kind !== 'claimed' || !attribution0.by)
    return { attacker: attacker0, attribution: attribution0 };
  const by = attribution0.by;
  const launched =
    /\b(?:launch(?:ed|ing)?|fired|sent)\b/i.test(text) &&
    !/\b(?:shot down|downed|intercepted|destroyed|repelled|neutrali[sz]ed)\b/i.test(text);
  const other = (x: string | null | undefined) =>
    x && !isGenericActor(x) && x !== 'unknown' && !sameActor(x, by) ? x : null;
  const side = weaponSide(text, ents) ?? other(launcherOf(text)) ?? other(site?.doer) ?? other(attacker0);
  // the launcher's own claim ("the Houthis said they fired drones at the ship") stays a claim
  if (!side && launched) return { attacker: attacker0, attribution: attribution0 };
  if (side && sameActor(side, by)) return { attacker: attacker0, attribution: attribution0 };
  // the reporter did not launch them
  const attacker = attacker0 && sameActor(attacker0, by) ? 'unknown' : attacker0;
  if (!side) {
    // downed weapons no one is said to have launched: ascribed to no one
    return {
      attacker,
      attribution: { kind: 'none', text: `not ascribed (${by} reports downing them; no launcher named)` },
    };
  }
  // (the doer is otherwise left as read: naming the launcher here would fold the tally into that side's strike when
  // merged; the launcher becomes the doer once the records are settled)
  return {
    attacker,
    launcher: side,
    attribution: {
      kind: 'blamed',
      text: `blamed on ${side} by ${by} (its interception report)`,
      by,
      on: side,
    },
  };
}
