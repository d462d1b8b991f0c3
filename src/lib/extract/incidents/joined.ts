/**
 * An event told across the sentences of one paragraph: the doer in one, the act in the next, the harm after ("Two men
 * on a motorbike drew level with the car. One of them fired through the window. The driver died at the scene."; "Drones
 * came over the ridge before dawn. By morning four houses were gone and a child was dead."). No sentence of it holds
 * the words of a trigger, so each alone tells nothing; read together they tell one event.
 *
 * The sentences are joined from a sentence whose subject is a doer of violence (armed men, a drone, artillery, a bomb,
 * a state's men, a crowd) over the next two, as long as the story goes on: no sentence with an event of its own, no
 * other year, day or place, no words in quotation marks, nothing to come. A later sentence tells the act when it
 * refers back to the doer ("he", "one of them", "the gunmen") and the harm when it tells people killed or hurt, things
 * destroyed or people detained. The doer's kind and what the sentences tell set the event's sub-type; the record is
 * read from the doer's sentence (its day and place), its toll from the sentences after (./account.ts).
 */
import type { DateMention } from '../dates.ts';
import type { Doc, Sentence } from '../doc.ts';
import type { Entities, Place } from '../entities.ts';
import { AIR_WORDS, ARMED_DOER_RE, CIVILIAN_NOUNS, FORCES, HAND_WEAPON } from './kinds.ts';
import { CROWD_VIOLENCE, DEMONSTRATION } from './protests.ts';
import { AIR, DISRUPTED, SHELL, type Site } from './remote.ts';
import type { Trigger } from './types.ts';

type Kind = 'air' | 'shell' | 'blast' | 'state' | 'armed' | 'crowd' | 'people' | 'person';
/** The doers of violence by kind, tried in this order (a weapon before the men who fire it). */
const DOERS: [Kind, RegExp][] = [
  ['air', AIR_WORDS],
  ['shell', /\b(?:artillery|howitzers?|mortars?|rockets?|missiles?|shells)\b/i],
  [
    'blast',
    /\b(?:bombs?|(?:explosive )?charges?|(?:explosive )?devices?|(?:land)?mines?|IEDs?|explosives)\b/i,
  ],
  ['armed', ARMED_DOER_RE],
  ['state', new RegExp(`\\b(?:riot police|${FORCES})\\b`, 'i')],
  ['crowd', /\b(?:crowds?|mobs?|protesters|demonstrators|rioters|youths)\b/i],
  [
    'people',
    new RegExp(
      `\\b(?:hundreds|thousands|dozens|scores|several (?:hundred|thousand|dozen)|\\d[\\d,]*) (?:of )?(?:[\\w-]+ )?(?:${CIVILIAN_NOUNS}|people|[a-z]+(?:ers|ists|ees|ants|ents|ians|ors))\\b`,
      'i',
    ),
  ],
  [
    'person',
    /\b(?:(?:an?|one|two|three|four|five|several|\d+) (?:[\w-]+ )?(?:men|man|women|woman|youths?|teenagers?|riders?)|men)\b/i,
  ],
];
/** A doer's word used of a thing of its own ("an army pickup", "a police spokesman"): no doer. */
const MODIFIER_AFTER =
  /^\s+(?:pickups?|trucks?|lorr(?:y|ies)|vehicles?|cars?|convoys?|patrols?|bases?|posts?|camps?|stations?|headquarters|spokes(?:man|woman|person)|officials?|chiefs?|commanders?|statements?|sources?|units?|spending|budgets?|factory|factories|programmes?|programs?|makers?|sightings?|parts|production|operators?)\b/i;
/** A weapon right after the doer's word, whose it is: "a military jet", "army artillery". */
const WEAPON_AFTER = new RegExp(
  `^\\s+(?:[\\w-]+\\s+)?(?:${AIR_WORDS.source}|artillery|howitzers?|mortars?|rockets?|missiles?)\\b`,
  'i',
);
/**
 * The words a sentence may open with before its subject: a phrase set off by a comma ("Near the village of Fafa,",
 * "Late the same night,"), then a few words of count or kind ("dozens of masked", "a gang of about 30").
 */
const OPENING = /^(?:[^,]{1,70},\s+){1,3}/;
/**
 * A word before the doer that makes it no new subject of the story: an article of one told before ("the gunmen",
 * "their fighters"), a preposition ("fled from gunmen"), a clause of its own ("when two men", "said helicopters").
 */
const NOT_SUBJECT =
  /\b(?:the|these|those|its|their|his|her|our|when|as|after|before|while|until|because|that|who|which|where|said|says|told|and|or|but|by|from|with|against|at|on|to|for|between|among|about|toward|towards|than|like)\b/i;
