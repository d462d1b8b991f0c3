/**
 * How reporters tell the kinds of ground violence without the nouns the general lexicon keys on: armed men who kill
 * or attack civilians (an attack), armed sides that kill each other (an armed clash), a place taken or taken back
 * (territory, the sub-type set by who took it), and security forces that arrest people.
 */
import { loadGazetteer, normKey } from '../gazetteer.ts';
import { CAPTIVES_SRC, nationOfWord, OWN_DAY } from './common.ts';
import { gated } from './remote.ts';
import type { Trigger } from './types.ts';

export const NSA_TERRITORY = 'Non-state actor overtakes territory';
export const GOV_TERRITORY = 'Government regains territory';

// The word lists of violence, one of each: the kinds here and the trigger lexicon (triggers.ts) build their patterns
// from these sources (people, a state's forces, a group's armed men, their posts, the places of unarmed people).
/** Armed men of a group outside a state's forces, in the plural: "militants", "militiamen", "gang members". */
const ARMED_MEN =
  '(?:fighters|militants|insurgents|jihadists|bandits|assailants|attackers|militiamen|militia members|rebels|terrorists|extremists|raiders|gang members|gangsters|guerrillas|paramilitaries|separatists|combatants|kidnappers|captors|khawarij|khwarij)';
/** Guns in the plural: "rifles", "automatic weapons", "AK-47s". */
const FIREARMS = '(?:rifles|guns|firearms|shotguns|automatic weapons|machine ?guns|AK-47s?)';
/** Weapons carried by one person: "a knife", "a machete", "a shotgun". */
export const HAND_WEAPON =
  '(?:knife|knives|machete|axe|hatchet|cleaver|sword|blade|screwdriver|hammer|crowbar|iron bar|gun|pistol|handgun|rifle|shotgun|firearm)';
/**
 * Armed people outside a state's forces, as the doers of violence, in the plural, the singular or a body: "suspected
 * jihadist fighters", "armed men", "an armed group", "a gang", "a lone attacker", "hitmen", "a man armed with a knife",
 * "men armed with rifles" (not young men with machetes and sticks: a crowd's arms, a riot's doers).
 */
const ARMED_DOER = `(?:gunm[ae]n|hitm[ae]n|sicarios|knifem[ae]n|armed (?:men|man|assailants?|attackers?|bandits|youths|individuals?|groups?|gangs?)|(?:groups?|gangs?|bands?) of (?:[\\w-]+ )?(?:armed|masked|hooded) (?:men|youths|individuals)|(?:masked|hooded) (?:men|gunmen|attackers|assailants|youths)|(?:(?:a )?(?:group|gang|band) of )?men in (?:black )?(?:balaclavas|masks|hoods)|(?:armed |unknown |unidentified )?men (?:(?:believed|suspected|thought|said) to (?:be|have been) )?(?:from|of|belonging to) (?:an?|the|one of the) (?:[\\w'’-]+ ){0,2}?(?:clans?|tribes?|militias?|armed groups?|gangs?)|(?:an?|the|one|lone) (?:[\\w'’-]+ )?(?:gunman|attacker|assailant|militant|shooter|knifeman|hitman|bandit|insurgent|jihadist|terrorist|extremist|militiaman|raider|gang)|(?:an?|the|one) (?:[\\w'’-]+ ){0,2}?(?:man|woman|youth|teenager|suspect) (?:armed with|wielding|brandishing|carrying) (?:an? |two )?(?:[\\w-]+ )?${HAND_WEAPON}|(?<!\\byoung )(?:men|individuals) (?:armed with|wielding|brandishing|carrying) (?:[\\w-]+ )?(?:${FIREARMS}|pistols)|(?:[\\w'’-]+ )?(?:${ARMED_MEN}|settlers|gangs))`;
/** Unarmed people in the plural: "villagers", "farmers", "aid workers", and the people of a place they were in: "patrons". */
export const CIVILIAN_NOUNS =
  '(?:civilians|patrons|customers|diners|revellers|drinkers|guests|spectators|commuters|bystanders|pedestrians|passers-?by|motorists|congregants|[a-z]+-?goers|villagers|farmers|herders|worshippers|worshipers|passengers|residents|shoppers|shopkeepers|vendors|tourists|holidaymakers|visitors|students|pupils|schoolchildren|children|women|fishermen|tradesmen|townspeople|traders|displaced (?:people|persons|families)|refugees|migrants|asylum seekers|mourners|wedding guests|pilgrims|teachers|aid workers|health workers|nurses|doctors|staff|employees|families|journalists|reporters|labou?rers|miners|drivers|patients)';
/** Unarmed people as victims: "17 villagers", "a farmer", "two fishermen". */
const CIVILIANS = `(?:${CIVILIAN_NOUNS}|people|persons|(?:a|an|one) (?:man|woman|boy|girl|child|farmer|teacher|trader|shepherd|herder|villager|imam|priest|pastor|chief|journalist|reporter|photographer|student|driver|passer-?by|motorist|shopkeeper)|members of (?:a|one|the same) family)`;
/** Places of unarmed people, attacked or raided: "stormed a church", "descended on the village of". */
export const CIVILIAN_PLACES =
  '(?:taxi ranks?|bus (?:stations?|stops?|terminals?|parks?)|motor parks?|villages?|hamlets?|(?:farming |fishing |rural |herding )?communit(?:y|ies)|markets?|churche?s?|mosques?|temples?|synagogues?|shrines?|schools?|camps? for (?:the )?displaced(?: \\w+)?|(?:displacement|IDP|refugee) (?:camps?|sites?)|buses|bus|weddings?|funerals?|festivals?|concerts?|(?:street|wedding|birthday) part(?:y|ies)|farms?|settlements?|homes?|houses?|hospitals?|clinics?|bars?|taverns?|pubs?|nightclubs?|restaurants?|caf[eé]s?|hotels?|hostels?|shelters?|shops?|stores?|supermarkets?|(?:shopping )?malls?|cinemas?)';
/** A state's armed men as victims or doers. */
export const FORCES =
  '(?:soldiers|troops|police(?:men| officers)?|officers|lawmen|cops|constables|jawans|gendarmes|security (?:forces|personnel|guards|officials)|servicemen|border guards|members of the (?:security|armed) forces|army|military|special forces)';
/** The posts and units of armed men, attacked or overrun: "a checkpoint", "the army base", "a convoy". */
export const MILITARY_POSTS =
  "(?:posts?|outposts?|bases?|positions?|checkpoints?|detachments?|garrisons?|barracks|forts?|patrols?|(?<!\\b(?:passenger|civilian|commuter|aid|relief|pilgrims'?) )convoys?(?! of (?:passenger|civilian|commuter|private|commercial)\\b))";
/** Guarded places of a state that armed men attack: a prison, a jail, a police station. */
export const GUARDED_SITES =
  '(?:prisons?|jails?|jailhouses?|penitentiar(?:y|ies)|detention (?:centres?|centers?)|police (?:stations?|posts?|headquarters|barracks)|(?:army|military|police) camps?)';
/** Armed men of no state, named as a side: "the M23 rebels", "fighters from pro-government militias". */
export const ARMED_GROUP_RE = new RegExp(`\\b(?:gunm[ae]n|militia\\w*|${ARMED_MEN})\\b`, 'i');
/** An armed side or a state's force as the other side of a fight: "the police", "a group of gunmen", "an armed group". */
export const ARMED_OTHER = `(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${FORCES}|police\\w*|gunm[ae]n|${ARMED_MEN}|militia\\w*|guards|armed (?:groups?|gangs?|bands?|men|elements))\\b`;
/**
 * Unarmed people as a side of a fight among themselves, in the plural, with up to two words before the noun that
 * name no armed side: "rival party supporters", "two groups of villagers", "neighbouring families" (ACLED: mob
 * violence, not an armed clash).
 */
export const RIVAL_CROWD = `(?:(?:two|rival|opposing|competing|neighbou?ring) )*(?:groups? of )?(?:(?!(?:and|or|with|the|of|armed)\\b|${ARMED_MEN}|${FORCES})[\\w'’-]+ ){0,2}?(?:${CIVILIAN_NOUNS}|supporters|thugs|fans|youths|mobs?|neighbou?rs|clans|tribes|castes|communities|villages|neighbou?rhoods|religious groups|ethnic groups)`;
/**
 * A pattern that matches nothing in a text that `veto` matches (a crowd's fight told at a protest is the protest's),
 * tried only on text that `gate` matches (a word every match needs).
 */
class VetoedRegExp extends RegExp {
  readonly veto: RegExp;
  readonly gate: RegExp;
  constructor(veto: RegExp, gate: RegExp, source: string, flags: string) {
    super(source, flags);
    this.veto = veto;
    this.gate = gate;
  }
  override exec(text: string): RegExpExecArray | null {
    if (!this.gate.test(text) || this.veto.test(text)) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    return super.exec(text);
  }
}
const vetoed = (veto: RegExp, gate: RegExp, source: string, flags: string): RegExp =>
  new VetoedRegExp(veto, gate, source, flags);
