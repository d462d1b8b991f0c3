/**
 * Casualties and damage told in a span: killed and injured (with "none reported"), the dead of each side of a fight,
 * single victims ("killing Murad and two other men"), and what was damaged.
 */
import type { Entities } from '../entities.ts';
import { type NumberMention, wordValue } from '../numbers.ts';

export interface Casualties {
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
  /(?:^|[,;]\s+|\b(?:when|after|and)\s+)(?:A|An|One|Another|a|an|one|another|His|Her|his|her)\s+(?!(?:total|number|dozen|few|handful|statement|spokesman|spokeswoman|spokesperson)\b)[^.;]{0,110}?\s+(?:was\s+(?:also\s+|later\s+|seriously\s+|critically\s+|badly\s+|slightly\s+|lightly\s+)?(killed|shot dead|martyred|wounded|injured|hurt)|(?:suffered|sustained) (?:minor |serious |severe |light )?(burns|injuries|wounds))\b/g;
/** "A 9-year-old boy and two women were killed": one victim and a counted group, as one subject. */
const ONE_AND_MORE =
  /(?:^|[,;]\s+|\b(?:when|after)\s+)(?:A|An|One|a|an|one)\s+(?!(?:total|number|dozen|few|handful|statement|spokesman|spokeswoman|spokesperson)\b)[^.;,]{0,50}?\s+and\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:other\s+)?[a-z-]+\s+(?:were|have been|had been)\s+(?:also\s+)?(killed|shot dead|wounded|injured|hurt)\b/g;
/** "killing four soldiers and a civilian", "wounding 12 police officers and a journalist". */
const GROUP_AND_ONE =
  /\b(kill(?:ing|ed)|wound(?:ing|ed)|injur(?:ing|ed))\s+(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+){0,2}?(?:[a-z-]+s|[a-z-]*men|people|children)\s+and\s+(?:a|an|one)\s+(?!(?:total|number|half|further|other|dozen|few|handful)\b)[a-z-]+\b(?!\s+(?:others|more|people))/gi;
