/**
 * What the news of a story is, read from its headline and lead (the first body paragraph). A story whose lead reports
 * a violent event of recent days, or a demonstration, is a story of that event: it tells it again further down, often
 * without a day, and every record it gives is read as before. A story whose lead reports something else (talks, a
 * parade, an inquiry's findings, sanctions, a vote), or that looks back ("30 years since the war", a headline's past
 * year), recalls violence as the background of that news: a violent record is current only with evidence of its own
 * recency (a recent day in its own sentences that is not the day something was said, "overnight", "last week", "has
 * been killed", "the latest attack"); any other is background.
 */
import { type DateMention, datelineDate, stampOnly } from '../dates.ts';
import type { Doc } from '../doc.ts';
import { hasHeadline } from '../entities/lines.ts';
import { daysFrom, plainPattern } from './common.ts';
import { FIGURATIVE, namedAsHazard, PHYSICAL, withoutCharges } from './not-events.ts';
import type { Candidate } from './types.ts';
import { countedBack, dayHeading, frameOf, PAST_IN_PASSING, saidBefore, spanOfActs } from './when.ts';

/** How many body paragraphs after the headline make the lead (a story says what its news is in its first). */
const LEAD_PARAS = 1;
/**
 * A paragraph of the body, not a line of page furniture or a caption left in it ("March 19, 2025.", "A damaged hall in
 * the town on Thursday. / Agency", "… (Photo: Agency)"): a lead paragraph runs to a full sentence and more.
 */
const bodyPara = (t: string) =>
  t.trim().split(/\s+/).length >= 15 &&
  !/\s\/\s*[\p{Lu}][^/]{0,40}$|\((?:[^()]*\b)?(?:photo|photograph|picture|image|file)s?\b[^()]*\)\s*$/iu.test(
    t.trim(),
  );
/**
 * The last paragraph of the lead: a headline (a first line with no closing stop) and the first body paragraphs.
 */
export function leadEnd(doc: Doc): number {
  let body = 0;
  for (let k = hasHeadline(doc) ? 1 : 0; k < doc.paragraphs.length; k++) {
    if (bodyPara(doc.paragraphs[k].text)) body++;
    if (body === LEAD_PARAS) return k;
  }
  return doc.paragraphs.length - 1;
}

/**
 * Words that place an event in the days of the report without a day (days, "yesterday" among them, are read from the
 * dates, where the day something was said is told apart): "overnight", "last week", "hours earlier", "the latest attack".
 */
const RECENT_WORDS =
  /\b(?:overnight|this (?:morning|afternoon|evening|week)|last (?:night|week|weekend)|tonight|earlier (?:today|this week|in the day)|(?:hours|a day|two days|three days|days) (?:ago|earlier|before|later)|(?:the )?(?:latest|fresh|renewed|new|continuing|ongoing|recent)\s+(?:[\w-]+\s+){0,3}(?:attacks?|strikes?|air ?strikes?|raids?|fighting|clashes|violence|shelling|assaults?|offensive|barrage|bombings?|ambush(?:es)?|killings?))\b/i;
/**
 * News of another kind that takes violence as its object in a lead: sanctions, talks, a parade or a ceremony, a visit,
 * a vote, blame and responsibility ("sanctions on commanders it holds responsible for attacks on civilians", "talks
 * to end the fighting", "a parade marking the victory over").
 */