/** Armed men of the other side killed by a state's forces: "14 militants", "nine terrorists". */
const ENEMY = `(?:gunmen|(?:[\\w'’-]+ )?${ARMED_MEN}|(?:[\\w'’-]+ )?(?:members|commanders))`;
/** Killed, in the passive: "were killed", "had been shot dead". */
const ENEMY_KILLED = '(?:were|have been|had been)\\s+(?:killed|slain|shot dead|neutrali[sz]ed|eliminated)';
/** The fight a toll of armed men is told in: "in an operation", "during the exchange of fire". */
const FIGHT_NOUN =
  '(?:operation|raid|offensive|counter-?attack|counter-?offensive|exchanges? of (?:gun)?fire|gun ?fights?|gun ?battles?|firefights?|clash(?:es)?|encounter|shoot-?outs?|ambush|assault)';
/**
 * Armed men of a group killed with no doer told: "14 militants were killed", "six suspected gang members were killed"
 * (not a group's members or commanders alone, the usual targets of a strike told elsewhere).
 */
const ENEMY_GROUP = `(?:gunmen|(?:[\\w'’-]+ )?${ARMED_MEN})`;
/** A count or a determiner before victims: "at least 22", "nine", "dozens of", "a". */
const COUNT =
  "(?:(?:at least|more than|some|about|nearly|up to|around|as many as|over|another|a further)\\s+)?(?:\\d[\\d,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|[a-z]+ty-[a-z]+|a dozen|dozens of|scores of|hundreds of|several|many|the|all)\\s+(?:(?:[\\w'’-]+)\\s+){0,2}?";
/** One or more of a state's armed men: "soldiers", "one officer", "a Rwandan soldier", "two police officers". */
const STATE_ONE = `(?:${FORCES}|soldier|officer|police ?(?:man|woman|officer)|gendarme|constable|trooper|serviceman|jawan|border guard)`;
/**
 * Men of one side told as killed or hurt in a clause of their own: "six gang members were killed", "one Rwandan
 * soldier was lightly wounded".
 */
const SIDE_HURT = (side: string): string =>
  String.raw`\b${COUNT}(?:suspected |alleged )?${side}\s+(?:was|were|had been|have been)\s+(?:[a-z]+ly\s+)?(?:killed|slain|shot dead|neutrali[sz]ed|eliminated|wounded|injured|hurt)\b`;
/** A count of armed men of the other side told as killed: "three militants were shot dead". */
const ENEMY_TOLL = `\\b${COUNT}(?:suspected |alleged )?${ENEMY_GROUP}\\s+${ENEMY_KILLED}`;

/** Shots fired at someone, with how: "opened fire on", "fired indiscriminately at", "began shooting into". */
const FIRED_ON =
  '(?:opened fire|(?:started|began) (?:shooting|firing)|fired(?: shots)?|shot|sprayed (?:bullets|gunfire))(?:\\s+[a-z]+ly)?\\s+(?:on|at|into|upon)\\s+';
/**
 * Vehicles of unarmed people: "a passenger bus", "an aid convoy", "a convoy of passenger vans", "a cargo plane", or any vehicle told with its
 * unarmed passengers ("a tricycle carrying residents").
 */
export const CIVILIAN_VEHICLE = `(?:(?:passenger|commercial|civilian|cargo|school|public|private) (?:planes?|jets?|aircraft|bus(?:es)?|vehicles?|cars?|trains?)|ambulances?|taxis?|minibus(?:es)?|(?:humanitarian|aid|relief|food|civilian|passenger) convoys?|convoys? of (?:passenger|civilian|commuter|private|commercial) (?:vans|vehicles|cars|buses|minibuses|trucks|lorries)|(?:[\\w-]+ )?(?:vehicles?|cars?|bus(?:es)?|tricycles?|motorcycles?|trucks?|lorr(?:y|ies)|pick-?ups?|boats?|canoes?) (?:carrying|ferrying|transporting|full of|packed with) (?:${COUNT}|[\\w'’-]+ )?${CIVILIANS})`;
/** A place or a vehicle of unarmed people, with its determiner: "a bar", "the weekly cattle market", "a taxi". */
const CIVILIAN_TARGET = `(?:an? |the |two |three |several |\\d+ )?(?:[\\w'’-]+ ){0,2}?(?:${CIVILIAN_PLACES}|${CIVILIAN_VEHICLE})`;
/** A span of time that makes violence a pattern: "over the past decade", "in recent months", "since 2024". */
const SPAN_OF_PATTERN = String.raw`\b(?:over|in|during|for) the (?:past|last) (?:few |several |two |three |\d+ )?(?:decades?|years?|months?|weeks?)\b|\bin recent (?:years|months|weeks)\b|\bsince (?:\d{4}|the (?:start|beginning) of)\b`;
/**
 * A home with people in it, told with them: "a house where a family of five slept", "a hotel housing asylum
 * seekers", "the flat with two children asleep inside".
 */
const OCCUPIED_HOME = String.raw`(?:(?:an?|the|their|his|her) )?(?:[\w'’-]+ ){0,3}?(?:house|home|flat|apartment|hotel|hostel|shelter|centre|center|dormitory|building|block of flats)\b[^.;]{0,40}?\b(?:(?:that|which) (?:houses|housed|was housing|is home to)|housing|home to|where (?:[\w'’-]+ ){0,5}?(?:lived|live|living|slept|sleeping|were staying|stayed)|with (?:[\w'’-]+ ){0,5}?(?:inside|asleep|sleeping|in it))\b`;
/** People counted as caught or held: "two men", "at least 14 suspects", "dozens of the escaped inmates". */
const PEOPLE_CAUGHT = String.raw`(?:at least\s+|more than\s+|some\s+|about\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|several|hundreds)\s+(?:(?:of\s+(?:the|them)\s+)?[\w'’-]+\s+){0,2}?(?:escapees|escaped (?:inmates|prisoners)|inmates|fugitives|prisoners|suspects|individuals|persons|people|men|youths|students|journalists|activists|members|supporters|leaders|officials|employees|staff members|aid workers|militants|fighters|gunmen|attackers)\b`;
/** A number of people in a toll, with no determiner: "at least eight", "14", "dozens". */
const TOLL_NUMBER = String.raw`(?:(?:at least|more than|some|about|nearly|up to|around|as many as|over)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|several)`;
const WEAK_ATTACK = 0.58;
/**
 * People of public life: elected or standing for office, campaigning, reporting or leading a community ("a Green
 * councillor", "a local reporter", "the village head").
 */
const PUBLIC_PERSON =
  "(?:councill?ors?|council members?|members? of (?:the |a )?(?:[\\w'’-]+ ){0,3}?(?:council|parliament|assembly|legislature|senate)|(?:deputy )?mayors?|candidates?|MPs|lawmakers?|legislators?|politicians?|campaigners?|canvassers?|activists?|party (?:members?|workers?|officials?|volunteers?)|journalists?|reporters?|(?:village|community|ward|barangay) (?:heads?|chiefs?|chairm[ae]n|leaders?)|union leaders?|social leaders?)";
/**
 * Blows to the body, done: "punched", "beaten up", "knocked to the ground", "stabbed", "struck in the face" (a blow
 * to a part of the body, not a thing that hit it: "struck on the head by a ball").
 */
const BLOWS =
  '(?:(?:struck|hit|slapped) (?:in|on|across) the (?:face|head|jaw|mouth|chest|stomach|back|neck)(?! by (?:an? |the )?(?:[\\w-]+ )?(?:ball|puck|bat|racket|branch|door))|punched|kicked|beaten(?: up)?|beat up|stabbed|slashed|assaulted|knocked (?:down|to the ground|unconscious)|(?:shot|wounded) (?:in the|and (?:wounded|injured|killed)))';

/**
 * What shots are fired at in a place of unarmed people: the place or a vehicle of theirs, or a part of one ("the front
 * doors of a synagogue", "the driver's window", "his car").
 */
const SHOT_THING = String.raw`(?:an? |the |his |her |their |its |[\w'’-]+['’]s? )?(?:[\w'’-]+ ){0,2}?(?:(?:front |back |main |entrance )?(?:doors?|windows?|windscreen|windshield|fa[cç]ade|gates?|walls?)\b(?:\s+of\s+(?:an? |the |his |her |their )?(?:[\w'’-]+ ){0,2}?${CIVILIAN_PLACES})?|${CIVILIAN_PLACES}|(?<=\b(?:his|her|their|[\w'’-]+['’]s?) (?:[\w'’-]+ ){0,2}?)(?:vehicle|car|van|truck|pick-?up|motorcycle|motorbike)s?|${CIVILIAN_VEHICLE})\b`;

