/**
 * The trigger lexicon: which words tell of which ACLED event type and sub-type, how strongly, and the sub-type a
 * trigger takes in its sentence (a battle among protesters is a riot; armed men attacking villagers commit violence
 * against civilians).
 */
import { CAPTIVES_SRC, clauseAround, DEFUSED_PASSIVE, IT_MADE_SAFE, OWN_DAY } from './common.ts';
import {
  AIR_WORDS,
  ARMED_DOER_RE,
  ARMED_GROUP_RE,
  ARMED_MEN_PASSIVE,
  ARMED_OTHER,
  ARMED_VOLUNTEERS,
  CIVILIAN_NOUNS,
  CIVILIAN_PLACES,
  CIVILIAN_VEHICLE,
  FORCES,
  FORCES_KILLED_ENEMY,
  GOV_TERRITORY,
  GUARDED_SITES,
  KIND_TRIGGERS,
  MILITARY_POSTS,
  NSA_TERRITORY,
  RIVAL_CROWD,
  TAKEN_PLACE,
  territorySubType,
} from './kinds.ts';
import {
  CROWD_FIRE,
  CROWD_MET_POLICE_RE,
  CROWD_MISSILES,
  CROWD_NOUN,
  demonstration,
  FORCE_BREAKS_UP,
  FORCE_ON_CROWD,
  INTERVENTION,
  NO_PROTEST_EVENT,
  PROTESTERS_SHOT,
  RIOT_WORD,
  SHOT_CROWD,
} from './protests.ts';
import {
  AIR,
  accidentStory,
  arsonStory,
  BARE_STRIKE,
  DISRUPTED,
  GROUND_WEAPON_AND,
  gated,
  REMOTE_TRIGGERS,
  SHELL,
  SHIP_ATTACK,
  strikeSubType,
  weaponSubType,
} from './remote.ts';
import type { Trigger } from './types.ts';
import { retoldFrom } from './when.ts';

/** Armed sides, whose fights with each other are battles, not a crowd's: "rebels and troops fought each other". */
const ARMED_NOT =
  'troops|soldiers|army|military|(?:armed|security) forces|militants?|rebels?|insurgents?|jihadists?|fighters|gunm[ae]n|militia\\w*|paramilitar\\w+|guerrillas?|bandits|gangs?|cartels?|factions?';
/** A demonstration's crowd or its gathering: a fight told at one is the demonstration's ("marchers and supporters"). */
const DEMO_SIDE = 'marchers|protesters|demonstrators|rall(?:y|ies)|march';
/** The state's force as one of two sides that fight each other: "police and youths fought each other". */
const STATE_FORCE = 'police\\w*|officers|gendarm\\w+';
export const EXP = 'Explosions/Remote violence';
/** Words of a crowd or its gathering. */
const CROWD_WORD =
  /\b(?:protesters|demonstrators|rioters|crowds?|mobs?|marchers|protest(?:s|ing)?|demonstrating|rall(?:y|ies))\b/i;
/**
 * A pattern tried only where the story allows it (`tried` says so for the text at hand); elsewhere it matches nothing.
 */
class StoryRegExp extends RegExp {
  constructor(
    source: string,
    flags: string,
    private readonly tried: (text: string) => boolean,
  ) {
    super(source, flags);
  }
  override exec(text: string): RegExpExecArray | null {
    if (!this.tried(text)) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    return super.exec(text);
  }
}
/**
 * Tried only in a story of arson or sabotage, on a sentence with a day of its own: there a fire told of a thing ("a
 * signal box was set alight on Sunday", "two tanks at the depot caught fire before dawn on Tuesday") is one set on
 * purpose, an event of its own.
 */
const inArsonStory = (text: string) => arsonStory() && OWN_DAY.test(text);
/** Not tried in a story of an explosion by accident (a gas tank, a boiler): there a blast is no bomb. */
const outsideAccidentStory = () => !accidentStory();
/** People held, hunted or set free: what "recaptured" or "liberated" is done to when no ground is taken. */
const PEOPLE_TAKEN_SRC =
  '(?:escapees|escaped (?:inmates|prisoners)|fugitives|inmates|prisoners|detainees|convicts|hostages|captives|victims|abductees|kidnap(?:ped)? victims|(?:the )?abducted|students|pupils|schoolchildren|children|girls|boys|women|men|villagers|passengers|workers|people|persons|them|him|her)';
/**
 * A bomb told as dropped by a drone ("the bomb fell from a drone", "explosives dropped from a UAV hit the post"), or a
 * drone flown into its target with its charge ("sent a drone packed with explosives into the depot"): a little stronger
 * than the bomb's own words, which tell the same blast.
 */
export const DROPPED_FROM_DRONE: Trigger = {
  re: /\b(?:(?:bombs?|grenades?|explosives|munitions?|explosive devices?|charges?) (?:that )?(?:fell|dropped|was dropped|were dropped|had been dropped) (?:from|by) (?:an? |the |two |three )?(?:[\w-]+ )?(?:drones?|UAVs?)|(?:drones?|UAVs?) (?:loaded|laden|packed|rigged) with (?:explosives|bombs|grenades) (?:into|at|onto)\b)/i,
  type: EXP,
  subType: 'Air/drone strike',
  weapon: 'air/drone',
  strength: 0.72,
};
/**
 * An attack on a post, a base or a force, told with no weapon: a battle with its guards ("attacked an army base",
 * "an assault on the checkpoint"; one post, base or convoy: "attacks on bases" tell of a pattern). With rockets,
 * missiles, shells or drones told in its part of the sentence and no fight on the ground, it was delivered from afar
 * (retype).
 */
const ATTACK_ON_POST: Trigger = {
  re: /\b(?:attack(?:ed|s)?|assault(?:ed|s)?|raids? on) (?:on |against )?(?:a |an |the |two |\d+ )?(?:[\w.-]+ ){0,3}(?:base|convoy|checkpoint|patrol|post|troops|soldiers|servicemembers|police|police station|barracks|outpost|detachment|garrison|embassy|forces|positions?|(?:army|military|police|militia|rebel) camps?)\b/i,
  type: 'Battles',
  subType: 'Armed clash',
  strength: 0.45,
};
/** Words that may stand between a weapon and its verb: "jets had also struck", "drones on Monday hit". */
const THEN =
  '(?:also |again |then |later |on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?';
/**
 * People an arrest takes who make it a political one, or may (the screen keeps it only in a political or security
 * story): armed men and their leaders, militants, activists, journalists, opposition figures, agents.
 */
const HELD_PEOPLE =
  '(?:insurgents?|militants?|rebels?|bandits|jihadists?|terrorists?|guerrillas?|gunmen|fighters|militiamen|(?:[\\w-]+ )?(?:commanders?|leaders?|ringleaders?|kingpins?)|activists?|journalists?|reporters?|bloggers?|dissidents?|politicians?|lawmakers?|(?:opposition|party|union) (?:figures?|members?|officials?)|agents?|spies|informants?|collaborators?)';
