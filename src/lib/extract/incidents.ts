/**
 * Incidents shaped like ACLED events. A trigger lexicon gives the type and sub-type; slots are filled over a discourse
 * window (the trigger sentence, its paragraph, then later paragraphs that refer back: "the statement said no injuries…",
 * "… didn't ascribe blame for the incident"). Generic, hypothetical and figurative mentions are not incidents;
 * past events mentioned in passing are kept with `background: true`.
 */
import type { DateMention } from './dates.ts';
import type { Doc } from './doc.ts';
import type { Entities, Mention, Org, Person, Place } from './entities.ts';
import type { NumberMention } from './numbers.ts';

export interface ExtractedIncident {
  type: string;
  subType: string;
  summary: string;
  evidence: string;
  place: string | null;
  country: string | null;
  date: string | null;
  localTime: string | null;
  attacker: string | null;
  target: string | null;
  attribution: string;
  killed: number | null;
  injured: number | null;
  damage: string | null;
  background: boolean;
  confidence: number;
  lowConfidence: boolean;
  weapon: string | null;
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
    re: /\b(?:air ?strikes?|drone (?:strike|attack)s?|air raids?|aerial (?:bombardment|attack)s?|bombing raids?|warplanes? (?:struck|bombed|hit)|(?:jets|aircraft) (?:struck|bombed|hit)|drones? (?:struck|hit|slammed|crashed into|targeted|attacked))\b/i,
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
    re: /\b(?:shell(?:ing|ed|s)|artillery (?:fire|strikes?|attacks?|barrage)|mortars?(?: (?:fire|rounds?|shells?|attacks?))?|rocket (?:attack|fire|barrage)s?|rockets? (?:hit|struck|landed|slammed|were fired|was fired)|missile (?:attack|strike)s?|missiles? (?:hit|struck|slammed)|indirect fire|ballistic missiles? (?:hit|struck))\b/i,
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
  { re: /\bgrenades?\b/i, type: EXP, subType: 'Grenade', weapon: 'grenade', strength: 0.6 },
  {
    re: /\b(?:clash(?:es|ed)?|firefights?|gun ?battles?|exchanged (?:gun)?fire|heavy fighting|fighting (?:between|erupted|broke out)|ambush(?:ed)?|stormed|raided|opened fire on (?:a |the )?(?:police|security|army|military|soldiers|troops|checkpoint|convoy|patrol|post))\b/i,
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
    re: /\b(?:seized control|overran|captured the (?:town|village|city)|took control of)\b/i,
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
    re: /\b(?:riot(?:s|ed|ing|ers)?|looted|looting|torched|set (?:fire|ablaze) to (?:cars|vehicles|shops|buildings|tyres|tires)|threw (?:stones|rocks|petrol bombs|molotov)|hurled (?:stones|rocks))\b/i,
    type: 'Riots',
    subType: 'Violent demonstration',
    strength: 0.6,
  },
  { re: /\bmob (?:attack|violence|beat|lynch)\w*\b/i, type: 'Riots', subType: 'Mob violence', strength: 0.6 },
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
    re: /\b(?:protest(?:ed|s)?|demonstrat(?:ion|ions|ed|ors)|rall(?:y|ies|ied)|marched|sit-ins?|took to the streets)\b/i,
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
];

/** Sentences that mention violence only generically, figuratively or as a possibility. */
const GENERIC =
  /\b(?:similar|such|frequent|repeated|regular|recurring|series of|wave of|threat of|threats? (?:of|from)|risk of|fear(?:s|ed)? of|possible|potential|any|future|more)\s+(?:\w+\s+){0,2}(?:attacks?|strikes?|shelling|clashes|protests?|riots?)\b|\bcontinued to face\b|\b(?:have|has) (?:been )?(?:blamed|carried out|conducted|launched)\b[^.]{0,40}\b(?:attacks|strikes)\b|\btwice has\b|\bhas twice\b/i;
