/**
 * Why a violent thing happened, read from the whole story. Incidents follow ACLED, which codes political violence,
 * demonstrations and strategic developments, not accidents and not ordinary crime: a fireworks factory that blew up,
 * a helicopter lost on a training flight, a cable cut with sabotage ruled out, a bottle shop held up by two robbers.
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

/** An accidental cause, or a hostile one ruled out. */
const ACCIDENT =
  /\b(?:(?<!\b(?:no|not an?|wasn't an?|was not an?|never an?)\s)accident(?:s|al|ally)?|(?:ruled?|ruling) out (?:any |an? )?(?:sabotage|foul play|terror\w*|(?:deliberate |hostile |militant |terror )?(?:attack|act|action|activity)|criminal (?:intent|activity))|no (?:signs?|suspicion|evidence|indications?) (?:of|that) (?:sabotage|foul play|hostile|enemy|terror\w*|an attack|a deliberate)|not (?:being )?(?:treated|considered|regarded) as (?:terror\w*|suspicious|an attack|a crime|deliberate)|gas (?:leak|cylinder)s?|short[- ]circuit|electrical fault|(?:mechanical|technical) (?:failure|fault|malfunction|problem)s?|engine (?:failure|trouble)|malfunction\w*|(?:during|on) a (?:routine |night )?training (?:flight|sortie|mission)|negligence|safety (?:violations|lapses|breaches|regulations))\b/gi;

/** A robbery, a burglary or a theft. */
const PROPERTY_CRIME =
  /\b(?:robber(?:y|ies|s)?|robbed|hold-?ups?|heists?|burglar(?:y|ies|s)?|break-?ins?|stole|stolen|theft|thie(?:f|ves)|carjack\w*|ram-?raid\w*)\b/gi;

/** The text names a political actor, not counting one it rules out ("police ruled out a terror attack"). */
export const namesPoliticalActor = (text: string): boolean =>
  POLITICAL_ACTOR.test(text.replace(ACCIDENT, ' '));

/** The headline and the first paragraphs: where a story says what kind of story it is. */
function leadText(doc: Doc): string {
  return doc.paragraphs
    .slice(0, 3)
    .map((p) => p.text)
    .join('\n');
}

const cache = new WeakMap<Doc, boolean>();
/**
 * A story of an accident (at least two accidental causes or hostile ones ruled out) or of a property crime (at least
 * three mentions) whose lead names no political actor (an armed group, a crowd, a community in conflict) and no weapon of war.
 */
export function nonPoliticalStory(doc: Doc): boolean {
  const known = cache.get(doc);
  if (known !== undefined) return known;
  const text = doc.text.slice(0, 20_000);
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const lead = leadText(doc);
  const out =
    (count(ACCIDENT) >= 2 || count(PROPERTY_CRIME) >= 3) &&
    !namesPoliticalActor(lead) &&
    !WAR_WEAPON.test(lead);
  cache.set(doc, out);
  return out;
}
