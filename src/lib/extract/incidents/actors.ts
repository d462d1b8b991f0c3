/**
 * Who did it and to whom: actor phrases and named actors in a span, the doer and target of a trigger, the armed
 * force that reports its own act, demonym forces ("a Kyrgyz drone"), whether two names are one actor or one is part
 * of another, the country of a doer, generic actors ("gunmen"), and an actor as shown.
 */
import type { Doc } from '../doc.ts';
import type { Entities, Org, Place } from '../entities.ts';
import { loadGazetteer, normKey } from '../gazetteer.ts';
import {
  ACTOR_NOUN_SRC,
  countryOfName,
  DEFUSED_PASSIVE,
  demonymCountry,
  escapeRe,
  IT_MADE_SAFE,
  isDemonym,
  mentionName,
  mentionsWithin,
} from './common.ts';
import { datelineEnd, inDateline, LOCATIVE } from './places.ts';
import type { Reading, Span } from './types.ts';

const ACTOR_NOUN = ACTOR_NOUN_SRC;
const ACTOR_WORD = new RegExp(`^${ACTOR_NOUN_SRC}$`);
/** (a name may start with digits before its capital: "3R rebels") */
const ACTOR_RE = new RegExp(
  `\\b((?:(?:the|a|an) )?(?:(?:(?:\\d+)?[A-Z][\\w.'-]*|[a-z]+-(?:led|backed|linked|aligned|allied))\\s+){0,4}${ACTOR_NOUN}(?:\\s+(?:tied|linked|loyal|allied) to\\s+[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*)?)?)`,
  'g',
);
/**
 * An outlet that reports, never a doer: whom a source spoke to ("told AFP", "speaking to Reuters"), or the wire
 * credited in a dateline that opens a second item of the page ("MOGADISHU, June 23 (AFP) -").
 */
