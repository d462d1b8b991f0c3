/**
 * Why a violent thing happened, read from the whole story. Incidents follow ACLED, which codes political violence,
 * demonstrations and strategic developments, not accidents and not ordinary crime: a fireworks factory that blew up,
 * a helicopter lost on a training flight, a cable cut with sabotage ruled out, a bottle shop held up by two robbers,
 * a hunter shot by his companion, a man stabbed in a row outside a nightclub.
 * Such a story names no political actor and no weapon of war in its lead; in it, a sentence tells of an incident only
 * when it names a political actor itself.
 */
import type { Doc } from '../doc.ts';

/** Who makes violence political: armed groups, crowds, communities in conflict. */
const POLITICAL_ACTOR =
  /\b(?:militants?|insurgen\w+|rebels?|jihad\w*|armed groups?|militi\w+|bandits|guerrillas?|paramilitar\w+|separatists?|cartels?|extremists?|terrorists?|protest\w*|demonstrat\w+|rioters?|riots?|mobs?|clash(?:es|ed)|communal|sectarian|ethnic|clans?|tribes(?:men)?|herders)\b/i;
/** Weapons of war ("aerial shells" and "rockets" of fireworks are not among them). */
const WAR_WEAPON =
  /\b(?:air ?strikes?|airstrikes?|drones?|missiles?|rocket (?:fire|attacks?|strikes?)|shelling|shelled|artillery|mortars?|bombs?|(?:car|roadside|suicide) bomb\w*|bombings?|bombers?|explosives?|IEDs?|explosive devices?|grenades?)\b/i;

/** A hostile cause: sabotage, foul play, terrorism, an attack, a crime, arson. */
const HOSTILE_SRC =
  '(?:sabotage|foul play|terror\\w*|(?:deliberate |hostile |militant |terror |criminal )?(?:attack|act|action|activity)|criminal (?:intent|activity|involvement)|(?:a )?crime|deliberate|hostile|enemy|arson|suspicious circumstances)';
/**
 * A hostile cause ruled out: "ruled out sabotage", "no sign of foul play", "no evidence of any criminal act",
 * "nothing to suggest a deliberate act", "not being treated as suspicious", "not thought to be suspicious". One such
 * word settles the cause as an accident's.
 */
const RULED_OUT = new RegExp(
  String.raw`\b(?:(?:ruled?|ruling) out (?:any |an? )?${HOSTILE_SRC}|no (?:signs?|suspicion|evidence|indications?|suggestion) (?:of|that) (?:any |an? )?${HOSTILE_SRC}|nothing (?:suspicious|to suggest (?:any |an? )?${HOSTILE_SRC})|not (?:being )?(?:treated|considered|regarded|thought|believed|deemed) (?:to (?:be|have been) |as )?(?:an? )?(?:${HOSTILE_SRC}|suspicious))\b`,
  'gi',
);
/**
 * An accidental cause ("a gas leak", "an electrical fault", "negligence"), or a cause still sought with no hostile
 * one named ("the cause of the blast is under investigation", "the cause was being looked into").
 */
const ACCIDENTAL =
  /\b(?:(?<!\b(?:no|not an?|wasn't an?|was not an?|never an?)\s)accident(?:s|al|ally)?|gas (?:leak|cylinder)s?|short[- ]circuit|electrical fault|(?:mechanical|technical) (?:failure|fault|malfunction|problem)s?|engine (?:failure|trouble)|malfunction\w*|(?:during|on) a (?:routine |night )?training (?:flight|sortie|mission)|negligence|manslaughter|mist(?:ook|aken|akenly) (?:\w+ ){0,3}for|(?:during|on) an? (?:\w+ )?(?:hunt|hunting trip)(?!\s+for\b)|safety (?:violations|lapses|breaches|regulations)|(?:the )?cause (?:of the (?:blast|explosion|fire|blaze|collapse) )?(?:is|was|remains|remained) (?:still )?(?:being (?:investigated|looked into|examined|established)|under investigation|(?:not yet |not )?(?:known|clear)|unknown|unclear))\b/gi;
/** Both: the words of an accident. */
const ACCIDENT = new RegExp(`${RULED_OUT.source}|${ACCIDENTAL.source}`, 'gi');

/**
 * An ordinary crime: a robbery, a burglary or a theft, or a quarrel between people who knew each other, a fight
 * outside a bar, a murder inquiry.
 */
const ORDINARY_CRIME =
  /\b(?:robber(?:y|ies|s)?|robbed|hold-?ups?|heists?|burglar(?:y|ies|s)?|break-?ins?|stole|stolen|theft|thie(?:f|ves)|carjack\w*|ram-?raid\w*|(?:a|the) (?:row|argument|quarrel|brawl|fight|scuffle) (?:over|between|outside|inside|with|at)|knew each other|domestic (?:dispute|row|violence|abuse|incident)|(?:on )?suspicion of (?:murder|manslaughter|wounding|assault)|murder (?:inquiry|investigation|probe)|nightclubs?|pubs?)\b/gi;

/** A text with the words of an accident blanked out: a hostile cause ruled out names no hostile doer. */
export const withoutAccidentWords = (text: string): string => text.replace(ACCIDENT, ' ');

/** The text names a political actor, not counting one it rules out ("police ruled out a terror attack"). */
export const namesPoliticalActor = (text: string): boolean =>
  POLITICAL_ACTOR.test(withoutAccidentWords(text));

/** A weapon of war named to say what something was like: "like a bomb", "as if a missile had hit". */
const SIMILE = new RegExp(
  String.raw`\b(?:like|as if|as though)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?${WAR_WEAPON.source}`,
  'gi',
);

/** The headline and the first paragraphs: where a story says what kind of story it is. */
function leadText(doc: Doc): string {
  return doc.paragraphs
    .slice(0, 3)
    .map((p) => p.text)
    .join('\n');
}

const cache = new WeakMap<Doc, boolean>();
/**
 * A story of an accident (two accidental causes, or a hostile one ruled out) or of an ordinary crime (at least
 * three mentions) whose lead names no political actor (an armed group, a crowd, a community in conflict) and no weapon of war.
 */
export function nonPoliticalStory(doc: Doc): boolean {
  const known = cache.get(doc);
  if (known !== undefined) return known;
  const text = doc.text.slice(0, 20_000);
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  // (a weapon named in a simile, "it went off like a grenade", "sounded like a bomb", is no weapon of the story)
  const lead = leadText(doc).replace(SIMILE, ' ');
  const out =
    (count(ACCIDENTAL) + 2 * count(RULED_OUT) >= 2 || count(ORDINARY_CRIME) >= 3) &&
    !namesPoliticalActor(lead) &&
    !WAR_WEAPON.test(lead);
  cache.set(doc, out);
  return out;
}
