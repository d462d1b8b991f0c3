/**
 * The shared state of one extraction: the gazetteer hits, the countries the article is about (names, demonyms, the
 * dateline, place names that agree on a country, the main country by weight), and the collections of people,
 * organisations, places and mentions with the functions that record them.
 */
import type { Doc, Word } from '../doc.ts';
import { type Gazetteer, loadGazetteer, namesNation, normKey, type PlaceEntry } from '../gazetteer.ts';
import { gazetteerHits } from './candidates.ts';
import { type GazHit, mentionOf, newPlace, type OrgInput, p2, placeId, spanText } from './shared.ts';
import type { Mention, Org, Person, Place } from './types.ts';

/** A province's own head written after its name, in capitals: "Region", "Regional", "State", "Province". */
const PROVINCE_HEAD =
  /^(?:Region|Regional|Province|Provincial|State|County|District|Governorate|Oblast|Prefecture|Department)$/;

/** The state the finders share: the list hits, the article's countries, and the entities found so far. */
export interface EntityContext {
  doc: Doc;
  gaz: Gazetteer;
  W: Word[];
  /** Longest list phrases in the body, in order. */
  hits: GazHit[];
  /** Word → index of the hit that covers it, or -1. */
  claimed: Int32Array;
  /** Countries named or implied in the body. */
  countries: Set<string>;
  /** The dateline's country, when it names one. */
  datelineCountry: string | null;
  /** The country the article is most about. */
  mainCountry: string | null;
  countryWeight: (c: string | null) => number;
  people: Person[];
  orgs: Map<string, Org>;
  places: Map<string, Place>;
  mentions: Mention[];
  byId: Map<string, Person | Org | Place>;
  /** Words inside a person's name. */
  personWords: Set<number>;
  addMention: (kind: Mention['kind'], id: string, w0: number, w1: number) => void;
  addOrg: (o: OrgInput, surface: string, w0: number, w1: number) => void;
  addPlace: (p: PlaceEntry, w0: number, w1: number, nameOverride?: string) => void;
}

