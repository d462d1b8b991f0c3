/**
 * Remote violence as war reporting tells it: barrages of drones and missiles, what air defences brought down, and
 * each place the rest hit. ACLED codes one event per place and day, so a barrage becomes one "Disrupted weapons
 * use" record for the interceptions (one per place they are told over) plus one strike record per town, district
 * or facility that was hit.
 *
 * Sub-types follow the ACLED definitions (notes: extraction-research.md §1.2):
 * - drones that strike, and bombs dropped from aircraft, including glide bombs and guided aerial bombs (KABs), are
 *   "Air/drone strike": the munition is delivered from the air;
 * - missiles, rockets (Grad, MLRS, HIMARS), artillery, mortars, cluster munitions fired from the ground or sea are
 *   "Shelling/artillery/missile attack";
 * - a drone or missile shot down, intercepted, jammed or destroyed in flight is "Disrupted weapons use"
 *   (Strategic developments); debris of a downed drone that falls on a place belongs to the interception there.
 */
import type { Doc, Sentence } from '../doc.ts';
import type { Entities, Place } from '../entities.ts';
import { loadGazetteer, normKey } from '../gazetteer.ts';
import { CAME_SRC, OWN_DAY } from './common.ts';
import { demonstration, protestSites } from './protests.ts';
import type { Trigger } from './types.ts';

const EXP = 'Explosions/Remote violence';
export const AIR = 'Air/drone strike';
export const SHELL = 'Shelling/artillery/missile attack';
export const DISRUPTED = 'Disrupted weapons use';

/**
 * A pattern tried only on text that holds a word every match needs. A pattern that opens with lookbehinds (which V8
 * tries at every position of the text before anything can fail) costs nothing this way on the many sentences without
 * that word; on the others it matches exactly as the plain pattern does. (A copy made from its source is the plain
 * pattern: slower, same matches.)
 */
class GatedRegExp extends RegExp {
  readonly gate: RegExp | undefined;
  constructor(pattern: string | RegExp, flags?: string, gate?: RegExp) {
    super(pattern, flags);
    this.gate = gate;
  }
  override exec(text: string): RegExpExecArray | null {
    if (this.gate && !this.gate.test(text)) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    return super.exec(text);
  }
}
/** `new RegExp(source, flags)`, tried only on text that `gate` matches (the gate must hold for every match). */
export function gated(gate: RegExp, source: string, flags: string): RegExp {
  return new GatedRegExp(source, flags, gate);
}

/** Words for a munition fired from the ground or the sea. */
const GROUND_WEAPON =
  '(?<!(?:tear[- ]?gas|smoke|stun|flare|illumination|sound|signal) )(?:missiles?|rockets?|shells?|artillery|mortars?|mortar rounds?|howitzers?|cluster munitions?|Grads?|MLRS|HIMARS|Katyushas?|Iskanders?|Kalibrs?|ATACMS|Storm Shadows?|projectiles?)';
/** Words for a drone or a bomb dropped from the air. */
const AIR_WEAPON =
  '(?:drones?|UAVs?|quadcopters?|unmanned aerial vehicles?|Shaheds?|Gerans?|loitering munitions?|glide bombs?|guided (?:aerial )?bombs?|aerial bombs?|KABs?|barrel bombs?)';
const ANY_WEAPON = `(?:${GROUND_WEAPON}|${AIR_WEAPON})`;

/** Who strikes from afar: a nation, its forces, or the kind of strike ("Israeli", "U.S.", "retaliatory"). */
const MILITARY_STRIKER =
  "\\b(?:Israeli|Israel's|Russian|Russia's|Ukrainian|Ukraine's|U\\.S\\.|American|British|French|Turkish|Pakistani|Iranian|Iran's|Saudi(?:-led)?|coalition|Emirati|Egyptian|Syrian|Iraqi|Jordanian|Nigerian|Sudanese|Somali|Ethiopian|Indian|Chinese|Lebanese|Yemeni|Houthi|Hezbollah|army|military|junta|IDF|NATO|allied|enemy|air|drone|retaliatory|precision|deadly|overnight|targeted|pre-dawn|predawn)";
/** Words that make a strike a walkout: "teachers' strike", "a general strike". */
const LABOUR_WORD =
  "(?:general|hunger|labou?r|national|nationwide|rail|transport|teachers'?|workers'?|unions?'?|lucky|sit-down|wildcat|warning|first|pre-emptive|nurses'?|doctors'?|staff|employees'?|bowling)";
/** Nothing before the strike that makes it a walkout: "went on strike", "workers at the port … strike". */
const LABOUR_BEFORE = `(?<!\\b${LABOUR_WORD}\\s+)(?<!\\b(?:went|go|goes|going|are|were|is|was|be|been|remain|remained|stay|stayed|came out|called|call|calls|calling|threaten\\w*|vot\\w+ for|join\\w*) (?:on |an? |the )?(?:[\\w-]+\\s+)?)(?<!\\b(?:workers|unions?|teachers|staff|employees|doctors|nurses|drivers|miners|dockers|pilots|strikers|members|students|pitchers?|batters?|bowlers?)\\b[^.;]{0,60})`;
/** Nothing after it that makes it a walkout or an idiom: "strike action", "strike a deal", "by nurses". */
const LABOUR_AFTER =
  '(?!\\s+(?:action|pay|ballot|fund|committee|leaders?|notice|zone|out|three|a (?:deal|balance|chord|pose|note|blow))\\b)(?![^.;]{0,40}\\bby (?:[\\w-]+\\s+)?(?:workers|unions?|teachers|staff|employees|doctors|nurses|drivers|miners|dockers|pilots)\\b)';
/** Who struck or what the strike did, then the strike itself: the words a bare strike is told in. */
const STRIKE_TOLD = `(?:${MILITARY_STRIKER}\\s+(?:(?!${LABOUR_WORD}\\s)[\\w-]+\\s+)?|\\b(?:carried out|conducted|launched)\\s+(?:an?|the|two|three|several|\\d+)\\s+(?:[\\w-]+\\s+)?|(?<!\\bon\\s)(?=strikes?["”]?\\s+(?:on|in|against)\\s+[^.;]{0,120}\\b(?:killing|killed|kills|wounding|wounded|injuring|injured|hitting|hit|destroying|destroyed|damaging|damaged)\\b))strikes?\\b`;

/**
 * "Israeli strikes killed 12 people in Gaza", "a U.S. strike in Syria killed a militant leader": the bare "strike"
 * of war reporting, told by who struck or what it hit and killed (never a strike by workers); a missile, rocket or
 * artillery word in its sentence makes it shelling (retype, with strikeSubType).
 */
export const BARE_STRIKE: Trigger = {
  // (the words are looked for ahead first: the lookbehinds of LABOUR_BEFORE, tried at every position, are then
  // tried only where a strike is told)
  re: gated(/strikes?\b/i, `(?=${STRIKE_TOLD})${LABOUR_BEFORE}${STRIKE_TOLD}${LABOUR_AFTER}`, 'i'),
  type: EXP,
  subType: AIR,
  weapon: 'air/drone',
  strength: 0.62,
};

/**
 * Drones told as one subject with missiles, rockets or shells named first ("missiles and drones hit the plant"): the
 * ground weapon makes the sub-type, as it does for a bare strike (`strikeSubType`).
 */
export const GROUND_WEAPON_AND = new RegExp(
  `\\b${GROUND_WEAPON}(?:,|\\s+and|\\s+as well as)\\s+(?:[\\w-]+\\s+){0,4}$`,
  'i',
);
/** A missile, rocket or artillery word. */
const GROUND_WEAPON_WORD = new RegExp(`\\b${GROUND_WEAPON}(?![\\w-])`, 'i');
/** The sub-type of a bare strike: shelling when a missile, rocket or artillery word is in its context, else air. */
export function strikeSubType(context: string): string {
  return GROUND_WEAPON_WORD.test(context) ? SHELL : AIR;
}

/**
 * "Houthi rebels attacked two ships in the Red Sea": an attack on a ship at sea with no weapon named is fired from
 * afar (missiles, drones or boats; ACLED's usual coding is a missile attack unless a weapon told with it says
 * otherwise: a drone, a drone boat or a sea drone makes it a drone strike, retype).
 */
