/**
 * People (with normalised roles and surname linking), organisations (with aliases) and places (typed, with country,
 * coordinates and time zone) from the body of a document. Captions never reach here.
 *
 * The entry point: runs the finders in order and merges duplicates. The finders live in ./entities/:
 * candidates (list phrases, acronyms the article defines), context (shared state, the article's countries),
 * people, listed (names the lists know), orgs (organisations by form), more-orgs (without a capitalised head),
 * more-places (places the lists do not know), landmarks (place head words), lines (heading and title-case lines),
 * shared (helpers, common word lists), types (what this returns).
 */

import type { Doc } from './doc.ts';
import { basedBodies } from './entities/based.ts';
import { definedAcronyms } from './entities/candidates.ts';
import { findCompanies } from './entities/companies.ts';
import { findCompoundOrgs } from './entities/compounds.ts';
import { type EntityContext, entityContext } from './entities/context.ts';
import { isHeadingLine, linkListed, sectionLine } from './entities/lines.ts';
import { resolveListed } from './entities/listed.ts';
import { findMoreOrgs } from './entities/more-orgs.ts';
import {
  citiesNamedWithCity,
  findBylinePlace,
  findCodeRoads,
  findDatelinePlace,
  findMorePlaces,
} from './entities/more-places.ts';
import { findNamedOrgs } from './entities/orgs.ts';
import { findPeople, linkSurnames } from './entities/people.ts';
import { FAITH_ADJ, nearCountry, placeId } from './entities/shared.ts';
import { siteTownName } from './entities/sites.ts';
import type { Entities, Mention, Org, Person, Place } from './entities/types.ts';
import { variantPairs } from './entities/variants.ts';
import { namesNation, normKey, type PlaceEntry } from './gazetteer.ts';
import { escapeRe } from './regex.ts';

export { definedAcronyms } from './entities/candidates.ts';
export { landmarkHead } from './entities/landmarks.ts';
export { normaliseRole } from './entities/people.ts';
export type { Entities, Mention, Org, Person, Place } from './entities/types.ts';

export function extractEntities(doc: Doc): Entities {
  const cx = entityContext(doc);
  const { gaz, mentions, byId, orgs, personWords, addOrg, addPlace, people, mainCountry, datelineCountry } =
    cx;
  // 1. People introduced by a title, an honorific, a given name, speech or an appositive
  findPeople(cx);
  // 1a. "the ship's Piraeus-based manager, Halcyon Maritime": a body doing a job somewhere, not a person
  basedBodies(cx);
  // 2. Gazetteer hits not used by people: organisations, places, demonyms
  resolveListed(cx);
  // 2a. Roads named by a code ("the A12 motorway"), before an organisation finder takes the code for an acronym
  findCodeRoads(cx);
  // 2b–3b'. Organisations by form ("Leeds General Infirmary", "Name (ACRO)"), unnamed facilities, named operations
  findNamedOrgs(cx);

  // 3c. Organisations without a capitalised head: "Burkina Faso's army", acronyms, employers, statement issuers
  findMoreOrgs(doc, gaz, {
    mentions,
    byId,
    orgs,
    personWords,
    addOrg,
    people,
    mainCountry,
    places: cx.places,
  });

  // 3c'. Companies named by one word, told by how the text treats them ("X's chief executive", "shares in X")
  findCompanies(cx);

  // 3c''. Listed bodies named in a compound: "the al-Qaeda-linked group", "the Hamas-led attack"
  findCompoundOrgs(cx);

  // 3d. Places the gazetteer does not know: streets ("Moi Avenue"), named sites with a common head ("Safer oil field",
  // "Kamukunji grounds") and unknown names after a locative preposition ("near Jilib", "in Harehills")
  findMorePlaces(doc, gaz, mentions, byId, addPlace, datelineCountry);
  // 3d'. "in Gaza City": a listed city written with "City" after it is named so
  citiesNamedWithCity(cx);
  // 3e. The town a byline files the story from ("By Jane Doe, Kano")
  findBylinePlace(cx);
  // 3f. The town a wire dateline files the story from ("NAQOURA, Lebanon (AP) —")
  findDatelinePlace(cx);

  // 4. surname-only and possessive mentions of known people ("Biden", "Soleimani's") not caught above
  linkSurnames(cx);

  return mergeDuplicates(cx);
}

/** `from` is another name for `into`: its mentions count for `into`, and `moved` records where its id went. */
function absorbPlace(cx: EntityContext, from: Place, into: Place, moved: Map<string, string>): void {
  into.mentions += from.mentions;
  into.first = Math.min(into.first, from.first);
  cx.places.delete(from.id);
  cx.byId.delete(from.id);
  moved.set(from.id, into.id);
}

/** `from` is another name for the organisation `into`: its names become aliases there and its mentions count there. */
function absorbOrg(cx: EntityContext, from: Org, into: Org, moved: Map<string, string>): void {
  for (const a of [from.name, ...from.aliases])
    if (a !== into.name && !into.aliases.includes(a)) into.aliases.push(a);
  into.mentions += from.mentions;
  into.first = Math.min(into.first, from.first);
  cx.orgs.delete(from.id);
  cx.byId.delete(from.id);
  moved.set(from.id, into.id);
}

/**
 * "the Red Cross tent" beside the "Nigerian Red Cross Society": a listed body the text names only by a short form of
 * several words (never by its own name) that lies inside the name of exactly one other body of the text is that body.
 * Its mentions count there and the short form becomes an alias there; its list name does not.
 */
function shortNamesInside(cx: EntityContext, moved: Map<string, string>): void {
  const { orgs, mentions, byId } = cx;
  const said = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'org') continue;
    const id = moved.get(m.id) ?? m.id;
    const set = said.get(id) ?? new Set<string>();
    set.add(m.text.replace(/^the\s+/i, ''));
    said.set(id, set);
  }
  for (const o of [...orgs.values()]) {
    const forms = [...(said.get(o.id) ?? [])];
    const own = normKey(o.name);
    if (!forms.length || forms.some((f) => normKey(f) === own || !/\s/.test(f.trim()))) continue;
    const hosts = [...orgs.values()].filter((x) => {
      if (x === o) return false;
      const name = ` ${normKey(x.name)} `;
      return forms.every((f) => name.includes(` ${normKey(f)} `) && name.trim() !== normKey(f));
    });
    if (hosts.length !== 1) continue;
    const into = hosts[0];
    if (o.country && into.country && o.country !== into.country) continue;
    for (const f of forms) if (f !== into.name && !into.aliases.includes(f)) into.aliases.push(f);
    into.mentions += o.mentions;
    into.first = Math.min(into.first, o.first);
    orgs.delete(o.id);
    byId.delete(o.id);
    for (const [from, to] of moved) if (to === o.id) moved.set(from, into.id);
    moved.set(o.id, into.id);
  }
}

/**
 * "the South Asia Regional Office": a place read inside a body's name found by another route is part of that name,
 * no mention of the place. A place named only so is not listed.
 */
function dropPlacesInsideBodies(cx: EntityContext): void {
  const { mentions, places } = cx;
  const W = cx.doc.words;
  const bodies = mentions.filter((m) => m.kind === 'org' && m.w1 - m.w0 >= 2);
  if (!bodies.length) return;
  // word → the body's span that covers it
  const span = new Map<number, Mention>();
  for (const m of bodies) for (let k = m.w0; k < m.w1; k++) span.set(k, m);
  // inside a longer body's name that goes on in capitals ("South Asia Regional Office"), not before a lower-case
  // description ("the Poltava regional administration"); a site named as its body is both
  const inside = (m: Mention) => {
    const b = span.get(m.w0);
    if (!b || b.w0 > m.w0 || b.w1 < m.w1 || b.w1 - b.w0 <= m.w1 - m.w0) return false;
    if (places.get(m.id)?.kind === 'facility') return false;
    return (m.w1 < b.w1 && W[m.w1].cap) || (m.w0 > b.w0 && W[m.w0 - 1].cap && W[m.w0 - 1].text !== 'the');
  };
  const alone = new Set<string>();
  const within = new Set<string>();
  for (const m of mentions) if (m.kind === 'place') (inside(m) ? within : alone).add(m.id);
  // not listed; its mentions stay, so incidents and speech read the text as before
  for (const id of within) if (!alone.has(id)) places.delete(id);
}

