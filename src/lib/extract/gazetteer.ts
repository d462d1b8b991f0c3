/**
 * The shipped gazetteer (data/gazetteer): countries with demonyms and capitals, cities, first-level divisions,
 * curated facilities, regions/seas and organisations with aliases. Loaded once per process, on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type PlaceKind = 'facility' | 'city' | 'province' | 'country' | 'region' | 'sea' | 'other';
export interface PlaceEntry {
  kind: PlaceKind;
  name: string;
  country: string | null;
  admin1?: string | null;
  lat: number | null;
  lon: number | null;
  tz: string | null;
  pop?: number;
  /** An administrative seat (towns table). */
  seat?: boolean;
}
export interface OrgEntry {
  kind: 'org';
  name: string;
  aliases: string[];
  type: string;
  country: string | null;
}
export interface CountryEntry {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  capital: string | null;
  lat: number;
  lon: number;
  tz: string | null;
}
export type GazEntry = PlaceEntry | OrgEntry | { kind: 'demonym'; country: string; word: string };

export interface Gazetteer {
  /** normalised phrase → entries (best first). */
  phrases: Map<string, GazEntry[]>;
  /** phrases that are acronyms: must match with exact case. */
  exactCase: Set<string>;
  /**
   * Normalised phrases that the lists only ever write in capitals ("ICE", "WHO", "US"): a word written otherwise
   * ("Ice", "Who", "Us") is not them.
   */
  capsOnly: Set<string>;
  maxWords: number;
  /** first word of a phrase → the most words a phrase starting with it has */
  firstWords: Map<string, number>;
  countries: Map<string, CountryEntry>;
  orgs: OrgEntry[];
  /**
   * Second tier: smaller towns (normalised name → entries, most populous first). Never matched on sight like
   * `phrases`; the entity layer takes one only where the context makes a place likely.
   */
  towns: Towns;
  /** A country's legislature by its two-letter code ("IS" → Althing). */
  legislatures: Map<string, OrgEntry>;
}

/**
 * The second-tier town table, stored in columns (about 120,000 rows) so that it costs little memory; entries are
 * made on look-up. `get` returns the towns of a normalised name, most populous first.
 */
export class Towns {
  private readonly index = new Map<string, number | number[]>();
  private readonly name: string[] = [];
  private readonly country: string[] = [];
  private readonly tzName: string[];
  private readonly lat: Float32Array;
  private readonly lon: Float32Array;
  private readonly tz: Int16Array;
  private readonly pop: Uint32Array;
  private readonly seat: Uint8Array;

  constructor(
    rows: [string, string[], string, number, number, number, number, number][],
    tzNames: string[],
    fallbackTz: (country: string) => string | null,
    key: (s: string) => string,
  ) {
    rows.sort((a, b) => b[6] - a[6]);
    const n = rows.length;
    this.tzName = tzNames;
    this.lat = new Float32Array(n);
    this.lon = new Float32Array(n);
    this.tz = new Int16Array(n);
    this.pop = new Uint32Array(n);
    this.seat = new Uint8Array(n);
    const fallback = new Map<string, number>();
    rows.forEach(([name, alts, iso2, lat, lon, tzi, pop, seat], r) => {
      this.name.push(name);
      this.country.push(iso2);
      this.lat[r] = lat;
      this.lon[r] = lon;
      let t = tzi;
      if (t < 0) {
        const f = fallbackTz(iso2);
        if (f) {
          if (!fallback.has(f)) {
            const at = this.tzName.indexOf(f);
            fallback.set(f, at >= 0 ? at : this.tzName.push(f) - 1);
          }
          t = fallback.get(f) as number;
        }
      }
      this.tz[r] = t;
      this.pop[r] = pop;
      this.seat[r] = seat;
      for (const a of [name, ...alts]) {
        const k = key(a);
        const had = this.index.get(k);
        if (had === undefined) this.index.set(k, r);
        else if (typeof had === 'number') {
          if (had !== r) this.index.set(k, [had, r]);
        } else if (!had.includes(r)) had.push(r);
      }
    });
  }