export const SHIP_ATTACK: Trigger = {
  re: /\b(?:attacked|struck|hit|targeted)\s+(?:a |an |the |two |three |four |\d+ )?(?:[\w-]+\s+){0,3}(?:ships?|vessels?|tankers?|freighters?|bulk carriers?|container ships?)\b/i,
  type: EXP,
  subType: SHELL,
  weapon: 'artillery/rocket',
  strength: 0.5,
};

/** Triggers the general lexicon lacks: verbs and nominalisations of war reporting. */
export const REMOTE_TRIGGERS: Trigger[] = [
  {
    // "destroyed 30 drones over the Kyiv region", "neutralised 25 Ukrainian drones", "48 of the drones were downed"
    re: new RegExp(
      `\\b(?:destroyed|neutrali[sz]ed|repelled|repulsed|brought down|knocked out|suppressed)\\s+(?:all\\s+|some\\s+|most\\s+)?(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+-[a-z]+|dozens|several|a number)\\s+(?:of (?:the|them|these)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${ANY_WEAPON})(?=[^.]{0,80}\\b(?:over|in the air|in flight|above|air defen[cs]es?|air force)\\b|[^.]*\\bair defen)|\\b(?:destroyed|neutrali[sz]ed|shot down|downed)\\s+an?\\s+(?:[\\w-]+\\s+){0,2}?(?:${ANY_WEAPON})\\s+(?:in (?:flight|mid-?air)|in the air)\\b|\\b(?:\\d[\\d,]*|all|most|[a-z]+) of (?:the|them|these)\\s+(?:[\\w-]+\\s+){0,2}?(?:${ANY_WEAPON}\\s+)?(?:were|had been|was)\\s+(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed|jammed|suppressed)|\\b(?:air defen[cs]es?|anti-aircraft (?:units|fire|systems?)|interceptors?)\\s+(?:\\w+\\s+){0,2}(?:shot down|downed|brought down|intercepted|destroyed|repelled|engaged|neutrali[sz]ed)\\b|\\b(?:${ANY_WEAPON})\\s+(?:\\w+\\s+){0,3}(?:were|was)\\s+(?:\\w+\\s+)?(?:destroyed|neutrali[sz]ed|jammed|suppressed|lost to electronic warfare)\\s+(?:over|above|in the air|in flight|by air defen)|\\b(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+-[a-z]+|dozens)\\s+(?:more\\s+|other\\s+|enemy\\s+)?(?:[\\w-]+\\s+){0,1}?(?:drones?|UAVs?|unmanned aerial vehicles?|Shaheds?|missiles?|rockets?)\\s+(?:were|had been|have been)\\s+(?:destroyed|neutrali[sz]ed|jammed|suppressed)\\b(?![^.]{0,40}\\b(?:on the ground|at (?:an? |the )?(?:[\\w-]+\\s+)?(?:airfield|air ?base|base|depot|warehouse|factory|plant|storage)|in (?:an? |the )?(?:[\\w-]+\\s+)?(?:strike|attack|raid|fire|blaze))\\b)|\\binterceptions?\\b|\\bdebris (?:from|of) (?:an? |the )?(?:intercepted|downed|destroyed)\\b|\\b(?:most|the (?:vast |overwhelming |great )?majority|all but (?:one|two|three|four|five|a few|a handful|\\d+)|nearly all|almost all)\\b["”']?\\s+(?:of (?:them|these|those)\\s+)?(?:were|had been)\\s+(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed|jammed)\\b`,
      'i',
    ),
    type: 'Strategic developments',
    subType: DISRUPTED,
    weapon: 'drone',
    strength: 0.7,
  },
  {
    // air-dropped munitions: glide bombs and guided aerial bombs are air strikes in ACLED's coding
    // (a drone's strike or attack, not the kind of drone named by it: "Russia's Shahed attack drones" is a weapon)
    re: /\b(?:glide bombs?|guided (?:aerial )?bombs?|aerial bombs?|KABs?|FAB-\d+|barrel bombs?)\b|\b(?:struck|hit|attacked|targeted|bombed|pounded)\s+(?:[^.]{0,60}?)\bwith (?:an? |two |three |several |\d+ )?(?:[\w-]+\s+){0,2}(?:drones?|UAVs?|Shaheds?|loitering munitions?)\b|\b(?:hit|struck|targeted|attacked) by (?:what (?:[\w'’-]+\s+){1,8}?(?:described|called|identified|said was) (?:as )?["“]?)?(?:an? |two |three |several |\d+ )?(?:[\w-]+\s+){0,3}(?:drones?|UAVs?|Shaheds?|loitering munitions?|warplanes?|(?<!\b(?:water|cannon|hose|spray) )jets?|aircraft)\b|\b(?:drones?|UAVs?|Shaheds?|loitering munitions?) (?:also |then |later |reportedly |again )?(?:(?:strikes?|attacks?)(?![\s-]+(?:drones?|UAVs?|aircraft|helicopters?|versions?|variants?|models?|fleets?|capabilit(?:y|ies))\b)|hit|struck|slammed|crashed|exploded|smashed|damaged|targeted|dropped)\b|\b(?:kamikaze|attack|FPV|Shahed|Geran) drones?\b(?=[^.]{0,80}\b(?:hit|struck|killed|killing|wounded|wounding|injured|injuring|damaged|damaging|targeted|attacked|exploded)\b)/i,
    type: EXP,
    subType: AIR,
    weapon: 'air/drone',
    strength: 0.7,
  },
  {
    // ground-launched munitions: shelled, pounded, bombarded, came under rocket fire, a strike with artillery
    re: new RegExp(
      `\\b(?:shelled|pounded|bombarded|bombardment|rocket(?:ed)? (?:strikes?|salvos?|volleys?)|missile (?:strikes?|barrage|salvos?)|artillery (?:strikes?|shelling|bombardment|salvos?)|mortar (?:strikes?|barrage)|came under (?:heavy |intense |sustained )?(?:rocket|artillery|mortar|missile|tank) fire|under (?:heavy |intense )?(?:artillery|rocket|mortar) (?:fire|bombardment)|(?:struck|hit|attacked|targeted|pounded)\\s+(?:[^.]{0,60}?)\\bwith (?:an? |two |three |several |\\d+ )?(?:[\\w-]+\\s+){0,2}${GROUND_WEAPON}|(?:ballistic|cruise|hypersonic|anti-ship|surface-to-surface|guided) missiles?\\b(?=[^.]{0,80}\\b(?:hit|struck|killed|killing|wounded|wounding|injured|injuring|damaged|damaging|slammed|landed|exploded)\\b)|${GROUND_WEAPON} (?:also |then |later |reportedly |again )?(?:hit|struck|slammed|crashed|landed|fell|exploded|rained|pounded|damaged|smashed|tore)\\b|(?:fired|launched|lobbed) (?:[^.]{0,40}?)${GROUND_WEAPON} (?:at|on|into|towards?|across)\\b)\\b`,
      'i',
    ),
    type: EXP,
    subType: SHELL,
    weapon: 'artillery/rocket',
    strength: 0.7,
  },
  SHIP_ATTACK,
  {
    // "Russian forces struck Odesa overnight, killing three": a strike by a force with no weapon named, with
    // casualties or damage, is fired from afar (aircraft, jets and drones as the doer are air strikes, above)
    re: /\b(?:forces|army|military|navy)\s+(?:also\s+|again\s+|overnight\s+)?(?:struck|hit)\b(?=[^.]{0,120}\b(?:killing|killed|wounding|wounded|injuring|injured|damaging|damaged|destroying|destroyed)\b)/i,
    type: EXP,
    subType: SHELL,
    weapon: 'artillery/rocket',
    strength: 0.65,
  },
  {
    // "Myanmar's military bombed the village": a military, junta or air force that bombs a place does so from the
    // air (artillery or mortars named with it make it shelling, above)
    re: /\b(?:forces|army|military|junta|regime|air force|warplanes?|jets?|aircraft|helicopters?)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|again\s+|overnight\s+|reportedly\s+|repeatedly\s+)?bombed\b(?![^.]{0,80}\b(?:artillery|mortars?|shells|howitzers?|tanks?)\b)/i,
    type: EXP,
    subType: AIR,
    weapon: 'air/drone',
    strength: 0.66,
  },
  {
    // "the army said its air force had struck a group of fighters …, neutralising about 20"
    re: /\b(?:air force|warplanes|jets|aircraft|helicopters|helicopter gunships?)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|again\s+|overnight\s+)?(?:struck|hit|bombed|targeted)\b(?=[^.]{0,120}\b(?:killing|killed|wounding|wounded|injuring|injured|damaging|damaged|destroying|destroyed|neutrali[sz]ing|neutrali[sz]ed)\b)/i,
    type: EXP,
    subType: AIR,
    weapon: 'air/drone',
    strength: 0.65,
  },
  BARE_STRIKE,
];

/** The sub-type a text's own weapon words give: air-delivered or ground-launched, whichever comes first. */
export function weaponSubType(text: string): string | null {
  const air = text.search(new RegExp(`\\b${AIR_WEAPON}`, 'i'));
  const ground = text.search(new RegExp(`\\b${GROUND_WEAPON}(?![\\w-])`, 'i'));
  if (air < 0 && ground < 0) return null;
  if (air < 0) return SHELL;
  if (ground < 0) return AIR;
  return air < ground ? AIR : SHELL;
}

/**
 * A barrage told as a launch: "Russia launched 63 drones and four missiles overnight", "attacked Ukraine with 90
 * drones", "a combined drone and missile attack". The launch is context, not a record of its own: the records are
 * what was downed and where the rest hit.
 */
const BARRAGE = new RegExp(
  `\\b(?:launched|fired|sent|used|attacked (?:[^.]{0,40}?)with|targeted (?:[^.]{0,40}?)with)\\s+(?:a total of\\s+|at least\\s+|more than\\s+|over\\s+|some\\s+|about\\s+|nearly\\s+|a (?:record|barrage of|wave of|swarm of)\\s+)?(?:\\d[\\d,]*|[a-z]+|dozens of|hundreds of)?\\s*(?:[\\w-]+\\s+){0,2}?${ANY_WEAPON}|\\b(?:combined|massive|large-scale|overnight|mass) (?:[\\w-]+ ){0,2}(?:attack|strike|barrage|assault)s?\\b|\\b(?:drone|missile) (?:and (?:drone|missile) )?(?:attack|strike|barrage)s?\\b`,
  'i',
);
/**
 * Figures of a war over a period, not an event: "thousands of drones this year", "since the invasion", a rate of use
 * or of output ("200,000 shells a year", not "killing 3 people a week after …"), drones or missiles counted in the
 * thousands ("downed 3,702 of the drones": a month's tally, no night's barrage).
 */
export const REMOTE_STATS =
  /\b(?:(?:tens of |hundreds of )?thousands of|so far|this (?:year|month)|since the (?:start|beginning|invasion|full-scale)|since (?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b|in total|on average|in recent (?:weeks|months|years)|per (?:day|night|week|month|year|annum)|annually|\d[\d,.]*(?: (?:million|thousand))? (?:[\w-]+ ){1,3}?(?:a|an|each) (?:day|night|week|month|year)\b(?! (?:after|before|earlier|later|ago)\b)|a (?:daily|nightly|weekly) (?:basis|occurrence)|(?:every|each) (?:day|night)|\b\d{1,3},\d{3} (?:of (?:the|its|their) )?(?:[\w-]+ ){0,2}?(?:drones|missiles)\b)/i;
/** A place hit, told without a weapon: "an apartment block in Kharkiv was hit", "a strike on a school in Sumy". */
const HIT =
  /\b(?:was|were|had been|has been|have been)\s+(?:also\s+|directly\s+)?(?:hit|struck|damaged|destroyed|targeted|attacked|set on fire|set ablaze)\b|\b(?:hit|struck|damaged|destroyed|targeted)\s+(?:an? |the |two |three |several |\d+ )?(?:[\w-]+\s+){0,3}(?:apartment|residential|building|house|home|block|infrastructure|facility|facilities|port|warehouse|school|hospital|substation|power|energy|plant|depot|railway|station|bridge|village|town|city|district|neighbou?rhood|market|church|mosque|car|bus|enterprise|site)s?\b|\b(?:a|an|the|another)\s+(?:[\w-]+\s+)?(?:strike|attack|hit)s?\s+(?:on|in|against)\s|\bdebris\b[^.]{0,40}\b(?:fell|hit|damaged|sparked|caused|injur\w+|struck)\b/i;
/** A verb saying a place was hit. */
const HIT_VERB =
  /\b(?:hit|struck|damaged|destroyed|targeted|attacked|shelled|pounded|bombarded|set on fire|ablaze|came under|was struck|were struck)\b/i;
/** A denial of damage or a statement about plans and patterns: no place was hit. */
const NO_HIT =
  /\b(?:no|nothing|none of)\b[^.,;]{0,30}\b(?:was|were) (?:hit|struck|damaged|destroyed)\b|\b(?:would|could|might|may|will|threaten\w*|plans?|aim\w*|tries|trying|try|attempt\w*)\b[^.,;]{0,30}\b(?:hit|strike|target)\b|\b(?:every|each) (?:day|night)\b|\bdaily\b|\bnightly\b/i;

/** Where the barrage came from ("fired from Yemen", "launched from the Kursk region") is not where it hit. */
const ORIGIN_BEFORE = /\b(?:from|toward|towards|into|via|across)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$/i;
/** A place that only locates another one: "Bilopillia in Sumy district", "near Pokrovsk", "20 km from X". */
/** Another place in a list with the one before: "Kyiv, Sumy and Chernihiv", "in Kharkiv and in the town of Izium". */
const LIST_BETWEEN =
  /^(?:\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|or|as well as)\s+)(?:(?:in|on|over|at)\s+)?(?:the\s+)?(?:(?:town|city|village|district|region|province|community|oblast|county|settlement|port) of\s+)?$/i;
/** A place hit in a clause of its own: "…, and port infrastructure in Izmail was damaged". */
const OWN_CLAUSE = /(?:[,;]\s*(?:and|while|but|whereas)?|\s(?:while|whereas)\s)[^,;]*$/i;
const ACTOR_AFTER =
  /^(?:'s\s+(?:army|forces|military|troops|air force|navy|air defen[cs]es?|defen[cs]e ministry|ministry)|\s+(?:forces|troops|military|army|soldiers|air force|officials|authorities|governor)\b)/i;

/** A place that was hit or over which weapons were downed, with the part of the sentence that tells of it. */
export interface Site {
  trigger: Trigger;
  /** trigger position in the sentence text */
  at: number;
  len: number;
  /** the place this record is for, or null to find it as usual */
  place: Place | null;
  /** absolute span of the sentence that tells of this place (casualties), or null for the whole sentence */
  seg: [number, number] | null;
  /** the side that launched the barrage, when the sentence names no doer */
  doer: string | null;
  /** the sentence that told the barrage this sentence belongs to (its day and target) */
  ctxSent: number | null;
  /** a place hit told without a weapon of its own ("an apartment block in Kharkiv was hit") */
  hit: boolean;
  /** the part of the sentence (seg) is a clause of its own, whose subject is the doer ("…, while troops killed …") */
  ownClause?: boolean;
  /** the part of the sentence (seg) tells its event's own days: the days of the rest are another event's */
  ownDays?: boolean;
}

interface Context {
  /** per sentence: the weapon sub-type of a barrage told in it or shortly before it (same or previous paragraph) */
  weapon: (string | null)[];
  doer: (string | null)[];
  sent: (number | null)[];
}
let ctx: Context = { weapon: [], doer: [], sent: [] };

/** The side that launched a barrage: "Russia launched …" → "Russian forces"; "Houthi rebels fired …". */
function barrageDoer(text: string, at: number): string | null {
  const head = text.slice(0, at);
  // "Hezbollah said it had fired …": the one who says "it"
  const said = head.match(
    /((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+(?:said|says|claimed|announced|confirmed)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?$/,
  );
  if (said) {
    const who = said[1].replace(/^(?:The|Hours later|Later|Meanwhile)\s+/, '').trim();
    return forcesOf(who) ?? who;
  }
  const m = head.match(
    /((?:[A-Z][\w'’.-]*\s+){0,3}(?:[A-Z][\w'’.-]*|forces|troops|military|army|rebels|militants|fighters|militias?))\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:overnight\s+)?$/,
  );
  if (!m) return null;
  const name = m[1].replace(/^(?:The|On|Overnight|Late|Early)\s+/, '').trim();
  if (!/[A-Z]/.test(name) || /^(?:It|They|He|She|We)$/.test(name)) return null;
  return forcesOf(name) ?? name;
}
/** A country named as a doer stands for its forces: "Russia" → "Russian forces". */
export function forcesOf(name: string): string | null {
  const gaz = loadGazetteer();
  for (const e of gaz.phrases.get(normKey(name)) ?? []) {
    if (e.kind === 'country') {
      const c = gaz.countries.get((e as { code?: string; country?: string }).country ?? '');
      // the adjective ("Ethiopian"), not the plural noun ("Ethiopians")
      const dem = c?.demonyms.find((d) => !/s$/.test(d)) ?? c?.demonyms[0];
      if (dem) return `${dem} forces`;
    }
  }
  return null;
}

/** Reads the barrages of a document once, so that later sentences know what hit the places they name. */
/**
 * Words of a story about fires set on purpose: arson attacks, sabotage, an accelerant found (not arson among the
 * charges of a riot: "charged with rioting, arson and attempt to murder").
 */
const ARSON_STORY =
  /\b(?:arson(?:ists?| attacks?| waves?| campaigns?| sprees?| attempts?)|arsonists?|sabot(?:age|aged|eurs?)|accelerants?|firebomb\w*)\b/i;
let arsonDoc = false;
/** Whether the document being read tells of arson or sabotage (set by prepareRemote). */
export const arsonStory = (): boolean => arsonDoc;
/**
 * An explosion its headline or lead tells as an accident: a gas tank, a cylinder or a boiler that exploded, a blast at
 * a factory, a ship-breaking yard or a fireworks unit ("Three workers killed as gas tank explodes at ship-breaking
 * yard"). Its "blast" is no bomb.
 */
const ACCIDENT_STORY =
  /\b(?:gas (?:tanks?|cylinders?|leaks?)|boilers?|(?:chemical|fireworks?|firecracker) (?:plants?|factor(?:y|ies)|units?|warehouses?)|ship-?breaking|industrial accident)\b[^.]{0,80}\bexplo\w+|\bexplo\w+\b[^.]{0,80}\b(?:gas (?:tanks?|cylinders?|leaks?)|boilers?|(?:chemical|fireworks?|firecracker) (?:plants?|factor(?:y|ies)|units?)|ship-?breaking yard)\b/i;
let accidentDoc = false;
/** Whether the document being read tells of an explosion by accident (set by prepareRemote). */
export const accidentStory = (): boolean => accidentDoc;

export function prepareRemote(doc: Doc): void {
  arsonDoc = ARSON_STORY.test(doc.text);
  accidentDoc = ACCIDENT_STORY.test(
    doc.paragraphs
      .slice(0, 4)
      .map((p) => p.text)
      .join('\n'),
  );
  const weapon: (string | null)[] = [];
  const doer: (string | null)[] = [];
  const sent: (number | null)[] = [];
  type Barrage = { w: string; d: string | null; para: number; sent: number };
  let last = null as Barrage | null;
  for (const s of doc.sentences) {
    const text = s.text.length > 3000 ? '' : s.text;
    const m = BARRAGE.exec(text);
    if (m && !NO_HIT.test(text) && !REMOTE_STATS.test(text)) {
      const w = weaponSubType(text) ?? last?.w ?? null;
      if (w) last = { w, d: barrageDoer(text, m.index) ?? last?.d ?? null, para: s.para, sent: s.index };
    }
    // a barrage's account runs over a few paragraphs (until one tells of another day: "two days after …")
    if (
      last &&
      /\b(?:days?|weeks?|months?) (?:after|before|earlier|later)\b|\b(?:last|previous) (?:week|month)\b/i.test(
        text,
      ) &&
      last.sent !== s.index
    )
      last = null;
    const live = last && s.para - last.para <= 3 && s.index - last.sent <= 12;
    weapon.push(live && last ? last.w : null);
    doer.push(live && last ? last.d : null);
    sent.push(live && last ? last.sent : null);
  }
  ctx = { weapon, doer, sent };
}

function placeAt(ents: Entities, id: string): Place | null {
  const e = ents.byId.get(id);
  return e && 'kind' in e && 'lat' in e ? (e as Place) : null;
}

/** The mentions that start in [a, b), found by binary search when the list is in text order (linear time). */
function mentionsIn(ents: Entities, a: number, b: number): Entities['mentions'] {
  const list = ents.mentions;
  if (sortedFor !== list) {
    sorted = list.every((m, k) => k === 0 || list[k - 1].start <= m.start);
    sortedFor = list;
  }
  if (!sorted) return list.filter((m) => m.start >= a && m.start < b);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < a) lo = mid + 1;
    else hi = mid;
  }
  const out: Entities['mentions'] = [];
  for (let k = lo; k < list.length && list[k].start < b; k++) out.push(list[k]);
  return out;
}
let sortedFor: Entities['mentions'] | null = null;
let sorted = false;

/** Territory changing hands. */
const TAKEOVER = new Set(['Non-state actor overtakes territory', 'Government regains territory']);
/** The fighting a capture came after: "have taken control of X after three days of fighting with Y". */
const FIGHTING_BEFORE: Trigger = {
  re: /\b(?:after|following)\s+(?:[\w'’-]+\s+){0,4}?(?:fighting|clashes|battles?|firefights?|gun ?battles?)\b(?!\s+(?:ended|stopped|ceased|subsided|died down))/i,
  type: 'Battles',
  subType: 'Armed clash',
  strength: 0.6,
};

/** Per document: how many of the sentences before each one tell of an armed clash (computed once, on first need). */
const clashCounts = new WeakMap<Doc, Int32Array>();

/** The first sentence index whose paragraph is at least `para` (sentences are in paragraph order). */
function firstSentenceOf(doc: Doc, para: number): number {
  let lo = 0;
  let hi = doc.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid].para < para) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether a sentence other than `s`, from the paragraph before its own to the third after, tells of an armed clash.
 * Each sentence is read once per document, so a long paragraph of captures costs time in proportion to its length.
 */
function clashNear(doc: Doc, s: Sentence, best: BestTrigger): boolean {
  let counts = clashCounts.get(doc);
  if (!counts) {
    const c = new Int32Array(doc.sentences.length + 1);
    doc.sentences.forEach((t, k) => {
      const clash = t.text.length <= 3000 && best(t.text)?.trig.subType === 'Armed clash';
      c[k + 1] = c[k] + (clash ? 1 : 0);
    });
    clashCounts.set(doc, c);
    counts = c;
  }
  const lo = firstSentenceOf(doc, s.para - 1);
  const hi = firstSentenceOf(doc, s.para + 4);
  const own = counts[s.index + 1] - counts[s.index];
  return counts[hi] - counts[lo] - own > 0;
}

/**
 * A capture told with the fighting before it in one sentence ("fighters have taken control of X after three days of
 * fighting with Y"): two events, the fight and the capture, each a site with its own trigger and its own part of the
 * sentence. Null when the sentence tells no capture after fighting.
 */
function takeoverSites(
  doc: Doc,
  s: Sentence,
  best: BestTrigger,
  own: NonNullable<ReturnType<BestTrigger>>,
): Site[] | null {
  const text = s.text;
  let take = TAKEOVER.has(own.trig.subType) ? own : null;
  if (!take) {
    // the strongest other trigger, with the first one's words blanked out
    const rest = `${text.slice(0, own.at)}${' '.repeat(own.len)}${text.slice(own.at + own.len)}`;
    const other = best(rest);
    if (other && TAKEOVER.has(other.trig.subType)) take = other;
  }
  if (!take) return null;
  const after = text.slice(take.at + take.len);
  const f = FIGHTING_BEFORE.re.exec(after);
  if (!f) return null;
  // the fight is an event of its own only when the text tells it in its own right nearby ("the fighting began on
  // Monday, when … attacked … positions"); a fight named only as what came before the capture is its backstory
  if (!clashNear(doc, s, best)) return null;
  const fAt = take.at + take.len + f.index;
  const site = (t: Trigger, at: number, len: number, a: number, b: number): Site => ({
    trigger: t,
    at,
    len,
    place: null,
    seg: [s.start + a, s.start + b],
    doer: null,
    ctxSent: null,
    hit: false,
  });
  // (the capture first: the account of the fighting told next is the fight's)
  return [
    site(take.trig, take.at, take.len, 0, fAt),
    site(FIGHTING_BEFORE, fAt, f[0].length, fAt, text.length),
  ];
}

/** The cities named in [a, b), in order (not a dateline's, not one that only says who acts: "Kyiv's forces"). */
function citiesIn(
  doc: Doc,
  ents: Entities,
  a: number,
  b: number,
  inDateline: (at: number) => boolean,
): Place[] {
  const out: Place[] = [];
  for (const m of mentionsIn(ents, a, b)) {
    if (m.kind !== 'place' || m.end > b || inDateline(m.start)) continue;
    const p = placeAt(ents, m.id);
    if (p?.kind !== 'city' || ACTOR_AFTER.test(doc.text.slice(m.end, Math.min(b, m.end + 30)))) continue;
    out.push(p);
  }
  return out;
}

/** The distinct places a sentence says were hit (or over which weapons were downed), in order. */
function sitesIn(doc: Doc, ents: Entities, s: Sentence, inDateline: (at: number) => boolean) {
  const out: { place: Place; start: number; end: number; ownClause: boolean }[] = [];
  for (const m of mentionsIn(ents, s.start, s.end)) {
    if (m.kind !== 'place' || m.end > s.end || inDateline(m.start)) continue;
    const p = placeAt(ents, m.id);
    if (!p || p.kind === 'country' || p.kind === 'region' || p.kind === 'sea') continue;
    const before = doc.text.slice(Math.max(s.start, m.start - 50), m.start);
    const after = doc.text.slice(m.end, Math.min(s.end, m.end + 30));
    if (ORIGIN_BEFORE.test(before) || ACTOR_AFTER.test(after)) continue;
    if (/\b(?:said|says|told|according to)\s+(?:the\s+)?[\w\s]{0,30}$/i.test(before)) continue;
    const prev = out[out.length - 1];
    if (prev) {
      if (prev.place.id === p.id) continue;
      const between = doc.text.slice(prev.end, m.start);
      // a list of places hit: "Kyiv, Sumy and Chernihiv" (not "between X and Y", not "Kharkiv, Kharkiv region")
      const listed =
        LIST_BETWEEN.test(between) &&
        !/\bbetween\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$/i.test(
          doc.text.slice(Math.max(s.start, prev.start - 30), prev.start),
        ) &&
        !(/^\s*,\s*$/.test(between) && p.kind === 'province' && prev.place.kind !== 'province') &&
        // (nor "Izmail, on the Danube": the river a town lies on)
        !(/^\s*,\s*on\s+the\s+$/i.test(between) && p.kind === 'other');
      // a clause of its own that says the place was hit: "…, and port infrastructure in Izmail was damaged"
      const clause =
        OWN_CLAUSE.test(between) &&
        HIT_VERB.test(
          doc.text.slice(m.end, Math.min(s.end, m.end + 60)).split(/[,;]/)[0] + OWN_CLAUSE.exec(between)?.[0],
        );
      // anything else only locates the place before it: "Bilopillia in Sumy district", "20 km east of Wegel Tena"
      if (!listed && !clause) continue;
    }
    if (out.some((o) => o.place.id === p.id)) continue;
    out.push({ place: p, start: m.start, end: m.end, ownClause: !!prev });
  }
  return out;
}

/** The trigger a sentence's own words give, from the general lexicon and the remote one, strongest first. */
export type BestTrigger = (text: string) => { trig: Trigger; at: number; len: number } | null;

/**
 * Interceptions, or places hit told without a weapon, in the sentences after a barrage (same or next paragraph).
 * (A strike told with its own doer and weapon, "In response, Israeli artillery shelled …", is another event.)
 */
function laterAccount(doc: Doc, s: Sentence, best: BestTrigger): boolean {
  for (let k = s.index + 1; k < Math.min(doc.sentences.length, s.index + 9); k++) {
    const t = doc.sentences[k];
    if (t.para - s.para > 1 || t.text.length > 3000) break;
    const b = best(t.text);
    if (b && b.trig.subType === DISRUPTED) return true;
    if (!b && HIT.test(t.text) && !NO_HIT.test(t.text)) return true;
  }
  return false;
}

/**
 * The records a sentence of remote violence makes: one per place it names as hit (or downed over), or one for a
 * place hit told without a weapon after a barrage. Null when the sentence is read as usual.
 */
/** An event named again as the subject: "The shelling came two days after …", "The attack followed …". */
const BACK_SUBJECT = /^\W*(?:the|this|that|its|their|(?:the|this|that) latest)\s+(?:[\w-]+\s+){0,2}$/i;
/** What follows such a subject and dates it by an earlier event: "came two days after", "followed weeks of". */
const CAME_AFTER = new RegExp(
  String.raw`^\s+${CAME_SRC}\s+(?:[\w-]+\s+){0,4}?(?:after|since|amid|on the heels of)\s+`,
  'i',
);
/**
 * The strongest trigger of a sentence, except that an event named again as its subject and dated by another one
 * ("The shelling came two days after heavy fighting near …") tells of that other one, the sentence's news.
 */
export function laterEvent(text: string, best: BestTrigger): ReturnType<BestTrigger> {
  const own = best(text);
  if (!own || !BACK_SUBJECT.test(text.slice(0, own.at))) return own;
  const m = CAME_AFTER.exec(text.slice(own.at + own.len));
  if (!m) return own;
  const from = own.at + own.len + m[0].length;
  const other = best(text.slice(from));
  return other ? { ...other, at: from + other.at } : own;
}

/** A fight's own words, as a matched trigger tells them: two sides fighting, or one side's men killed by the other. */
const FIGHT_WORDS =
  /\b(?:clash\w*|firefights?|gun ?battles?|skirmish\w*|fire|fighting|battles?|fought|engaged|encounter|killed|neutrali[sz]ed|shot dead|eliminated|repel(?:led|ling)|repuls(?:ed|ing)|fended off|beat back|held off)\b/i;
/** A day told in a clause: a weekday, a date, "overnight", "the next day", "hours later". */
const DAY_WORDS = new RegExp(
  String.raw`${OWN_DAY.source}|\b(?:the (?:next|following|previous) (?:day|morning|evening|night)|(?:hours|days|a day) (?:later|earlier)|later that day|today|tonight)\b`,
  'i',
);
/** The day something was said, told after the events: "officials said on Monday", "the ministry told reporters late Sunday". */
const SAID_DAY = new RegExp(
  String.raw`\b(?:said|says|told (?:[\w-]+ ){0,2}?|announced|reported|stated|added|confirmed)\s*(?:late |early )?(?:on |in a statement on )?(?:${OWN_DAY.source})`,
  'gi',
);
/** A clause of its own between two triggers: a comma or a semicolon, "while", "whereas", "in which". */
const CLAUSE_BETWEEN = /[,;]|\b(?:while|whereas|in which|during which)\b/i;

/** The one site of a sentence told with no place of its own: its trigger over the whole sentence. */
function wholeSentence(own: { trig: Trigger; at: number; len: number }): Site {
  return {
    trigger: own.trig,
    at: own.at,
    len: own.len,
    place: null,
    seg: null,
    doer: null,
    ctxSent: null,
    hit: false,
  };
}
/**
 * A fight told in a clause of its own after another kind of event in one sentence ("three villagers were wounded when
 * shells landed on the hamlet, the governor said, after troops of the two states exchanged fire along the frontier";
 * "a bomb hit a police truck, while troops killed six militants in a raid nearby"): the fight is an event of its own
 * (ACLED codes each). The sites of the sentence are cut at the clause break: the first event keeps the part before
 * it, the fight the rest.
 */
function withFightClause(
  s: Sentence,
  best: BestTrigger,
  own: ReturnType<BestTrigger>,
  sites: Site[] | null,
): Site[] | null {
  if (!own || own.trig.type === 'Battles' || own.trig.type === 'Protests' || own.trig.type === 'Riots')
    return sites;
  const text = s.text;
  const from = own.at + own.len;
  const tail = text.slice(from);
  if (!FIGHT_WORDS.test(tail)) return withFightBefore(s, best, own, sites);
  const other = best(tail);
  if (other?.trig.type !== 'Battles' || other.trig.subType !== 'Armed clash')
    return withFightBefore(s, best, own, sites);
  const words = tail.slice(other.at, other.at + other.len);
  if (!FIGHT_WORDS.test(words)) return sites;
  const between = tail.slice(0, other.at);
  const brk = between.search(CLAUSE_BETWEEN);
  if (brk < 0) return sites;
  const cut = s.start + from + brk;
  // (a day of the fight's own after another day in the sentence, "on Monday, while … the next day", is not yet read
  // by clause: the fight would take the first event's day, so it is left to the sentences that tell it again)
  // (the day the fight was told of, "officials said on Monday", is no day of its own)
  if (
    DAY_WORDS.test(text.slice(0, from + brk)) &&
    DAY_WORDS.test(text.slice(from + brk).replace(SAID_DAY, ' '))
  )
    return sites;
  const first: Site[] = (sites ?? [wholeSentence(own)])
    .filter((x) => !x.place || x.seg === null || x.seg[0] < cut)
    .map((x) => ({ ...x, seg: [x.seg ? x.seg[0] : s.start, Math.min(x.seg ? x.seg[1] : s.end, cut)] }));
  return [
    ...first,
    {
      trigger: other.trig,
      at: from + other.at,
      len: other.len,
      place: null,
      seg: [cut, s.end],
      doer: null,
      ctxSent: null,
      hit: false,
      ownClause: true,
    },
  ];
}

/**
 * A fight told in a clause of its own before another kind of event in one sentence ("jihadists killed five soldiers in
 * an attack on an army post, the ministry said, adding that air strikes had killed twenty of them as they withdrew"):
 * the fight is an event of its own, as when it is told after. The fight keeps the part before the last clause break
 * ahead of the other event's words, that event the rest.
 */
function withFightBefore(
  s: Sentence,
  best: BestTrigger,
  own: NonNullable<ReturnType<BestTrigger>>,
  sites: Site[] | null,
): Site[] | null {
  const text = s.text;
  const head = text.slice(0, own.at);
  if (!FIGHT_WORDS.test(head)) return sites;
  const fightIn = (part: string) => {
    const fight = FIGHT_WORDS.test(part) ? best(part) : null;
    return fight?.trig.type === 'Battles' &&
      fight.trig.subType === 'Armed clash' &&
      FIGHT_WORDS.test(part.slice(fight.at, fight.at + fight.len))
      ? fight
      : null;
  };
  const brks = [...head.matchAll(new RegExp(CLAUSE_BETWEEN.source, 'gi'))].map((m) => m.index).reverse();
  // the fight told before the other event's trigger, cut at the last clause break after it; else (the other event's
  // words may start before its trigger, "while Russian glide bombs killed") the part before the last clause break
  // that tells one
  let other = fightIn(head);
  let cutAt = other ? (brks.find((b) => other && b >= other.at + other.len) ?? -1) : -1;
  if (cutAt < 0) {
    other = null;
    for (const b of brks) {
      other = fightIn(head.slice(0, b));
      cutAt = b;
      if (other) break;
    }
  }
  if (!other) return sites;
  const cut = s.start + cutAt;
  if (DAY_WORDS.test(text.slice(0, cutAt)) && DAY_WORDS.test(text.slice(cutAt).replace(SAID_DAY, ' ')))
    return sites;
  const rest: Site[] = (sites ?? [wholeSentence(own)])
    .filter((x) => !x.place || x.seg === null || x.seg[1] > cut)
    .map((x) => ({ ...x, seg: [Math.max(x.seg ? x.seg[0] : s.start, cut), x.seg ? x.seg[1] : s.end] }));
  return [
    {
      trigger: other.trig,
      at: other.at,
      len: other.len,
      place: null,
      seg: [s.start, cut],
      doer: null,
      ctxSent: null,
      hit: false,
      ownClause: true,
    },
    ...rest,
  ];
}

export function remoteSites(
  doc: Doc,
  ents: Entities,
  s: Sentence,
  best: BestTrigger,
  inDateline: (at: number) => boolean,
): Site[] | null {
  const own = laterEvent(s.text, best);
  const remote =
    own && (own.trig.subType === AIR || own.trig.subType === SHELL || own.trig.subType === DISRUPTED);
  const hitThenDowned = remote ? strikeThenInterception(s, best) : null;
  if (hitThenDowned) return hitThenDowned;
  const sites = ownSites(doc, ents, s, best, inDateline, own);
  if (!sites && own) {
    const two = subjectRelative(s, best, own) ?? dayClauses(s, best) ?? arrestAfterAct(s, best);
    if (two) return two;
  }
  return withCrowdClause(s, best, own, withFightClause(s, best, own, sites));
}

/** The two events of a sentence cut at `cut` (absolute): the first keeps the part before it, the second the rest. */
function twoSites(
  s: Sentence,
  first: NonNullable<ReturnType<BestTrigger>>,
  second: NonNullable<ReturnType<BestTrigger>>,
  cut: number,
  ownClause: boolean,
): Site[] {
  return [
    { ...wholeSentence(first), seg: [s.start, cut] },
    { ...wholeSentence(second), seg: [cut, s.end], ownClause },
  ];
}

/** The others of a weapon told before: "two others", "the other three", "one more". */
const OTHERS =
  /\b(?:(?:an|one|two|three|four|five|six|\d+|several|the)\s+(?:others|more)|the\s+(?:other|remaining)\s+(?:one|two|three|four|five|six|\d+)|the (?:others|rest))\b/i;
/** The weapon a strike's clause names, whose others a later clause may tell of. */
const STRUCK_WEAPON = /\b(drones?|missiles?|rockets?|UAVs?|projectiles?)\b/i;
/**
 * A strike from afar and the interception of more of its weapons, told in two clauses of one sentence ("A drone laden
 * with explosives crashed into a storage hangar …, while two other drones were brought down before they reached the
 * city"; "a missile hit a depot, and two others were shot down"): two events, the strike and the disrupted weapons use
 * (ACLED codes both), each with its part of the sentence. (The interception told first, then the hit, is read in
 * ownSites.) Null when no clause before the interception tells a strike of its own.
 */
function strikeThenInterception(s: Sentence, best: BestTrigger): Site[] | null {
  const text = s.text;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const rest = m.index + m[0].length;
    const head = best(text.slice(0, m.index));
    if (!head || (head.trig.subType !== AIR && head.trig.subType !== SHELL) || head.trig.strength < 0.5)
      continue;
    // ("two others were brought down": the weapon of the strike's clause, named again)
    const weapon = STRUCK_WEAPON.exec(text.slice(head.at, m.index))?.[1];
    const part = text.slice(rest);
    const own = best(part);
    const plural = weapon && /s$/i.test(weapon) ? weapon : `${weapon}s`;
    const named = weapon && OTHERS.test(part) ? part.replace(OTHERS, (o) => `${o} ${plural}`) : null;
    const tail = own?.trig.subType === DISRUPTED ? own : named ? best(named) : null;
    if (tail?.trig.subType !== DISRUPTED) continue;
    // (an offset in the text with the weapon named again lies at most a word further on)
    const at = Math.min(tail.at, part.length - 1);
    return twoSites(
      s,
      head,
      { ...tail, at: rest + at, len: Math.min(tail.len, part.length - at) },
      s.start + m.index,
      true,
    );
  }
  return null;
}

/** A subject followed by a relative word: "Gunmen who", "The armed men that". */
const SUBJECT_RELATIVE = /^\W*(?:[\p{L}\p{N}'’-]+\s+){1,5}?,?\s*(?=(?:who|that|which)\s)/iu;
/** The time of an act well before the news, closing a relative clause: "in March", "in 2024", "last year". */
const PAST_TIME =
  /\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)(?:,?\s+(?:19|20)\d\d)?\b|\b(?:last|the previous) (?:month|year|summer|spring|autumn|winter|fall)\b|\b(?:earlier this|late last|early last) (?:month|year)\b|\b(?:a|one|two|three|four|five|six|several|a few|\d+) (?:months?|years?) (?:ago|earlier|before)\b/i;
/** The main verb right after a relative clause: no preposition, conjunction or article goes on with the clause. */
const MAIN_VERB_NEXT =
  /^,?\s+(?!(?:in|on|at|near|and|or|but|the|a|an|of|for|with|from|to|by|when|while|as|after|before|during|since|who|which|that|where|and|its|their|his|her)\b)[a-z]+\b/;
/**
 * A subject told with a relative clause that holds an earlier act at a time of its own, before the sentence's own act:
 * "Gunmen who killed 12 villagers in Maru in March struck again on Tuesday, killing seven farmers", "Bandits who
 * abducted 40 people from the village last year attacked it again on Saturday". The act of the relative clause is a
 * past one told in passing; the main verb's is the news. Each is an event of its own, the first dated by its clause.
 */
function subjectRelative(
  s: Sentence,
  best: BestTrigger,
  own: NonNullable<ReturnType<BestTrigger>>,
): Site[] | null {
  const text = s.text;
  const subj = SUBJECT_RELATIVE.exec(text);
  // (the act told is the relative clause's: its words end after the relative word)
  if (!subj || own.at + own.len <= subj[0].length) return null;
  const time = PAST_TIME.exec(text.slice(own.at + own.len));
  if (!time) return null;
  const timeEnd = own.at + own.len + time.index + time[0].length;
  // (the relative clause ends with its time: the subject's own verb follows, with a day of its own)
  const rel = text.slice(subj[0].length, timeEnd);
  if (/[;:]|\b(?:said|says|told)\b/i.test(rel)) return null;
  if (!MAIN_VERB_NEXT.test(text.slice(timeEnd))) return null;
  if (!DAY_WORDS.test(text.slice(timeEnd).replace(SAID_DAY, ' '))) return null;
  const subject = text.slice(0, subj[0].length);
  const main = best(subject + text.slice(timeEnd));
  if (!main || main.trig.strength < 0.5) return null;
  const at = main.at < subject.length ? timeEnd : timeEnd + main.at - subject.length;
  const len = Math.max(1, main.at + main.len - Math.max(main.at, subject.length));
  return twoSites(s, own, { ...main, at, len }, s.start + timeEnd, false);
}

/** A break between two clauses of their own: ", and", ", while", ", as", "; ". */
const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas|as)\s+|;\s+/gi;
const DAY_WORDS_ALL = new RegExp(DAY_WORDS.source, 'gi');
/**
 * Two events told in two clauses, each with a day of its own: "Troops repelled an attack on a base in Monguno on
 * Saturday, and militants ambushed a convoy near Damboa on Sunday". Each is an event of its own, on its own day (the
 * day something was said, "officials said on Monday", is no day of an event).
 */
function dayClauses(s: Sentence, best: BestTrigger): Site[] | null {
  const text = s.text;
  const plain = text.replace(SAID_DAY, (m) => ' '.repeat(m.length));
  // (two days told, at least: a cheap test before any clause is read)
  const days = [...plain.matchAll(DAY_WORDS_ALL)];
  if (days.length < 2 || new Set(days.map((d) => d[0].toLowerCase())).size < 2) return null;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const brk = m.index;
    const rest = brk + m[0].length;
    const first = days.filter((d) => d.index < brk);
    const second = days.filter((d) => d.index >= rest);
    if (!first.length || !second.length) continue;
    if (second.some((d) => first.some((e) => e[0].toLowerCase() === d[0].toLowerCase()))) continue;
    const head = best(text.slice(0, brk));
    const tail = best(text.slice(rest));
    if (!head || !tail || head.trig.strength < 0.5 || tail.trig.strength < 0.5) continue;
    return twoSites(s, head, { ...tail, at: rest + tail.at }, s.start + brk, true);
  }
  return null;
}

