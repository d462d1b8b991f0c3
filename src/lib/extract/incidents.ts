/**
 * Incidents shaped like ACLED events. A trigger lexicon gives the type and sub-type; slots are filled over a discourse
 * window (the trigger sentence, its paragraph, then later paragraphs that refer back: "the statement said no injuries…",
 * "… didn't ascribe blame for the incident"). Generic, hypothetical and figurative mentions are not incidents;
 * past events mentioned in passing are kept with `background: true`.
 */
import type { Incident } from '../brief/types.ts';
import type { DateMention } from './dates.ts';
import type { Doc, Sentence } from './doc.ts';
import type { Entities, Mention, Org, Person, Place } from './entities.ts';
import { loadGazetteer, normKey } from './gazetteer.ts';
import {
  AIR,
  DISRUPTED,
  forcesOf,
  prepareRemote,
  REMOTE_STATS,
  REMOTE_TRIGGERS,
  remoteSites,
  SHELL,
  type Site,
} from './incidents-remote.ts';
import { type NumberMention, wordValue } from './numbers.ts';

/** An incident as the brief shows it (every optional field filled), plus where it was found. */
export interface ExtractedIncident extends Required<Incident> {
  sentence: number;
  paragraphs: number[];
}

interface Trigger {
  re: RegExp;
  type: string;
  subType: string;
  weapon?: string;
  /** strong triggers name a weapon or a violent act outright */
  strength: number;
}

/** An incident while incidents are being found and merged: what it came from and how sure its date is. */
type Candidate = ExtractedIncident & {
  trig: Trigger;
  start: number;
  placeRef: Place | null;
  /** the place is named in the sentence but not as where the event happened ("… operations that Baghdad condemned") */
  placeWeak: boolean;
  dateWeak: boolean;
  firstPara: number;
  lastPara: number;
  /** every sentence that told of this event */
  sents: number[];
};

/** Adds a sentence's account to an event already told: its sentences and paragraphs, and how far it runs. */
function joinAccount(into: Candidate, inc: Candidate, para: number): void {
  into.lastPara = Math.max(into.lastPara, para);
  for (const k of inc.sents) if (!into.sents.includes(k)) into.sents.push(k);
  for (const p of inc.paragraphs) if (!into.paragraphs.includes(p)) into.paragraphs.push(p);
}

const EXP = 'Explosions/Remote violence';
const T: Trigger[] = [
  {
    re: /\bsuicide (?:bomber|bombing|attack|car bomb|vest)s?\b/i,
    type: EXP,
    subType: 'Suicide bomb',
    weapon: 'suicide bomb',
    strength: 0.75,
  },
  {
    re: /\b(?:shot down|shoots? down|downed|intercepted|intercepts|foiled|defused|jammed)\b[^.]{0,60}\b(?:drones?|missiles?|rockets?|unmanned aerial (?:system|vehicle)s?|uavs?|aircraft|projectiles?|explosive|bomb|ied)\b/i,
    type: 'Strategic developments',
    subType: 'Disrupted weapons use',
    weapon: 'drone',
    strength: 0.7,
  },
  {
    re: /\b(?:drones?|missiles?|rockets?|unmanned aerial (?:system|vehicle)s?|uavs?)\b[^.]{0,40}\b(?:(?:was|were) (?:shot down|downed|intercepted))\b/i,
    type: 'Strategic developments',
    subType: 'Disrupted weapons use',
    weapon: 'drone',
    strength: 0.7,
  },
  {
    re: /\b(?:air ?strikes?|drone (?:strike|attack)s?|air raids?|aerial (?:bombardment|attack)s?|bombing raids?|warplanes? (?:struck|bombed|hit)|(?:jets|aircraft) (?:struck|bombed|hit)|drones? (?:struck|hit|slammed|crashed into|targeted|attacked|dropped (?:explosives|bombs|grenades|munitions))|(?:jets?|warplanes?|aircraft|helicopters?|planes?|bombers?) (?:dropped|fired|launched)\b[^.]{0,30}\b(?:bombs?|missiles?|rockets?|munitions|barrel bombs?)|dropped (?:\w+ )?(?:bombs|barrel bombs) on)\b/i,
    type: EXP,
    subType: 'Air/drone strike',
    weapon: 'air/drone',
    strength: 0.7,
  },
  {
    re: /\b(?:killing|killed|assassinat\w+)\b[^.]{0,80}\bin an? (?:[\w.-]+ ){0,2}(?:strike|drone strike|air ?strike)\b/i,
    type: EXP,
    subType: 'Air/drone strike',
    weapon: 'air/drone',
    strength: 0.6,
  },
  {
    re: /\b(?:killing|assassination|murder) of\b/i,
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: 0.5,
  },
  {
    re: /\b(?:(?<!tear[- ]?gas )shell(?:ing|ed|s)|artillery (?:fire|strikes?|attacks?|barrage)|mortar (?:fire|rounds?|shells?|attacks?|bombs?)|(?:with|fired|firing|launched|lobbed) (?:\w+ )?mortars?|mortars? (?:hit|struck|landed|fell|slammed|exploded)|rocket (?:attack|fire|barrage)s?|rockets? (?:hit|struck|landed|slammed|were fired|was fired)|missile (?:attack|strike)s?|missiles? (?:hit|struck|slammed)|indirect fire|ballistic missiles? (?:hit|struck)|(?:struck|hit|targeted) by (?:an? |two |three |several )?(?:[\w-]+ ){0,3}(?:missiles?|rockets?|artillery shells?|shells)|fired (?:[^.]{0,40})(?:missiles?|rockets?|(?<!tear[- ]?gas )shells) (?:at|on|into|towards))\b/i,
    type: EXP,
    subType: 'Shelling/artillery/missile attack',
    weapon: 'artillery/rocket',
    strength: 0.7,
  },
  {
    re: /\b(?:roadside bombs?|improvised explosive devices?|IEDs?|landmines?|land mines?|car bombs?|bombs? (?:exploded|went off|detonated)|explosive devices?|booby[- ]trap\w*)\b/,
    type: EXP,
    subType: 'Remote explosive/landmine/IED',
    weapon: 'explosive',
    strength: 0.7,
  },
  {
    re: /\b(?<!(?:stun|sound|smoke|flash|flash-bang|tear[- ]?gas|concussion|percussion) )grenades?\b/i,
    type: EXP,
    subType: 'Grenade',
    weapon: 'grenade',
    strength: 0.6,
  },
  {
    re: /\b(?:clash(?:es|ed)?|firefights?|gun ?battles?|exchanged (?:gun)?fire|heavy fighting|fighting (?:between|erupted|broke out|resumed|flared)|(?<!(?:have|has|had|having|who|which) )fought (?:for|with|against|each other|one another|around|near|in|on|through)|ambush(?:ed)?|stormed(?! (?:ahead|back|off|out|higher|home|to (?:victory|the top|a (?:win|lead|record))|into (?:the lead|first place)))|raided|opened fire on (?:a |the )?(?:police|security|army|military|soldiers|troops|checkpoint|convoy|patrol|post))\b/i,
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.6,
  },
  {
    re: /\b(?:recaptured|retook|regained control|liberated)\b/i,
    type: 'Battles',
    subType: 'Government regains territory',
    strength: 0.55,
  },
  {
    re: /\b(?:(?:seized|took|taken|takes|taking|gained|wrested|captured) (?:full )?control of(?! (?:the |its |their |global |world )?(?:[\w-]+ )?(?:flows?|markets?|supply|supplies|trade|prices?|pricing|compan(?:y|ies)|firms?|boards?|shares?|stakes?|business|output|production|exports?|imports?|narrative|agenda|debate|negotiations|talks|process|budget)\b)|overran|overrun|captured the (?:town|village|city|base|district|port)|fell (?:to|into the hands of) (?:the )?(?:[\w'-]+ ){0,3}(?:rebels?|militants?|insurgents?|jihadists?|fighters|gangs?|forces|troops|army|militias?|group|coalition))\b/i,
    type: 'Battles',
    subType: 'Non-state actor overtakes territory',
    strength: 0.55,
  },
  {
    re: /\b(?:abducted|kidnapped|kidnapping|abduction)\b/i,
    type: 'Violence against civilians',
    subType: 'Abduction/forced disappearance',
    strength: 0.6,
  },
  {
    re: /\b(?:massacred?|shot dead|gunned down|executed|stabbed to death|lynched|opened fire on (?:civilians|worshippers|villagers|a crowd|passengers|shoppers))\b/i,
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: 0.65,
  },
  {
    re: /\b(?:riot(?:s|ed|ing|ers)?(?! (?:police|gear|squads?|units?|officers|control|shields?|act))|looted|looting|torched|set (?:fire|ablaze) to (?:cars|vehicles|shops|buildings|tyres|tires)|threw (?:stones|rocks|petrol bombs|molotov)|hurled (?:stones|rocks)|burn(?:ing|ed|t) (?:tyres|tires|cars|vehicles|barricades)|smash(?:ing|ed) (?:shop |car |store )?windows|running battles|turn(?:s|ed)? violent)\b/i,
    type: 'Riots',
    subType: 'Violent demonstration',
    strength: 0.6,
  },
  { re: /\bmob (?:attack|violence|beat|lynch)\w*\b/i, type: 'Riots', subType: 'Mob violence', strength: 0.6 },
  {
    // two communities fighting each other, not organised armed groups: "clashes between members of two communities"
    re: /\b(?:clash(?:es|ed)?|fighting|violence|scuffles?|brawls?)\b[^.;]{0,30}\bbetween (?:(?:members|supporters|residents|people|youths) (?:of|from) )?(?:two |rival |neighbouring |neighboring )?(?:communities|villages|families|clans|tribes|castes|villagers|residents|neighbourhoods|neighborhoods|religious groups|ethnic groups|supporters)\b|\b(?:communal|sectarian|ethnic) (?:clash(?:es)?|violence|riots?|fighting)\b|\bstone[- ]pelting\b/i,
    type: 'Riots',
    subType: 'Mob violence',
    strength: 0.62,
  },
  {
    re: /\b(?:protesters?|demonstrators?|marchers)\b[^.]{0,80}\b(?:tear gas|water cannon|dispersed|rubber bullets|baton)/i,
    type: 'Protests',
    subType: 'Protest with intervention',
    strength: 0.6,
  },
  {
    re: /\b(?:tear gas|water cannon|rubber bullets)\b[^.]{0,80}\b(?:protesters?|demonstrators?|crowds?|marchers)\b/i,
    type: 'Protests',
    subType: 'Protest with intervention',
    strength: 0.6,
  },
  {
    // crowd-control weapons turned on a crowd: a demonstration met by the state, whatever the crowd is called
    re: /\b(?:police|policemen|officers|security forces|troops|soldiers|gendarmes|riot police)\b[^.;]{0,60}\b(?:fired|used|lobbed|shot)\b[^.;]{0,20}\b(?:tear[- ]?gas|water cannons?|rubber bullets|live rounds|live ammunition|pellets)\b/i,
    type: 'Protests',
    subType: 'Protest with intervention',
    strength: 0.6,
  },
  {
    // a seized ship or its cargo (ACLED: looting/property destruction by the force that seized it)
    re: /\b(?:seiz(?:ed|es|ing)|seizure of|hijack(?:ed|ing)|commandeer(?:ed|ing)|boarded)\s+(?:an? |the |two |three |\d+ )?(?:[\w-]+[- ](?:flagged|registered|owned)\s+|[\w-]+\s+){0,3}(?:oil |fuel |cargo |merchant |container |commercial )?(?:tankers?|ships?|vessels?|freighters?|cargo ships?|bulk carriers?|dhows?|fishing boats?)\b/i,
    type: 'Strategic developments',
    subType: 'Looting/property destruction',
    strength: 0.6,
  },
  {
    re: /\b(?:protest(?:ed|s|ing)?|demonstrat(?:ion|ions|ed|ors)|rall(?:y|ies|ied)|marched|sit-ins?|took to the streets|human chains?|sat down (?:on|in|outside|across) (?:a |the )?(?:[\w-]+ ){0,2}(?:road|highway|street|square|bridge|railway))\b/i,
    type: 'Protests',
    subType: 'Peaceful protest',
    strength: 0.45,
  },
  {
    // lower case only: "a similar march", never the month
    re: /\b(?:march(?:es)?|vigils?)\b|\b(?:gathered|assembled|massed|converged)\b[^.;]{0,120}\b(?:signs|placards|banners|chanting|slogans|photographs of|portraits of|candles)\b/,
    type: 'Protests',
    subType: 'Peaceful protest',
    strength: 0.45,
  },
  {
    re: /\b(?:arrested|detained|rounded up)\b[^.]{0,40}\b(?:protesters|demonstrators|people|suspects|militants|members|activists|rioters|men)\b|\b(?:\d+|dozens|hundreds) (?:people |protesters |demonstrators )?(?:were |had been )?(?:arrested|detained)\b/i,
    type: 'Strategic developments',
    subType: 'Arrests',
    strength: 0.5,
  },
  {
    // a named person arrested (kept only where the paragraph is political: an opposition leader, a journalist)
    re: /\b(?:arrested|detained|arrests|detains)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\b(?!\s+(?:on|in|at)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,))/,
    type: 'Strategic developments',
    subType: 'Arrests',
    strength: 0.5,
  },
  {
    re: /\b(?:attack(?:ed|s)?|assault(?:ed|s)?) (?:on |against )?(?:a |an |the |two |\d+ )?(?:[\w.-]+ ){0,3}(?:base|convoy|checkpoint|patrol|post|troops|soldiers|servicemembers|police|police station|barracks|outpost|embassy|forces|positions?)\b/i,
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.45,
  },
  {
    re: /\bgunmen\b[^.]{0,60}\b(?:attacked|killed|opened fire|stormed|shot)\b/i,
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.6,
  },
  // war reporting's own words for remote violence (after the general ones, which win ties)
  ...REMOTE_TRIGGERS,
];

/** The strongest trigger of a text (the first of equal strength), with where it matched. */
function bestTrigger(text: string): { trig: Trigger; at: number; len: number } | null {
  let out: { trig: Trigger; at: number; len: number } | null = null;
  for (const t of T) {
    const m = t.re.exec(text);
    if (m && (out === null || t.strength > out.trig.strength))
      out = { trig: t, at: m.index, len: m[0].length };
  }
  return out;
}
const REMOTE_SUBTYPES = new Set([AIR, SHELL, DISRUPTED]);

/** Sentences that mention violence only generically, figuratively or as a possibility. */
const GENERIC =
  /\b(?:similar|such|frequent|repeated|regular|recurring|series of|wave of|threat of|threats? (?:of|from)|risk of|fear(?:s|ed)? of|possible|potential|any|future|more)\s+(?:\w+\s+){0,2}(?:attacks?|strikes?|shelling|clashes|protests?|riots?)\b|\bcontinued to face\b|\b(?:have|has) (?:been )?(?:blamed|carried out|conducted|launched)\b[^.]{0,40}\b(?:attacks|strikes)\b|\btwice has\b|\bhas twice\b|\b(?:at|on|against|targeting) (?:international |merchant |commercial |global )?shipping\b(?! (?:on|in|near|off) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))/i;
/** Something that happens again and again ("has been hit by air strikes many times", "every few months") is a pattern. */
const HABITUAL =
  /\b(?:daily|nightly|almost every (?:day|night)|day after day|night after night|(?:many|several|numerous|countless|multiple) times|time and (?:time )?again|again and again|repeatedly|regularly|routinely|frequently|often|every (?:few |other |single )?(?:days?|nights?|weeks?|months?|years?)|(?:a|the latest in a) series of|on (?:several|many|numerous) occasions)\b/i;
/** The clause of a sentence around a position: from the last comma or semicolon before it to the next one after it. */
function clauseAround(text: string, at: number, len: number): string {
  const before = text.slice(0, at);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const rest = text.slice(at + len);
  const end = rest.search(/[,;:]/);
  return text.slice(from, end < 0 ? text.length : at + len + end);
}
const COUNTED =
  /\b(?:\d[\d,]*|dozens of|hundreds of|scores of|several|numerous|more than \d+|at least \d+) (?:\w+ )?(?:attacks|strikes|clashes|incidents|bombings|raids|shootings)\b(?! (?:on|in|near) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))/i;