export const T: Trigger[] = [
  {
    // (a car bomb driven into its target is a suicide bombing: "a car bomb rammed the hotel gate")
    re: /\bsuicide (?:bomber|bombing|attack|car bomb|vest)s?\b|\b(?:car|truck|van|vehicle|minibus) bombs? (?:rammed|was rammed|was driven|drove|crashed)\b|\brammed (?:an? |the |his |their )?(?:[\w-]+ )?(?:car|truck|van|vehicle|minibus) bombs?\b/i,
    type: EXP,
    subType: 'Suicide bomb',
    weapon: 'suicide bomb',
    strength: 0.75,
  },
  {
    // (or armed drones taken before they flew: "soldiers seized more explosive-laden drones nearby")
    // (the weapon is what was downed, not a word further on: "intercepted calls in which commanders discussed the
    // drone programme", "jammed the road to the missile base", "intercepted a shipment of drone parts")
    re: /(?:\b(?:seiz(?:ed|ing)|captured|recovered|confiscated)\s+(?:an?\s+|the\s+|two\s+|three\s+|four\s+|five\s+|several\s+|\d[\d,]*\s+)?(?:more\s+|other\s+)?(?:[\w-]+-laden|armed|attack|kamikaze|suicide)\s+(?:drones?|uavs?|quadcopters?)\b|\bbr(?:ought|ings?|inging) down\s+(?:an?\s+|the\s+|two\s+|three\s+|four\s+|five\s+|several\s+|all\s+|\d[\d,]*\s+)?(?:(?:more|other|enemy|hostile|[\w-]+-laden|[\w-]+-wing|explosive-laden|attack|kamikaze|suicide)\s+){0,2}(?:drones?|missiles?|rockets?|uavs?|aircraft|projectiles?)\b|\b(?:shot down|shoots? down|downed|intercepted|intercepts|foiled|defused|jammed)\b["”]?(?:[\s,"“”]+(?!(?:in|to|into|which|that|who|whom|where|when|while|calls?|messages?|communications?|conversations?|emails?|road|roads|traffic|plans?|shipments?|consignments?|cargo)\b)[\w'’-]+){0,6}?[\s"“”]+(?:drones?|missiles?|rockets?|unmanned aerial (?:system|vehicle)s?|uavs?|aircraft|projectiles?|explosive|bomb|ied)\b)(?!\s+(?:parts?|programmes?|programs?|bases?|factor(?:y|ies)|plants?|production|components?|makers?|industry|engines?|technology|designs?)\b)/i,
    type: 'Strategic developments',
    subType: 'Disrupted weapons use',
    weapon: 'drone',
    strength: 0.7,
  },
  {
    // a bomb made safe before it went off: "dismantled the device shortly before midnight", "bomb disposal experts
    // defused a device found near a school"
    // (or told in the passive, "a bomb planted under a bridge was defused on Monday", "an IED was found and defused";
    // with the bomb between, "made the device safe"; or as "it" after those who do it, "Army sappers defused it", or
    // before the words that make it safe, "It was later made safe by army technical officers")
    re: new RegExp(
      String.raw`\b(?:defused|dismantled|deactivated|disarmed|neutrali[sz]ed|made safe|rendered safe|(?<=\bsafely )disrupted)\s+(?:an? |the |two |three |\d+ )?(?:[\w-]+\s+){0,2}?(?:devices?|bombs?|explosives|IEDs?|car bombs?|(?:land)?mines?)\b|\b(?:made|rendered) (?:an? |the |two |three |\d+ )?(?:[\w-]+\s+){0,2}?(?:devices?|bombs?|explosives|IEDs?) safe\b|\b(?:devices?|bombs?|explosives|IEDs?|(?:land)?mines?)\b[^.;]{0,80}?\b${DEFUSED_PASSIVE}|${IT_MADE_SAFE}|(?<=\b(?:sappers?|bomb[- ]disposal (?:experts?|teams?|squads?|units?|officers?|technicians?)|bomb squads?|EOD (?:teams?|technicians?|units?)|explosive ordnance disposal (?:teams?|units?|experts?)|Technical Officers?)\s+(?:\w+\s+)?)(?:defused|dismantled|deactivated|disarmed) (?:it|them)\b`,
      'i',
    ),
    type: 'Strategic developments',
    subType: 'Disrupted weapons use',
    weapon: 'explosive',
    strength: 0.7,
  },
  {
    // arms found or seized before they were used, where no fight is told: a cache or depot uncovered ("troops uncovered
    // a cache of 40 rifles", "found an arms depot", "a cache of rifles and grenades was seized"), weapons recovered in
    // a search ("recovered three rifles, a mortar and 140 rounds in a search operation"), a launch pad found (the
    // weakest trigger, weaker than any other event of the sentence: arms taken in a fight or with an arrest are that
    // event's)
    re: /\b(?:uncovered|discovered|found|seized|recovered|unearthed|located|dug up|confiscated)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:(?:large|huge|big|major|hidden|underground|secret|significant)\s+)?(?:(?:weapons?|arms|ammunition|munitions|explosives?|bomb-making|IED)\s+(?:caches?|depots?|dumps?|stockpiles?|factor(?:y|ies)|workshops?)|(?:caches?|stockpiles?|arsenals?|dumps?)\s+of\s+(?:[^.;]{0,40}?\b)?(?:weapons|arms|rifles|guns|firearms|ammunition|explosives|grenades|mortars?|rockets?|IEDs|bombs|munitions))\b|\b(?:caches?|stockpiles?|arsenals?)\s+of\s+(?:[^.;]{0,50}?\b)?(?:weapons|arms|rifles|guns|firearms|ammunition|explosives|grenades|mortars?|rockets?|IEDs|bombs|munitions)\b[^.;]{0,40}?\b(?:(?:was|were|had been|have been)\s+)?(?:found|uncovered|discovered|seized|recovered|unearthed)\b|\b(?:recovered|seized|found|confiscated|uncovered)\s+(?:[^.;]{0,80}?\b)?(?:rifles|ammunition|rounds|explosives|grenades|mortars?|IEDs?|rocket launchers?)\b[^.;]{0,60}?\b(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:search|combing|cordon-and-search|sweep|clearance)\s+operations?\b|\b(?:found|discovered|uncovered|located|seized|dismantled)\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:rocket\s+)?launch(?:ing)?\s+(?:pads?|platforms?|ramps?)\b/i,
    type: 'Strategic developments',
    subType: 'Disrupted weapons use',
    weapon: 'arms',
    strength: 0.43,
  },
  {
    re: /\b(?:drones?|missiles?|rockets?|unmanned aerial (?:system|vehicle)s?|uavs?)\b[^.;]{0,60}?\b(?:(?:was|were|had been) (?:shot down|downed|intercepted|brought down))\b/i,
    type: 'Strategic developments',
    subType: 'Disrupted weapons use',
    weapon: 'drone',
    strength: 0.7,
  },
  {
    re: new RegExp(
      String.raw`\b(?:air ?strikes?|drone (?:strike|attack)s?|air raids?(?! (?:sirens?|alerts?|alarms?|warnings?|shelters?|drills?))|aerial (?:bombardment|attack)s?|bombing raids?|warplanes? (?:struck|bombed|hit)|(?:(?:fighter )?jets?|(?:fighter |war)planes?|aircraft|helicopters?|air force) (?:(?:had |have |has )${THEN}(?:struck(?! back\b)|bombed|hit)|${THEN}(?:struck|bombed|hit))|(?:(?:fighter )?jets?|warplanes?|helicopters?|gunships?) destroyed|drones? (?:(?:laden|loaded|packed|rigged|armed) with (?:[\w-]+ )?(?:explosives|bombs|grenades|munitions) )?(?:had |have |has )?${THEN}(?:struck|hit|slammed|crashed into|targeted|attacked|destroyed(?= (?:an? |the |two |three |four |five |\d+ |["“]an? ))|dropped (?:explosives|bombs|grenades|munitions|(?:an? |two |three )?(?:explosive devices?|bombs?|grenades?)))|(?:jets?|warplanes?|aircraft|helicopters?|gunships?|planes?|bombers?|drones?|UAVs?|quadcopters?) (?:dropped|fired|launched)\b[^.]{0,30}\b(?:bombs?|missiles?|rockets?|munitions|barrel bombs?|mortar (?:shells?|rounds?|bombs?)|grenades?|explosives)|dropped (?:\w+ )?(?:bombs|barrel bombs) on)\b`,
      'i',
    ),
    type: EXP,
    subType: 'Air/drone strike',
    weapon: 'air/drone',
    strength: 0.7,
  },
  DROPPED_FROM_DRONE,
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
    re: /\b(?:(?<!tear[- ]?gas )shell(?:ing|ed)|(?<!(?:tear[- ]?gas|spent|unexploded|artillery|tank|mortar|howitzer|\d+ ?mm|of|the|and|with|empty|old|live|used) )shells(?= (?:the|a|an|[A-Z]))|artillery (?:fire|strikes?|attacks?|barrage)|mortar (?:fire|rounds?|shells?|attacks?|bombs?)|(?:with|fired|firing|launched|lobbed) (?:\w+ )?mortars?|mortars? (?:hit|struck|landed|fell|slammed|exploded)|rocket (?:attack|fire|barrage)s?|rockets? (?:hit|struck|landed|slammed|were fired|was fired)|(?<!\b(?:the|these|those|both|its|their|the two|the [\w-]+) )(?:missiles?|mortar (?:rounds?|shells?)|projectiles?) (?:were|was|had been) (?:fired|launched) (?:at|on|towards?|into|from)\b|(?<!\b(?:the|these|those|both|its|their|the two|the [\w-]+) )(?:rockets?|artillery (?:rounds?|shells?)) (?:were|was|had been) (?:fired|launched) (?:at|on|towards?|into)\b|(?:rockets?|missiles?|mortar (?:rounds?|shells?)) (?:touched down|impacted) (?:in|on|at|inside|near|close to)\b|missile (?:attack|strike)s?|missiles? (?:hit|struck|slammed)|(?:missiles?|rockets?) (?:hits|slams into|smashed into|crashed into|tore into|ploughed into|plowed into)|(?:missiles?|rockets?|projectiles?|artillery(?: rounds| shells)?) (?:fired|launched) (?:by|from) [^.;,]{1,50}? (?:hit|struck|slammed into|smashed into|crashed into|tore into|landed (?:on|in|near))|indirect fire|(?:artillery|tank) (?:rounds?|shells?) (?:hit|struck|landed|fell|slammed|exploded)|tank fire (?:killed|wounded|injured|hit|struck)|ballistic missiles? (?:hit|struck)|(?:struck|hit|targeted) by (?:an? |two |three |several )?(?:[\w-]+ ){0,3}(?:missiles?|rockets?|artillery shells?|shells)|fired (?:[^.]{0,40})(?:missiles?|rockets?|(?<!tear[- ]?gas )shells)["”]? (?:at|on|into|towards))\b/i,
    type: EXP,
    subType: 'Shelling/artillery/missile attack',
    weapon: 'artillery/rocket',
    strength: 0.7,
  },
  {
    // guns that fire from afar told as the ones that fired: "army howitzers fired on rebel positions", "the
    // artillery then pounded the ridge" (shelling, not the small-arms fire on positions of a clash; not guns fired
    // from a fort for a parade)
    re: /\b(?:artillery|howitzers?|mortars?|field guns?|rocket launchers?)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+|again\s+|then\s+|later\s+)?(?:(?:fired|opened fire)\s+(?:[\w-]+\s+){0,2}?(?:on|at|into|upon)\b|pounded\b)/i,
    type: EXP,
    subType: 'Shelling/artillery/missile attack',
    weapon: 'artillery/rocket',
    strength: 0.7,
  },
  {
    re: /\b(?:roadside bombs?|improvised explosive devices?|IEDs?|landmines?|land mines?|car bombs?|(?<!\b(?:aerial|guided|glide|barrel|cluster|air-dropped) )bombs? (?:exploded|went off|detonated|(?:tore|ripped) through)|(?:explosive )?charges (?:exploded|went off|detonated)|(?:set off|(?<!\b(?:police|army|troops|soldiers|sappers|experts|squads?|technicians|engineers|authorities|officers|units?)\b[^.;]{0,30})detonated) (?:an? |two |three )?(?!(?:the|his|her|their|its) )(?:[\w-]+ )?(?:bombs?|explosive devices?|explosives|mines?)\b(?!-| (?:disposal|squad|experts?|technicians?))|(?<!\b(?:no|not|any) )bombs? (?:hidden|planted|buried|concealed|placed|strapped|packed|attached|left|stashed) (?:in|on|under|inside|beneath|near|at|to|beside|by|along|outside|next to) [^.;]{1,80}? (?:exploded|went off|detonated|blew up|(?:tore|ripped) through)|explosive devices?|booby[- ]trap\w*)\b/,
    type: EXP,
    subType: 'Remote explosive/landmine/IED',
    weapon: 'explosive',
    strength: 0.7,
  },
  {
    // a bombing named as a noun ("claimed responsibility for Monday's car bombing", "a bombing at a checkpoint"):
    // weaker than the words of the sentence's own act ("attacked a bus …, three weeks after a bombing at the station")
    re: /\b(?:(?:car|truck|lorry|vehicle|roadside|motorcycle|motorbike|bicycle) bombings?|bombings? at (?:an? |the )?(?:[\w-]+ )?(?:checkpoint|market|mosque|church|bus (?:station|stop|terminal)|police station|rally|wedding|funeral|hotel|restaurant|caf[eé])|bombings? of (?:an? |the |two |three |four |five |\d+ )?(?:[\w-]+ ){0,2}(?:villas?|houses?|homes?|buildings?|offices?|shops?|banks?|police stations?|town halls?))\b/i,
    type: EXP,
    subType: 'Remote explosive/landmine/IED',
    weapon: 'explosive',
    strength: 0.5,
  },
  {
    // "an explosion ripped through a crowded market", "explosions that wrecked three villas", "a bomb blast in Kabul
    // killed five people": a blast with no strike or
    // shell named (those win, stronger)
    re: new StoryRegExp(
      /\b(?<!(?:gas|boiler|pipeline|factory|industrial|chemical|fireworks?|mine|methane|dust|tanker|cylinder|transformer|volcanic) )(?:explosions?|blasts?|bombings?)\s+(?:(?:in|at|near|outside|on)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){1,5}?)?(?:ripped|tore|rocked|struck|hit|went off|killed|(?:that |which )?(?:destroyed|wrecked|damaged))\b(?![^.]{0,80}\b(?:gas (?:leak|cylinder|pipe)|boiler|accident(?:al)?|fireworks|short circuit)\b)/
        .source,
      'i',
      outsideAccidentStory,
    ),
    type: EXP,
    subType: 'Remote explosive/landmine/IED',
    weapon: 'explosive',
    strength: 0.55,
  },
  {
    // (a rocket-propelled grenade, a grenade launcher, or grenades that gunmen were "armed with", arm an attack, not a
    // grenade attack;
    // grenades seized or found in a cache, "troops seized rifles, grenades and cash", were thrown at no one)
    re: /\b(?<!(?:stun|sound|smoke|flash|flash-bang|tear[- ]?gas|concussion|percussion|rocket-propelled|rocket propelled) )grenades?\b(?![- ]launchers?\b)(?<!\b(?:armed with|seized|seizing|confiscated|confiscating|impounded|recovered(?! from)|caches? of|hauls? of|stockpiles? of)\b[^.;]{0,60})/i,
    type: EXP,
    subType: 'Grenade',
    weapon: 'grenade',
    strength: 0.6,
  },
  {
    // a grenade thrown, or the device told to have been one ("an explosive device, later identified as a hand
    // grenade, was thrown …"): the weapon named outright over the generic device
    re: /\b(?:identified as|turned out to be|believed to be|thought to be|confirmed as|described as) (?:an? )?(?:hand )?grenade\b|\b(?:threw|thrown|hurled|lobbed|tossed) (?:an? |two |three |\d+ )?(?:hand )?grenades?\b|\bgrenades? (?:was|were|had been) (?:thrown|hurled|lobbed|tossed)\b/i,
    type: EXP,
    subType: 'Grenade',
    weapon: 'grenade',
    strength: 0.75,
  },
  {
    // (forces that "engaged" armed men, or anyone "in a gun duel" or a firefight, fought them: "engaged an
    // undetermined number of armed men", "engaged the kidnappers in a gun duel"; not talks: "engaged them in dialogue")
    // (armed men who "have fought" the troops tell of a war; troops a force reported "had fought" members of a group
    // tell of a fight: "the division said its troops had fought members of an armed faction near the reservoir")
    // (armed sides that fought on, told by how long or how hard and not by whom: "two armed groups fought street by
    // street", "the militias fought until dawn"; not canvassers who fought street by street for votes)
    // (fighting told on a day or at a place, and between two armed sides named further on: "overshadowed by fighting
    // on Sunday around Kashebere, a farming village in Masisi territory, between M23 fighters and Wazalendo
    // militiamen"; not calls to end the fighting)
    re: /\b(?:clash(?:es|ed)?|firefights?|gun ?battles?|skirmish(?:es|ed)?|(?:exchanged|traded|trading|exchanging) (?:gun)?fire|(?:heavy|fierce|intense|bloody|deadly|street|house-to-house) (?:fighting|combat)|locked in (?:[\w-]+ )?(?:fighting|combat|battles?)|(?:heavy |intense )?gunfire (?:broke out|erupted)\b[^.;]{0,40}\bbetween|(?:heavy|intense|fierce|sporadic) (?:gunfire|firing) between|fighting for control of|(?:pitched|street|house-to-house) battles?|(?:fighting|combat) (?:between|erupted|broke out|resumed|flared|raged|intensified|escalated)|fighting(?<!\b(?:since|before|after|when|as) (?:the )?fighting) (?:began|started)|fighting(?<!\b(?:since|before|after|when|as|of|against|stop|end|ending|halt) (?:the )?fighting)(?= (?:on|in|around|near|at|overnight)\b[^.;]{0,100}?\bbetween (?:the )?(?:[\w'’-]+ ){0,3}?(?:fighters|militiamen|militias?|troops|soldiers|forces|rebels|insurgents|militants|jihadists|gunmen|army)\b)|battles? (?:for|over) (?:control of )?the (?:town|village|base|hill|bridge|airport|garrison)|engaged (?:the |a group of |an? (?:undetermined|unknown|unspecified|large) number of )?(?:[\w'’-]+ )?(?:militants|insurgents|terrorists|rebels|gunmen|attackers|assailants|fighters|enemy|bandits|kidnappers|abductors|armed men)|engaged (?:[\w'’-]+ ){1,4}?in (?:an? )?(?:[\w-]+ )?(?:gun ?battle|firefight|gun ?fight|gun duel|exchange of (?:gun)?fire)|engaged in (?:a |an )?(?:[\w-]+ )?(?:gun ?battle|firefight|fighting|combat|exchange of fire)|fought(?<!(?:have|has|had|having|who|which) fought) (?:for|with|against|each other|one another|around|near|in|on|through)|fought(?<=\b(?:gunmen|militants|rebels|insurgents|jihadists|fighters|militiamen|militias|troops|soldiers|forces|armed groups|factions|gangs)\b[^.;]{0,60}?fought)(?<!(?:have|has|had|having|who|which) fought) (?:street by street|house to house|overnight|into the night|all night|until dawn|till dawn|until daybreak)\b|fought(?<=\b(?:gunmen|militants|rebels|insurgents|jihadists|fighters|attackers|assailants|militiamen|troops|soldiers|police(?:men)?|forces)\b[^.;]{0,60}?fought)(?<!(?:have|has|having|who|which) fought)(?<!(?<!\b(?:said|says|reported|announced|stated|confirmed)\b[^.;]{0,60})\bhad fought) (?:(?:the )?(?:[\w-]+ )?(?:troops|soldiers|police(?:men)?|security forces|army|militants|rebels|insurgents|gunmen|jihadists|fighters|militiamen|guards)|["“]?members of (?:an? |the )?(?:[\w'’-]+ ){0,3}?(?:groups?|factions?|gangs?|fronts?|militias?|cells?|columns?))\b|fighting(?<!\b(?:since|before|after|when|as|of) (?:the )?fighting)(?: (?:on|in|around|near|at|overnight)\b(?:(?!\b(?:has|have|had)\b)[^.;]){0,90}?)? (?:killed|left (?:[\w-]+ ){0,3}dead)|ambush(?:ed)?|stormed(?! (?:ahead|back|off|out|higher|home|to (?:victory|the top|a (?:win|lead|record))|into (?:the lead|first place)))|raided|opened fire on (?:a |the )?(?:police|security|army|military|soldiers|troops|checkpoint|convoy|patrol|post))\b/i,
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.6,
  },
  {
    // gunfire told as it began, with when or where ("heavy firing started around 6 am from the surrounding hill
    // ranges", "The firing broke out around 9 pm on Tuesday in Lelhar"): a fight (not a worker's firing, "the firing
    // of the coach started a row", nor a kiln's or a test's)
    re: /\b(?<!\b(?:kiln|pottery|brick|ceramics?|engine|coal|gas|oil|test|practice|live|ceremonial|salute)[- ])(?:(?:heavy|intense|fierce|sporadic|indiscriminate|exchange of)\s+)?(?:firing|gunfire)(?! of\b)\s+(?:broke out|erupted|started|began|resumed)\b(?=\s*(?:[,.;(]|$|at\b|around\b|about\b|shortly\b|after\b|in\b|on\b|from\b|near\b|overnight\b|between\b))/i,
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.55,
  },
  {
    // the fight named by its noun ("after an intense exchange of fire, six militants were killed"), weaker than the
    // words of an act; not tried where the sentence answers an attack told before ("troops pushed back the attackers
    // after an exchange of fire": the attack on the camp is the event)
    re: new StoryRegExp(
      String.raw`\bexchanges? of (?:gun)?fire\b`,
      'i',
      (text) => !/\bthe (?:attackers|assailants|raiders|gunmen)\b/i.test(text),
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.5,
  },
  {
    // a gunfight or an exchange of fire told with its toll ("two gunmen were killed in the gunfight that followed");
    // without one, such words mostly tell again a fight told before ("fled after an exchange of fire")
    re: gated(
      /\b(?:gun ?fights?|shoot-?outs?|exchanges? of)/i,
      String.raw`(?<=\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring|neutrali[sz]ed|neutrali[sz]ing)\b[^.;]{0,80})\b(?:gun ?fights?|shoot-?outs?|exchanges? of (?:gun)?fire)\b|\b(?:gun ?fights?|shoot-?outs?|exchanges? of (?:gun)?fire)\b(?=[^.;]{0,80}\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring|neutrali[sz]ed|neutrali[sz]ing)\b)`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.55,
  },
  {
    // fire on an armed side's positions: "Armenian forces fired on its positions near the village", "fired small arms
    // at the army's posts", "opened \"unprovoked\" small-arms fire on forward posts", or on the state's men who came
    // for the shooters: "the occupants fired on the officers", "a third suspect opened fire on our members"; the arms
    // may be told between: "opened fire with rifles and grenade launchers on a customs outpost"
    re: /\b(?:fired|opened (?:["“]?[\w-]+["”]?\s+){0,2}?fire|shot) (?:(?:small[- ]arms|small-arms fire|machine[- ]?guns?|automatic weapons|sniper rifles?|rifles) |with (?:[\w-]+ ){1,3}?(?:(?:and|or) (?:[\w-]+ ){1,2}?)?(?=(?:on|at|upon) ))?(?:on|at|upon) (?:its|their|our|his|the|a|an|\w+(?:'s|s')|[A-Z][a-z]+(?= (?:[\w-]+ )?(?:positions|posts|troops|soldiers|border guards)\b)) (?!(?:[\w-]+ )?(?:humanitarian|aid|relief|food|medical|civilian|commercial|passenger|wedding|funeral|refugee)\b)(?:(?!by\b)[\w-]+ ){0,2}(?:positions?|posts?|outposts?|troops|soldiers|servicemen|border guards|guards|patrols?|checkpoints?|convoys?(?! of (?:passenger|civilian|commuter|private|commercial)\b)|bases?|units|trenches|officers|policemen|police(?: officers)?|personnel|gendarmes|(?<=\bour (?:[\w-]+ )?)(?:members|men))\b/i,
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.6,
  },
  {
    // (people retaken or set free are no ground: "recaptured 87 escapees", "four of the hostages were liberated")
    re: new RegExp(
      String.raw`\b(?<!${PEOPLE_TAKEN_SRC}\s+(?:(?:were|was|have been|had been|has been|being)\s+)?(?:[a-z]+ly\s+)?)(?:recaptured|retook|regained control|liberated)\b(?!\s+(?:(?:the|some|all|most|several|at least|more than|fewer than|up to|about|around|roughly|nearly|almost|over|another|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|scores|hundreds|of|many)\s+){0,6}(?:[\w-]+\s+)?${PEOPLE_TAKEN_SRC}\b)`,
      'i',
    ),
    type: 'Battles',
    subType: 'Government regains territory',
    strength: 0.55,
  },
  {
    // (control of a market or a company is a business's, and of a council, a chamber or a majority an election's:
    // "Reform UK has seized control of Kent County Council"; not of a parliament building)
    re: /\b(?:(?:seized|took|taken|takes|taking|gained|wrested|captured) (?:full )?control of(?! (?:the |its |their |global |world )?(?:[\w-]+ )?(?:flows?|markets?|supply|supplies|trade|prices?|pricing|compan(?:y|ies)|firms?|boards?|shares?|stakes?|business|output|production|exports?|imports?|narrative|agenda|debate|negotiations|talks|process|budget)\b)(?! (?:the |its |their )?(?:[\w'’-]+ ){0,2}?(?:(?:county |city |town |district |borough |regional |municipal |local )?councils?|assembl(?:y|ies)|parliament|senate|congress|legislatures?|chamber|(?:lower |upper )?house|majority|seats|clubs?|teams?)\b(?! (?:building|compound|complex|premises|offices|headquarters)\b))|overran|overrun|captured the (?:town|village|city|base|district|port)|fell (?:to|into the hands of) (?:the )?(?:[\w'-]+ ){0,3}(?:rebels?|militants?|insurgents?|jihadists?|fighters|gangs?|forces|troops|army|militias?|group|coalition))\b/i,
    type: 'Battles',
    subType: 'Non-state actor overtakes territory',
    strength: 0.55,
  },
  {
    re: /\b(?<!anti-)(?:abducted|kidnapped|kidnapping|abduction)\b/i,
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
    // ("runs riot" is a sports idiom, not a riot)
    re: new RegExp(
      `\\b(?:${RIOT_WORD}|looted|looting|torched|set (?:fire|ablaze) to (?:cars|vehicles|shops|buildings|tyres|tires)|threw (?:stones|rocks|petrol bombs|molotov)|hurled (?:stones|rocks)|burn(?:ing|ed|t) (?:tyres|tires|cars|vehicles|barricades)|smash(?:ing|ed) (?:shop |car |store )?windows|running battles|${CROWD_MISSILES}|${CROWD_FIRE}|turn(?:s|ed)? violent)\\b`,
      'i',
    ),
    type: 'Riots',
    subType: 'Violent demonstration',
    strength: 0.6,
  },
  { re: /\bmob (?:attack|violence|beat|lynch)\w*\b/i, type: 'Riots', subType: 'Mob violence', strength: 0.6 },
  {
    // a thing set on fire, or damaged by a fire, in a story of arson or sabotage ("the depot was badly damaged in a
    // blaze"; weakest of all: a riot, an attack or a blast told in the same sentence wins)
    re: new StoryRegExp(
      String.raw`\b(?:was|were|had been|have been)\s+(?:deliberately\s+|later\s+|then\s+|also\s+)?(?:set alight|set on fire|set ablaze|torched|burned|burnt|firebombed|found (?:burning|on fire|ablaze))\b|\b(?:was|were|had been|have been)\s+(?:[\w-]+ly\s+)?(?:damaged|destroyed|gutted|wrecked)\s+(?:in|by)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:fire|blaze)\b|\bcaught fire\b`,
      'i',
      inArsonStory,
    ),
    type: 'Strategic developments',
    subType: 'Looting/property destruction',
    strength: 0.44,
  },

  {
    // homes, schools or shops set on fire, by a crowd (a riot) or by armed men (property destroyed, or an attack when
    // people were harmed: see below); weaker than the words of a killing told with it ("were killed when gunmen
    // entered the village, fired several rounds and set fire to six houses")
    re: /\bset (?:fire|ablaze) to (?:(?:around|about|some|at least|more than|dozens of|scores of|hundreds of|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|the|a|an|his|her|their|its)\s+){0,3}(?:[\w'’-]+\s+){0,2}?(?:houses?|homes?|huts?|schools?|churche?s?|mosques?|temples?|offices?|shops?|stores?|market stalls|cars?|vehicles?|trucks?|lorr(?:y|ies)|(?:mini)?bus(?:es)?|vans?|motor(?:cycle|bike)s?|tractors?|warehouses?|depots?|buildings?|headquarters)\b/i,
    type: 'Riots',
    subType: 'Violent demonstration',
    strength: 0.5,
  },
  {
    // two communities fighting each other, not organised armed groups: "clashes between members of two communities",
    // "fighting between rival party supporters", "a clash between two groups of villagers", sides that "fought each
    // other" where the sentence names no armed side or demonstration, nor the state's force as one of the two
    // (the verbs are looked for ahead first: the lookbehinds, one of which runs back to the sentence's start, are tried
    // only where one stands)
    re: new RegExp(
      String.raw`\b(?:clash(?:es|ed)?|fighting|violence|scuffles?|brawls?)\b[^.;]{0,30}\bbetween (?:the )?(?:(?:members|supporters|residents|people|youths) (?:of|from) )?${RIVAL_CROWD}\b(?![^.;]{0,40}?\b(?:and|with)\s+${ARMED_OTHER})|\b(?=fought|clashed|brawled|scuffled|traded blows|exchanged blows)(?<!\b(?:${ARMED_NOT}|${DEMO_SIDE})\b[^.;]*)(?<!\b(?:${STATE_FORCE})\s+and\s+[^.;]{0,60}|\band\s+(?:the\s+)?(?:[\w-]+\s+)?(?:${STATE_FORCE})\s+)(?:fought|clashed|brawled|scuffled|(?:traded|exchanged) blows)\s+(?:with\s+)?(?:each other|one another)\b(?![^.;]*\b(?:${ARMED_NOT}|${DEMO_SIDE})\b)|\b(?:communal|sectarian|ethnic) (?:clash(?:es)?|violence|riots?|fighting)\b|\bstone[- ]pelting\b`,
      'i',
    ),
    type: 'Riots',
    subType: 'Mob violence',
    strength: 0.62,
  },
  {
    // "police broke up a march by teachers", "riot police dispersed protesters": a gathering the state ended
    re: FORCE_BREAKS_UP,
    type: 'Protests',
    subType: 'Protest with intervention',
    strength: 0.6,
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
    re: new RegExp(`\\b${FORCE_ON_CROWD}`, 'i'),
    type: 'Protests',
    subType: 'Protest with intervention',
    strength: 0.6,
  },
  {
    // fire turned on a crowd: "police opened fire on protesters", "troops shot at demonstrators", "shot and wounded
    // two protesters"
    re: new RegExp(
      `\\b(?:opened fire|fired(?: live (?:rounds|ammunition))?|shot|shooting) (?:on|at|into) (?:the |a )?(?:crowds? of )?(?:[\\w-]+ ){0,2}${CROWD_NOUN}\\b|\\b${SHOT_CROWD}\\b`,
      'i',
    ),
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
    // (people made to march by their captors hold no protest: "was marched into the forest")
    re: /\b(?:protest(?:ed|s|ing)?|demonstrat(?:ion|ions|ed|ors)|rall(?:y|ies|ied)|(?<!\b(?:was|were|been|being|get|got)\s+)marched|sit-ins?|took to the streets|human chains?|sat down (?:on|in|outside|across) (?:a |the )?(?:[\w-]+ ){0,2}(?:road|highway|street|square|bridge|railway))\b/i,
    type: 'Protests',
    subType: 'Peaceful protest',
    strength: 0.45,
  },
  {
    // lower case only: "a similar march", never the month
    // (nor people forced to march: "forced the passengers to march into the bush"; nor a parade's "march-past")
    // (a crowd gathered with placards, or to show its support: "gathered outside the church in a silent show of
    // support for the families")
    re: /\b(?:(?<!\b(?:forc(?:ed|ing|es)|made|ordered|order(?:ing|s)|compell(?:ed|ing)|driv(?:en|ing)|told)\s+(?:[\w'’-]+\s+){0,4}to\s+)(?<!\bmade\s+(?:[\w'’-]+\s+){0,3})march(?:es)?(?!-past)|(?<!\bduring (?:a|an|the|its|their) (?:[\w-]+ )?)vigils?)\b|\b(?:gathered|assembled|massed|converged|walked|paraded)\b[^.;]{0,120}\b(?:signs|placards|banners|(?:white |black )?flags|chanting|slogans|photographs of|portraits of|candles|to demand|demanding|(?:show|display|gesture) of (?:support|solidarity|defiance|unity)|in solidarity with|to show (?:their |its )?(?:support|solidarity))\b/,
    type: 'Protests',
    subType: 'Peaceful protest',
    strength: 0.45,
  },
  {
    // those held told by what they are, in the active or the passive: "detained opposition activist Giorgi Beridze",
    // "arrested a suspected rebel leader", "four suspected insurgents were arrested", "a journalist was detained";
    // and armed men captured: "said it had captured three militants"
    re: new RegExp(
      String.raw`\b(?:arrested|detained|apprehended)\s+(?:(?!(?:by|for|in|at|on|over|until|after|since|with|from|to|of)\b)[\w'’-]+\s+){0,3}?${HELD_PEOPLE}\b|\b(?:captured|seized)\s+(?:at least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:insurgents?|militants?|rebels?|jihadists?|terrorists?|guerrillas?|gunmen|fighters|militiamen|(?:[\w-]+ )?commanders?)\b|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|scores|\d+)\s+(?:[\w'’-]+\s+){0,3}?${HELD_PEOPLE}\s+(?:was|were|has been|have been|had been)\s+(?:arrested|detained|apprehended|taken into custody)\b`,
      'i',
    ),
    type: 'Strategic developments',
    subType: 'Arrests',
    strength: 0.5,
  },
  {
    // (or anyone told by their age: "detained a 38-year-old resident", "arrested two 16-year-old boys")
    re: /\b(?:arrested|detained|rounded up)\b[^.]{0,40}\b(?:protesters|demonstrators|people|suspects|militants|members|activists|rioters|men|commanders?|guerrillas|rebels|gunmen|fighters)\b|\b(?:arrested|detained)\s+(?:a|one)\s+(?:[\w-]+\s+)?(?:man|woman)\b|\b(?:arrested|detained|apprehended)\s+(?:a|an|one|two|three|four|five|six|\d+)\s+[\w-]+-year-old\b|\b(?:\d+|dozens|hundreds) (?:people |protesters |demonstrators )?(?:were |had been )?(?:arrested|detained)\b/i,
    type: 'Strategic developments',
    subType: 'Arrests',
    strength: 0.5,
  },
  {
    // people told as arrested in the passive, a clause between ("three men suspected of moving the explosives were
    // detained", a label in quotation marks: "14 "wanted persons" had been arrested"): weaker than the other words of the sentence, which tell what the arrests followed
    re: /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|scores)\s+(?:["“]?[\w-]+\s+)?(?:men|women|people|persons|youths)\b[^.;]{0,80}?\b(?:were|had been|have been)\s+(?:arrested|detained|apprehended|rounded up)\b/i,
    type: 'Strategic developments',
    subType: 'Arrests',
    strength: 0.45,
  },
  {
    // a named person arrested (kept only where the paragraph is political: an opposition leader, a journalist)
    re: /\b(?:arrested|detained|arrests|detains)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\b(?!\s+(?:on|in|at)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,))/,
    type: 'Strategic developments',
    subType: 'Arrests',
    strength: 0.5,
  },
  ATTACK_ON_POST,
  {
    re: /\bgunmen\b[^.]{0,60}\b(?:attacked|killed|opened fire|stormed|shot)\b/i,
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.6,
  },
  // war reporting's own words for remote violence (after the general ones, which win ties)
  ...REMOTE_TRIGGERS,
  // how reporters tell the kinds of ground violence without its usual nouns (weaker than every weapon word, so a
  // strike or a bomb told in the same sentence wins)
  ...KIND_TRIGGERS,
];
type Best = { trig: Trigger; at: number; len: number };
/**
 * The triggers from the strongest down, in their order among equals: the first that matches a text is its strongest
 * (the first of equal strength), so the weaker ones need not be tried.
 */
const BY_STRENGTH = [...T].sort((a, b) => b.strength - a.strength);
/**
 * The answers of `bestTrigger` for the texts of the document being read. One sentence is asked about several times
 * (for its sites, its day, its screening, the lead), and the answer depends only on the text and on whether the story
 * tells of arson (the one pattern that reads the story), so the patterns run once per text.
 */
const bestOf = new Map<string, Best | null>();
let bestOfArson = false;
/** Starts the answers of `bestTrigger` afresh, for a new document. */
export function forgetTriggers(): void {
  bestOf.clear();
  bestOfArson = arsonStory();
}
/** The strongest trigger of a text (the first of equal strength), with where it matched. */
/** How a person died, right before an event's words: "a neighbour killed in the", "who died in an". */
const KILLED_IN_BEFORE = /\b(?:killed|died|wounded|injured|lost)\s+in\s+(?:the|an?|last \w+['’]s)\s+$/i;
/**
 * What a crowd demands, right before a killing it names as its grievance: "demanding justice for a 17-year-old boy",
 * "calling for the arrest of the officers who", "demanding action against soldiers who they said" (the killing is the
 * protest's cause; told on its own, in a sentence of its own, it is an event of its own).
 */
const DEMANDED_BEFORE =
  /\b(?:demand(?:ing|ed|s)?|call(?:ing|ed|s)? for|seek(?:ing|s)?|sought|cr(?:y|ying|ied) for|to demand|to seek)\s+(?:justice|accountability|answers|action|protection|security|(?:an? )?(?:independent |full |public |impartial )?(?:inquiry|investigation|probe)|the (?:arrest|prosecution|punishment|trial|sacking|dismissal|suspension) of)\b(?:\s+(?:for|over|against|into|of|after))?\s+(?:[\w'’-]+\s+){0,6}$/i;
/** A day's possessive right before an event's noun: "Monday's", "last week's", "Friday night's", "yesterday's". */
const DAY_OWNER_BEFORE =
  /\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:night|morning|evening|afternoon))?|yesterday|last (?:week|night|month|weekend)|the previous (?:day|night|week))['’]s\s+(?:[\w-]+\s+){0,2}$/i;
export function bestTrigger(text: string): Best | null {
  if (bestOfArson !== arsonStory() || bestOf.size > 4000) forgetTriggers();
  let out = bestOf.get(text);
  if (out === undefined) {
    out = null;
    for (const t of BY_STRENGTH) {
      const m = t.re.exec(text);
      if (m) {
        out = { trig: t, at: m.index, len: m[0].length };
        break;
      }
    }
    // an event that only says how someone died ("a neighbour killed in the shelling of the market the day before")
    // gives way to the sentence's own act told before it, when there is one
    if (out && KILLED_IN_BEFORE.test(text.slice(Math.max(0, out.at - 40), out.at))) {
      const own = bestTrigger(text.slice(0, out.at).replace(KILLED_IN_BEFORE, ''));
      if (own && own.trig.strength >= 0.5) out = own;
    }
    // so does an event the sentence retells ("gathered to remember the victims of the 2020 missile strike", "marching
    // to mark seven years since soldiers shot dead …"): the act told before the retelling is the sentence's own ("A
    // bomb exploded near the square as hundreds gathered to remember …", "Police fired tear gas at people marching …")
    const retold = out && retoldFrom(text, out.at, out.len);
    if (retold) {
      const own = bestTrigger(text.slice(0, retold));
      if (own && own.trig.strength >= 0.5) out = own;
    }
    // so does an event named by the possessive of its day ("soldiers arrested three men …, without linking them to
    // Monday's ambush", "police detained two suspects over last week's bombing"): it points back at an event told
    // elsewhere, and the act told before it is the sentence's own
    const owner = out && DAY_OWNER_BEFORE.exec(text.slice(Math.max(0, out.at - 40), out.at));
    if (out && owner) {
      const own = bestTrigger(text.slice(0, Math.max(0, out.at - 40) + owner.index));
      if (own && own.trig.strength >= 0.45) out = own;
    }
    // a crowd's protest whose demand names a killing ("held a vigil …, demanding justice for a boy shot dead by
    // police", a headline's "Vigil in Nairobi demands justice for student shot dead by police") is the sentence's own
    // act: the killing is its cause (one told with a time of its own, "a teacher shot dead two days earlier", "shot
    // dead on Saturday", is also reported in its own right, and stays the sentence's event)
    const rest = out ? text.slice(out.at + out.len) : '';
    if (
      out &&
      !demonstration(out.trig) &&
      !TOLD_AS_EARLIER.test(rest) &&
      !OWN_DAY.test(/^[^.;,]{0,60}/.exec(rest)?.[0] ?? '')
    ) {
      const from = Math.max(0, out.at - 160);
      const demand = DEMANDED_BEFORE.exec(text.slice(from, out.at));
      const before = demand ? text.slice(0, from + demand.index) : '';
      const lower = before.toLowerCase();
      const own =
        demand && (bestTrigger(before) ?? (lower.length === before.length ? bestTrigger(lower) : null));
      if (own && demonstration(own.trig)) out = own;
    }
    bestOf.set(text, out);
  }
  return out && { ...out };
}
/**
 * Whether any trigger matches a text: the answer `bestTrigger` keeps for it (it has a trigger exactly when one of the
 * patterns matches), so a sentence asked about again is not read through all the patterns again.
 */
export const anyTrigger = (text: string): boolean => bestTrigger(text) !== null;
export const REMOTE_SUBTYPES = new Set([AIR, SHELL, DISRUPTED]);
/**
 * Civilians harmed: the attack on them is violence against civilians, not a battle (a person of no arms by a role, with
 * or without a determiner: "his driver", "the driver", "Village chief, driver killed in ambush").
 */
const CIVILIAN_PEOPLE_SRC = `${CIVILIAN_NOUNS}|people|persons|(?:a|one) (?:man|woman|boy|girl)|(?:(?:an?|one|the|his|her|their) )?(?:[\\w-]+ )?(?:chairman|chairwoman|chief|headman|mayor|councill?or|driver|teacher|farmer|trader|priest|pastor|imam)|journalist|(?:[\\w-]+ )?workers`;
const CIVILIAN_PEOPLE = new RegExp(`\\b(?:${CIVILIAN_PEOPLE_SRC})\\b`, 'i');
/** Victims who are civilians, or the places of civilians. */
const CIVILIAN_VICTIMS = new RegExp(
  `\\b(?:${CIVILIAN_PEOPLE_SRC}|(?:an?|the|two|three|\\d+) (?:[\\w-]+ )?(?:${CIVILIAN_PLACES}|${CIVILIAN_VEHICLE}|camp))\\b`,
  'i',
);
/** A state's armed men as the doers right before a trigger: "marines raided", "police officers stormed". */
const STATE_DOER_BEFORE = new RegExp(`\\b(?:${FORCES}|marines|commandos)\\b[^.;,]{0,40}$`, 'i');
/**
 * The part of a sentence that tells of the victims: without the source that reported it (", police said"), nor a place
 * told only as near where it happened ("traded fire near the hamlet of X": the hamlet was not the target).
 */
const victimClause = (text: string) =>
  text
    .replace(/,[^,]*\b(?:said|says|told|according to)\b.*$/i, '')
    .replace(/\b(?:near|close to|not far from|on the outskirts of)\s+[^,;]*/gi, ' ');
/**
 * The subject of a passive verb of harm told right before the event's noun, the victims of that event: "a district
 * chairman and his driver were killed in an", "two soldiers died in the" (who was hit is told before the verb).
 */
const PASSIVE_VICTIMS_BEFORE =
  /(?:^|[.;:,]\s+(?=(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|at least)\s))([^.;:]{1,120}?)\s+(?:(?:was|were|have been|had been|has been)\s+)?(?:killed|slain|shot dead|murdered|wounded|injured|died)\s+(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** Armed people or posts on the receiving end make it a battle (not an aid convoy or a bus: CIVILIAN_VEHICLE). */
const ARMED_VICTIMS = new RegExp(
  `\\b(?:${FORCES}|militia(?:men)?|fighters|rebels|militants|insurgents|guards|${MILITARY_POSTS})\\b`,
  'i',
);
const CIVILIAN_VEHICLES = new RegExp(`\\b${CIVILIAN_VEHICLE}\\b`, 'gi');
/** Posts that are no soldiers' post: "the local health post", "a trading post", "the post office". */
const CIVILIAN_POSTS = /\b(?:health|medical|first[- ]aid|nursing|trading)\s+posts?\b|\bpost offices?\b/gi;
const armedVictims = (clause: string) =>
  ARMED_VICTIMS.test(clause.replace(CIVILIAN_VEHICLES, ' ').replace(CIVILIAN_POSTS, ' '));
/** A military post overrun: "overran a military post", "overrun the army base at …". */
const OVERRUN_POST = new RegExp(
  `^(?:overran|overrun)\\s+(?:an? |the |two |three |\\d+ )?(?:[\\w'’-]+ ){0,3}?${MILITARY_POSTS}\\b`,
  'i',
);
/** Told as a deadly raid: soldiers killed, a brief hold, one of the deadliest attacks. */
const RAID_TOLL =
  /\b(?:killed|killing|dead|died|deadliest|briefly|massacred|wiped out|withdrew|retreated|pulled back)\b/i;
/** An armed assault on a place or a force, or armed men opening fire on one. */
const ASSAULT = /\b(?:attacked|stormed|raided|assaulted|overran|ambushed|besieged|opened fire)\b/i;
/** Grenades listed with other arms: "firing rockets and hand grenades", "grenades and automatic weapons". */
const ARMS_WITH_GRENADES =
  /\b(?:guns?|rifles?|rockets?|RPGs?|automatic weapons|small arms|firearms|mortars?|machine[- ]?guns?|gunfire|bullets)\s*(?:,|and|&)\s+(?:hand[- ]?)?grenades?\b|\bgrenades?\s*(?:,|and|&)\s+(?:guns?|rifles?|rockets?|RPGs?|automatic weapons|small arms|firearms|gunfire|machine[- ]?guns?|bullets)\b/i;
/** People carried off by the attackers: "taking away pupils", "and carried off 20 villagers", "kidnapped 17 people". */
const TAKEN_AWAY = new RegExp(
  String.raw`\b(?:tak(?:e|es|ing|en)|took|carr(?:y|ies|ied|ying)|led|march(?:ed|ing)|herd(?:ed|ing)|forc(?:ed|ing))\s+(?:away|off)\s+(?:at least\s+|more than\s+|about\s+|dozens of\s+|scores of\s+|\d+\s+|the\s+|several\s+|[a-z]+\s+)?(?:[\w-]+\s+)?${CAPTIVES_SRC}\b|\b(?<!\b(?:the|of)\s+)(?:kidnapp(?:ed|ing)|abduct(?:ed|ing))\s+(?:at least\s+|more than\s+|about\s+|some\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|scores of|several|hundreds of)\s+(?:[\w-]+\s+)?${CAPTIVES_SRC}\b`,
  'i',
);
/**
 * People driven off on foot by the attackers: "forced the passengers to march into the bush", "marched 30 villagers
 * into the forest", "ordered the travellers to walk towards the hills".
 */
const DRIVEN_OFF = new RegExp(
  String.raw`\b(?:forc(?:ed|ing)|made|ordered|marched|herded|frog-marched)\s+(?:the\s+|all\s+|at least\s+|some\s+|\d+\s+|[a-z]+\s+)?(?:[\w-]+\s+)?${CAPTIVES_SRC}\s+(?:to\s+(?:march|walk|go|trek)\s+)?(?:into|towards?|to|through)\s+(?:the\s+|a\s+|nearby\s+)*(?:[\w-]+\s+)?(?:bush|forest|woods|hills|mountains|jungle|swamps?|desert)\b`,
  'i',
);
/**
 * People kidnapped by the doers, told right before their other act joined by "and": "Gunmen kidnapped a Catholic
 * priest from his parish house in Kajuru on Sunday night and shot dead a security guard", "abducted 20 villagers and
 * killed one man" (ACLED codes the abduction; not a kidnapping told of the doers in a clause of its own, "gunmen who
 * kidnapped a priest last year").
 */
const KIDNAPPED_AND =
  /(?<!\b(?:who|which|that)\s+(?:had\s+|have\s+)?)\b(?:kidnapped|abducted)\s+(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens of|scores of|(?:at least|more than|some|about) \S+)\s[^.;]{0,140}?\band\s+(?:then\s+|later\s+|also\s+)?$/i;
/** People harmed in a sentence: beaten, shot, wounded or killed. */
const PEOPLE_HARMED =
  /\b(?:kill\w*|beat(?:ing|en)?|shot|shooting|wound\w*|injur\w*|hack\w*|stabb\w*|assault\w*|rap(?:ed|ing))\b/i;
/** A state's armed men, or its commandos and units, told after a trigger. */
const STATE_MEN = new RegExp(`\\b(?:${FORCES}|commandos|marines|(?:[\\w-]+ )?units?)\\b`, 'i');
/** An aircraft as the subject right before a verb: "a military plane", "fighter jets", "two helicopters". */
const AIRCRAFT_BEFORE =
  /\b(?:(?:war|fighter|military|army|air force|enemy|[\w-]+ (?:air force|military)) ?)?(?:planes?|jets?|aircraft|warplanes?|helicopters?|gunships?|bombers?)\s+(?:\w+ly\s+)?(?:(?:also|then|later|again|had|have|has)\s+)?$/i;
/** People made to march by armed men: "forced the passengers to march into the bush". */
const FORCED_MARCH =
  /\b(?:forc(?:ed|ing|es)|made|ordered|order(?:ing|s)|compell(?:ed|ing)|driv(?:en|ing)|told)\s+(?:[\w'’-]+\s+){0,4}?(?:to\s+)?march\w*/gi;
/** A state's armed man or men right after a verb: "a police officer", "two soldiers", "an off-duty gendarme". */
const STATE_MAN = `(?:${FORCES}|police ?(?:officer|man|woman|constable|inspector|sergeant)|soldier|gendarme|border guard|serviceman|constable|policeman|trooper|member of the (?:security|armed) forces)`;
const STATE_MAN_AFTER = new RegExp(
  String.raw`^\s+(?:(?:an?|one|two|three|four|five|six|\d+)\s+)?(?:(?:off-duty|serving|traffic|local|senior|junior)\s+)?${STATE_MAN}\b`,
  'i',
);
/** A state's armed man as the subject of a passive verb right before it: "a soldier on patrol was", "two officers were". */
const STATE_MAN_PASSIVE = new RegExp(
  String.raw`\b${STATE_MAN}s?\b[^.;,]{0,40}?\b(?:was|were|had been|have been|has been)\s+$`,
  'i',
);
/** The doer told after a passive verb: "by a sniper", "by gunmen on a motorbike". */
const BY_DOER = /^[^.;]{0,40}?\bby\s+((?:[\w'’-]+\s+){0,5})/i;
/** A state's men who break up crowds. */
const STATE_SHOOTERS =
  /\b(?:police\w*|officers|security forces|troops|soldiers|gendarmes|army|military|guards|riot police|forces)\b/i;
/** A fight on the ground: men with guns, an ambush, a post stormed or overrun. */
const GROUND_FIGHT =
  /\b(?:gunm[ae]n|gunfire|gunshots|opened fire|shot|shooting|ambush\w*|storm(?:ed|ing)|raided|overr[au]n|small arms|rifles?|machine[- ]?guns?|assault rifles|grenades?|suicide)\b/i;
/** A two-sided fight (not a one-sided attack). */
export const TWO_SIDED =
  /\b(?:clash|firefight|battle|exchang|traded|trading|skirmish|gun ?fight|gun duel|shoot-?out|fighting|fought|repel|repuls|beat(?:en)? back|held off|fended off|engaged (?:the|them|it|an?)\b(?! (?:talks|dialogue|negotiations?|discussions?)\b))/i;

/** A fight of two armed sides told right after a killing: "in a gunfight near", "during an exchange of fire with". */
const FIGHT_AFTER =
  /^[^.;]{0,120}?\b(?:in|during|amid) (?:an?|the) (?:[\w-]+ ){0,2}?(?:gun ?fights?|gun ?battles?|firefights?|shoot-?outs?|exchanges? of (?:gun)?fire|clash(?:es)?|encounter)\b/i;

/** A riot inside a prison: "a prison riot", "a riot at the jail in X", "inmates rioted". */
const PRISON_RIOT = new RegExp(
  `\\b(?:(?:prison|jail|penitentiary)s? ${RIOT_WORD}|${RIOT_WORD} (?:at|in|inside) (?:a |the |an? )?(?:[\\w.'’-]+ ){0,3}(?:prison|jail|penitentiary|detention cent(?:re|er))|(?:inmates|prisoners) ${RIOT_WORD})`,
  'i',
);
/** Inmates killed: "leaves 14 inmates dead", "31 inmates died", "killing five prisoners". */
const INMATES_KILLED =
  /\b(?:inmates|prisoners|detainees)\b[^.;]{0,40}\b(?:killed|dead|died|slain)\b|\b(?:killed|killing)\b[^.;]{0,30}\b(?:inmates|prisoners|detainees)\b/i;
/** The state's men hurt in a prison riot, the inmates' target: "five correctional officers injured". */
const STATE_MEN_HURT =
  /\b(?:officers|guards|wardens|warders|staff)\b[^.;]{0,30}\b(?:injured|wounded|hurt|attacked|taken hostage|held hostage)\b/i;
/** The state's men as the killers in a prison: "guards killed five inmates", "police shot dead three prisoners". */
const STATE_KILLERS =
  /\b(?:guards|wardens|police\w*|officers|troops|soldiers|security forces)\b[^.;]{0,30}\b(?:killed|shot|opened fire)\b/i;

/** Remote weapons and small arms named together: "drones and rifles", "mortars and heavy machine guns". */
const SMALL_ARMS = '(?:rifles|guns|machine[- ]?guns?|small arms|automatic weapons|firearms)';
const REMOTE_ARMS = '(?:drones?|UAVs?|quadcopters?|mortars?|mortar rounds|rockets?|artillery|shells)';
/** The fire of a fight on the ground that hit people caught between its sides: "stray bullets", "crossfire". */
const CROSSFIRE = /\b(?:stray (?:bullets?|rounds?|gunfire)|cross-?fire)\b/i;
/** Unarmed people or their places among what fire hit: "villages", "homes", "a villager", "civilians". */
const CIVILIANS_HIT_TOO = new RegExp(
  `\\b(?:${CIVILIAN_NOUNS}|civilians?|villagers?|residents?|${CIVILIAN_PLACES}|residential (?:areas?|buildings?|neighbou?rhoods?))\\b`,
  'i',
);
const REMOTE_WITH_SMALL_ARMS = new RegExp(
  `\\b${REMOTE_ARMS}\\s*(?:,|and|as well as)\\s+(?:[\\w-]+\\s+)?${SMALL_ARMS}\\b|\\b${SMALL_ARMS}\\s*(?:,|and|as well as)\\s+(?:[\\w-]+\\s+)?${REMOTE_ARMS}\\b`,
  'i',
);
/**
 * The verb of a strike's noun that says it was stopped, with only where and at what it was aimed between: "(a drone
 * attack) on a fuel depot near Bryansk had been repelled", "(the missile strike) was intercepted".
 */
const STRIKE_STOPPED =
  /^(?:\s+(?:on|against|at|near|in|over|targeting)\s+[^.;,]{0,60}?)?\s+(?:was|were|had been|have been|has been)\s+(?:\w+ly\s+)?(?:repelled|repulsed|foiled|thwarted|intercepted|shot down|downed|neutrali[sz]ed)\b/i;
/** A break between two parts of a sentence that tell two events: a semicolon, "while", "whereas". */
const PART_BREAK = /;|\b(?:while|whereas)\b/gi;
/** The part of a sentence a position lies in, between the breaks around it. */
function partOf(text: string, at: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(PART_BREAK)) {
    if (m.index < at) from = m.index + m[0].length;
    else {
      to = m.index;
      break;
    }
  }
  return text.slice(from, to);
}

/**
 * The sub-type a trigger takes in its sentence: a battle among protesters is a violent demonstration, people shot
 * while the state breaks up their protest met a protest with intervention, and armed men who attack villagers
 * commit violence against civilians.
 */
/** One person, or vandals, as the doer: "a man who smashed windows", "an unidentified woman", "vandals". */
const LONE_DOER =
  /\b(?:an? (?:(?:lone|masked|hooded|unidentified|unknown|young)\s+)?(?:man|woman|person|individual|suspect|vandal|intruder|youth|teenager|arsonist)|vandals|intruders|arsonists|miscreants)\b/i;
/** Weapons named as the cover of a move on the ground: "under cover of drones and mortar fire", "backed by artillery". */
const COVER_BEFORE =
  /\b(?:under (?:the )?cover of|backed by|supported by|with the support of)\s+(?:[\w-]+\s+(?:and\s+)?){0,4}$/i;
/** Armed men who move on the ground: "a dozen armed men crossed the border", "troops advanced on the village". */
const GROUND_MOVE =
  /\b(?:armed men|gunmen|fighters|militants|troops|soldiers|infantry|saboteurs|raiders|insurgents|rebels|assault (?:groups?|teams?|units?))\b[^.;]{0,80}\b(?:crossed|advanced|attacked|stormed|assaulted|pushed|moved|raided|(?:tried|attempted) to)\b/i;
/** Armed men's act on someone or something, told with its verb and what it was aimed at ("opened fire on a van"). */
const ACT_ON =
  /\b(?:ambushed|stormed|raided|attacked|opened fire (?:on|at)|shot at)\s+(?=(?:an?|the|his|her|their|its|two|three|four|five|several|\d+)\s)/i;
/** The target answering the act: "returned fire", "fired back", "resisted". */
const FOUGHT_BACK = /\b(?:returned fire|fired back|shot back|fought back|resisted|defended)\b/i;
/** A state's armed men or their post, wherever told: "three personnel of the Levies Force", "its armed forces escort". */
const STATE_SIDE = new RegExp(
  `\\b(?:${STATE_MAN}s?|officers?|personnel|(?:prison )?(?:guards?|wardens?)|(?:armed|security) forces|check-?posts?|${GUARDED_SITES})\\b`,
  'i',
);
/**
 * An armed act of one side on a target of no arms, with no fight told in its sentence ("four gunmen opened fire on
 * the pickup truck of the victims", "raiders stormed a farmhouse"): the target was armed when it is a state's men,
 * their post or armed men ("raided a bandits' camp"), or when a state's men are told before the act ("an officer was
 * killed when gunmen attacked the prison").
 */
function oneSidedAct(text: string, at: number, trigLen: number): boolean {
  const act = ACT_ON.exec(text.slice(at, at + trigLen + 20));
  if (!act || TWO_SIDED.test(text)) return false;
  // (up to the sentence's end: "at 3:20 p.m. The attackers fled" is a sentence of its own)
  const target = victimClause(text.slice(at + act.index + act[0].length).split(/\.\s+(?=[A-Z])/)[0]);
  return (
    !armedVictims(target) &&
    !ARMED_GROUP_RE.test(target) &&
    !STATE_SIDE.test(target) &&
    !STATE_SIDE.test(text.slice(0, at))
  );
}
/** An act told as done before the sentence's time: "… two days earlier", "… outside his home last weekend". */
const TOLD_AS_EARLIER =
  /^[^.;,]{0,40}?\b(?:earlier|ago|previously|last (?:week(?:end)?|month|year|night|\w+day))\b/i;
/** A fight told by its word: "clashed", "clashes", "fought", "a street fight", "brawled". */
const FIGHT_WORD =
  /^(?:clash\w*|fought|fighting|(?:street )?fights?|(?:pitched )?battles?|skirmish\w*|brawl\w*|scuffle\w*)$/i;
/** People of no arms as a side of a fight: "bus drivers", "students and loyalists", "fans", "youths". */
/**
 * People of a trade or a station in life who take their grievance to the street, besides the unarmed people of the
 * lexicon: "striking dockers clashed with police", "pensioners clash with police", "hawkers clashed with county
 * officers", "boda boda riders clashed with police" (ACLED: a crowd's fight with the police is a demonstration's).
 */
const STREET_TRADES =
  '(?:dock(?:ers|workers)|longshoremen|stevedores|pensioners|retirees|hawkers|street vendors|(?:motorcycle |motorbike |taxi |boda[- ]boda |okada |moto-?taxi |delivery )?riders|truckers|lorry drivers|hauliers|cabbies|cab drivers|unionists|tenants|squatters|peasants|farmworkers|farm workers|civil servants|lawyers|medics|parents|mourners|tractor drivers)';
/**
 * A crowd told by its grievance before its people, whatever they are: "striking dockers", "protesting nurses", "angry
 * traders", "sacked workers" (an armed word after it, "angry militiamen", is still read as armed by the checks below).
 */
const AGGRIEVED_CROWD =
  '(?:striking|protesting|angry|irate|furious|disgruntled|unpaid|sacked|laid-off|aggrieved)\\s+(?:[\\w-]+\\s+)?[\\w-]+s';
const UNARMED_SIDE = new RegExp(
  `\\b(?:${CIVILIAN_NOUNS}|${STREET_TRADES}|${AGGRIEVED_CROWD}|supporters|loyalists|fans|youths|strikers|activists|workers|locals|protesters|demonstrators)\\b`,
  'i',
);
/** Arms, armed men or the dead in a sentence: a fight with them is one of armed sides. */
const ARMED_WORD =
  /\b(?:armed|arms|weapons|soldiers|troops|army|military|forces|gunm[ae]n|gunfire|gunshots|guns?|rifles?|firearms|shot|shooting|fired|explosives?|grenades?|bombs?|killed|dead|died)\b/i;
/** A verb of telling: who tells of a fight before it is no side of it ("residents said clashes broke out"). */
const TELLING =
  /\b(?:said|say|says|told|tells|reported|according to)\b(?:\s+(?:the\s+)?(?:reporters|journalists|media|press))?/i;
/**
 * A fight told by its word between sides of no arms ("bus drivers … clashed with police near Congress", "students and
 * loyalists clash"): people and the police, or two crowds, with no armed group, soldiers or arms in the sentence (ACLED's
 * armed clash needs two armed, organised sides; a crowd's fight is a riot).
 */
function unarmedFight(trig: Trigger, text: string, at: number, trigLen: number): boolean {
  if (trig.subType !== 'Armed clash' || !FIGHT_WORD.test(text.slice(at, at + trigLen))) return false;
  const part = partOf(text, at);
  // (the sides are told right around the word: "drivers … clashed with police", "clashes between X and Y", or
  // listed before it as a headline lists them: "Hawkers, city officers clash")
  const before =
    (/(?:[^,;:]*,)?[^,;:]*$/.exec(text.slice(Math.max(0, at - 80), at))?.[0] ?? '').split(TELLING).pop() ??
    '';
  const after =
    /^\s+(?:(?:broke|erupted) out\s+)?(?:with|between|against)\s+[^.;,]{0,60}/i.exec(
      text.slice(at + trigLen),
    )?.[0] ?? '';
  return (
    UNARMED_SIDE.test(`${before} ${after}`) &&
    !ARMED_WORD.test(part) &&
    !ARMED_GROUP_RE.test(part) &&
    !ARMED_DOER_RE.test(part)
  );
}
export function retype(
  trigger: Trigger,
  text: string,
  at: number,
  trigLen: number,
  paragraph?: string,
): Trigger {
  let trig = trigger;
  // the fire that covers armed men moving on the ground ("a dozen armed men crossed the border on foot under cover of
  // drones and mortar fire") is part of their assault: a fight on the ground, not a strike from afar
  if (
    REMOTE_SUBTYPES.has(trig.subType) &&
    trig.subType !== DISRUPTED &&
    COVER_BEFORE.test(text.slice(Math.max(0, at - 60), at)) &&
    GROUND_MOVE.test(text.slice(0, at))
  )
    return { ...trig, type: 'Battles', subType: 'Armed clash', weapon: undefined };
  // a riot inside a prison that left inmates dead ("a prison riot leaves 14 inmates dead", "31 inmates died in a riot
  // at the jail") was a fight among inmates (ACLED: gangs' armed clash), not a crowd against the state
  // (not inmates the state's men killed putting the riot down: "guards shot dead five inmates")
  if (
    trig.subType === 'Violent demonstration' &&
    PRISON_RIOT.test(text) &&
    INMATES_KILLED.test(text) &&
    !STATE_KILLERS.test(text) &&
    !STATE_MEN_HURT.test(text)
  )
    return { ...trig, type: 'Battles', subType: 'Armed clash' };
  // armed men of no state who open fire on a crowd that is no protest ("gunmen arrived from the forest and opened fire
  // on the crowd") attack civilians: no demonstration was met by anyone
  if (
    trig.subType === 'Protest with intervention' &&
    /^(?:opened fire|fired|shot|shooting)\b[^.;]*\bcrowds?\b/i.test(text.slice(at, at + trigLen)) &&
    ARMED_DOER_RE.test(text.slice(0, at)) &&
    !STATE_SHOOTERS.test(text.slice(0, at)) &&
    !/\b(?:protest\w*|demonstrat\w+|rall(?:y|ies)|marchers|sit-ins?)\b/i.test(text)
  )
    return { ...trig, type: 'Violence against civilians', subType: 'Attack', weapon: undefined };
  // a bare strike with a missile, rocket or artillery word in its part of the sentence (or, when the sentence names no
  // weapon, in its paragraph: "A strike on Kharkiv killed three. Russia fired two missiles at the city") was fired
  // from the ground; rockets told in another part ("Israeli strike kills five; Hezbollah fires rockets at north") are
  // another side's event
  // a ship attacked with a drone told in its part of the sentence ("an explosive-laden drone boat struck a tanker")
  if (trig === SHIP_ATTACK && weaponSubType(partOf(text, at)) === AIR)
    trig = { ...trig, subType: AIR, weapon: 'air/drone' };
  // an attack on a post or a force told with the rockets, shells or drones that hit it and no fight on the ground ("a
  // salvo of rockets and a drone targeted two bases housing foreign troops, in the first attacks on them in months")
  if (trig === ATTACK_ON_POST && !TWO_SIDED.test(text) && !GROUND_FIGHT.test(text)) {
    const sub = weaponSubType(partOf(text, at));
    if (sub === AIR) trig = { ...trig, type: EXP, subType: AIR, weapon: 'air/drone' };
    else if (sub === SHELL) trig = { ...trig, type: EXP, subType: SHELL, weapon: 'artillery/rocket' };
  }
  if (
    trig.subType === AIR &&
    /^(?:drones?|UAVs?|Shaheds?|Gerans?)\b/i.test(text.slice(at, at + trigLen)) &&
    GROUND_WEAPON_AND.test(text.slice(Math.max(0, at - 60), at))
  )
    trig = { ...trig, subType: SHELL, weapon: 'artillery/rocket' };
  // drones, mortars or rockets named with the arms of a fight on the ground, aimed at an armed side or its post
  // ("attacked a police station with drones and rifles", "fired mortars and heavy machine guns at the posts"): a
  // battle on the ground that the remote weapons supported (ACLED: armed clash)
  if (
    trig.type === EXP &&
    (trig.subType === AIR || trig.subType === SHELL) &&
    REMOTE_WITH_SMALL_ARMS.test(partOf(text, at)) &&
    armedVictims(victimClause(text.slice(at))) &&
    // (fire that also hit villages or their people, "at forward posts and villages …, injuring a villager", was aimed
    // from afar at more than the men who could answer it: the shelling is the event)
    !CIVILIANS_HIT_TOO.test(victimClause(text.slice(at)))
  )
    return { ...trig, type: 'Battles', subType: 'Armed clash', weapon: undefined };
  // drones, mortars or shells named with the stray bullets or the crossfire of a fight ("six civilians had been killed
  // by stray bullets and mortar fire"): the toll of a battle on the ground, not a strike from afar of its own
  if (
    trig.type === EXP &&
    (trig.subType === AIR || trig.subType === SHELL) &&
    CROSSFIRE.test(partOf(text, at))
  )
    return { ...trig, type: 'Battles', subType: 'Armed clash', weapon: undefined };
  // a strike told by its noun whose own verb says it was stopped ("a drone attack on a fuel depot near Bryansk had been
  // repelled without damage"): the weapons were disrupted, not used (ACLED: disrupted weapons use)
  if ((trig.subType === AIR || trig.subType === SHELL) && STRIKE_STOPPED.test(text.slice(at + trigLen)))
    trig = { ...trig, type: 'Strategic developments', subType: DISRUPTED, weapon: trig.weapon ?? 'drone' };
  if (trig === BARE_STRIKE) {
    const part = partOf(text, at);
    if (
      strikeSubType(part) === SHELL ||
      (paragraph !== undefined && weaponSubType(text) === null && weaponSubType(paragraph) === SHELL)
    )
      trig = { ...trig, subType: SHELL, weapon: 'artillery/rocket' };
  }
  // aircraft that shelled or bombarded a place ("a military plane bombarded the hamlet") struck from the air, when no
  // gun, rocket or mortar is named in the sentence
  if (
    trig.subType === SHELL &&
    /^(?:shelled|pounded|bombarded|bombardment)\b/i.test(text.slice(at, at + trigLen)) &&
    AIRCRAFT_BEFORE.test(text.slice(Math.max(0, at - 50), at)) &&
    weaponSubType(text) !== SHELL
  )
    trig = { ...trig, subType: AIR, weapon: 'air/drone' };
  // one attack told with drones named before the rockets fired with them ("two attack drones and at least four
  // rockets were fired at the base") is an air/drone strike, as a barrage's own weapon words make it (weaponSubType)
  if (
    trig.subType === SHELL &&
    trig.type === EXP &&
    /\b(?:and|with|plus)\b/i.test(text) &&
    weaponSubType(text) === AIR &&
    /\b(?:drones?|UAVs?)\s+(?:and|with|plus)\s+(?:[\w-]+\s+){0,3}(?:rockets?|missiles?|mortars?|shells)\b/i.test(
      text,
    )
  )
    trig = { ...trig, subType: AIR, weapon: 'air/drone' };
  // a military post overrun in a deadly raid ("killed when jihadists overran a military post", "briefly overran the
  // army base, killing several soldiers") is a battle for it (ACLED: armed clash), not territory held
  if (
    trig.subType === 'Non-state actor overtakes territory' &&
    OVERRUN_POST.test(text.slice(at, at + trigLen + 60)) &&
    RAID_TOLL.test(text)
  )
    trig = { ...trig, subType: 'Armed clash' };
  // a state's forces that killed armed men with aircraft ("its aircraft had neutralised around 30 fighters in
  // strikes on a column") struck from the air
  if (trigger === FORCES_KILLED_ENEMY && AIR_WORDS.test(text))
    trig = { ...trig, type: EXP, subType: AIR, weapon: 'air/drone' };
  // a fight told with the place it won ("captured the village of X after heavy fighting"): the taking is the event
  if (trig.type === 'Battles' && trig.subType === 'Armed clash') {
    const taken = TAKEN_PLACE.re.exec(text);
    if (taken && taken.index < at && !/\b(?:was|were|been)\s+$/i.test(text.slice(0, taken.index)))
      return retype({ ...TAKEN_PLACE }, text, taken.index, taken[0].length, paragraph);
  }
  // a place taken or taken back: who took it sets the sub-type (a state's forces in their own country regain it)
  if (trig.subType === NSA_TERRITORY || trig.subType === GOV_TERRITORY) {
    const sub = territorySubType(text, at, trigLen);
    if (sub !== trig.subType) trig = { ...trig, subType: sub };
  }
  // grenades among the arms of an assault ("attacked the post from two sides with rifles and grenades", "opened fire
  // with machine guns and grenade launchers"): the weapons of an armed attack told in its sentence, not a grenade
  // attack of its own
  // (so are grenades thrown in a fight the sentence tells: "attacked an army post …, one of them hit by a grenade
  // thrown during the firefight")
  // (and so are grenades listed with guns in a fight of two sides: "soldiers exchanged rifle and grenade fire")
  if (
    trig.subType === 'Grenade' &&
    ((ASSAULT.test(text.slice(0, at)) && (ARMS_WITH_GRENADES.test(text) || TWO_SIDED.test(text))) ||
      (TWO_SIDED.test(text) && ARMS_WITH_GRENADES.test(text)))
  )
    trig = { ...trig, type: 'Battles', subType: 'Armed clash', weapon: undefined };
  // armed men who loot, burn or smash what people own riot in no crowd: with people beaten, shot or killed they attack
  // them ("armed settlers … burning cars and beating residents"), else they loot or destroy property ("the fighters
  // looted the prefecture and set fire to the post"); told with no day of its own, such a sentence goes on with an
  // event told before and is left to the crowd rules, which fold it
  // (so does one person, or a few vandals: "a man who spray-painted slurs and smashed windows at the mosque")
  if (
    trig.subType === 'Violent demonstration' &&
    OWN_DAY.test(text) &&
    (ARMED_DOER_RE.test(text.slice(0, at)) || LONE_DOER.test(text.slice(0, at))) &&
    !/\b(?:protest\w*|demonstrat\w+|rall(?:y|ies)|crowds?|mobs?|marchers|rioters|youths|supporters|fans)\b/i.test(
      text,
    )
  )
    trig = PEOPLE_HARMED.test(text)
      ? { ...trig, type: 'Violence against civilians', subType: 'Attack' }
      : { ...trig, type: 'Strategic developments', subType: 'Looting/property destruction' };
  // (not armed groups fighting in a clause of their own: "a grenade hurled into the crowd …, hours after fighters from
  // the militias and the M23 rebels fought for control of villages")
  const clause = clauseAround(text, at, trigLen);
  if (
    trig.type === 'Battles' &&
    (((CROWD_WORD.test(text) || /\bmarch(?:es|ing)?\b/.test(text.replace(FORCED_MARCH, ' '))) &&
      !((ARMED_GROUP_RE.test(clause) || ARMED_VOLUNTEERS.test(clause)) && !CROWD_WORD.test(clause))) ||
      unarmedFight(trig, text, at, trigLen))
  ) {
    trig = { ...trig, type: 'Riots', subType: 'Violent demonstration' };
  }
  // people shot or killed while the state breaks up their protest or clashes with it ("two people were shot dead as
  // police clashed with protesters", "one shot dead as police break up fuel levy march"), and protesters shot dead:
  // a demonstration met with force, not an attack (a killing the sentence tells as before the protest, "a march …
  // demanding justice for a teacher shot dead two days earlier", is the protest's cause, an event of its own)
  if (
    (trig.type === 'Violence against civilians' || trig.subType === 'Grenade') &&
    !TOLD_AS_EARLIER.test(text.slice(at + trigLen)) &&
    /\b(?:protest(?:s|ers|ing)?|demonstrat(?:ion|ions|ors)|rall(?:y|ies)|sit-ins?|march(?:ers|es)?)\b/i.test(
      text.replace(NO_PROTEST_EVENT, ' ').replace(FORCED_MARCH, ' '),
    ) &&
    (INTERVENTION.test(text) ||
      CROWD_MET_POLICE_RE.test(text) ||
      (trig.type === 'Violence against civilians' && PROTESTERS_SHOT.test(text)))
  )
    trig = { ...trig, type: 'Protests', subType: 'Protest with intervention', weapon: undefined };
  // an attack on a school or a village that took people away ("stormed the school, shooting a guard and taking away
  // pupils", "forced the passengers to march into the bush") is an abduction (ACLED codes the abduction, the gravest part of it)
  if (
    (trig.type === 'Battles' || trig.type === 'Violence against civilians') &&
    trig.subType !== 'Abduction/forced disappearance' &&
    (TAKEN_AWAY.test(text.slice(at)) ||
      DRIVEN_OFF.test(text.slice(at)) ||
      KIDNAPPED_AND.test(text.slice(Math.max(0, at - 200), at)))
  )
    trig = { ...trig, type: 'Violence against civilians', subType: 'Abduction/forced disappearance' };
  // armed men of a group shot dead by a state's forces ("the last of the attackers was shot dead by commandos") were
  // fought, not attacked (captives executed, massacred or lynched are still attacked: ACLED violence against civilians)
  if (
    trig.type === 'Violence against civilians' &&
    trig.subType === 'Attack' &&
    /^(?:shot dead|gunned down)$/i.test(text.slice(at, at + trigLen)) &&
    ARMED_MEN_PASSIVE.test(text.slice(Math.max(0, at - 80), at)) &&
    STATE_MEN.test(text.slice(at + trigLen))
  )
    return { ...trig, type: 'Battles', subType: 'Armed clash' };
  // armed men of a group who shot dead a state's armed man ("gunmen on a motorbike shot dead a police officer at a
  // checkpoint", "militants gunned down two soldiers") fought the state's forces (ACLED: an armed clash)
  if (
    trig.type === 'Violence against civilians' &&
    trig.subType === 'Attack' &&
    /^(?:shot dead|gunned down)$/i.test(text.slice(at, at + trigLen)) &&
    ARMED_DOER_RE.test(text.slice(0, at)) &&
    !STATE_SHOOTERS.test(text.slice(0, at)) &&
    STATE_MAN_AFTER.test(text.slice(at + trigLen))
  )
    return { ...trig, type: 'Battles', subType: 'Armed clash' };
  // a state's armed man shot dead by armed men or a sniper, told in the passive ("a soldier on patrol was shot dead by
  // a sniper"): the victim is told before the verb and the doer after it (ACLED: an armed clash)
  if (
    trig.type === 'Violence against civilians' &&
    trig.subType === 'Attack' &&
    /^(?:shot dead|gunned down|killed)$/i.test(text.slice(at, at + trigLen)) &&
    STATE_MAN_PASSIVE.test(text.slice(Math.max(0, at - 80), at))
  ) {
    const by = BY_DOER.exec(text.slice(at + trigLen))?.[1] ?? '';
    if ((ARMED_DOER_RE.test(by) || /\bsnipers?\b/i.test(by)) && !STATE_SHOOTERS.test(by))
      return { ...trig, type: 'Battles', subType: 'Armed clash' };
  }
  // people shot dead in a fight between armed sides ("two village guards were shot dead in a gunfight near the
  // ridge", "gunned down during an exchange of fire with troops") fell in a battle, not in an attack on them
  if (
    trig.type === 'Violence against civilians' &&
    trig.subType === 'Attack' &&
    /^(?:shot dead|gunned down)$/i.test(text.slice(at, at + trigLen)) &&
    FIGHT_AFTER.test(text.slice(at + trigLen))
  )
    return { ...trig, type: 'Battles', subType: 'Armed clash' };
  // armed men who kill or attack villagers commit violence against civilians (ACLED), whatever the verb
  // (victims told as the subject of a passive verb before the event's noun are its victims too: "a chairman and his
  // driver were killed in an ambush")
  // (so does an armed act of one side on what it names, when nothing armed was hit and no one fought back: "gunmen
  // opened fire on the pickup truck", "raiders stormed a farmhouse"; ACLED's battle needs two armed sides)
  const victims = `${PASSIVE_VICTIMS_BEFORE.exec(text.slice(0, at))?.[1] ?? ''} ${victimClause(text.slice(at))}`;
  if (
    trig.type === 'Battles' &&
    trig.subType === 'Armed clash' &&
    !TWO_SIDED.test(text.slice(at, at + trigLen)) &&
    (CIVILIAN_VICTIMS.test(victims) || oneSidedAct(text, at, trigLen)) &&
    !FOUGHT_BACK.test(text) &&
    !armedVictims(victims) &&
    // (a state's forces that raid a house or a camp attack civilians only when they harm people there)
    !(STATE_DOER_BEFORE.test(text.slice(0, at)) && !CIVILIAN_PEOPLE.test(victims))
  )
    trig = { ...trig, type: 'Violence against civilians', subType: 'Attack' };
  return trig;
}