/** The act an arrest followed, told after it: "…, police said, after gunmen attacked …", "following an ambush". */
const AFTER_ACT = /,?\s+\b(?:after|following)\s+/gi;
/** The kinds of act an arrest may follow and that are events of their own: armed violence, not a crowd's. */
const VIOLENT_TYPES = new Set(['Battles', 'Violence against civilians', 'Explosions/Remote violence']);
/**
 * An arrest and the armed act it followed, told in one sentence on days of their own ("Three men were detained in Kano
 * on Monday, police said, after gunmen attacked a bank on Sunday"): two events (ACLED codes the attack and the
 * arrests), each with its part of the sentence, cut where the act's clause opens. The act's part must name a day of
 * its own, another than the arrest's: an act with no day ("arrested after a shootout") may be the arrest's own
 * encounter, and is left to be read as one event.
 */
function arrestAfterAct(s: Sentence, best: BestTrigger): Site[] | null {
  const text = s.text;
  for (const m of text.matchAll(AFTER_ACT)) {
    const rest = m.index + m[0].length;
    const head = best(text.slice(0, m.index));
    if (head?.trig.subType !== 'Arrests') continue;
    const tail = best(text.slice(rest));
    if (!tail || !VIOLENT_TYPES.has(tail.trig.type) || tail.trig.strength < 0.5) continue;
    const day = (part: string) => DAY_WORDS.exec(part.replace(SAID_DAY, ' '))?.[0].toLowerCase() ?? null;
    const actDay = day(text.slice(rest));
    if (!actDay || actDay === day(text.slice(0, m.index))) return null;
    return twoSites(s, head, { ...tail, at: rest + tail.at }, s.start + m.index, true);
  }
  return null;
}

