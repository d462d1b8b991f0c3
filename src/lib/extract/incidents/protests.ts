/**
 * Demonstrations as ACLED codes them: what a crowd's own violence is, what the state's intervention and excessive
 * force are, the final sub-type of a demonstration from all its account tells, the words that name no
 * demonstration, and arrests made at a demonstration folded into it.
 */
import type { Doc, Sentence } from '../doc.ts';
import type { Entities, Place } from '../entities.ts';
import type { Site } from './remote.ts';
import type { Candidate, Trigger } from './types.ts';

/**
 * A diplomatic protest, not a demonstration: "the ministry protested", "summon the ambassador to protest against",
 * "lodged a formal protest", "drew protests from the government", "to hand over a protest note".
 */
export const DIPLOMATIC_PROTEST =
  /\bprotest notes?\b|\bnotes? of protest\b|\b(?:summon\w*|lodg\w*|fil(?:e|es|ed|ing))\b[^.]{0,80}?\bto protest\b|\b(?:lodg\w*|fil(?:e|es|ed|ing)|register\w*|deliver\w*|sent|send\w*) (?:a |an )?(?:formal |strong |diplomatic |official )?(?:note of )?protests?\b|\b(?:formal|diplomatic) protests?\b|\bofficial protest\b|(?<![\w-])(?:government|ministry|minister|officials?|state|embassy|foreign office|cabinet|presidency|authorities)\s+(?:(?:has|had|have|also|formally|strongly|quickly)\s+)*protested\b|\bprotests? (?:from|by) (?:the )?(?:[A-Z][\w'-]* )*(?:government|ministry|foreign office|authorities)\b/gi;
/**
 * "Demonstration" and "demonstrated" in the sense of showing: "a demonstration flight", "a demonstration of force",
 * "a live-fire demonstration", "demonstrated its new drone", "demonstrated that the system works".
 */
export const SHOWING =
  /\bdemonstrations?\s+(?:flights?|models?|videos?|units?|rounds?|runs?|matches|match|sports?|of\s+(?:force|strength|power|resolve|capabilit\w+|the|its|their|how|a|an))\b|\b(?:live(?:-fire)?|technical|flying|aerial|product|weapons?|firing|capability|flight|static|tactical) demonstrations?\b|\bdemonstrated\s+(?:that|how|its|their|his|her|the|a|an|what|why|once|again)\b/gi;
/**
 * Protest words that name no demonstration: "the right to protest", "a protest vote", "protest songs"; objections a
 * decision went ahead despite ("approved the plan despite protests from residents", with no crowd counted or placed
 * outside); members' protests in their chamber ("amid protests from the opposition benches", "protests by MPs on the
 * floor of the house"); a vigil of the night or of a feast, which is worship ("worshippers holding a night vigil");
 * people marched off by armed men ("marched the passengers into the bush", "marched them to a camp"); protests made
 * online, where no one gathers ("thousands of fans protested on social media", "an online protest"); protest as a
 * practice, a mass noun with no article ("trained activists in the tactics of nonviolent protest", "a lifelong
 * champion of peaceful protest"); people who protest as a kind, told in the
 * present ("young athletes who protest today face less risk", "those who march are branded traitors"); the crowds a
 * rule is made for ("a bill that would ban the wearing of masks at demonstrations", "fines for blocking roads during
 * protests"); a protest made by an act of office, no gathering ("the minister resigned in protest at the cuts",
 * "opposition MPs walked out of parliament in protest", "boycotted the vote in protest", "delegations left the hall
 * during his speech in protest", "returned her medal in protest"); members' protest inside their chamber ("staged a
 * sit-down protest in the well of the house", "a protest on the floor of the senate"), a way of holding up its business;
 * a protest made in words, a plea or an objection ("protested his innocence as his trial opened", "his lawyers
 * protested that the prosecution had withheld documents", "investors protesting against the pay package in a letter to the
 * board"), or voiced at a meeting or a hearing ("dozens of residents
 * protested at Tuesday's meeting of the district council over parking charges", "Parents protest school closure plan at
 * heated council meeting", "protested in the public gallery"), where people object from their seats (a crowd that
 * protests outside it, in the streets or on its steps still demonstrates).
 */
export const NO_PROTEST_EVENT =
  /\b(?:sit-?(?:down|in)s?\s+(?:protests?\s+)?|protests?\s+|walk-?outs?\s+|demonstrat\w+\s+)(?:in|on|inside|into)\s+(?:the\s+)?(?:well|floor)\s+of\s+(?:the\s+)?(?:house|chamber|assembly|senate|parliament|legislature|(?:lower|upper) house|national assembly|council)\b|\b(?:resign(?:s|ed|ing)?|quit(?:s|ting)?|st(?:ep|eps|epped|epping) down|(?:walk(?:s|ed|ing)?|storm(?:s|ed|ing)?) out of (?:the |a |an |its |their |his |her )?(?:[\w'’-]+ ){0,3}?(?:sessions?|sittings?|meetings?|debates?|parliament|chamber|hall|assembly|council|talks|summit|conference|ceremony|speech|address|hearing|vote|house|senate|negotiations|committee)|boycott(?:s|ed|ing)?|st(?:ay|ays|ayed|aying) away from|abstain(?:s|ed|ing)?|t(?:ore|ear|ears|earing) up|return(?:s|ed|ing)? (?:his|her|their|its) (?:[\w'’-]+ ){0,2}?(?:awards?|medals?|honou?rs?|prizes?|decorations?)|recall(?:s|ed|ing)? (?:its|their|the) ambassadors?|left the (?:hall|chamber|room|session|meeting|studio|stage)|suspend(?:s|ed|ing)? (?:its|their|his|her) (?:participation|membership|cooperation))\b(?:(?!\b(?:and|but|while|then|thousands|hundreds|dozens|crowds?|protesters|demonstrators|people|supporters)\b)[^.;]){0,120}?\bin protest\b|\b(?:tactics|techniques|methods?|art|philosophy|theory|champions?|advocates?|pioneers?|architects?) of (?:(?:non-?violent|peaceful|civil|mass|street|political|direct|student|workers') )?(?:protest|demonstration|dissent)\b(?![\w-])|(?<!\b(?:a|an|the|their|his|her|its|this|that|one|another|any|every|each|first|last|latest|same|new|big|huge|large|small|daily|weekly|nightly)\s+)\b(?:non-?violent|peaceful) protest\b(?![\w-])|\bwho (?:still |now |often |also |dare to |choose to )?(?:protest|demonstrate|march|rally)\b(?![\w-])|\b(?:ban(?:s|ned|ning)?|outlaw\w*|prohibit\w*|restrict\w*|criminali[sz]\w*|penali[sz]\w*|fines? for)\b[^.;]{0,60}?\b(?:at|during|in) (?:demonstrations|protests|rallies|marches|public gatherings)\b|\b(?:right(?:s)? to (?:protest|demonstrate|peaceful assembly)|protest (?:vote|songs?|laws?|rights?)|(?:freedom|right) of (?:assembly|demonstration))\b|\bprotest(?:s|ed|ing)?\b(?:(?!\b(?:outside|streets?|squares?|march\w*|rall\w*|gates?|steps|and|while|but)\b)[^.;,]){0,60}?\b(?:at|during|in)\s+(?:(?:a|an|the|its|their|this|that|last|[\w'’-]+['’]s?)\s+)?(?:[\w'’-]+\s+){0,3}?(?:meetings?|hearings?|sessions?|sittings?|consultations?|public galler(?:y|ies))\b|\bprotest(?:s|ed|ing)?\s+(?:(?:his|her|their|its|my|our|your)\s+innocence|(?:to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?)?that)\b|\bprotest(?:s|ed|ing)?\b(?:(?!\b(?:outside|streets?|squares?|march\w*|rall\w*|gates?|steps|and|while|but)\b)[^.;]){0,100}?\bin (?:a|an|the|their|its|his|her|two|joint) (?:[\w'’-]+ ){0,2}?(?:letters?|statements?|petitions?|complaints?|e-?mails?|submissions?|filings?|memos?|motions?|op-?eds?)\b|\bprotest(?:s|ed|ing)?\s+(?:(?:loudly|angrily|en masse)\s+)?(?:on|across|via|through)\s+(?:social media|social networks?|the internet|internet forums?|online forums?|(?:Twitter|X|Facebook|TikTok|Instagram|Reddit|Weibo|Telegram)\b)|\b(?:online|social[- ]media|virtual|hashtag|Twitter|digital)\s+protests?\b|\b(?:despite|in spite of|notwithstanding)\s+(?:(?:the|strong|fierce|angry|loud|vocal|local|repeated|many)\s+){0,2}protests?\b(?![^.;]{0,50}\b(?:thousands|hundreds|dozens|\d[\d,]*|outside|streets?|squares?|marche[sd]|rall(?:y|ies|ied)|police|tear gas)\b)|\bprotests?\s+(?:from|by)\s+(?:the\s+)?(?:opposition\s+)?(?:benches|MPs|lawmakers|legislators|deputies|senators|parliamentarians|councill?ors)\b(?![^.;]{0,40}\b(?:outside|streets?|squares?|marche[sd]|rall(?:y|ies|ied)|gates)\b)|\b(?:night|all-night|overnight|watch-?night|crossover|Easter|Christmas)\s+vigils?\b|\bmarch(?:ed|es|ing)\s+(?:them|him|her|(?:the|their|its|some|all|\d+|[a-z]+ of the)\s+(?:[\w-]+\s+){0,2}?(?:passengers|hostages|captives|victims|prisoners|detainees|villagers|pupils|schoolchildren|children|women|travellers|abductees|worshippers|farmers|residents|men))(?=\s+(?:into|to|through|towards?|across|away|off|out|at gunpoint)\b)/gi;
/**
 * A protest word in the name of a party or a movement: "the opposition Rally for Justice and Equality", "National
 * Rally", "the Movement for Democratic Change" (capitalised after a capitalised word, or before "for"/"of" and a
 * capitalised word; not at the start of a sentence).
 */
export const PROTEST_NAME =
  /(?<=[\p{Lu}][\p{L}'’-]*\s)(?:Rall(?:y|ies)|Marche?s?|Protests?|Demonstrations?)\b|(?<=\S\s)(?:Rall(?:y|ies)|Marche?s?|Protests?|Demonstrations?)(?=\s+(?:for|of)\s+(?:the\s+)?\p{Lu})/gu;
/**
 * "riot", "rioters" — not "runs riot" (a sports idiom), "a riot of colour" (an abundance), nor "riot police", "riot
 * gear".
 */
export const RIOT_WORD =
  '(?<!\\b(?:run|runs|ran|running) )riot(?:s|ed|ing|ers)?(?!(?<=\\ba riot) of\\b)(?! (?:police|gear|squads?|units?|officers|control|shields?|act))';
/** A crowd that gathered for a cause: the words of a demonstration. */
export const DEMONSTRATION =
  /\b(?:protest\w*|demonstrat\w+|rall(?:y|ies|ied)|march\w*|sit-ins?|camped|occupied|chant\w*|placards|banners|to demand|demanding|strik(?:e|ing) (?:workers|teachers|nurses|doctors))\b/i;
/** The people of a demonstration, as a regex source. */
export const CROWD_NOUN = '(?:crowds?|protesters|demonstrators|marchers)';
/** The state's force a crowd faces, as a regex source: "riot police", "officers", "police lines", "gendarmes". */
const FORCE_SRC =
  '(?:(?:riot |anti-riot |security |military |border )?police(?:men| officers| lines?| vans?| cars?| vehicles?| stations?)?|officers|(?:police |security )?cordons?|security forces|security personnel|troops|soldiers|gendarmes|gendarmerie|(?:anti-)?riot (?:squads?|units?))';
/** The state's force a crowd faces, named in a text. */
export const FORCE_WORD = new RegExp(`\\b${FORCE_SRC}\\b`, 'i');
/** What a crowd throws, as a regex source: "bottles", "paving stones", "firecrackers", "petrol bombs". */
const THROWN_SRC =
  '(?:(?:paving |cobble)?stones|cobbles|rocks|bricks|(?:plastic |glass |water )?bottles|flares|firecrackers|fireworks|eggs|(?:petrol|fire) ?bombs|molotov cocktails|molotovs|projectiles|objects|debris|chairs|seats|missiles)';
/**
 * A crowd's missiles thrown at the state's force, in the active or the passive voice (a headline's without its
 * auxiliary), and the street fights it wages on it: "hurled bottles and flares at riot police", "pelted officers with
 * stones", "eggs and firecrackers were thrown at police lines", "Flares thrown at police outside …", "running fights
 * with police" (a regex source; the things thrown must be a crowd's, and
 * their target a force, so "threw everything forward" or "stones thrown at a rally" by unknown hands are not it).
 */
export const CROWD_MISSILES = `(?:(?:threw|thrown|throwing|hurled|hurling|lobbed|lobbing|flung|flinging)\\s+(?:[\\w-]+\\s+){0,2}?${THROWN_SRC}\\b[^.;]{0,60}?\\b(?:at|towards|on)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?${FORCE_SRC}|pelt(?:ed|ing)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?${FORCE_SRC}\\s+with|${THROWN_SRC}(?:(?:,|\\s+and|\\s+or)\\s+(?:[\\w-]+\\s+)?${THROWN_SRC})*\\s+(?:(?:were|was|had been)\\s+)?(?:thrown|hurled|lobbed|flung)\\s+(?:at|towards)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?${FORCE_SRC}|(?:running|street) (?:fights|battles) with (?:the )?${FORCE_SRC}|running fights)`;
/**
 * A group of people named by who they are, as the subject of setting fire to things ("inmates at the jail in X set fire
 * to bedding", "dockers set alight a heap of tyres", "students torched a bin"): a crowd's fire, whatever it burns, but
 * not the fires of field and feast ("farmers set fire to stubble", "villagers set alight a bonfire"), nor a fire whose
 * doer another clause names ("gunmen shot villagers as they fled and set fire to homes") (a regex source).
 */
export const CROWD_FIRE = `(?:${CROWD_NOUN}|prisoners|inmates|detainees|farmers|residents|villagers|youths|students|fans|supporters|workers|strikers|dockers|miners|drivers|pensioners|retirees|locals)\\s+(?:(?:at|in|inside|on|from|of|near|outside)\\s+(?:(?!(?:and|as|who|which|they|when|while|after|before|but|then)\\b)[\\w'’-]+,?\\s+){1,6}?)?(?:set (?:fire|light) to|set alight|torched)\\s+(?!(?:[\\w-]+\\s+){0,2}?(?:stubble|fields?|crops?|straw|grass|bonfires?|candles?|lanterns?|effig(?:y|ies)|barbecues?|fireworks)\\b)`;
/** What a state's force turns on a crowd, as a regex source: tear gas, water cannon, rubber bullets, batons. */
/** The arms of crowd control besides tear gas: "water cannon", "rubber bullets", "stun grenades", "batons". */
const CROWD_ARMS_SRC =
  '(?:water[- ]cannons?|rubber bullets|plastic bullets|pepper (?:spray|balls)|stun grenades|sound grenades|flash-?bangs|batons?)';
export const CROWD_WEAPONS_SRC = `(?:tear[- ]?gas|${CROWD_ARMS_SRC}|baton charges|live (?:rounds|ammunition)|pellets)`;
/**
 * A state's force turning its crowd-control weapons on a crowd, however the crowd is called or whether it is named
 * at all (a regex source): "police fire tear gas at mourners", "riot police in X used batons and pepper spray to
 * clear students", "officers responded with tear gas and baton charges", "police tear-gas striking teachers",
 * "police charge with batons". The weapons must be used, not bought, held or described ("police said 500 tear-gas
 * canisters were bought").
 */
export const FORCE_ON_CROWD = `${FORCE_SRC}\\b[^.;]{0,60}?\\b(?:(?:fired|fire|fires|firing|used|use|uses|using|lobbed|lobbing|shot|sprayed|deployed|turned|turn)\\s+(?:[\\w-]+\\s+){0,4}?${CROWD_WEAPONS_SRC}|(?:responded|respond|responds|answered|answer|replied|retaliated|hit back)\\s+with\\s+(?:[\\w-]+\\s+){0,4}?${CROWD_WEAPONS_SRC}|(?:tear-?gas(?:sed|sing|ses)(?!\\s+(?:canisters?|shells?|grenades?|cartridges?|rounds?|stocks?|supplies|launchers?))|baton-charged?|charged? with batons|charged? into (?:the |a )?(?:[\\w-]+ )?${CROWD_NOUN})\\b)`;
/** Fire turned on the crowd: "fired on protesters", "shooting into the crowd". */
/** Members of a crowd shot, counted: "shot two protesters", "shot and wounded at least five demonstrators". */
export const SHOT_CROWD = `shot(?: dead| and (?:killed|wounded|injured))? (?:(?:at least|more than|about|\\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of) )+(?:[\\w-]+ )?${CROWD_NOUN}`;
// (what was fired may be named first: "tear gas fired at protesters" is no shot)
const FIRED_ON_CROWD = `(?:(?<!\\b(?:tear[- ]?gas|water cannon|rubber bullets|pepper spray|stun grenades|smoke grenades)\\s+)(?:fired|shot|shooting) (?:on|at|into) (?:the )?${CROWD_NOUN}|${SHOT_CROWD})`;
/** Shots over a crowd's heads: force shown, no one shot ("fired into the air to push the crowd back"). */
const FIRED_IN_AIR =
  '(?:fired|firing) (?:shots |live rounds |warning shots )?(?:in|into) the air|warning shots';
/** A crowd and the police in a fight: "protesters clashed with police", "police clashed with demonstrators". */
const CROWD_MET_POLICE =
  "(?:,|\\band) (?:the )?(?:[\\w-]+ ){0,3}?(?:police(?:men)?|officers|gendarmes|security forces) (?:clash(?:ed|ing)?|scuffled|fought|brawled)(?! with)|(?:clash(?:ed|ing)|scuffled|fought|brawled) with (?:the )?(?:riot |anti-riot )?(?:police(?:men)?|officers|gendarmes|security forces)|(?:police(?:men)?|officers|gendarmes|security forces) (?:[\\w-]+ )?clash(?:ed|ing)? with (?:the )?(?:[\\w-]+ ){0,2}?(?:protesters|demonstrators|marchers|crowds?|students|youths|workers|strikers|drivers|traders|vendors|hawkers|residents|villagers|farmers|supporters|fans|pensioners|teachers|miners)|(?:pitched|running|street) battles? (?:between|with) (?:[\\w'’-]+ ){0,4}?(?:police(?:men)?|officers|gendarmes|security forces)";
export const CROWD_MET_POLICE_RE = new RegExp(`\\b(?:${CROWD_MET_POLICE})\\b`, 'i');
/** Demonstrators' own violence (ACLED: violent demonstration), not the police's. */
export const CROWD_VIOLENCE = new RegExp(
  `\\b(?:${RIOT_WORD}|looted|looting|torched|set (?:fire|ablaze) to|set (?:[\\w'’-]+ ){1,4}?(?:alight|ablaze|on fire)|ston(?:ed|ing) (?:passing )?(?:vehicles|cars|buses|lorries|trucks|motorists|police(?:men)?|officers)|threw (?:stones|rocks|petrol bombs|molotov|bottles|projectiles)|hurled (?:stones|rocks|bottles|petrol bombs)|pelted|burn(?:ing|ed|t) (?:tyres|tires|cars|vehicles|barricades|buildings|shops)|smash(?:ing|ed) (?:shop |car |store )?windows|vandali[sz]\\w+|running battles|(?:fist ?)?(?:fights?|brawls?|scuffles?|fighting) (?:broke|break|breaks|breaking|erupted|erupts) out|${CROWD_MISSILES}|turn(?:s|ed)? violent|${CROWD_MET_POLICE}|(?:protesters|demonstrators|crowds?|marchers|mobs?) (?:attacked|stormed|ransacked|beat|burned|torched))\\b`,
  'i',
);
/**
 * Words between the verb and the gathering that make it no object of the force: "cleared the way for marchers",
 * "removed the bodies of protesters".
 */
const NOT_THE_GATHERING = '(?!(?:way|path|route|for|to|bod(?:y|ies)|remains|corpses)\\b)';
/** A gathering the state's force disperses or breaks up, as a regex source: "a sit-in", "the march", "protesters". */
const GATHERING =
  '(?:crowds?|protests?|protesters|demonstrat\\w+|march\\w*|rall(?:y|ies)|gatherings?|sit-ins?|vigils?)';
/**
 * A state's force that clears what a crowd holds: "police moved to reopen the road", "troops cleared the barricades",
 * "officers removed the sit-in", "police evicted the protest camp".
 */
const FORCE_CLEARS = `(?:police|policemen|officers|troops|soldiers|security forces|gendarmes)\\s+(?:[\\w-]+\\s+){0,3}?(?:clear(?:ed|ing)?|lift(?:ed|ing)?|reopen(?:ed|ing)?|remov(?:e|ed|ing)|evict(?:ed|ing)?|dismantl(?:e|ed|ing)|end(?:ed|ing)?)\\s+(?:the\\s+|a\\s+)?(?:${NOT_THE_GATHERING}[\\w-]+\\s+){0,2}?(?:blockades?|barricades?|roadblocks?|roads?|highway|occupation|encampment|protest camp|${GATHERING})|(?:cleared|ended|removed) by (?:the )?(?:riot |anti-riot |security )?(?:police|officers|troops|soldiers|security forces|gendarmes)`;
/**
 * The state's force that disperses, breaks up or clears a gathering: "police broke up a march", "dispersed
 * protesters", "cleared protesters from the road", "cleared the square of demonstrators", "evicted the protest camp".
 */
export const FORCE_BREAKS_UP = new RegExp(
  `\\b${FORCE_SRC}\\s+(?:[\\w-]+\\s+){0,2}?(?:dispersed|dispersing|broke up|breaking up|clear(?:ed|ing|s)?|remov(?:ed|ing|es?)|evict(?:ed|ing|s)?)\\s+(?:(?:the|a|an)\\s+)?(?:${NOT_THE_GATHERING}[\\w-]+\\s+){0,2}?${GATHERING}\\b`,
  'i',
);
/** The state stepping in: dispersal, arrests, crowd-control weapons (not a crowd that "broke up calmly" of itself). */
export const INTERVENTION = new RegExp(
  `\\b(?:tear[- ]?gas(?:sed|sing)?|${CROWD_ARMS_SRC}|kettl(?:ed|ing)|baton-charged|beat(?:en)?|beating(?! (?:of )?(?:the )?(?:drums?|pots|pans|heat|odds|deadline))|clubbed|charged (?:a|the) crowd|(?:were|was|been|forcibly|violently) dispersed|to disperse|dispers(?:ed|ing) (?:them|(?:(?:the|a|an) )?(?:[\\w-]+ ){0,2}?${GATHERING})|(?:broke|break|broken|breaking) up(?! (?:calmly|peacefully|quietly|without|of its own accord))|arrested|detained|detaining|arresting|live (?:rounds|ammunition|fire)|opened fire|${FIRED_ON_CROWD}|${FIRED_IN_AIR}|${FORCE_CLEARS})\\b`,
  'i',
);
/** Protesters shot: force used on their protest, "two demonstrators had been shot dead". */
export const PROTESTERS_SHOT =
  /\b(?:protesters|demonstrators|marchers)\s+(?:[\w-]+\s+)?(?:was|were|had been|have been|has been)\s+(?:shot|gunned down)\b/i;
/** Force that kills or seriously hurts, or a charge into the crowd (ACLED: excessive force against protesters). */
const SERIOUS_FORCE = new RegExp(
  `\\b(?:live (?:rounds|ammunition|fire)|opened fire|${FIRED_ON_CROWD}|shot dead|baton-charged|charged (?:into )?(?:a |the )?(?:[\\w-]+ )?(?:crowds?|protesters|demonstrators|marchers))\\b`,
  'i',
);
/** The force's side telling of the crowd's violence: "Its spokesman said protesters had thrown rocks". */
const STATE_SAYS_CROWD =
  /\b(?:police|policemen|officers|spokes(?:man|woman|person)|authorities|officials|(?:interior |security )?ministry|army|military|gendarmerie|government)\b[^.;]{0,80}\b(?:said|says|say|claimed|told|insisted|maintained)\b[^.;]{0,20}\b(?:protesters|demonstrators|crowds?|marchers|rioters|students|workers)\b/i;
export const STATE_WORD =
  /^(?:(?:riot|security|federal|national|military|anti-riot|armed)\s+)?(?:police(?: officers)?|officers|security forces|forces|troops|soldiers|army|military|gendarmes?|gendarmerie)$/i;
/** A named organisation for a generic state force ("police" → "National Police of Peru") when the text names just one. */
export function namedForce(actor: string | null, ents: Entities): string | null {
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
 * Who made up a crowd, told with its size before the verb of its protest: "several hundred drivers marched", "hundreds
 * of NUP supporters gathered outside …", "thousands of bus and minivan drivers parked their vehicles … and marched".
 */
const CROWD_OF =
  /\b(?:(?:hundreds|thousands|dozens|scores|tens of thousands|hundreds of thousands) of|(?:several|a few|many) (?:hundred|thousand|dozen)|(?:about|around|some|nearly|more than|over|at least) [\d,]+|\d[\d,]+|a (?:group|crowd|column) of)\s+((?:(?![\p{L}'’-]+ed\s)[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+(?:(?<!ed)s|men))\s+(?:[^.;]{0,80}?\s)?(?:marched|protested|rallied|gathered|demonstrated|staged|blocked|barricaded|took to|occupied|converged|massed|picketed|paraded|chanted|assembled|held (?:a|their)|burned|burnt|threw|hurled)\b/iu;
/** Words of a crowd that say no more than that it is one, or that name what it came in ("hundreds of tractors"). */
const ANY_CROWD =
  /^(?:people|persons|protesters|demonstrators|others|individuals|members)$|\b(?:tractors|vehicles|cars|trucks|lorries|buses|motorbikes|motorcycles|boats)$/i;
/** The verbs a crowd is the subject of in a protest or a riot. */
const CROWD_VERB =
  /\b(?:marched|protested|rallied|gathered|demonstrated|staged|blocked|barricaded|took to|occupied|converged|massed|picketed|paraded|chanted|assembled|held (?:a|their)|burned|burnt|threw|hurled|stormed|torched|set fire)\b/i;
/**
 * The subject of a crowd's verb, told without its size: "Residents of Tripoli blocked the coastal road", "on Monday,
 * angry market traders marched", "PTI workers and police clashed when workers stormed …". A plural of people that
 * opens its clause, with an "of/from/in" tail naming whose or where they are ("Inmates at the remand centre in Wacol,
 * Brisbane, set fire …").
 */
const SUBJECT_CROWD =
  /(?:^|[,;:]\s*|\b(?:when|as|after|while|before|and|but|said|says|that)\s+)(?:(?:on|late on|early on) \p{Lu}\p{L}+,?\s+)?(?:(?:the|some|angry|furious|hundreds of|dozens of|scores of|thousands of)\s+)*((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+(?:s|men|people)(?:\s+(?:at|in)\s+the\s+[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,2}?(?=\s+(?:of|from|in)\s))?(?:\s+(?:of|from|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,\s+\p{Lu}[\p{L}'’-]*,)?)?)\s+(?:(?:also|then|again|later|had|have|on \p{Lu}\p{L}+)\s+)?$/u;
/** Plural heads that are no crowd of the people: the state's force, pronouns, things. */
const NOT_CROWD =
  /^(?:police|policemen|officers|troops|soldiers|forces|guards|gendarmes|authorities|officials|they|others|these|those|banners|papers|containers|numbers|orders|centers|centres|thousands|hundreds|dozens|scores|vehicles|tyres|tires|stones|rocks|bottles|things|years|months|days|weeks|hours|minutes)$/i;
/** A plural of people: a doer's suffix ("traders", "activists", "migrants", "fishermen") or a word of kin and age. */
const PEOPLE_PLURAL =
  /^(?:[\p{L}'’-]+(?:ers|ors|ists|ants|ents|ians|ees|men|ites|is)|youths|fans|locals|women|children|families|relatives|communities|people|inmates|villagers|pupils|kin)$/iu;
/** Who the crowd of a protest told in a sentence were, when the sentence says (null when it does not). */
export function crowdOf(text: string): string | null {
  const m = CROWD_OF.exec(text);
  const sized = m?.[1].replace(/^(?:the|angry|peaceful)\s+/i, '');
  if (sized && !ANY_CROWD.test(sized)) return sized;
  const v = CROWD_VERB.exec(text);
  const who = v ? SUBJECT_CROWD.exec(text.slice(0, v.index))?.[1] : undefined;
  if (!who) return null;
  const head = who.replace(/\s+(?:of|from|in|at)\s.*$/, '').split(/\s+/);
  const noun = head[head.length - 1];
  if (
    !PEOPLE_PLURAL.test(noun) ||
    NOT_CROWD.test(noun) ||
    ANY_CROWD.test(noun) ||
    head.some((w) => NOT_CROWD.test(w))
  )
    return null;
  return who.replace(/,$/, '');
}
/** Someone of no state who fires: "a man opened fire on the crowd", "gunmen fired on the marchers". */
const NON_STATE_SHOOTER =
  /\b((?:a|an|one|lone|the) (?:[\w-]+ )?(?:man|woman|teenager|youth|gunman|shooter|attacker|assailant|sniper)|gunm[ae]n|armed men)\b[^.;]{0,80}?\b(?:opened fire|fired|shot|shooting)\b/i;
/** A force of the state that fires: "police opened fire", "troops then fired", "soldiers allegedly shot". */
const STATE_FIRED =
  /\b(?:police(?:men| officers)?|officers|troops|soldiers|security forces|gendarmes|guards)\s+(?:[a-z]+\s+){0,2}?(?:opened fire|fired|shot)\b/i;
/**
 * The ACLED sub-type of a demonstration, from everything the text says about it: demonstrators who turn violent make a
 * violent demonstration; peaceful demonstrators met with force that kills or injures suffer excessive force (the state
 * is the first actor); dispersal or arrests without that is a protest with intervention; else a peaceful protest.
 */
export function classifyProtest(f: Candidate, doc: Doc, ents: Entities): void {
  if (f.subType === 'Mob violence') return;
  // (of a sentence that tells two demonstrations, only the part this one was read from)
  // (and of a sentence that tells crowds at two places in parts of their own, "Tens of thousands rally in Tel Aviv;
  // water cannon and 14 arrests in Jerusalem", only the parts that do not name the other place)
  const texts = f.sents.map((k) =>
    k === f.sentence && f.part
      ? doc.text.slice(f.part[0], f.part[1])
      : ownParts(doc.sentences[k]?.text ?? '', f.place, ents),
  );
  const all = texts.join(' ');
  // (violence told as an accusation, "police accused the youths of throwing stones", is the accuser's account; a crowd
  // that accuses someone after its own act, "burned tyres, accusing the army of failing them", is still violent)
  const violentTexts = texts.filter((t) => {
    const m = CROWD_VIOLENCE.exec(t);
    return !!m && !/\b(?:accus|alleg|claim)\w*\b/i.test(t.slice(0, m.index));
  });
  // (what the crowd demands is no force used on it: "demanding that those responsible be arrested")
  const intervened = INTERVENTION.test(all.replace(DEMAND_CLAUSE, ' ')) || PROTESTERS_SHOT.test(all);
  // tear gas, rubber bullets or stun grenades that leave people hurt are intervention (the injured of a dispersal,
  // officers among them, are its usual toll, and so are people beaten as it is broken up); killing, live fire or
  // serious injuries are excessive force
  const harmed =
    (f.killed ?? 0) > 0 ||
    SERIOUS_FORCE.test(all) ||
    ((f.injured ?? 0) > 0 &&
      /\b(?:seriously|critically|severely|gravely|badly) (?:injured|wounded|hurt)\b/i.test(all));
  // the crowd's violence told only in the words of the force that fired on it ("police said protesters had thrown
  // rocks") is that force's account: when the force killed or shot, the state's force is the event
  const stateTold = violentTexts.length > 0 && violentTexts.every((t) => STATE_SAYS_CROWD.test(t));
  const lethal = (f.killed ?? 0) > 0 && SERIOUS_FORCE.test(all);
  // (the stones thrown by some of a crowd the state's force had already met are that force's event: "Police … fired
  // tear gas and rubber pellets. Some protesters threw stones", "some students threw stones after officers tried to
  // seize a banner")
  const inOrder = [...f.sents].sort((a, b) => a - b).map((k) => texts[f.sents.indexOf(k)]);
  const answered =
    intervened && violentTexts.length > 0 && violentTexts.every((t) => answersForce(t, inOrder));
  const violent = violentTexts.length > 0 && !(stateTold && intervened && lethal) && !answered;
  if (violent) {
    f.type = 'Riots';
    f.subType = mobsOwn(all, f, doc) ? 'Mob violence' : 'Violent demonstration';
    return;
  }
  // a man or gunmen of no state who fire into the crowd attack it: no force of the state met the gathering
  const shooter = harmed && !STATE_FIRED.test(all) ? NON_STATE_SHOOTER.exec(all) : null;
  if (shooter) {
    f.type = 'Violence against civilians';
    f.subType = 'Attack';
    f.attacker = shooter[1].replace(/^(?:a|an|one|the)\s+/i, '');
    f.target = null;
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
/** The parts of a sentence that tell of a place: those that name it, and those that name no other place. */
function ownParts(text: string, place: string | null, ents: Entities): string {
  if (!place || !text.includes(place)) return text;
  const parts = text.split(/;|\s(?:while|whereas)\s/);
  if (parts.length < 2) return text;
  const others = ents.places.map((p) => p.name).filter((n) => n !== place && !place.includes(n));
  return parts.filter((p) => p.includes(place) || !others.some((n) => p.includes(n))).join('; ');
}
/** A part of a crowd as the doer of its violence: "some protesters", "a few of the students", "a small group of youths". */
const PART_OF_CROWD =
  /\b(?:some|a few|a handful|a small (?:group|number)|a number|a minority|one group|small groups)(?: of(?: the| them)?)?\s+(?:(?:[\w-]+\s+)?(?:protesters|demonstrators|marchers|students|youths|young men|workers|supporters|residents|mourners|teachers|drivers|farmers|fans|participants)\s+)?(?:also\s+|then\s+|later\s+|briefly\s+)?$/i;
/** The crowd's violence told as answering the force: "… after officers tried to seize a banner", "in response". */
const AFTER_FORCE = new RegExp(
  `^[^.;]{0,80}?\\b(?:after|when|once) (?:the )?(?:[\\w-]+ )?${FORCE_SRC}\\b|^[^.;]{0,80}?\\bin (?:response|retaliation)\\b`,
  'i',
);
/**
 * A crowd's violence told as its answer to the state's force used first: thrown by a part of the crowd, or told as
 * coming after the force, in a sentence after one that tells the force (or after it in its own sentence).
 */
function answersForce(t: string, inOrder: string[]): boolean {
  const m = CROWD_VIOLENCE.exec(t);
  if (!m) return false;
  const before = t.slice(0, m.index);
  const k = inOrder.indexOf(t);
  const forceFirst =
    INTERVENTION.test(before) || inOrder.slice(0, Math.max(0, k)).some((s) => INTERVENTION.test(s));
  return forceFirst && (PART_OF_CROWD.test(before) || AFTER_FORCE.test(t.slice(m.index + m[0].length)));
}
/** A prison and its people: a riot inside one is its inmates' demonstration (ACLED), whoever they fight. */
const PRISON =
  /\b(?:prisons?|jails?|penitentiar(?:y|ies)|correctional|custodial|detention|inmates|prisoners|detainees|cells?)\b/i;
/** People of no state and what is theirs, as what a crowd turns on: homes, a place of worship, a motorcade, a rival group. */
const PEOPLES_OWN =
  /\b(?:houses?|homes?|huts?|shops?|stalls?|mosques?|churche?s?|temples?|shrines?|motorcades?|processions?|families|residents|villagers|neighbou?rs|communit(?:y|ies)|passers-?by|motorists|worshippers|rival|each other|one another)\b/i;
/**
 * A crowd's violence that is a mob's, not a demonstration's (ACLED: mob violence): a crowd named in the event's
 * account (youths, a mob, residents) turns on people, their homes or a passing motorcade, where neither the account
 * nor its paragraphs tell a demonstration, and no force of the state or a prison is among what it fought.
 */
function mobsOwn(account: string, f: Candidate, doc: Doc): boolean {
  const paras = doc.paragraphs
    .slice(f.firstPara, f.lastPara + 1)
    .map((p) => p.text)
    .join(' ');
  return (
    CROWD.test(account) &&
    PEOPLES_OWN.test(account) &&
    !DEMONSTRATION.test(`${account} ${paras}`.replace(NO_PROTEST_EVENT, ' ')) &&
    !FORCE_WORD.test(account) &&
    !PRISON.test(account)
  );
}
/**
 * A demonstration told as passing without force or violence: "marched peacefully", "police did not intervene", "the
 * vigil ended quietly", "the sit-in broke up calmly".
 */
const TOLD_PEACEFUL =
  /\b(?:peacefully|without (?:any )?incident|(?:passed|went|ended|finished|closed|broke up|dispersed)(?: off)? (?:quietly|calmly|in calm|without)|(?:police|officers|security forces)(?: there)? did not intervene|no incidents? (?:was|were) reported|reported no incidents?)\b/i;
/**
 * Two accounts of demonstrations that cannot tell one when told at two places or on two days: one told as peaceful,
 * with no force or violence of its own, and the other met by force or turned violent ("… ended in clouds of tear
 * gas" and "in X, retirees marched peacefully; police there did not intervene").
 */
export function toldApart(a: string, b: string): boolean {
  const forceful = (t: string) => INTERVENTION.test(t) || CROWD_VIOLENCE.test(t);
  const calm = (t: string) => TOLD_PEACEFUL.test(t) && !forceful(t.replace(TOLD_PEACEFUL, ' '));
  return (calm(a) && forceful(b)) || (calm(b) && forceful(a));
}
export const SEVERITY: Record<string, number> = {
  'Peaceful protest': 1,
  'Protest with intervention': 2,
  'Excessive force against protesters': 3,
  'Violent demonstration': 3,
  'Mob violence': 3,
};
/** Sub-types that one event can move between as it unfolds: a protest that turns into a riot. */
export const family = (sub: string) => (sub in SEVERITY ? 'protest' : sub);

/** Arrests made at a demonstration belong to it (ACLED codes the demonstration, with its intervention). */
export function foldArrests(found: Candidate[], doc: Doc): void {
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
        // (a day the arrests borrow, as a headline its publication's, is no day of their own)
        (!day || a.dateWeak || !f.date || f.date.slice(0, 10) === day) &&
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
}

/**
 * A crowd's demand, to the end of its clause: "demanding that those responsible be arrested", "calling for the arrest
 * of".
 */
const DEMAND_CLAUSE =
  /\b(?:demand(?:ing|ed|s)?|call(?:ing|ed|s)? for|urg(?:ing|ed|es)|ask(?:ing|ed|s)? for|insist(?:ing|ed|s)? on)\b(?:(?!\b(?:before|until|till|when|whereupon|but|while)\b)[^.;:])*/gi;
/**
 * People who make a demonstration or a riot ("angry residents", "residents blocked the highway"), or a group of
 * people told by its number alone ("a group of around 30 men"; not "armed men").
 */
const CROWD =
  /\b(?:protest\w*|demonstrat\w+|riot(?:s|ed|ing|ers)?|crowds?|mobs?|youths|young (?:people|men)|marchers|groups? of (?:(?:around|about|some|at least|more than|over|up to|nearly) )?(?:\d+|a dozen|dozens|several|ten|twenty|thirty|forty|fifty|a hundred|hundreds) (?:young )?(?:men|people)|rall(?:y|ies)|supporters|students|strikers|activists|looters|(?:angry|irate) (?:residents|villagers|locals)|(?:residents|villagers|locals|traders|drivers|miners|workers) (?:who )?(?:blocked|barricaded|marched|burned|burnt|torched|stormed|pelted|threw))\b/i;
/**
 * Looting or burning told with no crowd (after a raid or a capture: "several shops were looted and two houses were set
 * on fire", "reports of looting") is the violence of the armed event told just before it, not a demonstration: it is
 * folded into that event.
 */
export function foldCrowdless(found: Candidate[], doc: Doc): void {
  for (let k = found.length - 1; k > 0; k--) {
    const d = found[k];
    if (d.background || d.subType !== 'Violent demonstration') continue;
    // (the crowd may be named later in the paragraph: "Police fired into the air to disperse the crowd")
    const told = doc.paragraphs
      .slice(d.firstPara, d.lastPara + 1)
      .map((p) => p.text)
      .join(' ');
    if (CROWD.test(told)) continue;
    const host = found
      .slice(0, k)
      .reverse()
      .find((f) => !f.background && family(f.subType) !== 'protest' && d.firstPara - f.lastPara <= 8);
    if (!host) continue;
    for (const i of d.sents) if (!host.sents.includes(i)) host.sents.push(i);
    host.lastPara = Math.max(host.lastPara, d.lastPara);
    found.splice(k, 1);
  }
}

/** A trigger of a demonstration: a protest, or a demonstration that turned violent. */
export const demonstration = (t: Trigger) => t.type === 'Protests' || t.subType === 'Violent demonstration';

/** A clause break between two crowds: ", and", "; ", ", while", " while ". */
const CLAUSE_BREAK = /,\s+(?:and|while|but|whereas)\s+|;\s+|\s+(?:while|whereas)\s+/g;

/**
 * Two crowds in two cities told in one sentence ("students marched through X …, and workers rallied … in Y", "…
 * marched through X, while a separate protest in Y ended in running battles"): one site per clause, each with its own
 * protest word and city (ACLED codes one event per place). Null unless at least
 * two clauses each tell a demonstration in a city of their own, and every clause that tells one names its city.
 */
export function protestSites(
  s: Sentence,
  best: (text: string) => { trig: Trigger; at: number; len: number } | null,
  citiesIn: (a: number, b: number) => Place[],
): Site[] | null {
  const text = s.text;
  const cuts: number[] = [0];
  for (const m of text.matchAll(CLAUSE_BREAK)) cuts.push(m.index ?? 0);
  if (cuts.length < 2) return null;
  cuts.push(text.length);
  const out: Site[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k];
    const b = cuts[k + 1];
    const clause = text.slice(a, b);
    const t = best(clause.replace(NO_PROTEST_EVENT, (w) => ' '.repeat(w.length)));
    if (!t || !demonstration(t.trig)) continue;
    // the city the clause names after its protest word ("marched through the centre of X", "rallied … in Y"), or
    // before the words of a crowd's violence ("a separate protest in Y ended in running battles")
    const city = citiesIn(s.start + a + t.at, s.start + b)[0] ?? citiesIn(s.start + a, s.start + a + t.at)[0];
    if (!city) return null;
    if (out.some((o) => o.place?.id === city.id)) return null;
    out.push({
      trigger: t.trig,
      at: a + t.at,
      len: t.len,
      place: city,
      seg: [s.start + a, s.start + b],
      doer: null,
      ctxSent: null,
      hit: false,
    });
  }
  return out.length >= 2 ? out : null;
}