  has(k: string): boolean {
    return this.index.has(k);
  }

  get(k: string): PlaceEntry[] | undefined {
    const at = this.index.get(k);
    if (at === undefined) return undefined;
    return (typeof at === 'number' ? [at] : at).map((r) => ({
      kind: 'city' as const,
      name: this.name[r],
      country: this.country[r],
      lat: Math.round(this.lat[r] * 1000) / 1000,
      lon: Math.round(this.lon[r] * 1000) / 1000,
      tz: this.tz[r] >= 0 ? (this.tzName[this.tz[r]] ?? null) : null,
      pop: this.pop[r],
      seat: this.seat[r] === 1,
    }));
  }
}

/** Key used for every gazetteer lookup: lower case, no apostrophes or accents, hyphens and spaces folded. */
/*
 * Nations in list entries: a country's name or its people's adjective ("Kenya", "Kenyan" → "KE"). The one
 * demonym-or-country lookup the finders share.
 */

/** The country of the first of `entries` that names a nation ("Dutch", "Norway"); undefined when none does. */
export function nationOf(entries: readonly GazEntry[] | undefined): string | undefined {
  if (!entries) return undefined;
  for (const e of entries) {
    if (e.kind === 'demonym' || e.kind === 'country') return e.country ?? undefined;
  }
  return undefined;
}

/** Every country `entries` name as a nation, once each ("Dutch" is the word of more than one country's people). */
export function nationsOf(entries: readonly GazEntry[] | undefined): string[] {
  if (!entries) return [];
  return [
    ...new Set(
      entries.flatMap((e) =>
        (e.kind === 'demonym' || e.kind === 'country') && e.country ? [e.country] : [],
      ),
    ),
  ];
}

/** Whether any of `entries` names the nation `country` (or any nation, when `country` is not given). */
export function namesNation(entries: readonly GazEntry[] | undefined, country?: string | null): boolean {
  return (
    !!entries &&
    entries.some(
      (e) =>
        (e.kind === 'demonym' || e.kind === 'country') && (country === undefined || e.country === country),
    )
  );
}