const OTHER_NEWS =
  /\b(?:sanction\w*|asset freezes?|travel bans?|talks|negotiat\w+|ceasefire|truce|peace (?:deal|agreement|accord|process|plan|conference)|parades?|ceremon(?:y|ies)|commemorat\w+|memorials?|funerals?|burials?|vigils?|mourn\w*|visit\w*|summits?|conferences?|elections?|votes?|campaign\w*|budget|contracts?|deals?|accords?|agreements?|responsib(?:le|ility)|accus(?:e|es|ed|ing|ations?)|blam(?:e|es|ed|ing)|charged|warrants?|lawsuits?|sued|appeals?|honou?r\w*|anniversar(?:y|ies)|documentar(?:y|ies)|films?|books?|exhibitions?|interview\w*|profiles?)\b[^.;:!?]{0,80}?\b(?:for|over|of|into|about|on|to (?:end|halt|stop)|ending|marking|against|in connection with|linked to|behind)\s+(?:[\w'’-]+\s+){0,6}$/i;
/**
 * An act not done yet: readied, planned, threatened or vowed ("readies 'largest offensive in a decade'", "plans fresh
 * strikes"), told with a modal ("would strike", "will be attacked") or as a quoted infinitive, a promise ("to 'strike
 * back' at", "to 'strike at the roots' of extremism").
 */
const PLANNED_BEFORE =
  /\b(?:plan(?:s|ned|ning)?|prepar(?:e|es|ed|ing)(?: for)?|read(?:y|ies|ied|ying)|threat(?:en|ens|ened|ening)|vow(?:s|ed|ing)?|mull(?:s|ed|ing)?)\s+(?:(?:an?|the|its|their|new|fresh|major|possible|wider|renewed)\s+)?["'“‘]?(?:[\w-]+\s+){0,2}$|\b(?:will|would|shall|could|might)\s+(?:(?:not|also|soon|now|again|then|be)\s+){0,2}$|\bto\s+["'“‘]$/i;
/** An act the lead tells as planned, threatened or vowed, not done. */
const planned = (text: string, at: number) => PLANNED_BEFORE.test(text.slice(Math.max(0, at - 90), at));
/** A trigger in a lead that only tells what other news is about. */
const otherNewsOf = (text: string, at: number) => OTHER_NEWS.test(text.slice(Math.max(0, at - 160), at));

/** Where a record's trigger stands in its own sentence (-1 when it cannot be found again). */
function triggerAt(f: Candidate, doc: Doc): { text: string; at: number } | null {
  const text = doc.sentences[f.sentence]?.text;
  if (!text) return null;
  const m = plainPattern(f.trig.re).exec(text);
  return m ? { text, at: m.index } : null;
}
/** A record whose trigger names acts in the plural, a kind of act rather than one event: "airstrikes on villages". */
function pluralAct(f: Candidate, doc: Doc): boolean {
  const t = triggerAt(f, doc);
  if (!t) return false;
  const word = /^[\w-]+/.exec(t.text.slice(t.at))?.[0] ?? '';
  const m = plainPattern(f.trig.re).exec(t.text.slice(t.at));
  const head = (m?.[0] ?? word).trim().split(/\s+/);
  return head.some((w) => /[^su]s$|ies$/i.test(w) && w.length > 3);
}
/**
 * A record whose trigger only tells what news of another kind is about ("sanctions on officers it accuses of carrying
 * out airstrikes on schools"), names a hazard, or is told through a frame, a count back or as planned: no event the
 * lead reports, unless one of its sentences tells it as an act of these days.
 */
function framedRecord(f: Candidate, doc: Doc): boolean {
  const t = triggerAt(f, doc);
  if (!t) return false;
  // (an act the other news is about that is itself of these days stays the news: "blamed the group for an ambush that
  // killed nine policemen this week")
  if (
    f.sents.some((k) => {
      const x = doc.sentences[k]?.text ?? '';
      return RECENT_WORDS.test(x) || PRESENT_PERFECT.test(x);
    })
  )
    return false;
  return (
    otherNewsOf(t.text, t.at) ||
    namedAsHazard(t.text, t.at) ||
    !!frameOf(t.text, t.at) ||
    countedBack(t.text, t.at) ||
    planned(t.text, t.at)
  );
}

/**
 * A violent act told in the present perfect, the tense of news ("has been killed", "have stormed"), not as a pattern
 * ("have repeatedly shelled", "has been hit before", "have been accused of").
 */
const PRESENT_PERFECT =
  /\b(?:has|have)\s+(?:just\s+|now\s+|also\s+)?(?:been\s+)?(?:killed|struck|hit|attacked|shelled|bombed|stormed|seized|captured|abducted|kidnapped|wounded|injured|shot|destroyed|damaged|targeted|ambushed|overrun|clashed|fired)\b(?![^.;]{0,40}\b(?:before|since|times|repeatedly|in the past|over the (?:years|past))\b)/i;

/**
 * A day of the days of the report (at most two weeks before it), told in one of the record's own sentences: not the
 * day something was said, not a wire dateline's day of filing, not a time counted from another event.
 */
function ownRecentDay(
  f: Candidate,
  doc: Doc,
  dates: DateMention[],
  published: string,
  sents = f.sents,
): boolean {
  const header = dayHeading(doc, dates, f.sentence);
  return dates.some((d) => {
    if ((!sents.includes(d.sent) && d !== header) || (d.precision !== 'day' && d.precision !== 'time'))
      return false;
    // (a time counted from another event, "an hour after", "the next morning", is that event's, not the report's)
    if (d.anchored) return false;
    if (saidBefore(doc, d) || datelineDate(doc, d)) return false;
    const gap = daysFrom(d.iso.slice(0, 10), published);
    return gap >= -1 && gap <= 14;
  });
}
/**
 * A record with evidence of its own that it happened in the days of the report, read in `sents` (by default every
 * sentence of its account).
 */
export function ownRecency(
  f: Candidate,
  doc: Doc,
  dates: DateMention[],
  published: string | null,
  sents = f.sents,
): boolean {
  if (published && ownRecentDay(f, doc, dates, published, sents)) return true;
  return sents.some((k) => {
    const t = doc.sentences[k]?.text ?? '';
    return RECENT_WORDS.test(t) || PRESENT_PERFECT.test(t);
  });
}

/** The kinds of political violence (not demonstrations, not strategic developments such as arrests). */
const VIOLENT_TYPES = new Set([
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Riots',
]);
/** Words of a violent act, whatever the trigger lexicon makes of them: a lead that uses one tells of violence. */
const VIOLENT_ACT =
  /\b(?:attack(?:s|ed|ing)?|assault(?:s|ed)?|strikes?|struck|air ?strikes?|kill(?:s|ed|ing|ings)?|slain|slew|slaying|shell(?:s|ed|ing)|bomb(?:s|ed|ing|ings)?|explo(?:sions?|ded?)|blasts?|clash(?:es|ed)?|fighting|raid(?:s|ed)?|ambush(?:es|ed)?|shot|shoot(?:ing|ings)?|opened fire|gunfire|gunmen|wound(?:ed|ing)|injur(?:ed|ing)|dead|died|abduct(?:ed|ion|s)?|kidnap\w*|storm(?:s|ed|ing)|seiz(?:e|es|ed|ing)|(?:re)?captur(?:e|es|ed|ing)|re-?tak(?:e|es|en|ing)|retook|(?:took|taken|takes|seized|regained) (?:full )?control|overr(?:a|u)n|torched|massacre\w*|barrages?|pound(?:s|ed|ing)|hits?|riot\w*|lynch\w*|advanc(?:e|es|ed|ing)|offensives?|fled|flee(?:ing|s)?|sieges?|besieg\w+|battles?|gunfights?|firefights?|death toll|launch(?:es|ed|ing)?|fir(?:e|es|ed|ing) (?:[\w-]+ ){0,3}?(?:missiles?|rockets?|shells?|mortars?|drones?|grenades?))\b/gi;
/** Words of an act that is violence whatever surrounds it: "air strikes", "shelled", "gunmen", "killed". */
const VIOLENT_ALONE =
  /^(?:air ?strikes?|shell(?:s|ed|ing)|bomb(?:ed|ing|ings)|kill(?:s|ed|ing|ings)?|slain|slew|slaying|massacre\w*|gunmen|gunfire|opened fire|ambush(?:es|ed)?|explo(?:sions?|ded?)|blasts?|abduct(?:ed|ion|s)?|kidnap\w*|wound(?:ed|ing)|injur(?:ed|ing)|dead|died|death toll|barrages?|lynch\w*|gunfights?|firefights?|besieg\w+)$/i;
/** Armed actors and arms: evidence, beside a word of an act, that the act is violence. */
const ARMED =
  /\b(?:forces|guards?|corps|arm(?:y|ies)|military|navy|air force|paramilitar\w*|militias?|fighters|insurgents?|jihadists?|gunmen|troops|soldiers|warplanes?|jets|munitions|weapons?)\b/i;
/** A war's toll or span told as a whole ("a conflict that has killed thousands", "years of fighting"): no event. */
const TOLL_OF_WAR =
  /\b(?:that|which|who) (?:has|have|had) (?:so far |now |already )?(?:killed|claimed|left|displaced|wounded|uprooted)\b[^.;]*|\b(?:years|months|decades|weeks|days) of (?:war|fighting|conflict|violence|attacks|shelling|bombing|bombardment|clashes)\b/gi;

/** Time counted back to an event: "30 years since", "a decade after", "the tenth anniversary of". */
const LOOKING_BACK =
  /\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|twenty|thirty|forty|fifty|several|many)(?:-| )(?:years?|decades?)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several) (?:decades?|years?) (?:and|or) \w+) (?:since|after|on from|ago)\b|\b(?:\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th)) anniversary\b|\banniversary of\b|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|twenty|thirty|forty|fifty|several|many)(?:-| )(?:years?|decades?) on(?=[,.;:!?]|\s*$)/i;