const TOLD_TO =
  /\b(?:told|tells|telling|speaking to|spoke to|said to|in an interview with)\s+(?:the\s+)?$|\b[A-Z]{3,}[^()\n]{0,40}\($/;
const toldTo = (text: string, at: number) => TOLD_TO.test(text.slice(Math.max(0, at - 50), at));
function actorsIn(doc: Doc, ents: Entities, a: number, b: number): Span[] {
  const out: Span[] = [];
  // (a dateline the span opens on is neither who nor where: the doer is read after it)
  a = datelineEnd(a);
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
  for (const mm of mentionsWithin(ents, a, b)) {
    if (inDateline(mm.start) || toldTo(doc.text, mm.start)) continue;
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
/** The armed force that is the subject of "said" in a sentence ("Niger's armed forces said", "AFRICOM said"). */
export function selfReporter(doc: Doc, ents: Entities, a: number, b: number): string | null {
  const text = doc.text.slice(a, b);
  const said = text.search(/\b(?:said|says|stated|announced|reported|confirmed)\b/);
  if (said < 0) return null;
  for (const m of mentionsWithin(ents, a, a + said, 'org')) {
    const o = ents.byId.get(m.id) as Org;
    if (
      /\b(?:army|armed forces|forces?|military|command|air force|navy|defen[cs]e (?:ministry|forces?)|ministry of defen[cs]e)\b/i.test(
        `${o.name} ${o.aliases.join(' ')}`,
      )
    )
      return o.name;
  }
  const m = text.slice(0, said).match(
    // (names in capitals before the force: "the Nigerian army"; not a clause's first word, "as the army said")
    /\b((?:[A-Z][\w.'-]*\s+)*(?:(?:[Tt]he\s+)?(?:[Aa]rmed [Ff]orces|[Aa]rmy|[Mm]ilitary|[Aa]ir [Ff]orce|[Nn]avy)))\s+(?:has |had )?$/,
  );
  return m ? m[1].replace(/^(?:In \w+,\s*)?the\s+/i, '').trim() : null;
}
/** The last organisation or person named in [a, b). */
export function lastNamed(ents: Entities, a: number, b: number): string | null {
  let out: string | null = null;
  for (const m of mentionsWithin(ents, a, b)) {
    if (m.kind !== 'org' && m.kind !== 'person') continue;
    out = mentionName(ents, m) ?? out;
  }
  return out;
}
/** "Tajik units opened fire", "It was a Kyrgyz drone": the forces of the country a demonym names. */
export function demonymForces(text: string): string | null {
  const re =
    /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:[a-z]+\s+)?(?:forces|troops|units|soldiers|drones?|missiles?|rockets?|jets?|warplanes?|aircraft|artillery|army|military|shells|gunners|helicopters?|navy|side|strikes|airstrikes|raids|shelling|bombardment)\b/g;
  for (const m of text.matchAll(re)) {
    if (!isDemonym(m[1])) continue;
    const at = m.index ?? 0;
    // the victims' side is not the doer: "killing two Pakistani soldiers", "on Tajik positions"
    if (
      /\b(?:killing|killed|wounding|wounded|injuring|injured|on|against|targeting|at|hit|struck|of|toward|towards|into)\s+(?:(?:a|an|the|two|three|four|five|several|\d+)\s+)?$/i.test(
        text.slice(Math.max(0, at - 30), at),
      ) ||
      /^[^.,;]{0,20}\b(?:were|was) (?:killed|wounded|injured|hit)\b/.test(text.slice(at + m[0].length)) ||
      // "the British military's maritime trade office said": an organ of a state that reports, not a doer
      /^['’]s\b/.test(text.slice(at + m[0].length)) ||
      // "Libyan military officials said": the side that tells of an attack (often on itself), not its doer
      /^\s+(?:officials?|sources?|spokes(?:man|woman|person)|authorities|statement|said|says|reported|told)\b/.test(
        text.slice(at + m[0].length),
      ) ||
      // "Nigerian troops have rescued 19 schoolchildren": the side that answers an attack is not its doer
      /^\s+(?:have |has |had )?(?:rescued|freed|evacuated|repelled|pursued|responded|arrested|detained|recovered)\b/.test(
        text.slice(at + m[0].length),
      )
    )
      continue;
    return `${m[1]} forces`;
  }
  return null;
}
/** Two names for the same actor ("Turkish military" and "Turkey military", "police" and "National Police"). */
export function sameActor(x: string, y: string): boolean {
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
export function narrower(x: string, y: string, ents: Entities): boolean {
  if (x === y || x.length <= y.length - 40) return false;
  const org = ents.orgs.find((o) => o.name === y);
  const names = [y, ...(org?.aliases ?? [])].filter((n) => n.length >= 3);
  return names.some((n) => x !== n && new RegExp(`(?:^|\\s)${escapeRe(n)}(?:\\s|$)`).test(x));
}
/**
 * The country of a doer named only by its country ("Ethiopia", "Libyan forces", "Turkey military"), as an ISO
 * code, or null when the doer is named otherwise.
 */
export function countryActor(x: string, ents: Entities): string | null {
  const place = ents.places.find((p) => p.kind === 'country' && p.name === x);
  if (place) return place.country;
  const m = x.match(
    /^(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+(?:forces|military|armed forces|army)$/,
  );
  if (!m) return null;
  return countryOfWord(m[1], ents);
}
/** The country of a doer whose name carries one ("Russia's defence ministry", "Russian forces", "a Russian"). */
export function countryOfDoer(x: string, ents: Entities): string | null {
  const whole = countryActor(x.replace(/['’]s\b/g, ''), ents);
  if (whole) return whole;
  for (const w of x.replace(/['’]s\b/g, '').split(/\s+/)) {
    if (!/^[A-Z]/.test(w) || /^(?:A|An|The)$/.test(w)) continue;
    const c = countryOfWord(w, ents);
    if (c) return c;
  }
  return null;
}
/** The country a demonym or a country name stands for. */
function countryOfWord(w: string, ents: Entities): string | null {
  const dem = demonymCountry(w);
  if (dem !== undefined) return dem;
  const named = ents.places.find((p) => p.kind === 'country' && p.name === w)?.country;
  if (named) return named;
  // a country's short form ("U.S.", "UK") that the text names by its full name or not at all
  return /^[A-Z][A-Z.]+$/.test(w) ? (countryOfName(w) ?? null) : null;
}
/** The armed force `org` belongs to the country `code`: its own country, or a demonym or country name in its name. */
export function forceOfCountry(name: string, code: string, ents: Entities): boolean {
  const org = ents.orgs.find((o) => o.name === name);
  if (!org) return false;
  if (org.country) return org.country === code;
  return org.name.split(/[\s'’]+/).some((w) => /^[A-Z]/.test(w) && countryOfWord(w, ents) === code);
}
const FORCE_NAME = /\b(?:armed forces|army|military|defen[cs]e forces|air force|navy)$/i;
const stateForces = new WeakMap<Doc, string | null>();
/**
 * The one state force an article names by its country ("the Malian Armed Forces", "Myanmar's military"), that a
 * bare "the army" or "a military jet" stands for; null when none or forces of two countries are named.
 */
export function namedStateForce(doc: Doc, ents: Entities): string | null {
  if (stateForces.has(doc)) return stateForces.get(doc) ?? null;
  const found = new Map<string, string>();
  for (const o of ents.orgs) {
    if (!FORCE_NAME.test(o.name)) continue;
    const code =
      o.name
        .split(/[\s'’]+/)
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => countryOfWord(w, ents))
        .find((c) => c) ?? null;
    if (code && !found.has(code)) found.set(code, o.name);
  }
  if (!found.size) {
    const text = doc.text.length > 200_000 ? doc.text.slice(0, 200_000) : doc.text;
    for (const m of text.matchAll(/\b([A-Z][a-z]+)(?:['’]s)?\s+(military|army|armed forces)\b/g)) {
      const code = countryOfWord(m[1], ents);
      if (code && !found.has(code)) found.set(code, `${m[1]} ${m[2]}`);
    }
  }
  const out = found.size === 1 ? [...found.values()][0] : null;
  stateForces.set(doc, out);
  return out;
}
/** "army", "the military", "armed forces", "the junta": a state's force not named by its country. */
export function bareStateForce(x: string | null): boolean {
  return (
    !!x &&
    /^(?:the\s+)?(?:army|military|armed forces|junta|air force|navy|government forces)$/i.test(x.trim())
  );
}
/**
 * A state named by its capital as its enemy names it ("the Kyiv regime", "the Damascus government"): the forces of
 * that country, or null.
 */
export function capitalForces(x: string | null): string | null {
  const m = x?.match(/^["“]?(?:the\s+)?([A-Z][\w'’-]+)\s+(?:regime|government|junta|authorities)["”]?$/i);
  if (!m) return null;
  const key = normKey(m[1]);
  for (const c of loadGazetteer().countries.values()) {
    if (!c.capital || normKey(c.capital) !== key) continue;
    const dem = c.demonyms.find((d) => !/s$/.test(d)) ?? c.demonyms[0];
    return dem ? `${dem} forces` : null;
  }
  return null;
}
/**
 * The doer a headline names by its country on the strike or the weapon ("Israeli strike kills four …", "Russian
 * missiles hit Dnipro"), for the lead's event told only as "the strike"; null when the headline names none or the
 * country is the victims' ("… kills two Israeli soldiers").
 */
export function headlineDoer(doc: Doc): string | null {
  const head = doc.paragraphs[0]?.text.trim() ?? '';
  if (!head || head.length > 160 || /[.!?]["”’]?$/.test(head)) return null;
  const m = head.match(
    /^(?:[^,;:]{0,40}?\s)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:air\s*|drone\s+|missile\s+|rocket\s+|artillery\s+)?(?:strikes?|airstrikes?|raids?|drones?|missiles?|rockets?|shelling|bombardment|jets?|warplanes?|artillery|troops|forces)\b/,
  );
  if (!m || !isDemonym(m[1])) return null;
  const before = head.slice(0, m.index! + m[0].indexOf(m[1]));
  if (/\b(?:on|against|at|kills?|killing|hits?|targets?)\s+(?:the\s+)?$/i.test(before)) return null;
  return `${m[1]} forces`;
}
/** An attacker named only by what they are ("gunmen", "militants"), or not at all. */
export function isGenericActor(x: string | null): boolean {
  if (!x || x === 'unknown') return true;
  if (!/[A-Z]/.test(x)) return true;
  // a bare article left of a doer not found ('The drone attack hit …') names no one
  if (/^(?:the|a|an|this|that)$/i.test(x.trim())) return true;
  return /^(?:(?:the|a|an|some|armed|unidentified|unknown|suspected|masked)\s+)*(?:gunmen|militants|attackers|assailants|fighters|insurgents|rebels|jihadists|men|bandits)$/i.test(
    x.trim(),
  );
}
/** A sentence that tells of an event of its own rather than adding detail to one already told. */
const WEAPON_BY =
  /^(?:an?|the|two|three|several)?\s*(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|shells?|drones?|bombs?|mortars?|projectiles?|shrapnel|explosives?|mines?|artillery|gunfire|bullets?|fire)\b/i;
/** Function words an actor phrase cut from a sentence may end with ("Kurdish Peshmerga forces near the"). */
const ACTOR_TAIL = /\s+(?:near|in|at|on|of|from|to|into|and|or|the|a|an|its|their|his|her|who|which|that)$/i;
/** An actor as shown: without trailing function words; nothing when only a determiner is left ("A", "The"). */
/** A day at the head of a phrase: "On Monday", "late on Friday night,", "Yesterday". */
const DAY_HEAD =
  /^(?:(?:late|early)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight)(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=\S)/i;
export function tidyActor(actor: string | null): string | null {
  if (!actor) return actor;
  // (a day told before the subject is no part of it: "On Monday gunmen", "Late on Friday police")
  let a = actor.trim().replace(DAY_HEAD, '') || actor.trim();
  for (let prev = ''; prev !== a; ) {
    prev = a;
    a = a.replace(ACTOR_TAIL, '').replace(/[\s,;:-]+$/, '');
  }
  return /^(?:|a|an|the|this|that|these|those|its|their)$/i.test(a) ? null : a;
}

/** Lower-case words a named doer may carry ("Yemen's Houthi rebels", "gunmen loyal to X", "the army of Mali"). */
const ACTOR_LINK =
  /^(?:of|the|al|el|bin|ibn|de|du|da|loyal|linked|tied|allied|to|and|[a-z]+-(?:led|backed|linked|aligned|allied))$/;
/**
 * The doer named after "by" ("fired by Yemen's Houthi rebels slammed into …"): its capitalised words, actor nouns and
 * links, cut at the first other word (the sentence's verb) and without a trailing link.
 */
function byPhrase(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const keep: string[] = [];
  for (const w of words) {
    const bare = w.replace(/[,;:.]+$/, '');
    const ok =
      /^[A-Z\d]/.test(bare) || ACTOR_WORD.test(bare.toLowerCase()) || ACTOR_LINK.test(bare.toLowerCase());
    if (!ok) break;
    keep.push(bare);
    if (bare !== w) break;
  }
  while (keep.length && ACTOR_LINK.test(keep[keep.length - 1].toLowerCase())) keep.pop();
  return keep.join(' ');
}
/** A phrase of time or cause that ends right at a trigger: "two days after a", "in response to the". */
const TIME_FRAME =
  /\b(?:after|before|since|following|amid|during|despite|in the wake of|in response to|in retaliation for)\s+(?:[\w'’-]+\s+){0,4}$/i;
/** An arrest or a charge for the act the trigger tells: "arrested four suspects over a", "charged two men in connection with the". */
export const ARREST_FOR =
  /\b(?:arrested|arrests|detained|charged|questioned|apprehended|held|sentenced|convicted|indicted)\b[^.;]{0,60}?\b(?:over|for|in connection with|in the)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** A violent verb right before a name: the name is what was struck ("attacked the", "stormed a", "ambushed"). */
const STRUCK_OBJECT =
  /\b(?:attacked|attacking|stormed|storming|ambushed|ambushing|raided|raiding|shelled|shelling|targeted|targeting|bombed|bombing|overran|overrunning|struck|striking)\s+(?:the\s+|a\s+|an\s+)?$/i;
/**
 * A harming verb and its count right before a name: the name is who was harmed, not who acted ("Gunmen killed four
 * soldiers in an ambush", "police shot dead two suspects during a raid").
 */
const HARMED_OBJECT =
  /\b(?:killed|killing|wounded|wounding|injured|injuring|shot dead|shooting dead|abducted|abducting|kidnapped|kidnapping|executed|beheaded)\s+(?:(?:at least|more than|some|about|nearly|up to)\s+)?(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|hundreds of|several|many)\s+(?:[\w'’-]+\s+)?$/i;
/** Words that say whose a force is, before its noun: "security", "government", "Nigerian", "pro-government". */
const DOER_MODIFIERS =
  /^(?:(?:[A-Z][\w'’-]*|security|government|state|federal|regular|special|joint|allied|coalition|pro-government|armed|rebel|enemy|opposition|militia|army|police|paramilitary|border|naval|air)\s+){1,3}$/;
/** A bomb made safe by those who found it: "defused an IED", "safely disrupted the device", "made safe a bomb". */
const MADE_SAFE = new RegExp(
  String.raw`^(?:(?:defused|dismantled|deactivated|disarmed|neutrali[sz]ed|made safe|rendered safe|disrupted)\b(?:[^.;]{0,60}?\b(?:devices?|bombs?|explosives?|IEDs?|(?:land)?mines?|grenades?|shells?|rounds?)\b|\s+(?:it|them)\b)|(?:made|rendered)\b[^.;]{0,40}?\b(?:devices?|bombs?|explosives?|IEDs?) safe\b|(?:devices?|bombs?|explosives?|IEDs?|(?:land)?mines?)\b[^.;]{0,80}?\b${DEFUSED_PASSIVE}|${IT_MADE_SAFE})`,
  'i',
);
/** Who made a bomb safe, told after its passive verb: "made safe by army technical officers". */
const MADE_SAFE_BY =
  /\b(?:defused|dismantled|deactivated|disarmed|neutrali[sz]ed|made safe|rendered safe|controlled (?:explosion|detonation))\s+by\s+((?:the\s+)?[\w.'-]+(?:\s+[\w.'-]+){0,4})/i;
/**
 * Whether a trigger tells a bomb made safe or arms seized before use: its actor is the force that defused or seized
 * them, not the one the bomb was meant for.
 */
export function defusal(r: Pick<Reading, 'trig' | 'text' | 'at'>): boolean {
  return (
    r.trig.subType === 'Disrupted weapons use' &&
    (r.trig.weapon === 'arms' || MADE_SAFE.test(r.text.slice(r.at, r.at + 90)))
  );
}
/** How a defusal's record tells the force's act: "arms seized" or "a bomb made safe". */
export function madeSafeLabel(r: Pick<Reading, 'trig'>): string {
  return r.trig.weapon === 'arms' ? 'arms seized' : 'a bomb made safe';
}
/** The doer and the target of a trigger: the subject before it and the object after it. */
export function actorsOf(r: Reading): { attacker: string | null; target: string | null } {
  const { doc, ents, s, site, text, trig, at, trigLen } = r;
  const trigAbs = s.start + at;
  // people killed or wounded are victims, not attackers: "Five soldiers killed as a roadside bomb hit …"
  // ("Gunmen killed 12 villagers": a bare verb with its object after it tells what they did)
  const victim = (x: Span) => {
    const after = doc.text.slice(x.end, x.end + 70);
    if (
      /^\s*(?:killed|wounded|injured)\s+(?:\d|(?:at least|more than|some|about|nearly|dozens|scores|hundreds|several|many|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|the|their|his|her)\b)/i.test(
        after,
      )
    )
      return false;
    // ("nine soldiers and 20 insurgents were killed": the first of a toll on both sides)
    if (
      /^\s*(?:,\s*|\s+and\s+)(?:(?:at least|more than|some|about|nearly)\s+)?[\w,]+\s+(?:[\w'’-]+\s+){0,2}?(?:were|have been|had been)\s+(?:killed|wounded|injured)\b/i.test(
        after,
      )
    )
      return true;
    // ("two soldiers of the Frontier Corps (FC) were martyred": an acronym in brackets between)
    return /^\s*\)?\s*(?:of (?:the )?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s*)?(?:\([^()]{1,12}\)\s*)?(?:,\s*)?(?:were |was |have been |had been |are )?(?:killed|wounded|injured|dead|died|hurt|missing|martyred)\b/i.test(
      after,
    );
  };
  // "militants attacked the Kulachi police station, firing rockets": the object of a violent verb is its target
  // (and so is the count of a harming verb: "Gunmen killed four soldiers in an ambush")
  const struck = (x: Span) => {
    const lead = doc.text.slice(Math.max(s.start, x.start - 40), x.start);
    return STRUCK_OBJECT.test(lead) || HARMED_OBJECT.test(lead);
  };
  // "… the departure of American troops, two days after a drone attack on a base": the event is told in a phrase of
  // time or cause, whose doer is not the subject of the main clause
  // (and so is the act that those arrested are held for: "police said they had arrested four suspects over a bomb
  // blast": the police did not set off the bomb)
  const framed = (x: Span) =>
    TIME_FRAME.test(doc.text.slice(x.end, trigAbs)) || ARREST_FOR.test(doc.text.slice(x.end, trigAbs));
  // (a clause of its own has its own subject: "…, while security forces killed 11 militants")
  const from = site?.ownClause && site.seg && site.seg[0] <= trigAbs ? site.seg[0] : s.start;
  const before = actorsIn(doc, ents, from, trigAbs).filter((x) => !victim(x) && !framed(x) && !struck(x));
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
  if (defusal(r)) {
    // a bomb made safe: the force that defused it acts ("the EOD team of the 6th Infantry Division safely defused …"),
    // named after "by" when told in the passive ("It was later made safe by army technical officers, police said")
    const by = MADE_SAFE_BY.exec(text.slice(at, at + 160));
    const doer = by ? byPhrase(by[1]) : '';
    attacker = doer || (before.length ? lastActor(before).text : null);
  } else if (trig.subType === 'Disrupted weapons use') {
    // whose weapons were downed: the side that launched the barrage, when the account names it
    attacker = site?.doer ?? 'unknown';
    target = before.length ? lastActor(before).text : null;
  } else if (passiveTarget) {
    target = before.length ? lastActor(before).text : null;
    const by = text.slice(at).match(/\bby ((?:the )?[\w.'-]+(?:\s+[\w.'-]+){0,4})/);
    // "struck by an anti-ship missile": a weapon, not who fired it
    // ("struck by what a security firm described as a drone": a source's description, not the doer)
    attacker =
      by && !WEAPON_BY.test(by[1]) && !/^(?:what|something)\b/i.test(by[1])
        ? byPhrase(by[1].replace(/^the /, '')) || null
        : null;
  } else {
    attacker = before.length ? before[before.length - 1].text : null;
    // a trigger read from its doer on ("Gunmen killed 12 villagers", "security forces killed eight militants"): the
    // doer it starts with, with the words that say whose it is
    const lead = after[0];
    if (!attacker && lead && !victim(lead)) {
      if (lead.start - trigAbs <= 1) attacker = lead.text;
      else if (DOER_MODIFIERS.test(doc.text.slice(trigAbs, lead.start)))
        attacker = doc.text.slice(trigAbs, lead.end);
    }
    // (and the object of a violent verb, or the owner of a post, a base or a convoy it struck: "Gunmen attacked a
    // police post", "ambushed a military convoy")
    const tgt = after.find(
      (x) =>
        x.text !== attacker &&
        (/\b(?:against|on|targeting|at|killing|of)\s+(?:the\s+)?$/i.test(
          doc.text.slice(Math.max(trigAbs, x.start - 20), x.start),
        ) ||
          STRUCK_OBJECT.test(doc.text.slice(Math.max(s.start, x.start - 40), x.start))),
    );
    target = tgt?.text ?? null;
    // "schoolchildren who were kidnapped by gunmen": the unnamed doer of a passive verb, not the clause's subject
    const byMen = text
      .slice(at, at + trigLen + 40)
      .match(
        /^[a-z]+ed\s+by\s+((?:(?:armed|unidentified|unknown|suspected|masked)\s+)?(?:gunmen|bandits|kidnappers|assailants|attackers|militants|men|fighters|insurgents|rebels))\b/,
      );
    if (byMen && /\b(?:was|were|been|being)\s+$/.test(text.slice(Math.max(0, at - 12), at)))
      attacker = byMen[1];
    const by = text.slice(at).match(/\bby ((?:the )?[A-Z][\w.'-]+(?:\s+[\w.'-]+){0,4})/);
    // "struck two sites used by Iran-backed militias": who holds the target, not who struck it
    const holder =
      !!by &&
      /\b(?:used|owned|run|controlled|held|operated|occupied|built|backed|funded|supported|housed|inhabited|frequented|led|founded|populated|guarded|manned|claimed|seized|captured|taken|visited|sanctioned|designated|listed)\s+by\s+$/i.test(
        text.slice(at, at + (by.index ?? 0) + 3),
      );
    if (by && !holder && /(?:ed|en)\b/.test(trigText))
      attacker = byPhrase(by[1].replace(/^the /, '')) || attacker;
  }
  return { attacker, target };
}
