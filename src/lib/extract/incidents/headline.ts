/**
 * A headline pasted alone ("Gunmen kill nine police officers near Bannu checkpoint"): news headlines tell a done act
 * in the present tense, which the trigger lexicon (written for the past tense of report sentences) does not read. A
 * lone headline is read again as the past-tense sentence it stands for ("Gunmen killed nine police officers near
 * Bannu checkpoint."), its verbs of violence put in the past; a line with no such verb ("Prices rise as talks stall")
 * is left as it is.
 */
import type { Doc } from '../doc.ts';

/** The most words a headline runs to (a longer line without a stop is a sentence that lost it). */
const MAX_WORDS = 24;

/**
 * Whether the document may be one headline and nothing else: one paragraph of one line, no sentence inside it, a few
 * words long, with no closing mark but perhaps a full stop (a question or an exclamation is no report; a line with a
 * stop is a headline only if its tense says so).
 */
export function loneHeadline(doc: Doc): boolean {
  if (doc.paragraphs.length !== 1 || doc.sentences.length !== 1) return false;
  const t = doc.paragraphs[0].text.trim();
  if (!t || t.includes('\n') || /[!?;"'”’)\]]$/.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words >= 3 && words <= MAX_WORDS;
}

/** Verbs of acts a headline tells in the present tense, each with its past tense. */
const PAST: Record<string, string> = {
  abduct: 'abducted',
  ambush: 'ambushed',
  arrest: 'arrested',
  assault: 'assaulted',
  attack: 'attacked',
  behead: 'beheaded',
  besiege: 'besieged',
  bomb: 'bombed',
  bombard: 'bombarded',
  burn: 'burned',
  capture: 'captured',
  clash: 'clashed',
  detain: 'detained',
  die: 'died',
  execute: 'executed',
  explode: 'exploded',
  fire: 'fired',
  flee: 'fled',
  hit: 'hit',
  injure: 'injured',
  intercept: 'intercepted',
  kidnap: 'kidnapped',
  kill: 'killed',
  leave: 'left',
  loot: 'looted',
  lynch: 'lynched',
  march: 'marched',
  massacre: 'massacred',
  murder: 'murdered',
  occupy: 'occupied',
  overrun: 'overran',
  pound: 'pounded',
  protest: 'protested',
  raid: 'raided',
  rally: 'rallied',
  ram: 'rammed',
  recapture: 'recaptured',
  repel: 'repelled',
  retake: 'retook',
  seize: 'seized',
  shell: 'shelled',
  shoot: 'shot',
  slay: 'slew',
  stab: 'stabbed',
  storm: 'stormed',
  strike: 'struck',
  target: 'targeted',
  torch: 'torched',
  wound: 'wounded',
};
/** Past participles that differ from the past tense. */
const PARTICIPLE: Record<string, string> = { slay: 'slain', retake: 'retaken', strike: 'struck' };
/** The third-person form of a base form: "kills", "clashes", "rallies". */
const third = (b: string) =>
  /(?:s|sh|ch|x|z)$/.test(b) ? `${b}es` : /[^aeiou]y$/.test(b) ? `${b.slice(0, -1)}ies` : `${b}s`;
const BASE = new Map<string, string>(Object.keys(PAST).map((b) => [b, b]));
const THIRD = new Map<string, string>(Object.keys(PAST).map((b) => [third(b), b]));

/** Words after which a verb form is a noun or the head of a noun phrase ("the attack", "air strike on", "a deadly raid"). */
const NOT_SUBJECT =
  /^(?:drops?|launch(?:es)?|sends?|uses?|deploys?|hurls?|lobs?|throws?|plants?|detonates?|carr(?:y|ies)|fl(?:y|ies)|aerial|guided|cluster|barrel|heavy|a|an|the|this|that|these|those|its|their|his|her|our|of|on|in|at|to|for|by|from|with|after|before|over|and|or|new|fresh|deadly|latest|fatal|major|massive|suspected|alleged|air|drone|missile|rocket|suicide|car|bomb|mortar|artillery|gun|knife|militant|terror|terrorist|insurgent|rebel|border|cross-border|retaliatory|overnight|twin|double|triple|first|second|third|another|more|further|renewed)$/i;
/** A verb in the past tense, a participle or an auxiliary: "killed", "struck", "was", "has". */
const TOLD =
  /^(?:[a-z]{2,}ed|struck|shot|left|fled|slew|slain|retook|retaken|overran|took|was|were|had|has|have|is|are|been|will|would|said)$/;
/** Words in -ed that are adjectives of a noun, not verbs: "armed men", "suspected militants". */
const ADJECTIVE_ED =
  /^(?:armed|masked|suspected|alleged|unidentified|unnamed|hooded|red|hundred|guided|coordinated|improvised|wanted|banned|outlawed|self-styled|so-called|detained|injured|wounded|displaced|united|based)$/;
/**
 * Plural subjects that take the base form: words in -s ("Gunmen" and "police" aside: "militants", "strikes") and the
 * plurals that do not end in it.
 */
const PLURAL = /(?:[^s]s|men|police|people|troops|forces|militia|youths?|children|crowds?|mobs?)$/i;
/** Words that open a new clause of a headline, with a subject of its own or the same subject left out. */
const CLAUSE = /^(?:,|;|:|as|after|while|and|but|amid|before|then)$/i;

/**
 * The past-tense sentence a headline stands for, or null when it tells no act of violence in the present tense. The
 * verb of a clause is the first verb form after its subject: a base form after a plural ("Gunmen kill", "Israeli
 * strikes kill"), a form in -s after a singular ("Drone strike hits", "Russia strikes Kyiv") that no base form follows
 * ("strikes kill": the first is the subject), or either right after a clause break with the subject left out ("…,
 * kills 30").
 */
export function pastTenseHeadline(line: string): string | null {
  const parts = line
    .trim()
    .replace(/\.$/, '')
    .split(/(\s+|(?=[,;:])|(?<=[,;:]))/);
  const tokens = parts.filter((p) => p && !/^\s+$/.test(p));
  // (a line closed by a stop with a verb in the past tense or an auxiliary is a sentence, not a headline)
  if (/\.\s*$/.test(line) && tokens.slice(1).some((t) => TOLD.test(t) && !ADJECTIVE_ED.test(t))) return null;
  const out = [...tokens];
  let changed = false;
  let clauseHasVerb = false;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k];
    if (CLAUSE.test(w)) {
      clauseHasVerb = false;
      continue;
    }
    if (clauseHasVerb) continue;
    const lower = w.toLowerCase();
    const base = BASE.get(lower);
    const thirdOf = THIRD.get(lower);
    if (!base && !thirdOf) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1]?.toLowerCase() ?? '';
    // (a headline opens with its subject, not its verb: "Clashes erupt", "Attack on convoy leaves …")
    const afterBreak = k > 0 && CLAUSE.test(prev ?? '') && (prev === ',' || prev === ';');
    if (k === 0 || (!afterBreak && NOT_SUBJECT.test(prev))) continue;
    // (a form followed by a verb form is the subject: "strikes kill", "attacks hit", "strikes killed")
    if (BASE.has(next) || THIRD.has(next) || (TOLD.test(next) && !ADJECTIVE_ED.test(next))) continue;
    const verb = afterBreak || (base ? PLURAL.test(prev) : !PLURAL.test(prev) || /ss$/i.test(prev));
    if (!verb) continue;
    const past = PAST[base ?? thirdOf ?? ''];
    out[k] = /^\p{Lu}/u.test(w) ? past[0].toUpperCase() + past.slice(1) : past;
    changed = true;
    clauseHasVerb = true;
  }
  if (!changed) return passiveHeadline(tokens);
  return `${out.join(' ').replace(/ ([,;:])/g, '$1')}.`;
}