/** A story whose headline or lead counts the years back to an event, or whose headline names a year before the report. */
function retrospective(doc: Doc, dates: DateMention[], published: string | null, end: number): boolean {
  for (const s of doc.sentences) {
    if (s.para > end) break;
    if (LOOKING_BACK.test(s.text)) return true;
    if (
      s.para === 0 &&
      hasHeadline(doc) &&
      published &&
      dates.some(
        (d) => d.sent === s.index && d.precision === 'year' && d.iso.slice(0, 4) < published.slice(0, 4),
      )
    )
      return true;
  }
  return false;
}

/**
 * A line of the headline: the first line, or a line of the lead with no closing stop after a label above it ("WORLD
 * NEWS | Security" over "Eight killed as gunmen storm bar").
 */
const titleLine = (doc: Doc, para: number) =>
  para === 0 || !/[.!?…"”’)]\s*$/.test(doc.paragraphs[para].text.trim());
/**
 * A weekday, "today" or "yesterday": with no publication date to resolve them against, the sign that a lead tells the
 * days of its report ("Yemen's Houthis fired a ballistic missile at a tanker in the Red Sea on Friday").
 */
const DAY_OF_NOW = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b/;
/** Words told in the present of a feature ("she says", "he recalls"), and in the past of a report ("she said"). */
const SAYS_NOW = /\b(?:says|recalls|remembers|explains|describes)\b/g;
const SAID = /\b(?:said|told|recalled|added|explained|described)\b/g;
/**
 * A feature's voice: its people speak in the present ("\"We still work,\" she says"), twice or more and more often than
 * in the past, as a report's do not ("police said").
 */
function featureVoice(doc: Doc): boolean {
  const text = doc.text.slice(0, 20_000);
  const now = (text.match(SAYS_NOW) ?? []).length;
  return now >= 2 && now > (text.match(SAID) ?? []).length;
}
/**
 * A date of the page, not of its story, in a feature (`featureVoice`): a stamp ("Published 28 November 2026"), a line
 * of the date alone, or a line of page furniture below the headline, with no closing stop (a label, a byline, a
 * sponsor: "Features | 29 November 2026"). A report's page date is the day of its news ("Militants ambushed a convoy
 * in Chandel, killing two" under "29 November 2026").
 */
const pageDate = (doc: Doc, d: DateMention) =>
  (stampOnly(doc, d) || (doc.sentences[d.sent].para > 0 && titleLine(doc, doc.sentences[d.sent].para))) &&
  featureVoice(doc);
/**
 * The title of a feature: someone or somewhere named by what they went through ("The midwife who delivered a baby as
 * shells hit her hospital", "The town that refused to fall"), not an event told by its verb, as a news headline is.
 */
const FEATURE_TITLE = /^(?:the|a|an)\s+(?:[\w'’-]+\s+){1,3}?(?:who|that|whose|where)\s/i;
/** Whether the headline or the lead gives a sign of the days of the report, or the headline names an act of violence. */
function leadOfNow(doc: Doc, dates: DateMention[], published: string | null, end: number): boolean {
  for (const s of doc.sentences) {
    if (s.para > end) break;
    if (
      titleLine(doc, s.para) &&
      !(s.para === 0 && hasHeadline(doc) && FEATURE_TITLE.test(s.text)) &&
      (VIOLENT_ACT.test(s.text) || /\b(?:protest|march|rall(?:y|ies)|demonstrat|riot)\w*/i.test(s.text))
    ) {
      VIOLENT_ACT.lastIndex = 0;
      return true;
    }
    VIOLENT_ACT.lastIndex = 0;
    if (RECENT_WORDS.test(s.text) || PRESENT_PERFECT.test(s.text)) return true;
    if (!published && DAY_OF_NOW.test(s.text)) return true;
    if (
      dates.some(
        (d) =>
          d.sent === s.index &&
          (d.precision === 'day' || d.precision === 'time') &&
          !saidBefore(doc, d) &&
          !pageDate(doc, d) &&
          (!published || Math.abs(daysFrom(d.iso.slice(0, 10), published)) <= 14),
      )
    )
      return true;
  }
  return false;
}

/** A sentence whose first word of a violent act only tells what news of another kind is about, or names a hazard. */
function otherNewsAct(text: string): boolean {
  VIOLENT_ACT.lastIndex = 0;
  const m = VIOLENT_ACT.exec(text);
  VIOLENT_ACT.lastIndex = 0;
  return !!m && (otherNewsOf(text, m.index) || namedAsHazard(text, m.index) || planned(text, m.index));
}

/**
 * Whether the lead (headline and first body paragraph) tells a violent event of now: a current record of violence or
 * of a demonstration found there, a barrage told by the places it hit, or a word of a violent act beside harm, arms or
 * armed men, not told through a frame that retells it ("an inquiry into the bombing"), not what news of another kind
 * is about ("sanctions over attacks on civilians"), not a war's toll as a whole, and not at a time well past. In a
 * story that looks back, only a violent record of the lead with a recent day of its own.
 */
export function leadIsViolent(
  found: Candidate[],
  doc: Doc,
  dates: DateMention[],
  published: string | null,
  hitsSites: (sentence: number) => boolean,
): boolean {
  const end = leadEnd(doc);
  const headline = hasHeadline(doc);
  // a story that looks back (its headline or lead counts the years since, or its headline names a year past) reports
  // violence as news only when the lead tells an event with a recent day of its own
  if (retrospective(doc, dates, published, end))
    return (
      !!published &&
      found.some(
        (f) =>
          !f.background &&
          f.firstPara <= end &&
          VIOLENT_TYPES.has(f.type) &&
          ownRecentDay(f, doc, dates, published),
      )
    );
  // a story with a headline that tells no act of violence, whose lead gives no sign of the days of the report (no
  // recent day that is not one of saying, no "overnight" or "last week", no act in the present perfect) tells its
  // violence as a story of the past: a profile, a feature ("She was 34 when her battalion was surrounded …")
  if (headline && !leadOfNow(doc, dates, published, end)) return false;
  // (a demonstration the lead reports is an event of now too: its clashes are told further down without a day)
  // (not one whose trigger only tells what other news is about: "sanctions over airstrikes on civilians")
  if (
    found.some(
      (f) =>
        !f.background && f.firstPara <= end && f.type !== 'Strategic developments' && !framedRecord(f, doc),
    )
  )
    return true;
  for (const s of doc.sentences) {
    if (s.para > end) break;
    if (s.text.length > 3000) continue;
    const own = dates.filter((d) => d.sent === s.index);
    if (published && own.some((d) => daysFrom(d.iso, published) > 14)) continue;
    if (PAST_IN_PASSING.test(s.text)) continue;
    // (a barrage told by the places it hit: "launched 112 drones and 14 missiles overnight, killing three in X")
    // (unless what hit them only tells what other news is about: "sanctions over airstrikes on schools in X and Y")
    if (hitsSites(s.index) && !otherNewsAct(s.text)) return true;
    const text = withoutCharges(s.text.replace(FIGURATIVE, (m) => ' '.repeat(m.length))).replace(
      TOLL_OF_WAR,
      (m) => ' '.repeat(m.length),
    );
    // (a headline's label of an event before a colon names what the news is about: "X bombing: panel finds …")
    const label = s.para === 0 && headline ? (/^(?:\S+\s+){0,4}\S+:\s/.exec(text)?.[0].length ?? -1) : -1;
    // (what follows a framed act in its sentence tells more of that act: "sanctions over attacks that killed 31")
    let framedAt = -1;
    for (const m of text.matchAll(VIOLENT_ACT)) {
      if (m.index < label) continue;
      if (framedAt >= 0 && !/[;:]/.test(text.slice(framedAt, m.index))) continue;
      // (or what a time counted back or a span of acts tells of: "three weeks after the camp came under attack", "after
      // a winter of massacres and drone strikes"; or an act only planned, threatened or vowed: "readies an offensive")
      if (
        frameOf(s.text, m.index, m[0].length) ||
        otherNewsOf(s.text, m.index) ||
        countedBack(s.text, m.index) ||
        spanOfActs(s.text, m.index) ||
        planned(s.text, m.index) ||
        namedAsHazard(s.text, m.index)
      ) {
        framedAt = m.index;
        continue;
      }
      if (VIOLENT_ALONE.test(m[0])) return true;
      // (with evidence of harm, a weapon or an armed actor beside the act: "attack ads" and "costs hit a record" are
      // no violence)
      // (or in its paragraph: "The latest attack came late Tuesday. At 9:40 p.m., two drones flew at the base")
      const para = doc.paragraphs[s.para];
      const at = s.start - para.start + m.index;
      const rest = para.text.slice(0, at) + ' '.repeat(m[0].length) + para.text.slice(at + m[0].length);
      if (!PHYSICAL.test(rest) && !ARMED.test(rest)) continue;
      return true;
    }
  }
  return false;
}

/** How long before the report a time told is the past, not the days of the report (a year). */
const PAST_DAYS = 365;
/**
 * A word of the present in a sentence of the lead: news told now ("The union has called …", "the report says", "is
 * reviewing", "will"), not a story told wholly in the past tense.
 */
const PRESENT_TENSE = /\b(?:is|are|am|has|have|says|say|will|won't|shall|can|now|today)\b/i;
/** Quoted words, which are another time's speech. */
const QUOTED = /["“][^"“”]*["”]/g;
/**
 * A story told in the past: its lead (the first body paragraph) is told in the past tense only and gives times, every
 * one of them more than a year before the report ("When Mary Henderson joined the suffragettes in 1907, she was …",
 * "were not supposed to be at the centre of the 1984 miners' strike"), with no word of the days of the report and no
 * current record of its own, and no record of the whole story has a recent day of its own. A page's stamp or a wire
 * dateline's day is no time of the story.
 */
function pastStory(found: Candidate[], doc: Doc, dates: DateMention[], published: string): boolean {
  const end = leadEnd(doc);
  const lead = dates.filter(
    (d) => doc.sentences[d.sent].para === end && !stampOnly(doc, d) && !datelineDate(doc, d),
  );
  if (!lead.length || lead.some((d) => daysFrom(d.iso, published) <= PAST_DAYS)) return false;
  for (const s of doc.sentences) {
    if (s.para > end) break;
    if (RECENT_WORDS.test(s.text) || PRESENT_PERFECT.test(s.text)) return false;
    if (s.para === end && PRESENT_TENSE.test(s.text.replace(QUOTED, ' '))) return false;
  }
  return !found.some((f) => !f.background && (f.firstPara <= end || ownRecentDay(f, doc, dates, published)));
}

/**
 * In a story whose lead tells no violent event of now, a violent record with no evidence of its own recency recalls
 * the past: it is background. (Outside a story that looks back, a current violent record in the lead makes the lead
 * violent, so only a looking-back story loses one there.) In a story told in the past (`pastStory`), so does any
 * record with none, a demonstration too ("Their protests helped to push for the vote", "Women from the village marched
 * through Durham", in a story of 1907 or of 1984): an act with no day in a story of decades ago is of that time, not
 * of the publication day.
 */
export function recallsOfOtherNews(
  found: Candidate[],
  doc: Doc,
  dates: DateMention[],
  published: string | null,
  violentLead: boolean,
): void {
  const past = !!published && pastStory(found, doc, dates, published);
  if (violentLead && !past) return;
  const end = leadEnd(doc);
  // (in a story that looks back, a sentence further down that only refers back to the event - "the attack had wounded
  // a nation", ""today at last it is over," said a woman whose brother was shot" - dates the story's news, not that
  // event: a record told after the lead must have the evidence in its own sentence)
  const back = retrospective(doc, dates, published, end);
  for (const f of found) {
    if (f.background || (!VIOLENT_TYPES.has(f.type) && !past)) continue;
    // (a record of the lead whose trigger only tells what the other news is about takes that news's day, not one of
    // its own: "on Monday imposed sanctions on officers it accuses of airstrikes")
    // (one act with a day of its own keeps it: "a memorial for the victims of Sunday's car bomb")
    if (
      ownRecency(f, doc, dates, published, back && f.firstPara > end ? [f.sentence] : f.sents) &&
      !(f.firstPara <= end && pluralAct(f, doc) && framedRecord(f, doc))
    )
      continue;
    f.background = true;
  }
}

/** A count of events of violence: "74 attacks", "more than 300 killings", "dozens of air strikes". */
const COUNT_OF_EVENTS =
  /\b(?:\d[\d,.]*|dozens of|hundreds of|scores of)\s+(?:[\w-]+\s+){0,2}(?:attacks|incidents|killings|strikes|air ?strikes|clashes|raids|abductions|kidnappings|bombings|assaults|ambushes)\b/i;
/** A report that counts them: data, figures, a monthly assessment, a tally, a monitor's survey. */
const REPORT_WORD =
  /\b(?:reports?|data|figures|assessment|tally|survey|monitor(?:ing|s)?|statistics|study|review|database|index|bulletin|update|briefing)\b/i;
/**
 * A story whose news is a report that counts the violence of a period past ("74 attacks recorded across the country in
 * January, the institute said in its monthly assessment"): the events it goes on to name in that period, each with
 * its day, are examples of the count, the background of the report's news, not events reported as they happen. The
 * lead must tell no current event of its own (a story of an attack that cites a tally of the month is that attack's).
 */
export function examplesOfReport(
  found: Candidate[],
  doc: Doc,
  dates: DateMention[],
  published: string | null,
): void {
  if (!published) return;
  const end = leadEnd(doc);
  if (found.some((f) => !f.background && f.firstPara <= end)) return;
  const periods = new Set<string>();
  let counted = false;
  for (const s of doc.sentences) {
    if (s.para > end) break;
    if (s.para === 0 && hasHeadline(doc)) continue;
    if (s.text.length > 3000) continue;
    if (!COUNT_OF_EVENTS.test(s.text) || !REPORT_WORD.test(s.text)) continue;
    counted = true;
    for (const d of dates) {
      if (d.sent !== s.index || (d.precision !== 'month' && d.precision !== 'year')) continue;
      // (a period before the report's month, or year: the one the report looks back on)
      const span = d.iso.slice(0, d.precision === 'month' ? 7 : 4);
      if (span < published.slice(0, span.length)) periods.add(span);
    }
  }
  if (!counted || !periods.size) return;
  for (const f of found) {
    if (f.background || f.firstPara <= end || !f.date) continue;
    if ([...periods].some((p) => f.date?.startsWith(p))) f.background = true;
  }
}

/**
 * A sentence that announces a list of events as examples: "she listed incidents the mission had verified", "the legal
 * act cites three attacks", "the report details five cases".
 */
const LISTS_EVENTS =
  /\b(?:list(?:s|ed|ing)?|cit(?:e|es|ed|ing)|recount(?:s|ed|ing)?|detail(?:s|ed|ing)?|describ(?:e|es|ed|ing)|enumerat\w+|catalogu?(?:e|es|ed|ing)|gave|gives|give|giving|named|names|recall(?:s|ed|ing)?|highlight(?:s|ed|ing)?)\s+(?:(?:\w+|\d+)\s+){0,3}(?:incidents|attacks|cases|examples|episodes|instances|strikes|killings|events|atrocities|violations|abuses)\b/i;
/**
 * In a story whose lead tells no violent event of now (a council session, a sanctions list, a report), the events a
 * speaker or a document lists as examples ("She listed incidents the UN had verified. On August 24, a drone struck …
 * On September 30, shelling hit …") are the background of that news, whatever their day: each record told in the
 * sentences after the announcement, in the same paragraph (it may be taken up again further down), is background.
 */
export function examplesListed(found: Candidate[], doc: Doc, violentLead: boolean): void {
  if (violentLead) return;
  for (const s of doc.sentences) {
    if (s.text.length > 3000 || !LISTS_EVENTS.test(s.text)) continue;
    for (const f of found) {
      if (f.background || !VIOLENT_TYPES.has(f.type)) continue;
      if (f.sentence > s.index && f.firstPara === s.para) f.background = true;
    }
  }
}