/** A killing told as before the crowd's act, right before it: "a day after", "two days after", "hours after". */
const EARLIER_BY =
  /\b(?:(?:a|one|two|three|four|five|six|\d+|several|a few) (?:days?|hours?|nights?)|days|hours|the day|the night) (?:after|since)\s+(?:[\w'’-]+\s+){0,8}$/i;
/** A killing told as before the sentence's time, right after it: "shot dead two days earlier", "killed last week". */
const EARLIER_AFTER =
  /^[^.;,]{0,60}?\b(?:earlier|before|ago|previously|last (?:week(?:end)?|night|\w+day))\b/i;
/** A day told right after a killing, in its clause: "shot dead by police on Wednesday night". */
const DAY_RIGHT_AFTER = new RegExp(`^[^.;,]{0,50}?(${OWN_DAY.source})`);
/** The killing told on a day of its own, other than the one the crowd's part of the sentence names. */
const otherDay = (head: string, rest: string): boolean => {
  const killed = DAY_RIGHT_AFTER.exec(rest)?.[1];
  const crowd = OWN_DAY.exec(head)?.[0];
  return !!killed && !!crowd && killed !== crowd;
};
/** A crowd's act told as after another event of the sentence: "the following morning", "hours later". */
const LATER_BY =
  /\b(?:the (?:next|following) (?:day|morning|evening|night|afternoon)|(?:hours|a day|days) later|later that (?:day|night)|the day after)\b/i;
/** Where the words of a killing the crowd answers may begin, after the crowd's act: a clause break or a cause. */
const CAUSE_BREAK = /[,;]|\b(?:who|which|demanding|calling for|seeking|over|after|following|since|for)\b/gi;
/**
 * A crowd's act and a killing told on other days in one sentence ("Protesters hurled petrol bombs at riot police late
 * on Monday, a day after a police officer shot dead a 16-year-old", "police fired tear gas on Wednesday to break up a
 * march … demanding justice for a teacher shot dead two days earlier", "a man was shot dead … late on Monday, and an
 * angry crowd set fire to the police headquarters the following morning"): the killing is the crowd's cause and an
 * event of its own, and so is the demonstration (ACLED codes each). The sentence is cut where the killing's words
 * begin or the crowd's clause opens.
 */
function withCrowdClause(
  s: Sentence,
  best: BestTrigger,
  own: ReturnType<BestTrigger>,
  sites: Site[] | null,
): Site[] | null {
  if (!own || sites !== null || own.trig.type !== 'Violence against civilians') return sites;
  const text = s.text;
  const crowdSite = (c: NonNullable<ReturnType<BestTrigger>>, at: number, seg: [number, number]): Site => ({
    trigger: c.trig,
    at: at + c.at,
    len: c.len,
    place: null,
    seg,
    doer: null,
    ctxSent: null,
    hit: false,
    ownClause: true,
    ownDays: true,
  });
  const ownSite = (seg: [number, number]): Site => ({ ...wholeSentence(own), seg, ownDays: true });
  const head = text.slice(0, own.at);
  const before = best(head);
  if (
    before &&
    demonstration(before.trig) &&
    (EARLIER_BY.test(text.slice(Math.max(0, own.at - 80), own.at)) ||
      EARLIER_AFTER.test(text.slice(own.at + own.len)) ||
      otherDay(head, text.slice(own.at + own.len)))
  ) {
    const brks = [...head.matchAll(CAUSE_BREAK)].filter((m) => m.index >= before.at + before.len);
    const cutAt = brks[0]?.index;
    if (cutAt === undefined) return sites;
    const cut = s.start + cutAt;
    return [crowdSite(before, 0, [s.start, cut]), ownSite([cut, s.end])];
  }
  const from = own.at + own.len;
  for (const m of text.slice(from).matchAll(CLAUSE_BREAK)) {
    const at = from + m.index + m[0].length;
    const part = text.slice(at);
    const after = best(part);
    if (!after || !demonstration(after.trig)) continue;
    if (!LATER_BY.test(part)) return sites;
    const cut = s.start + from + m.index;
    return [ownSite([s.start, cut]), crowdSite(after, at, [cut, s.end])];
  }
  return sites;
}

/** The records a sentence's own trigger makes (see remoteSites). */
function ownSites(
  doc: Doc,
  ents: Entities,
  s: Sentence,
  best: BestTrigger,
  inDateline: (at: number) => boolean,
  own: ReturnType<BestTrigger>,
): Site[] | null {
  const text = s.text;
  const remote =
    own && (own.trig.subType === AIR || own.trig.subType === SHELL || own.trig.subType === DISRUPTED);
  if (own && !remote) {
    if (TAKEOVER.has(own.trig.subType) || own.trig.type === 'Battles') {
      const two = takeoverSites(doc, s, best, own);
      if (two) return two;
    }
    if (demonstration(own.trig))
      return protestSites(s, best, (a, b) => citiesIn(doc, ents, a, b, inDateline));
    return null;
  }
  let trig = own;
  const weapon = ctx.weapon[s.index] ?? null;
  if (!trig) {
    if (!weapon || NO_HIT.test(text)) return null;
    const h = HIT.exec(text);
    if (!h) return null;
    const debris = /^debris\b/i.test(h[0]);
    const sub = debris ? DISRUPTED : (weaponSubType(text) ?? weapon);
    const base = REMOTE_TRIGGERS.find((t) => t.subType === sub);
    if (!base) return null;
    trig = { trig: { ...base, re: HIT, strength: 0.6 }, at: h.index, len: h[0].length };
  }
  const doer = ctx.doer[s.index] ?? null;
  const ctxSent = ctx.sent[s.index] ?? null;
  const hit = !own;
  const places = sitesIn(doc, ents, s, inDateline);
  // "A day after talks in X, a drone struck a market in Y": the first place, in a clause before the act that tells
  // no blow of its own, is not a place hit when the act's own clause names another
  if (own && own.trig.subType !== DISRUPTED && places.length >= 2 && places[1].ownClause) {
    const cut = clauseBreak(doc.text, places[0].end, places[1].start);
    const head = doc.text.slice(s.start, cut);
    if (s.start + own.at >= cut && !HIT_VERB.test(head) && !best(head)) places.shift();
  }
  if (!own && places.length === 0) return null;
  // "Russia launched 63 drones and four missiles at Ukraine overnight": a launch at a country whose interceptions
  // and hits are told next is their context, not a record of its own
  if (
    own &&
    ctxSent === s.index &&
    places.length === 0 &&
    own.trig.subType !== DISRUPTED &&
    // (one strike that killed someone is an event of its own: "killed a commander in a drone strike on his car")
    !/\b(?:in|by) an? (?:[\w-]+ ){0,2}(?:strike|air ?strike|air raid)\b/i.test(text) &&
    laterAccount(doc, s, best)
  )
    return [];
  const one = (t: typeof trig & object, list: typeof places, a: number, b: number): Site[] => {
    if (list.length < 2)
      return [
        {
          trigger: t.trig,
          at: t.at,
          len: t.len,
          place: list[0]?.place ?? null,
          seg: [a, b],
          doer,
          ctxSent,
          hit,
        },
      ];
    return list.map((p, k) => {
      // the part of the sentence that tells of this place: from the clause break before it to the one before the next
      const from = k === 0 ? a : clauseBreak(doc.text, list[k - 1].end, p.start);
      const to = k + 1 < list.length ? clauseBreak(doc.text, p.end, list[k + 1].start) : b;
      return {
        trigger: t.trig,
        at: t.at,
        len: t.len,
        place: p.place,
        seg: [from, to] as [number, number],
        doer,
        ctxSent,
        hit,
      };
    });
  };
  // "air defences downed 48 drones, but an apartment block in Kharkiv was hit": the interceptions, then the hit
  if (own && own.trig.subType === DISRUPTED) {
    HIT.lastIndex = 0;
    const rest = text.slice(own.at + own.len);
    const h = HIT.exec(rest);
    if (h && !/^debris\b/i.test(h[0]) && !NO_HIT.test(rest)) {
      const hitAt = s.start + own.at + own.len + h.index;
      const cut = clauseBreak(doc.text, s.start + own.at + own.len, hitAt);
      const after = places.filter((p) => p.start >= cut);
      if (after.length) {
        const sub = weaponSubType(rest) ?? ctx.weapon[s.index] ?? AIR;
        const base = REMOTE_TRIGGERS.find((t) => t.subType === sub) ?? REMOTE_TRIGGERS[1];
        const hitTrig = { trig: { ...base, re: HIT, strength: 0.6 }, at: hitAt - s.start, len: h[0].length };
        return [
          ...one(
            own,
            places.filter((p) => p.end <= cut),
            s.start,
            cut,
          ),
          ...one(hitTrig, after, cut, s.end),
        ];
      }
    }
  }
  // interceptions "over the Saratov, Voronezh and Belgorod regions" are told as one act: one record
  if (trig.trig.subType === DISRUPTED && places.length > 1)
    return [
      {
        trigger: trig.trig,
        at: trig.at,
        len: trig.len,
        place: places[0].place,
        seg: null,
        doer,
        ctxSent,
        hit,
      },
    ];
  // one place hit: the narrowest named first ("the Izmail district of the Odesa region"), when it is a town or
  // district the text names as such
  if (places.length < 2 && !hit) {
    const first = places[0]?.place;
    const named =
      first && first.kind === 'other' && /\b(?:district|community|raion|settlement)$/i.test(first.name);
    return [
      {
        trigger: trig.trig,
        at: trig.at,
        len: trig.len,
        place: named ? first : null,
        seg: null,
        doer,
        ctxSent,
        hit,
      },
    ];
  }
  return one(trig, places, s.start, s.end);
}

/** The last clause break (",", ";", " and ", " while ") between two positions, or the second position. */
function clauseBreak(text: string, a: number, b: number): number {
  const part = text.slice(a, b);
  let best = -1;
  for (const m of part.matchAll(/[,;]|\s(?:and|while|as well as)\s/g)) best = m.index ?? best;
  return best < 0 ? b : a + best;
}