/** An armed side or post named in a sentence (without one, "pushed back an offensive" is a market's or a party's). */
export const ARMED_SIDE =
  /\b(?:troops|soldiers|army|forces|military|police\w*|officers|agents|personnel|guards|gendarmes|garrison|outposts?|posts?|bases?|checkpoints?|positions|militants?|rebels?|insurgents?|jihadists?|fighters|gunmen|militia\w*|paramilitar\w+|guerrillas?|bandits|attackers|assailants)\b/i;
/**
 * A state's forces that kill armed men of the other side: "troops killed 14 militants" (an armed clash; with aircraft
 * in the sentence, an air strike: retype). Told in the side's own quoted words ("said it had "neutralised dozens of
 * terrorists"") it is the side's claim about an event told elsewhere (screen).
 */
export const FORCES_KILLED_ENEMY: Trigger = {
  re: new RegExp(
    // (not a source that speaks for the force: "according to a military source in Maroua, killed five …")
    `\\b(?:${FORCES}|forces)\\b(?!\\s+(?:sources?|spokes(?:man|woman|person)|officials?|statements?)\\b)[^.;]{0,120}?\\b(?:killed|killing|shot dead|neutrali[sz]ed|neutrali[sz]ing|eliminated)\\s+${COUNT}["“]?${ENEMY}\\b`,
    'i',
  ),
  type: 'Battles',
  subType: 'Armed clash',
  strength: 0.57,
};
/** A place taken or taken back (the sub-type is set by who took it: territorySubType). */
export const TAKEN_PLACE: Trigger = {
  // a place taken or taken back: "seized the district headquarters", "recaptured the town of X", "took over the
  // village", "drove the militants out of the town"
  re: /\b(?:seized|captured|took over|took|overran|overrun|retook|retaken|recaptured|regained|wrested|liberated)\s+(?:full |complete |back )?(?:control (?:of|over) )?(?:the |a )?(?:(?!(?:to|into|from|in|at|on|by|for|through|across|of|with|out|and|his|her|their)\b)[\w'’-]+ ){0,2}?(?:town|village|city|district(?: headquarters| capital)?|county|locality|hamlet|settlement|provincial capital|state capital|capital|border crossing|border post|military base|base|airbase|air base|airport|port|stronghold|hilltop|garrison)\b(?!['’]|\s+(?:hall|council|centre|center|square|by storm)\b)|\b(?:drove|driven|pushed|forced|expelled|ousted|routed)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+ ){0,2}?(?:rebels|militants|insurgents|jihadists|fighters|militias?|gangs?|troops|forces|army|soldiers|enemy)\s+(?:back\s+)?(?:out of|from) (?:the )?(?:towns?|villages?|city|district|base|stronghold|\p{Lu}[\p{L}-]+\b(?![\s-]\p{Lu}))/iu,
  type: 'Battles',
  subType: NSA_TERRITORY,
  strength: 0.55,
};
/**
 * The fight a side's quoted claim of killing is told in, in the teller's own words right after it: "(had "neutralised
 * around forty terrorists") in fighting in the Djibo area", "(killed four "khawarij") in an intelligence-based operation".
 */
export const FIGHT_TOLD_AFTER = new RegExp(
  `^["”']?[^.;"“”]{0,20}?\\b(?:in|during|amid) (?:the |an? )?(?:[\\w-]+ ){0,2}?(?:fighting|combat|${FIGHT_NOUN}s?)\\b`,
  'i',
);
/** Aircraft or a strike from the air told in a sentence. */
export const AIR_WORDS =
  /\b(?:aircraft|air ?strikes?|airstrikes?|air raids?|warplanes?|(?:fighter )?jets?|helicopters?|gunships?|drones?|UAVs?|air force|aerial)\b/i;