/** A UN peacekeeping mission's names: "UN Mission in South Sudan", "United Nations Interim Force in Lebanon". */
const UN_MISSION =
  /^(?:the\s+)?(?:UN|U\.N\.|United Nations)\s(?:.*\s)?(?:Mission|Force|Operation|peacekeeping\s+(?:force|mission))\b/i;

/**
 * "UN peacekeepers" in a story that names one UN mission (UNIFIL, MINUSCA) are that mission's troops: the list's
 * general entry is merged into it, its words an alias there.
 */
function peacekeepersOfMission(cx: EntityContext, moved: Map<string, string>): void {
  const { orgs } = cx;
  const general = [...orgs.values()].find((o) => normKey(o.name) === 'un peacekeepers');
  if (!general) return;
  const missions = [...orgs.values()].filter(
    (o) => o !== general && [o.name, ...o.aliases].some((n) => UN_MISSION.test(n)),
  );
  if (missions.length !== 1) return;
  const [into] = missions;
  general.aliases = [];
  absorbOrg(cx, general, into, moved);
  for (const [from, to] of moved) if (to === general.id) moved.set(from, into.id);
}

/** Heads of a body's own offices: "South Asia Regional Office", "Nairobi Bureau", "Lagos Branch". */
const UNIT_HEAD = /\s(?:Office|Bureau|Branch|Chapter)$/;

/**
 * "Amnesty International's South Asia Regional Office": an office of a body, named after the body's possessive, is
 * that body at work (a reader follows the body); its name becomes an alias there and its mentions count there.
 */
