/**
 * Who was on each side of a record's act, read once from all the sentences that tell it: who was harmed (a state's
 * armed men, armed men of a group, or people of no arms) and whether the doers were armed. The ACLED kind of a ground
 * attack follows from it: armed men who harm only armed men of the other side fight a battle, not an attack on
 * civilians.
 */
import type { Doc } from '../doc.ts';
import { ARMED_DOER_RE, CIVILIAN_NOUNS, FORCES } from './kinds.ts';
import type { Candidate } from './types.ts';

/** A count or a determiner before the harmed: "two", "at least 14", "an", "the". */
const HOW_MANY =
  '(?:(?:at least|more than|some|about|nearly|up to|around|another|a further)\\s+)?(?:\\d[\\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|several|many|the|his|their)';
/** A state's armed man or men, as the harmed: "soldiers", "a police officer", "two guardsmen", "a border guard". */
const STATE_MEN = `(?:${FORCES}|soldier|police ?(?:officer|man|woman|constable)s?|policem[ae]n|gendarmes?|guardsm[ae]n|border guards?|servicem[ae]n|service members?|constables?|troopers?|sentr(?:y|ies)|personnel)`;
/** Armed men of a group, as the harmed: "three militants", "a rebel fighter". */
const GROUP_MEN =
  '(?:fighters?|militants?|insurgents?|rebels?|jihadists?|gunm[ae]n|militiam[ae]n|militia members?|bandits?|attackers?|assailants?|combatants?|terrorists?)';
/** People of no arms, as the harmed: "villagers", "a farmer", "two children", "people". */
const PEOPLE = `(?:${CIVILIAN_NOUNS}|civilians?|people|persons|m[ae]n|wom[ae]n|boys?|girls?|child|farmer|villager|trader|driver|teacher|student|passer-?by|resident|worker|shepherd|herder|fisherman|journalist)`;
/** Harm done, as a verb after its object or before it. */
const HARMED_PASSIVE =
  '(?:was|were|had been|have been|has been)\\s+(?:also\\s+|later\\s+|seriously\\s+|critically\\s+|slightly\\s+|lightly\\s+)?(?:killed|shot dead|wounded|injured|hurt|shot)';
const HARM_VERB = '(?:killing|killed|wounding|wounded|injuring|injured|shot dead|shooting dead)';
const harmedRe = (who: string) =>
  new RegExp(
    `\\b${HOW_MANY}\\s+(?:[\\w'’-]+\\s+){0,2}?${who}\\b[^.;,]{0,40}?\\b${HARMED_PASSIVE}\\b|\\b${HARM_VERB}\\s+${HOW_MANY}\\s+(?:[\\w'’-]+\\s+){0,2}?${who}\\b`,
    'i',
  );
const HARMED_STATE = harmedRe(STATE_MEN);
const HARMED_GROUP = harmedRe(GROUP_MEN);
const HARMED_PEOPLE = harmedRe(PEOPLE);
/** A state's armed men counted, taken out before people of no arms are looked for. */
const STATE_MEN_COUNTED = new RegExp(`\\b${HOW_MANY}\\s+(?:[\\w'’-]+\\s+){0,2}?${STATE_MEN}\\b`, 'gi');
/** A state's forces as the doers: "Azerbaijani forces", "troops", "the army". */
const STATE_DOER = new RegExp(`\\b(?:${FORCES}|forces)\\b`, 'i');

export interface Sides {
  /** the harmed told: a state's armed men, armed men of a group, people of no arms */
  harmed: { state: boolean; group: boolean; people: boolean };
  /** armed doers are told: armed men of a group or a state's forces */
  armedDoer: boolean;
}

/** The sides of a record's act, from the sentences that tell it (the part read, in a sentence of two events). */
export function readSides(f: Candidate, doc: Doc): Sides {
  const texts = f.sents.map((k) =>
    k === f.sentence && f.part ? doc.text.slice(f.part[0], f.part[1]) : (doc.sentences[k]?.text ?? ''),
  );
  const all = texts.join(' ');
  // (a state's men counted are no people of no arms: "two soldiers and a police officer were wounded")
  const people = all.replace(STATE_MEN_COUNTED, ' ');
  return {
    harmed: {
      state: HARMED_STATE.test(all),
      group: HARMED_GROUP.test(all),
      people: HARMED_PEOPLE.test(people),
    },
    armedDoer:
      ARMED_DOER_RE.test(f.attacker ?? '') ||
      STATE_DOER.test(f.attacker ?? '') ||
      ARMED_DOER_RE.test(all) ||
      STATE_DOER.test(all),
  };
}

/**
 * The kind of a ground attack from its sides: armed doers whose act harmed only armed men (a state's or a group's) and
 * no people of no arms fought a battle (ACLED: armed clash), whatever word told the act ("an Armenian soldier was
 * injured when Azerbaijani forces started firing on a position near the hamlet"). Null when the sides leave the kind
 * as it is.
 */
export function kindOfSides(f: Candidate, doc: Doc): { type: string; subType: string } | null {
  if (f.type !== 'Violence against civilians' || f.subType !== 'Attack') return null;
  const s = readSides(f, doc);
  if (!s.armedDoer || s.harmed.people || !(s.harmed.state || s.harmed.group)) return null;
  return { type: 'Battles', subType: 'Armed clash' };
}