/** The list hits and the country context of a document, with empty collections to fill. */
export function entityContext(doc: Doc): EntityContext {
  const gaz = loadGazetteer();
  const W = doc.words;
  const hits = gazetteerHits(doc, gaz);
  const claimed = new Int32Array(W.length).fill(-1); // word → hit index
  hits.forEach((h, k) => {
    for (let i = h.w0; i < h.w1; i++) claimed[i] = k;
  });

  // countries the article is about (names and demonyms), for disambiguating cities
  const countries = new Set<string>();
  for (const h of hits) {
    for (const e of h.entries) {
      if (e.kind === 'country') countries.add(e.country as string);
      if (e.kind === 'demonym') countries.add(e.country);
    }
    if (h.entries[0].kind === 'facility' || h.entries[0].kind === 'region' || h.entries[0].kind === 'sea') {
      const c = (h.entries[0] as PlaceEntry).country;
      if (c) countries.add(c);
    }
    // an organisation that names its country ("Kyrgyz Border Service", "Iranian army") mentions that country
    const o = h.entries[0];
    if (o.kind === 'org' && o.country && h.w1 - h.w0 >= 2)
      for (let k = h.w0; k < h.w1; k++)
        if (namesNation(gaz.phrases.get(normKey(W[k].text)), o.country)) {
          countries.add(o.country);
          break;
        }
  }

  // the dateline's country ("ERBIL, Iraq (Agency) —"): where the story is set
  let datelineCountry: string | null = null;
  for (const part of (doc.dateline ?? '').replace(/\([^)]*\)/g, ' ').split(/[,—–-]+/)) {
    const list = gaz.phrases.get(normKey(part));
    const c = list?.find((e) => e.kind === 'country');
    const city = list?.find((e): e is PlaceEntry => e.kind === 'city' && !!e.country);
    if (c && c.kind === 'country') datelineCountry = c.country;
    else if (city && !datelineCountry && p2(city) >= 100000) datelineCountry = city.country;
  }
  // "QUETTA: Six soldiers were …": a city in capitals before a colon opening one of the first paragraphs is where
  // the story was filed, as a dateline is (a page's "READ:" or "SOURCE:" names no city the lists know)
  if (!datelineCountry)
    for (const p of doc.paragraphs.slice(0, 4)) {
      const m = /^(\p{Lu}[\p{Lu} .'-]{2,30}):\s+\p{Lu}/u.exec(p.text);
      if (!m || /\p{Ll}/u.test(m[1])) continue;
      const city = gaz.phrases
        .get(normKey(m[1]))
        ?.find((e): e is PlaceEntry => e.kind === 'city' && !!e.country && p2(e) >= 100000);
      if (city) datelineCountry = city.country;
      break;
    }
  if (datelineCountry) countries.add(datelineCountry);
  // a country the article never names but two of its place names agree on ("Tonk", "Rajasthan", "Jaipur")
  // (a province and a city of that province, or three names)
  const votes = new Map<string, { names: Set<string>; provinces: Set<string>; cityAdmin: Set<string> }>();
  for (const h of hits) {
    const cs = new Set<string>();
    for (const e of h.entries)
      if ((e.kind === 'city' || e.kind === 'province') && e.country) cs.add(e.country);
    if (cs.size === 0 || cs.size > 3 || h.w0 === doc.sentences[W[h.w0].sent].w0) continue;
    const key = normKey(spanText(doc, h.w0, h.w1));
    for (const e of h.entries) {
      if ((e.kind !== 'city' && e.kind !== 'province') || !e.country) continue;
      const v = votes.get(e.country) ?? { names: new Set(), provinces: new Set(), cityAdmin: new Set() };
      v.names.add(key);
      if (e.kind === 'province') v.provinces.add(key);
      else if (e.admin1) v.cityAdmin.add(normKey(e.admin1));
      votes.set(e.country, v);
    }
  }
  for (const [c, v] of votes)
    if (v.names.size >= 3 || [...v.provinces].some((p) => v.cityAdmin.has(p))) countries.add(c);
  // "the Savannah Region", "Kwara State", "Samburu County", "the Savannah Regional Police Command": a name the text itself calls a
  // province, that the lists place as a province in one country only, is a mention of that country (a town of
  // the name elsewhere is beside the point): regional news seldom names its own country
  const provinceCountries: string[] = [];
  for (const h of hits) {
    const headAfter = h.w1 < W.length && W[h.w1].sent === W[h.w0].sent && PROVINCE_HEAD.test(W[h.w1].text);
    // the lists may hold the name with its head ("Samburu County")
    if (!headAfter && !(h.w1 - h.w0 >= 2 && PROVINCE_HEAD.test(W[h.w1 - 1].text))) continue;
    const cs = new Set<string>();
    for (const e of h.entries) if (e.kind === 'province' && e.country) cs.add(e.country);
    if (cs.size !== 1 || h.entries.some((e) => e.kind === 'country')) continue;
    const c = [...cs][0];
    countries.add(c);
    provinceCountries.push(c);
  }
  // the country the article is most about, by the names it uses (the dateline counts most)
  const hitWeights = new Map<string, number>();
  const hitWeigh = (c: string | null | undefined, w: number) => {
    if (c) hitWeights.set(c, (hitWeights.get(c) ?? 0) + w);
  };
  for (const h of hits) {
    const e = h.entries[0];
    // "Congo" names two countries: it weighs for neither
    if (e.kind === 'country') {
      if (h.entries.filter((x) => x.kind === 'country').length === 1) hitWeigh(e.country, 1);
    } else if (e.kind === 'demonym') hitWeigh(e.country, 0.5);
    else if (e.kind !== 'org' && e.kind !== 'city' && e.kind !== 'province') hitWeigh(e.country, 1);
  }
  hitWeigh(datelineCountry, 3);
  for (const c of provinceCountries) hitWeigh(c, 1);
  for (const h of hits)
    for (const e of h.entries) if (e.kind === 'city' && h.entries.length === 1) hitWeigh(e.country, 0.5);
  const mainCountry = [...hitWeights.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
  const countryWeight = (c: string | null) => (c ? (hitWeights.get(c) ?? 0) : 0);

  const people: Person[] = [];
  const orgs = new Map<string, Org>();
  const places = new Map<string, Place>();
  const mentions: Mention[] = [];
  const byId = new Map<string, Person | Org | Place>();
  const personWords = new Set<number>();

  const addMention = (kind: Mention['kind'], id: string, w0: number, w1: number) => {
    mentions.push(mentionOf(doc, kind, id, w0, w1));
  };
  const addOrg = (o: OrgInput, surface: string, w0: number, w1: number): void => {
    // "Bahrain-based Fifth Fleet": where a body is based is no part of its name
    if (w1 - w0 > 1 && /\p{L}-based$/u.test(W[w0].text) && o.name.startsWith(`${W[w0].text} `)) {
      const name = o.name.slice(W[w0].text.length + 1);
      addOrg({ ...o, name }, surface.replace(/^(?:the\s+)?\S+-based\s+/i, ''), w0 + 1, w1);
      return;
    }
    // "Minister of Territorial Administration and Infrastructure": a minister's portfolio, not a body
    if (
      w0 >= 2 &&
      /^(?:of|for)$/.test(W[w0 - 1].text) &&
      /^Ministers?$/.test(W[w0 - 2].text) &&
      !/\b(?:Ministry|Department|Office)$/.test(o.name)
    )
      return;
    const id = `org:${normKey(o.name)}`;
    let org = orgs.get(id);
    if (!org) {
      org = {
        id,
        name: o.name,
        aliases: [],
        type: o.type,
        country: o.country,
        mentions: 0,
        first: W[w0].start,
      };
      orgs.set(id, org);
      byId.set(id, org);
      for (const a of o.aliases) if (!org.aliases.includes(a)) org.aliases.push(a);
    }
    const clean = surface.replace(/^the\s+/i, '').replace(/'s?$/, '');
    if (clean !== org.name && !org.aliases.includes(clean)) org.aliases.unshift(clean);
    else if (org.aliases.includes(clean) && org.aliases[0] !== clean) {
      org.aliases.splice(org.aliases.indexOf(clean), 1);
      org.aliases.unshift(clean);
    }
    org.mentions++;
    addMention('org', id, w0, w1);
  };
  const addPlace = (p: PlaceEntry, w0: number, w1: number, nameOverride?: string) => {
    const id = placeId(p);
    let place = places.get(id);
    if (!place) {
      place = newPlace(p, W[w0].start, nameOverride ?? shortPlaceName(p.name, spanText(doc, w0, w1)));
      places.set(id, place);
      byId.set(id, place);
    }
    place.mentions++;
    addMention('place', id, w0, w1);
  };
  return {
    doc,
    gaz,
    W,
    hits,
    claimed,
    countries,
    datelineCountry,
    mainCountry,
    countryWeight,
    people,
    orgs,
    places,
    mentions,
    byId,
    personWords,
    addMention,
    addOrg,
    addPlace,
  };
}

/**
 * "Washington, D.C." read from "Washington": a listed name with a qualifier after a comma is named as the text
 * writes it when the text leaves the qualifier out.
 */
export function shortPlaceName(listed: string, surface: string): string {
  const comma = listed.indexOf(', ');
  if (comma < 0 || normKey(surface) === normKey(listed)) return listed;
  const head = listed.slice(0, comma);
  return normKey(surface.replace(/^the\s+/i, '')) === normKey(head) ? head : listed;
}