/** An offence someone is charged with or suspected of: no event told by these words. */
const LEGAL_CHARGE =
  /\b(?:charges? (?:of|including|such as|that include|like)|charged with|convicted of|on suspicion of|suspected of|sentenced for|guilty of)\b[^.;]{0,80}/gi;
/** Arrests are political events only among protesters, militants, opposition figures or journalists. */
const POLITICAL =
  /\b(?:protest\w*|demonstrat\w+|riot\w*|rall(?:y|ies)|march\w*|militants?|insurgents?|rebels?|opposition|activists?|journalists?|dissidents?|suspected (?:members|fighters)|bomb(?:s|ing|er|ers)?|explosives?|terror\w*|jihad\w*|insurgen\w+|sleeper cells?|armed group)\b/i;
const HYPOTHETICAL =
  /\b(?:would|will|could|might|may|plans? to|planning to|preparing|prepare|plotting|threaten(?:s|ed)? to|vow(?:s|ed)? to|warn(?:s|ed)? of|if)\b/i;
/** The event is only planned, feared or possible: "used to prepare attacks on", "plans to launch strikes". */
const PLANNED =
  /\b(?:to|would|will|could|might|may|plans? to|planning to|prepar\w+|plott\w+|threaten\w* to|vow\w* to|intend\w* to|aim\w* to)\s+(?:(?:carry out|launch|stage|mount|conduct|hold|organi[sz]e|call(?: for)?|join|resume|more|new|further|fresh|any|another|a|an|mass|nationwide|general)\s+){0,3}$/i;
const FIGURATIVE =
  /\b(?:price war|trade war|war of words|attacked (?:the|his|her|their) (?:plan|proposal|policy|record|idea|bill|budget|decision|comments?|remarks?)|warning shot|struck a deal|struck an agreement|shot (?:up|to the top)|blamed the (?:loss|defeat|result)|political (?:attack|fire)|under fire (?:for|over)|launch(?:ed)? (?:a|the) (?:campaign|product|app|platform)|bombshell|blast from|killer app|explosive growth|protest vote|(?:sounded|looked|felt) like|like a (?:bomb|war zone|missile|explosion)|as if (?:a|an) (?:bomb|explosion))\b/i;
/** Markets "rally", "march higher" and "clash over quotas": figures and words, no crowd and no fight. */
const MARKET_CLAUSE =
  /\b(?:prices?|oil|crude|Brent|WTI|stocks?|shares?|markets?|index|indices|futures|dollar|euro|yen|sterling|currenc(?:y|ies)|bonds?|yields?|gold|equities|commodit(?:y|ies)|benchmark|barrels?|per ?cent|percent|margins?|cracks?|spreads?|diesel|gasoline|gasoil|refining|freight|rates)\b|%|[$€£]\s?\d/i;
/** People gathered: a rally of these is a demonstration whatever else the sentence tells. */
const CROWD_WORD =
  /\b(?:people|protesters|demonstrators|supporters|marchers|crowds?|thousands|hundreds|residents|students|workers|activists|members|chant\w*|placards|banners|slogans|organi[sz]ers|police)\b/i;