const HYPOTHETICAL =
  /\b(?:would|will|could|might|may|plans? to|planning to|threaten(?:s|ed)? to|vow(?:s|ed)? to|warn(?:s|ed)? of|if)\b/i;
const FIGURATIVE =
  /\b(?:price war|trade war|war of words|attacked (?:the|his|her|their) (?:plan|proposal|policy|record|idea|bill|budget|decision|comments?|remarks?)|warning shot|struck a deal|struck an agreement|shot (?:up|to the top)|blamed the (?:loss|defeat|result)|political (?:attack|fire)|under fire (?:for|over)|launch(?:ed)? (?:a|the) (?:campaign|product|app|platform)|bombshell|blast from|killer app|explosive growth|protest vote|(?:sounded|looked|felt) like|like a (?:bomb|war zone|missile|explosion)|as if (?:a|an) (?:bomb|explosion))\b/i;
const BACKGROUND_CUE =
  /\b(?:anniversary|escalated (?:\w+ )?after|since the|ever since|years? (?:ago|earlier)|in (?:19|20)\d\d|back in|the (?:\d{4}|previous) )/i;

const ACTOR_NOUN =
  '(?:forces|troops|soldiers|servicemembers|service members|military|army|navy|police(?: officers)?|officers|militants|fighters|militias?|gunmen|insurgents|rebels|jihadists|protesters|demonstrators|rioters|civilians|coalition(?: forces)?|personnel|workers|guards|villagers|residents|volunteers|passengers)';
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
  const seg = doc.text.slice(a, b);
  ACTOR_RE.lastIndex = 0;
  for (let m = ACTOR_RE.exec(seg); m; m = ACTOR_RE.exec(seg)) {
    const text = m[1].replace(/^(the|a|an) /i, '');
    out.push({ text, start: a + m.index + (m[1].length - text.length), end: a + m.index + m[1].length });
  }
  for (const mm of ents.mentions) {
    if (mm.start < a || mm.end > b) continue;
    if (out.some((o) => o.start <= mm.start && mm.end <= o.end)) continue;
    const name = mentionName(ents, mm);
    if (!name) continue;
    if (mm.kind === 'place') {
      const p = ents.byId.get(mm.id) as Place;
      if (p.kind !== 'country') continue;
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

function bestPlace(ents: Entities, a: number, b: number): Place | null {
  let best: Place | null = null;
  let rank = 0;
  for (const m of ents.mentions) {
    if (m.kind !== 'place' || m.start < a || m.end > b) continue;
    const p = ents.byId.get(m.id) as Place;
    const r = PLACE_RANK[p.kind] ?? 0;
    if (r > rank) {
      best = p;
      rank = r;
    }
  }
  return best;
}

const REFER_BACK =
  /\b(?:the|this|that) (?:incident|attack|strike|blast|explosion|shelling|statement|readout|shoot-?down|assault|clash|bombing|raid)\b|\bno (?:injuries|casualties|damage|deaths|one was)\b|\b(?:killed|wounded|injured|injuries|died|casualties|damage|damaged|destroyed|claimed responsibility|blame|blamed|ascribe|attribut)/i;

interface Casualties {
  killed: number | null;
  injured: number | null;
  damage: string | null;
}

function casualtiesIn(
  text: string,
  nums: NumberMention[],
  a: number,
  b: number,
  docText: string,
): Casualties {
  const out: Casualties = { killed: null, injured: null, damage: null };
  if (/\bno (?:casualties|one was (?:killed|hurt|injured))\b/i.test(text)) {
    out.killed = 0;
    out.injured = 0;
  }
  if (/\bno (?:injuries|one was (?:hurt|injured)|wounded)\b/i.test(text)) out.injured = 0;
  if (/\bno (?:deaths|fatalities|one was killed)\b/i.test(text)) out.killed = 0;
  if (/\bno (?:\w+ )?(?:injuries or )?damage\b/i.test(text)) out.damage = 'none reported';
  for (const n of nums) {
    if (n.start < a || n.end > b) continue;
    if (n.value === 0) continue;
    const after = docText.slice(n.end, Math.min(b, n.end + 70)).toLowerCase();
    const before = docText.slice(Math.max(a, n.start - 40), n.start).toLowerCase();
    const noun = (n.noun ?? '').toLowerCase();
    if (
      /^(?:[\s,]+\w+){0,6}?[\s,]+(?:were |was |have been |had been |are |being )?(?:killed|dead|died|slain|lost their lives)\b/.test(
        after,
      ) ||
      /\b(?:killing|killed|death toll (?:rose to|of|stood at)?)\s*(?:at least |about |some )?$/.test(
        before,
      ) ||
      /^(deaths|dead|fatalities|bodies)$/.test(noun)
    ) {
      if (out.killed === null || n.value > out.killed) out.killed = n.value;
      continue;
    }
    if (
      /^(?:[\s,]+\w+){0,8}?[\s,]+(?:were |was |have been |had been |are |being )?(?:injured|wounded|hurt|evaluated for (?:\w+ )?injuries|treated for|hospitali[sz]ed)\b/.test(
        after,
      ) ||
      /\b(?:injuring|wounding|injured|wounded)\s*(?:at least |about |some )?$/.test(before) ||
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

/** Attribution stated in a window, with negation: claimed / blamed on X by Y / denied / not ascribed. */
function attributionIn(
  text: string,
): { kind: 'claimed' | 'blamed' | 'denied' | 'none'; text: string; by?: string; on?: string } | null {
  const neg = text.match(
    /\b(?:no (?:one|group)|nobody|(?:did not|didn't|has not|hasn't|have not|haven't|has yet to|have yet to|not)\b[^.]{0,40}?)\s*(?:immediately )?(?:claim(?:ed)?|ascribe[ds]?|blame[ds]?|attribut\w+)/i,
  );
  const cl = text.match(
    /\b((?:[A-Z][\w.'-]*\s*){1,6}|the group|the militants|it|they)\s+(?:has |have |had )?(?:claimed|took|taken|accepted) (?:responsibility|credit)\b|\bclaimed by (?:the )?((?:[A-Z][\w.'-]*\s*){1,6})/,
  );
  if (
    cl &&
    !(
      neg &&
      neg.index !== undefined &&
      cl.index !== undefined &&
      neg.index < cl.index &&
      /claim/i.test(neg[0])
    )
  ) {
    const who = (cl[1] ?? cl[2] ?? '').trim();
    return { kind: 'claimed', text: `claimed by ${who || 'a group'}`, by: who };
  }
  if (neg) {
    const bits = text.slice(neg.index ?? 0).split(/[,;]/)[0];
    // "didn't ascribe blame for the incident, but similar attacks have been blamed by X on Y"
    const generic = text.match(/similar attacks? (?:have|has) been blamed (?:by ([^.]*?) )?on ([^.,]*)/i);
    return {
      kind: 'none',
      text: generic
        ? `not ascribed (similar attacks blamed${generic[1] ? ` by ${generic[1].trim()}` : ''} on ${generic[2].trim()})`
        : `not ascribed: ${bits.trim()}`,
    };
  }
  const den = text.match(
    /\b((?:[A-Z][\w.'-]*\s*){1,5})\s+(?:denied|rejected) (?:any )?(?:responsibility|involvement|carrying out)/,
  );
  if (den) return { kind: 'denied', text: `denied by ${den[1].trim()}`, by: den[1].trim() };
  const bl = text.match(
    /\b((?:[\w.'-]+\s+){0,4}?[\w.'-]+)\s+(?:has |have |had |also |later )?(?:blamed|accused)\s+(.{2,70}?)\s+(?:for|of)\b/,
  );
  if (bl) {
    const by = bl[1].replace(/^(?:but|and|the|a|an|however|meanwhile)\s+/i, '').trim();
    return { kind: 'blamed', text: `blamed on ${bl[2].trim()} by ${by}`, by, on: bl[2].trim() };
  }
  const on = text.match(/\bblamed (?:by (.{2,60}?) )?on (.{2,60}?)(?=[,.;]|$| for\b| after\b| in\b)/i);
  if (on)
    return {
      kind: 'blamed',
      text: `blamed on ${on[2].trim()}${on[1] ? ` by ${on[1].trim()}` : ''}`,
      by: on[1]?.trim(),
      on: on[2].trim(),
    };
  return null;
}

export function extractIncidents(
  doc: Doc,
  ents: Entities,
  dates: DateMention[],
  nums: NumberMention[],
  published: string | null,
): ExtractedIncident[] {
  const found: (ExtractedIncident & { trig: Trigger; start: number })[] = [];
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  for (const s of doc.sentences) {
    if (s.text.length > 3000) continue;
    const text = s.text;
    if (FIGURATIVE.test(text)) continue;
    let trig: Trigger | null = null;
    let at = -1;
    for (const t of T) {
      const m = t.re.exec(text);
      if (m && (trig === null || t.strength > trig.strength)) {
        trig = t;
        at = m.index;
      }
    }
    if (!trig) continue;
    if (trig.type === 'Battles' && /\b(?:protesters|demonstrators|rioters|crowds?|mobs?)\b/i.test(text)) {
      trig = { ...trig, type: 'Riots', subType: 'Violent demonstration' };
    }
    const generic = GENERIC.test(text);
    const clause = text.slice(Math.max(0, at - 60), at + 80);
    const hypothetical = HYPOTHETICAL.test(clause) && !/\b(?:said|says|reported)\b/.test(text.slice(0, at));
    const para = doc.paragraphs[s.para];
    // the date: in the sentence (time beats day), else in the paragraph
    const sentDates = dates.filter((d) => d.sent === s.index);
    const paraDates = dates.filter((d) => doc.sentences[d.sent].para === s.para && d.sent < s.index);
    const dayDates = (list: DateMention[]) =>
      list.filter((d) => d.precision === 'day' || d.precision === 'time');
    const date =
      dayDates(sentDates).find((d) => d.precision === 'time' && !d.anchored) ??
      dayDates(sentDates).find((d) => d.precision === 'time') ??
      dayDates(sentDates)[0] ??
      dayDates(paraDates).reverse()[0] ??
      sentDates[0] ??
      null;
    const place = bestPlace(ents, s.start, s.end) ?? bestPlace(ents, para.start, para.end);
    // background: a date well before publication, or a cue of a past event mentioned in passing
    let background = false;
    if (date && published) {
      const days =
        (Date.parse(published) - Date.parse(date.iso.slice(0, 10).padEnd(10, '-01').replace(/-$/, '-01'))) /
        864e5;
      if (days > 60 || (date.precision === 'year' && pubYear !== null && date.parts.y < pubYear))
        background = true;
    }
    if (
      BACKGROUND_CUE.test(text) &&
      !(date && (date.precision === 'day' || date.precision === 'time') && !background)
    )
      background = true;
    if (generic && !date) {
      // generic mentions are not incidents; a generic sentence with a concrete past event is background at most
      continue;
    }
    if (hypothetical && !date) continue;
    // actors: the subject before the trigger and the object after it
    const trigAbs = s.start + at;
    const before = actorsIn(doc, ents, s.start, trigAbs);
    const after = actorsIn(doc, ents, trigAbs, s.end);
    let attacker: string | null = null;
    let target: string | null = null;
    const trigText = text.slice(at, at + 60).toLowerCase();
    const passiveTarget =
      /\b(?:received|came under|were (?:hit|targeted|attacked|struck)|was (?:hit|targeted|attacked|struck)|suffered)\b/i.test(
        text.slice(Math.max(0, at - 40), at + 60),
      );
    const lastActor = (list: Span[]) =>
      [...list].reverse().find((x) => !ents.places.some((p) => p.name === x.text)) ?? list[list.length - 1];
    if (trig.subType === 'Disrupted weapons use') {
      attacker = 'unknown';
      target = before.length ? lastActor(before).text : null;
    } else if (passiveTarget) {
      target = before.length ? lastActor(before).text : null;
      const by = text.slice(at).match(/\bby ((?:the )?[\w.'-]+(?:\s+[\w.'-]+){0,4})/);
      attacker = by ? by[1].replace(/^the /, '') : null;
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
      if (otherTrigger || !REFER_BACK.test(pt)) break;
      window.push([doc.paragraphs[p].start, doc.paragraphs[p].end]);
    }
    const cas: Casualties = { killed: null, injured: null, damage: null };
    let attribution: ReturnType<typeof attributionIn> = null;
    for (const [a, b] of window) {
      const t = doc.text.slice(a, b);
      const c = casualtiesIn(t, nums, a, b, doc.text);
      if (cas.killed === null) cas.killed = c.killed;
      if (cas.injured === null) cas.injured = c.injured;
      if (cas.damage === null) cas.damage = c.damage;
      if (!attribution) attribution = attributionIn(t);
    }
    for (const [a, b] of window) {
      const strong = damageIn(doc.text.slice(a, b), true);
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
    if (attribution?.kind === 'blamed' && !attacker && attribution.on) attacker = attribution.on;
    if (!attacker) attacker = 'unknown';
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
    if (confidence < 0.35) continue; // too little to call it an incident
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
    const inc: ExtractedIncident & { trig: Trigger; start: number } = {
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
    };
    // the same event told twice in one paragraph (or the next sentence) merges into one record
    const same = found.find(
      (f) =>
        f.subType === inc.subType &&
        f.background === inc.background &&
        f.place !== null &&
        inc.place !== null &&
        f.place === inc.place &&
        (f.date === null || inc.date === null || f.date.slice(0, 10) === inc.date.slice(0, 10)),
    );
    if (same) {
      same.date ??= inc.date;
      same.localTime ??= inc.localTime;
      same.killed ??= inc.killed;
      same.injured ??= inc.injured;
      same.damage ??= inc.damage;
      if (same.attacker === 'unknown' && inc.attacker !== 'unknown') same.attacker = inc.attacker;
      same.target ??= inc.target;
      if (same.attribution === 'not ascribed' && attribution) same.attribution = inc.attribution;
      same.confidence = Math.max(same.confidence, inc.confidence);
      same.lowConfidence = same.confidence < 0.5;
      continue;
    }
    const prev = found[found.length - 1];
    if (
      prev &&
      prev.subType === inc.subType &&
      doc.sentences[prev.sentence].para >= s.para - 1 &&
      (!prev.place || !inc.place || prev.place === inc.place || PLACE_RANK[place?.kind ?? 'other'] <= 2)
    ) {
      if (!prev.date || (inc.localTime && !prev.localTime)) {
        prev.date = inc.date ?? prev.date;
        prev.localTime = inc.localTime ?? prev.localTime;
      }
      if (!prev.place || (inc.place && PLACE_RANK[place?.kind ?? 'other'] > 2 && !prev.place)) {
        prev.place = inc.place;
        prev.country = inc.country;
      }
      prev.killed ??= inc.killed;
      prev.injured ??= inc.injured;
      prev.damage ??= inc.damage;
      if (prev.attacker === 'unknown' && inc.attacker !== 'unknown') prev.attacker = inc.attacker;
      prev.target ??= inc.target;
      if (prev.attribution === 'not ascribed' && attribution) prev.attribution = inc.attribution;
      prev.confidence = Math.max(prev.confidence, inc.confidence);
      prev.lowConfidence = prev.confidence < 0.5;
      continue;
    }
    found.push(inc);
  }
  return found.map(({ trig: _t, start: _s, ...inc }) => ({ ...inc, summary: summarise(inc) }));
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