/** "Three U.S. service members were treated for …": a count at the head of a clause, the subject of harm. */
const COUNTED_SUBJECT =
  /(?:^|[,;]\s+|\b(?:and|when|after)\s+)(\d{1,4}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)\s+((?:[\w.'’-]+\s+){1,4}?)(?:were|have been|had been)\s+(?:(?:also|later|seriously|critically|badly|slightly|lightly)\s+)?(killed|dead|martyred|injured|wounded|hurt|treated for)\b/g;
/** Armed men a force reports it "neutralised" or "eliminated": the military's word for killed. */
const ARMED_MEN_SRC =
  '(?:terrorists?|militants?|insurgents?|fighters?|jihadists?|rebels?|gunmen|attackers?|assailants?|bandits?|extremists?|combatants?)';
const ARMED_MEN = new RegExp(`\\b(?:${ARMED_MEN_SRC}|enemy)\\b`);
/** The armed men named right after the number: "30 of the terrorists", "12 armed bandits". */
const ARMED_MEN_AFTER = new RegExp(`^(?:\\s+of)?\\s+(?:the\\s+)?(?:[a-z-]+\\s+)?${ARMED_MEN_SRC}\\b`);
function neutralised(noun: string, after: string, before: string): boolean {
  return (
    (ARMED_MEN.test(noun) || ARMED_MEN_AFTER.test(after)) &&
    (/^(?:[\s,]+[\w-]+){0,4}?[\s,]+(?:were |was |have been |had been |being )?(?:neutrali[sz]ed|eliminated|liquidated)\b/.test(
      after,
    ) ||
      /\b(?:neutrali[sz](?:ing|ed)|eliminat(?:ing|ed)|liquidat(?:ing|ed))\s+(?:at least |about |some |more than |over |nearly |almost |up to )?$/.test(
        before,
      ))
  );
}
/** A running tally of a war, not the toll of one event: "has killed more than 350 … since fighting began". */
export const TALLY =
  /\b(?:since (?:the )?(?:fighting|war|conflict|hostilities|invasion|insurgency|offensive|campaign|uprising|start|beginning|outbreak)\b|since (?:(?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:19|20)\d\d)|\btally\b|\bsince then\b|\b(?:attacks|strikes|raids|bombings|clashes|violence|incidents)\s+(?:in|during)\s+(?:19|20)\d\d\b|\b(?:deadliest|bloodiest) (?:year|month)\b|\b(?:deadliest|bloodiest|worst)\b[^.]{0,50}\bin (?:recent years|(?:a|the past|the last) (?:decade|\w+ years))\b|so far this (?:year|month)|this year alone|to date|in total since|over the past (?:\w+ )?(?:months|years))/i;
export function casualtiesIn(
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
  // "adding that no one had been hurt", "injuring no one", "without harming anyone": nobody hurt, so nobody killed
  // (not "no one was seriously injured", which says some were)
  if (
    /\b(?:no one|nobody|no-one)\s+(?:was|were|had been|has been|have been|got)\s+(?:hurt|injured|wounded|harmed|harm)\b|\b(?:injuring|wounding|hurting|harming) no one\b|\bwithout (?:injuring|wounding|hurting|harming) anyone\b/i.test(
      text,
    )
  ) {
    out.killed = 0;
    out.injured = 0;
  }
  // "no one has been killed", "killing no one": nobody dead says nothing of the wounded
  if (
    /\b(?:no one|nobody|no-one)\s+(?:has been|had been|have been|were)\s+(?:killed|slain)\b|\bkilling no one\b|\bnobody was slain\b/i.test(
      text,
    )
  )
    out.killed = 0;
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
    if (/^(?:killed|shot dead|died|martyred)/i.test(m[1] ?? '')) out.killed = Math.max(out.killed ?? 0, 1);
    else out.injured = Math.max(out.injured ?? 0, 1);
  }
  for (const m of text.matchAll(ONE_AND_MORE)) {
    const more = wordValue(m[1]);
    if (more === null) continue;
    if (/^(?:killed|shot dead)/.test(m[2])) out.killed = Math.max(out.killed ?? 0, 1 + more);
    else out.injured = Math.max(out.injured ?? 0, 1 + more);
  }
  if (/\bno (?:\w+ )?(?:injuries or )?damage\b/i.test(text)) out.damage = 'none reported';
  for (const n of nums) {
    if (n.start < a || n.end > b) continue;
    if (n.value === 0) continue;
    const after = docText.slice(n.end, Math.min(b, n.end + 70)).toLowerCase();
    const before = docText.slice(Math.max(a, n.start - 40), n.start).toLowerCase();
    const noun = (n.noun ?? '').toLowerCase();
    // an age in apposition is no toll: "Suresh Paswan, 27, a mason", "Havildar Mohan Singh, 38, was also killed"
    if (
      n.value < 120 &&
      /[A-Z][\w'’.-]*,\s*$/.test(docText.slice(Math.max(a, n.start - 40), n.start)) &&
      /^\s*,/.test(after)
    )
      continue;
    // nor an age told as such: "two men, aged 71 and 68, were killed"
    if (noun === 'years' && /\baged\b/.test(before)) continue;
    // "two of them returned to duty": a part of a group counted before, which gives no toll by its noun alone
    const partOf = /^\s*of (?:them|those|whom|these)\b/.test(after);
    // money is no toll: "Rs 50,000 for each of the seriously injured"
    if (
      /(?:\brs\.?|\$|€|£|\b(?:usd|eur|inr|gbp))\s*$/i.test(before) ||
      /\b(?:rupees?|dollars?|euros?|pounds?|lakh|crore|naira|shillings?|francs?|dinars?|compensation)\b/.test(
        noun,
      )
    )
      continue;
    // "received 23 wounded people": the wounded named by their state
    const hurtNoun =
      /^(?:wounded|injured) (?:people|persons|civilians|patients|children|soldiers|men|women)$/.test(noun);
    if (
      !hurtNoun &&
      (/^(?:[\s,]+[\w.'’()-]+){0,6}?[\s,]+(?:were |was |have been |had been |are |being )?(?:killed|dead|died|slain|martyred|lost their lives)\b/.test(
        after,
      ) ||
        /\b(?:killing|killed|kills|slew|slays|martyring|martyred|(?:shooting|shot|gunning) dead|gunn(?:ing|ed) down|death toll (?:rose to|of|stood at|at)?)\s*["“]?(?:at least |about |some |more than |over |nearly |almost |up to |no (?:less|fewer) than )?(?:his |her |their |its )?$/.test(
          before,
        ) ||
        // ("nine dead and 14 injured": the noun carried over to the second figure is not its own)
        (/^(deaths|dead|fatalities|bodies)$/.test(noun) && !/^\s*(?:injured|wounded|hurt)\b/.test(after)) ||
        /\bclaim(?:ed|ing|s)? the lives of\s+(?:at least |about |some |more than |over |nearly |almost |up to )?$/.test(
          before,
        ) ||
        neutralised(noun, after, before))
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
      /^(?:[\s,]+[\w.'’()-]+){0,8}?[\s,]+(?:were |was |have been |had been |are |being )?(?:injured|wounded|hurt|evaluated for (?:\w+ )?injuries|treated for|hospitali[sz]ed|(?:taken|rushed|admitted) to (?:a |the )?(?:[\w-]+ ){0,2}hospital\b(?! to\b)|(?:sustained|suffered) (?:\w+ )?(?:injuries|wounds|burns))\b/.test(
        after,
      ) ||
      /\b(?:injuring|wounding|injured|wounded|injures|wounds)\s*["“]?(?:at least |about |some |more than |over |nearly |almost |up to |no (?:less|fewer) than )?(?:his |her |their |its )?$/.test(
        before,
      ) ||
      (/^(?:injuries|injured|wounded)$/.test(noun) && !partOf) ||
      hurtNoun
    ) {
      if (out.injured === null || n.value > out.injured) out.injured = n.value;
    }
  }
  // "killing four soldiers and a civilian": a counted group and one more
  for (const m of text.matchAll(GROUP_AND_ONE)) {
    const v = wordValue(m[2]);
    if (v === null) continue;
    if (/^kill/i.test(m[1])) out.killed = Math.max(out.killed ?? 0, v + 1);
    else out.injured = Math.max(out.injured ?? 0, v + 1);
  }
  // a count the number finder did not take as one ("Three U.S. service members were treated for …") told as the
  // subject of a verb of harm
  for (const m of text.matchAll(COUNTED_SUBJECT)) {
    const at = a + (m.index ?? 0) + m[0].indexOf(m[1]);
    if (nums.some((n) => n.start <= at && at < n.end)) continue;
    const v = wordValue(m[1]);
    if (v === null || v === 0 || v > 10000) continue;
    if (/^(?:killed|dead|martyred)/i.test(m[3])) out.killed = Math.max(out.killed ?? 0, v);
    else out.injured = Math.max(out.injured ?? 0, v);
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