export const KIND_TRIGGERS: Trigger[] = [
  {
    // armed men who kill, wound or attack unarmed people, or fire on the places and vehicles they are in: "suspected
    // fighters … killed at least 22 people in the village", "armed men entered a bar and started shooting at
    // patrons", "an armed group … fired indiscriminately at customers", "gunmen fired on a minibus carrying traders"
    // (people "attacked" only with harm or a weapon told: a spokesman of militants who attacked journalists in a
    // statement hurt no one; nor does an attack on people's plans)
    re: new RegExp(
      `\\b${ARMED_DOER}\\b(?:[^.;]{0,200}?)\\b(?:[a-z]+ly\\s+)?(?:(?:killed|killing|shot dead|hacked to death|hacked|beheaded|slaughtered|murdered|executed|stabbed|slashed|assaulted|(?:shot|shooting|beat|beaten|beating)(?: and killed)?)\\s+(?:${COUNT})?|(?:wounded|wounding|injured|injuring)\\s+${COUNT}|attacked\\s+(?:${COUNT})?(?=[^.;]{0,100}\\b(?:kill\\w*|wound\\w*|injur\\w*|hurt|dead|stabb\\w*|shot|shooting|beat\\w*|with (?:an? |his |her |their )?(?:[\\w-]+ )?${HAND_WEAPON})\\b))${CIVILIANS}\\b(?!['’]|[^.;]{0,40}?(?:${SPAN_OF_PATTERN}))|\\b${ARMED_DOER}\\b(?:[^.;]{0,200}?)\\b${FIRED_ON}(?:${COUNT})?(?:crowds? of )?(?:${CIVILIANS}|${CIVILIAN_TARGET})\\b|\\b${ARMED_DOER}\\b(?:[^.;]{0,100}?)\\b(?:attacked|raided|stormed|descended on|burst into|opened fire (?:in|inside))\\s+${CIVILIAN_TARGET}\\b`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: WEAK_ATTACK,
  },
  {
    // shots fired into a place, a home or a vehicle of unarmed people, told without a doer or by a count of shots:
    // "several shots were fired through the front doors of a synagogue", "one of the riders fired five times into the
    // taxi", "bullets were fired at the family's house" (not a state's men firing, "officers fired at the car as it
    // sped off", nor shots into the air or at a range)
    re: gated(
      /fired\s/i,
      String.raw`\b(?:(?:shots|bullets|rounds|gunshots)\s+(?:were|had been|have been)\s+fired|(?<!\b(?:${FORCES}|guards?|agents?|deputies|policem[ae]n)\b[^.;]{0,80})fired\s+(?:at least |more than |as many as |up to )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|many|multiple|repeated(?:ly)?)\s+(?:times|shots|rounds|bullets))(?:\s+[a-z]+ly)?\s+(?:at|into|through|on)\s+${SHOT_THING}(?![^.;]{0,60}?\bby (?:the )?(?:[\w-]+ )?(?:${FORCES}|guards?|agents?))`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: WEAK_ATTACK,
  },
  {
    // a person of public life beaten, kicked or stabbed, whoever did it: "a councillor was punched and kicked to the
    // ground while putting up posters", "two men beat up a local reporter" (violence against a person for what they
    // stand for; not words: "the mayor was attacked over the budget", "the candidate's plan was shot down")
    re: new RegExp(
      String.raw`\b${PUBLIC_PERSON}\b[^.;]{0,80}?\b(?:was|were|had been|has been|have been)\s+(?:${BLOWS})(?!\s+down\b)|\b(?:${BLOWS})\s+(?:an? |the |two |three )?(?:[\w'’-]+ ){0,3}?${PUBLIC_PERSON}\b`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: WEAK_ATTACK,
  },
  {
    // armed men who spray people or their vehicles with fire: "gunmen sprayed a queue of minibus taxis with rifle fire"
    re: gated(
      /\bsprayed\s/i,
      String.raw`\b${ARMED_DOER}\b[^.;]{0,100}?\bsprayed\s+(?:[\w'’-]+\s+){1,6}?with\s+(?:[\w-]+\s+)?(?:fire|gunfire|bullets|rounds)\b`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: WEAK_ATTACK,
  },
  {
    // a state's men who shoot, beat or wound unarmed people ("troops shot villagers as they fled", "soldiers shot and
    // wounded two farmers"): an attack on them (a single "man" shot by police may be an armed suspect: not read here)
    re: new RegExp(
      String.raw`\b${FORCES}\b[^.;]{0,60}?\b(?:shot(?: and (?:killed|wounded|injured))?|beat(?: to death)?|tortured|wounded|injured)\s+(?:${COUNT})?${CIVILIAN_NOUNS}\b`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: WEAK_ATTACK,
  },
  {
    // armed men who seize people are abducting them: "armed men seized two engineers working on a road", "gunmen
    // snatch 2 engineers" (not goods or ground: "seized weapons", "seized control of the town")
    re: gated(
      /\b(?:seiz(?:ed|e|es)|snatch(?:ed|es)?|grabb?(?:ed|s)?|whisked away|carried off|took away|hauled away)\s/i,
      `\\b${ARMED_DOER}\\b[^.;]{0,60}?\\b(?:seiz(?:ed|e|es)|snatch(?:ed|es)?|grabb?(?:ed|s)?|whisked away|carried off|took away|hauled away)\\s+(?:${COUNT})?(?:[\\w-]+\\s+)?(?:${CIVILIAN_NOUNS}|people|persons|officials|priests|(?<=\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:[\\w-]+ )?)[a-z]+(?:ers|ors|ists|ians)(?<!(?:tank|contain|trail|comput|carri|freight|transport|boost|launch|generat)ers)|(?:an?|one) (?:[\\w-]+ )?(?:man|woman|boy|girl|child|engineer|worker|priest|pastor|teacher|doctor|nurse|trader|farmer|official|journalist|businessman))\\b`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Abduction/forced disappearance',
    strength: WEAK_ATTACK,
  },
  {
    // people killed when armed men came, whatever the armed men did ("two men were killed when a group of armed
    // miscreants entered the village, fired several rounds and set fire to six houses"): an attack on them, unless
    // the dead were a state's men or armed themselves
    re: gated(
      /\b(?:killed|shot dead|murdered|hacked to death|burned to death|gunned down)\b/i,
      `(?<!\\b(?:${FORCES}|${ARMED_MEN}|guards|policem[ae]n|members)\\b[^.;]{0,60})\\b(?:were|was|had been|have been) (?:killed|shot dead|murdered|hacked to death|burned to death|gunned down)\\b[^.;]{0,30}?\\bwhen\\s+(?:a (?:group|gang|band) of\\s+)?(?:${ARMED_DOER}|(?:armed |unknown )?miscreants)\\b`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: WEAK_ATTACK,
  },
  {
    // an attack with a weapon in the hand, whoever made it: "a man attacked festival-goers with a knife", "stabbed
    // three shoppers", "a knife attack on the promenade", "a mass shooting", and shots fired in a place of unarmed
    // people, "opened fire in the car park of a mosque" (a knife seized, or knife attacks counted, tell of none)
    re: new RegExp(
      String.raw`\b(?:attacked|assaulted|stabbed|slashed|hacked at|set upon|lunged at|turned on)\s+(?:${COUNT})?${CIVILIANS}\b[^.;]{0,60}?\bwith (?:an? |his |her |their |two )?(?:[\w-]+ )?${HAND_WEAPON}\b|\b(?:stabbed|slashed)\s+(?:at least |more than |as many as )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\w-]+ )?(?:people|persons|${CIVILIAN_NOUNS})\b|(?<=\b(?:an?|the) (?:[\w-]+ )?)(?:knife|machete|axe|stabbing|acid) (?:attack|rampage)\b|\bmass (?:shooting|stabbing)\b|\b(?:shooting|stabbing) (?:rampage|spree)\b|\b(?:opened|opening) fire(?:\s+[a-z]+ly)?\s+(?:in|inside|at|on|outside)\s+(?:(?:the|a) (?:[\w-]+ ){1,2}(?:of|outside|near) )?${CIVILIAN_TARGET}\b`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: WEAK_ATTACK,
  },
  {
    // an attack on a place of unarmed people told by its noun, with its toll: "fourteen people have been killed in an
    // overnight attack on a camp for displaced families", "a raid on a village left nine dead" (ACLED: an attack;
    // with no one harmed, "an attack on the village school budget" is words)
    re: gated(
      /\b(?:kill(?:ed|ing)|dead|died|wounded|wounding|injur(?:ed|ing|ies)|massacred|hacked|shot)\b/i,
      String.raw`\b(?:attacks?|raids?|assaults?) on (?:an? |the |two |three )(?:[\w'’-]+ ){0,3}?${CIVILIAN_PLACES}\b(?!['’]|\s+(?:budgets?|polic(?:y|ies)|curricul\w*|funding|plans?|reforms?|laws?)\b)`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: 0.5,
  },
  {
    // the same attack told by its verb, whoever made it, with its harm told after it: "armed herdsmen attacked the
    // village of Hurti on Monday night, killing seven", "men stormed a market and shot dead two traders" (an attack on
    // the village's plans, or a raid that arrested people, harms no one)
    re: gated(
      /\b(?:kill(?:ed|ing)|dead|wounded|wounding|injur(?:ed|ing)|massacred|hacked|shot|behead(?:ed|ing))\b/i,
      String.raw`\b(?:attacked|raided|stormed|invaded) (?:an? |the |two |three )(?:[\w'’-]+ ){0,3}?${CIVILIAN_PLACES}\b(?!['’])(?=[^.;]{0,140}\b(?:killing|killed|wounding|wounded|injuring|injured|leaving (?:[\w-]+ ){1,3}dead|shot dead|shooting dead|hacked|hacking|beheaded|beheading|massacred)\b)`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: 0.5,
  },
  {
    // a shooting or a gun attack told by its noun, with its toll: "a shooting at a bar in Soweto killed four people",
    // "two policemen were killed in a gun attack in Peshawar" (a shooting range, a film's shooting or a shooting
    // contest harms no one)
    re: gated(
      /\b(?:kill(?:ed|ing)|dead|died|wounded|wounding|injur(?:ed|ing))\b/i,
      String.raw`\b(?:(?:killed|wounded|injured|died) in (?:an? |the )(?:[\w-]+ )?(?:shooting|gun attack)\b|(?:an? |the )(?:[\w-]+ )?(?:shooting|gun attack)\b(?!\s+(?:range|ranges|club|clubs|contest|competition|championships?|star|schedule|script|season)\b|\s+of (?:the |a |an |his |her |their )?(?:[\w-]+ )?(?:film|movie|series|video|scene|documentary|episode|advert)s?\b)(?=[^.;]{0,80}?\b(?:killed|left (?:[\w-]+ ){1,3}dead|wounded|injured)\b))`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: 0.5,
  },
  {
    // a fire set on purpose at a home with people in it, an attack on them (an empty building burned is property
    // destroyed): "threw a petrol bomb through the window of a house where a family of five slept", "set fire to a
    // hostel housing migrant workers", "police are treating a fire at a shelter that houses 40 refugees as arson"
    re: new RegExp(
      String.raw`\b(?:set fire to|set alight|torched|firebombed|petrol-bombed|(?:threw|hurled|lobbed) (?:an? |two |three )?(?:petrol bombs?|fire ?bombs?|molotov cocktails?|incendiary devices?) (?:at|into|through)|arson(?: attack)? (?:on|at)|(?:fire|blaze) (?:at|in)(?=[^.;]{0,160}\b(?:deliberate\w*|arson|on purpose)\b))\s+${OCCUPIED_HOME}`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: WEAK_ATTACK,
  },
  {
    // the victims first: "12 civilians were killed by suspected bandits", "a reporter, filming the march, was beaten
    // by masked men"
    re: gated(
      /\b(?:were|was|have been|had been)\s+(?:shot dead|killed|massacred|hacked to death|murdered|executed|slaughtered|beheaded|shot|stabbed|attacked|assaulted|beaten|wounded|injured)\b/i,
      `\\b${CIVILIANS}\\b[^.;]{0,60}?\\b(?:were|was|have been|had been)\\s+(?:shot dead|killed|massacred|hacked to death|murdered|executed|slaughtered|beheaded|shot|stabbed|attacked|assaulted|beaten|wounded|injured)\\b[^.;]{0,40}?\\bby (?:suspected |armed |unidentified |unknown )?${ARMED_DOER}\\b`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: WEAK_ATTACK,
  },
  {
    // armed men who kill a state's armed men: "insurgents killed eight soldiers", "five soldiers were killed by
    // militants" (ACLED: a battle, an armed clash)
    re: gated(
      /\b(?:killed|killing|shot dead)\b/i,
      `\\b${ARMED_DOER}\\b[^.;]{0,120}?\\b(?:killed|killing|shot dead)\\s+${COUNT}${FORCES}\\b|\\b${FORCES}\\b[^.;]{0,30}?\\b(?:were|was|have been|had been)\\s+(?:killed|shot dead)\\b[^.;]{0,40}?\\bby (?:suspected )?${ARMED_DOER}\\b`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.57,
  },
  FORCES_KILLED_ENEMY,
  {
    // a state's forces that destroyed or wiped out a sabotage group of the other side, the words of the side that
    // held: "border guards and army units had "destroyed a Ukrainian sabotage and reconnaissance group"" (ACLED: an
    // armed clash, told by one side)
    re: gated(
      /\bsabotage\b/i,
      String.raw`\b(?:${FORCES}|forces|units|guards)\b[^.;]{0,80}?\b(?:destroyed|wiped out|eliminated|neutrali[sz]ed|liquidated)\s+["“]?(?:an?|the|two|three|\d+)\s+(?:[\w'’-]+\s+){0,2}?sabotage(?:[- ]and[- ]reconnaissance)?\s+(?:groups?|units?|teams?|squads?)\b`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.55,
  },
  {
    // a state's forces that run into armed men of the other side: "troops on patrol encountered an estimated 12
    // members of the group", "a police team encountered three gunmen" (the military word for a fight: an armed clash)
    re: gated(
      /\bencountered\b/i,
      String.raw`\b${FORCES}\b[^.;]{0,80}?\bencountered\s+${COUNT}(?:${ENEMY_GROUP}|members of (?:the |an? )?(?:[\w'’–-]+ ){0,4}?(?:group|faction|militia|gang|front|movement|cell))\b`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.55,
  },
  {
    // a state's raid or operation against an armed group told by its toll: "a large police operation against the
    // Comando Vermelho drug faction in the Complexo da Maré left at least eight people dead", "an army offensive on
    // rebel militias killed 14" (ACLED: a battle of the force with the group; not an operation against poverty, nor a
    // toll with no number: "killed the momentum")
    re: gated(
      /\b(?:operations?|raids?|offensives?)\b[^.;]*\b(?:left|leaving|killed|killing)\b/i,
      String.raw`\b(?:${FORCES}|forces|security|joint)\s+(?:[\w'’-]+\s+){0,2}?(?:operations?|raids?|offensives?)\s+(?:against|on|targeting)\s+(?:[\w'’-]+\s+){0,5}?(?:gangs?|factions?|cartels?|militias?|${ARMED_MEN}|armed groups?|traffickers)\b[^.;]{0,100}?\b(?:(?:left|leaving)\s+${TOLL_NUMBER}\s+(?:[\w'’-]+\s+)?dead|(?:killed|killing)\s+${TOLL_NUMBER})\b`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.55,
  },
  {
    // a state's forces that catch up with armed men they hunt, or engage them told by a pronoun: "the troops caught up
    // with a group of the rebels in the forest", "a unit caught up with 'a group of assailants'", "pursued the group
    // and engaged it near the coast" (not talks: "engaged them in dialogue"; suspects caught up with are arrested)
    re: gated(
      /\b(?:caught up with|engaged)\b/i,
      String.raw`\b(?:${FORCES}|units?|patrols?)\b[^.;]{0,100}?\b(?:caught up with\s+["“]?(?:(?:a|the)\s+(?:group|band|column|cell|unit)\s+of\s+(?:the\s+)?)?(?:${ENEMY_GROUP})|engaged\s+(?:them|it|the group|the column)\b(?!\s+in\s+(?:talks|dialogue|negotiations?|discussions?|conversations?|consultations?|debates?)\b))`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.55,
  },
  {
    // armed men of one group who attack those of a rival one: "inmates loyal to one gang attacked members of a rival
    // gang", "gunmen ambushed fighters of a rival militia" (ACLED: a battle between the two groups, not an attack on
    // civilians)
    re: gated(
      /\brival\b/i,
      String.raw`\b(?:${ARMED_DOER}|inmates|prisoners|gang members|gangs?)\b[^.;]{0,100}?\b(?:attacked|assaulted|ambushed|stormed|raided|fought|clashed with|opened fire on|shot at)\s+(?:(?:members|associates|fighters|inmates|gunmen|militants)\s+(?:of|from)\s+)?(?:an?\s+|the\s+)?rival\s+(?:[\w'’-]+\s+)?(?:gangs?|factions?|cartels?|militias?|groups?|gang members|clans? militias?)\b`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.6,
  },
  {
    // a state's forces that kill unarmed people: "soldiers shot dead three villagers" (ACLED: an attack; "people" and
    // "men" are left out, as forces often say so of the fighters they killed)
    re: new RegExp(
      `\\b${FORCES}\\b[^.;]{0,100}?\\b(?:killed|killing|shot dead|massacred|executed)\\s+${COUNT}(?:${CIVILIAN_NOUNS}|(?:a|an|one) (?:farmer|villager|student|boy|girl|woman|child|fisherman|trader|shepherd|herder))\\b`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Attack',
    strength: 0.57,
  },
  {
    // armed men of the other side killed, told in the passive in a fight: "three militants were shot dead in an
    // operation", "two insurgents were killed in an encounter with the police", "gunfire could be heard for hours, and
    // six suspected gang members were killed" (ACLED: a battle). Without a fight told around it such a toll belongs
    // to a strike or a raid told elsewhere ("its assessment was that two militants had been killed"). A confrontation
    // with the forces is told as an encounter ("killed in a confrontation with security forces"; not one with the
    // opposition).
    re: gated(
      /\b(?:(?:were|have been|had been)\s+(?:killed|slain|shot dead|neutrali[sz]ed|eliminated)|(?:encounter|confrontation) with)\b/i,
      `(?:(?=${ENEMY_TOLL})(?<=\\b(?:gunfire|exchanges? of (?:gun)?fire|firefights?|gun ?battles?|gun ?fights?|shoot-?outs?)\\b[^.;]{0,120}|\\b(?:in|during) an? (?:[\\w-]+ ){0,2}?${FIGHT_NOUN}\\b[^.;,]{0,40}?\\s(?:in|during) which\\s+)${ENEMY_TOLL}|${ENEMY_TOLL}(?=\\s+(?:(?:in|during) (?:an?|the) (?:[\\w-]+ ){0,2}?${FIGHT_NOUN}|by (?:the )?(?:[\\w-]+ ){0,2}?${FORCES})\\b))|\\bkilled in an? (?:[\\w-]+ )?(?:encounter|confrontation) with (?:the )?(?:[\\w-]+ )?${FORCES}\\b`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.55,
  },
  {
    // a state's men or posts under fire: "an army patrol came under fire from militants", "troops came under attack",
    // "soldiers at a checkpoint were fired on from two cars", "a police patrol was shot at" (not criticism: "the police
    // chief came under fire from lawmakers", "troops came under fire for their slow response", nor a convoy "travelling
    // without a military escort when it came under fire")
    re: new RegExp(
      `\\b(?<!\\bwithout (?:an? |any )?)(?:${FORCES}|(?:army|military|police|border) (?:${MILITARY_POSTS}|camps?|units?)|${MILITARY_POSTS})\\b(?!\\s+(?:chiefs?|commissioners?|ministers?|ministry|spokes\\w+|bosses|heads?|leadership|commanders?|departments?|unions?|watchdogs?|budgets?|reforms?)\\b)[^.;]{0,40}?\\b(?:came under (?:heavy |sustained |intense |small-arms |machine-gun )?(?:(?:rifle|sniper|gun|automatic|small-arms|machine-gun) )?(?:fire|attack|assault)|(?:was|were|had been|have been) (?:fired (?:on|upon|at)|shot at|attacked|assaulted))\\b(?![^.;]{0,30}?\\b(?:for|over) (?:their|its|his|her|what|how|the (?:handling|response|way|decision|failure|conduct|treatment|use|killing|death|crackdown))\\b)(?![^.;]{0,60}\\b(?:from|by) (?:the )?(?:[\\w'’-]+ ){0,3}?(?:critics|lawmakers|legislators|MPs|opposition|activists|campaigners|rights groups|politicians|media|press|commentators|senators|parliament\\w*|families|unions?|editorials?)\\b)`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.55,
  },
  {
    // armed men who attack a post, a prison or a police station, whose guards fight them: "armed men attacked the
    // town's prison shortly before midnight", "militants assaulted a border post" (ACLED: a battle with its guards;
    // posts with no determiner, "attacked army posts", tell of a pattern)
    re: gated(
      /\b(?:attacked|assaulted|raided|stormed)\b/i,
      `\\b${ARMED_DOER}\\b[^.;]{0,100}?\\b(?:attacked|assaulted|raided|stormed)\\s+(?:an? |the |one |two |three |its |their |\\d+ )(?:[\\w'’-]+ ){0,3}?(?:${MILITARY_POSTS}|${GUARDED_SITES})\\b`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.57,
  },
  {
    // a state's forces that end a siege or an assault by storming it: "security forces ended a 12-hour siege of the
    // hotel" (ACLED: a battle between the attackers and the forces)
    re: new RegExp(
      `\\b${FORCES}\\b[^.;]{0,60}?\\b(?:ended|broke|lifted|ending)\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?siege\\b`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.55,
  },
  {
    // a toll on both sides of a fight: "eight soldiers and 20 militants were killed", "killing 14 insurgents and two
    // police officers", or each side's told in a clause of its own, "six gang members were killed and one officer was
    // wounded", "one soldier was killed and two attackers were injured" (ACLED: a battle)
    re: gated(
      /\b(?:killed|killing|dead|died|wounded|injured)\b/i,
      `\\b${COUNT}(?:${FORCES}|${ENEMY_GROUP})\\b(?=[^.;]{0,80}\\b(?:killed|killing|dead|died)\\b)(?:,\\s*|\\s+(?:and|as well as)\\s+)${COUNT}(?:${FORCES}|${ENEMY_GROUP})\\b|${SIDE_HURT(ENEMY_GROUP)}\\s+and\\s+${SIDE_HURT(STATE_ONE)}|${SIDE_HURT(STATE_ONE)}\\s+and\\s+${SIDE_HURT(ENEMY_GROUP)}`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.55,
  },
  {
    // a fight told by the side that held: "repelled an attack on the post", "beat back an assault by rebels", and
    // "battled militants near X" (told only with an armed side or post in the sentence; a little stronger than a place
    // taken, so that "fended off an attempt to overrun the post" is the fight, not the post overrun)
    re: gated(
      ARMED_SIDE,
      String.raw`\b(?:repel(?:led|ling)|repuls(?:ed|ing)|fought off|fighting off|fended off|fending off|held off|holding off|beat back|beating back|beaten back|beat off|pushed back|pushing back|drove back|driving back|thwarted|foiled)\s+(?![^.;]{0,30}\b(?:cyber\w*|hack\w*|ransomware|phishing|takeover|bid|legal|political)\b)["“]?(?:(?:an?|the|one)\s+)?(?:[\w'’-]+\s+){0,3}?(?:attack|assault|offensive|incursion|raid|aggression|ambush|onslaught|attempt (?:by [^.;,]{1,60}? )?to (?:storm|overrun|seize|capture|take|attack|infiltrate|cross))\b(?![^.;]{0,40}\b(?:drones?|missiles?|rockets?|UAVs?|hackers?|cyber\w*)\b)|\bbattl(?:ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:rebels|militants|insurgents|jihadists|fighters|gunmen|gangs?|militias?|troops|soldiers|forces|army)\b`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.56,
  },
  {
    // the same fight told from the attackers' side, in the passive ("an assault group of tanks … tried to punch through
    // the lines and was beaten back with heavy losses", "the raiders were driven back after a two-hour fight"), or by
    // those attacked who "fought back" for a while ("the herders fought back for about two hours", "troops came under
    // rifle fire and fought back for an hour"): told only where a state's or a group's armed men are named, not of a
    // drone or missile attack stopped (an interception), a bill or a bid, a team or tears (the words it is told in are
    // asked for first: its lookbehinds, tried at every position, scan back up to 200 characters)
    re: gated(
      new RegExp(
        `\\b(?:${FORCES}|forces|brigades?|battalions?|units|${ARMED_MEN}|gunm[ae]n|militia\\w*|herders|volunteers|guards)\\b`,
        'i',
      ),
      String.raw`\b(?=(?:was|were|had|have|has|fought)\b)(?<!\b(?:drones?|missiles?|rockets?|UAVs?|bills?|motions?|proposals?|amendments?|bids?)\b[^.;]{0,80})(?:(?<=\b(?:${FORCES}|forces|${ARMED_MEN}|gunm[ae]n|militia\w*|assault (?:groups?|teams?|units?|detachments?)|tanks|armou?red (?:vehicles|columns?)|infantry|columns?)\b[^.;]{0,120})(?:was|were|had been|have been|has been)\s+(?:\w+ly\s+)?(?:beaten back|driven back|beaten off|repelled|repulsed)(?!\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:defen[cs]e|keeper|goalkeeper|hosts|visitors|home side)\b)|fought back for (?:about |nearly |almost |more than |over |some |around )?(?:an?|one|two|three|four|five|six|several|\d+) (?:hours?|minutes?))\b`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.55,
  },
  {
    // rival communities that fight each other with firearms: "two clans fought with high-powered rifles" (ACLED: their
    // militias in an armed clash, not mob violence)
    re: vetoed(
      /\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|marchers)\b/i,
      /\b(?:rifles|guns|firearms|weapons|AK-47s?)\b/i,
      String.raw`\b${RIVAL_CROWD}\b[^.;]{0,120}?\b(?:clash(?:ed|ing)|fought|fighting)\s+(?:(?:with\s+)?(?:each other|one another)\s+)?(?:with|using)\s+(?:[\w-]+\s+){0,2}?${FIREARMS}\b`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.62,
  },
  {
    // rival crowds that fight each other with no armed group or state force among them: "thugs … clashed with rival
    // party supporters", "supporters of the two parties fought with machetes and clubs", "residents of two quarters
    // attacked each other with sticks", "activists of two parties locked in a clash" (ACLED: mob violence; with
    // police as the other side, or at a protest, it stays a fight or a demonstration, left to the general words)
    re: vetoed(
      /\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|marchers)\b/i,
      /\b(?:clash(?:ed|ing|es)?|fought|fighting|brawled|each other|one another)\b/i,
      String.raw`\b${RIVAL_CROWD}\b[^.;]{0,120}?\b(?:(?:clash(?:ed|ing)|fought|fighting|brawled)\s+(?:with|each other|one another)|(?:attacked|assaulted|beat|stoned|pelted|hacked at)\s+(?:each other|one another))\b(?!\s+${ARMED_OTHER})|\b(?:activists|cadres|supporters|party workers)\s+(?:of|from)\s+(?:the\s+)?[^.;,]{1,60}?\s+and\s+(?:the\s+)?[^.;,]{1,60}?\s+(?:clashed|fought|brawled|(?:were\s+)?locked in (?:an? )?(?:[\w-]+ )?(?:clash|clashes|fight|fighting|battle))\b`,
      'i',
    ),
    type: 'Riots',
    subType: 'Mob violence',
    strength: 0.61,
  },
  {
    // a crowd that punishes a man it accuses ("a crowd … cornered a man they accused of …, beat him with sjamboks and
    // tried to set him alight"): mob violence, even when police then disperse it
    // (or told from the victims: "two young men suspected of stealing a motorcycle were lynched by a crowd", "two men
    // … were beaten and set ablaze by a mob")
    re: /\b(?:crowds?|mobs?|(?:angry |irate )?(?:residents|villagers|locals|youths))\b[^.;]{0,120}?\b(?:beat|lynched|stoned|necklaced|hacked|set (?:him|her|them) (?:alight|on fire|ablaze)|tried to (?:set|burn|lynch) (?:him|her|them))\s+(?:him|her|them|to death|alight|on fire|ablaze|a (?:man|woman|suspect|boy)|the (?:man|woman|suspects?)|(?:two|three|four|\d+) (?:men|suspects))\b|\b(?:(?:was|were) )?(?:lynched|beaten to death|stoned to death|burned alive|burnt alive|set alight|set ablaze|set on fire|(?:beaten|clubbed|stoned|hacked|attacked)(?: (?:and|then) (?:set (?:alight|ablaze|on fire)|(?:burned|burnt)(?: to death| alive)?|killed|lynched))?) by (?:an? |the )?(?:angry |irate )?(?:crowds?|mobs?|residents|villagers|locals)\b/i,
    type: 'Riots',
    subType: 'Mob violence',
    strength: 0.66,
  },
  {
    // a mob that burns, storms or beats: "a mob set fire to 14 houses", "Mob torches homes" (ACLED: mob violence)
    re: /\bmobs?\b(?:\s+of\s+(?:[\w-]+\s+){1,3}?)?(?:[^.;]{0,40}?\b(?:had|have|has|then|later|also)\s+)?\s*(?:set (?:fire|ablaze)|torch(?:ed|es)|burn(?:ed|t|s)|attack(?:ed|s)|storm(?:ed|s)|beat(?:s)?|lynch(?:ed|es)|ransack(?:ed|s)|vandali[sz](?:ed|es)|loot(?:ed|s)|hacked|stoned)\b/i,
    type: 'Riots',
    subType: 'Mob violence',
    strength: 0.62,
  },
  {
    // captives driven off on foot: "forced the passengers to march into the bush", "the village head was marched into
    // the forest with the others" (ACLED: an abduction, not a march)
    re: gated(
      /\b(?:march|walk|trek|marched|herded|led)\b/i,
      String.raw`\b(?:forc(?:ed|ing)|made|ordered)\s+(?:the\s+|all\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?(?:${CAPTIVES_SRC}|victims|captives|abductees|them|others)\s+to\s+(?:march|walk|trek)\b|\b(?:was|were|had been)\s+(?:marched|frog-?marched|herded|led)\s+(?:away\s+|off\s+)?(?:at gunpoint\s+)?(?:into|to|towards|through)\s+(?:the\s+|a\s+|their\s+)?(?:[\w-]+\s+)?(?:forests?|bush|bushes|hills?|mountains?|jungle|woods?|camps?|hideouts?|dens?)\b`,
      'i',
    ),
    type: 'Violence against civilians',
    subType: 'Abduction/forced disappearance',
    strength: 0.61,
  },
  {
    // a rescue fought for: "two terrorists were neutralised and all 23 hostages were freed", "engaged the hoodlums in a
    // gun duel … and rescued four of the victims" (ACLED: a battle between the force and the captors)
    re: gated(
      /\b(?:freed|rescued|released|liberated|engag(?:ed|ing)|gun ?duels?)\b/i,
      String.raw`\b${COUNT}(?:suspected\s+)?(?:${ENEMY_GROUP}|hoodlums|abductors|criminals)\s+${ENEMY_KILLED}(?=[^.;]{0,80}\b(?:freed|rescued|released|liberated)\b)|\bengag(?:ed|ing)\s+(?:the\s+|a group of\s+)?(?:[\w'’-]+\s+){0,2}?(?:${ENEMY_GROUP}|hoodlums|abductors|criminals|enemy)\s+in\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:gun ?duel|gun ?battle|gun ?fight|firefight|shoot-?out|exchange of (?:gun)?fire)\b|\bgun ?duels?\b`,
      'i',
    ),
    type: 'Battles',
    subType: 'Armed clash',
    strength: 0.61,
  },
  {
    // escaped prisoners caught again: "police and soldiers recaptured 87 escapees", "dozens of escapees recaptured"
    // (arrests, not territory retaken)
    re: /\b(?:recaptured|re-captured|rearrested|re-arrested|caught|rounded up|tracked down)\s+(?:at least\s+|more than\s+|some\s+|about\s+|another\s+|a further\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|several|hundreds|many|most|all)\s+(?:(?:of\s+(?:the|them|those)\s+)?(?:[\w'’-]+\s+){0,3}?)(?:escapees|escaped (?:inmates|prisoners|detainees|convicts)|inmates|fugitives|prisoners|convicts|detainees|jailbreakers)\b|\b(?:escapees|escaped (?:inmates|prisoners|detainees|convicts)|fugitives|jailbreakers)\s+(?:(?:were|have been|had been|are|being)\s+)?(?:recaptured|re-captured|rearrested|re-arrested|caught)\b/i,
    type: 'Strategic developments',
    subType: 'Arrests',
    strength: 0.56,
  },
  TAKEN_PLACE,
  {
    // a place named after the verb: "captured Bakhmut", "retook Kawkareik on Sunday" (one word, so no person's name)
    re: /\b(?:seized|captured|overran|retook|recaptured|liberated)\s+\p{Lu}[\p{L}'’-]+(?=\s*(?:[,.;]|$)|\s+(?:on|in|after|from|following|late|early|last|this|at|near|overnight|and)\s)/u,
    type: 'Battles',
    subType: NSA_TERRITORY,
    strength: 0.5,
  },
  {
    // "claimed the capture of the town", "announced the fall of X" (not of people: "reported the capture of two
    // men", an arrest)
    re: new RegExp(
      String.raw`\b(?:claimed|announced|confirmed|reported)\s+(?:the\s+)?(?:full\s+)?(?:capture|seizure|fall|liberation|recapture)\s+of\b(?!\s+${PEOPLE_CAUGHT})`,
      'i',
    ),
    type: 'Battles',
    subType: NSA_TERRITORY,
    strength: 0.5,
  },
  {
    // arrests by security forces of counted or wanted people (kept only in a political or security story)
    // (or caught, told by the noun: "the police reported the capture of two men", "the operation resulted in the
    // arrest of six members of the cell"; not the arrests a crowd demands or a warrant orders)
    re: new RegExp(
      String.raw`\b(?:(?:arrested|detained|rearrested|re-arrested|apprehended|took into custody|taken into custody)\s+|(?:claimed|announced|confirmed|reported)\s+(?:the\s+)?capture\s+of\s+|(?:resulted in|led to|ended (?:with|in)|announced|confirmed|reported)\s+(?:the\s+)?(?:arrests?|detention)\s+of\s+)${PEOPLE_CAUGHT}`,
      'i',
    ),
    type: 'Strategic developments',
    subType: 'Arrests',
    strength: 0.5,
  },
  {
    // the counted people first, on a day of their own: "three suspects were arrested on Tuesday" (without one, such a
    // sentence goes on with a raid or a protest told before, whose arrests they are)
    re: gated(
      OWN_DAY,
      String.raw`\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|several)\s+(?:(?!of\b)[\w'’-]+\s+){0,2}?(?:suspects|people|men|youths|students|journalists|activists|members|supporters|leaders|militants|fighters|gunmen|attackers|escapees|inmates|fugitives)\s+(?:were|have been|had been)\s+(?:arrested|detained|rearrested|apprehended|taken into custody|rounded up)\b`,
      'i',
    ),
    type: 'Strategic developments',
    subType: 'Arrests',
    strength: 0.5,
  },
];

/** Words for those who take a place and are no state's forces. */
const NON_STATE_WORD =
  /\b(?:rebels?|militants?|insurgents?|jihadists?|fighters|gangs?|gangsters|militias?|militiamen|armed groups?|guerrillas?|separatists?|resistance)\b/i;
/** Words of armed groups' own names: "… Liberation Army", "… Democratic Forces", "Army of …". */
const NON_STATE_NAME =
  /\b(?:Liberation|Independence|Front|Movement|Alliance|Democratic Forces|Army of|People's Defen[cs]e Forces?)\b/;
const NON_STATE_TYPES = new Set(['rebel', 'political_militia', 'identity_militia']);
/**
 * The ACLED class of a body the lists know named in a side ("the RSF", "Tatmadaw troops"): "non-state" for rebels and
 * militias, "state" for a state's forces, else null.
 */
function listedClass(side: string): 'state' | 'non-state' | null {
  const gaz = loadGazetteer();
  let out: 'state' | 'non-state' | null = null;
  for (const m of side.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|al-)?\p{Lu}[\p{L}'’-]*){0,4}/gu)) {
    const words = m[0].split(/\s+/);
    for (let a = 0; a < words.length; a++)
      for (let b = words.length; b > a; b--) {
        const orgs =
          gaz.phrases.get(normKey(words.slice(a, b).join(' ')))?.filter((x) => x.kind === 'org') ?? [];
        if (orgs.some((o) => 'type' in o && NON_STATE_TYPES.has(o.type))) return 'non-state';
        if (orgs.some((o) => 'type' in o && o.type === 'state')) out = 'state';
      }
  }
  return out;
}
const nonState = (t: string) =>
  NON_STATE_WORD.test(t) || NON_STATE_NAME.test(t) || listedClass(t) === 'non-state';
/** Words for a state's forces. */
const STATE_FORCE =
  /\b(?:government|state|regime|junta|national|federal|army|military|troops|soldiers|armed forces|defen[cs]e forces|security forces|forces)\b/i;
const stateForce = (t: string) => STATE_FORCE.test(t) || listedClass(t) === 'state';
/** The country of a demonym or of a country's possessive before a force: "Russian troops", "Russia's army". */
function countryOfSide(side: string): string | null {
  for (const m of side.matchAll(/\b(\p{Lu}[\p{L}.-]+)(?:['’]s)?(?=\s)/gu)) {
    const country = nationOfWord(m[1]);
    if (country) return country;
  }
  return null;
}
/** The country of the first place on the map named after the trigger: "the village of X in Y Oblast". */
function countryOfPlace(after: string): string | null {
  const gaz = loadGazetteer();
  for (const m of after.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/gu)) {
    const words = m[0].split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const e = gaz.phrases.get(normKey(words.slice(0, n).join(' ')));
      const p = e?.find((x) => x.kind !== 'demonym' && x.kind !== 'org');
      if (p && 'country' in p && p.country) return p.country;
    }
  }
  return null;
}

/** Who speaks before the words told: "The Arakan Army (AA) said on Tuesday that …" (the clause before the verb). */
const SPEAKER_BEFORE = /([^.;,]*?)\s+(?:said|says|claimed|claims|announced|reported|stated)\b[^.;]*$/i;
/**
 * The territory sub-type from who took the place (ACLED): a state's forces taking a place of their own country back
 * regain territory; armed groups, and a foreign state's forces, overtake it. The doer is the clause before the verb,
 * or "by …", "to …" after it; with no doer told, the verb decides ("retook" regains, "seized" overtakes).
 */
export function territorySubType(text: string, at: number, len: number): string {
  const word = text.slice(at, at + len);
  // (the doer is in the nearest clause before the verb that names an armed side: "the RSF suffered losses, after
  // the army recaptured X" is the army's)
  const clauses = text
    .slice(Math.max(0, at - 200), at)
    .split(/[;,]|\b(?:said|says|claimed|reported|announced|after|before|when|while|since|as|until)\b/i);
  const lead =
    clauses.reverse().find((c) => nonState(c) || stateForce(c) || /\b(?:its|their|our)\b/i.test(c)) ?? '';
  const after = text.slice(at + len, at + len + 160);
  const by = /^[^.;]{0,60}?\b(?:by|to|into the hands of)\s+((?:[\w'’-]+\s+){0,5})/i.exec(after)?.[1] ?? '';
  const side = /\b(?:was|were|been|fell)\b/i.test(word + after.slice(0, 20)) || !lead.trim() ? by : lead;
  const verbDefault = /\b(?:re(?:took|taken|captured|gained|capture)|liberat\w+|back)\b/i.test(word)
    ? GOV_TERRITORY
    : NSA_TERRITORY;
  if (nonState(side)) return NSA_TERRITORY;
  // ("The Arakan Army said its troops had overrun …": a side told by its pronoun is the speaker's)
  const pronoun = /\b(?:its|their|our)\b/i.test(side);
  const speaker = pronoun ? SPEAKER_BEFORE.exec(text.slice(Math.max(0, at - 200), at))?.[1] : undefined;
  if (speaker && nonState(speaker)) return NSA_TERRITORY;
  if (!stateForce(side)) return verbDefault;
  // a state's forces with no country named are the government's own; a foreign state's overtake
  // ("Russia's ministry claimed its troops had …": a side told by its pronoun is the speaker's)
  const own = countryOfSide(side) ?? (pronoun ? countryOfSide(text.slice(0, at)) : null);
  if (!own) return GOV_TERRITORY;
  const where = countryOfPlace(after);
  if (!where) return verbDefault;
  return where === own ? GOV_TERRITORY : NSA_TERRITORY;
}

/** Triggers of this module (the kinds told without their usual nouns). */
const KINDS = new Set<Trigger>(KIND_TRIGGERS);
/**
 * Violence told as a pattern rather than an event: "militants have killed hundreds of civilians over the past
 * decade", "rebels have seized towns since 2023": a span of time, or the perfect with a loose large count, and no day
 * of its own. (The perfect alone is the tense of a news lead: "fighters have killed at least 43 civilians in a
 * village", a current event.)
 */
const PATTERN_SPAN = new RegExp(SPAN_OF_PATTERN, 'i');
export function patternOfKind(
  trig: Trigger,
  text: string,
  at: number,
  len: number,
  hasDay: boolean,
): boolean {
  if (!KINDS.has(trig) || hasDay) return false;
  const told = text.slice(at, at + len);
  return (
    PATTERN_SPAN.test(text) ||
    (/\b(?:have|has)\s+(?:\w+ly\s+)?(?:also\s+)?(?:killed|shot|attacked|raided|stormed|seized|captured|overran|arrested|detained)\b/i.test(
      told,
    ) &&
      /\b(?:hundreds|thousands|scores) of\b/i.test(told))
  );
}

/**
 * Armed men of a group as the subject of a passive verb right before a trigger: "the last of the five attackers was",
 * "a suspected militant was", "two gunmen were" (killing them is fighting them, not an attack on civilians).
 */
export const ARMED_MEN_PASSIVE = new RegExp(
  `\\b(?:gunm[ae]n|${ARMED_MEN}|militant|insurgent|rebel|jihadist|terrorist|bandit|assailant|attacker|kidnapper|gunman|militiaman|guerrilla)\\s+(?:was|were|had been|have been)\\s+$`,
  'i',
);
/** Armed people outside a state's forces, as a test. */
export const ARMED_DOER_RE = new RegExp(`\\b${ARMED_DOER}\\b`, 'i');

/** A raid or an operation of a state's forces: "an Israeli army raid on the camp", "a security operation in X". */
const STATE_RAID = new RegExp(
  String.raw`\b(?:${FORCES}|forces|intelligence|security)\b[^.;]{0,80}?\b(?:raids?|operations?|incursions?)\b|\b(?:raids?|operations?|incursions?) (?:by|of) (?:the )?(?:[\w'’-]+ ){0,3}?(?:${FORCES}|forces)\b`,
  'i',
);
/**
 * Armed men who fought the raiding force, told by either side: "came under fire from armed suspects", "two armed
 * terrorists who opened fire on forces", "its fighters had confronted the invading forces", "the forces responded
 * with fire", "an exchange of fire".
 */
const RAID_FOUGHT =
  /\b(?:came under (?:heavy )?fire|(?:opened|returned) fire (?:on|at) (?:the )?(?:[\w-]+ )?(?:forces|troops|soldiers|officers|police)|returned fire|responded with (?:live )?fire|fired back|exchanges? of (?:gun)?fire|exchanged (?:gun)?fire|gun ?battles?|gun ?fights?|firefights?|shoot-?outs?|confronted the (?:[\w-]+ )?(?:forces|troops|soldiers|army))\b/i;
/** Armed men named as those who fought: "armed suspects", "gunmen", "local fighters", "two armed terrorists". */
const FOUGHT_BY = new RegExp(
  String.raw`${ARMED_DOER_RE.source}|\barmed (?:suspects|individuals|elements)\b`,
  'i',
);
/** A later story, not more of this one: "Separately, …", "Elsewhere, …", "In another raid …". */
const OTHER_STORY = /^\W*(?:separately|elsewhere|meanwhile|in (?:another|a separate)|also on)\b/i;
/** Killed members of a group the lists know as armed: "killed two ISKP members", "three Lions' Den fighters". */
const GROUP_MEMBERS_KILLED =
  /\b(?:killed|killing|shot dead|eliminated|neutrali[sz]ed)\s+(?:\w+\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?:members|fighters|militants|operatives|commanders)\b/u;
/**
 * People who took up arms to guard their place, outside a state's forces and an armed group's ranks: "armed village
 * volunteers", "local vigilantes", "community protection guards", "village defence volunteers" (their fights are
 * battles, even told beside a march or a crowd).
 */
export const ARMED_VOLUNTEERS =
  /\b(?:armed\s+(?:[\w-]+\s+){0,2}?(?:volunteers|villagers|youths|residents|civilians)|vigilantes?|(?:village|community|civilian|self-defen[cs]e)\s+(?:(?:defen[cs]e|protection|security)\s+)?(?:volunteers|guards|militias?|forces|brigades?))\b/i;
/**
 * The armed guards of a place, or a state's men, who answered fire: "Village volunteers returned fire", "the
 * guards fired back".
 */
const GUARDS_FIRED_BACK = new RegExp(
  String.raw`(?:${ARMED_VOLUNTEERS.source}|\b(?:${FORCES}|guards|policem[ae]n))[^.;]{0,40}?\b(?:returned fire|fired back|shot back)\b`,
  'i',
);
/**
 * An attack of armed men on a place whose armed guards or a state's men fired back, told between the record's first
 * sentence and the end of the paragraph of its last ("armed miscreants opened fire on paddy fields and houses at
 * Phubala … Village volunteers returned fire, and the gunfight continued till about 9.30 am"): a fight of two armed
 * sides (ACLED: an armed clash). (Soldiers who returned fire in a paragraph after it fought another event.)
 */
export function attackFoughtBack(
  subType: string,
  sents: number[],
  doc: { sentences: { text: string; para: number }[] },
): boolean {
  if (subType !== 'Attack') return false;
  const last = doc.sentences[Math.max(...sents)]?.para ?? -1;
  for (let k = Math.min(...sents); k < doc.sentences.length; k++) {
    const sn = doc.sentences[k];
    if (sn.para > last) break;
    if (GUARDS_FIRED_BACK.test(sn.text)) return true;
  }
  return false;
}
/**
 * A raid of a state's forces recorded as an attack on people, in which armed men fought the forces (ACLED: a battle,
 * an armed clash): the fight told in the record's sentences or right after them, before the story moves on ("two
 * Palestinians were killed during an Israeli army raid on the camp. … The military said troops had 'eliminated two
 * armed terrorists who opened fire on forces'"), or the raid's dead told as members of an armed group ("its forces
 * had killed two ISKP members … in a night raid").
 */
export function raidFought(
  subType: string,
  sents: number[],
  doc: { sentences: { text: string; para: number }[] },
): boolean {
  if (subType !== 'Attack') return false;
  const own = sents.map((k) => doc.sentences[k]?.text ?? '').join(' ');
  if (!STATE_RAID.test(own)) return false;
  const members = GROUP_MEMBERS_KILLED.exec(own);
  if (members && listedClass(members[1]) === 'non-state') return true;
  // (a raid told with armed men of a group as its doers is theirs: "ADF rebels … in overnight raid")
  if (nonState(own)) return false;
  // (the few sentences after the record, in the paragraphs right after it, up to a later story)
  const last = Math.max(...sents);
  const para = doc.sentences[last]?.para ?? -1;
  const next: string[] = [];
  for (let k = last + 1; k <= last + 3 && k < doc.sentences.length; k++) {
    const sn = doc.sentences[k];
    if (sn.para > para + 2 || OTHER_STORY.test(sn.text)) break;
    next.push(sn.text);
  }
  // (the armed men who fought are named: a force that says only it "came under fire" while detaining a man tells no
  // armed side against it)
  return [own, ...next].some((t) => RAID_FOUGHT.test(t) && FOUGHT_BY.test(t));
}