/** A key of letters, digits and stops only: lower case is all its normal form changes. */
const BARE_KEY = /^[\w.]*$/;
export function normKey(s: string): string {
  // (one word of a name, the commonest key, is looked up for every capitalised word of the text)
  if (BARE_KEY.test(s)) return s.toLowerCase();
  // Decomposing is the costly step, and most keys are plain ASCII: skip it for them.
  return (/[^\x00-\x7f]/.test(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s)
    .toLowerCase()
    .replace(/[’'`‘]/g, '')
    .replace(/[-\s\u2013]+/g, ' ')
    .trim();
}

const dataDir = fileURLToPath(new URL('../../../data/gazetteer/', import.meta.url));
const readJson = <T>(name: string): T => JSON.parse(readFileSync(`${dataDir}${name}`, 'utf8')) as T;

type TownRow = [string, string[], string, number, number, number, number, number];
/** towns.tsv (written by scripts/build-gazetteer.ts): a header, the time zones, then one town a line. */
function readTowns(): { tz: string[]; rows: TownRow[] } {
  let tz: string[] = [];
  const rows: TownRow[] = [];
  for (const line of readFileSync(`${dataDir}towns.tsv`, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const f = line.split('\t');
    if (f[0] === 'tz' && f.length === 2) tz = f[1].split('|');
    else rows.push([f[0], f[1] ? f[1].split('|') : [], f[2], +f[3], +f[4], +f[5], +f[6], +f[7]]);
  }
  return { tz, rows };
}

let cached: Gazetteer | null = null;

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const phrases = new Map<string, GazEntry[]>();
  const exactCase = new Set<string>();
  const capsOnly = new Set<string>();
  const mixedCase = new Set<string>();
  let maxWords = 1;
  const firstWords = new Map<string, number>();
  const add = (phrase: string, e: GazEntry, front = false) => {
    const k = normKey(phrase);
    if (k.length < 2) return;
    if (/^[A-Z.]{2,6}$/.test(phrase.replace(/-/g, '')) && phrase.length <= 6) exactCase.add(phrase);
    if (/^[A-Z0-9&.-]{2,}$/.test(phrase) && /[A-Z]/.test(phrase)) {
      if (!mixedCase.has(k)) capsOnly.add(k);
    } else {
      mixedCase.add(k);
      capsOnly.delete(k);
    }
    const list = phrases.get(k);
    if (list) {
      if (front) list.unshift(e);
      else list.push(e);
    } else phrases.set(k, [e]);
    const parts = k.split(' ');
    maxWords = Math.max(maxWords, parts.length);
    firstWords.set(parts[0], Math.max(firstWords.get(parts[0]) ?? 0, Math.min(parts.length, 9)));
  };

  const countries = new Map<string, CountryEntry>();
  for (const c of readJson<CountryEntry[]>('countries.json')) {
    countries.set(c.code, c);
    const e: PlaceEntry = {
      kind: 'country',
      name: c.name,
      country: c.code,
      lat: c.lat,
      lon: c.lon,
      tz: c.tz,
    };
    for (const n of [c.name, ...c.names]) add(n, e, true);
    for (const d of c.demonyms) add(d, { kind: 'demonym', country: c.code, word: d });
  }

  type Row = [string, string[], string, string, number, number, string, number];
  const cities = readJson<Row[]>('cities.json').sort((a, b) => b[7] - a[7]);
  const byName = new Map<string, PlaceEntry[]>();
  for (const [name, alts, iso2, province, lat, lon, tz, pop] of cities) {
    const e: PlaceEntry = { kind: 'city', name, country: iso2, admin1: province, lat, lon, tz, pop };
    for (const n of [name, ...alts]) {
      add(n, e);
      const k = normKey(n);
      byName.set(k, [...(byName.get(k) ?? []), e]);
    }
  }
  type PRow = [string, string[], string, number, number, string];
  const compass: [string, PlaceEntry][] = [];
  for (const [name, alts, iso2, lat, lon, tz] of readJson<PRow[]>('provinces.json')) {
    const e: PlaceEntry = { kind: 'province', name, country: iso2, admin1: name, lat, lon, tz: tz || null };
    for (const n of [name, ...alts]) {
      add(n, e);
      const k = normKey(n);
      byName.set(k, [...(byName.get(k) ?? []), e]);
    }
    // "Northern Darfur" is written "North Darfur" too (and "South X" as "Southern X"): the other form, under
    // its own spelling, where no other place has it
    const m = /^(North|South|East|West)(ern)?\s+(\S.*)$/.exec(name);
    if (m) {
      const variant = `${m[1]}${m[2] ? '' : 'ern'} ${m[3]}`;
      if (!phrases.has(normKey(variant))) compass.push([variant, { ...e, name: variant }]);
    }
  }
  for (const [n, e] of compass) if (!phrases.has(normKey(n))) add(n, e);

  const regions = readJson<{
    regions: {
      name: string;
      kind: PlaceKind;
      aliases: string[];
      country?: string;
      lat: number;
      lon: number;
      tz?: string;
      /** A river, known by its bare name ("the Danube"); left out where a town or province has the name. */
      river?: boolean;
    }[];
    placeAliases: { alias: string; target: string; country: string }[];
  }>('regions.curated.json');
  for (const r of regions.regions) {
    if (r.river && phrases.has(normKey(r.name))) continue;
    const tz = r.tz ?? (r.country ? (countries.get(r.country)?.tz ?? null) : null);
    const e: PlaceEntry = {
      kind: r.kind,
      name: r.name,
      country: r.country ?? null,
      lat: r.lat,
      lon: r.lon,
      tz,
    };
    for (const n of [r.name, ...r.aliases]) add(n, e, true);
  }
  for (const a of regions.placeAliases) {
    for (const target of (byName.get(normKey(a.target)) ?? [])
      .filter((p) => p.country === a.country)
      .reverse())
      add(a.alias, { ...target, name: a.alias }, true);
  }

  const fac = readJson<{
    facilities: {
      name: string;
      aliases: string[];
      country: string;
      admin1?: string;
      lat: number;
      lon: number;
    }[];
  }>('facilities.curated.json');
  for (const f of fac.facilities) {
    const e: PlaceEntry = {
      kind: 'facility',
      name: f.name,
      country: f.country,
      admin1: f.admin1 ?? null,
      lat: f.lat,
      lon: f.lon,
      tz: countries.get(f.country)?.tz ?? null,
    };
    for (const n of [f.name, ...f.aliases]) add(n, e, true);
  }

  const orgs: OrgEntry[] = [];
  for (const o of readJson<{
    organizations: { name: string; aliases: string[]; type: string; country?: string }[];
  }>('organizations.curated.json').organizations) {
    const e: OrgEntry = {
      kind: 'org',
      name: o.name,
      aliases: o.aliases,
      type: o.type,
      country: o.country ?? null,
    };
    orgs.push(e);
    for (const n of [o.name, ...o.aliases]) add(n, e, true);
  }
  const legislatures = new Map<string, OrgEntry>();
  for (const l of readJson<{
    legislatures: { name: string; aliases: string[]; country: string }[];
  }>('legislatures.curated.json').legislatures) {
    const e: OrgEntry = {
      kind: 'org',
      name: l.name,
      aliases: l.aliases,
      type: 'legislature',
      country: l.country,
    };
    if (!legislatures.has(l.country)) legislatures.set(l.country, e);
    orgs.push(e);
    for (const n of [l.name, ...l.aliases]) add(n, e, true);
  }

  // The world list (organizations.world.json) comes after the curated lists and the legislatures: a name they or a
  // place already own keeps its meaning, and a world entry for an organisation already listed only adds its aliases.
  const orgByKey = (k: string) => phrases.get(k)?.find((x): x is OrgEntry => x.kind === 'org');
  for (const o of readJson<{
    organizations: { name: string; aliases: string[]; type: string; country?: string }[];
  }>('organizations.world.json').organizations) {
    const names = [o.name, ...o.aliases];
    // an acronym alone does not make two organisations one ("RSF": a press group and a Sudanese force)
    const isAcronym = (n: string) => /^[A-Z0-9&.-]{2,6}$/.test(n);
    const known = names
      .filter((n) => n === o.name || !isAcronym(n))
      .map((n) => orgByKey(normKey(n)))
      .find(Boolean);
    const e: OrgEntry = known ?? {
      kind: 'org',
      name: o.name,
      aliases: [],
      type: o.type,
      country: o.country ?? null,
    };
    if (!known) orgs.push(e);
    for (const n of names) {
      const owner = orgByKey(normKey(n));
      // a shared acronym reads as either: the article's countries choose (see entities)
      if (owner && !(isAcronym(n) && owner !== e && !known)) continue;
      if (n !== e.name) e.aliases = [...e.aliases, n];
      add(n, e);
    }
  }
  const tt = readTowns();
  const towns = new Towns(tt.rows, tt.tz, (c) => countries.get(c)?.tz ?? null, normKey);
  cached = {
    phrases,
    exactCase,
    capsOnly,
    maxWords: Math.min(maxWords, 9),
    firstWords,
    countries,
    orgs,
    towns,
    legislatures,
  };
  return cached;
}

/** The country entry for a two-letter code. */
export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  return loadGazetteer().countries.get(code)?.name ?? code;
}