function unitsOfBodies(cx: EntityContext, moved: Map<string, string>): void {
  const { orgs, mentions, doc } = cx;
  const W = doc.words;
  const orgEnding = new Map<number, string>();
  for (const m of mentions) if (m.kind === 'org') orgEnding.set(m.w1, moved.get(m.id) ?? m.id);
  for (const m of mentions) {
    if (m.kind !== 'org' || m.w0 < 2 || !/^['’]s?$/.test(W[m.w0 - 1].text)) continue;
    const unit = orgs.get(moved.get(m.id) ?? m.id);
    const owner = orgs.get(orgEnding.get(m.w0 - 1) ?? '');
    if (!unit || !owner || unit === owner || !UNIT_HEAD.test(unit.name)) continue;
    absorbOrg(cx, unit, owner, moved);
    for (const [from, to] of moved) if (to === unit.id) moved.set(from, owner.id);
  }
}

/** One entry per organisation and per place: two found by different routes under one name become one. */
/** A name opened by where its body is based or registered: "Nagrota-based White Knight Corps". */
const BASED_PREFIX = /^(?:\S+\s+){0,3}?\S+-(?:based|registered|headquartered|flagged)\s+(.+)$/;

function mergeDuplicates(cx: EntityContext): Entities {
  const { gaz, countries, people, orgs, places, mentions, byId } = cx;
  const orgByName = new Map<string, Org>();
  const placeByName = new Map<string, Place>();
  const moved = new Map<string, string>();
  // "the Army's Nagrota-based White Knight Corps", "Singapore-registered Evermore Marine Services": where a body is
  // based or registered is said of it, not part of its name
  for (const o of orgs.values()) {
    const m = BASED_PREFIX.exec(o.name);
    if (m && /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(m[1])) o.name = m[1];
  }
  for (const o of [...orgs.values()].sort((x, y) => x.first - y.first)) {
    // "U.N. Mission in South Sudan" and "UN Mission in South Sudan" are one name
    const keys = [o.name, ...o.aliases.filter((a) => a.split(/\s+/).length >= 2)].map((n) =>
      normKey(n.replace(/^the\s+/i, '').replace(/\b(?:[A-Z]\.){2,}/g, (d) => d.replace(/\./g, ''))),
    );
    let keep = keys
      .map((k) => orgByName.get(k))
      .find((x) => x && !(x.country && o.country && x.country !== o.country && o.aliases.length));
    if (!keep && o.country) {
      // "Border Service" of Kyrgyzstan is the "Kyrgyz Border Service" named elsewhere
      const c = o.country;
      keep = [...orgs.values()].find((x) => {
        if (x === o || !normKey(x.name).endsWith(` ${keys[0]}`)) return false;
        const first = normKey(x.name).slice(0, -keys[0].length - 1);
        return namesNation(gaz.phrases.get(first), c);
      });
    }
    if (keep && keep !== o) {
      absorbOrg(cx, o, keep, moved);
      continue;
    }
    for (const k of keys) if (!orgByName.has(k)) orgByName.set(k, o);
  }
  // "the Northside Workers' Front (WF)" with the listed "Workers' Front" of the same letters: the article names its
  // body with the listed one's acronym, so the listed name inside it is that body, not a second one
  const defined = definedAcronyms(cx.doc);
  if (defined.size)
    for (const o of [...orgs.values()]) {
      const acro = o.aliases.find((a) => defined.has(a));
      if (!acro) continue;
      const def = defined.get(acro) as string;
      const short = normKey(o.name);
      if (def === short || !def.endsWith(` ${short}`)) continue;
      const keep = [...orgs.values()].find((x) => x !== o && normKey(x.name) === def);
      if (keep) absorbOrg(cx, o, keep, moved);
    }
  // "Niger's civil aviation authority, the Agence Nigerienne de l'Aviation Civile", "the island's weather service
  // MeteoNord", "the Tarvian Border Police (TBP), the country's frontier guard,": a lower-case description put in
  // apposition right before or after a named body, and named nowhere else, is that body
  {
    const W = cx.doc.words;
    const orgAt = new Map<number, string>();
    const orgEnd = new Map<number, string>();
    for (const m of mentions)
      if (m.kind === 'org') {
        orgAt.set(m.w0, m.id);
        orgEnd.set(m.w1, m.id);
      }
    /** The body named right after the description ending at `w1`: "…, the Name", "… Name". */
    const nameAfter = (w1: number) => {
      let n = W[w1]?.text === ',' ? w1 + 1 : w1;
      if (n > w1 && W[n]?.text === 'the') n++;
      return W[n]?.sent === W[w1 - 1].sent ? orgs.get(orgAt.get(n) ?? '') : undefined;
    };
    /**
     * The body named right before the description from `w0` to `w1`, which commas set apart: "Name (ACRO), the …,"
     * (not "Name, the agency and the navy").
     */
    const nameBefore = (w0: number, w1: number) => {
      if (W[w1]?.sent === W[w0].sent && !/^[,;.)]$/.test(W[w1].text)) return undefined;
      let k = W[w0 - 1]?.text === 'the' ? w0 - 1 : w0;
      if (W[k - 1]?.text !== ',') return undefined;
      k--;
      if (W[k - 1]?.text === ')' && W[k - 3]?.text === '(') k -= 3;
      return W[k - 1]?.sent === W[w0].sent ? orgs.get(orgEnd.get(k) ?? '') : undefined;
    };
    for (const m of [...mentions]) {
      if (m.kind !== 'org') continue;
      const o = orgs.get(m.id);
      if (!o || o.mentions > 1 || !/\s[a-z][^\s]*$/.test(o.name)) continue;
      const into = nameAfter(m.w1) ?? nameBefore(m.w0, m.w1);
      if (!into || into === o || /\s[a-z]+$/.test(into.name)) continue;
      absorbOrg(cx, o, into, moved);
    }
  }
  // one body under two forms of its name: with and without its country, one acronym, its initials, its members
  for (const [from, into] of variantPairs(
    gaz,
    [...orgs.values()].sort((x, y) => x.first - y.first),
    cx.doc.text,
  ))
    if (orgs.has(from.id) && orgs.has(into.id)) absorbOrg(cx, from, into, moved);
  shortNamesInside(cx, moved);
  unitsOfBodies(cx, moved);
  peacekeepersOfMission(cx, moved);
  for (const p of [...places.values()].sort((x, y) => x.first - y.first)) {
    const k = `${p.kind}|${p.country}|${normKey(p.name)}`;
    const keep = placeByName.get(k);
    if (keep && keep !== p) {
      absorbPlace(cx, p, keep, moved);
    } else placeByName.set(k, p);
  }
  // "the Toronto area" beside "Toronto", "Kurdistan" beside "the Kurdistan Region": an area told by the name of a
  // town, province or region of its country is that place
  {
    const admin = new Map<string, Place>();
    for (const p of places.values())
      if (p.kind === 'city' || p.kind === 'province' || p.kind === 'region') {
        const key = `${p.country}|${normKey(p.name).replace(/ (?:region|province|state|oblast|governorate)$/, '')}`;
        const had = admin.get(key);
        if (!had || (had.kind !== 'city' && p.kind === 'city')) admin.set(key, p);
      }
    for (const p of [...places.values()]) {
      if (p.kind !== 'other' || !p.country) continue;
      const into = admin.get(`${p.country}|${normKey(p.name)}`);
      if (into && into !== p) absorbPlace(cx, p, into, moved);
    }
  }
  // "Kwanar Dutse" … "attacked Kwanar Dutse": a listed town read inside a longer place name is that place
  const multi = new Map<string, Place>();
  for (const p of places.values()) if (/\s/.test(p.name)) multi.set(normKey(p.name), p);
  if (multi.size) {
    const W = cx.doc.words;
    const left = new Map<string, number>();
    for (const m of mentions) if (m.kind === 'place') left.set(m.id, (left.get(m.id) ?? 0) + 1);
    for (const m of mentions) {
      if (m.kind !== 'place') continue;
      for (let k = 1; k <= 3 && m.w0 - k >= 0; k++) {
        if (!W[m.w0 - k].cap) break;
        const q = multi.get(normKey(cx.doc.text.slice(W[m.w0 - k].start, W[m.w1 - 1].end)));
        if (!q || q.id === m.id) continue;
        left.set(m.id, (left.get(m.id) ?? 1) - 1);
        const was = byId.get(m.id) as Place | undefined;
        if (was) was.mentions--;
        m.id = q.id;
        m.w0 -= k;
        m.start = W[m.w0].start;
        q.mentions++;
        break;
      }
    }
    for (const p of [...places.values()])
      if (left.get(p.id) === 0) {
        places.delete(p.id);
        byId.delete(p.id);
      }
  }
  // "Barmal district" … "residents of Barmal": a bare name the lists do not know as a city is the district; a town
  // the lists know or the text calls a town ("Kalat district" … "Kalat town") keeps its name, and its district
  // of the same name is told as the town
  const districts = new Map<string, Place>();
  for (const p of places.values()) {
    const m = /^(.+)\s+(?:district|township|tehsil|subdistrict|sub-district)$/i.exec(p.name);
    if (p.kind === 'other' && m) districts.set(normKey(m[1]), p);
  }
  if (districts.size)
    for (const p of [...places.values()]) {
      if (p.kind !== 'city') continue;
      const key = normKey(p.name);
      const d = districts.get(key);
      if (!d || !places.has(d.id) || (p.country && d.country && p.country !== d.country && p.lat !== null))
        continue;
      if (gaz.phrases.get(key)?.some((e) => e.kind === 'city') || townsNamed(cx.doc).towns.has(key)) {
        // a large city's district of its name is an area of its own ("the Odesa district" around Odesa): its mentions
        // keep it apart (incidents tell the two apart), but the list names the place once, by the city
        const pop = gaz.phrases.get(key)?.find((e) => e.kind === 'city' && e.country === p.country);
        if (pop && 'pop' in pop && (pop.pop ?? 0) >= 500000) {
          places.delete(d.id);
          continue;
        }
        absorbPlace(cx, d, p, moved);
        p.first = Math.min(p.first, d.first);
      } else absorbPlace(cx, p, d, moved);
    }
  // "the strike on the Kfar Roummane road" after "the village of Kfar Roummane": a town's name before a lower-case
  // "road" or "street" names the town the road leads to or through
  const roads = new Map<string, Place>();
  for (const p of places.values()) {
    const m = /^(.+)\s+(?:road|street)$/.exec(p.name);
    if (p.kind === 'other' && m) roads.set(normKey(m[1]), p);
  }
  // "the right bank of the Dnipro" after "the Dnipro River": a town's name the text writes only after "the" is the
  // river of that name (towns take no article)
  for (const p of places.values()) {
    const m = /^(.+)\s+river$/i.exec(p.name);
    if (m && p.kind === 'other') roads.set(`river|${normKey(m[1])}`, p);
  }
  if (roads.size) {
    const W = cx.doc.words;
    const bare = new Map<string, boolean>();
    for (const m of mentions)
      if (m.kind === 'place' && byId.get(m.id)?.id === m.id)
        bare.set(
          m.id,
          (bare.get(m.id) ?? true) && m.w0 > 0 && W[m.w0 - 1].text === 'the' && m.w1 - m.w0 <= 2,
        );
    for (const p of [...places.values()]) {
      // the river the lists know by its bare name ("the Volga") is the one named with its head
      const r = p.kind === 'city' || p.kind === 'other' ? roads.get(`river|${normKey(p.name)}`) : undefined;
      if (
        r &&
        r !== p &&
        places.has(r.id) &&
        (p.kind === 'other' || bare.get(p.id)) &&
        (!p.country || !r.country || p.country === r.country)
      )
        absorbPlace(cx, p, r, moved);
    }
  }
  if (roads.size)
    for (const p of [...places.values()]) {
      const r = p.kind === 'city' ? roads.get(normKey(p.name)) : undefined;
      if (!r || !places.has(r.id) || (p.country && r.country && p.country !== r.country)) continue;
      absorbPlace(cx, r, p, moved);
      p.first = Math.min(p.first, r.first);
    }
  if (moved.size) for (const m of mentions) m.id = moved.get(m.id) ?? m.id;
  dropPlacesInsideBodies(cx);

  dropDescriptions(cx);
  dropTitles(cx);
  dropSetApart(cx);
  dropNested(cx);
  hospitalsAsSites(cx, townAfterSiteName(cx));
  localGovernmentAreas(cx);
  dropDescribedSites(cx);
  dropModifierCountries(cx);
  foldIntoFacilities(cx);
  townsOfSites(cx);
  creditTowns(cx);

  mentions.sort((x, y) => x.start - y.start);
  return {
    people,
    orgs: [...orgs.values()],
    places: [...places.values()],
    mentions,
    countries,
    byId,
  };
}

/** Lower-case words that may stand between a nationality and a generic force: "Israeli security forces". */
const FORCE_MOD = new Set([
  'security',
  'armed',
  'riot',
  'federal',
  'local',
  'government',
  'state',
  'regular',
]);
/** A place's lower-case kind of government: "Mali's transitional government", "Guayas provincial government". */
const DESCRIBED_GOVERNMENT = /^\p{Lu}[\p{L}'’. -]*?\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}government$/u;
/** Generic heads a nationality alone does not make into one named body. */
const FORCE_HEAD = new Set(['police', 'forces', 'troops']);
/**
 * A people's name, a few lower-case words and a plural kind of armed men: "Druze militias", "Bedouin tribal fighters",
 * "Kuki-Zo militants". The first group is the people's name.
 */
const DESCRIBED_MEN =
  /^(?:the\s+)?(\p{Lu}[\p{L}'’]*)(?:-\p{Lu}[\p{L}'’]*)?(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?:militias|militants|fighters|gunmen|insurgents|factions|groups)$/u;

/**
 * "Druze gunmen", "Kuki-Zo militants": a people's name before a plural kind of armed men describes those who fought,
 * as a nationality before "forces" does; the lists' actor names of that form ("Druze militias", "Kuki militants")
 * name no body. An organisation so named and only so called in the text (a listed "Fano", "Wazalendo militias" has a
 * name of its own) is not listed; its mentions stay.
 */
function isMenDescription(name: string, surfaces: string[]): boolean {
  const people = DESCRIBED_MEN.exec(name)?.[1];
  return (
    !!people &&
    surfaces.length > 0 &&
    surfaces.every((x) => DESCRIBED_MEN.exec(x)?.[1] === people || x.replace(/^the\s+/i, '') === people)
  );
}

/**
 * "Kenyan police", "Israeli forces", "Iraq's security forces": a nationality or a country before a generic, lower-case
 * force describes whoever was there; it names no body. An organisation the text calls only by such descriptions
 * (never by a proper name of its own) is not listed; its mentions stay, so speech and actors read the same.
 */
export function isForceDescription(surface: string, isNation: (words: string) => boolean): boolean {
  const t = surface
    .replace(/^the\s+/i, '')
    .replace(/[’']s\b/g, " 's")
    .split(/\s+/)
    .filter(Boolean);
  if (t.length < 2 || !FORCE_HEAD.has(t[t.length - 1])) return false;
  let k = t.length - 2;
  while (k >= 0 && FORCE_MOD.has(t[k])) k--;
  if (k >= 0 && t[k] === "'s") k--;
  if (k < 0) return false;
  const nation = t.slice(0, k + 1).join(' ');
  return /^\p{Lu}/u.test(nation) && isNation(nation);
}

/** Words that end a post's title, not a body's name: "District Police Officer", "Regional Police Commissioner". */
const TITLE_END =
  /^(?:Officers?(?:-in-[Cc]harge)?|Commissioner|Inspector|Superintendent|Spokes(?:man|woman|person)|Director|Minister|Commander|Chair(?:man|woman|person)|Mayor|Secretary)$/;
/** Titles that open a post named "X of Y": "Inspector General of Police", "Commissioner of Police", "Head of Office". */
const TITLE_START = /^(?:Inspector|Superintendent|Commissioner|Director|Minister|Deputy|Head)$/;
/** A post named in full, whatever precedes it: "Deputy Inspector General", "Secretary-General", "Joint Commissioner of
 * Police", "Lalmonirhat Superintendent of Police". */
const POST_NAME =
  /(?:^|\s)(?:(?:Deputy|Additional|Assistant|Joint|Acting|Senior)\s+)*(?:(?:Inspector|Secretary)[- ]General(?:\s+of\s+Police)?|(?:Inspector|Superintendent|Commissioner)\s+of\s+Police)$/;
/**
 * Police and army posts told by their initials in South Asian papers: Inspector General, Officer-in-Charge,
 * Superintendent of Police, Station House Officer, General Officer Commanding ("Samajwadi Party (SP)" is a body named
 * in full, with the acronym as its alias).
 */
const RANK_ACRONYM = /^(?:IG|DIG|AIG|IGP|OC|OIC|SP|SSP|ASP|DSP|SHO|GOC)$/;
/** Heads that make "X of the Y" a body even when a title ends it: "Office of the Mayor". */
const BODY_START =
  /^(?:Office|Department|Ministry|Bureau|Agency|Council|Court|House|Cabinet|Secretariat|Institute|Union|Association|Society|Federation|Committee|Board|Directorate|Command)$/;

/**
 * "District Police Officer (DPO) Sajjad Khan", "the Inspector General of Police (Jammu Zone)": a post's title is a
 * person's role, no organisation; so is a body's name only ever read as the start of a title ("District Police"
 * before "Officer"). Such an organisation is not listed; its mentions stay.
 */
function dropTitles(cx: EntityContext): void {
  const { orgs, mentions, doc } = cx;
  const W = doc.words;
  // "the IGP said" after "Inspector General of Police Sajid Gandapur": the acronym of a person's title is that person
  const titleAcronyms = new Map<string, Person>();
  for (const p of cx.people) {
    const words = (p.role ?? '').split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    for (let i = 0; i < words.length; i++)
      // "the IG" after "Inspector General of Police": two words do when the first is a title's
      for (
        let j = TITLE_START.test(words[i]) || TITLE_END.test(words[i]) ? i + 2 : i + 3;
        j <= Math.min(words.length, i + 6);
        j++
      )
        if (words.slice(i, j).some((w) => TITLE_START.test(w) || TITLE_END.test(w)))
          titleAcronyms.set(
            words
              .slice(i, j)
              .map((w) => w[0])
              .join(''),
            p,
          );
  }
  const said = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.kind !== 'org') continue;
    const list = said.get(m.id);
    if (list) list.push(m);
    else said.set(m.id, [m]);
  }
  for (const o of [...orgs.values()]) {
    const person = titleAcronyms.get(o.name);
    if (person && !o.aliases.length) {
      orgs.delete(o.id);
      for (const m of said.get(o.id) ?? []) Object.assign(m, { kind: 'person', id: person.id });
      continue;
    }
    // "the IG said", "the OC told The Daily Star" with no holder named by that title: a post told short, no body
    if (RANK_ACRONYM.test(o.name) && !o.aliases.length) {
      orgs.delete(o.id);
      continue;
    }
    const words = o.name.split(/\s+/);
    if (BODY_START.test(words[0])) continue;
    if (POST_NAME.test(o.name)) {
      orgs.delete(o.id);
      continue;
    }
    if (words.length < 2) continue;
    const ms = said.get(o.id) ?? [];
    // "the Chief of the Air Staff": a staff named only after a chief's title is the title
    const chiefOf = (m: Mention) => {
      let k = m.w0 - 1;
      if (W[k]?.text === 'the') k--;
      return W[k]?.text === 'of' && /^Chiefs?$/.test(W[k - 1]?.text ?? '');
    };
    const title =
      TITLE_END.test(words[words.length - 1]) ||
      (/\sStaff$/.test(o.name) && ms.length > 0 && ms.every(chiefOf)) ||
      (TITLE_START.test(words[0]) && words.includes('of')) ||
      // "Police Public Relations Officer of the Kaduna State Command": a post of a body, named before "of" the body
      words.some((w, k) => TITLE_END.test(w) && words[k + 1] === 'of') ||
      (ms.length > 0 &&
        ms.every((m) => {
          const next = W[m.w1];
          return !!next && next.sent === m.sent && next.cap && TITLE_END.test(next.text);
        }));
    // not listed; its mentions stay, so speech and actors read as before
    if (title) orgs.delete(o.id);
  }
}

/**
 * "Read more: / - Mali junta extends night curfew in Kayes region": a body named only in the lines of a list of links
 * to other stories belongs to those stories, not this one, and "MEXICO NEWS | Security" labels a section of the page,
 * no body of the story. Such a body is not listed; its mentions stay.
 */
function dropSetApart(cx: EntityContext): void {
  const { orgs, mentions, doc, gaz } = cx;
  const section = doc.paragraphs.map((p) => sectionLine(p.text));
  const listed = doc.paragraphs.map((_p, k) => section[k] || linkListed(doc, k));
  if (!listed.includes(true)) return;
  // (a masthead may name the outlet, a body ("Mexico News Daily | Thursday, April 23, 2026"): of a section line only a
  // section's label goes, a place's news ("MEXICO NEWS | Security", "Costa Rica News | Crime"))
  const label = (name: string) => {
    const place = name.replace(/\s+news$/i, '');
    return place !== name && !!gaz.phrases.get(normKey(place))?.some((x) => x.kind !== 'org');
  };
  const sectioned = new Set<string>();
  for (const m of mentions)
    if (m.kind === 'org' && section[doc.sentences[m.sent]?.para ?? -1]) sectioned.add(m.id);
  const inList = (m: Mention) => listed[doc.sentences[m.sent]?.para ?? -1] === true;
  const elsewhere = new Set<string>();
  for (const m of mentions) if (m.kind === 'org' && !inList(m)) elsewhere.add(m.id);
  // (a name the running text writes too, where no finder read it, is kept: "TC" beside "the studios of TC Televisión")
  const running = doc.paragraphs
    .filter((_p, k) => !listed[k])
    .map((p) => p.text)
    .join('\n');
  const written = (name: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'u').test(running);
  for (const m of mentions) {
    const o = m.kind === 'org' && !elsewhere.has(m.id) ? orgs.get(m.id) : undefined;
    if (o && !written(o.name) && (!sectioned.has(o.id) || label(o.name))) orgs.delete(o.id);
  }
}

/**
 * "a resistance group calling itself the Shwebo District People's Defence Force": a body every mention of which lies
 * inside a longer mention of another body ("Shwebo District People", read before the "'s") has no name of its own in
 * the text. It is not listed; its mentions stay.
 */
function dropNested(cx: EntityContext): void {
  const { orgs, mentions } = cx;
  const spans = mentions.filter((m) => m.kind === 'org');
  const own = new Set<string>();
  for (const m of spans)
    if (!spans.some((n) => n.id !== m.id && n.w0 <= m.w0 && n.w1 >= m.w1 && n.w1 - n.w0 > m.w1 - m.w0))
      own.add(m.id);
  for (const m of spans) if (!own.has(m.id)) orgs.delete(m.id);
}

function dropDescriptions(cx: EntityContext): void {
  const { gaz, orgs, mentions } = cx;
  const isNation = (words: string) => namesNation(gaz.phrases.get(normKey(words)));
  const said = new Map<string, string[]>();
  for (const m of mentions) {
    if (m.kind !== 'org') continue;
    const list = said.get(m.id);
    if (list) list.push(m.text);
    else said.set(m.id, [m.text]);
  }
  for (const o of [...orgs.values()]) {
    const surfaces = said.get(o.id) ?? [];
    if (isMenDescription(o.name, surfaces)) {
      orgs.delete(o.id);
      continue;
    }
    // "Burkina Faso's military government", "the Boise city government": a place and a lower-case kind of government
    // describe whoever governs there and name no body ("Balochistan government" alone is kept, as is a body that
    // also has a name of its own)
    if (DESCRIBED_GOVERNMENT.test(o.name) && !o.aliases.some((a) => /\s\p{Lu}[\p{L}'’-]*$/u.test(a))) {
      orgs.delete(o.id);
      continue;
    }
    // a listed body ("National Police Service") reached through its description ("Kenyan police") is named; a
    // country's armed forces reached only through "Russian forces" are whoever fought there (its troops are its army)
    if (!isForceDescription(o.name, isNation)) {
      if (
        surfaces.length &&
        surfaces.every((x) => isForceDescription(x, isNation) && /\bforces$/.test(x)) &&
        /\bArmed Forces$/.test(o.name)
      )
        orgs.delete(o.id);
      continue;
    }
    // "Chad's armed forces … the Chad army": one name of its own among the descriptions keeps the body
    const named = [...surfaces, ...o.aliases];
    if (surfaces.length && named.every((x) => isForceDescription(x, isNation))) orgs.delete(o.id);
  }
}

/**
 * "U.S. troops", "UK Maritime Trade Operations", "the Yemen Data Project": a country written only as the first word
 * of a longer name or before a noun qualifies that name; the article does not speak of the country as a place. A
 * country named once as a noun ("the United States said") or after a locative preposition ("in UK cinemas") is kept.
 */
function dropModifierCountries(cx: EntityContext): void {
  const { places, mentions, doc } = cx;
  const W = doc.words;
  const modifierOnly = new Map<string, boolean>();
  for (const m of mentions) {
    if (m.kind !== 'place') continue;
    const p = places.get(m.id);
    if (p?.kind !== 'country') continue;
    const next = W[m.w1];
    const abbrev = /^(?:[A-Z]\.){2,}$|^[A-Z]{2,3}$/.test(m.text);
    const prev = W[m.w0 - 1];
    // "opens in UK cinemas", "across US states": a place word after a locative preposition still names the place
    const located =
      !!prev &&
      prev.sent === m.sent &&
      /^(?:in|across|throughout|to|into|from|at|inside|within)$/i.test(prev.text);
    const modifier =
      !located &&
      !!next &&
      next.sent === m.sent &&
      next.pos !== 'PUNCT' &&
      !/\n/.test(doc.text.slice(m.end, next.start)) &&
      ((next.cap && !/^(?:and|or)$/i.test(next.text)) ||
        (abbrev && !next.cap && (next.pos === 'NOUN' || next.pos === 'ADJ')));
    modifierOnly.set(m.id, (modifierOnly.get(m.id) ?? true) && modifier);
  }
  for (const [id, only] of modifierOnly) if (only) places.delete(id);
}

/**
 * "drones flew toward Al-Asad" after "the Al-Asad Air Base": a name no list knows that only repeats the first words
 * of a facility is that facility told short; "the Jenin camp" after "the Jenin refugee camp" is that camp. Both are
 * one place, under the longer name.
 */
const townCache = new WeakMap<Doc, { towns: Set<string>; before: string[]; after: string[] }>();
/**
 * Names the text calls a town, in one pass over the text (once a text): `towns` are those of "the town of X", "X town"
 * (also "city", "village of"); `after` are the words after any "town|city|village|district of" (capitalised or not),
 * and `before` the words before any "town|city|village".
 */
function townsNamed(doc: Doc): { towns: Set<string>; before: string[]; after: string[] } {
  const cached = townCache.get(doc);
  if (cached) return cached;
  const out = { towns: new Set<string>(), before: [] as string[], after: [] as string[] };
  for (const m of doc.text.matchAll(
    /\b([Tt]own|[Cc]ity|[Vv]illage|[Dd]istrict) of ((?:\p{Lu}[\p{L}'’-]*\s?){1,3})|((?:\p{Lu}[\p{L}'’-]*\s){1,3})(town|city|village|Town|City|Village)\b/gu,
  )) {
    const key = normKey((m[2] ?? m[3]).trim());
    if (m[1]) out.after.push(key);
    else out.before.push(key);
    if ((m[1] && /^(?:town|city|village)$/.test(m[1])) || (m[4] && /^(?:town|city)$/.test(m[4])))
      out.towns.add(key);
  }
  townCache.set(doc, out);
  return out;
}
/** One of the names `own` is one of `long` without a middle word: "jenin camp", "jenin refugee camp". */
function middleWordOut(own: Set<string>, long: Set<string>): boolean {
  return [...own].some((k) => {
    const a = k.split(' ');
    if (a.length < 2) return false;
    return [...long].some((l) => {
      const b = l.split(' ');
      return (
        b.length > a.length &&
        b[0] === a[0] &&
        b[b.length - 1] === a[a.length - 1] &&
        a.every((w) => b.includes(w))
      );
    });
  });
}

function foldIntoFacilities(cx: EntityContext): void {
  const { places, mentions } = cx;
  const facilities = [...places.values()].filter((p) => p.kind === 'facility');
  if (!facilities.length) return;
  const said = new Map<string, Set<string>>();
  for (const m of mentions)
    if (m.kind === 'place') {
      const set = said.get(m.id) ?? new Set<string>();
      set.add(normKey(m.text.replace(/^the\s+/i, '')));
      said.set(m.id, set);
    }
  const namesOf = (p: Place) => new Set([normKey(p.name), ...(said.get(p.id) ?? [])]);
  const named = townsNamed(cx.doc);
  // "the district of X", "X village", "the X town": the name, or the last words before the form or the first after it
  const townNamed = (p: Place) => {
    const key = normKey(p.name);
    return (
      named.before.some((k) => k === key || k.endsWith(` ${key}`)) ||
      named.after.some((k) => k === key || k.startsWith(`${key} `))
    );
  };
  const moved = new Map<string, string>();
  // "2. Borno: troops repel attack on Marte base" over "an attack on a military base in Marte": a headline names the
  // site by the town the body says it is in; the town is the place, and the site has no name of its own
  const siteTown = new Map<Place, Place | null>();
  const townOf = (f: Place) => {
    if (!siteTown.has(f)) siteTown.set(f, siteInTown(cx, f));
    return siteTown.get(f) ?? null;
  };
  for (const f of facilities) {
    const town = townOf(f);
    if (!town) continue;
    const fm = mentions.filter((m) => m.kind === 'place' && m.id === f.id);
    if (fm.length && fm.every((m) => isHeadingLine(cx.doc, m.sent))) {
      absorbPlace(cx, f, town, moved);
      if (town.kind === 'other' && town.lat === null) town.kind = 'city';
    }
  }
  for (const p of [...places.values()]) {
    if (p.kind === 'country' || p.kind === 'sea' || p.kind === 'region') continue;
    const own = namesOf(p);
    const into = facilities.find((f) => {
      if (f === p || moved.has(f.id) || !places.has(f.id)) return false;
      const long = namesOf(f);
      // "the W park" beside the "W National Park": an area named with the facility's first and last words is it
      if (p.kind === 'other' && p.lat === null && middleWordOut(own, long)) return true;
      if (p.kind !== 'facility') {
        // a bare name the lists do not know, told only after the facility and never called a town, nor as the place
        // a site of the facility's kind is in ("a military base in Marte")
        if (p.lat !== null || p.first < f.first || townNamed(p) || townOf(f) === p) return false;
        return [...own].some((k) => [...long].some((l) => l.startsWith(`${k} `)));
      }
      // one facility named with and without a middle word: "Jenin camp", "Jenin refugee camp"
      return middleWordOut(own, long);
    });
    if (!into) continue;
    absorbPlace(cx, p, into, moved);
  }
  // "the Port-au-Prince airport" beside "Toussaint Louverture International Airport": a town's airport or air base
  // told in common words is the one site of that kind the text names in full, unless that one opens with another
  // town's name ("Erbil airport" beside "Baghdad International Airport")
  for (const p of facilities) {
    const m = /^(.+?)\s+(airport|air base|airbase)$/.exec(p.name);
    if (!m || !places.has(p.id) || moved.has(p.id)) continue;
    const town = normKey(m[1]);
    const head = m[2] === 'airport' ? /\sAirport$/ : /\s(?:Air\s+Base|Airbase)$/;
    const named = facilities.filter((f) => {
      if (f === p || !places.has(f.id) || !head.test(f.name)) return false;
      if (p.country && f.country && p.country !== f.country) return false;
      const w = normKey(f.name).split(' ');
      for (let n = 1; n <= Math.min(3, w.length - 1); n++) {
        const k = w.slice(0, n).join(' ');
        if (k === town) return true;
        if (cx.gaz.phrases.get(k)?.some((e) => e.kind === 'city' || e.kind === 'province')) return false;
      }
      return true;
    });
    if (named.length === 1) absorbPlace(cx, p, named[0], moved);
  }
  if (moved.size) for (const m of mentions) m.id = moved.get(m.id) ?? m.id;
}

/**
 * "a checkpoint outside Kismayo airport", "the Kulachi police station": a site named by a town the lists know in its
 * country and a lower-case head tells of that town too; it is listed (with no mention of its own, so incidents and
 * speech read the site as before).
 */
function townsOfSites(cx: EntityContext): void {
  const { gaz, places, byId } = cx;
  const known = new Set<string>();
  for (const e of byId.values()) known.add(normKey(e.name));
  // "Crater district" beside "the Crater market": an area listed by the town's name already tells of the town
  for (const p of places.values()) {
    const area =
      /^(.+)\s+(?:district|area|township|tehsil|subdistrict|sub-district|municipality|county|governorate)$/i.exec(
        p.name,
      );
    if (area && p.kind !== 'facility') known.add(normKey(area[1]));
  }
  for (const f of [...places.values()]) {
    if (f.kind !== 'facility') continue;
    const m = /^(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+$/u.exec(f.name);
    // a military site's town stands for the site itself in war reports ("drones hit Morozovsk"): no town of its own
    if (!m || /\b(?:base|airbase|airfield|garrison|barracks|camp)$/.test(f.name)) continue;
    const key = normKey(m[1]);
    const country = f.country ?? cx.mainCountry;
    if (known.has(key) || !country) continue;
    const town = [...(gaz.phrases.get(key) ?? []), ...(gaz.towns.get(key) ?? [])]
      .filter((e): e is PlaceEntry => e.kind === 'city' && e.country === country)
      .sort((a, b) => (b.pop ?? 0) - (a.pop ?? 0))[0];
    if (!town) continue;
    const id = placeId(town);
    if (places.has(id)) continue;
    const p: Place = {
      id,
      name: m[1],
      kind: 'city',
      country,
      admin1: town.admin1 ?? null,
      lat: town.lat,
      lon: town.lon,
      tz: town.tz,
      mentions: 0,
      first: f.first,
    };
    places.set(id, p);
    byId.set(id, p);
    known.add(key);
  }
}

/**
 * A wire credit's part that names reporters: "Reporting by X in Abuja", "additional reporting by Y in Istanbul",
 * "Associated Press writer X in Kinshasa, Congo, contributed to this report".
 */
const CREDIT_PART =
  /\b(?:reporting|writing|reported|written)(?:\s+(?:and|&)\s+\w+)?\s+by\b|\b(?:writers?|reporters?|correspondents?|journalists?)\b[^;|]*\bcontributed\b/i;
/** A city after "in" in a credit: "in Abuja", "in Mexico City". */
const CREDIT_TOWN = /\bin\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/gu;

/**
 * "(Reporting by Ifeoma Chukwu in Abuja; Editing by …)": the cities a wire story was reported from are places of the
 * story too. A city the lists know, named only in the credit under the body, is listed (with no mention, so incidents
 * and speech read the body as before); a place already listed by that name is left alone.
 */
function creditTowns(cx: EntityContext): void {
  const { gaz, places, byId, doc } = cx;
  const known = new Set<string>();
  for (const p of places.values()) known.add(normKey(p.name));
  for (const line of doc.boilerplate ?? [])
    for (const part of line.split(/[;|]/)) {
      if (!CREDIT_PART.test(part)) continue;
      for (const m of part.matchAll(CREDIT_TOWN)) {
        const name = m[1].replace(/[.’']+$/, '');
        const key = normKey(name);
        if (known.has(key)) continue;
        const town = (gaz.phrases.get(key) ?? [])
          .filter((e): e is PlaceEntry => e.kind === 'city')
          .sort(
            (a, b) =>
              Number(cx.countries.has(b.country ?? '')) - Number(cx.countries.has(a.country ?? '')) ||
              (b.pop ?? 0) - (a.pop ?? 0),
          )[0];
        if (!town) continue;
        const id = placeId(town);
        if (places.has(id)) continue;
        const p: Place = {
          id,
          name,
          kind: 'city',
          country: town.country,
          admin1: town.admin1 ?? null,
          lat: town.lat,
          lon: town.lon,
          tz: town.tz,
          mentions: 0,
          first: doc.text.length,
        };
        places.set(id, p);
        byId.set(id, p);
        known.add(key);
      }
    }
}

/** The place a facility "X base" is told to be in ("a military base in Marte"), when the text names it as a place. */
function siteInTown(cx: EntityContext, f: Place): Place | null {
  const name = siteTownName(cx.doc, f.name);
  if (!name) return null;
  const key = normKey(name);
  return (
    [...cx.places.values()].find(
      (p) => p !== f && p.kind !== 'facility' && p.kind !== 'country' && normKey(p.name) === key,
    ) ?? null
  );
}

/** Heads of a site's name that a town may follow with no word between: "Teaching Hospital Turbat". */
const TOWN_AFTER_HEAD = /^(?:Hospital|Clinic|Infirmary|School|College|University|Academy)$/;

/**
 * "taken to University Hospital Limerick", "the Combined Military Hospital Bannu": a hospital's or a school's name that
 * runs on into a town or a province, with no word or mark between and no capitalised word after, holds it; the town
 * stays a place only where the text names it again. Returns each longer name's key with the name before the town.
 */
function townAfterSiteName(cx: EntityContext): Map<string, string> {
  const { mentions, byId, places, doc } = cx;
  const W = doc.words;
  const at = new Map<number, Mention>();
  for (const m of mentions) if (m.kind === 'place') at.set(m.w0, m);
  const before = new Map<string, string>();
  const longer = new Map<string, string>();
  for (const m of [...mentions]) {
    const e = byId.get(m.id);
    if (!e || !(m.kind === 'org' || (m.kind === 'place' && (e as Place).kind === 'facility'))) continue;
    const words = m.text.split(/\s+/);
    if (!TOWN_AFTER_HEAD.test(words[words.length - 1])) continue;
    const n = at.get(m.w1);
    const town = n && (byId.get(n.id) as Place | undefined);
    if (!n || !town || (town.kind !== 'city' && town.kind !== 'province') || n.sent !== m.sent) continue;
    if (doc.text.slice(m.end, n.start) !== ' ') continue;
    const next = W[n.w1];
    if (next && next.sent === m.sent && next.cap && /^\p{L}/u.test(next.text)) continue;
    if (e.name === m.text.replace(/^the\s+/i, '')) {
      const name = `${e.name} ${n.text}`;
      before.set(normKey(name), e.name);
      longer.set(normKey(e.name), name);
      e.name = name;
    }
    m.w1 = n.w1;
    m.end = n.end;
    m.text = doc.text.slice(m.start, n.end);
    // a body and its site may share the span: the town's mention goes once
    const k = mentions.indexOf(n);
    if (k < 0) continue;
    mentions.splice(k, 1);
    if (--town.mentions <= 0 && !mentions.some((x) => x.id === town.id)) {
      places.delete(town.id);
      byId.delete(town.id);
    }
  }
  // a site listed beside its body under the name before the town ("a drone struck X Hospital Y") takes it too
  for (const p of [...places.values()]) {
    const name = p.kind === 'facility' ? longer.get(normKey(p.name)) : undefined;
    if (!name) continue;
    const twin = [...places.values()].find((q) => q !== p && normKey(q.name) === normKey(name));
    if (!twin) p.name = name;
    else {
      for (const x of mentions) if (x.id === p.id) x.id = twin.id;
      twin.mentions += p.mentions;
      places.delete(p.id);
      byId.delete(p.id);
    }
  }
  return before;
}

/**
 * Names of care sites: "Ibn Sina Hospital", "Al-Awda Clinic", "Leeds General Infirmary", "X Medical Complex", and the
 * head first or before "of": "Hospital del Norte", "Royal Infirmary of Leith".
 */
const CARE_SITE =
  /(?:\b(?:Hospital|Clinic|Infirmary|Medical (?:Cent(?:er|re)|Complex))$|^(?:Hospital|Cl[ií]nica)\s|\b(?:Hospital|Infirmary) of\b)/i;
/** Names of sites that hold people: "Kirikiri Custodial Centre", "Woodford Correctional Centre", "Adiala Jail". */
const CUSTODY_SITE =
  /\b(?:(?:Correctional|Custodial|Detention|Remand)\s+(?:Cent(?:er|re)|Facility|Complex)|Prison|Jail|Gaol|Penitentiary)$/i;
/** People who speak for a hospital: "the director of X Hospital", "staff at X", "a spokeswoman for X". */
const CARE_VOICE =
  /^(?:director|directors|head|chief|staff|doctors?|medics|nurses?|surgeons?|physicians?|spokes(?:man|woman|person)|officials?|administrator|superintendent|workers?|employees?|manager|sources?|management)$/i;
/** Words after a hospital's name that make it speak: "X Hospital said", "X Hospital's director", ", where a doctor said". */
const CARE_SPEAKS_AFTER =
  /^(?:\s+(?:said|says|told|reported|confirmed|stated|added|announced|warned)\b|['’]s\s+(?:director|head|chief|staff|doctors|medics|spokes\w+|officials?|administrator|superintendent|management)\b|,?\s+(?:where|whose)\s+(?:its\s+|the\s+|an?\s+|one\s+)?(?:director|head|chief|staff|doctors?|medics?|nurses?|surgeons?|spokes\w+|officials?|administrator|superintendent)\b)/i;
/** The text speaks of "the hospital" as a voice: "the hospital said", "hospital officials said", "according to the hospital". */
const HOSPITAL_VOICE =
  /\b(?:the hospital(?:['’]s)? (?:said|says|told|reported|confirmed|director|spokes\w+|officials?|staff|head|chief|administrator|superintendent)|according to the hospital|hospital (?:officials|staff|sources|director|doctors|authorities) (?:said|say|told|reported|confirmed))\b/i;

/** Words that put a thing beside, inside or around a site: "outside X Hospital", "near the X Clinic". */
const SPATIAL_WORD = /^(?:outside|inside|near|beside|opposite|around)$/;
/** Verbs that move, keep or treat people at a site: "taken to", "treated at", "died in", "sheltering inside". */
const SITE_VERB =
  /^(?:taken|rushed|brought|carried|admitted|transferred|transported|evacuated|airlifted|moved|referred|shifted|treated|hospitali[sz]ed|died|held|detained|fled|sheltering|sheltered|gathered|trapped|discharged)$/i;
/** Verbs that carry the hurt or the dead to a place: "rushed to", "evacuated to", "shifted to". */
const CARRY_VERB =
  /^(?:taken|rushed|brought|carried|admitted|evacuated|airlifted|shifted|ferried|hospitali[sz]ed)$/i;
/** A sentence that tells of people hurt, dead or cared for: "treated 23 people", "11 bodies had been brought in". */
const CARE_TOLD =
  /\b(?:treat(?:ed|ing)|received|admitted|bod(?:y|ies)|wound(?:s|ed)?|injur(?:ed|ies|y)|hurt|killed|dead|died|bullets?|gunshots?|burns|casualt(?:y|ies)|condition)\b/i;

/**
 * "were rushed to the X Hospital", "sheltering inside X Clinic", "X Hospital, where the bodies were taken": the words
 * around a mention (past "the") put someone at, in or by it as a place: a spatial word before it; "to", "at", "in",
 * "into" or "from" after a verb that moves, keeps or treats people; "at" or "in" in a sentence that tells of people
 * hurt, dead or treated ("a nurse at X said 11 bodies had been brought in"); or ", where" after it. "a doctor at X said
 * the wing would open", "a statement from X" tell no site.
 */
function mentionSited(doc: Doc, m: Mention): boolean {
  if (/^\s*(?:\([^)]{1,12}\)\s*)?,\s+where\b/.test(doc.text.slice(m.end, m.end + 30))) return true;
  const W = doc.words;
  let k = m.w0 - 1;
  if (k >= 0 && W[k].text.toLowerCase() === 'the') k--;
  if (k < 0 || W[k].sent !== m.sent) return false;
  const p = W[k].text.toLowerCase();
  if (SPATIAL_WORD.test(p)) return true;
  if (/^(?:at|in)$/.test(p) && CARE_TOLD.test(doc.sentences[m.sent].text)) return true;
  return (
    /^(?:to|at|in|into|from)$/.test(p) && k > 0 && W[k - 1].sent === m.sent && SITE_VERB.test(W[k - 1].text)
  );
}

/** "a riot at X", "an assault on X", "sent into X": a preposition of place right before a mention (past "the"). */
function placedAt(doc: Doc, m: Mention): boolean {
  const W = doc.words;
  let k = m.w0 - 1;
  if (k >= 0 && W[k].text.toLowerCase() === 'the') k--;
  return mentionSited(doc, m) || (k >= 0 && W[k].sent === m.sent && /^(?:at|in|into|on|to)$/.test(W[k].text));
}

/**
 * "the injured were shifted to the Regional Institute of Medical Sciences": a named body the hurt or the dead were
 * carried to is a care site, whatever its name's head.
 */
function carriedTo(doc: Doc, m: Mention): boolean {
  const W = doc.words;
  let k = m.w0 - 1;
  if (k >= 0 && W[k].text.toLowerCase() === 'the') k--;
  return (
    k > 0 &&
    W[k].text === 'to' &&
    W[k - 1].sent === m.sent &&
    CARRY_VERB.test(W[k - 1].text) &&
    CARE_TOLD.test(doc.sentences[m.sent].text)
  );
}

/**
 * "were taken to Ibn Sina Hospital": a hospital the text names only as a place people were taken to or treated at is
 * that place (a facility), no organisation; one that speaks ("the director of X Hospital said", "staff at X Hospital
 * said", "X Hospital's director", "according to the hospital") is an organisation, and also the facility when people
 * were taken to, treated at or held by it (the gold's "both"). A body the hurt were carried to is a hospital too, and
 * a prison (a site that holds people) is the site and stays the body it is named as.
 */
function hospitalsAsSites(cx: EntityContext, townless: Map<string, string>): void {
  const { orgs, places, mentions, byId, doc } = cx;
  const W = doc.words;
  const orgMentions = (o: Org) => mentions.filter((m) => m.kind === 'org' && m.id === o.id);
  /** A care site's name, read without a town written after it ("University Hospital Limerick"). */
  const isCareName = (o: Org) => CARE_SITE.test(townless.get(normKey(o.name)) ?? o.name);
  const care = [...orgs.values()].filter(
    (o) => isCareName(o) || CUSTODY_SITE.test(o.name) || orgMentions(o).some((m) => carriedTo(doc, m)),
  );
  if (!care.length) return;
  const hospitals = care.filter(isCareName);
  const voiced = hospitals.length === 1 && HOSPITAL_VOICE.test(doc.text) ? hospitals[0] : null;
  for (const o of care) {
    const ms = orgMentions(o);
    if (!ms.length) continue;
    const site = {
      kind: 'facility' as const,
      name: o.name,
      country: o.country ?? nearCountry(mentions, byId, ms[0].sent) ?? cx.mainCountry,
      lat: null,
      lon: null,
      tz: null,
    };
    const key = normKey(o.name);
    const known = [...places.values()].find((p) => p.kind === 'facility' && normKey(p.name) === key);
    // a body named by another head ("Institute of Medical Sciences") stays one, and is the site as well; so is a
    // prison told with a preposition of place ("a riot at X", "an assault on X", "moved into X")
    if (!isCareName(o)) {
      if (!known && (!CUSTODY_SITE.test(o.name) || ms.some((m) => placedAt(doc, m)))) alsoSite(cx, o, site);
      continue;
    }
    if (o === voiced) {
      if (!known && ms.some((m) => mentionSited(doc, m))) alsoSite(cx, o, site);
      continue;
    }
    const speaks = ms.some((m) => {
      if (CARE_SPEAKS_AFTER.test(doc.text.slice(m.end, m.end + 60))) return true;
      let k = m.w0 - 1;
      if (k >= 0 && W[k].text === 'the') k--;
      if (k < 1 || W[k].sent !== m.sent) return false;
      if (/^(?:of|at|from|in|for)$/.test(W[k].text) && CARE_VOICE.test(W[k - 1].text)) return true;
      return W[k].text === 'to' && W[k - 1].text === 'according';
    });
    if (!speaks) orgIsPlace(cx, o, ms, known, site);
    else if (!known && ms.some((m) => mentionSited(doc, m))) alsoSite(cx, o, site);
  }
}

/** An organisation that is also a site: the site is listed beside it, and its mentions stay the organisation's. */
function alsoSite(
  cx: EntityContext,
  o: Org,
  site: Pick<Place, 'kind' | 'name' | 'country' | 'lat' | 'lon' | 'tz'>,
) {
  const place: Place = { id: placeId(site), ...site, admin1: null, mentions: 0, first: o.first };
  cx.places.set(place.id, place);
  cx.byId.set(place.id, place);
}

/** An organisation's mentions `ms` name a place: the one given, or a new one from `site`; the organisation goes. */
function orgIsPlace(
  cx: EntityContext,
  o: Org,
  ms: Mention[],
  known: Place | undefined,
  site: Pick<Place, 'kind' | 'name' | 'country' | 'lat' | 'lon' | 'tz'>,
): void {
  let place = known;
  if (!place) {
    place = { id: placeId(site), ...site, admin1: null, mentions: 0, first: o.first };
    cx.places.set(place.id, place);
    cx.byId.set(place.id, place);
  }
  for (const m of ms) {
    m.kind = 'place';
    m.id = place.id;
    place.mentions++;
  }
  cx.orgs.delete(o.id);
  cx.byId.delete(o.id);
}

/**
 * "a village in Safana Local Government Area", "the Safana Local Government Area of Katsina State": a local
 * government area is a place (an administrative area), not a body. The name read as an organisation, written as or
 * before "Area" wherever the text names it, is that area: the place of its name when one is listed ("Safana"), else an
 * area of its own. A council that acts ("the chairman of Maru Local Government") stays a body.
 */
function localGovernmentAreas(cx: EntityContext): void {
  const { orgs, places, mentions, byId, doc } = cx;
  for (const o of [...orgs.values()]) {
    const m = /^(.+?)\s+Local\s+Government(\s+Area)?$/i.exec(o.name);
    if (!m) continue;
    const ms = mentions.filter((x) => x.kind === 'org' && x.id === o.id);
    const area = (x: Mention) => !!m[2] || /^\s+Area\b/i.test(doc.text.slice(x.end, x.end + 6));
    if (!ms.length || !ms.every(area)) continue;
    const key = normKey(m[1]);
    orgIsPlace(
      cx,
      o,
      ms,
      [...places.values()].find((p) => p.kind !== 'country' && normKey(p.name) === key),
      {
        kind: 'other',
        name: `${m[1]} Local Government Area`,
        country: o.country ?? nearCountry(mentions, byId, ms[0].sent) ?? cx.mainCountry,
        lat: null,
        lon: null,
        tz: null,
      },
    );
  }
}

/**
 * "sheltering in a Buddhist monastery", "the Sunni mosque": a faith's adjective before a site's lower-case head describes
 * a site, it names none. The site is not listed; its mentions stay, so incidents read the place as before.
 */
function dropDescribedSites(cx: EntityContext): void {
  for (const p of [...cx.places.values()]) {
    if (p.kind !== 'facility') continue;
    const w = p.name.split(/\s+/);
    if (w.length >= 2 && /^\p{Ll}/u.test(w[w.length - 1]) && w.slice(0, -1).every((x) => FAITH_ADJ.test(x)))
      cx.places.delete(p.id);
  }
}
