/**
 * What tells of no incident: generic, counted and habitual mentions, hypothetical and planned events, figurative
 * language, markets that "rally", ministers who "clash", diplomatic protests, charges people face, and war figures.
 * `screen` reads a sentence's trigger through these filters; `pluralBackdrop` drops attacks told only as the
 * backdrop of a story.
 */
import type { DateMention } from '../dates.ts';
import type { Doc, Sentence } from '../doc.ts';
import type { Place } from '../entities.ts';
import { isGenericActor } from './actors.ts';
import type { Casualties } from './casualties.ts';
import { namesPoliticalActor, nonPoliticalStory } from './cause.ts';
import { clauseAround, SECURITY_BODY_SRC, SPORT_WORDS } from './common.ts';
import { type Genre, storyKind } from './genre.ts';
import { AIR_WORDS, FIGHT_TOLD_AFTER, FORCES_KILLED_ENEMY, patternOfKind } from './kinds.ts';
import { AVENGED_BEFORE, bestPlace } from './places.ts';
import {
  DIPLOMATIC_PROTEST,
  FORCE_WORD,
  family,
  NO_PROTEST_EVENT,
  PROTEST_NAME,
  SHOWING,
} from './protests.ts';
import { DISRUPTED, laterEvent, REMOTE_STATS, type Site } from './remote.ts';
import { bestTrigger, REMOTE_SUBTYPES, retype } from './triggers.ts';
import type { Reading, Trigger } from './types.ts';

/** Sentences that mention violence only generically, figuratively or as a possibility. */
const GENERIC =
  /\b(?:similar|such|frequent|repeated|regular|recurring|series of|wave of|threat of|threats? (?:of|from)|risk of|fear(?:s|ed)? of|possible|potential|any|future|more)\s+(?:\w+\s+){0,2}(?:attacks?|strikes?|shelling|clashes|protests?|riots?)\b|\bcontinued to face\b|\b(?:have|has) (?:been )?(?:blamed|carried out|conducted|launched)\b[^.]{0,40}\b(?:attacks|strikes)\b|\btwice has\b|\bhas twice\b|\b(?:at|on|against|targeting) (?:international |merchant |commercial |global )?shipping\b(?! (?:on|in|near|off) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))/i;
/**
 * A short phrase set off by a comma at the head of the sentence, before the clause of the trigger: "Every Saturday for
 * a year, people have marched …".
 */
const FRONTED = /^\s*([^,;:.]{1,50}),\s+[^,;:]*$/;
/** A relative clause set off by a comma right after a noun: ", which took place almost every other weekend". */
const RELATIVE_AFTER = /^[\w'’-]*,\s+(?:which|that)\b[^,;.]*/;
/**
 * Something that happens again and again ("has been hit by air strikes many times", "every few months", "every Saturday
 * for a year") is a pattern.
 */
const HABITUAL =
  /\b(?:daily|nightly|almost every (?:day|night)|day after day|night after night|(?:many|several|numerous|countless|multiple) times|time and (?:time )?again|again and again|repeatedly|regularly|routinely|frequently|often|(?:every|each) (?:few |other |single )?(?:days?|nights?|weeks?|weekends?|months?|years?|mornings?|evenings?|afternoons?|dawn)|(?:every|each) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b|(?:a|the latest in a) series of|on (?:several|many|numerous) occasions|most (?:days|nights|mornings|evenings|weeks|weekends))\b/i;
const COUNTED =
  /\b(?:\d[\d,]*|dozens of|hundreds of|scores of|several|numerous|more than \d+|at least \d+) (?:\w+ )?(?:attacks|strikes|clashes|incidents|bombings|raids|shootings)\b(?! (?:on|in|near) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))/i;
/**
 * The year, months or a season so far as a time: "this year", "so far this month", "over the past 12 months", "since
 * January", "over the summer", "throughout the winter".
 */
const SO_FAR =
  /\b(?:(?:so far |earlier )?this (?:year|month)|over the (?:past |last )?(?:year|twelve months|12 months|\w+ months)|(?:over|throughout) the (?:summer|winter|spring|autumn)|during the year|in the first (?:half|quarter|\w+ months) of (?:the|this) year|since (?:the (?:start|beginning) of the year|January))\b/i;
/** A span of weeks, months or years right before a trigger: "weeks under", "after months of relentless". */
const SPAN_BEFORE =
  /\b(?:(?:weeks|months|years|decades)|(?:a|an|one|the|this|last|that)\s+(?:(?:long|hard|bloody|brutal|deadly|violent|bitter|harsh|whole|entire)\s+)?(?:week|month|year|decade|winter|summer|spring|autumn|season))\s+(?:of|under)\s+(?:(?:heavy|constant|relentless|intense|sustained|near-constant|nightly|daily|almost daily|indiscriminate)\s+)?(?:[\w-]+s\s+(?:and|or)\s+)?$/i;
/** A loose count right before a trigger: "a handful of limited", "a string of", "a spate of". */
const LOOSE_COUNT_BEFORE = /\b(?:a handful of|a string of|a spate of|a number of)\s+(?:[\w-]+\s+){0,2}$/i;
/**
 * An offence someone is charged with or suspected of: no event told by these words. The act they are charged after
 * is one ("charged with murder after opening fire in a mosque car park"): the offence ends at "after", "when" or
 * "following", and at the verb of the clause it qualifies ("three men suspected of moving the explosives were detained").
 */
const LEGAL_CHARGE =
  /\b(?:charges? (?:of|including|such as|that include|like)|charged with|convicted of|on suspicion of|suspected of|sentenced for|guilty of)\b(?:(?!\b(?:after|when|following|were|was)\b)[^.;]){0,80}/gi;
/**
 * Arrests are political events only among protesters, militants, extremists, opposition figures or journalists.
 */
const POLITICAL =
  /\b(?:protest\w*|demonstrat\w+|riot\w*|rall(?:y|ies)|march\w*|militants?|insurgents?|rebels?|opposition|activists?|journalists?|dissidents?|far-(?:right|left)|extremis[tm]s?|neo-?Nazis?|politically motivated|suspected (?:members|fighters)|bomb(?:s|ing|er|ers)?|explosives?|terror\w*|jihad\w*|insurgen\w+|sleeper cells?|armed group|guerrillas?|(?:rebel|militant|guerrilla|armed|group's|gang) commanders?|(?:planned|plotted|carried out|organi[sz]ed|took part in|staged) (?:the|an?|last \w+'s) (?:[\w-]+ )?(?:attack|ambush|bombing|raid|assault|massacre)|war crimes?|crimes against humanity|genocide|(?:killing|killings|murder|massacre) of (?:at least |some |more than )?\d+ (?:[\w-]+ )?(?:civilians|villagers|prisoners|worshippers|men|people))\b/i;
/** A named person arrested or detained: "detained Radomir Petrović". */
const NAMED_ARREST = /^(?:arrested|detained|arrests|detains)\s+(?:the\s+)?\p{Lu}/u;
/**
 * The lead of a story: its first paragraph that ends with a stop (a headline has none). It says why a person the
 * story names later was arrested ("arrested a former soldier wanted for the killing of 27 civilians").
 */