/** Participles that tell harm done to people: a headline's passive with its auxiliary left out. */
const HARMED = new Set(
  [
    'kill',
    'wound',
    'injure',
    'abduct',
    'kidnap',
    'shoot',
    'stab',
    'behead',
    'lynch',
    'execute',
    'massacre',
    'slay',
  ]
    .map((b) => PARTICIPLE[b] ?? PAST[b])
    .concat('gunned'),
);
/**
 * What follows a headline's passive participle: a place, a time, a cause or the end ("killed in", "shot dead",
 * "gunned down").
 */
const AFTER_PASSIVE =
  /^(?:in|near|at|on|as|after|during|by|when|while|outside|inside|across|along|and|dead|down|,|;|:|overnight|today|yesterday)$/i;
/**
 * A headline's passive with its auxiliary left out ("Nine police officers killed near Bannu checkpoint", "Two
 * journalists shot dead in Culiacán", "Teacher gunned down in Karachi"): the participle of harm after its subject takes the auxiliary back.
 */
function passiveHeadline(tokens: string[]): string | null {
  for (let k = 1; k < tokens.length; k++) {
    if (!HARMED.has(tokens[k].toLowerCase())) continue;
    const prev = tokens[k - 1];
    // (a participle with an object after it is a verb in the past tense: "Gunmen killed nine officers")
    const after = tokens[k + 1];
    if (after !== undefined && !AFTER_PASSIVE.test(after)) return null;
    if (
      CLAUSE.test(prev) ||
      NOT_SUBJECT.test(prev) ||
      /^(?:was|were|been|being|be|is|are|has|have|had)$/i.test(prev)
    )
      return null;
    const out = [...tokens];
    out[k] = `${PLURAL.test(prev) ? 'were' : 'was'} ${tokens[k].toLowerCase()}`;
    return `${out.join(' ').replace(/ ([,;:])/g, '$1')}.`;
  }
  return null;
}