/** The doer as the one who tells: "the air force said". */
const SPEECH_AFTER =
  /^\s+(?:said|says|told|reported|reports|announced|claimed|claims|stated|added|confirmed)\b/i;
/** The doer as the subject of a passive ("three gunmen were arrested"): the one acted on. */
const PASSIVE_AFTER =
  /^(?:\s+[\w'’-]+){0,3}?\s+(?:was|were|had been|have been|has been|is|are)\s+[a-z]+(?:ed|en)\b/i;
/** A verb in the past right after the doer (within its clause): the story is told, not described. */
const PAST_AFTER =
  /^[^.;:]{0,80}?\b(?:[a-z]+ed|came|flew|drew|went|hit|shot|struck|fell|threw|took|broke|burst|rode|ran|left|began|swept|set|fought|held|caught|got|drove|sped|crept|stole|tore|blew|led|made|met|put|sent|hid|overtook|overran|rose|lay)\b/;

/** A change of time frame: another year, long ago, before now; or no one time at all (a habit, a span of years). */
const FRAME_BREAK =
  /\b(?:have|has)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b|\bfor (?:years|months|decades|weeks)\b|\b(?:often|regularly|routinely|repeatedly|usually|every (?:day|night|week|month|year))\b|\b(?:19|20)\d\d\b|\b(?:years?|decades?|months?) (?:ago|earlier|before)\b|\blast (?:year|month)\b|\bpreviously\b|\bin the past\b|\bsince then\b|\bonce\b/i;
/** Something still to come, or only possible or wanted. */
const TO_COME =
  /\b(?:will|would|could|should|might|may|must|plans? to|planning to|vow(?:s|ed)? to|threaten(?:s|ed)? to|promis(?:es|ed) to|intends? to|if)\b/i;
const QUOTE_MARK = /["“”]/;

/** A later sentence that refers back to the doer: by a pronoun, "one of them", or a definite noun of doers or weapons. */
const REFERS_TO_DOER =
  /^(?:[\w'’-]+(?:\s+[\w'’-]+){0,5},\s+)?(?:(?:then|later|soon|moments later)\s+)?(?:he|she|they|it|one of them|some of them|(?:two|three|several|all|most|many) of them|the (?:[\w-]+ ){0,2}(?:men|man|attackers?|assailants?|gunm[ae]n|raiders|soldiers|troops|police|policemen|officers|crowd|mob|youths|drones?|jets?|planes?|aircraft|helicopters?|gunships?|rounds|shells|rockets|missiles|fighters|rebels|militants|bandits|gang))\b|\b(?:at|on|against|towards?) (?:them|him|her|it)\b|\band (?:he|she|they) \b/i;

/** People killed or hurt, told in the past. */
const PEOPLE_HARMED =
  /\b(?:killed|died|slain|wounded|injured|hurt|(?:was|were|lay|left [\w-]+) dead|shot dead|hacked to death|stabbed|treated for (?:[\w-]+ )?(?:injuries|wounds)|shot (?:at )?(?:an?|the|one|two|three|four|five|several|\d+|his|her|their)\b)/i;
/** How far into its sentence a harm is told as what the sentence is about. */
const HARM_REACH = 90;
/** No one harmed: "No one was injured", "None of the six teachers … was hurt". */
const NO_HARM = /\b(?:no one|nobody|none|no (?:casualties|injuries|deaths)|not (?:hurt|injured|harmed))\b/i;
/** A harm with a cause of its own that is no one's act: "killed in the floods", "died when the roof gave way". */
const OTHER_CAUSE =
  /\b(?:in (?:the |a )?(?:[\w-]+ )?(?:floods?|crash|accident|collision|landslide|storm|earthquake|stampede|fall)|when (?:the |a |an |its |their )?(?:[\w-]+ ){0,3}(?:collapsed|overturned|crashed|caved in|gave way|capsized|sank)|of (?:cholera|hunger|disease|illness|malaria|heat|exhaustion|natural causes)|drowned|from (?:a|the) fall)\b/i;
/** Things destroyed, told in the past. */
const THINGS_DESTROYED =
  /\b(?:destroyed|razed|flattened|gutted|(?:were|was|reduced to) rubble|burn(?:ed|t) (?:down|out)|in ruins|(?:were|was) gone)\b/i;
/** People detained. */
const DETAINED = /\b(?:detained|arrested|taken into custody|rounded up|hauled away|bundled into)\b/i;

/** Fire from guns. */
const FIRE =
  /\b(?:fired|opened fire|opened up|shot|emptied (?:it|his|her|their|the|a)\b[^.;]{0,20}\b(?:at|into)|sprayed)\b/i;
/** Blows with a blade or a club. */
const BLOWS = /\b(?:stabbed|slashed|hacked|knifed|clubbed|beat)\b/i;
/** A bomb or a charge that went off. */
const WENT_OFF = /\b(?:went off|exploded|detonated|blew up)\b/i;
/** A weapon from afar that hit. */
const STRUCK = /\b(?:struck|hit|bombed|dropped|released|landed|slammed|pounded|rained down|fired)\b/i;
/** A fight of two armed sides. */
const FIGHT =
  /\b(?:returned fire|exchanged fire|(?:fired|shot|fought|hit) back|fought|held (?:them|it|the [\w-]+) off|repelled|beat (?:them|it) back|clashed)\b/i;
/** An assault on a place or on people. */
const ASSAULT =
  /\b(?:stormed|attacked|raided|ambushed|burst into|forced (?:it|them|the [\w-]+) (?:off|to stop|to halt)|went from (?:house|home|door|hut) to (?:house|home|door|hut)|overran)\b/i;
/** Property burned, smashed or looted. */
const DESTROYED =
  /\b(?:burned|burnt|torched|set(?:ting)? (?:[\w'’-]+ ){0,4}?(?:alight|ablaze|on fire)|set(?:ting)? fire to|smashed|looted|ransacked|broke (?:down|through)|pelted|stoned|threw (?:stones|rocks|bottles|petrol bombs))\b/i;
/** A state's force turned on a crowd. */
const FORCE_ON_CROWD =
  /\b(?:moved in|charged|baton-charged|dragged|dispersed|cleared|tear ?gas|batons?|water cannon|rubber bullets)\b/i;
/** A crowd's act of protest: the street held, a march, placards. */
const PROTEST_ACT =
  /\b(?:blocked|barricaded|occupied|marched|converged on|sat down|chained themselves|waved (?:flags|banners|placards)|carried (?:placards|banners|flags|signs)|chanted)\b/i;
/** What a crowd wants, told as a demand. */
const DEMAND = /\b(?:demand(?:ed|ing)|call(?:ed|ing) for|in protest (?:at|against|over)|to protest)\b/i;
/** A weapon drawn: a person who draws one is armed. */
const WEAPON_DRAWN = new RegExp(
  `\\b(?:pulled|drew|produced|took out|pulled out|brandished) (?:a|an|his|her|their) (?:[\\w-]+ )?${HAND_WEAPON}\\b`,
  'i',
);
/** A weapon stopped: a drone or a missile downed. */
const DOWNED = /\b(?:brought down|shot down|downed|intercepted|destroyed in (?:the )?air)\b/i;
/** Armed men, or a state's, as the ones harmed: their fight is a battle. */
const ARMED_HARMED = new RegExp(
  `\\b(?:${FORCES}|soldier|policeman|officer|rebels?|fighters?|militants?|gunmen|insurgents?|attackers?)\\b`,
  'i',
);
/** Unarmed people as the ones harmed: an attack on them. */
const CIVILIAN_HARMED = new RegExp(
  `\\b(?:${CIVILIAN_NOUNS}|civilian|people|men|man|woman|child|boy|girl|driver|farmer|trader|teacher|councill?or|family)\\b`,
  'i',
);

interface Doer {
  kind: Kind;
  at: number;
  len: number;
}
/**
 * The doers' patterns made global once, each match read in turn (a pattern made afresh on every call is compiled again
 * whenever the engine's cache of compiled patterns has been cleared, and the armed men's pattern is long).
 */
const DOERS_ALL: [Kind, RegExp][] = DOERS.map(([kind, re]) => [kind, new RegExp(re.source, 'gi')]);
/** The doer that is the subject of a sentence, if any. */
function doerOf(text: string): Doer | null {
  let best: Doer | null = null;
  for (const [kind, g] of DOERS_ALL) {
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) {
      if (best && m.index >= best.at) break;
      // (people of a count who are armed men are armed men: "dozens of masked settlers")
      if (kind === 'people' && ARMED_DOER_RE.test(m[0])) continue;
      const after = text.slice(m.index + m[0].length);
      if (
        MODIFIER_AFTER.test(after) ||
        WEAPON_AFTER.test(after) ||
        PASSIVE_AFTER.test(after) ||
        !PAST_AFTER.test(after)
      )
        continue;
      const lead = text.slice(0, m.index).replace(OPENING, '') + m[0].split(/\s+/)[0];
      if (lead.split(/\s+/).filter(Boolean).length > 6 || NOT_SUBJECT.test(lead) || SPEECH_AFTER.test(after))
        continue;
      best = { kind, at: m.index, len: m[0].length };
      break;
    }
  }
  return best;
}

/**
 * A sentence that tells only what came of an act, in the passive, with no doer, cause or event of its own ("Dozens
 * were detained.", "Two officers were hurt, police said."): the outcome of the act told before it.
 */
const OUTCOME_ONLY =
  /^[^,;]{0,60}?\b(?:was|were|had been|have been)\s+(?:\w+ly\s+)?(?:detained|arrested|taken into custody|rounded up|killed|wounded|injured|hurt)\b(?![^.;]*\b(?:in|during|by|when|after|as|while|at)\b)/i;

/** The sentences told after `s` in its paragraph that go on with its story, up to two. */
function storyAfter(
  doc: Doc,
  ents: Entities,
  dates: DateMention[],
  s: Sentence,
  told: (t: string) => boolean,
) {
  const para = doc.paragraphs[s.para];
  const pos = para.sentences.indexOf(s.index);
  const out: Sentence[] = [];
  const places = new Set(placesIn(ents, s).map((m) => m.id));
  const days = daysIn(dates, s);
  for (let k = pos + 1; k < Math.min(pos + 3, para.sentences.length); k++) {
    const t = doc.sentences[para.sentences[k]];
    if (
      (told(t.text) && !OUTCOME_ONLY.test(t.text)) ||
      FRAME_BREAK.test(t.text) ||
      TO_COME.test(t.text) ||
      QUOTE_MARK.test(t.text)
    )
      break;
    // (another town or land, or another day, is another story: "In Mombasa, six people died the same day"; a street or
    // a building is a spot within the first one's)
    if (
      places.size &&
      placesIn(ents, t).some(
        (m) =>
          !places.has(m.id) &&
          AREA.has((ents.byId.get(m.id) as Place | undefined)?.kind ?? '') &&
          LOCATIVE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 30), m.start)),
      )
    )
      break;
    const tDays = daysIn(dates, t);
    if (days.length && tDays.some((d) => !days.includes(d))) break;
    out.push(t);
  }
  return out;
}
/** The places that are towns or lands, not spots within them. */
const AREA = new Set(['city', 'province', 'region', 'country']);
/** A place told as where something happened: "in Mombasa", "near the border town of". */
const LOCATIVE_BEFORE =
  /\b(?:in|at|near|outside|inside|around|across|from)\s+(?:the\s+)?(?:[\w-]+\s+(?:of\s+)?)?$/i;
const placesIn = (ents: Entities, s: Sentence) =>
  ents.mentions.filter((m) => m.kind === 'place' && m.start >= s.start && m.end <= s.end);
const daysIn = (dates: DateMention[], s: Sentence) =>
  dates
    .filter((d) => d.sent === s.index && (d.precision === 'day' || d.precision === 'time'))
    .map((d) => d.iso.slice(0, 10));

/** The sub-type of what the doer did, read over the sentences of its story, or null when they tell no event. */
function subTypeOf(
  kind: Kind,
  own: string,
  acts: string,
  harms: string,
  para: string,
  fought: boolean,
): [string, string] | null {
  const all = `${own} ${acts} ${harms}`;
  const harmed = PEOPLE_HARMED.test(harms);
  const destroyed = THINGS_DESTROYED.test(harms);
  switch (kind) {
    case 'air':
      if (DOWNED.test(all)) return ['Strategic developments', DISRUPTED];
      return harmed || destroyed ? ['Explosions/Remote violence', AIR] : null;
    case 'shell':
      return harmed || destroyed ? ['Explosions/Remote violence', SHELL] : null;
    case 'blast':
      return WENT_OFF.test(own) && (harmed || destroyed)
        ? ['Explosions/Remote violence', 'Remote explosive/landmine/IED']
        : null;
    case 'crowd':
      if (!CROWD_VIOLENCE.test(`${own} ${acts}`) && !DESTROYED.test(`${own} ${acts}`)) return null;
      // (a crowd the state's force broke up was a demonstration: "until riot police dispersed them with tear gas")
      return DEMONSTRATION.test(para) ||
        FORCE_ON_CROWD.test(para) ||
        /\b(?:protesters|demonstrators)\b/i.test(own)
        ? ['Riots', 'Violent demonstration']
        : ['Riots', 'Mob violence'];
    case 'state': {
      const forced = FORCE_ON_CROWD.test(`${own} ${acts}`) || FIRE.test(`${own} ${acts}`);
      if (DEMONSTRATION.test(para) && forced && (harmed || DETAINED.test(harms)))
        return ['Protests', 'Protest with intervention'];
      if (fought || FIGHT.test(own)) return ['Battles', 'Armed clash'];
      return null;
    }
    case 'people': {
      // (a crowd of people who held a street or marched and told what they demanded: "They blocked the ring road and
      // demanded a cut in diesel taxes")
      const told = `${own} ${acts}`;
      return PROTEST_ACT.test(told) && DEMAND.test(told) && !CROWD_VIOLENCE.test(told)
        ? ['Protests', 'Peaceful protest']
        : null;
    }
    default: {
      // (a man or men not told as armed are armed by what they did: fired, stabbed, drew a weapon)
      const act = `${own} ${acts}`;
      if (kind === 'person' && !FIRE.test(act) && !BLOWS.test(act) && !WEAPON_DRAWN.test(act)) return null;
      if (fought || FIGHT.test(act)) return ['Battles', 'Armed clash'];
      if (harmed) {
        const victims = harms.replace(/,[^,]*\b(?:said|says|told|according to)\b.*$/i, '');
        return ARMED_HARMED.test(victims) && !CIVILIAN_HARMED.test(victims)
          ? ['Battles', 'Armed clash']
          : ['Violence against civilians', 'Attack'];
      }
      if (DESTROYED.test(act)) return ['Strategic developments', 'Looting/property destruction'];
      return null;
    }
  }
}

/**
 * The event a sentence with no trigger of its own begins, told over the sentences after it, as a site of that
 * sentence (at its doer), or null. `told` says whether a text tells an event of its own.
 */
export function joinedSite(
  doc: Doc,
  ents: Entities,
  dates: DateMention[],
  s: Sentence,
  told: (text: string) => boolean,
): Site | null {
  const text = s.text;
  if (FRAME_BREAK.test(text) || TO_COME.test(text) || QUOTE_MARK.test(text)) return null;
  const doer = doerOf(text);
  if (!doer) return null;
  // (a paragraph that told an event or set another time before the doer's sentence goes on with that account)
  const para = doc.paragraphs[s.para];
  const before = para.sentences.filter((k) => k < s.index).map((k) => doc.sentences[k].text);
  if (before.some((b) => told(b) || FRAME_BREAK.test(b))) return null;
  const after = storyAfter(doc, ents, dates, s, told);
  if (!after.length) return null;
  const own = text.slice(doer.at);
  // the act is told in the doer's sentence or in one that refers back to it; the harm in any sentence after
  const acts = after.filter((t) => REFERS_TO_DOER.test(t.text)).map((t) => t.text);
  // (a harm told as what the sentence is about, near its head: not "compensation for the family of each person killed")
  const harms = after
    .map((t) => t.text.slice(0, HARM_REACH))
    .filter((t) => !OTHER_CAUSE.test(t) && !NO_HARM.test(t))
    .filter((t) => PEOPLE_HARMED.test(t) || THINGS_DESTROYED.test(t) || DETAINED.test(t));
  if (!acts.length && !harms.length) return null;
  // (weapons from afar act by coming: "drones came over the ridge"; men act by what they are told to do; a crowd of
  // people by its protest, read with its sub-type)
  const acted =
    doer.kind === 'people' ||
    doer.kind === 'air' ||
    doer.kind === 'shell' ||
    doer.kind === 'blast' ||
    [own, ...acts].some(
      (x) =>
        FIRE.test(x) ||
        BLOWS.test(x) ||
        STRUCK.test(x) ||
        FIGHT.test(x) ||
        ASSAULT.test(x) ||
        DESTROYED.test(x) ||
        FORCE_ON_CROWD.test(x) ||
        WEAPON_DRAWN.test(x),
    ) ||
    harms.some((x) => /\b(?:killed|shot dead|hacked to death|stabbed|wounded)\b/i.test(x));
  if (!acted) return null;
  // (a reply by the ones attacked tells a fight, whoever the sentence names: "The volunteers returned fire")
  const fought = after.some((t) => FIGHT.test(t.text));
  const sub = subTypeOf(doer.kind, own, acts.join(' '), harms.join(' '), para.text, fought);
  if (!sub) return null;
  const [type, subType] = sub;
  const trigger: Trigger = {
    re: DOERS.find(([k]) => k === doer.kind)?.[1] ?? ARMED_DOER_RE,
    type,
    subType,
    weapon: subType === AIR ? 'air/drone' : subType === SHELL ? 'artillery/rocket' : undefined,
    strength: 0.5,
  };
  return {
    trigger,
    at: doer.at,
    len: doer.len,
    place: null,
    seg: null,
    doer: null,
    ctxSent: null,
    hit: false,
  };
}