function leadOf(doc: Doc): string {
  return doc.paragraphs.slice(0, 4).find((p) => /[.!?"'”’]$/.test(p.text.trim()))?.text ?? '';
}
/**
 * Security forces arresting suspects, escaped inmates or armed men: "soldiers arrested four suspects", "police
 * rearrested 23 of the escapees", "officers arrested two men", "suspects were detained by troops", "three men suspected
 * of moving the explosives were detained".
 */
const FORCES_ARREST_SUSPECTS =
  /\b(?:soldiers|troops|army|military|marines|security forces|national guard|guardsmen|police|officers|agents|special forces)\b[^.;]{0,60}\b(?:arrest\w*|rearrest\w*|re-arrest\w*|detain\w*|captur\w*|recaptur\w*|apprehend\w*)\b[^.;]{0,40}\b(?:suspects?|escapees|escaped (?:inmates|prisoners)|fugitives|militants|gunmen|attackers|insurgents|(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:men|women|people|persons))\b|\b(?:men|women|people|persons) suspected of\b[^.;]{0,80}\b(?:were|had been) (?:arrested|detained|apprehended)\b|\bsuspects?\b[^.;]{0,40}\b(?:arrested|detained|captured|apprehended)\b[^.;]{0,40}\bby (?:the )?(?:soldiers|troops|army|military|marines|security forces|national guard|police|special forces)\b/i;
/**
 * An army's men who arrest or detain people ("the Israeli military said its forces detained 14 wanted suspects", "troops
 * rounded up 30 men", "soldiers crossed into the village … and detained five men"): arrests of a state's armed force,
 * political whatever the story.
 */
const MILITARY_ARREST =
  /\b(?:soldiers|troops|army|military|(?<!\bpolice )forces|marines|national guard|paratroopers|commandos)\b(?:[^.;]{0,60}|[^.;]{0,160}\band (?:had |have )?)\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|rounded up|apprehended|took into custody)\b/i;
/**
 * A state's security or intelligence service, or its counter-terrorism police, making the arrest: "the Security
 * Service of Ukraine detained a resident", "the intelligence ministry said its agents had arrested three people",
 * "anti-terror police arrested four suspects", "were detained by officers of the State Security Service". Such a
 * service arrests over threats to the state, political whatever the story.
 */
const SECURITY_SERVICE_ARREST = new RegExp(
  String.raw`\b${SECURITY_BODY_SRC}\b[^.;]{0,80}\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|apprehended|took into custody|rounded up)\b|\b(?:arrested|detained|taken into custody)\s+by\s+(?:[\w'’-]+\s+){0,3}?(?:security (?:service|agency|police)|intelligence|secret police|(?:counter|anti)-?terror(?:ism|ist)? (?:police|units?|squads?|officers))\b`,
  'i',
);
/**
 * Arrests told with the act they are over, when that act is political violence, sabotage or an offence against the
 * state: "detained three people in connection with the rocket launch", "held on suspicion of guiding the gunmen", "on
 * suspicion of high treason", "over the grenade attack", "after gunmen attacked a bank".
 */
const ARREST_OVER_VIOLENCE =
  /\b(?:in connection with|over|after|following|on suspicion of|suspected of|accused of|on charges? of|charged with)\s+(?:[^.;]{0,50}?\b)?(?:attack(?:s|ers?)?|ambush(?:es)?|bomb(?:ing|ings|s)?|blasts?|grenades?|rockets?|launch|explosives?|shooting|gunmen|treason|espionage|spying|sabotage|arson|coup|plot|terror\w*|smuggling weapons|insurgen\w+|militants?|rebels?)\b/i;
/**
 * Arms taken from those arrested, told with the arrest: "arrested three suspects and recovered two rifles", "seized an
 * R5 rifle and 62 rounds of ammunition", "arrested three men … with two assault rifles", "had been arrested and a cache of
 * rifles, grenades and ammunition seized": an armed group's men, not a
 * common offence.
 */
const ARMS_SEIZED_WITH =
  /\b(?:seiz(?:ed|ing)|recover(?:ed|ing)|confiscat(?:ed|ing)|with|(?:caches?|stockpiles?|arsenals?) of)\s+(?:[^.;]{0,50}?\b)?(?:rifles?|guns?|firearms?|pistols?|shotguns?|ammunition|grenades?|grenade launchers?|explosives?|AK-47s?)\b/i;
/** Political violence told in the article: an ambush, gunmen, a cartel or an armed group, a bombing, an exchange of fire. */
const ARMED_EVENT =
  /\b(?:ambush\w*|gunm[ae]n|gunfire|opened fire|shoot-?outs?|firefights?|gunfights?|cartels?|militi\w+|armed (?:men|group|groups|attackers)|militants?|insurgents?|bombs?|bomb(?:ing|ings|ed)|IEDs?|landmines?|grenades?|explosive device|massacre\w*)\b/i;
const HYPOTHETICAL =
  /\b(?:would|will|could|might|may|plans? to|planning to|preparing|prepare|plotting|threaten(?:s|ed)? to|vow(?:s|ed)? to|warn(?:s|ed)? of|if)\b/i;
/** The event is only planned, feared or possible: "used to prepare attacks on", "plans to launch strikes". */
const PLANNED =
  /\b(?:to|would|will|could|might|may|plans? to|planning to|prepar\w+|plott\w+|threaten\w* to|vow\w* to|intend\w* to|aim\w* to)\s+(?:(?:carry out|launch|stage|mount|conduct|hold|organi[sz]e|form|observe|enforce|call(?: for)?|join|resume|more|new|further|fresh|any|another|a|an|mass|nationwide|general)\s+){0,3}$/i;
/**
 * Acts that would be stopped: the object of a modal or "to" and a verb of ending ("Russia would stop missile and drone
 * strikes on …", "Ukraine would halt long-range drone attacks on …", "agreed to suspend attacks on ports") is an act a
 * plan would end, not one that happened ("failed to stop the attack" still tells one).
 */
const TO_BE_STOPPED =
  /\b(?:would|will|could|might|may|must|should|(?:agree[sd]?|ready|pledge[sd]?|promise[sd]?|offer(?:s|ed)?|vow(?:s|ed)?) to)\s+(?:(?:also|not|then|immediately)\s+)?(?:stop|halt|end|freeze|suspend|cease|pause|refrain from)\s+(?:[\w'’-]+\s+){0,4}$/i;
/** A verb that makes an event of its noun object: "stage a march", "hold a vigil", "carry out strikes". */
const LIGHT_VERB =
  '(?:carry out|launch|stage|mount|conduct|hold|organi[sz]e|form|observe|enforce|call(?: for)?|join|resume|lead|begin|start|go ahead with|take part in)';
/**
 * What marks the rest of its clause as still to come: a future auxiliary ("will", "is set to") or a plan or
 * intention, with or without "to" ("plan a march", "plans to march", "intends to"). (A bare "to" or a modal, which
 * may tell the purpose or the possibility of a past act, is left to `PLANNED`.)
 */
const TO_COME_MARK =
  '(?:will|shall|(?:is|are) (?:set|due|scheduled|expected|going|about) to|(?:is|are) to|plan(?:s|ned|ning)?(?: to)?|intend(?:s|ing)? to|(?:said|says|announced|warned|threatened|vowed|pledged)\\s+(?:on\\s+[A-Z][a-z]+day\\s+)?(?:that\\s+)?(?:they|it|he|she|we|members|workers)\\s+would)';
/**
 * The trigger is the act or the object of a mark of what is to come, in the same clause: the verb itself ("will
 * march"), the object of a verb that makes events or of a future progressive ("will stage a sit-in", "plans to hold
 * the vigil", "will be policing a peaceful protest"), an indefinite
 * object of the mark ("activists plan a memorial march"), or a bare verb joined to such a phrase ("will stage a strike
 * from Monday and march on …", "will set off at 11am and end with a rally at …").
 */
const TO_COME_BEFORE = new RegExp(
  `\\b${TO_COME_MARK}\\s+(?:(?:not|also|then|again|soon|later|jointly)\\s+)?(?:(?:${LIGHT_VERB}|be\\s+[a-z]+ing)\\s+(?:[\\w'’-]+\\s+){0,3}|(?:a|an|another|new|fresh|further|more)\\s+(?:[\\w'’-]+\\s+){0,2})?$|\\b${TO_COME_MARK}\\s+[a-z]+\\s+[^.;:,]{1,50}?\\s+and\\s+(?:[a-z]+\\s+(?:with|in|at|into)\\s+(?:a|an|the)\\s+(?:[\\w'’-]+\\s+)?|${LIGHT_VERB}\\s+(?:[\\w'’-]+\\s+){0,2})?$`,
  'i',
);
/** The act of a clause to come, then "in" before a protest it is made in: "will stop work from Monday … in". */
const IN_PROTEST_OF_TO_COME = new RegExp(`\\b${TO_COME_MARK}\\s[^.;:,]{0,90}\\sin\\s+$`, 'i');
/**
 * A noun of an event told as arranged for a time to come: "a vigil is planned at the crossing", "the march, scheduled
 * for Friday", "a rally due to be held" ("an attack planned for months" was planned long, not for a day).
 */
const ARRANGED_AFTER =
  /^[\w-]*,?\s+(?:(?:is|are|has been|have been)\s+(?:planned|scheduled|set|called|announced)\b|(?:planned|scheduled|set|called)\s+for\b(?!\s+(?:months|weeks|years|days|a long time)\b)|due\s+to\s+(?:take place|be held)|expected\s+(?:on|next|later)|(?:is|are)\s+due\b)/i;
/**
 * Words that make the trigger after them no act that happened: what a law or an order would let someone do ("a bill
 * that would let the army shoot down drones") or restricts ("powers to restrict protests"), what training or drills
 * were about ("training focused on repelling ambushes").
 */
const NO_ACT_BEFORE = new RegExp(
  String.raw`\b(?:would|could|will|to) (?:let|allow|enable|authori[sz]e|permit|empower)\s+(?:[\w'’-]+\s+){0,4}?(?:to\s+)?$` +
    String.raw`|\b(?:focus(?:ed|es|ing)?|concentrat(?:ed|es|ing)|train(?:ed|ing|s)?|drill(?:ed|s)?|exercises?|practi[sc](?:e|es|ed|ing))\s+(?:on|in|for)\s+(?:[\w'’-]+\s+){0,6}?$` +
    // (what a law or a power restricts, as a kind: "new powers to restrict protests outside parliament")
    String.raw`|\b(?:restrict(?:s|ed|ing)?|curb(?:s|ed|ing)?|limit(?:s|ed|ing)?|regulat(?:e|es|ed|ing)|criminali[sz](?:e|es|ed|ing)|outlaw(?:s|ed|ing)?)\s+(?:(?:all|any|future|such|street|public|peaceful|unauthori[sz]ed)\s+)?$`,
  'i',
);
/**
 * A count that rose or fell: "the number of officers killed by roadside bombs rose sharply" (not a toll put at a
 * figure, nor one that rose to one: "the number of people killed in Monday's clash rose to three").
 */
const COUNT_OF_BEFORE = /\bthe (?:number|numbers|share|proportion) of\s+(?:[\w'’-]+\s+){0,4}$/i;
const COUNT_MOVED_AFTER =
  /^[^.;:]{0,80}?\b(?:rose|risen|fell|fallen|increased|decreased|doubled|halved|dropped|climbed|declined|jumped|grew|grown|soared)\b(?!\s+to\b)/i;
/** A crowd expected at an event: "expected more than 100,000 people at a rally", "expect thousands for the march". */
const EXPECTED_AT_BEFORE =
  /(?<!\bthan\s)\bexpect(?:s|ed|ing)?\s+(?!to\b)(?:[\w,'’-]+\s+){1,5}?(?:at|for|to join)\s+(?:(?:a|an|the|its|their|this|next|[\w'’-]+['’]s)\s+)?(?:[\w-]+\s+)?$/i;
/**
 * The event is one still to come, told as planned, called, scheduled or in the future, whatever day the sentence
 * names (a demonstration called or announced, "unions announced a fresh rally", counts only for `protest`).
 */
function toCome(text: string, at: number, trigLen: number, protest: boolean): boolean {
  const before = text.slice(Math.max(0, at - 140), at);
  const told = text.slice(at, at + trigLen);
  // (the trigger after a mark must be a bare verb or a noun: "to be killed" is a passive, "planned attacks" a past one)
  if (PLANNED.test(before.slice(-50)) || (TO_COME_BEFORE.test(before) && !/^[a-z]+ed\b/i.test(told)))
    return true;
  if (TO_BE_STOPPED.test(before.slice(-60))) return true;
  if (
    /\b(?:next|upcoming|coming|forthcoming|planned|future|plan|plans|planning|announce|announces|announcing)\s+(?:[\w-]+\s+)?$/i.test(
      before.slice(-30),
    )
  )
    return true;
  if (
    protest &&
    /\b(?:call(?:s|ed|ing)?\s+for|announc(?:e|es|ed|ing)|schedul(?:e|es|ed|ing)|urg(?:e|es|ed|ing)(?:\s+for)?)\s+(?:(?:a|an|another|new|fresh|further|more|its|their|the next)\s+)?(?:[\w-]+\s+)?$|\bcall(?:s|ed|ing)?\s+(?:a|an|another|new|fresh|further|more|its|their|the next)\s+(?:[\w-]+\s+){0,3}(?:(?:strike|stoppage|walkout|shutdown)\s+and\s+(?:a|an)\s+(?:[\w-]+\s+)?)?$/i.test(
      before.slice(-80),
    )
  )
    return true;
  // a crowd expected at a demonstration ("said it expected more than 100,000 people at a rally on Saturday",
  // "organisers expect thousands at Sunday's march"): one still to come (a crowd larger "than expected" came)
  if (protest && EXPECTED_AT_BEFORE.test(before.slice(-80))) return true;
  // a protest that is the reason of the clause's act ("will walk out on Monday in protest at …") is as much to come
  // as the act
  if (/^protest/i.test(told) && IN_PROTEST_OF_TO_COME.test(before)) return true;
  const after = text.slice(at + trigLen - 1);
  if (ARRANGED_AFTER.test(after)) return true;
  // an event told in the future tense ("Saturday's march will be the second of its kind", "the rally will set off
  // from …") has not happened
  // (also past an apposition: "The march, organised by a coalition of unions, will set off from …")
  return /^[\w-]*(?:,[^,.;:]{1,80},)?\s+(?:will|is to|are to|is due to|are due to|is set to|are set to)\s+(?:be (?:the|a|an|held|staged)|take place|start|begin|go ahead|set off|leave|proceed|end|finish|march|move)\b/i.test(
    after,
  );
}
/** A word of a demonstration, as a verb or a noun: "march", "rallies", "protested", "a sit-in". */
const PROTEST_MENTION =
  /\b(?:protest(?:s|ed|ing|ers)?|demonstrat(?:ions?|ed|ing|ors)|rall(?:y|ies|ied|ying)|march(?:es|ed|ing|ers)?|sit-?ins?|vigils?)\b/gi;
/** A demonstration named as one already spoken of: "the protest", "the planned rallies", "this march". */
const NAMED_BEFORE = /\b(?:the|this|these|such)\s+(?:[\w'’-]+\s+){0,2}$/i;
/**
 * A demonstration named as one already spoken of ("the protest", "the rallies"), on no day of its own, in a story
 * whose every word of a demonstration before it tells one still to come: the same demonstration, not one held ("Unions
 * will march on Friday … the ministry said it would deploy 3,000 officers for the protest", "called on supporters to
 * hold rallies on Monday … The government said the protests were illegal").
 */
function anaphorToCome(doc: Doc, dates: DateMention[], s: Sentence, at: number): boolean {
  const untimed = (t: Sentence) => !dates.some((d) => d.sent === t.index);
  const named = (t: Sentence, i: number) =>
    untimed(t) && NAMED_BEFORE.test(t.text.slice(Math.max(0, i - 40), i));
  if (!named(s, at)) return false;
  let spoken = 0;
  for (const t of doc.sentences) {
    if (t.index > s.index) break;
    for (const m of t.text.matchAll(PROTEST_MENTION)) {
      const i = m.index ?? 0;
      if (t.index === s.index && i >= at) break;
      // (another mention of the same, on no day of its own, tells nothing new: "officers will keep order at the rallies")
      if (named(t, i)) continue;
      if (!toCome(t.text, i, m[0].length, true)) return false;
      spoken++;
    }
  }
  return spoken > 0;
}
/**
 * A word of violence named as a hazard, not an event: the risk, danger or threat of it ("the risk of kidnapping for
 * ransom", "warned of the danger of renewed shelling"), what protects from it or what people watch, brace or wait for
 * ("more protection against Russian missile attacks", "watch for drone attacks on Kharkiv", "residents braced for
 * strikes") or what is named beside such a thing ("watch for glide bombs and drone attacks"), or one of the reasons given
 * for advice to stay away ("told citizens not to travel there because of crime, unrest and kidnapping"), or a word
 * mentioned as a word.
 */
const HAZARD_MARK = String.raw`(?:(?:risks?|dangers?|threats?|fears?|spectre|possibility|likelihood|prospects?|chances?|warnings?|vulnerab\w+|exposure|exposed)\s+(?:of|from|to)|(?:protection|defen[cs]es|shields?|shelters?|safeguards?|insurance|cover)\s+(?:against|from)|watch(?:ing)?\s+(?:out\s+)?for|brac(?:e|es|ed|ing)\s+(?:(?:themselves|itself|ourselves)\s+)?for|on\s+(?:high\s+)?alert\s+for|(?:expect|expects|expecting|anticipat(?:e|es|ing))\s+(?:more|further|new|fresh|renewed)?)`;
const HAZARD_BEFORE = new RegExp(
  String.raw`\b${HAZARD_MARK}\s+(?:(?:a|an|the|further|more|new|possible|renewed|fresh|sudden|random|any)\s+)?(?:[\w-]+\s+){0,2}$`,
  'i',
);
/** The same with a first thing named before it ("watch for heavy glide-bomb use along the border and drone attacks"). */
const HAZARD_LIST_BEFORE = new RegExp(
  String.raw`\b${HAZARD_MARK}\s+[^.;:,]{1,50}?\s(?:and|or)\s+(?:(?:a|an|the|further|more|new|possible|renewed|fresh|sudden|random|any)\s+)?(?:[\w-]+\s+){0,2}$`,
  'i',
);
const REASON_BEFORE =
  /\b(?:because of|due to|owing to|citing|in view of)\s+["'“‘]?(?:[\w-]+,?\s+){0,8}(?:(?:and|or)\s+)?$/i;
const ADVICE =
  /\b(?:(?:not|against|avoid\w*|reconsider\w*|defer\w*)\s+(?:all\s+|any\s+)?(?:(?:non-?essential|but essential|unnecessary)\s+)?travel\w*|travel (?:advi\w+|warnings?|alerts?|bans?)|advis(?:e|es|ed|ing|ory|ories)\b|warn(?:s|ed|ing|ings)?\b|caution\w*|stay away)/i;
/** A word of violence mentioned as a word: "people see the word 'kidnapping'", "the term 'massacre'". */
const AS_A_WORD = /\b(?:words?|terms?|phrases?|labels?|expressions?)\s+["'“‘]$/i;
export function namedAsHazard(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 90), at);
  if (AS_A_WORD.test(before)) return true;
  if (HAZARD_BEFORE.test(before.slice(-60))) return true;
  // (a list joins nouns: "the risk of reprisals and militants attacked the village" joins a clause, whose verb is told)
  if (HAZARD_LIST_BEFORE.test(before) && !/^(?:[a-z]+ed|struck|hit|shot|fought)\b/i.test(text.slice(at)))
    return true;
  if (BARE_REASON_BEFORE.test(before) && KINDS_AHEAD.test(text.slice(at, at + 60))) return true;
  return REASON_BEFORE.test(before) && ADVICE.test(text.slice(0, at));
}
/**
 * A kind of act given as a reason, plural and with no article ("cancelled flights to Tel Aviv, citing missile attacks",
 * "closed the border crossing because of repeated drone attacks"): a hazard, not an event.
 */
const KINDS_AHEAD =
  /^(?:[\w-]+\s+){0,2}?[\w-]*(?:attacks|strikes|shelling|bombings|bombardments|raids|kidnappings|abductions|clashes|explosions|blasts|killings|shootings|violence|fighting|unrest)\b/i;
const BARE_REASON_BEFORE =
  /\b(?:citing|because of|due to|owing to)\s+(?:(?:continued|continuing|ongoing|repeated|frequent|persistent|recent|rising|growing|daily|nightly|regular|possible|security concerns (?:and|over)|(?:the )?(?:threat|risk|fear)s? of)\s+)*(?:(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|last)\b)[a-z]+\s+)?$/;
/**
 * Words of a sentence that tell of no violence however violent they sound: politics and markets in war words, similes,
 * and weather that "pounded" or "battered" a coast. A comparison names what a thing resembled, not an event ("the show
 * felt at times less like a concert than a rally", "more like a festival than a protest").
 */
export const FIGURATIVE =
  /\b(?:price war|trade war|war of words|(?:candidates|politicians|lawmakers|legislators|MPs|senators|ministers|pundits|commentators|panellists|panelists|executives)\b[^.;]{0,40}\b(?:traded|exchanged|trading|exchanging) (?:fire|blows)\b|(?:traded|exchanged|trading|exchanging) (?:fire|blows)\b[^.;]{0,60}\b(?:debates?|interviews?|hearings?|talk shows?|press conferences?|panels?|podcasts?)\b|(?:fired|hit|shot) back\b(?=[^.;]{0,120}\b(?:calling|accusing|tweeted|in a statement|on (?:radio|television|TV|X|Twitter|Facebook)|(?:radio|television|TV) (?:studio|interview|show)|at (?:critics|(?:his|her|their) (?:critics|rivals?|opponents?)))\b)|attacked (?:the|his|her|their) (?:plan|proposal|policy|record|idea|bill|budget|decision|comments?|remarks?)|warning shot|struck a deal|struck an agreement|shot (?:up|to the top)|blamed the (?:loss|defeat|result)|political (?:attack|fire)|under fire (?:for|over)|launch(?:ed)? (?:a|the) (?:campaign|product|app|platform)|bombshell|blast from|killer app|explosive growth|protest vote|(?:sounded|looked|felt) like|(?:more|less) like (?:a|an|the) (?:[\w'’-]+ ){1,3}?than (?:a|an|the)\b|like a (?:bomb|war zone|missile|explosion)|bombard(?:ed|ing|s)? (?:[\w'’-]+ ){0,4}?with (?!(?:[\w'’-]+ ){0,3}?(?:shells|shelling|rockets|missiles|artillery|mortars?|drones|bombs|fire|gunfire|bullets|grenades|strikes)\b)|as if (?:a|an) (?:bomb|explosion)|(?:storms?|typhoons?|hurricanes?|cyclones?|tropical depressions?|winds?|gales?|rains?|downpours?|waves?|floods?|floodwaters|snowstorms?|blizzards?|tornado(?:e?s)?|(?:earth)?quakes?|tremors?|landslides?)(?! of (?:[\w-]+ )?(?:air ?strikes|strikes|rockets|missiles|shells|shelling|drones|fire|artillery|bombs|bullets|gunfire|mortars))(?: [\w'’-]+){0,4} (?:pounded|battered|hammered|lashed|bombarded|pummell?ed|ravaged)|(?:storms?|typhoons?|hurricanes?|cyclones?|winds?|gales?|gusts?|rains?|downpours?|hail(?:stones)?|waves?|surf) (?:(?:was|were|is|are|kept|had been|has been|went on)\s+)?(?:shell(?:ed|ing)|bomb(?:ed|ing)|bombard(?:ed|ing)|strafe[ds]?|strafing|machine-gunn(?:ed|ing)|pelt(?:ed|ing)|pound(?:ing)|batter(?:ing)|hammer(?:ing)|lash(?:ing)|pummell?ing|attack(?:ed|ing)|assault(?:ed|ing)))\b/i;
/** Markets "rally", "march higher" and "clash over quotas": figures and words, no crowd and no fight. */
const MARKET_CLAUSE =
  /\b(?:prices?|oil|crude|Brent|WTI|stocks?|shares?|markets?|index|indices|futures|dollar|euro|yen|sterling|currenc(?:y|ies)|bonds?|yields?|gold|equities|commodit(?:y|ies)|benchmark|barrels?|per ?cent|percent|margins?|cracks?|spreads?|diesel|gasoline|gasoil|refining|freight|rates)\b|%|[$€£]\s?\d/i;
/** People gathered: a rally of these is a demonstration whatever else the sentence tells. */
const CROWD_WORD =
  /\b(?:people|protesters|demonstrators|supporters|marchers|crowds?|thousands|hundreds|residents|students|workers|activists|members|chant\w*|placards|banners|slogans|organi[sz]ers|police)\b/i;
/**
 * A clash of words: over a policy or a bill, at a meeting or in a debate, or between members of a chamber, ministers
 * or candidates ("senators clashed for hours in the upper house over the proposal", "the candidates clashed on
 * Tuesday over drone defence in a televised debate"), or a clash of ideas figuratively ("a clash of styles", "a clash
 * of cultures"), unless they clash with the police or guards.
 */
const VERBAL_CLASH =
  /\bclash(?:ed|es)?\b(?: [\w'-]+){0,5}? over (?:the |its |their |his |her |a |an )?(?:[\w-]+ ){0,2}?(?:quotas?|output|production|polic(?:y|ies)|plans?|budgets?|prices?|tariffs?|proposals?|rules?|terms|deals?|issues?|questions?|future|handling|approach|strategy|leadership|targets?|reforms?|bills?|laws?|cuts|spending|supply|sanctions|wording|agenda|figures|rates|costs|fees|pay|wages|contracts?|market share|customers)\b|\b(?:verbal|diplomatic|political|public|heated) clash(?:es)?\b|\bclash(?:es)? of (?:the )?(?:[\w-]+ )?(?:styles|cultures|civili[sz]ations|personalities|titans|giants|heavyweights|generations|ideas|ideologies|visions|values|wills|egos|interests|opinions|views|philosophies|narratives|priorities|worldviews)\b|\bclash(?:ed|es)? (?:at|during) (?:the |a )?(?:[\w-]+ )?(?:meeting|summit|talks|debate|conference|hearing|session|press conference)\b|\bclash(?:ed|es)?\b(?! with (?:the )?(?:police|security|guards|troops|soldiers|officers|protesters|supporters))[^.;]{0,60}\b(?:in|during|at) (?:a |an |the |their |its )?(?:[\w-]+ ){0,2}(?:debates?|interviews?|hearings?|press conferences?)\b|(?<!\bof (?:[\w-]+ ){0,2})\b(?:MPs|lawmakers|legislators|deputies|senators|parliamentarians|councill?ors|ministers|politicians|delegates|candidates|contenders|presidential hopefuls)\s+(?:(?:from|of|on)\s+[^.;,]{1,40}?\s+)?(?:(?:have|had|again|repeatedly|openly)\s+)?clash(?:ed|es)?\b(?! with (?:the )?(?:police|security|guards|troops|soldiers|officers|protesters|supporters))/i;

/**
 * A trigger the sentence denies: "was not intercepted", "Neither missile was shot down", "None of the drones were
 * downed", "did not attack"; or a thing it says something is not, or does not show ("the video shows a concert, not a
 * protest", "the footage does not show a protest", "the photo does not depict an air strike"). (A negated count of
 * victims, "no one was killed in the strike", negates no trigger; nor does an act not stopped, "could not prevent an
 * attack".)
 */
const NEGATED_BEFORE =
  /(?:\b(?:not|never)|n['’]t)\s+(?:been\s+|be\s+|yet\s+)?(?:[a-z]+ly\s+)?$|(?:\b(?:not|never)|n['’]t)\s+(?:(?:show|shows|showed|shown|depict|depicts|depicted|captur(?:e|es|ed)|record(?:s|ed)?|see|saw|seen|find|found|witness(?:es|ed)?|involv(?:e|es|ed)|be|been|was|is)\s+)?(?:a|an|any)\s+(?:(?:single|real|actual|genuine)\s+)?$|\b(?:[Nn]either|[Nn]one|[Nn]o)\b(?:\s+(?:of\s+)?[\w-]+){0,5}?\s+(?:was|were|has been|have been|had been|could be|got)\s+(?:[a-z]+ly\s+)?$/;
/** An event only averted or meant to be averted: "to avoid a massacre of civilians", "prevented an attack". */
const AVERTED_BEFORE =
  /\b(?:to (?:avoid|avert|prevent|forestall|stop|deter|head off)|avoid(?:ed|ing)?|avert(?:ed|ing)?|prevent(?:ed|ing)?|forestall(?:ed|ing)?|foil(?:ed|ing)?|thwart(?:ed|ing)?)\s+(?:(?:a|an|the|any|further|more|another|possible|potential|feared)\s+){0,2}(?:[\w-]+\s+)?$/i;
/** Arms taken or found: "seized four rifles and explosive devices", "recovered a cache of …". */
const SEIZED_BEFORE =
  /\b(?:seiz(?:ed|ing)|found|finding|recover(?:ed|ing)|confiscat(?:ed|ing)|discover(?:ed|ing)|uncover(?:ed|ing)|impound(?:ed|ing)|haul of|caches? of|stockpiles? of)\b(?:[^.;]{0,60}|(?:[^.;,]{0,40},){1,4}[^.;,]{0,50})$/i;
/** Something went off: an explosion, a detonation, someone hurt. */
const WENT_OFF =
  /\b(?:explo(?:ded|sion|sions)|detonat(?:ed|ion)|went off|blew up|blasts?|killed|killing|wounded|wounding|injured|injuring|dead)\b/i;
/** Security forces marching to show presence ("a flag march through the affected areas") or in a parade hold no
 * demonstration; their veterans, retirees or families marching do. Nor does a march of soldiers' training, a test of
 * endurance ("collapsed during a 16-mile training march in the Brecon Beacons", "a loaded march", "a selection march").
 * A march the force broke up, stopped or escorted is a demonstration it met ("police broke up a march by teachers"). */
const FORCE_MARCH =
  /\b(?:flag|route|ceremonial|military|training|loaded|endurance|selection) march(?:es)?\b|\bmarch(?:ed|es)? past\b|\b(?:police|troops|soldiers|officers|personnel|forces|constabulary|army|paramilitar\w+|cadets)\s+(?:(?!(?:veterans|retirees|pensioners|widows|families|wives|mothers|broke|dispersed|dispersing|stopped|halted|blocked|banned|attacked|cleared|ended|charged|escorted|confronted|tear-?gassed)\b)[\w-]+\s+){0,3}?(?!(?:veterans|retirees|pensioners|widows|families|wives|mothers)\b)(?:march(?:es|ed|ing)?|parad(?:e|es|ed|ing))\b/i;
/**
 * A weapon tried out on a range: trials, test firings and exercises hit targets, not people; so does a weapon's test
 * told by its order or its kind ("Arrow 4 intercepts ballistic missile in first test over Mediterranean", "a successful
 * flight test"), not a test of something or one in combat ("shot down drones in the first test of NATO's air defences", "its first test
 * in combat" are acts).
 */
const WEAPON_TRIAL =
  /\b(?:mock|simulated|dummy|trials?|tested|(?:during|in) (?:the |its |their |these |those |a |an )?(?:[\w-]+ )?tests?\b(?!\s+(?:of|in (?:combat|battle|war)|under fire)\b)|test[- ]?fir\w*|firing tests?|tests? (?:launch|flight|shot)\w*|(?:first|second|third|fourth|fifth|latest|successful|maiden|flight|missile|weapons?|interceptor|interception) tests?\b(?!\s+(?:of|in (?:combat|battle|war)|under fire)\b)|live[- ]fire|exercises?|drills?|firing range|proving ground|test range|target (?:vessels?|ships?|barges?|drones?|hulks?|aircraft))\b/i;
/**
 * A launch whose only end is open water ("fired a short-range ballistic missile into the East Sea", "the missile fell
 * into the sea outside Japan's economic zone"): a weapons launch or test, not an attack, when its sentence aims it at
 * nothing ("fired two missiles at a tanker; both fell into the sea" is an attack).
 */
const INTO_WATER =
  /\b(?:into|fell in|falling in|landed in|landing in|splashed down in) (?:the )?(?:(?:[A-Z][\w-]+ ){1,2})?(?:[Ss]eas?|[Oo]cean|[Gg]ulf|waters)\b/;
const AIMED_AT = /\b(?:at|towards?|targeting|against)\s+(?:an?|the|its|their|[A-Z])/;
const EXERCISE_WORDS =
  /\b(?:exercises?|drills?|live-fire|training (?:area|ground|range)|manoeuvres|maneuvers|rehears\w+|simulated|mock|scenario|war ?games?)\b/gi;
/** A word of a drill in a sentence. */
const EXERCISE_WORD = new RegExp(EXERCISE_WORDS.source, 'i');
/** Types of an armed fight or assault a drill stages. */
const FIGHT_TYPES = new Set(['Battles', 'Violence against civilians']);
const exerciseCache = new WeakMap<Doc, boolean>();
/** A story of military drills (at least five such words, and one in every 100). */
function exerciseGenre(doc: Doc): boolean {
  const known = exerciseCache.get(doc);
  if (known !== undefined) return known;
  const text = doc.text.slice(0, 20_000);
  const n = (text.match(EXERCISE_WORDS) ?? []).length;
  const out = n >= 5 && n >= text.split(/\s+/).length / 100;
  exerciseCache.set(doc, out);
  return out;
}
const HARMED = /\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring|casualties|victims?)\b/i;
/** Armed people or a state's force named: what makes a match report's war word an event. */
const ARMED_PEOPLE =
  /\b(?:gunm[ae]n|police(?:men)?|officers|soldiers|troops|army|military|forces|convoys?|patrols?|checkpoints?|militants|attackers?|assailants?|armed|stabbed|shot)\b/i;

/** How many times something was done: "more than 200 times since October", "dozens of times". */
const TIMES_TALLY =
  /^(?:[^.;]|(?<=\b\p{Lu})\.|\.(?=\S)){0,80}?\b(?<!\b(?:fired|shot|stabbed) (?:(?:him|her|them) )?(?:at least |more than |as many as |up to )?)(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|hundreds of|scores of|thousands of) times\b(?! (?:as|more|less|higher|lower|larger|bigger|greater|faster)\b)/iu;
/** Contraband seized: drugs, smuggled or counterfeit goods, cash. */
const CONTRABAND_SEIZED =
  /\b(?:seiz(?:ed|ing|ure of)|confiscat\w+|impound\w*|recover(?:ed|ing)|found)\b[^.;]{0,60}\b(?:cocaine|heroin|cannabis|marijuana|methamphetamine|meth|drugs|narcotics|opium|hashish|contraband|counterfeit|cigarettes|alcohol|liquor|smuggled|cash)\b/i;
/** Companies, investors and courts clash over patents and bids, never with arms. */
const BUSINESS_CLASH =
  /\b(?:companies|firms|rivals|carmakers|chipmakers|banks|lenders|insurers|shareholders|investors|executives|directors|boards?|regulators|unions|lawyers|partners)\b[^.;]{0,40}\bclash(?:ed|es|ing)?\b|\bclash(?:ed|es|ing)?\b(?: [\w'-]+){0,5}? (?:over|about|on) (?:the |its |their |a |an )?(?:[\w-]+ ){0,2}?(?:patents?|licen[cs](?:e|es|ing)|royalt(?:y|ies)|copyrights?|trademarks?|lawsuits?|mergers?|takeovers?|acquisitions?|bids?|valuations?|dividends?|stakes?|board seats?|pricing|compensation|bonuses|governance|strategy|listings?)\b/i;

/** A sentence of sport: its "bombarded", "blitz" and "shelled" are a game's unless it names a weapon or harm. */
const SPORT_WORD = new RegExp(SPORT_WORDS.source, 'i');
/**
 * A shot at goal told as a weapon: a "rocket" fired into the top corner, a "missile" past the keeper, "a pass
 * intercepted". Where it goes (a goal's net, corner, bar or keeper) or what is caught (a pass, a cross, a shot) is
 * a game's, so the weapon word in it is a figure.
 */
const GOAL_SHOT =
  /\b(?:(?:rockets?|missiles?|bullets?|thunderbolts?|screamers?|cannon ?balls?)\s+(?:(?:shot|drive|strike|effort|finish)\s+)?(?:(?:from|outside|inside|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:box|area|range|yards?|metres?)\s+)?(?:in|into|past|beyond|over|under|off|against|onto|on to|at)\s+(?:the\s+|his\s+|her\s+)?(?:(?:(?:top|bottom|far|near|right|left|[\w-]+-hand)\s+){1,2}corners?|net|goal|goalkeeper|keeper|goalie|crossbar|roof of the net|back of the net)|intercept(?:ed|s|ing)?\s+(?:a|the|his|her)\s+(?:[\w-]+\s+)?(?:pass|cross|through[- ]ball|clearance|back-?pass))\b/gi;
/** GOAL_SHOT for a test (GOAL_SHOT itself, global, replaces every shot). */
const GOAL_SHOT_AT = new RegExp(GOAL_SHOT.source, 'i');
const WEAPON_WORD =
  /\b(?:bombs?|shells|shelling|missiles?|rockets?|drones?|mortars?|artillery|grenades?|explosives?|air ?strikes?|warplanes?|air raids?|sirens)\b/i;
/** Words of a review of a film, a book or a play: the violence it tells is its story's. */
const REVIEW_WORDS =
  /\b(?:films?|movie|director|premiere[sd]?|festival|screenplay|cinematograph\w*|the camera|the audience|cast|actors?|actress|newcomer|review|feature|documentary|novels?|the book|chapters?|prose|thriller|memoir|author|readers?|publishers?|episodes?|box office|plot|protagonist|scenes?|shots? (?:of|in) the film|running time|in cinemas|on screen)\b|★/gi;
/** A clause of a work's own life: its words (REVIEW_WORDS) or its release ("published", "screened", "out now"). */
const WORK_CLAUSE = new RegExp(
  String.raw`${REVIEW_WORDS.source}|\b(?:premiered|published|released|screened|screening|debuted|opens|opened in|launch(?:es|ed)|came out|comes out|out now|hits? (?:cinemas|shelves|theatres|theaters|screens))\b`,
  'i',
);
const genreCache = new WeakMap<Doc, boolean>();
/**
 * A match report or a review (many words of the genre): its loose war words ("the bench came on and bombarded
 * them", a plot's "car bomb tears through a checkpoint") tell of no event unless the sentence names its day.
 */
function playedOrStaged(doc: Doc): boolean {
  const known = genreCache.get(doc);
  if (known !== undefined) return known;
  const text = doc.text.slice(0, 20_000);
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const words = text.split(/\s+/).length;
  const need = Math.max(6, words / 120);
  const out = count(SPORT_WORDS) >= need || count(REVIEW_WORDS) >= need;
  genreCache.set(doc, out);
  return out;
}
/**
 * Words of electoral and parliamentary politics: polls, candidates, seats, coalitions. A text dense with them is a
 * political story, where "offensive", "battleground", "attack ads" and "firing its last rounds" are figures of speech.
 */
const POLITICS_WORDS =
  /\b(?:elections?|electoral|campaign\w*|candidates?|voters?|votes?|voting|polls?|polling|ballots?|turnout|seats|constituenc\w+|manifesto|stump|canvass\w*|re-?elect\w*|incumbent|opinion surveys?|surveys?|percentage points|majority|coalition|parliament\w*|legislat\w+|party|parties|primar(?:y|ies)|debates?)\b/gi;
const politicsCache = new WeakMap<Doc, boolean>();
/** A story of elections or parliaments (at least eight such words, and three in every 120). */
export function politicsGenre(doc: Doc): boolean {
  const known = politicsCache.get(doc);
  if (known !== undefined) return known;
  const text = doc.text.slice(0, 20_000);
  const words = text.split(/\s+/).length;
  const n = (text.match(POLITICS_WORDS) ?? []).length;
  const out = n >= 8 && n >= (words / 120) * 3;
  politicsCache.set(doc, out);
  return out;
}
/** Physical evidence of violence in a sentence: someone harmed, a weapon, a blast, a fire, an arrest. */
export const PHYSICAL =
  /\b(?:killed|killing|kills|dead|died|deaths?|bodies|wounded|wounding|injured|injuring|injur(?:y|ies)|hurt|hospital\w*|casualt(?:y|ies)|shot|gunshots?|gun(?:fire|men|s)?|rifles?|pistols?|knives|knife|machetes?|stabb\w+|bomb\w*|explosi\w+|blasts?|grenades?|missiles?|rockets?|drones?|shells?|mortars?|artillery|warplanes?|jets|tear[- ]?gas|water cannons?|rubber bullets|batons?|stones|rocks|petrol bombs?|molotov\w*|fire|ablaze|torched|burn\w*|looted|looting|smashed|arrest\w*|detain\w*|abduct\w*|kidnap\w*|troops|soldiers|militants?|rebels?|police)\b/i;

/**
 * A scene of words the trigger's clause is set in: a debate, a broadcast, a hearing or a chamber's sitting ("traded fire
 * in Sunday's televised debate", "came under attack during the committee session").
 */
const SPEECH_SCENE =
  /\b(?:in|during|at|on)\s+(?:[\w'’-]+\s+){1,4}?(?:debates?|discussions?|talk[- ]shows?|panels?|town halls?|broadcasts?|hearings?|sessions?|sittings?|studios?|phone-?ins?)\b/i;
/**
 * War words told of a scene of words, with nothing physical in the sentence besides them: a figure of speech.
 */
function wordsOnly(text: string, at: number, trigLen: number): boolean {
  if (!SPEECH_SCENE.test(clauseAround(text, at, trigLen))) return false;
  return !PHYSICAL.test(text.slice(0, at) + ' '.repeat(trigLen) + text.slice(at + trigLen));
}

/** A trigger inside a short quoted label ("a "final-week offensive"", an "ambush interview"): a name, not an event. */
function inLabel(text: string, at: number, len: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
  if (open < 0) return false;
  const inside = before.slice(open + 1);
  if (/["”]/.test(inside)) return false;
  const after = text.slice(at + len, at + len + 40);
  const close = after.search(/["”]/);
  if (close < 0) return false;
  // (what a side called "precision strikes" on a depot: the label of a strike told with its target)
  // ("an "ambush interview" on a radio station": the event word names something else)
  if (
    !after.slice(0, close).trim() &&
    /^["”]\s*(?:on|against|at|near|in)\s+(?:the|a|an|two|three|several|\p{Lu}[\w-]*['’]s)\b/u.test(
      after.slice(close),
    )
  )
    return false;
  // (a verb the writer keeps at a distance, followed by what it was done to: claimed its troops had "liberated" the
  // village of X; the event is told, only its word is the side's)
  if (
    !inside.trim() &&
    !after.slice(0, close).trim() &&
    /^[a-z]+ed$/.test(text.slice(at, at + len)) &&
    /^["”]\s*(?:the|a|an|two|three|several|\d+|\p{Lu}[\p{L}-]+)\b/u.test(after.slice(close))
  )
    return false;
  // (an arrest quoted from its verb with those arrested, said security services had "arrested about forty suspects":
  // the speaker's words for the act, not a name for it)
  if (!inside.trim() && /^(?:arrested|detained|apprehended|rounded up)\s+\S/i.test(text.slice(at, at + len)))
    return false;
  const label = `${inside}${text.slice(at, at + len)}${after.slice(0, close)}`;
  return label.split(/\s+/).filter(Boolean).length <= 4 && !/[.!?,;]$/.test(label.trim());
}

/** An election campaign's words: its rallies are a candidate's, not a protest. */
const CAMPAIGN =
  /\b(?:(?:election|electoral|re-?election|leadership|presidential|mayoral) (?:campaign|race|rall(?:y|ies)|bids?)|campaign (?:trail|rall(?:y|ies)|stops?|events?)|(?:his|her|their|the) (?:(?:party|party's|own|election|electoral|re-?election) )?campaign|(?:kick(?:s|ed|ing)? off|launch(?:es|ed|ing)?|open(?:s|ed|ing)?|end(?:s|ed|ing)?|wrap(?:s|ped|ping)? up|clos(?:e|es|ed|ing)) (?:(?:his|her|their|its|the) )?(?:(?:party's|election|electoral|re-?election|presidential|final) )?campaign|candidates?|voters|stump speech|(?:party|[Oo]pposition|Conservative|Liberal|Labour|Democratic|Republican|Green|NDP) [Ll]eaders?|canvass\w*|polling day|election day)\b/;
/**
 * Why a crowd gathers when it is not to protest: to mourn, pray, remember or celebrate ("a candlelit vigil in his
 * memory").
 */
const GATHERING_FRAME =
  /\b(?:funerals?|mourn\w*|coffins?|caskets?|burials?|condolences?|pray(?:ed|ers?|ing)|memorials?|commemorat\w*|anniversar(?:y|ies)|celebrat\w*|festivals?|festivities|carnivals?|fans|supporters|pilgrim\w*|worshipp\w+|jubilee|weddings?|graduat\w+|fireworks|tributes?|candlel(?:ight|it)|vigils?|in (?:his|her|their) memory|in memory of|wreaths?|parades?)\b/i;
/** What a kind of act, as a plural subject, has become or is: "… have become the deadliest weapon", "… are now the". */
const GENERIC_KIND_AFTER =
  /^\s+(?:(?:have|has)\s+(?:now\s+)?(?:become|grown|risen|increased|multiplied|fallen|declined|remained|been (?:the|a|an|one))|are\s+(?:now\s+|increasingly\s+|still\s+)?(?:the|a|an|one|common|frequent|rare|routine|responsible|becoming)|(?:now|increasingly)\s+(?:account|kill|cause|make)|account for)\b/i;
/**
 * A feast, a pilgrimage or worship: its crowds gather to worship or celebrate, whatever story tells them ("Parishes
 * held services and vigils of thanksgiving", "Mosques held vigils through the night").
 */
const FEAST =
  /\b(?:pilgrim\w*|worshipp\w+|festivals?|festivities|carnivals?|weddings?|fireworks|feast days?|processions? of (?:the|saint|St)\b|(?:church|religious|prayer|worship|thanksgiving|requiem|midnight|Easter|Christmas) services?|(?:held|hold|holds|holding|celebrated|attended) (?:special |open-air )?(?:services|masses)\b|(?:churches|mosques|temples|synagogues|parishes|congregations)\b[^.;]{0,60}\b(?:held|hold|holding)\b[^.;]{0,20}\bvigils?\b)/i;
/** The scene of a disaster: people trapped or missing, rescuers digging, a collapse or a flood. */
const DISASTER_SCENE =
  /\b(?:trapped|rescuers|rescue (?:teams?|workers|operations?|efforts?)|search and rescue|rock ?falls?|landslides?|mudslides?|floodwaters|earthquakes?|rubble|(?:missing|trapped) (?:miners|fishermen|passengers|climbers|workers))\b/i;
/** Kinds of story whose crowds gather to mourn, remember or celebrate, not to protest. */
const GATHERING_KINDS = new Set<Genre>(['obituary', 'anniversary', 'sport', 'accident', 'drill']);
/** What makes a gathering a protest: a grievance, a demand, a target, or the force that met it. */
const GRIEVANCE_WORD =
  /\b(?:against|protest\w*|demonstrators?|demand\w*|call(?:s|ed|ing)? for|condemn\w*|denounc\w*|oppos(?:e|ed|es|ing)|justice|solidarity|accountab\w+|resign\w*|boycott\w*|anger|angry|outrage\w*|furious|grievances?|petition\w*|tear gas|dispersed|riot\w*|crackdown|impunity)\b/i;
/** What a crowd shows, which makes its gathering look like a protest without telling why it gathered. */
const SHOWN_WORD = /\b(?:chant\w*|placards?|signs|banners?|slogans?)\b/i;
const GRIEVANCE = new RegExp(`${GRIEVANCE_WORD.source}|${SHOWN_WORD.source}`, 'i');
/**
 * A crowd told with another end than protest: a meeting, a ballot's result read out, cheering runners or players, a
 * charity walk ("pilots gathered with banners at the union's headquarters for a meeting on pay", "nurses gathered
 * outside the college's office, some holding banners, as the result was read out", "crowds gathered at the Brandenburg
 * Gate, waving flags and banners for their friends and family", "supporters gathered in the square, chanting the names
 * of the players").
 */
const OTHER_END =
  /\bfor (?:a|an|the|their|its) (?:[\w'’-]+ ){0,2}?(?:meeting|conference|congress|general assembly|ballot|vote|count|announcement|ceremony|concert|match|game|race|(?:half-)?marathon|fun run|briefing)\b|\bas (?:the|a|its|their) (?:[\w'’-]+ ){0,2}?(?:results?|outcome|count|tally|winners?|score)\b[^.;]{0,40}?\b(?:was|were|is|are) (?:read out|announced|declared|revealed|confirmed)\b|\bto (?:hear|watch|cheer(?: on)?|greet|welcome|celebrate|congratulate|applaud) (?:the|their|a|an|his|her)\b|\b(?:cheer(?:ed|ing)(?: on)?|(?:flags|banners|placards|signs) for) (?:their|the) (?:friends|famil(?:y|ies)|loved ones|relatives|team|heroes|runners|players|champions)\b|\bchanting (?:the )?names? of (?:the )?(?:players|team|club|champions|winners|their (?:heroes|team|idols?|club))\b|\b(?:charity|sponsored|memory|fun) (?:walk|run|ride|march)\b|\bfund-?rais\w+|\b(?:to raise|rais(?:ed|ing)) (?:(?:more than|over|about|nearly|some|almost) )?(?:money|funds|[£$€]\s?\d)/i;
const OTHER_END_ALL = new RegExp(OTHER_END.source, 'gi');
/**
 * A story, by its headline and lead (its first four paragraphs), of a festival, a pilgrimage or a charity walk
 * ("completed a 100-mile march …, raising more than £20,000 for a veterans' charity").
 */
const OTHER_END_STORY =
  /\b(?:pilgrim\w*|festivals?|carnivals?|(?:charity|sponsored|memory|fun) (?:walks?|runs?|rides?|marches)|(?:walk|march|run|ride|cycl)\w* for (?:a |the )?(?:[\w'’-]+ ){1,2}?(?:charity|appeal|fund)|(?:to raise|rais(?:ed|ing)) (?:(?:more than|over|about|nearly|some|almost) )?(?:money|funds|millions|thousands|[£$€]\s?\d))/i;
/** A protest said not to have happened: "no protest was planned", "without any demonstration". */
const NO_PROTEST_SAID =
  /\b(?:no|not|nor|never|without)\s+(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?)\b/gi;
const AGAINST_SOMETHING =
  /\b(?:against|protest\w*|demonstrat\w+|demand\w*|chant\w*|placards|police|tear gas|dispersed|riot\w*|condemn\w*|denounc\w*|oppos(?:e|ed|ing) the|call(?:ed|ing)? for|step down|resign\w*)\b/i;
/**
 * A rally a leader speaks to ("addressed a rally of supporters", "told a rally in Kano", "spoke at a rally"): the
 * gathering is the speaker's own, held to hear them, not a crowd's protest, unless it is against something.
 */
const ADDRESSED_RALLY =
  /\b(?:address(?:ed|es|ing)|spoke (?:at|to|before)|speaking (?:at|to|before)|told)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?rall(?:y|ies)\b/i;
/**
 * A modal of ability, need or habit that governs a trigger in its clause ("the drone can hit targets 300 km away",
 * "air defences are able to intercept drones", "the shelling must stop", "rebels used to shell the town"): what a
 * weapon or a side can, must or used to do tells of no act.
 */
const ABILITY_BEFORE =
  /\b(?:can(?:not)?|can['’]t|could not|couldn['’]t|must|should|ought to|needs? to|has to|have to|(?:is|are|was|were|be) (?:now |still |not )?(?:able|unable|designed|built|equipped|meant|intended|used|ready|set) to|capable of|the ability to|capacity to|used to|in order to|so as to|(?:lets?|allows?|enables?) (?:players|gamers|users|viewers|readers|you)(?: to)?)\s+(?:(?!(?:that|which|who|after|when|while|because|before|as)\b)[\w'’-]+\s+){0,4}$/i;
/** A modal right after a trigger noun: "the shelling must stop", "an air strike would flood the valley". */
const ABILITY_AFTER =
  /^[^.;,]{0,20}?\s(?:must|should|can(?:not)?|can['’]t|would|will|could|might|may)\s+(?!(?:not\s+)?(?:be|have|been)\b)/i;
/**
 * The trigger denied by a determiner or a denial: "No shelling was reported", "there were no reports of air
 * strikes", "denied that its jets had bombed the village", "dismissed rumours that gunmen had attacked a school",
 * "denies shelling border villages", "denied carrying out any attack" (a toll denied, "no one was killed in the
 * strike", denies no strike; nor does a denial of a definite act, "denied carrying out the attack that killed five",
 * which presupposes the attack and denies only who did it).
 */
const DENIED_BEFORE =
  /\b(?:no|zero)\s+(?:(?:reports?|signs?|evidence|word|news|claims?|confirmation|indication)\s+(?:of\s+)?)?(?:(?:further|new|more|major|heavy|fresh|other|such)\s+)?$|\b(?:den(?:y|ies|ied|ying)\s+(?:(?:the\s+)?(?:reports?|claims?|allegations?|accusations?|rumou?rs?)\s+)?|(?:dismiss|reject|refut|debunk)\w*\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:reports?|claims?|allegations?|accusations?|rumou?rs?|suggestions?)\s+))that\b(?:(?!\bbut\b)[^.;]){0,60}$|\bden(?:y|ies|ied|ying)\s+(?:(?:carrying out|conducting|launching|staging|ordering|having)\s+)?(?:(?:an?|any)\s+)?(?:(?!(?:the|this|that|these|those|its|their|his|her|last)\b)[\w-]+\s+)?$/i;
/**
 * A report the sentence calls false: "reports that a bomb exploded near the market were false", "rumours of an attack
 * on the school proved baseless" (what was reported did not happen).
 */
const REPORTED_BEFORE =
  /\b(?:reports?|rumou?rs?|claims?|allegations?|accounts?|stories|posts?)\s+(?:that|of)\b[^.;]{0,80}$/i;
const FALSE_AFTER =
  /^[^.;]{0,80}?\b(?:was|were|is|are|proved|proved to be|turned out to be)\s+(?:(?:completely|totally|entirely|simply|all)\s+)?(?:false|untrue|unfounded|baseless|fake|fabricated|groundless|a hoax|incorrect|inaccurate)\b/i;
/** A trigger noun said not to have happened: "the claimed drone strike did not happen", "the raid never took place". */
const NOT_HAPPENED_AFTER =
  /^[^.;,]{0,40}?\s(?:(?:did not|didn['’]t|never)\s+(?:happen|take place|occur)|never (?:happened|took place|occurred))\b/i;
/**
 * A trigger noun said to be possible, not done: "a strike on the dam cannot be ruled out", "an attack on the capital is
 * likely".
 */
const POSSIBLE_AFTER =
  /^[^.;,]{0,60}?\s(?:(?:cannot|can['’]t|could not|couldn['’]t|can no longer)\s+be\s+(?:ruled out|excluded)|(?:is|are|was|were|seems?|seemed|looks?|looked)\s+(?:(?:still|now|very|quite|increasingly|highly|more|less)\s+)?(?:possible|likely|unlikely|imminent|inevitable|probable)\b)/i;
/**
 * A trigger told as a kind of thing, not as an act: every or each of it ("every air strike kills civilians"), or it is
 * the subject of a predicate of how common, costly or lawful such acts are ("drone strikes on the capital are rare",
 * "the sound of artillery fire is part of ordinary life", "an air strike is the only way to stop the convoy").
 */
const KIND_BEFORE = /\b(?:every|each|any|no single)\s+(?:[\w-]+\s+)?$/i;
const KIND_PREDICATE =
  /^[^.;,]{0,40}?\b(?:is|are|has become|have become|remains?|seems?)\s+(?:now\s+|still\s+|increasingly\s+|also\s+)?(?:part of|an? (?:daily|nightly|constant|regular|common|familiar|everyday|routine|ever-present|near-daily|fact|feature|way|part|threat|weapon|tool|tactic|hallmark)|the (?:only|best|last|cheapest|main|preferred|weapon|tool|norm)|rare|common(?:place)?|frequent|routine|normal|unusual|uncommon|familiar|illegal|unlawful|banned|forbidden|unacceptable|expensive|costly|cheap|dangerous|effective|ineffective|difficult|hard|easy)\b/i;
/**
 * An appeal or a ban that names the trigger as a kind of act: "called for an end to the shelling of civilian areas",
 * "a ban on drone strikes", "a halt to air strikes".
 */
const APPEAL_BEFORE =
  /\b(?:an? (?:end|halt|stop|ban|moratorium|limit|limits|restrictions?)\s+(?:to|on|of)|(?:end|halt|stop|ban)(?:s|ned|ped|ping|ning|ing)?)\s+(?:(?:the|all|any|further|such)\s+)?(?:[\w-]+\s+)?$/i;
/**
 * An event banned, called off or put off: the object of such a verb ("the governor banned the Pride march", "unions
 * called off Monday's strike", "refused permission for the rally") or the subject it is said of ("the march was
 * cancelled", "with the Pride march banned again").
 */
const CALLED_OFF_BEFORE =
  /\b(?:ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|forb(?:id|ids|ade|idding)|outlaw(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?|call(?:s|ed|ing)? off|postpon(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)|(?:refus|den)\w* (?:permission|a permit|permits?|authori[sz]ation) for|cancell?ation of)\s+(?:(?:the|a|an|its|their|this|that|next|planned|any|all)\s+|[\w'’-]+['’]s?\s+){0,3}(?:[\w-]+\s+){0,2}$/i;
const CALLED_OFF_AFTER =
  /^[\w'’-]*,?\s+(?:(?:was|were|is|are|has been|have been|had been|being)\s+)?(?:(?:again|also|later|since|now|then|officially|formally|effectively)\s+)?(?:banned|prohibited|forbidden|outlawed|cancell?ed|called off|postponed|scrapped|shelved|put off)\b/i;
/**
 * An event given leave to go ahead: the object of an approval, a permit or a route agreed for it ("Police approve
 * route for Saturday's climate march", "the city granted organisers a permit for Sunday's Pride march", "authorised
 * the rally"). Leave is given before the day: the event is still to come unless the sentence tells it held.
 */
const PERMITTED_BEFORE =
  /\b(?:approv(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|(?:grant|issu)\w*\s+(?:[\w'’-]+\s+){0,2}?(?:an?\s+|the\s+)?(?:permits?|permission|licen[cs]es?|authori[sz]ation)\s+(?:for|to hold)|(?:gave|give|gives|given|giving)\s+(?:the\s+)?(?:go-ahead|green light)\s+(?:for|to))\s+(?:(?:the|a|an)\s+)?(?:(?:route|path|plans?|request|application|date|timing)\s+(?:for|of)\s+)?(?:(?:the|a|an|its|their|this|that|next|planned)\s+|[\w'’-]+['’]s?\s+){1,2}(?:[\w-]+\s+){0,2}$/i;
/** The crowd came all the same: "the banned march went ahead", "thousands defied the ban", "those who gathered". */
const HELD_ANYWAY =
  /\b(?:went ahead|go(?:es)? ahead|defi(?:ed|ant|ance)|defying|anyway|regardless|all the same|despite the ban|marched|gathered|took to the streets|turned out|dispers\w+|tear ?gas|arrest\w*|detain\w*)\b/i;
/**
 * Weapons as things owned, made, traded or shown: "the drone carries four guided bombs", "supplied Shahed drones",
 * "a stockpile of glide bombs". Only a trigger that is the weapon's name alone is read this way.
 */
const ARMS_HELD_BEFORE =
  /\b(?:carr(?:y|ies|ied|ying)|armed with|equipped with|fitted with|suppl(?:y|ies|ied|ying)|supply of|deliver(?:s|ed|ing)?|deliver(?:y|ies) of|produc(?:e|es|ed|ing|tion of)|manufactur\w+|mak(?:e|es|ing)|build(?:s|ing)?|assembl(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas\w+|order(?:s|ed)?|acquir\w+|receiv(?:e|es|ed|ing)|stockpil\w+|develop\w*|export\w*|import\w*|sell(?:s|ing)?|sold|shipments? of|transfers? of|stocks? of|arsenals? of|range of|display\w*|unveil\w*|showcas\w*|exhibit\w*|fleet of|version of|variant of|copies of|kinds? of|types? of)\b(?:(?!\b(?:by|was|were|killed|wounded|injured|hit|struck)\b)[^.;,]){0,50}$/i;
/**
 * A head noun right after a one-word trigger noun, which it only modifies: "the interception battle", "a strike
 * capability", "the shelling season" (what the compound names is a contest, a means or a time, no act).
 */
const MODIFIED_HEAD_AFTER =
  /^\s+(?:battles?|wars?|race|contests?|capabilit(?:y|ies)|capacity|doctrines?|strateg(?:y|ies)|technolog(?:y|ies)|programmes?|programs?|budgets?|costs?|arithmetic|gaps?|shortages?|umbrella|shield|layers?|season|calculus|playbook|packages?)\b/i;
/** A weapon that is the reader's or a player's: "save your grenades", "upgrade your drones". */
const YOURS_BEFORE = /\byour\s+(?:[\w-]+\s+){0,2}$/i;
/**
 * A weapon's name told as taken, found or handed over after it: "mortar rounds and rifles were seized in the raid", or
 * as a headline does with no verb before it, "IED found near school in Maiduguri" (not one that then went off).
 */
const ARMS_HELD_AFTER =
  /^[^.;]{0,60}?\b(?:were|was|had been|have been|has been|are|is)\s+(?:also\s+)?(?:seized|found|recovered|confiscated|discovered|impounded|handed (?:over|in)|surrendered|supplied|delivered|sold|bought|shipped|displayed|shown|stored|stockpiled|kept|hidden)\b|^\s+(?:seized|found|recovered|discovered|uncovered|defused|dismantled|made safe)\b(?![^.;]{0,80}\b(?:exploded|went off|detonated|blew up|explosion|blast)\b)/i;
/**
 * Sides that blame each other, and a trend told of a kind of act: "both sides accuse each other of shelling the
 * plant", "rocket fire from the coast has slowed".
 */
const MUTUAL_BLAME_BEFORE =
  /\b(?:accus\w*|blam\w*)\s+(?:each other|one another)\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}$/i;
const TREND_AFTER =
  /^[^.;,]{0,40}?\b(?:has|have)\s+(?:\w+ly\s+)?(?:slowed|eased|increased|intensified|decreased|fallen|risen|declined|dropped|grown|subsided|abated|picked up|become (?:more|less|rarer))\b/i;
/** A trigger that is only a weapon's name ("guided bombs", "the Shahed drone"): no verb of an act in it. */
const WEAPON_NAME_ONLY =
  /^(?:[\w-]+\s+){0,2}(?:(?:mortar|artillery|tank) (?:rounds?|shells?)|drones?|UAVs?|Shaheds?|Gerans?|loitering munitions?|glide bombs?|guided (?:aerial )?bombs?|aerial bombs?|KABs?|FAB-\d+|barrel bombs?|missiles?|rockets?|shells?|mortars?|grenades?|landmines?|land mines?|IEDs?|improvised explosive devices?|explosive devices?|car bombs?|roadside bombs?)$/i;
/**
 * A weapon described by what it does, in the present simple or the perfect, in a relative clause or as the subject:
 * "new systems that shoot down missiles more cheaply", "artillery that shells the rebel positions", "the interceptor,
 * which has downed more than 90 per cent of the missiles it has faced", "the air defence system intercepts cruise
 * missiles at altitudes of up to 20 km".
 */
const PRESENT_ACT =
  /^(?:intercepts|intercept|shoots? down|downs|shells|hits|strikes|fires|pounds|bombs|targets)\b/i;
const WEAPON_NOUN =
  '(?:systems?|batter(?:y|ies)|interceptors?|launchers?|guns?|howitzers?|artillery|cannons?|lasers?|jammers?|radars?|missiles?|rockets?|drones?|UAVs?|jets?|aircraft|warplanes?|frigates?|destroyers?|ships?|defen[cs]es?|weapons?|units?|crews?|gunners?|Dome|Patriots?)';
const WEAPON_HEAD = new RegExp(String.raw`\b${WEAPON_NOUN}\s*,?\s*(?:(?:that|which)\s+)?$`, 'i');
/**
 * A weapon described by its record, in a relative clause in the perfect: "NASAMS systems, which have shot down Russian
 * cruise missiles over Kyiv" (with no day or night of its own: "a battery that has downed two drones overnight" is
 * the night's).
 */
const WEAPON_RECORD_BEFORE = new RegExp(
  String.raw`\b${WEAPON_NOUN}\s*,?\s*(?:that|which)\s+(?:has|have)\s+(?:(?:\w+ly|also|already)\s+)?$`,
  'i',
);
/**
 * A weapon or its crew named by what it did, in a relative clause of the past or the perfect: "the system that downed
 * hundreds of Russian cruise missiles over Kyiv", "pilots who have shot down Russian cruise missiles and drones" (a
 * weapon on sale or a pilot at an air show introduced by their record; with no day or night of their own: "the crews
 * who shot down 12 drones overnight" are the night's).
 */
const RECORD_HOLDER_BEFORE = new RegExp(
  String.raw`\b(?:${WEAPON_NOUN}|pilots?|aces?|squadrons?)\s*,?\s*(?:that|which|who)\s+(?:(?:has|have)\s+)?(?:(?:\w+ly|also|already|once)\s+)?$`,
  'i',
);
/**
 * A weapon or a force as the subject of the perfect, with a bare plural for what it downed (no count, no article): a
 * record of what it can do, not an act of a day ("Patriot batteries have shot down Russian Kinzhal hypersonic missiles
 * over Kyiv, a feat …"; "have shot down 25 of the 30 drones" counts one night's).
 */
const RECORD_SUBJECT_BEFORE = new RegExp(
  String.raw`\b${WEAPON_NOUN}\s+(?:(?:has|have)\s+)(?:(?:also|already|repeatedly)\s+)?$`,
  'i',
);
const BARE_PLURAL_AFTER =
  /^(?:(?:shot|brought|taken) down|downed|intercepted|destroyed)(?:\s+(?!(?:the|a|an|its|their|his|her|some|several|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores|all|both|most|many|more|about|at|nearly|over|up)\b)[\p{L}-]+){0,3}\s+(?:drones|missiles|rockets|jets|aircraft|planes|helicopters|projectiles|warheads)\b/iu;
/** A time of the report's days told with an act: a day, "overnight", "this morning", "this week". */
const NOW_WORDS =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|overnight|today|tonight|this (?:morning|afternoon|evening|week)|last night|at dawn|before dawn)\b/;
/** A share of weapons downed: "intercepts about 90 percent of rockets", "downed more than 90 per cent of". */
const INTERCEPT_RATE =
  /\b(?:\d+|ninety|eighty|seventy) ?(?:per ?cent|%)|\bpercent of\b|\b(?:most|a (?:third|quarter|fraction)|half) of (?:the |all )?(?:[\w-]+ )?(?:drones|missiles|rockets|projectiles)\b/i;
/**
 * A perfect of experience, of a tally or of a span, told with no time: "batteries have shot down such missiles
 * before", "jamming has downed hundreds of drones along the front", "destroyers have intercepted missiles in the Red
 * Sea for two years".
 */
const PERFECT_PATTERN =
  /\b(?:has|have)\s+(?:\w+ly\s+)?(?:also\s+)?(?:been\s+)?(?:shot down|downed|intercepted|destroyed|launched|fired|struck|hit|shelled|bombed|pounded|carried out|conducted)\b(?:[^.;]{0,40}\b(?:hundreds|thousands|scores|dozens) of\b|[^.;,]{0,60}\b(?:before|previously|in the past)(?=\s*[,.;]|$)|[^.;,]{0,60}\bfor (?:the (?:past|last) )?(?:nearly |almost |more than |over )?(?:(?:a|one|two|three|four|five|six|several|many|\d+) )?(?:weeks|months|years|decades|year|decade)\b)/i;
/**
 * The perfect with a loose count and no time of a day or a night: "the FLA says it has shot down several Malian drones"
 * is a tally of a campaign ("has shot down several drones over Kyiv overnight" is the night's, and "have shelled
 * several villages, killing two" tells who was harmed in one attack).
 */
const PERFECT_LOOSE_COUNT =
  /\b(?:has|have)\s+(?:\w+ly\s+)?(?:also\s+)?(?:been\s+)?(?:shot down|downed|intercepted|destroyed|struck|hit|shelled|bombed|pounded)\b[^.;]{0,40}\b(?:several|many|numerous|multiple|a number of)\b/i;
/** A definite determiner right before a trigger: "the 63 people", "those", "all the". */
const DEFINITE_BEFORE = /\b(?:the|those|these|all(?: the)?|its|their)\s+$/i;
/**
 * A finite verb right after a participle that ends a noun phrase, as its predicate: "… detained would be", "… arrested
 * were released", "… abducted remain missing" (with a short phrase of place or time between them).
 */
const REDUCED_RELATIVE_AFTER =
  /^(?:\s+(?:on|in|at|during|after|since|over|near|from|by)\s[^.;,]{1,40}?)?,?\s+(?:would|will|were|are|was|is|have|had|has|remain(?:s|ed)?|include[sd]?|face[sd]?|could|must|should|may|might|appeared|spent|stood|went|got)\b/i;
/** People, then a relative pronoun, then its clause in the past perfect: "three women whom the attackers had". */
const PEOPLE_RELATIVE_BEFORE =
  /\b(?:men|women|people|persons|children|girls|boys|villagers|passengers|students|pupils|workers|hostages|captives|residents|farmers|civilians)\s+(?:whom|who|that)\s+(?:[\w'’-]+\s+){0,4}?had\s+(?:(?:been|earlier|previously|already)\s+)?$/i;
/**
 * A clock time glossed by the event it marks, the way a commemoration keeps its hour: "at 8:46 a.m., the moment the
 * first plane struck", "at 11:08 p.m., the minute the bomb went off". The event is named to say what the time is.
 */
const TIME_OF_EVENT_BEFORE =
  /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|hours|GMT|local time)?,\s+(?:the|that)\s+(?:exact\s+|very\s+)?(?:moment|hour|minute|second|time|instant)\s+(?:when\s+|that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;
/**
 * A copula with a pronoun subject right before a trigger noun: "it is a massacre", "this was not an ambush", "what
 * happened was an attack".
 */
const COPULA_BEFORE =
  /\b(?:it|this|that|what (?:happened|we saw|took place))\s+(?:is|was|['’]s)\s+(?:not\s+|nothing (?:less|more|short) than\s+|simply\s+|clearly\s+|just\s+)?(?:an?|the)\s+(?:[\w-]+\s+)?$/i;
/**
 * A comparison that holds the trigger: what something was, felt or sounded like ("it was like the hills were shelling
 * us", "felt as though someone was bombing the street"), or an indefinite likeness ("roared like an artillery barrage").
 * The clause of the comparison ends at a conjunction of time or cause ("it was like a war zone after the strike"); a
 * likeness to a time of violence is one too ("a storm leaves Odesa 'looking like after shelling'", "it looks like after
 * a missile attack").
 */
const SIMILE_BEFORE =
  /(?:\b(?:is|was|were|are|been|feels?|felt|sounds?|sounded|looks?|looked|looking)\s+(?:just\s+|almost\s+|exactly\s+)?like|\bas (?:if|though))\s+(?:(?!\b(?:after|when|before|since|following|because|until|while|as)\b)[^.;:!?,—–]){0,70}$|\blike (?:an?|some)\s+(?:[\w-]+\s+)?$|\blike (?:after|during) (?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$/i;
/**
 * A name given to an act told elsewhere: "called the strike a massacre", "described the shooting as an assassination"
 * (the act named is the object, told in its own words; "called in an air strike" and "called for a march" name no
 * label; nor does "called it a kidnapping", where the name may be the only telling of the act).
 */
const NAMING_BEFORE =
  /\b(?:call(?:s|ed|ing)?|term(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?)\s+(?!(?:in|for|off|up|on|out|back)\b)(?:(?:(?:the|its|their|his|her|this|that|[\w-]+['’]s)\s+)?(?:(?!(?:an?|the|it|them|after|before|when|while|to|for|in|on|at|as|by|with|from)\b)[\w'’-]+\s+){1,4})["'“‘]?(?:an?|the)\s+(?:[\w-]+\s+){0,2}$|\b(?:describ(?:e|es|ed|ing)|characteri[sz](?:e|es|ed|ing))\s+(?:(?:(?:the|its|their|his|her|this|that|[\w-]+['’]s)\s+)?(?:(?!(?:an?|the|it|them|after|before|when|while|to|for|in|on|at|as|by|with|from)\b)[\w'’-]+\s+){1,4})as\s+["'“‘]?(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$/i;
/**
 * A perfect of experience with no time: the act done before now, at no time of its own ("the village has been raided
 * before", "the group has previously attacked convoys", "gunmen have struck the market in the past").
 */
const EXPERIENCE_BEFORE = /\b(?:has|have)\s+(?:previously|before)\s+(?:been\s+)?$/i;
const EXPERIENCE_PERFECT_BEFORE = /\b(?:has|have)\s+(?:(?:also|long)\s+)?(?:been\s+)?$/i;
const EXPERIENCE_AFTER = /^[^.;,]{0,60}?\b(?:before|previously|in the past|in years past)(?=\s*(?:[,.;]|$))/i;
/**
 * A feeling told in words of violence: "many fighters feel ambushed by promises", "residents felt under siege" (how
 * someone feels is no act done to them).
 */
const FEELING_BEFORE =
  /\b(?:feel|feels|felt|feeling)\s+(?:(?:so|very|really|somewhat|increasingly|completely|totally|a little|a bit|almost|as though they were|as if they were)\s+)?(?:under\s+)?$/i;
/**
 * A part taken in a war, told of a life: "fought in the government's "all-out war" against MILF camps", "had fought in
 * the civil war" (a war is no one event, and its fighters' past is no fight of a day).
 */
const FOUGHT_IN_WAR =
  /^fought in\s+(?:(?:the|a|an|both|two|three|several|many|[\w'’-]+['’]s?)\s+)?(?:["“'‘]?[\w'’-]+["”'’]?\s+){0,3}?(?:wars?|conflicts?|insurgenc(?:y|ies)|revolution|resistance|jihad|uprisings?|rebellions?)\b/i;
/**
 * A career, a life or a war told as the span in which someone did the act: "paid tribute to a career in which he shot
 * down dozens of Russian cruise missiles" (the act is the span's record, of no day).
 */
const SPAN_IN_WHICH_BEFORE =
  /\b(?:career|life|lifetime|service|tours?|war|wars|years)\s+(?:in|during)\s+which\s+(?:he|she|they|it|the\s+[\w-]+)\s+(?:had\s+)?(?:(?:also|personally|reportedly)\s+)?$/i;
/**
 * A war as the only time of an act: "His Mirage jets shot down several aircraft in the war", "struck convoys during that
 * war" (a life's deeds of a past war, of no day; "the deadliest strike of the war" or a day told with it is news).
 */
const IN_A_WAR_AFTER =
  /^[^.;,]{0,50}?\b(?:in|during|throughout)\s+(?:the|that|this)\s+(?:(?:\d{4}|[\w'’-]+)\s+){0,2}?(?:war|conflict)\b(?![\w'’-]|\s+zones?\b)/i;
const RANKED_IN_CLAUSE =
  /\b(?:deadliest|worst|largest|biggest|heaviest|bloodiest|first|latest|last|most\s+\w+|since)\b/i;
/**
 * A place named by the weapon that went off or fell there, in a clause of "where": "laying red carnations where the
 * bombs went off", "the spot where the missile struck" (the event is known to the reader and told elsewhere, if at all;
 * "where the shell landed on Tuesday" has a day of its own).
 */
const WHERE_IT_FELL_BEFORE = /\bwhere\s+(?:the|a|an|its|their)\s+$/i;
const WEAPON_FELL =
  /^(?:[\w-]+\s+)?(?:bombs?|blasts?|explosions?|missiles?|shells?|rockets?|drones?|grenades?|devices?|mines?)\s+(?:went off|exploded|detonated|struck|hit|fell|landed|crashed)$/i;
/** A former habit: "where they once ambushed convoys", "gunmen who formerly raided the valley". */
const FORMERLY_BEFORE = /\b(?:once|formerly|in the old days)\s+$/i;
/**
 * What "you" do, in the present: a player's missions, a reader's steps, anyone's lot ("across twelve missions you escort
 * convoys, raid a compound, defuse a car bomb", "you hear the sirens, then the shelling starts"): no act of a day.
 */
const YOU_DO_BEFORE =
  /\byou\s+(?:(?:can|must|will|get to|have to|need to|then|also|first|now|just)\s+)?(?!(?:were|was|had|did|know|see|saw|mean|remember|think|the|an?|all|guys)\b)[a-z]+(?<!ed)\b(?:(?!\b(?:they|he|she|we|it|I|who|which|that|said|says|told|when|after)\b)[^.;!?"“”]){0,80}$/;
/** A sentence of running text (it ends with a stop and has at least eight words): no headline or heading. */
const bodySentence = (text: string) =>
  /[.!?]["”’']?\s*$/.test(text.trim()) && text.trim().split(/\s+/).length >= 8;

/**
 * The act a trigger names is not told as an event in its clause: a modal of ability or need governs it, it is denied,
 * it is told as a kind of act (every strike, strikes that are rare, a ban on strikes), a weapon's name is only held,
 * made or traded, a weapon is described by what it does in the present simple or the perfect, the act is a figure
 * (what something was like) or a label given to an act told elsewhere, or it was done before now at no time of its own.
 */
export function untoldAct(text: string, at: number, trigLen: number, trig: Trigger): string | null {
  const before = text.slice(Math.max(0, at - 90), at);
  const told = text.slice(at, at + trigLen);
  const after = text.slice(at + trigLen);
  const heads = [at];
  for (let p = at + 1; p < at + trigLen; p++) if (text[p - 1] === ' ') heads.push(p);
  if (heads.some((p) => ABILITY_BEFORE.test(text.slice(Math.max(0, at - 90), p)))) return 'ability';
  // (a verb of the act, "shelled", "struck", "intercepts", is no noun a modal or a predicate can follow)
  const nominal = !/^(?:[a-z]+ed|struck|hit|shot|fought)\b/i.test(told) && !PRESENT_ACT.test(told);
  if (nominal && ABILITY_AFTER.test(after)) return 'ability';
  if (DENIED_BEFORE.test(before) || (REPORTED_BEFORE.test(before) && FALSE_AFTER.test(after)))
    return 'denied';
  if (nominal && NOT_HAPPENED_AFTER.test(after)) return 'denied';
  if (nominal && POSSIBLE_AFTER.test(after)) return 'ability';
  if (KIND_BEFORE.test(before) || (nominal && KIND_PREDICATE.test(after))) return 'kind';
  if (APPEAL_BEFORE.test(before)) return 'appeal';
  if (
    nominal &&
    (CALLED_OFF_BEFORE.test(before) || CALLED_OFF_AFTER.test(after) || PERMITTED_BEFORE.test(before)) &&
    !HELD_ANYWAY.test(text)
  )
    return 'called off';
  if (
    WEAPON_NAME_ONLY.test(told) &&
    (ARMS_HELD_BEFORE.test(before) || YOURS_BEFORE.test(before) || ARMS_HELD_AFTER.test(after))
  )
    return 'held';
  if (MUTUAL_BLAME_BEFORE.test(before)) return 'denied';
  // people described by what was done to them, as the subject of another verb: "the 63 people detained would be
  // brought before a judge", "those arrested have been released" (the act is told elsewhere, if at all)
  if (
    /^(?:[^.;,]*\s)?[a-z]+ed$/.test(told) &&
    !/\b(?:was|were|had|have|has|been|being)\b/i.test(told) &&
    DEFINITE_BEFORE.test(before) &&
    REDUCED_RELATIVE_AFTER.test(after)
  )
    return 'described';
  // a participle that names people by what was done to them ("to demand the release of the arrested men")
  if (
    DEFINITE_BEFORE.test(before) &&
    /^[a-z]+ed\s+(?:[\w-]+\s+)?(?:men|women|people|persons|protesters|demonstrators|activists|students|suspects|members|leaders|villagers|children|girls|boys|journalists|workers|fishermen|hostages|passengers|soldiers|civilians)$/i.test(
      told,
    )
  )
    return 'described';
  // an act told in a relative clause of the people it was done to, in the past perfect ("freed three women whom the
  // attackers had abducted"): an earlier act, told to say who the people are
  if (PEOPLE_RELATIVE_BEFORE.test(before)) return 'described';
  // an event named as what something else is ("it is a massacre of civilians, not an operation"): a judgement of an
  // act told elsewhere
  if (nominal && COPULA_BEFORE.test(before)) return 'kind';
  if (nominal && /^[\p{L}-]+$/u.test(told) && MODIFIED_HEAD_AFTER.test(after)) return 'kind';
  if (TIME_OF_EVENT_BEFORE.test(before)) return 'described';
  // a figure of speech: the act is what something was like ("it was like the mountain was shelling us")
  if (SIMILE_BEFORE.test(before) || FEELING_BEFORE.test(before)) return 'figure';
  if (FOUGHT_IN_WAR.test(text.slice(at))) return 'kind';
  if (SPAN_IN_WHICH_BEFORE.test(before)) return 'described';
  if (WHERE_IT_FELL_BEFORE.test(before) && WEAPON_FELL.test(told) && !NOW_WORDS.test(after))
    return 'described';
  if (
    IN_A_WAR_AFTER.test(after) &&
    !NOW_WORDS.test(text) &&
    !RANKED_IN_CLAUSE.test(clauseAround(text, at, trigLen))
  )
    return 'pattern';
  // a label for an act told in its own words ("called the strike a massacre")
  if (nominal && NAMING_BEFORE.test(before)) return 'label';
  // an act done before now at no time of its own ("the village has been raided before"), or a former habit
  if (
    EXPERIENCE_BEFORE.test(before) ||
    (EXPERIENCE_PERFECT_BEFORE.test(before) && EXPERIENCE_AFTER.test(after)) ||
    FORMERLY_BEFORE.test(before)
  )
    return 'pattern';
  if (YOU_DO_BEFORE.test(before)) return 'kind';
  const remote = REMOTE_SUBTYPES.has(trig.subType);
  // (a toll that rose is told of one event: "the number killed in the strike has risen to three")
  if (
    remote &&
    nominal &&
    TREND_AFTER.test(after) &&
    !/\b(?:number|toll|count|tally)\b[^.;,]{0,60}$/i.test(before) &&
    !/^[^.;,]{0,60}?\b(?:risen|climbed|increased|grown) to\b/i.test(after)
  )
    return 'kind';
  if (remote && bodySentence(text)) {
    // a weapon that does it in the present: "systems that shoot down missiles", "the system intercepts missiles"
    if (PRESENT_ACT.test(told) && WEAPON_HEAD.test(before)) return 'described';
    if (WEAPON_RECORD_BEFORE.test(before) && !NOW_WORDS.test(text.slice(at))) return 'described';
    if (
      trig.subType === DISRUPTED &&
      !NOW_WORDS.test(text.slice(at)) &&
      (RECORD_HOLDER_BEFORE.test(before) ||
        (RECORD_SUBJECT_BEFORE.test(before) && BARE_PLURAL_AFTER.test(text.slice(at))))
    )
      return 'described';
    // a weapon that has done it, told with its record: "the interceptor, which has downed 90 per cent of …"
    if (trig.subType === DISRUPTED && INTERCEPT_RATE.test(clauseAround(text, at, trigLen))) return 'rate';
  }
  return null;
}

/** Past forms that do not end in -ed (forms the same in the present, "hit", "set", "put", are neither). */
const IRREGULAR_PAST =
  /^(?:was|were|had|did|took|shot|fought|struck|led|held|began|broke|fled|ran|came|went|gave|made|said|told|threw|stole|blew|burnt|caught|drove|fell|found|got|kept|left|lost|met|paid|rode|rose|saw|sent|shook|sought|spent|stood|swept|tore|thought|wrote|bore|bought|brought|built|dug|felt|heard|hid|hung|knew|laid|lay|lit|slew|spoke|sprang|stuck|swore|swung|taught|withdrew|overran|overtook|won|drew|grew|flew|sank|sat|sang|bit|chose|forgot|froze|wore|woke)$/i;
/** Forms the same in the present and the past: they tell no tense. */
const TENSELESS = /^(?:hit|set|put|cut|shut|spread|cast|beat|burst|let|quit|read|hurt|cost|bid|upset|shed)$/i;
/** Verbs of saying: a clause in the present that only reports ("police say") tells no habit. */
const SAYING =
  /^(?:say|says|tell|tells|claim|claims|report|reports|warn|warns|add|adds|note|notes|insist|insists|believe|believes|fear|fears|accuse|accuses|blame|blames|deny|denies)$/i;
/** The marks that close a clause: punctuation and the words that open one of their own. */
const CLAUSE_BREAK =
  /^(?:[,;:—–()]|that|which|who|whom|whose|where|when|while|after|before|since|because|as|but|although|though)$/i;
/**
 * The trigger's clause is in the timeless present of what people do ("they raise money from kidnapping", "rebels tax
 * the trucks and kidnap drivers", "the campaign opens with an ambush"): a present verb, no past, future or perfect,
 * no time in the sentence, and no definite event ("the strike"). A running-text sentence only; a headline's present
 * tells a past event.
 */
function timelessPresent(doc: Doc, s: Sentence, at: number, len: number, timed: boolean): boolean {
  // (a definite noun, "treating three people hurt in the drone strike", names one event, told elsewhere)
  if (timed || !bodySentence(s.text) || DEFINITE_BEFORE.test(s.text.slice(Math.max(0, at - 20), at)))
    return false;
  const pos = s.start + at;
  const words = doc.words.slice(s.w0, s.w1);
  const k = words.findIndex((w) => w.end > pos);
  if (k < 0) return false;
  let from = k;
  while (from > 0 && !CLAUSE_BREAK.test(words[from - 1].text)) from--;
  let to = k;
  while (to < words.length && !CLAUSE_BREAK.test(words[to].text) && words[to].text !== '.') to++;
  let present = false;
  for (let j = from; j < to; j++) {
    const w = words[j];
    const t = w.text;
    if (w.pos === 'AUX') {
      // (the present progressive, "troops are exchanging fire", tells what happens now)
      if (/^(?:is|are|am)$/i.test(t)) {
        if (words.slice(j + 1, j + 3).some((x) => x.pos === 'VERB' && /ing$/i.test(x.text))) return false;
        present = true;
      } else if (/^(?:do|does|can|cannot)$/i.test(t)) continue;
      else return false; // was, were, has, have, had, will, would, been …
      continue;
    }
    if (w.pos !== 'VERB') continue;
    if (/ed$/i.test(t) || IRREGULAR_PAST.test(t)) return false;
    // (a trigger verb that tells no tense, "a missile hit", leaves the clause's tense unknown)
    if (TENSELESS.test(t) && w.end > pos && w.start < pos + len) return false;
    if (/ing$/i.test(t) || TENSELESS.test(t) || SAYING.test(t)) continue;
    // (a present verb follows its subject, or another present verb and "and": a noun the tagger took for a verb,
    // "the forward deck", does not)
    const prev = words[j - 1];
    if (prev && (/^(?:NOUN|PROPN|PRON)$/.test(prev.pos) || (present && /^and$/i.test(prev.text))))
      present = true;
  }
  return present;
}

/** The number that opens an item of a numbered list: "1. ", "2) ". */
const ITEM_NUMBER = /(?:^|\s)(\d{1,2})[.)]\s+/g;
/**
 * The position lies in a paragraph that is a numbered list of titles, the way a page lists links to its most read or
 * related stories ("1. Teachers vote to end strike 2. Herder shot dead near Garissa 3. Port tariffs to rise"): at
 * least three items numbered from one, none of them a sentence closed by a stop.
 */
export function listedLink(paragraph: string, pos: number): boolean {
  return linkItems(paragraph).some((x) => pos >= x.from && pos < x.to);
}
/** The paragraph `linkItems` read last, and its items: each sentence of a paragraph asks again. */
let itemsRead: { paragraph: string; items: { from: number; to: number }[] } | null = null;
/** The items of a paragraph that is a numbered list of titles, or none. */
function linkItems(paragraph: string): { from: number; to: number }[] {
  if (itemsRead?.paragraph === paragraph) return itemsRead.items;
  const marks: { n: number; at: number; end: number }[] = [];
  for (const m of paragraph.matchAll(ITEM_NUMBER)) {
    const n = Number(m[1]);
    if (n !== marks.length + 1) continue;
    marks.push({ n, at: m.index, end: m.index + m[0].length });
  }
  let items: { from: number; to: number }[] = [];
  if (marks.length >= 3 && marks[0].at === 0) {
    items = marks.map((m, k) => ({
      from: m.end,
      to: k + 1 < marks.length ? marks[k + 1].at : paragraph.length,
    }));
    const titles = items.map((x) => paragraph.slice(x.from, x.to).trim());
    if (titles.some((t) => t.length > 160 || /[.!?]["”’']?$/.test(t) || /[.!?]\s+\p{Lu}/u.test(t)))
      items = [];
  }
  itemsRead = { paragraph, items };
  return items;
}

/**
 * Plunder that is graft: office-holders accused of looting ("accused the mayor of looting the city"), or public wealth
 * looted ("looted the treasury", "looting state coffers"). Soldiers who loot a town, or rebels a market, are not it.
 */
const GRAFT =
  /\b(?:mayors?|governors?|ministers?|president|premier|officials?|councill?ors?|elites?|politicians|cronies|the (?:ruling )?party)\s+(?:[\w'’-]+\s+){0,3}?(?:of\s+)?loot(?:ed|ing|s)?\b|\bloot(?:ed|ing|s)?\s+(?:the\s+|its\s+|their\s+|state\s+|public\s+|national\s+)*(?:treasury|coffers|public (?:funds|purse|money)|funds|budget|pension funds?|economy|wealth)\b/gi;
/** A text with what people are charged with, and graft told as looting, blanked out: such words name no event of their own. */
export const withoutCharges = (text: string) =>
  text.replace(LEGAL_CHARGE, (m) => ' '.repeat(m.length)).replace(GRAFT, (m) => ' '.repeat(m.length));

/**
 * A time counted from an event told before ("the day after the massacre", "hours after the attack"): the event named
 * is that one, and the sentence tells what came after it.
 */
const DAY_AFTER_TOLD =
  /\b(?:the|a|one|two|three|several|a few)\s+(?:day|days|night|morning|evening|hours?)\s+(?:after|following)\s+(?:the|that|this|its)\s+(?:[\w-]+\s+){0,2}$/i;
/**
 * The trigger of a sentence's own event: the event an act answers ("fired rockets "in response to the massacre in
 * X"", "to avenge the killing of its commander") is told elsewhere, so its words are passed over for the act's own,
 * and a sentence that tells only the answered event tells none.
 */
function answeringEvent(text: string): ReturnType<typeof bestTrigger> {
  const own = laterEvent(text, bestTrigger);
  if (!own) return null;
  const m = AVENGED_BEFORE.exec(text.slice(0, own.at)) ?? DAY_AFTER_TOLD.exec(text.slice(0, own.at));
  if (!m) return own;
  const end = own.at + own.len;
  return answeringEvent(text.slice(0, m.index) + ' '.repeat(end - m.index) + text.slice(end));
}

/** A trigger that passed the screen: where it is, its sub-type in the sentence, and how concrete the sentence is. */
export interface Screened {
  trig: Trigger;
  at: number;
  trigLen: number;
  remote: boolean;
  /** the sentence names a day or a time */
  sentDay: boolean;
  generic: boolean;
  hypothetical: boolean;
}

/**
 * The trigger of a sentence (or of one site it says was hit), or null when the sentence tells of no event of its own:
 * figurative, statistical, habitual, feared, planned, a market or a diplomatic protest.
 */
/** Words of a drill or a staged attack: a story that tells one stages its events. */
const DRILL_STORY =
  /\b(?:mock (?:drill|attack|exercise)s?|(?:security|counter-?terror(?:ism)?|anti-?terror(?:ism)?|emergency|evacuation|hostage) drills?|it was (?:a|only a|just a) drill|simulated (?:attack|hostage|terror|bomb)\w*)\b/i;
const drillCache = new WeakMap<Doc, boolean>();
/** A story of a drill (its words anywhere in the text), read once per document. */
function drillStory(doc: Doc): boolean {
  let out = drillCache.get(doc);
  if (out === undefined) {
    out = DRILL_STORY.test(doc.text);
    drillCache.set(doc, out);
  }
  return out;
}
/**
 * A fact-check: its head calls itself one ("Fact check: Viral video does not show a protest in Nairobi", "Our
 * fact-check team found …"), or a line gives its verdict or the claim it checks ("Verdict: False.", "Claim: …").
 */
const FACT_CHECK_HEAD = /\bfact[- ]?check(?:s|ed|ing)?\b(?!\s*ers?\b)/i;
const FACT_CHECK_LINE = /^\W*(?:verdict|rating|claim|our ruling)\s*:/im;
/**
 * What a fact-check's claims say happened: a post, a video, a photo or a claim that says, claims, purports or shows
 * it ("A video shared widely this week claims to show thousands of people protesting", "A post shared 40,000 times
 * says that a drone hit a school", "Claim: …"). The story checks them, and mostly finds them false; what it tells in
 * its own words ("the air force said it shot down 40 of 52 drones overnight") stays news.
 */
const CLAIMED_BEFORE =
  /^\W*claim\s*:|\b(?:claims?|posts?|videos?|clips?|photos?|photographs?|images?|pictures?|footage|captions?|messages?|tweets?|rumou?rs?)\b[^.;]{0,60}?\b(?:claim(?:s|ed|ing)?|says?|said|purport(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|shows?|showed|showing|depict(?:s|ed|ing)?)\b/i;
const factCheckCache = new WeakMap<Doc, boolean>();
/** A fact-check story, read once per document from its head (its first 600 characters) and its labelled lines. */
function factCheckStory(doc: Doc): boolean {
  let out = factCheckCache.get(doc);
  if (out === undefined) {
    out = FACT_CHECK_HEAD.test(doc.text.slice(0, 600)) || FACT_CHECK_LINE.test(doc.text);
    factCheckCache.set(doc, out);
  }
  return out;
}
/** Ordnance of a war long over: "a Second World War bomb", "a shell dating from the First World War", "WWII-era mines". */
const LEGACY_ORDNANCE =
  /\b(?:(?:First|Second) World War|World War (?:I|II|One|Two|1|2)|WW ?(?:I|II|1|2)|wartime|war-era|Napoleonic)\b(?:[\s-]+(?:era|vintage|[\w'’-]+)){0,3}?[\s-]+(?:bombs?|shells?|(?:land)?mines?|ordnance|munitions?|grenades?|explosives?|devices?|torpedo(?:es)?|rockets?)\b|\b(?:bombs?|shells?|(?:land)?mines?|ordnance|munitions?|grenades?|devices?|torpedo(?:es)?)\s+(?:[\w'’-]+\s+){0,3}?(?:from|dating (?:back )?(?:from|to)|left (?:over )?from|of)\s+(?:the\s+)?(?:(?:First|Second) World War|World War|(?:18|19)\d0s)\b/i;
/** Someone who plants or fires today's weapons, named beside a device made safe in a story of old ordnance. */
const ARMED_ACTOR =
  /\b(?:planted|improvised|IEDs?|car bombs?|suicide|militants?|insurgents?|rebels?|terrorists?|jihadists?|gunmen|attackers?|drones?|missiles?)\b/i;
const legacyCache = new WeakMap<Doc, boolean>();
/** A story whose head (its first 1,500 characters) tells of ordnance of a war long over. */
function legacyOrdnanceStory(doc: Doc): boolean {
  let out = legacyCache.get(doc);
  if (out === undefined) {
    out = LEGACY_ORDNANCE.test(doc.text.slice(0, 1500));
    legacyCache.set(doc, out);
  }
  return out;
}
/** An animal right after an act of harm, as its object: "… a female bear", "… two stray dogs" (not "… the cattle market"). */
const ANIMAL_VICTIM =
  /^\s+(?:(?:a|an|the|one|two|three|four|five|six|\d+|several|some)\s+)?(?:(?:female|male|young|old|wild|stray|brown|black|rabid|large|adult|pet)\s+)*(?:[a-z]+\s+)?(?:bears?|wol(?:f|ves)|dogs?|tuskers?|jackals?|foxe?s?|bulls?|horses?|donkeys?|pigs?|bison|gorillas?|chimpanzees?|sharks?|lions?|lionesses?|leopards?|tigers?|elephants?|crocodiles?|boars?|animals?|cattle|cows?|goats?|sheep|camels?|monkeys?|snakes?|hippos?|hippopotamus(?:es)?|rhinos?|buffalo(?:es)?|hyenas?|jaguars?|pumas?|cougars?|deer)\b(?![\s-]+(?:markets?|farms?|herders?|herds?|owners?|traders?|camps?|raiders?|rustlers?|thieves|handlers?|pens?|auctions?|trade|yards?)\b)/i;
/**
 * A correction notice: a report withdrawn or set right ("RETRACTION: Last week we reported a clash near Ménaka", "an
 * earlier version of this story", "had wrongly reported"). The event it names is the one said not to be so.
 */
const CORRECTION =
  /^\W*(?:RETRACTION|CORRECTION|CLARIFICATION|Retraction|Correction|Clarification)\b\s*:|\ban earlier version of this\b|\b(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:reported|said|stated)\b/;
/** The reader addressed: "you", "your". */
const TOLD_TO_READER = /\b(?:you|your|yours|yourself|yourselves)\b/i;
/** A span in quotation marks. */
const QUOTED = /[“"][^“”"]*[”"]/g;
/** Whether a sentence opens inside a quotation its paragraph opened before it. */
const inQuotation = (doc: Doc, s: Sentence) => {
  const p = doc.paragraphs[s.para];
  return !!p && (doc.text.slice(p.start, s.start).match(/["“”]/g)?.length ?? 0) % 2 === 1;
};
export function screen(doc: Doc, dates: DateMention[], s: Sentence, site: Site | null): Screened | null {
  const text = s.text;
  if (FIGURATIVE.test(text) || CORRECTION.test(text)) return null;
  // what people are charged with names no event of its own ("arrested on charges including rioting")
  const seen = withoutCharges(text);
  const best = site ? { trig: site.trigger, at: site.at, len: site.len } : answeringEvent(seen);
  if (!best) return null;
  let trig: Trigger = best.trig;
  const at = best.at;
  const trigLen = best.len;
  // the headline of another story in a list of links ("Most read: 2. Taxi driver shot dead at checkpoint")
  const para = doc.paragraphs[s.para];
  if (para && listedLink(para.text, s.start - para.start + at)) return null;
  const remote = REMOTE_SUBTYPES.has(trig.subType);
  // figures and patterns of a war ("has launched thousands of drones this year", "shelling is a daily occurrence")
  if (remote && REMOTE_STATS.test(clauseAround(text, at, trigLen))) return null;
  // a weapon's strikes as a kind, the subject of what they have become ("Drone strikes have become the deadliest
  // weapon of the war", "air strikes are now the main cause of deaths")
  if (remote && /s$/i.test(text.slice(at, at + trigLen)) && GENERIC_KIND_AFTER.test(text.slice(at + trigLen)))
    return null;
  // fears and warnings of strikes to come ("they fear the shelling will return") tell of no strike
  if (
    remote &&
    (/\b(?:fear(?:s|ed)?|afraid|worr(?:y|ied|ies)|warn(?:s|ed|ing)?|threat(?:s|en\w*)?|expect(?:s|ed)?)\b[^.;]{0,50}$/i.test(
      text.slice(0, at),
    ) ||
      /^[^.;,]{0,20}?\s(?:will|would|could|might|may)\b/i.test(text.slice(at + trigLen)))
  )
    return null;
  // an act the clause does not tell as done: able, denied, a kind of act, a weapon held or described
  if (untoldAct(text, at, trigLen, trig)) return null;
  // an act told to the reader as their own ("your squad is ambushed in a market", "you call in air strikes") is a
  // game's or a guide's, not an event (the words of someone quoted may address another: "your soldiers shelled us",
  // in this sentence or in a quotation opened before it)
  const unquoted = text.replace(QUOTED, ' ');
  if (TOLD_TO_READER.test(unquoted) && !/["“”]/.test(unquoted) && !inQuotation(doc, s)) return null;
  // a story of a drill: its attacks, hostages and blasts were staged ("It was a drill.", "the mock drill at the mall")
  if (drillStory(doc)) return null;
  // a claim a fact-check checks tells what someone said happened, not an event the story reports
  if (factCheckStory(doc) && CLAIMED_BEFORE.test(text.slice(0, at))) return null;
  // an animal shot or killed ("gendarmes shot dead a female bear", "rangers killed two lions") is no one harmed
  if (ANIMAL_VICTIM.test(text.slice(at + trigLen))) return null;
  // a bomb or shell of a war long over made safe ("defused a Second World War bomb found on a building site", or "the
  // bomb was defused" in a story that says so in its head) stops no one's attack
  if (
    trig.subType === 'Disrupted weapons use' &&
    (LEGACY_ORDNANCE.test(text) || (legacyOrdnanceStory(doc) && !ARMED_ACTOR.test(text)))
  )
    return null;
  // a government protesting through diplomatic channels held no demonstration
  if (
    trig.subType === 'Peaceful protest' &&
    !trig.re.test(
      text
        .replace(DIPLOMATIC_PROTEST, ' ')
        .replace(NO_PROTEST_EVENT, ' ')
        .replace(PROTEST_NAME, ' ')
        .replace(SHOWING, ' '),
    )
  )
    return null;
  // a kind told as a pattern ("have killed hundreds of civilians over the past decade") is no event
  if (
    patternOfKind(
      best.trig,
      text,
      at,
      trigLen,
      dates.some((d) => d.sent === s.index && (d.precision === 'day' || d.precision === 'time')),
    )
  )
    return null;
  // a side's own quoted words that it killed fighters ("the army said it had "neutralised dozens of terrorists"") are
  // its claim about an event, told elsewhere, not a clash of their own (unless the teller names the fight right after:
  // "had "neutralised around forty terrorists" in fighting in the Djibo area the previous day")
  if (
    best.trig === FORCES_KILLED_ENEMY &&
    /["“]/.test(text.slice(at, at + trigLen)) &&
    !AIR_WORDS.test(text) &&
    !FIGHT_TOLD_AFTER.test(text.slice(at + trigLen))
  )
    return null;
  // (an event told in a clause of its own is read from that clause: "…, police said, after gunmen attacked a bank" is
  // no fight with the police the other clause names)
  const seg = site?.ownClause ? site.seg : null;
  const own = seg
    ? ' '.repeat(seg[0] - s.start) +
      text.slice(seg[0] - s.start, seg[1] - s.start) +
      ' '.repeat(s.end - seg[1])
    : text;
  trig = retype(trig, own, at, trigLen, doc.paragraphs[s.para]?.text);
  // in a story of an accident or an ordinary crime, only a sentence that names a political actor tells of an incident
  if (family(trig.subType) !== 'protest' && nonPoliticalStory(doc) && !namesPoliticalActor(text)) return null;
  // a participle that only describes people of an event told before ("none of the abducted villagers had been freed",
  // "the wounded soldiers were flown to Kabul") tells of no event of its own
  if (
    /^[a-z]+ed$/.test(text.slice(at, at + trigLen)) &&
    /\b(?:the|these|those|its|their|his|her|all|some|most|many|several|other|\d+)\s+$/i.test(
      text.slice(Math.max(0, at - 12), at),
    ) &&
    /^\s+(?:[a-z]+\s+|\p{Lu}[\p{L}-]+\s+)?(?:people|men|women|children|villagers|residents|students|pupils|girls|boys|soldiers|troops|officers|policemen|workers|passengers|civilians|hostages|victims|persons|sailors|crew|staff|farmers|fighters)\b/u.test(
      text.slice(at + trigLen),
    )
  )
    return null;
  // violence told as a span of time ("weeks under bombardment", "after months of shelling") is a pattern, not an event
  if (SPAN_BEFORE.test(text.slice(Math.max(0, at - 50), at))) return null;
  // a denied trigger ("Neither missile was shot down") or an averted one ("to avoid a massacre") is no event
  // (the negation may fall inside the trigger's words: "missile was shot down")
  const heads = [at];
  for (let p = at + 1; p < at + trigLen; p++) if (text[p - 1] === ' ') heads.push(p);
  if (heads.some((p) => NEGATED_BEFORE.test(text.slice(Math.max(0, at - 80), p)))) return null;
  if (AVERTED_BEFORE.test(text.slice(Math.max(0, at - 80), at))) return null;
  // explosives or grenades seized, found or recovered (with rifles, in a cache) went off nowhere: no explosion to record
  // (a blast or a toll counts only when told from the seizure on: "killed in a shootout and … seized rifles, grenades"
  // tells the fight's dead, not a grenade that went off)
  // (so do shells, rockets or missiles named alone: "found two unexploded mortar shells near the market")
  if (
    trig.subType === 'Remote explosive/landmine/IED' ||
    trig.subType === 'Grenade' ||
    WEAPON_NAME_ONLY.test(text.slice(at, at + trigLen))
  ) {
    const from = Math.max(0, at - 200);
    const seized = SEIZED_BEFORE.exec(text.slice(from, at));
    if (seized && !WENT_OFF.test(text.slice(from + seized.index))) return null;
  }
  // security forces on a flag march are no demonstration
  // (so is "the march" of a story that told such a march before: "the assistant coroner said the march should have
  // been stopped", after "collapsed during a 16-mile training march")
  if (
    family(trig.subType) === 'protest' &&
    (FORCE_MARCH.test(text) ||
      (/^march\b/i.test(text.slice(at, at + trigLen)) &&
        /\bthe\s+$/i.test(text.slice(Math.max(0, at - 4), at)) &&
        doc.paragraphs.slice(0, s.para + 1).some((p) => FORCE_MARCH.test(p.text))))
  )
    return null;
  // in a story of a death, an anniversary, a match, an accident or a parade, a crowd that gathered to mourn, remember
  // or celebrate (a funeral procession, a vigil for the dead of a ferry, fans on their way to the stadium) holds a
  // protest only when its paragraph tells a grievance (a march behind the coffin of someone shot, in a story of the
  // shooting, is read as before)
  // (a crowd at a feast or at the scene of a disaster, in any story: pilgrims walking to a shrine, a carnival,
  // relatives waiting with candles while rescuers dig for trapped miners)
  if (trig.subType === 'Peaceful protest') {
    const para = doc.paragraphs[s.para]?.text ?? text;
    const frame =
      FEAST.test(para) ||
      DISASTER_SCENE.test(para) ||
      (GATHERING_FRAME.test(para) && GATHERING_KINDS.has(storyKind(doc) as Genre));
    if (frame && !GRIEVANCE.test(para.replace(NO_PROTEST_SAID, ' '))) return null;
    // (a crowd told with another end, in its sentence or in a story of a festival, a pilgrimage or a charity walk,
    // whose banners and chants are no grievance: it protests only when its paragraph says against what)
    const otherEnd =
      OTHER_END.test(text) ||
      OTHER_END_STORY.test(
        doc.paragraphs
          .slice(0, 4)
          .map((p) => p.text)
          .join(' '),
      );
    if (otherEnd && !GRIEVANCE_WORD.test(para.replace(OTHER_END_ALL, ' ').replace(NO_PROTEST_SAID, ' ')))
      return null;
  }
  // a weapon's trial or an exercise on a range ("in the final trial, a munition hit a target vessel") harms no one
  // (in a story of an exercise, the strikes of its drills harm no one either)
  // (nor do the fights and assaults of a drill, told in the trigger's clause or in a story of drills: "marines
  // stormed the beach in a live-fire exercise", "retook the hilltop from the "enemy"")
  // (so do the drones and missiles shot down in a trial or an exercise, told in the sentence, or in the one before it
  // in its paragraph when the sentence gives no time of its own: "During the tests, the systems intercepted 18 drones
  // … Two drones were brought down by jamming alone")
  const interception = trig.subType === 'Disrupted weapons use' && trig.weapon === 'drone';
  const before = doc.sentences[s.index - 1];
  const drill = remote
    ? WEAPON_TRIAL.test(text) ||
      (interception &&
        before?.para === s.para &&
        WEAPON_TRIAL.test(before.text) &&
        !dates.some((d) => d.sent === s.index)) ||
      exerciseGenre(doc) ||
      (INTO_WATER.test(text) && !AIMED_AT.test(text))
    : FIGHT_TYPES.has(trig.type) &&
      (EXERCISE_WORD.test(clauseAround(text, at, trigLen)) || exerciseGenre(doc));
  if (drill && !HARMED.test(text)) return null;
  // counted or habitual events ("more than 30 attacks had been recorded this year") are statistics, not incidents
  if (COUNTED.test(text)) return null;
  // an act whose time, in its own clause, is the year or months so far ("detained 2,300 people at protests this
  // year") is a running total, whatever day the total was given (a rank within the year, "the deadliest assault
  // this year", tells one event)
  const soFar = SO_FAR.exec(clauseAround(text, at, trigLen));
  if (
    soFar &&
    !/\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|highest|latest|most|first|last)\s+(?:[\w'’-]+\s+){0,10}$/i.test(
      soFar.input.slice(0, soFar.index),
    )
  )
    return null;
  // a label in quotation marks ("what his campaign called a "final-week offensive"") names no event
  if (inLabel(text, at, trigLen)) return null;
  // the trigger itself counted loosely ("answered with a handful of limited air strikes") names several events
  if (LOOSE_COUNT_BEFORE.test(text.slice(Math.max(0, at - 60), at))) return null;
  // a tally of how often ("have attacked U.S. forces more than 200 times since October") is a statistic too
  if (TIMES_TALLY.test(text.slice(at))) return null;
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
      // (a figure in the clause of a crowd is what it marched against: "students marched … against a 40 per cent
      // rise in fees")
      (/%|\bper ?cent\b|[$€£]\s?\d/i.test(clauseAround(text, at, trigLen)) &&
        !CROWD_WORD.test(clauseAround(text, at, trigLen))) ||
      (MARKET_CLAUSE.test(text) && !CROWD_WORD.test(text)))
  )
    return null;
  // a candidate's campaign rally ("launched the final week with three rallies, telling supporters …"), in a sentence
  // or a story of an election, holds no protest unless it is against something
  if (
    trig.subType === 'Peaceful protest' &&
    /^rall/i.test(text.slice(at, at + trigLen)) &&
    (CAMPAIGN.test(text) || ADDRESSED_RALLY.test(text) || politicsGenre(doc)) &&
    !AGAINST_SOMETHING.test(text)
  )
    return null;
  // in a story of elections or parliaments, a war word tells of an event only with physical evidence in its sentence
  if (politicsGenre(doc) && family(trig.subType) !== 'protest' && !PHYSICAL.test(text)) return null;
  // "killing the rally", "the rally faded": a market's rally told in a market paragraph, with no one gathered
  if (
    trig.subType === 'Peaceful protest' &&
    /^rall/i.test(text.slice(at, at + trigLen)) &&
    !CROWD_WORD.test(text) &&
    doc.paragraphs.slice(Math.max(0, s.para - 2), s.para + 1).some((p) => MARKET_CLAUSE.test(p.text))
  )
    return null;
  // a raid to seize contraband ("Police raided a warehouse in Rotterdam port and seized 3 tonnes of cocaine") is a
  // search, not a fight, unless the sentence tells fire, harm or armed men
  if (
    trig.subType === 'Armed clash' &&
    /^raid/i.test(text.slice(at, at + trigLen)) &&
    CONTRABAND_SEIZED.test(text) &&
    !/\b(?:killed|killing|dead|died|wounded|wounding|injured|fire|fired|firing|shots?|shooting|shootout|gun ?battle|gunfight|firefight|exchange of fire|resist\w*|clash\w*|militants?|insurgents?|rebels?|jihadists?|terrorists?|fighters|gunmen|militia\w*|armed)\b/i.test(
      text,
    )
  )
    return null;
  if (
    trig.subType === 'Armed clash' &&
    (VERBAL_CLASH.test(text) || BUSINESS_CLASH.test(text)) &&
    !/\b(?:killed|killing|wounded|wounding|injured|dead|fire|shots?|gun\w*|weapons?|troops|soldiers|fighters)\b/i.test(
      text,
    )
  )
    return null;
  // a debate's or a hearing's war words ("candidates traded fire in the televised debate")
  if (family(trig.subType) !== 'protest' && wordsOnly(text, at, trigLen)) return null;
  if (
    trig.subType === 'Arrests' &&
    !POLITICAL.test(doc.paragraphs[s.para].text) &&
    !(NAMED_ARREST.test(text.slice(at, at + trigLen)) && POLITICAL.test(leadOf(doc))) &&
    !(FORCES_ARREST_SUSPECTS.test(text) && ARMED_EVENT.test(doc.text)) &&
    !MILITARY_ARREST.test(text) &&
    !SECURITY_SERVICE_ARREST.test(text) &&
    !ARREST_OVER_VIOLENCE.test(text) &&
    !ARMS_SEIZED_WITH.test(text)
  )
    return null;
  // a habitual pattern is not an incident, unless the sentence also names the day of one
  // (a weapon's name with the act told after it: "the Shahed drone, which struck Kyiv many times"; an event's noun
  // with a relative clause of its habit: "the large marches, which took place almost every other weekend")
  const habitual =
    HABITUAL.test(clauseAround(text, at, trigLen)) ||
    HABITUAL.test(FRONTED.exec(text.slice(0, at))?.[1] ?? '') ||
    HABITUAL.test(RELATIVE_AFTER.exec(text.slice(at + trigLen))?.[0] ?? '') ||
    (WEAPON_NAME_ONLY.test(text.slice(at, at + trigLen)) &&
      HABITUAL.test(text.slice(at, at + trigLen + 80).split(/[.;]/)[0])) ||
    (remote &&
      (PERFECT_PATTERN.test(clauseAround(text, at, trigLen)) ||
        (PERFECT_LOOSE_COUNT.test(clauseAround(text, at, trigLen)) &&
          !HARMED.test(text) &&
          !NOW_WORDS.test(text))));
  const sentDay = dates.some((d) => d.sent === s.index && (d.precision === 'day' || d.precision === 'time'));
  // (a habit told in a quote is dated only by a day inside the quote: in ""They shelled us every morning," she said on
  // Saturday", Saturday is the day of the saying)
  const quote = quoteAround(text, at);
  const habitDay =
    !quote ||
    dates.some(
      (d) =>
        d.sent === s.index &&
        (d.precision === 'day' || d.precision === 'time') &&
        d.start - s.start > quote[0] &&
        d.end - s.start <= quote[1],
    );
  // (the day of the habit itself, "every other weekend", names no day of one event)
  const ownDay = dates.some(
    (d) =>
      d.sent === s.index &&
      (d.precision === 'day' || d.precision === 'time') &&
      !/\b(?:every|each|most)\s+(?:(?:few|other|single|second)\s+)?$/i.test(
        doc.text.slice(Math.max(0, d.start - 20), d.start),
      ),
  );
  if (habitual && !(ownDay && habitDay)) return null;
  // (a crowd's fight with the state's force is no figure of a game: "fans pelted riot police with bottles", "police
  // answered with tear gas")
  // (nor, in a match report, is a day of its own enough: "ambushed Nigeria 88-71 on Tuesday night" needs a weapon,
  // harm or armed men)
  // (and a day of the work's own life, "which had its premiere on Tuesday", "published on Thursday by", is no day of
  // its story's: a day counts when it is told in the trigger's own clause, or its clause tells of neither the work
  // nor its release)
  const act = clauseAround(text, at, trigLen);
  if (
    playedOrStaged(doc) &&
    !(
      dates.some(
        (d) =>
          d.sent === s.index &&
          (d.precision === 'day' || d.precision === 'time') &&
          (clauseAround(text, d.start - s.start, d.end - d.start) === act ||
            !WORK_CLAUSE.test(clauseAround(text, d.start - s.start, d.end - d.start))),
      ) &&
      (HARMED.test(text) || WEAPON_WORD.test(text) || ARMED_PEOPLE.test(text))
    ) &&
    !((trig.type === 'Riots' || trig.subType === 'Protest with intervention') && FORCE_WORD.test(text))
  )
    return null;
  if (
    remote &&
    (SPORT_WORD.test(text) || GOAL_SHOT_AT.test(text)) &&
    !WEAPON_WORD.test(text.replace(GOAL_SHOT, ' ')) &&
    !HARMED.test(text)
  )
    return null;
  // what people do, told in the timeless present with no time, is a habit or a kind, not an event
  if (
    timelessPresent(
      doc,
      s,
      at,
      trigLen,
      dates.some((d) => d.sent === s.index),
    )
  )
    return null;
  const generic = habitual || GENERIC.test(text);
  // a word of violence named as a hazard or a reason for advice tells no event ("the risk of kidnapping")
  if (namedAsHazard(text, at)) return null;
  const clause = text.slice(Math.max(0, at - 60), at + 80);
  // an event only planned, called, scheduled or told in the future is no incident, whatever day the sentence names
  if (toCome(text, at, trigLen, family(trig.subType) === 'protest')) return null;
  if (family(trig.subType) === 'protest' && anaphorToCome(doc, dates, s, at)) return null;
  const lead = text.slice(Math.max(0, at - 100), at);
  if (
    NO_ACT_BEFORE.test(lead) ||
    (COUNT_OF_BEFORE.test(lead) && COUNT_MOVED_AFTER.test(text.slice(at + trigLen)))
  )
    return null;
  // a modal that governs the trigger ("said its soldiers would continue … the areas it has liberated") is reported
  // future or possibility, even after "said"
  const trigClause0 = clauseAround(text, at, trigLen);
  const clause0At = text.indexOf(trigClause0);
  const hypothetical =
    (HYPOTHETICAL.test(clause) && !/\b(?:said|says|reported)\b/.test(text.slice(0, at))) ||
    (clause0At >= 0 && /\b(?:would|will|could|might|may)\b/i.test(text.slice(clause0At, at)));
  return { trig, at, trigLen, remote, sentDay, generic, hypothetical };
}

/**
 * Attacks told in the plural, on no day of their own, over a sea or a whole region, with no one killed or hurt
 * ("after drone attacks on tankers in the Red Sea raised fears"): the background of a story, not an event.
 */
export function pluralBackdrop(
  r: Reading,
  place: Place | null,
  background: boolean,
  cas: Casualties,
): boolean {
  const { doc, ents, dates, s, text, at, trigLen, remote, saidOn, otherClause } = r;
  const ownDay = dates.some(
    (d) =>
      d.sent === s.index &&
      (d.precision === 'day' || d.precision === 'time') &&
      !saidOn(d) &&
      !otherClause(d),
  );
  // a side accused of a pattern ("has accused the army of killing hundreds in air raids on areas it controls")
  if (
    remote &&
    !background &&
    !ownDay &&
    /\b(?:raids|strikes|attacks|bombings|shelling|bombardments)\b/i.test(text.slice(at, at + trigLen + 12)) &&
    /\baccus\w*\b[^.;]{0,60}\bof\b/i.test(clauseBefore(text, at))
  )
    return true;
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
    // (a night's strikes are that night's: "Israeli strikes hit southern Lebanon overnight")
    !/^[^.;]{0,80}\b(?:overnight|last night|this morning|before dawn|at dawn)\b/i.test(
      text.slice(at + trigLen),
    ) &&
    !dates.some(
      (d) =>
        d.sent === s.index &&
        (d.precision === 'day' || d.precision === 'time') &&
        !saidOn(d) &&
        !otherClause(d),
    )
  )
    return true;
  return false;
}

/** The span of the quotation that holds `at` (from its opening mark to its closing one), or null outside quotes. */
function quoteAround(text: string, at: number): [number, number] | null {
  const marks = [...text.matchAll(/["“”]/g)].map((m) => m.index ?? 0);
  const open = marks.filter((i) => i < at);
  if (open.length % 2 === 0) return null;
  return [open[open.length - 1], marks.find((i) => i >= at) ?? text.length];
}

/** The clause that runs up to `at`: the text after the last full stop or semicolon before it. */
function clauseBefore(text: string, at: number): string {
  const cut = Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf(';', at - 1));
  return text.slice(cut + 1, at);
}

/**
 * A record reported as current that the text ties to no place and no day: nothing a reader or a timeline can place
 * ("two cruise missiles struck an industrial facility on the outskirts", told with no place of its own after the
 * story's events were folded). Such a record asserts an event it cannot locate.
 */
/** The highest confidence of a record tied to no place and no day. */
export const UNTIED_CAP = 0.45;
export function untiedRecord(f: { background: boolean; place: string | null; date: string | null }): boolean {
  return !f.background && !f.place && !f.date;
}

/** The part of a record `settleUntied` reads and sets. */
interface Settled {
  background: boolean;
  place: string | null;
  date: string | null;
  attacker: string | null;
  target: string | null;
  confidence: number;
  lowConfidence: boolean;
}
/**
 * Records tied to no place and no day (after all folding). Beside events the text does place or date, one with no
 * named side either ("unknown → ?") asserts nothing a reader can check, most often a loose retelling, and is dropped;
 * every other one (a named side, "unknown → Mumias protesters", or the only event of a one-line paste) is kept,
 * flagged as low confidence (at most UNTIED_CAP, which the learned confidence keeps too), never asserted as a located
 * event.
 */
export function settleUntied<T extends Settled>(found: T[]): void {
  const tiedBeside = found.some((f) => !f.background && !untiedRecord(f));
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k];
    if (!untiedRecord(f)) continue;
    if (tiedBeside && isGenericActor(f.attacker) && isGenericActor(f.target)) {
      found.splice(k, 1);
      continue;
    }
    f.confidence = Math.min(f.confidence, UNTIED_CAP);
    f.lowConfidence = true;
  }
}