const VERBAL_CLASH =
  /\bclash(?:ed|es)?\b(?: [\w'-]+){0,5}? over (?:the |its |their |his |her |a |an )?(?:[\w-]+ ){0,2}?(?:quotas?|output|production|polic(?:y|ies)|plans?|budgets?|prices?|tariffs?|proposals?|rules?|terms|deals?|issues?|questions?|future|handling|approach|strategy|leadership|targets?|reforms?|bills?|laws?|cuts|spending|supply|sanctions|wording|agenda|figures|rates|costs|fees|pay|wages|contracts?|market share|customers)\b|\b(?:verbal|diplomatic|political|public|heated) clash(?:es)?\b|\bclash(?:ed|es)? (?:at|during) (?:the |a )?(?:[\w-]+ )?(?:meeting|summit|talks|debate|conference|hearing|session|press conference)\b/i;
/**
 * A diplomatic protest, not a demonstration: "the ministry protested", "summon the ambassador to protest against",
 * "lodged a formal protest", "drew protests from the government".
 */
const DIPLOMATIC_PROTEST =
  /\b(?:summon\w*|lodg\w*|fil(?:e|es|ed|ing))\b[^.]{0,80}?\bto protest\b|\b(?:lodg\w*|fil(?:e|es|ed|ing)|register\w*|deliver\w*|sent|send\w*) (?:a |an )?(?:formal |strong |diplomatic |official )?(?:note of )?protests?\b|\b(?:formal|diplomatic) protests?\b|\bofficial protest\b|(?<![\w-])(?:government|ministry|minister|officials?|state|embassy|foreign office|cabinet|presidency|authorities)\s+(?:(?:has|had|have|also|formally|strongly|quickly)\s+)*protested\b|\bprotests? (?:from|by) (?:the )?(?:[A-Z][\w'-]* )*(?:government|ministry|foreign office|authorities)\b/gi;
/** Protest words that name no demonstration: "the right to protest", "a protest vote", "protest songs". */
const NO_PROTEST_EVENT =
  /\b(?:right(?:s)? to (?:protest|demonstrate|peaceful assembly)|protest (?:vote|songs?|laws?|rights?)|(?:freedom|right) of (?:assembly|demonstration))\b/gi;

/** Demonstrators' own violence (ACLED: violent demonstration), not the police's. */
const CROWD_VIOLENCE =
  /\b(?:riot(?:s|ed|ing|ers)?(?! (?:police|gear|squads?|units?|officers|control|shields?|act))|looted|looting|torched|set (?:fire|ablaze) to|threw (?:stones|rocks|petrol bombs|molotov|bottles|projectiles)|hurled (?:stones|rocks|bottles|petrol bombs)|pelted|burn(?:ing|ed|t) (?:tyres|tires|cars|vehicles|barricades|buildings|shops)|smash(?:ing|ed) (?:shop |car |store )?windows|vandali[sz]\w+|running battles|turn(?:s|ed)? violent|(?:protesters|demonstrators|crowds?|marchers|mobs?) (?:attacked|stormed|ransacked|beat|burned|torched))\b/i;
/** The state stepping in: dispersal, arrests, crowd-control weapons. */
const INTERVENTION =
  /\b(?:tear[- ]?gas|water cannons?|rubber bullets|pepper spray|stun grenades|batons?|baton-charged|charged (?:a|the) crowd|(?:were|was|been|forcibly|violently) dispersed|to disperse|dispers(?:ed|ing) (?:the|a) (?:crowds?|protests?|demonstrat\w+|march\w*|rall(?:y|ies)|gathering)|broke up|break up|arrested|detained|detaining|arresting|live (?:rounds|ammunition|fire)|opened fire|fired (?:on|at|into) (?:the )?(?:crowds?|protesters|demonstrators|marchers))\b/i;
/** Force that kills or seriously hurts (ACLED: excessive force against protesters). */
const SERIOUS_FORCE =
  /\b(?:live (?:rounds|ammunition|fire)|opened fire|fired (?:on|at|into) (?:the )?(?:crowds?|protesters|demonstrators|marchers)|shot dead|beat(?:en|ing)?|clubbed|batons?|baton-charged)\b/i;
const STATE_WORD =
  /^(?:(?:riot|security|federal|national|military|anti-riot|armed)\s+)?(?:police(?: officers)?|officers|security forces|forces|troops|soldiers|army|military|gendarmes?|gendarmerie)$/i;
/** A named organisation for a generic state force ("police" → "National Police of Peru") when the text names just one. */
function namedForce(actor: string | null, ents: Entities): string | null {
  if (!actor) return null;
  const police = /\b(?:police|officers|gendarm)/i.test(actor);
  const army = /\b(?:army|troops|soldiers|military)\b/i.test(actor);
  if (!police && !army) return null;
  const re = police ? /\b(?:police|gendarmerie)\b/i : /\b(?:army|armed forces|defen[cs]e forces|military)\b/i;
  const orgs = ents.orgs.filter(
    (o) => re.test(o.name) && !/\b(?:ministry|minister|union|association)\b/i.test(o.name),
  );
  return orgs.length === 1 ? orgs[0].name : null;
}

/**
 * The ACLED sub-type of a demonstration, from everything the text says about it: demonstrators who turn violent make a
 * violent demonstration; peaceful demonstrators met with force that kills or injures suffer excessive force (the state
 * is the first actor); dispersal or arrests without that is a protest with intervention; else a peaceful protest.
 */
function classifyProtest(f: Candidate, doc: Doc, ents: Entities): void {
  if (f.subType === 'Mob violence') return;
  const texts = f.sents.map((k) => doc.sentences[k]?.text ?? '');
  const all = texts.join(' ');
  const violent = texts.some((t) => CROWD_VIOLENCE.test(t) && !/\b(?:accus|alleg|claim)\w*\b/i.test(t));
  const intervened = INTERVENTION.test(all);
  // tear gas that leaves a few people treated for minor injuries is intervention; killing, live fire, beatings or
  // serious injuries are excessive force
  const harmed =
    (f.killed ?? 0) > 0 ||
    SERIOUS_FORCE.test(all) ||
    ((f.injured ?? 0) > 0 &&
      /\b(?:seriously|critically|severely|gravely|badly) (?:injured|wounded|hurt)\b/i.test(all)) ||
    ((f.injured ?? 0) > 0 && !/\bminor injuries|tear[- ]?gas inhalation|breathing problems\b/i.test(all));
  if (violent) {
    f.type = 'Riots';
    f.subType = 'Violent demonstration';
    return;
  }
  if (intervened && harmed) {
    f.type = 'Protests';
    f.subType = 'Excessive force against protesters';
    const force = all.match(
      /\b((?:riot |security |anti-riot )?(?:police(?: officers)?|officers|security forces|troops|soldiers|army|gendarmes))\b/i,
    );
    const who = force ? force[1].toLowerCase() : 'police';
    f.attacker = namedForce(who, ents) ?? who;
    f.target = 'protesters';
    return;
  }
  if (intervened) {
    f.type = 'Protests';
    f.subType = 'Protest with intervention';
    if (!f.target || f.target === f.attacker) f.target = /\bpolice\b/i.test(all) ? 'police' : null;
    return;
  }
  if (f.subType !== 'Peaceful protest') {
    f.type = 'Protests';
    f.subType = 'Peaceful protest';
  }
}

/** A demonym ("Iraqi") names no place. */
const isDemonym = (name: string) =>
  loadGazetteer()
    .phrases.get(normKey(name))
    ?.some((e) => e.kind === 'demonym') ?? false;
/** A time well past, relative to the report: "last month", "the previous week", "two months ago", "earlier this year". */
const PAST_IN_PASSING =
  /\b(?:last|the previous|the prior) (?:month|year|summer|spring|autumn|winter|fall|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:earlier this|late last|early last) (?:month|year)\b|\b(?:a|one|two|three|four|five|six|several|a few|\d+) (?:months?|years?) (?:ago|earlier|before)\b/i;
const BACKGROUND_CUE =
  /\b(?:anniversary|escalated (?:\w+ )?after|since the|ever since|years? (?:ago|earlier)|in (?:19|20)\d\d|back in|the (?:\d{4}|previous) )/i;

const ACTOR_NOUN_SRC =
  '(?:forces|troops|soldiers|servicemembers|service members|military|army|navy|police(?: officers)?|officers|militants|fighters|militias?|gunmen|insurgents|rebels|jihadists|protesters|demonstrators|rioters|civilians|coalition(?: forces)?|personnel|workers|guards|villagers|residents|volunteers|passengers)';
const ACTOR_NOUN = ACTOR_NOUN_SRC;
const ACTOR_WORD = new RegExp(`^${ACTOR_NOUN_SRC}$`);
const ACTOR_RE = new RegExp(
  `\\b((?:(?:the|a|an) )?(?:(?:[A-Z][\\w.'-]*|[a-z]+-(?:led|backed|linked|aligned|allied))\\s+){0,4}${ACTOR_NOUN}(?:\\s+(?:tied|linked|loyal|allied) to\\s+[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*)?)?)`,
  'g',
);

interface Span {
  text: string;
  start: number;
  end: number;
}

function actorsIn(doc: Doc, ents: Entities, a: number, b: number): Span[] {
  const out: Span[] = [];
  const raw = doc.text.slice(a, b);
  // a sentence that starts with the actor noun ("Rebels attacked …") reads as the lower-case noun
  const seg = raw.replace(/(^|[.!?]["”’]?\s+)([A-Z][a-z]+)\b/g, (m0, pre: string, w: string) =>
    ACTOR_WORD.test(w.toLowerCase()) ? `${pre}${w.toLowerCase()}` : m0,
  );
  ACTOR_RE.lastIndex = 0;
  for (let m = ACTOR_RE.exec(seg); m; m = ACTOR_RE.exec(seg)) {
    const orig = raw.slice(m.index, m.index + m[1].length).replace(/^(the|a|an) /i, '');
    // a lone sentence-initial noun reads in lower case ("Protesters" → "protesters"); names keep their capitals
    const text = /\s/.test(orig) ? orig : orig.toLowerCase();
    out.push({ text, start: a + m.index + (m[1].length - text.length), end: a + m.index + m[1].length });
  }
  for (const mm of ents.mentions) {
    if (mm.start < a || mm.end > b || inDateline(mm.start)) continue;
    if (out.some((o) => o.start <= mm.start && mm.end <= o.end)) continue;
    const name = mentionName(ents, mm);
    if (!name) continue;
    if (mm.kind === 'place') {
      const p = ents.byId.get(mm.id) as Place;
      if (p.kind !== 'country') continue;
      // "in eastern Syria's Deir Ezzor province": where, not who
      if (LOCATIVE.test(doc.text.slice(Math.max(0, mm.start - 60), mm.start))) continue;
    }
    out.push({ text: name, start: mm.start, end: mm.end });
  }
  return out.sort((x, y) => x.start - y.start);
}

function mentionName(ents: Entities, m: Mention): string | null {
  const e = ents.byId.get(m.id);
  if (!e) return null;
  if (m.kind === 'person') return (e as Person).name;
  if (m.kind === 'org') return (e as Org).name;
  if (m.kind === 'place') return (e as Place).name;
  return null;
}

const PLACE_RANK: Record<string, number> = {
  facility: 6,
  city: 5,
  province: 4,
  region: 3,
  sea: 3,
  country: 2,
  other: 1,
};

/**
 * One place lies within another: a city in the region it is in (gazetteer), or as the account places it ("the
 * Kyivskyi district of Odesa", "Usatove, outside Odesa", "a village near Odesa", "Odesa's Kyivskyi district").
 */
function within(inner: Place, outer: Place, text: string): boolean {
  if (inner.id === outer.id) return false;
  // (a city named like its region, "Kherson", contains nothing by that name alone)
  if (inner.admin1 && inner.admin1 === outer.name && (outer.kind === 'province' || outer.kind === 'region'))
    return true;
  if ((PLACE_RANK[outer.kind] ?? 0) === 2) return false;
  const i = escapeRe(inner.name);
  const o = escapeRe(outer.name);
  return new RegExp(
    `\\b${i}(?:\\s+(?:district|region|province|oblast|raion|community|neighbou?rhood|area|suburb))?(?:\\s+of|,?\\s+(?:near|outside|on the outskirts of|just outside|close to|(?:\\d+ (?:km|kilometres|kilometers|miles) )?(?:north|south|east|west)\\w* of)|,)\\s+(?:the\\s+)?(?:city of\\s+|town of\\s+)?${o}\\b|\\b${o}['’]s\\s+(?:[\\w-]+\\s+){0,2}?${i}\\b`,
  ).test(text);
}

const LOCATIVE =
  /\b(?:in|near|at|outside|on|over|off|across|into|from|around|of|between|inside)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$/i;
/** A preposition right before a place, with at most a direction or a kind of place between. */
const NEAR_LOCATIVE =
  /\b(?:in|near|at|outside|on|over|off|across|into|around|between|inside|of|and)\s+(?:the\s+)?(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern|[- ]?(?:east|west)(?:ern)?)?\s+|(?:town|city|village|province|region|district|area|outskirts|port|capital) of\s+)*$/i;
const ACTOR_AFTER = new RegExp(`^(?:'s\\b|\\s+(?:[A-Z][\\w.-]*\\s+)*${ACTOR_NOUN_SRC}\\b)`);

const ADJECTIVAL =
  /^\s+(?!(?:on|in|at|and|or|to|from|for|of|with|by|near|after|before|said|says|was|were|is|are|has|have|had|late|early|last|this|that|which|where|when|while|but|since|until|over|during|into|across|about|as|overnight|yesterday|today|tonight)\b)[a-z]/;

/**
 * Wire datelines left at the head of a paragraph ("Maiduguri (Nigeria) (AFP) - …"): where the story was filed, and
 * the agency that filed it, are neither the event's place nor its actors. Set per document by `extractIncidents`.
 */
let datelines: [number, number][] = [];
const DATELINE_HEAD =
  /^\p{Lu}[\p{L}'’.-]*(?:[ ,]+\p{Lu}[\p{L}'’.-]*){0,4}(?:,? (?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8}))?(?:\s*\([^()\n]{1,30}\)){1,2}\s*[-–—]+\s+/u;
function findDatelines(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  for (const p of doc.paragraphs.slice(0, 5)) {
    const m = p.text.match(DATELINE_HEAD);
    if (m && /^\p{Lu}/u.test(p.text)) out.push([p.start, p.start + m[0].length]);
  }
  return out;
}
const inDateline = (at: number) => datelines.some(([a, b]) => at >= a && at < b);

function bestPlace(ents: Entities, a: number, b: number, text?: string): Place | null {
  let best: Place | null = null;
  let rank = 0;
  for (const m of ents.mentions) {
    if (m.kind !== 'place' || m.start < a || m.end > b) continue;
    if (inDateline(m.start)) continue;
    const p = ents.byId.get(m.id) as Place;
    if (isDemonym(p.name)) continue;
    let r = PLACE_RANK[p.kind] ?? 0;
    if (text) {
      const after = text.slice(m.end, m.end + 40);
      if (ACTOR_AFTER.test(after)) continue; // "Niger's army", "the United States military": an actor, not a place
      // a country used as an adjective ("U.S. air defense systems") is not where it happened
      if (p.kind === 'country' && ADJECTIVAL.test(after)) continue;
      if (LOCATIVE.test(text.slice(Math.max(0, m.start - 60), m.start))) r += 0.5;
      // where a missile or drone was fired from is not where it struck or was downed
      if (
        /\b(?:fired|launched|flying|flew|coming|came|sent) from (?:the )?(?:[\w'-]+\s+){0,2}$/i.test(
          text.slice(Math.max(0, m.start - 40), m.start),
        )
      )
        r -= 1.5;
      if (
        p.kind === 'region' &&
        /^(?:Sahel|Middle East|Horn of Africa|West Africa|East Africa|Central Asia|Balkans|Caucasus)$/i.test(
          p.name,
        )
      )
        r -= 1.5; // a broad region says little about where
    }
    if (r > rank) {
      best = p;
      rank = r;
    }
  }
  return best;
}

const REFER_BACK =
  /\b(?:the|this|that) (?:incident|attackers?|assailants|gunmen|attack|strike|blast|explosion|shelling|statement|readout|shoot-?down|assault|clash|bombing|raid)\b|\bno (?:injuries|casualties|damage|deaths|one was)\b|\b(?:killed|wounded|injured|injuries|died|casualties|damage|damaged|destroyed|claimed responsibility|blame|blamed|ascribe|attribut)/i;

/** The armed force that is the subject of "said" in a sentence ("Niger's armed forces said", "AFRICOM said"). */
function selfReporter(doc: Doc, ents: Entities, a: number, b: number): string | null {
  const text = doc.text.slice(a, b);
  const said = text.search(/\b(?:said|says|announced|reported|confirmed)\b/);
  if (said < 0) return null;
  for (const m of ents.mentions) {
    if (m.kind !== 'org' || m.start < a || m.end > a + said) continue;
    const o = ents.byId.get(m.id) as Org;
    if (
      /\b(?:army|armed forces|forces?|military|command|air force|navy|defen[cs]e (?:ministry|forces?)|ministry of defen[cs]e)\b/i.test(
        `${o.name} ${o.aliases.join(' ')}`,
      )
    )
      return o.name;
  }
  const m = text
    .slice(0, said)
    .match(
      /\b((?:[A-Z][\w.'-]*\s+)*(?:(?:the\s+)?(?:armed forces|army|military|air force|navy)))\s+(?:has |had )?$/i,
    );
  return m ? m[1].replace(/^(?:In \w+,\s*)?the\s+/i, '').trim() : null;
}

/** "… said the X coalition now controlled …": a group named as holding the place, in its own (or its men's) words. */
const TERRITORY_CLAIM =
  /\b(?:said|says|declared|announced|claimed)\s+(?:that\s+)?(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,5}(?:(?:coalition|alliance|group|movement|gang|militia|forces|fighters)\s+)?)(?:now\s+|had\s+|has\s+|was\s+)?(?:controlled|controls|in control of|taken control|took control|held|holds|captured|seized)\b/;

/** A ministry, army or police force speaking for the state. */
const STATE_SOURCE =
  /\b(?:defen[cs]e ministry|ministry of defen[cs]e|interior ministry|ministry of (?:the )?interior|prosecutors?|prosecutor's office|army|armed forces|military|police|gendarmerie|defen[cs]e forces?|security forces|government|presidency|junta|command)\b/i;
/** The state's own men as the doer of the sentence: "soldiers of the Rapid Intervention Battalion raided …". */
const STATE_DOER =
  /\b(?:soldiers|troops|servicemen|police(?:men)?|officers|gendarmes|marines|commandos|special forces|security forces|the army|the military|government forces|army units)\b/i;
const NON_STATE_DOER =
  /\b(?:rebels?|militants?|insurgents?|separatists?|jihadists?|gunmen|fighters|militias?)\b/i;

/** The speaker's own forces did it: "its aircraft struck", "our units destroyed", "the army's jets". */
const OWN_FORCES =
  /\b(?:its|their|our)\s+(?:[\w-]+\s+)?(?:forces|troops|soldiers|aircraft|jets|warplanes|drones|units|fighters|navy|air force|artillery|men|planes|helicopters|operation|strike|strikes)\b|\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:struck|hit|targeted|carried out|conducted|launched|destroyed|killed|bombed)\b/i;
/** What a force strikes when it strikes its enemy ("destroyed a militant camp"), not its own village. */
const ENEMY_TARGET =
  /\b(?:militants?|insurgents?|rebels?|terrorists?|jihadists?|hideouts?|camps?|training (?:camp|base)s?|positions of|commanders?|cells?|launch (?:sites?|pads?)|weapons depots?)\b/i;
/** "said it had overrun the base", "said its fighters had carried out the attack". */
const OWN_CLAIM =
  /\b(?:said|says|announced|confirmed|stated)\s+(?:(?:in a statement|in a video|on \w+|late on \w+|on its [\w ]{1,30}?|(?:carried|published|posted|broadcast) (?:by|on) (?:the )?(?:[\w-]+\s+){1,5}?)\s*)*(?:that\s+)?(?:it|its (?:[\w-]+ )?(?:fighters|forces|militants|men|units|speedboats|boats|ships|aircraft|jets|drones|troops|soldiers|commandos|naval forces|navy)|they)\s+(?:had\s+|have\s+|has\s+)?(?:overrun|overran|carried out|launched|attacked|ambushed|stormed|seized|captured|shot down|downed|targeted|bombed|destroyed|took control|killed|stopped|boarded|detained|arrested|intercepted|struck|hit|raided)\b/;

/** The last organisation or person named in [a, b). */
function lastNamed(ents: Entities, a: number, b: number): string | null {
  let out: string | null = null;
  for (const m of ents.mentions) {
    if (m.start < a || m.end > b || (m.kind !== 'org' && m.kind !== 'person')) continue;
    out = mentionName(ents, m) ?? out;
  }
  return out;
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
  /^(?:(?:the|[a-z][\w-]*|\w+ian|\w+ese|\w+i|\w+ish)\s+){0,3}(?:officials?|authorities|police|army|military|ministry|administration|governor|mayor|prosecutors?|spokes(?:man|woman|person)|command|government|service|troops|forces|council|office|statement)$/i;
const NOT_SOURCE =
  /\b(?:witness(?:es)?|residents?|villagers|analysts?|experts?|observers|neighbou?rs|relatives|survivors|people|media|reports?)\b/i;

/**
 * Who a sentence says told it: "according to X", "…, X said", "X said (on Tuesday) that …", "X told reporters".
 * A named organisation or person, or officials named by their office ("local officials", "the regional
 * administration"); witnesses and residents are no source of attribution.
 */
function speakerOf(doc: Doc, ents: Entities, a: number, b: number): string | null {
  const text = doc.text.slice(a, b);
  const named = (from: number, to: number, kinds = ['org', 'person']): string | null => {
    for (const m of ents.mentions) {
      if (m.start < a + from || m.end > a + to || !kinds.includes(m.kind)) continue;
      const n = mentionName(ents, m);
      if (n) return n;
    }
    return null;
  };
  const phrase = (p: string) => {
    const t = p
      .trim()
      .replace(/^(?:and|but|while|as)\s+/i, '')
      .replace(/['’]s\b/g, '');
    if (NOT_SOURCE.test(t)) return null;
    return SOURCE_NOUN.test(t) ? t.replace(/^the\s+/i, '') : null;
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
    /[,"”]\s+((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s+(?:said|says|told|reported|added|announced|confirmed)\b[^,"“]*$/,
  );
  if (tail?.index !== undefined) {
    const from = tail.index + tail[0].indexOf(tail[1]);
    if (NOT_SOURCE.test(tail[1])) return null;
    return named(from, from + tail[1].length + 1) ?? phrase(tail[1]);
  }
  // "The army said in a statement on Wednesday that …"
  const lead = text.match(
    /^\s*((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s+(?:said|says|announced|reported|confirmed|told)\b/,
  );
  if (lead) {
    if (NOT_SOURCE.test(lead[1])) return null;
    return named(0, lead[1].length + 1) ?? phrase(lead[1]);
  }
  return null;
}

/** "Tajik units opened fire", "It was a Kyrgyz drone": the forces of the country a demonym names. */
function demonymForces(text: string): string | null {
  const re =
    /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:[a-z]+\s+)?(?:forces|troops|units|soldiers|drones?|missiles?|rockets?|jets?|warplanes?|aircraft|artillery|army|military|shells|gunners|helicopters?|navy|side)\b/g;
  for (const m of text.matchAll(re)) {
    if (!isDemonym(m[1])) continue;
    const at = m.index ?? 0;
    // the victims' side is not the doer: "killing two Pakistani soldiers", "on Tajik positions"
    if (
      /\b(?:killing|killed|wounding|wounded|injuring|injured|on|against|targeting|at|hit|struck|of|toward|towards|into)\s+(?:(?:a|an|the|two|three|four|five|several|\d+)\s+)?$/i.test(
        text.slice(Math.max(0, at - 30), at),
      ) ||
      /^[^.,;]{0,20}\b(?:were|was) (?:killed|wounded|injured|hit)\b/.test(text.slice(at + m[0].length))
    )
      continue;
    return `${m[1]} forces`;
  }
  return null;
}

/** Two names for the same actor ("Turkish military" and "Turkey military", "police" and "National Police"). */
function sameActor(x: string, y: string): boolean {
  const words = (s: string) =>
    new Set(
      s
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length > 2 && !['the', 'and', 'forces', 'force', 'of'].includes(w)),
    );
  const a = words(x);
  return [...words(y)].some((w) => a.has(w));
}

/** `x` names a part of `y`: "IRGC Navy" of "Islamic Revolutionary Guard Corps" (known as IRGC), "Fano militia" of "Fano". */
function narrower(x: string, y: string, ents: Entities): boolean {
  if (x === y || x.length <= y.length - 40) return false;
  const org = ents.orgs.find((o) => o.name === y);
  const names = [y, ...(org?.aliases ?? [])].filter((n) => n.length >= 3);
  return names.some((n) => x !== n && new RegExp(`(?:^|\\s)${escapeRe(n)}(?:\\s|$)`).test(x));
}

/**
 * The country of a doer named only by its country ("Ethiopia", "Libyan forces", "Turkey military"), as an ISO
 * code, or null when the doer is named otherwise.
 */
function countryActor(x: string, ents: Entities): string | null {
  const place = ents.places.find((p) => p.kind === 'country' && p.name === x);
  if (place) return place.country;
  const m = x.match(
    /^(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+(?:forces|military|armed forces|army)$/,
  );
  if (!m) return null;
  return countryOfWord(m[1], ents);
}
/** The country of a doer whose name carries one ("Russia's defence ministry", "Russian forces", "a Russian"). */
function countryOfDoer(x: string, ents: Entities): string | null {
  const whole = countryActor(x.replace(/['’]s\b/g, ''), ents);
  if (whole) return whole;
  for (const w of x.replace(/['’]s\b/g, '').split(/\s+/)) {
    if (!/^[A-Z]/.test(w) || /^(?:A|An|The)$/.test(w)) continue;
    const c = countryOfWord(w, ents);
    if (c) return c;
  }
  return null;
}
/** A side saying it struck: "said its forces had struck", "claimed it hit", "said it carried out strikes on". */
const OWN_STRIKE_CLAIM =
  /\b(?:said|says|claimed|claims|announced|reported|stated)\b[^.;]{0,40}\b(?:it|its (?:\w+ ){0,2}(?:forces|troops|army|military|units|aircraft|drones|navy|air force)|they|their (?:\w+ )?(?:forces|troops|units))\s+(?:had\s+|has\s+|have\s+)?(?:successfully\s+)?(?:struck|hit|targeted|attacked|destroyed|carried out (?:\w+ ){0,2}strikes?|launched (?:\w+ ){0,2}strikes?)\b/i;
/** The country a demonym or a country name stands for. */
function countryOfWord(w: string, ents: Entities): string | null {
  const dem = loadGazetteer()
    .phrases.get(normKey(w))
    ?.find((e) => e.kind === 'demonym');
  if (dem && dem.kind === 'demonym') return dem.country;
  return ents.places.find((p) => p.kind === 'country' && p.name === w)?.country ?? null;
}
/** The armed force `org` belongs to the country `code`: its own country, or a demonym or country name in its name. */
function forceOfCountry(name: string, code: string, ents: Entities): boolean {
  const org = ents.orgs.find((o) => o.name === name);
  if (!org) return false;
  if (org.country) return org.country === code;
  return org.name.split(/[\s'’]+/).some((w) => /^[A-Z]/.test(w) && countryOfWord(w, ents) === code);
}

/** An attacker named only by what they are ("gunmen", "militants"), or not at all. */
function isGenericActor(x: string | null): boolean {
  if (!x || x === 'unknown') return true;
  if (!/[A-Z]/.test(x)) return true;
  // a bare article left of a doer not found ('The drone attack hit …') names no one
  if (/^(?:the|a|an|this|that)$/i.test(x.trim())) return true;
  return /^(?:(?:the|a|an|some|armed|unidentified|unknown|suspected|masked)\s+)*(?:gunmen|militants|attackers|assailants|fighters|insurgents|rebels|jihadists|men|bandits)$/i.test(
    x.trim(),
  );
}

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The position `at` of a sentence lies inside quotation marks. */
function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

/** A sentence that refers back to an event already told. */
const REFERS =
  /\b(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's) (?:incident|attack|strike|air ?strike|drone strike|blast|explosion|shelling|bombing|raid|assault|clash(?:es)?|violence|protest|riot|march|unrest|demonstration|ambush|shoot-?down|massacre|killings?|abduction|kidnapping|bombardment|barrage|operation|offensive|fighting)\b/i;
/** The trigger is a noun that points back at an event already told: "was blamed for that massacre". */
const ANAPHOR_BEFORE =
  /\b(?:the|this|that|these|those|its|their|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's|(?:last|this) (?:week|month|year)'s)\s+(?:[a-z]+\s+)?$/;
/** Victims who are civilians: the attack on them is violence against civilians, not a battle. */
const CIVILIAN_VICTIMS =
  /\b(?:villagers|civilians|farmers|herders|worshippers|worshipers|passengers|residents|shoppers|students|pupils|children|women|families|traders|displaced people|mourners|wedding guests|journalists?|aid workers|(?:[\w-]+ )?workers|labou?rers|miners|fishermen|drivers|pilgrims|teachers|patients|(?:a|the|two|three|\d+) (?:[\w-]+ )?(?:village|market|church|mosque|school|camp|hamlet|settlement|bus|buses|hospital|wedding|funeral|homes?|houses?))\b/i;
/** The part of a sentence that tells of the victims: without the source that reported it (", police said"). */
const victimClause = (text: string) => text.replace(/,[^,]*\b(?:said|says|told|according to)\b.*$/i, '');
/** Armed people or posts on the receiving end make it a battle. */
const ARMED_VICTIMS =
  /\b(?:soldiers|troops|police(?:men)?|officers|army|military|militia(?:men)?|fighters|rebels|militants|insurgents|guards|gendarmes|servicemen|base|barracks|checkpoint|patrol|convoy|outpost|positions?)\b/i;
/** A two-sided fight (not a one-sided attack). */
const TWO_SIDED = /\b(?:clash|firefight|battle|exchanged|fighting|fought)/i;
/** A sentence that tells of a different event of the same kind. */
const DIFFERENT =
  /\b(?:(?:another|a second)(?!(?: [\w-]+)? (?:man|men|woman|women|person|people|child|children|boy|girl|civilian|soldier|fighter|member|commander|officer|passenger|driver|militant|victim|relative|brother|son|guard|worker)s?\b)|separate(?:ly)?|elsewhere|in a separate|earlier (?:that|the same) (?:day|week)|in (?:response|retaliation)|retaliat\w+|hit back|struck back|responded (?:with|by))\b/i;
/** A sentence that relates one event to another in time ("The strike came two days after …"). */
const RELATED =
  /\b(?:came|comes|followed|follows)\b[^.]{0,40}\b(?:after|before)\b|\b(?:days?|weeks?|months?|hours?) (?:after|before|earlier|later)\b/i;
/** A sentence that says the fighting went on: detail of the event just told. */
const CONTINUES = /\b(?:continued|went on|carried on|kept up|persisted|resumed|lasted)\b/i;
const SEVERITY: Record<string, number> = {
  'Peaceful protest': 1,
  'Protest with intervention': 2,
  'Excessive force against protesters': 3,
  'Violent demonstration': 3,
  'Mob violence': 3,
};
/** Sub-types that one event can move between as it unfolds: a protest that turns into a riot. */
const family = (sub: string) => (sub in SEVERITY ? 'protest' : sub);

/** Falling debris of a weapon brought down that hit or damaged something: "debris from one of the drones fell on the depot". */
const DEBRIS_HIT =
  /\b(?:debris|fragments|wreckage|shrapnel)\b[^.;]{0,80}\b(?:fell|hit|struck|damaged|landed|started|sparked|caused|set|crashed)\b/i;
/** A sentence that tells of an event of its own rather than adding detail to one already told. */
const WEAPON_BY =
  /^(?:an?|the|two|three|several)?\s*(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|shells?|drones?|bombs?|mortars?|projectiles?|shrapnel|explosives?|mines?|artillery|gunfire|bullets?|fire)\b/i;
/** Sentences of the document being read that tell of a place a barrage hit (set per document). */
let hitSentences = new Set<string>();
function ownEvent(text: string): boolean {
  if (hitSentences.has(text)) return true;
  return (
    !REFERS.test(text) && !OWN_CLAIM.test(text) && !FIGURATIVE.test(text) && T.some((t) => t.re.test(text))
  );
}

/**
 * The sentences that speak of the event triggered in `s`, nearest first: `s`, the rest of its paragraph up to a
 * sentence with an event of its own, the sentences before it in the paragraph (back to such a sentence), then the
 * later paragraphs of the window, up to the first sentence with an event of its own.
 */
function eventSentences(doc: Doc, s: Sentence, window: [number, number][]): Sentence[] {
  const out: Sentence[] = [s];
  const para = doc.paragraphs[s.para];
  const pos = para.sentences.indexOf(s.index);
  for (let k = pos + 1; k < para.sentences.length; k++) {
    const sn = doc.sentences[para.sentences[k]];
    if (ownEvent(sn.text)) break;
    out.push(sn);
  }
  for (let k = pos - 1; k >= 0; k--) {
    const sn = doc.sentences[para.sentences[k]];
    if (ownEvent(sn.text)) break;
    out.push(sn);
  }
  for (const [a] of window.slice(1)) {
    const p = doc.paragraphs.find((x) => x.start === a);
    if (!p) continue;
    for (const k of p.sentences) {
      const sn = doc.sentences[k];
      if (ownEvent(sn.text)) return out;
      out.push(sn);
    }
  }
  return out;
}

interface Casualties {
  killed: number | null;
  injured: number | null;
  damage: string | null;
  /** killed on each side the text names ("23 rebels", "three soldiers"), to be summed over one event */
  sides?: Map<string, number>;
}

/** The side a counted noun stands for: the state's men, armed non-state men, or civilians. */
function sideOf(noun: string): string | null {
  if (
    /\b(?:soldiers?|troops|police(?:men)?|officers?|servicem[ae]n|gendarmes?|guards?|marines|sailors|airmen|personnel)\b/.test(
      noun,
    )
  )
    return 'state';
  if (
    /\b(?:rebels?|militants?|insurgents?|fighters?|jihadists?|attackers?|gunmen|terrorists?|extremists?|assailants?|separatists?|militiam[ae]n|bandits?)\b/.test(
      noun,
    )
  )
    return 'armed';
  if (/\b(?:civilians?|villagers?|residents?|farmers?|passengers?)\b/.test(noun)) return 'civilian';
  return null;
}

/** "killing Murad and two other men", "wounding a farmer", "killed one soldier and three others". */
const SINGLE_VICTIM =
  /\b(kill(?:ing|ed)|wound(?:ing|ed)|injur(?:ing|ed))\s+((?:a|an|one)\s+(?!(?:total|number|dozen|few|handful|score|hundred|thousand|further|lot|couple|estimated|additional|other)\b)[a-z\d][\w-]*|(?:his|her|their)\s+(?:[\w-]+\s+)?(?:wife|husband|son|daughter|mother|father|brother|sister|nephew|niece|child|driver|bodyguard|companion)\b|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})(?:[^,.;]{0,60}?,?\s+and\s+(?:(\w+(?:-\w+)?)\s+(?:others?|more|other (?:people|men|civilians)|civilians|people|children|women|men|soldiers|fighters|residents|bystanders|members)\b|(?:his|her|their)\s+(?:[\w-]+\s+)?(wife|husband|son|daughter|mother|father|brother|sister|nephew|niece|child)\b))?/g;
/** "A farmer who was driving nearby was wounded": one victim named as the subject. */
const SINGLE_SUBJECT =
  /(?:^|[,;]\s+|\b(?:when|after|and)\s+)(?:A|An|One|a|an|one|His|Her|his|her)\s+(?!(?:total|number|dozen|few|handful|statement|spokesman|spokeswoman|spokesperson)\b)[^.;]{0,110}?\s+was\s+(?:also\s+|later\s+|seriously\s+|critically\s+|badly\s+|slightly\s+|lightly\s+)?(killed|shot dead|wounded|injured|hurt)\b/g;
function casualtiesIn(
  text: string,
  nums: NumberMention[],
  a: number,
  b: number,
  docText: string,
  ents?: Entities,
): Casualties {
  const out: Casualties = { killed: null, injured: null, damage: null };
  // nobody hurt means nobody killed either; "no deaths" says nothing of the wounded
  if (
    /\b(?:no (?:(?:damage|deaths|injuries|fatalities) or )?(?:casualties|injuries)|no casualties or (?:damage|injuries)|no one was (?:killed|hurt|injured|wounded)|nobody was (?:killed|hurt|injured|wounded)|without (?:causing )?(?:any )?(?:casualties|injuries)|caused no (?:casualties|injuries))\b/i.test(
      text,
    )
  ) {
    out.killed = 0;
    out.injured = 0;
  }
  if (/\bno (?:wounded|one was wounded)\b/i.test(text)) out.injured = 0;
  // "the crew … were unharmed"
  if (/\b(?:were|was) (?:all |both |also )?(?:unharmed|unhurt|uninjured|safe and well)\b/i.test(text)) {
    out.killed = 0;
    out.injured = 0;
  }
  if (/\b(?:no (?:deaths|fatalities|one was killed)|nobody was killed)\b/i.test(text)) out.killed = 0;
  // one named or singular victim, perhaps with others: "killing Murad and two other men", "wounding a farmer"
  for (const m of text.matchAll(SINGLE_VICTIM)) {
    const killed = /^kill/i.test(m[1]);
    const who = m[2];
    if (/^[A-Z]/.test(who)) {
      // a capitalised word must be a person named in the text (not "Monday", not a place)
      const at = a + (m.index ?? 0) + m[0].indexOf(who);
      if (!ents?.mentions.some((x) => x.kind === 'person' && x.start <= at && at < x.end)) continue;
    }
    const others = m[3] ? wordValue(m[3]) : m[4] ? 1 : 0;
    if (others === null) continue;
    const n = 1 + others;
    if (killed) out.killed = Math.max(out.killed ?? 0, n);
    else out.injured = Math.max(out.injured ?? 0, n);
  }
  for (const m of text.matchAll(SINGLE_SUBJECT)) {
    if (/^(?:killed|shot dead|died)/i.test(m[1])) out.killed = Math.max(out.killed ?? 0, 1);
    else out.injured = Math.max(out.injured ?? 0, 1);
  }
  if (/\bno (?:\w+ )?(?:injuries or )?damage\b/i.test(text)) out.damage = 'none reported';
  for (const n of nums) {
    if (n.start < a || n.end > b) continue;
    if (n.value === 0) continue;
    const after = docText.slice(n.end, Math.min(b, n.end + 70)).toLowerCase();
    const before = docText.slice(Math.max(a, n.start - 40), n.start).toLowerCase();
    const noun = (n.noun ?? '').toLowerCase();
    // money is no toll: "Rs 50,000 for each of the seriously injured"
    if (
      /(?:\brs\.?|\$|€|£|\b(?:usd|eur|inr|gbp))\s*$/i.test(before) ||
      /\b(?:rupees?|dollars?|euros?|pounds?|lakh|crore|naira|shillings?|francs?|dinars?|compensation)\b/.test(
        noun,
      )
    )
      continue;
    if (
      /^(?:[\s,]+\w+){0,6}?[\s,]+(?:were |was |have been |had been |are |being )?(?:killed|dead|died|slain|lost their lives)\b/.test(
        after,
      ) ||
      /\b(?:killing|killed|kills|slew|slays|death toll (?:rose to|of|stood at)?)\s*["“]?(?:at least |about |some |more than |over |nearly |almost |up to |no (?:less|fewer) than )?$/.test(
        before,
      ) ||
      /^(deaths|dead|fatalities|bodies)$/.test(noun)
    ) {
      if (out.killed === null || n.value > out.killed) out.killed = n.value;
      const side = sideOf(`${noun} ${after.slice(0, 25)}`.trim());
      // "among them four children" counts a part of a toll, not a side of its own
      if (
        side &&
        !/\b(?:including|among them|of them|of whom|among the dead|among those)\s*(?:at least\s+)?$/.test(
          before,
        )
      ) {
        out.sides ??= new Map();
        if (!out.sides.has(side)) out.sides.set(side, n.value);
      }
      continue;
    }
    if (
      /^(?:[\s,]+\w+){0,8}?[\s,]+(?:were |was |have been |had been |are |being )?(?:injured|wounded|hurt|evaluated for (?:\w+ )?injuries|treated for|hospitali[sz]ed)\b/.test(
        after,
      ) ||
      /\b(?:injuring|wounding|injured|wounded|injures|wounds)\s*["“]?(?:at least |about |some |more than |over |nearly |almost |up to |no (?:less|fewer) than )?$/.test(
        before,
      ) ||
      /^(injuries|injured|wounded)$/.test(noun)
    ) {
      if (out.injured === null || n.value > out.injured) out.injured = n.value;
    }
  }
  const dm = damageIn(text);
  if (dm && out.damage === null) out.damage = dm;
  return out;
}

const DAMAGED_THING =
  '(?:buildings?|houses?|homes?|vehicles?|cars?|tanks?|depots?|facilit(?:y|ies)|infrastructure|bridges?|shops?|offices?|hangars?|aircraft|warehouses?|power (?:station|plant|lines?)|substations?|schools?|hospitals?|mosques?|churches?|markets?|stations?|towers?|roads?|pipelines?)';
const DAMAGE_STRONG = new RegExp(
  `\\b(?:damag(?:ed|ing)|destroy(?:ed|ing)|set (?:fire to|ablaze)|burned|levelled|leveled|gutted)\\s+((?:a|an|the|two|three|four|several|\\d+|some)?\\s*(?:[\\w-]+\\s+){0,2}${DAMAGED_THING})`,
  'i',
);
const DAMAGE_WEAK = new RegExp(
  `\\b(?:struck|hit)\\s+((?:a|an|the|two|three|four|several|\\d+|some)?\\s*(?:[\\w-]+\\s+){0,2}${DAMAGED_THING})`,
  'i',
);
/** What was damaged: explicit damage verbs first, then what was struck. */
export function damageIn(text: string, strongOnly = false): string | null {
  const m = text.match(DAMAGE_STRONG) ?? (strongOnly ? null : text.match(DAMAGE_WEAK));
  return m ? m[1].trim() : null;
}

type Attribution = { kind: 'claimed' | 'blamed' | 'denied' | 'none'; text: string; by?: string; on?: string };

const MUTUAL_BLAME =
  /\b(?:each|either|both) (?:side|country|government|army|group|party|sides)s? (?:\w+ )?(?:blamed|accused|blaming|accusing|blames|accuses|held) the other\b|\b(?:blamed|accused|blaming|accusing|blame|accuse) (?:each other|one another)\b|\btraded (?:accusations|blame)\b|\b(?:each|either) side (?:said|says|saying|claimed|claiming) the other (?:had |has )?(?:attacked|started|fired|opened|provoked|struck|shelled|launched)\b/i;

/** Blame put on an unnamed group ("terrorist groups", "gunmen") ascribes the attack to no one. */
const UNNAMED =
  /^(?:(?:unknown|unidentified|suspected|armed|terrorist|militant|jihadist|criminal|extremist|hostile)\s+)*(?:groups?|elements|gunmen|assailants|attackers|militants|terrorists|jihadists|insurgents|fighters|bandits|men)$/i;

/**
 * Attribution stated in a window [a, b) of the document, with negation: claimed by X / blamed on X by Y / denied /
 * not ascribed. Who claims or blames is the first organisation or person named before the verb in its sentence
 * ("The Houthi movement, which controls the north, claimed responsibility").
 */
function attributionIn(doc: Doc, ents: Entities, a: number, b: number): Attribution | null {
  const text = doc.text.slice(a, b);
  const sentStart = (at: number) => {
    let k = at;
    while (k > 0 && !/[.!?]/.test(text[k - 1])) k--;
    return k;
  };
  const namedIn = (from: number, to: number): string | null => {
    for (const m of ents.mentions) {
      if (m.start < a + from || m.end > a + to) continue;
      if (m.kind !== 'org' && m.kind !== 'person') continue;
      const n = mentionName(ents, m);
      if (n) return n;
    }
    return null;
  };
  const capsBefore = (s: string) =>
    s
      .match(/((?:[A-Z][\w.'-]*\s*){1,6})[,\s]*$/)?.[1]
      ?.trim()
      .replace(/^(?:The|But|And|However)\s+/, '') ?? null;
  const negatedBefore = (s: string) =>
    /\b(?:no (?:one|group|organi[sz]ation)|nobody|none|(?:did not|didn't|has not|hasn't|have not|haven't|had not|has yet to|have yet to|not|never|without)\b)[^.]{0,30}$/i.test(
      s,
    );
  let negated = false;
  // each side blames the other: "each side blamed the other for starting the fighting", "traded accusations"
  const mutual = text.match(MUTUAL_BLAME);
  if (mutual) return { kind: 'blamed', text: 'blamed on each other (each side blames the other)' };
  // claims of responsibility
  const claimRe =
    /\b(?:claimed|claims|claiming|took|takes|taken|accepted|accepts) (?:responsibility|credit)\b|\bclaimed (?:the|an|its) (?:attack|strike|bombing|killing|assault|raid)\b/gi;
  for (let m = claimRe.exec(text); m; m = claimRe.exec(text)) {
    const s0 = sentStart(m.index);
    const lead = text.slice(s0, m.index);
    if (negatedBefore(lead)) {
      negated = true;
      continue;
    }
    const by = namedIn(s0, m.index) ?? capsBefore(lead);
    if (by && !/^(?:It|They|He|She)$/.test(by)) return { kind: 'claimed', text: `claimed by ${by}`, by };
    return { kind: 'claimed', text: 'claimed by a group' };
  }
  const cb = text.match(/\bclaimed by (?:the )?((?:[A-Z][\w.'-]*\s*){1,6})/);
  if (cb?.index !== undefined) {
    const at = cb.index + cb[0].length - cb[1].length;
    const by = namedIn(at, at + cb[1].length + 1) ?? cb[1].trim();
    return { kind: 'claimed', text: `claimed by ${by}`, by };
  }
  // blame
  const blames: [RegExp, number, number][] = [
    // [pattern, group of the blamed, group of the blamer (0: the sentence subject)]
    [
      /\b(?:blamed|accused|blames|accuses)\s+(?!the (?:loss|defeat|result)\b)(?!by\b)(.{2,80}?)\s+(?:for|of)\b/g,
      1,
      0,
    ],
    [/\bblamed (?:by (.{2,60}?) )?on (.{2,60}?)(?=[,.;]|$| for\b| after\b| in\b)/g, 2, 1],
    [/\bheld (.{2,60}?) responsible\b/g, 1, 0],
    // "Local officials … blamed Dan Na Ambassagou, a Dogon militia …": a bare named object
    [/\b(?:blamed|blames)\s+(?!by\b|on\b)((?:[A-Z][\w'’-]*\s*){1,5})(?=[,.;]|$)/g, 1, 0],
    [/\battributed (?:the [\w-]+ )?to (.{2,60}?)(?=[,.;]|$)/g, 1, 0],
    [
      /\b(?:blaming|accusing) (.{2,60}?)(?=[,.;]|$| for\b| of\b| who\b| which\b| dug\b| based\b| stationed\b| positioned\b)/g,
      1,
      0,
    ],
  ];
  for (const [re, onG, byG] of blames) {
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
      const on = m[onG].trim().replace(/^(?:the|a|an)\s+/i, '');
      const lastClause = lead
        .split(/[,;]/)
        .pop()
        ?.trim()
        .replace(/^(?:but|and|while|however|although|though)\s+/i, '');
      const by =
        (byG && m[byG]?.trim()) ||
        namedIn(s0, m.index) ||
        (lastClause && SOURCE_NOUN.test(lastClause) ? lastClause.replace(/^the\s+/i, '') : '') ||
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
        /^\s*(?:of|from|belonging to|who belong to|linked to|tied to|loyal to|allied (?:to|with))\b/i.test(
          tail,
        )
          ? namedIn(m.index + m[0].length - 3, m.index + m[0].length + (end < 0 ? tail.length : end))
          : null;
      if (belongs)
        return {
          kind: 'blamed',
          text: `blamed on ${on} of ${belongs}${by ? ` by ${by}` : ''}`,
          by: by || undefined,
          on: belongs,
        };
      if (UNNAMED.test(on))
        return { kind: 'none', text: `not ascribed (blamed on unnamed ${on}${by ? ` by ${by}` : ''})` };
      // "accusing the vessel of smuggling": an accusation against the one it happened to, not blame for the act
      if (!/[A-Z]/.test(on)) {
        if (new RegExp(`\\b${ACTOR_NOUN_SRC}\\s*$`).test(on))
          return { kind: 'none', text: `not ascribed (blamed on unnamed ${on}${by ? ` by ${by}` : ''})` };
        continue;
      }
      const onName = namedIn(m.index + m[0].indexOf(m[onG]), m.index + m[0].length + 1) ?? on;
      return {
        kind: 'blamed',
        text: `blamed on ${onName}${by ? ` by ${by}` : ''}`,
        by: by || undefined,
        on: onName,
      };
    }
  }
  const den = text.match(
    /\b((?:[A-Z][\w.'-]*\s*){1,5})\s+(?:denied|denies|rejected) (?:any )?(?:responsibility|involvement|carrying out)/,
  );
  if (den) return { kind: 'denied', text: `denied by ${den[1].trim()}`, by: den[1].trim() };
  const neg = text.match(
    /\b(?:no (?:one|group)|nobody|(?:did not|didn't|has not|hasn't|have not|haven't|has yet to|have yet to|not)\b[^.]{0,40}?)\s*(?:immediately )?(?:claim(?:ed)?|ascribe[ds]?|blame[ds]?|attribut\w+|said it had (?:launched|carried out))/i,
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

export function extractIncidents(
  doc: Doc,
  ents: Entities,
  dates: DateMention[],
  nums: NumberMention[],
  published: string | null,
): ExtractedIncident[] {
  const found: Candidate[] = [];
  datelines = findDatelines(doc);
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  /** One trigger of a sentence (or one site it hit) made into a record, or merged into the event it tells again. */
  const consider = (s: Sentence, site: Site | null): void => {
    if (s.text.length > 3000) return;
    const text = s.text;
    if (FIGURATIVE.test(text)) return;
    // what people are charged with names no event of its own ("arrested on charges including rioting")
    const seen = text.replace(LEGAL_CHARGE, (m) => ' '.repeat(m.length));
    const best = site ? { trig: site.trigger, at: site.at, len: site.len } : bestTrigger(seen);
    if (!best) return;
    let trig: Trigger = best.trig;
    const at = best.at;
    const trigLen = best.len;
    const remote = REMOTE_SUBTYPES.has(trig.subType);
    // figures and patterns of a war ("has launched thousands of drones this year", "shelling is a daily occurrence")
    if (remote && REMOTE_STATS.test(clauseAround(text, at, trigLen))) return;
    // fears and warnings of strikes to come ("they fear the shelling will return") tell of no strike
    if (
      remote &&
      (/\b(?:fear(?:s|ed)?|afraid|worr(?:y|ied|ies)|warn(?:s|ed|ing)?|threat(?:s|en\w*)?|expect(?:s|ed)?)\b[^.;]{0,50}$/i.test(
        text.slice(0, at),
      ) ||
        /^[^.;,]{0,20}?\s(?:will|would|could|might|may)\b/i.test(text.slice(at + trigLen)))
    )
      return;
    // a government protesting through diplomatic channels held no demonstration
    if (
      trig.subType === 'Peaceful protest' &&
      !trig.re.test(text.replace(DIPLOMATIC_PROTEST, ' ').replace(NO_PROTEST_EVENT, ' '))
    )
      return;
    if (
      trig.type === 'Battles' &&
      (/\b(?:protesters|demonstrators|rioters|crowds?|mobs?|marchers|protests?|rall(?:y|ies))\b/i.test(
        text,
      ) ||
        /\bmarch(?:es)?\b/.test(text))
    ) {
      trig = { ...trig, type: 'Riots', subType: 'Violent demonstration' };
    }
    // people shot or killed while the state breaks up their protest: a demonstration met with force, not an attack
    if (
      (trig.type === 'Violence against civilians' || trig.subType === 'Grenade') &&
      /\b(?:protest(?:s|ers|ing)?|demonstrat(?:ion|ions|ors)|rall(?:y|ies)|sit-ins?|marchers)\b/i.test(
        text.replace(NO_PROTEST_EVENT, ' '),
      ) &&
      INTERVENTION.test(text)
    )
      trig = { ...trig, type: 'Protests', subType: 'Protest with intervention', weapon: undefined };
    // armed men who kill or attack villagers commit violence against civilians (ACLED), whatever the verb
    if (
      trig.type === 'Battles' &&
      trig.subType === 'Armed clash' &&
      !TWO_SIDED.test(text.slice(at, at + trigLen)) &&
      CIVILIAN_VICTIMS.test(victimClause(text.slice(at))) &&
      !ARMED_VICTIMS.test(victimClause(text.slice(at)))
    )
      trig = { ...trig, type: 'Violence against civilians', subType: 'Attack' };
    // counted or habitual events ("more than 30 attacks had been recorded this year") are statistics, not incidents
    if (COUNTED.test(text)) return;
    // a market that rallies or marches higher, and ministers who clash over quotas, tell of no crowd and no fight
    if (
      trig.subType === 'Peaceful protest' &&
      /^(?:rall|march)/i.test(text.slice(at, at + trigLen)) &&
      (MARKET_CLAUSE.test(
        text
          .slice(Math.max(0, at - 40), at)
          .split(/[,;:]/)
          .pop() ?? '',
      ) ||
        /%|\bper ?cent\b|[$€£]\s?\d/i.test(clauseAround(text, at, trigLen)) ||
        (MARKET_CLAUSE.test(text) && !CROWD_WORD.test(text)))
    )
      return;
    if (
      trig.subType === 'Armed clash' &&
      VERBAL_CLASH.test(text) &&
      !/\b(?:killed|killing|wounded|wounding|injured|dead|fire|shots?|gun\w*|weapons?|troops|soldiers|fighters)\b/i.test(
        text,
      )
    )
      return;
    if (trig.subType === 'Arrests' && !POLITICAL.test(doc.paragraphs[s.para].text)) return;
    // a habitual pattern is not an incident, unless the sentence also names the day of one
    const habitual = HABITUAL.test(clauseAround(text, at, trigLen));
    const sentDay = dates.some(
      (d) => d.sent === s.index && (d.precision === 'day' || d.precision === 'time'),
    );
    if (habitual && !sentDay) return;
    const generic = habitual || GENERIC.test(text);
    const clause = text.slice(Math.max(0, at - 60), at + 80);
    // an event only planned, prepared or threatened is no incident, whatever day the sentence names
    if (PLANNED.test(text.slice(Math.max(0, at - 50), at))) return;
    if (
      /\b(?:next|upcoming|coming|forthcoming|planned|future)\s+(?:[\w-]+\s+)?$/i.test(
        text.slice(Math.max(0, at - 30), at),
      )
    )
      return;
    if (
      /^[\w-]*\s+(?:(?:planned|scheduled|set|called)\s+for|due\s+to\s+(?:take place|be held)|expected\s+(?:on|next|later))\b/i.test(
        text.slice(at + trigLen - 1),
      )
    )
      return;
    // a modal that governs the trigger ("said its soldiers would continue … the areas it has liberated") is reported
    // future or possibility, even after "said"
    const trigClause0 = clauseAround(text, at, trigLen);
    const clause0At = text.indexOf(trigClause0);
    const hypothetical =
      (HYPOTHETICAL.test(clause) && !/\b(?:said|says|reported)\b/.test(text.slice(0, at))) ||
      (clause0At >= 0 && /\b(?:would|will|could|might|may)\b/i.test(text.slice(clause0At, at)));
    const para = doc.paragraphs[s.para];
    // the date: in the sentence (time beats day), else in the paragraph
    const sentDates = dates.filter((d) => d.sent === s.index);
    const paraDates = dates.filter((d) => doc.sentences[d.sent].para === s.para && d.sent < s.index);
    // the day a statement was made is not the day of the event: "the military said on Thursday that …"
    const saidOn = (d: DateMention) =>
      /\b(?:said|says|announced|reported|confirmed|told (?:\w+ ){0,2}|stated|added|statement|claimed|emerged|surfaced)\s+(?:late |early )?(?:on |in |at )?$/i.test(
        doc.text.slice(Math.max(0, d.start - 40), d.start),
      );
    // "Curfew was imposed on Wednesday after clashes …": that day belongs to the other clause
    const otherClause = (d: DateMention) =>
      d.sent === s.index &&
      d.end <= s.start + at &&
      /\b(?:after|following)\b/i.test(doc.text.slice(d.end, s.start + at));
    const dayDates = (list: DateMention[]) => {
      const days = list.filter((d) => d.precision === 'day' || d.precision === 'time');
      const event = days.filter((d) => !saidOn(d) && !otherClause(d));
      return event.length ? event : days;
    };
    let date =
      dayDates(sentDates).find((d) => d.precision === 'time' && !d.anchored) ??
      dayDates(sentDates).find((d) => d.precision === 'time') ??
      dayDates(sentDates)[0] ??
      dayDates(paraDates).reverse()[0] ??
      sentDates[0] ??
      null;
    // a place hit, told after the barrage: the barrage's day
    if (!date && site?.ctxSent != null) {
      const ctxSent = site.ctxSent;
      date = dayDates(dates.filter((d) => d.sent === ctxSent))[0] ?? null;
    }
    // "that month", "at the time": the time of the paragraph's earlier sentence
    if (
      !date &&
      /\b(?:that (?:month|year|week|day|summer|spring|autumn|winter|night)|at the time)\b/i.test(text)
    ) {
      const earlier = dates.filter((d) => doc.sentences[d.sent].para === s.para && d.sent < s.index);
      date = earlier[earlier.length - 1] ?? null;
    }
    // a site of a barrage has its place; interceptions told without one happened over what the barrage targeted
    // (told before them), not over the town hit in the next sentence
    let place =
      site?.place ??
      (site?.seg
        ? bestPlace(ents, site.seg[0], site.seg[1], doc.text)
        : bestPlace(ents, s.start, s.end, doc.text)) ??
      (trig.subType === DISRUPTED
        ? bestPlace(ents, para.start, s.start, doc.text)
        : bestPlace(ents, para.start, para.end, doc.text)) ??
      (site?.ctxSent != null
        ? bestPlace(ents, doc.sentences[site.ctxSent].start, doc.sentences[site.ctxSent].end, doc.text)
        : null);
    // background: a date well before publication, or a cue of a past event mentioned in passing
    let background = false;
    if (date && published) {
      const days =
        (Date.parse(published) - Date.parse(date.iso.slice(0, 10).padEnd(10, '-01').replace(/-$/, '-01'))) /
        864e5;
      if (days > 60 || (date.precision === 'year' && pubYear !== null && date.parts.y < pubYear))
        background = true;
    }
    // an activity kept up since some earlier time ("has been among the groups supporting protests since …") is context
    if (/\b(?:has|have) been\b[^.;]{0,80}\bsince\b/i.test(text) && /\bsince\b/i.test(text.slice(at)))
      background = true;
    if (
      BACKGROUND_CUE.test(text) &&
      !(date && (date.precision === 'day' || date.precision === 'time') && !background)
    )
      background = true;
    // a past event told in passing ("after Houthi forces seized a tanker last month", "the strike last week on a car
    // near Sidon"), with no day of its own: background, at the time the sentence gives (not the paragraph's day)
    if (!background && !sentDay && PAST_IN_PASSING.test(text)) {
      background = true;
      const own = sentDates.filter((d) => !saidOn(d));
      date = own[own.length - 1] ?? null;
    }
    if (generic && !date) {
      // generic mentions are not incidents; a generic sentence with a concrete past event is background at most
      return;
    }
    if (hypothetical && !date) return;
    // actors: the subject before the trigger and the object after it
    const trigAbs = s.start + at;
    // people killed or wounded are victims, not attackers: "Five soldiers killed as a roadside bomb hit …"
    const victim = (x: Span) =>
      /^\s*(?:,\s*)?(?:were |was |have been |had been |are )?(?:killed|wounded|injured|dead|died|hurt|missing)\b/i.test(
        doc.text.slice(x.end, x.end + 30),
      );
    const before = actorsIn(doc, ents, s.start, trigAbs).filter((x) => !victim(x));
    const after = actorsIn(doc, ents, trigAbs, s.end);
    let attacker: string | null = null;
    let target: string | null = null;
    const trigText = text.slice(at, at + 60).toLowerCase();
    const passiveTarget =
      /\b(?:received|got|obtained|took|sustained|came under|were (?:hit|targeted|attacked|struck)|was (?:hit|targeted|attacked|struck)|suffered)\b/i.test(
        text.slice(Math.max(0, at - 40), at + 60),
      );
    const lastActor = (list: Span[]) =>
      [...list].reverse().find((x) => !ents.places.some((p) => p.name === x.text)) ?? list[list.length - 1];
    if (trig.subType === 'Disrupted weapons use') {
      // whose weapons were downed: the side that launched the barrage, when the account names it
      attacker = site?.doer ?? 'unknown';
      target = before.length ? lastActor(before).text : null;
    } else if (passiveTarget) {
      target = before.length ? lastActor(before).text : null;
      const by = text.slice(at).match(/\bby ((?:the )?[\w.'-]+(?:\s+[\w.'-]+){0,4})/);
      // "struck by an anti-ship missile": a weapon, not who fired it
      attacker = by && !WEAPON_BY.test(by[1]) ? by[1].replace(/^the /, '') : null;
    } else {
      attacker = before.length ? before[before.length - 1].text : null;
      const tgt = after.find((x) =>
        /\b(?:against|on|targeting|at|killing|of)\s+(?:the\s+)?$/i.test(
          doc.text.slice(Math.max(trigAbs, x.start - 20), x.start),
        ),
      );
      target = tgt?.text ?? null;
      const by = text.slice(at).match(/\bby ((?:the )?[A-Z][\w.'-]+(?:\s+[\w.'-]+){0,4})/);
      if (by && /(?:ed|en)\b/.test(trigText)) attacker = by[1].replace(/^the /, '');
    }
    // slots from the sentence, its paragraph, and later paragraphs that refer back
    const window: [number, number][] = [[para.start, para.end]];
    for (let p = s.para + 1; p < Math.min(doc.paragraphs.length, s.para + 4); p++) {
      const pt = doc.paragraphs[p].text;
      const otherTrigger =
        T.some((t) => t.re.test(pt)) && !/\b(?:the|this) (?:incident|attack|strike)\b/i.test(pt);
      if (otherTrigger) break;
      // a paragraph that does not refer back is skipped, not the end of the story ("The attackers fled …")
      if (REFER_BACK.test(pt)) window.push([doc.paragraphs[p].start, doc.paragraphs[p].end]);
    }
    // a vague place or a missing day is completed from later sentences that refer back ("the strike hit … near Jilib")
    if (!place || place.kind === 'country' || place.kind === 'region' || !date || saidOn(date)) {
      // the paragraph right after a lead tells its details even without pointing back ("Father X was seized … in
      // the village of Y … on Sunday"), up to a sentence with an event of its own
      const next = doc.paragraphs[s.para + 1];
      const detail = new Set<number>();
      // (not after the headline, whose next paragraph is the lead or the dateline)
      if (next && s.para > 0 && next.text.length > 60 && !T.some((t) => t.re.test(next.text))) {
        for (const k of next.sentences) {
          if (ownEvent(doc.sentences[k].text)) break;
          detail.add(k);
        }
      }
      const ranges = detail.size ? [...window, [next.start, next.end] as [number, number]] : window;
      for (const [a, b] of ranges) {
        for (const sn of doc.sentences) {
          if (
            sn.start < a ||
            sn.end > b ||
            sn.index <= s.index ||
            (!REFERS.test(sn.text) && !detail.has(sn.index)) ||
            // "The attack came two days after a missile hit Kharkiv": another event, told to relate them
            (remote && RELATED.test(sn.text))
          )
            continue;
          // (a detail sentence gives the day; its place may be where something else in the story happened)
          const p2 = REFERS.test(sn.text) ? bestPlace(ents, sn.start, sn.end, doc.text) : null;
          if (
            p2 &&
            (PLACE_RANK[p2.kind] ?? 0) > (place ? (PLACE_RANK[place.kind] ?? 0) : 0) &&
            (!place?.country || p2.country === place.country)
          )
            place = p2;
          if (!date || saidOn(date)) {
            const d2 = dates.find(
              (d) => d.sent === sn.index && (d.precision === 'day' || d.precision === 'time') && !saidOn(d),
            );
            if (d2) date = d2;
          } else if (date.precision === 'day') {
            const d2 = dates.find(
              (d) =>
                d.sent === sn.index &&
                d.precision === 'time' &&
                d.iso.slice(0, 10) === date?.iso.slice(0, 10),
            );
            if (d2) date = d2;
          }
        }
      }
    }
    // a place named in the sentence only outside the trigger's clause and not after a locative is a weak guess
    const trigClause = clauseAround(text, at, trigLen);
    const clauseStart = s.start + text.indexOf(trigClause);
    const placeMentions = place
      ? ents.mentions.filter(
          (m) => m.kind === 'place' && m.id === place?.id && m.start >= s.start && m.end <= s.end,
        )
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
    // casualties and attribution are read sentence by sentence, nearest first, and never from a sentence that tells
    // of an event of its own ("… killing 12 soldiers. In Mali, a roadside bomb … wounding nine")
    // one of several places a sentence says were hit: the rest of the account speaks of it only where it names it
    const sitePlace = site?.place ?? null;
    const evSents = eventSentences(doc, s, window).filter(
      (sn) =>
        !sitePlace ||
        sn === s ||
        ents.mentions.some(
          (m) => m.kind === 'place' && m.id === sitePlace.id && m.start >= sn.start && m.end <= sn.end,
        ),
    );
    // only the day it was reported: the day it happened is told in the account ("… said Wednesday. … on Tuesday")
    if (!date || saidOn(date) || otherClause(date)) {
      for (const sn of evSents.slice(1)) {
        const d2 = dates.find(
          (d) =>
            d.sent === sn.index &&
            (d.precision === 'day' || d.precision === 'time') &&
            !saidOn(d) &&
            (!published || d.iso.slice(0, 10) <= published),
        );
        if (d2) {
          date = d2;
          break;
        }
      }
    }
    const cas: Casualties = { killed: null, injured: null, damage: null };
    let attribution: ReturnType<typeof attributionIn> = null;
    const sides = new Map<string, number>();
    for (const sn of evSents) {
      // (the trigger sentence of one site: only the part that tells of it)
      const [a0, b0] = sn === s && site?.seg ? site.seg : [sn.start, sn.end];
      const c = casualtiesIn(doc.text.slice(a0, b0), nums, a0, b0, doc.text, ents);
      for (const [k, v] of c.sides ?? []) if (!sides.has(k)) sides.set(k, v);
      if (cas.killed === null) cas.killed = c.killed;
      if (cas.injured === null) cas.injured = c.injured;
      if (cas.damage === null) cas.damage = c.damage;
      // a claim or a blame anywhere in the account beats "no group has claimed it"
      if (!attribution || attribution.kind === 'none') {
        const at = attributionIn(doc, ents, sn.start, sn.end);
        if (at && (!attribution || at.kind !== 'none')) attribution = at;
      }
    }
    // the dead of both sides of one fight add up: "killing 23 rebels … Three soldiers were killed" = 26
    if (sides.size >= 2) {
      const sum = [...sides.values()].reduce((x, y) => x + y, 0);
      if (cas.killed === null || sum > cas.killed) cas.killed = sum;
    }
    for (const sn of evSents) {
      const strong = damageIn(sn.text, true);
      if (strong && cas.damage !== 'none reported') {
        cas.damage = strong;
        break;
      }
    }
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
        if (isGenericActor(attacker) || attacker === 'forces') attacker = sayer;
      }
    }
    // a group that says it did it claims it: "The group said it had overrun the base"
    if (!attribution || attribution.kind === 'none') {
      for (const sn of evSents) {
        const own = sn.text.match(OWN_CLAIM);
        if (!own || own.index === undefined) continue;
        const subj = sn.text.slice(0, own.index);
        const named = lastNamed(ents, sn.start, sn.start + own.index);
        const by = /\b(?:the|this) (?:group|militants|movement|rebels|insurgents|organi[sz]ation)\s*$/i.test(
          subj,
        )
          ? !isGenericActor(attacker)
            ? attacker
            : lastNamed(ents, para.start, sn.start)
          : named;
        if (!by) continue;
        attribution = { kind: 'claimed', text: `claimed by ${by}`, by };
        if (isGenericActor(attacker)) attacker = by;
        break;
      }
    }
    // who did it is told by a named source: the source claims its own act, or puts it on the one who did it
    // ("Protesters threw stones at police …, according to a statement from the National Police Service")
    // the doer named by its country on the weapon or the units, anywhere in the account ("It was a Kyrgyz drone")
    if (
      isGenericActor(attacker) &&
      !attribution?.on &&
      attribution?.kind !== 'claimed' &&
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
    if (!attribution && attacker && attacker !== 'unknown' && !UNNAMED.test(attacker)) {
      let src = sourceOf(doc, ents, s.start, s.end);
      // a crowd is not "blamed" for its own demonstration by whoever reports it
      for (const sn of evSents) {
        if (src || family(trig.subType) === 'protest' || isGenericActor(attacker)) break;
        src = speakerOf(doc, ents, sn.start, sn.end);
      }
      // the state's own ministry, army or police telling what its soldiers or officers did reports its own act
      const stateOwn =
        !!src &&
        STATE_SOURCE.test(src) &&
        STATE_DOER.test(text.slice(0, at)) &&
        !NON_STATE_DOER.test(text.slice(0, at));
      if (src && !sameActor(src, attacker) && !stateOwn)
        attribution = { kind: 'blamed', text: `blamed on ${attacker} by ${src}`, by: src, on: attacker };
      else if (src) attribution = { kind: 'claimed', text: `claimed by ${src} (its own report)`, by: src };
    }
    // the state's police or soldiers making arrests carry out their own act
    if (
      (!attribution || attribution.kind === 'none') &&
      trig.subType === 'Arrests' &&
      STATE_DOER.test(text.slice(0, at)) &&
      !NON_STATE_DOER.test(text.slice(0, at))
    )
      attribution = {
        kind: 'claimed',
        text: `carried out by ${attacker ?? 'the authorities'} (state arrests)`,
      };
    // a named group that claimed or was blamed beats a generic or missing attacker ("militants", "troops")
    const genericActor = isGenericActor(attacker);
    // the claimant names the doer more narrowly ("IRGC Navy" for "Islamic Revolutionary Guard Corps")
    if (
      attribution?.kind === 'claimed' &&
      attribution.by &&
      attacker &&
      narrower(attribution.by, attacker, ents)
    )
      attacker = attribution.by;
    if (attribution?.kind === 'claimed' && attribution.by && genericActor) attacker = attribution.by;
    if (attribution?.kind === 'blamed' && attribution.on && genericActor) attacker = attribution.on;
    // "a Turkish drone strike": the country's forces
    if (isGenericActor(attacker) && trig.type === EXP) {
      const dm = text.slice(Math.max(0, at - 30), at).match(/\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$/);
      if (dm && isDemonym(dm[1])) attacker = `${dm[1]} forces`;
    }
    // a place hit after a barrage was hit by the side that launched it
    if (site?.doer && isGenericActor(attacker)) attacker = site.doer;
    // a country that strikes from afar does so with its forces ("Russia shelled …" → Russian forces)
    if (remote && attacker) attacker = forcesOf(attacker) ?? attacker;
    if (!attacker) attacker = 'unknown';
    // in a protest or a riot the first actor is the crowd
    if (
      family(trig.subType) === 'protest' &&
      !/protest|demonstrat|riot|march|crowd|students|workers/i.test(attacker)
    )
      attacker = 'protesters';
    // attacks told in the plural, on no day of their own, over a sea or a whole region, with no one killed or hurt
    // ("after drone attacks on tankers in the Red Sea raised fears"): the background of a story, not an event
    if (
      remote &&
      !background &&
      /\b(?:attacks|strikes|raids|bombings)\b/i.test(text.slice(at, at + trigLen + 12)) &&
      !/\b(?:attacks|strikes|raids|bombings) (?:on|in|against) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(
        text,
      ) &&
      [bestPlace(ents, s.start + at, Math.min(s.end, s.start + at + trigLen + 50), doc.text) ?? place].every(
        (p) => !p || p.kind === 'sea' || p.kind === 'region' || p.kind === 'country',
      ) &&
      cas.killed === null &&
      cas.injured === null &&
      !dates.some(
        (d) =>
          d.sent === s.index &&
          (d.precision === 'day' || d.precision === 'time') &&
          !saidOn(d) &&
          !otherClause(d),
      )
    )
      return;
    let confidence = trig.strength;
    if (place && place.kind !== 'country') confidence += 0.15;
    else if (place) confidence += 0.05;
    if (date && (date.precision === 'day' || date.precision === 'time')) confidence += 0.1;
    if (cas.killed !== null || cas.injured !== null) confidence += 0.05;
    if (attribution) confidence += 0.05;
    if (generic) confidence -= 0.25;
    if (
      !background &&
      !(date && (date.precision === 'day' || date.precision === 'time')) &&
      !(place && place.kind !== 'country')
    )
      confidence -= 0.2;
    if (hypothetical) confidence -= 0.2;
    confidence = Math.max(0.05, Math.min(0.99, Math.round(confidence * 100) / 100));
    if (confidence < 0.35) return; // too little to call it an incident
    // an event dated after publication has not happened yet ("another protest next Wednesday")
    if (
      date &&
      published &&
      (date.precision === 'day' || date.precision === 'time') &&
      date.iso.slice(0, 10) > published
    )
      return;
    const dateIso = date
      ? date.precision === 'time'
        ? date.iso
        : date.precision === 'day'
          ? date.iso
          : null
      : null;
    const localTime =
      date?.precision === 'time' && date.parts.h !== undefined
        ? `${String(date.parts.h).padStart(2, '0')}:${String(date.parts.mi ?? 0).padStart(2, '0')}`
        : null;
    const inc: Candidate = {
      type: trig.type,
      subType: trig.subType,
      summary: '',
      evidence: text,
      place: place?.name ?? null,
      country: place?.country ?? null,
      date: dateIso ?? (background && date ? date.iso : null),
      localTime,
      attacker,
      target,
      attribution: attribution?.text ?? 'not ascribed',
      killed: cas.killed,
      injured: cas.injured,
      damage: cas.damage,
      background,
      confidence,
      lowConfidence: confidence < 0.5,
      weapon: trig.weapon ?? null,
      sentence: s.index,
      paragraphs: [...new Set(window.map(([a]) => doc.paragraphs.findIndex((p) => p.start === a)))],
      trig,
      start: s.start,
      placeRef: place,
      placeWeak,
      dateWeak: !date || saidOn(date),
      firstPara: s.para,
      lastPara: s.para,
      sents: evSents.map((x) => x.index),
    };
    // the same event told again (the headline, the lead, "the attack", a protest and the riot it became) is one record
    const para0 = s.para;
    const vague = (p: Place | null) => !p || p.kind === 'country' || p.kind === 'region' || p.kind === 'sea';
    const incWeak = !date || saidOn(date);
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
      if (!remote || !REMOTE_SUBTYPES.has(f.subType)) return false;
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
      return fp.admin1 !== place.name && place.admin1 !== fp.name && !nested(f);
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
    const detailOf =
      !anaphorOf && !inc.background && !ownDay && !DIFFERENT.test(text)
        ? [...found]
            .reverse()
            .find(
              (f) =>
                !f.background &&
                !distinct(f) &&
                (family(f.subType) === family(inc.subType) || (inc.subType === 'Arrests' && !ownPlace)) &&
                (!ownPlace ||
                  ownPlace.name === f.place ||
                  (!!f.placeRef &&
                    ownPlace.country === f.placeRef.country &&
                    (PLACE_RANK[ownPlace.kind] ?? 0) < (PLACE_RANK[f.placeRef.kind] ?? 0))),
            )
        : undefined;
    // words in quotation marks with no day of their own ("The regime's air force has once again massacred our
    // people", called the shooting "a massacre") describe the event being told, not another one
    const latestCurrent = [...found].reverse().find((f) => !f.background);
    if (
      latestCurrent &&
      !distinct(latestCurrent) &&
      !ownDay &&
      !inc.background &&
      para0 - latestCurrent.lastPara <= 6 &&
      insideQuote(text, at) &&
      !DIFFERENT.test(text)
    ) {
      latestCurrent.lastPara = Math.max(latestCurrent.lastPara, para0);
      for (const k of inc.sents) if (!latestCurrent.sents.includes(k)) latestCurrent.sents.push(k);
      return;
    }
    // the same strike told by another source, placed against the first account's place ("struck the market in the
    // village of X, about 20 km east of Y") on no other day: one event, at the narrower place
    const relativeOf =
      !inc.background && ownPlace && !DIFFERENT.test(text) && !sitePlace
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
                  (m) =>
                    m.kind === 'place' && m.id === f.placeRef?.id && m.start >= s.start && m.end <= s.end,
                ) ||
                  (!!f.place &&
                    new RegExp(`\\b(?:of|from|near|outside) ${escapeRe(f.place)}\\b`).test(text))),
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
      return;
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
      return;
    }
    // a side's own claim of a strike, told after the account of it, on no day but the statement's ("the defence
    // ministry said on Wednesday its forces had struck port facilities in X"): the strike already told, not another
    const claimOf =
      remote && !inc.background && !ownDay && OWN_STRIKE_CLAIM.test(text) && !DIFFERENT.test(text)
        ? [...found].reverse().find((f) => {
            if (f.background || !REMOTE_SUBTYPES.has(f.subType) || para0 - f.lastPara > 6) return false;
            const fc = countryOfDoer(f.attacker ?? '', ents);
            const ic = countryOfDoer(inc.attacker ?? '', ents);
            if (!fc || fc !== ic) return false;
            const fp = f.placeRef;
            if (!fp || !place || !fp.country || !place.country) return true;
            return fp.country === place.country;
          })
        : undefined;
    if (claimOf) {
      if (place && vague(claimOf.placeRef) && !vague(place)) {
        claimOf.place = place.name;
        claimOf.country = place.country;
        claimOf.placeRef = place;
      }
      if (isGenericActor(claimOf.attacker) && !isGenericActor(inc.attacker)) claimOf.attacker = inc.attacker;
      if (claimOf.attribution === 'not ascribed' && attribution) claimOf.attribution = inc.attribution;
      claimOf.killed ??= inc.killed;
      claimOf.injured ??= inc.injured;
      joinAccount(claimOf, inc, para0);
      return;
    }
    const sameEvent =
      anaphorOf ??
      detailOf ??
      [...found].reverse().find((f) => {
        if (f.background !== inc.background) return false;
        if (distinct(f)) return false;
        const gap = para0 - f.lastPara;
        // a sentence with nothing of its own (no place, no day) or that says the fighting went on adds detail;
        // so does a weak trigger in a sentence about "this strike" ("This strike targeted fighters preparing attacks")
        if (!inc.background) {
          if (gap <= 1 && CONTINUES.test(text)) return true;
          // a witness's words with no place or day of their own describe the event already told
          const quoted = /^\s*["“]/.test(text);
          if (!inc.place && !inc.date && (gap <= 1 || ((gap <= 3 || quoted) && f.type === inc.type)))
            return true;
          if (gap <= 3 && trig.strength < 0.6 && REFERS.test(text) && !RELATED.test(text)) return true;
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
        return (
          (gap <= 1 && (ip?.lat === null || fp?.lat === null)) ||
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
      }
      if (
        inc.date &&
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
      f.confidence = Math.max(f.confidence, inc.confidence);
      f.lowConfidence = f.confidence < 0.5;
      joinAccount(f, inc, para0);
      return;
    }
    found.push(inc);
  };
  prepareRemote(doc);
  const sitesOf = doc.sentences.map((s) => {
    if (s.text.length > 3000 || FIGURATIVE.test(s.text)) return null;
    const seen = s.text.replace(LEGAL_CHARGE, (m) => ' '.repeat(m.length));
    return remoteSites(
      doc,
      ents,
      s,
      (t) => bestTrigger(t === s.text ? seen : t.replace(LEGAL_CHARGE, (m) => ' '.repeat(m.length))),
      inDateline,
    );
  });
  // a place hit told without a weapon, after a barrage, is an event of its own (it ends the account before it)
  hitSentences = new Set(doc.sentences.filter((_s, k) => sitesOf[k]?.some((x) => x.hit)).map((s) => s.text));
  doc.sentences.forEach((s, k) => {
    if (s.text.length > 3000) return;
    const sites = sitesOf[k];
    if (sites) for (const site of sites) consider(s, site);
    else consider(s, null);
  });
  // arrests made at a demonstration belong to it (ACLED codes the demonstration, with its intervention)
  for (let k = found.length - 1; k >= 0; k--) {
    const a = found[k];
    if (a.subType !== 'Arrests' || a.background) continue;
    const told = a.sents.map((i) => doc.sentences[i]?.text ?? '').join(' ');
    if (
      !/\b(?:protest\w*|demonstrat\w+|rall(?:y|ies)|march\w*|activists|block(?:ed|ing|ade)|sit-in|riot\w*)\b/i.test(
        told,
      )
    )
      continue;
    const day = a.date?.slice(0, 10);
    const demo = found.find(
      (f) =>
        f !== a &&
        !f.background &&
        family(f.subType) === 'protest' &&
        (!day || !f.date || f.date.slice(0, 10) === day) &&
        (!a.placeRef?.country || !f.placeRef?.country || a.placeRef.country === f.placeRef.country),
    );
    if (!demo) continue;
    for (const i of a.sents) if (!demo.sents.includes(i)) demo.sents.push(i);
    if (!demo.date && a.date) demo.date = a.date;
    if (!demo.place && a.place) {
      demo.place = a.place;
      demo.country = a.country;
      demo.placeRef = a.placeRef;
    }
    demo.confidence = Math.max(demo.confidence, a.confidence);
    found.splice(k, 1);
  }
  // an event told with no place of its own ("gathered outside the court building") happened where the story is:
  // the nearest town named in the paragraphs just before it (a guess, kept weak)
  for (const f of found) {
    if (f.place || f.background) continue;
    const sn = doc.sentences[f.sentence];
    const from = doc.paragraphs[Math.max(0, sn.para - 3)].start;
    const prior = ents.mentions.filter(
      (m) => m.kind === 'place' && m.start >= from && m.end <= sn.start && !inDateline(m.start),
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
  completeFromAccount(found, doc, ents);
  for (const f of found) {
    if (family(f.subType) === 'protest') classifyProtest(f, doc, ents);
    else if (isGenericActor(f.attacker) || STATE_WORD.test(f.attacker ?? '')) {
      const named = namedForce(f.attacker, ents);
      if (named) f.attacker = named;
    }
  }
  for (const f of found) {
    f.attacker = tidyActor(f.attacker) ?? 'unknown';
    f.target = tidyActor(f.target);
  }
  return found.map(
    ({
      sents: _ss,
      trig: _t,
      start: _s,
      placeRef: _p,
      placeWeak: _pw,
      dateWeak: _w,
      firstPara: _f,
      lastPara: _l,
      ...inc
    }) => ({
      ...inc,
      summary: summarise(inc),
    }),
  );
}

/** Function words an actor phrase cut from a sentence may end with ("Kurdish Peshmerga forces near the"). */
const ACTOR_TAIL = /\s+(?:near|in|at|on|of|from|to|into|and|or|the|a|an|its|their|his|her|who|which|that)$/i;

/** An actor as shown: without trailing function words; nothing when only a determiner is left ("A", "The"). */
export function tidyActor(actor: string | null): string | null {
  if (!actor) return actor;
  let a = actor.trim();
  for (let prev = ''; prev !== a; ) {
    prev = a;
    a = a.replace(ACTOR_TAIL, '').replace(/[\s,;:-]+$/, '');
  }
  return /^(?:|a|an|the|this|that|these|those|its|their)$/i.test(a) ? null : a;
}

/**
 * An event's account runs on after its last trigger sentence until the next event begins: blame told there
 * ("Local officials … blamed Dan Na Ambassagou"), the doer's country on a weapon in a witness's words ("It was a
 * Kyrgyz drone"), and who reports it complete the record.
 */
function completeFromAccount(found: Candidate[], doc: Doc, ents: Entities): void {
  const firstOf = (f: Candidate) => Math.min(...f.sents, f.sentence);
  const order = [...found].sort((x, y) => firstOf(x) - firstOf(y));
  order.forEach((f, k) => {
    if (f.background) return;
    const from = Math.max(...f.sents, f.sentence) + 1;
    const to = k + 1 < order.length ? firstOf(order[k + 1]) : doc.sentences.length;
    const span: Sentence[] = [];
    for (let i = from; i < to && i < doc.sentences.length; i++) {
      const sn = doc.sentences[i];
      if (sn.para > f.lastPara + 6) break;
      if (sn.text.length > 3000) continue;
      if (ownEvent(sn.text)) break;
      span.push(sn);
    }
    const crowd = f.type === 'Protests' || f.type === 'Riots';
    // "The crew were unharmed", told further down: stated none
    if (f.killed === null && f.injured === null) {
      for (const sn of span) {
        if (
          !/\b(?:unharmed|unhurt|uninjured|no (?:casualties|injuries)|nobody was|no one was)\b/i.test(sn.text)
        )
          continue;
        const c = casualtiesIn(sn.text, [], sn.start, sn.end, doc.text, ents);
        if (c.killed === 0 || c.injured === 0) {
          f.killed = c.killed;
          f.injured = c.injured;
          break;
        }
      }
    }
    if (f.attribution === 'not ascribed' && !crowd) {
      for (const sn of span) {
        const at = attributionIn(doc, ents, sn.start, sn.end);
        if (!at || at.kind === 'none') continue;
        f.attribution = at.text;
        if (isGenericActor(f.attacker) && at.kind === 'blamed' && at.on) f.attacker = at.on;
        if (isGenericActor(f.attacker) && at.kind === 'claimed' && at.by) f.attacker = at.by;
        break;
      }
    }
    if (isGenericActor(f.attacker) && !crowd) {
      for (const sn of span) {
        const d = demonymForces(sn.text);
        if (d) {
          f.attacker = d;
          break;
        }
      }
    }
    // a group's own word that it now holds the place ("said the X coalition now controlled …") claims a takeover
    if (f.attribution === 'not ascribed' && /territory/i.test(f.subType)) {
      for (const sn of span.concat(f.sents.map((i) => doc.sentences[i]))) {
        const m = sn.text.match(TERRITORY_CLAIM);
        if (!m || m.index === undefined) continue;
        const at = sn.start + m.index + m[0].indexOf(m[1]);
        const by = lastNamed(ents, at, at + m[1].length + 1);
        if (!by) continue;
        f.attribution = `claimed by ${by}`;
        if (isGenericActor(f.attacker)) f.attacker = by;
        break;
      }
    }
    // a named force that says it did it, further down: "The Guards said in a statement that its boats had stopped …"
    if (f.attribution === 'not ascribed' && !crowd) {
      for (const sn of span) {
        const own = sn.text.match(OWN_CLAIM);
        if (!own || own.index === undefined) continue;
        // after the account, "X said it had killed …" is as likely the other side's answer as a claim of this act
        if (
          !/\b(?:carried out|launched|stopped|boarded|seized|captured|took control|overrun|overran|stormed|conducted)\b/.test(
            own[0],
          )
        )
          continue;
        const by = lastNamed(ents, sn.start, sn.start + own.index);
        if (!by) continue;
        f.attribution = `claimed by ${by}`;
        const code = f.attacker ? countryActor(f.attacker, ents) : null;
        if (isGenericActor(f.attacker) || (code && forceOfCountry(by, code, ents))) f.attacker = by;
        break;
      }
    }
    if (f.attribution === 'not ascribed' && !crowd && f.attacker && !isGenericActor(f.attacker)) {
      const attacker = f.attacker;
      const code = countryActor(attacker, ents);
      const told = [...f.sents.map((i) => doc.sentences[i]), ...span];
      for (const sn of told) {
        const src = speakerOf(doc, ents, sn.start, sn.end);
        if (!src) continue;
        // the country's own force reporting what the country did reports its own act
        const own = sameActor(src, attacker) || (!!code && forceOfCountry(src, code, ents));
        f.attribution = own ? `claimed by ${src} (its own report)` : `blamed on ${attacker} by ${src}`;
        if (own && code && ents.orgs.some((o) => o.name === src)) f.attacker = src;
        break;
      }
    }
  });
}

function summarise(i: Omit<ExtractedIncident, 'summary'>): string {
  const where = i.place ? ` at ${i.place}${i.country && i.place !== i.country ? ` (${i.country})` : ''}` : '';
  const when = i.date ? ` on ${i.date.slice(0, 10)}${i.localTime ? ` ${i.localTime} local` : ''}` : '';
  const who = i.attacker && i.attacker !== 'unknown' ? `${i.attacker}` : 'unknown attacker';
  const tgt = i.target ? ` against ${i.target}` : '';
  const cas = [
    i.killed !== null ? `${i.killed} killed` : null,
    i.injured !== null ? `${i.injured} injured` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${i.subType}${where}${when}: ${who}${tgt}${cas ? `; ${cas}` : ''}${i.background ? ' (background)' : ''}`;
}
