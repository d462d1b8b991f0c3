/**
 * Names the lists know, not used by people: organisations (an acronym shared by two read by the article's country,
 * "Congress" as the main country's legislature), places (the best reading by country, landmarks and areas named
 * after a place, provinces the article calls provinces, towns named like a province) and demonyms.
 */
import {
  type GazEntry,
  type Gazetteer,
  namesNation,
  normKey,
  type OrgEntry,
  type PlaceEntry,
} from '../gazetteer.ts';
import { ADMIN_SUFFIX, NOT_NAME, ORG_HEAD, STOP_CAPS } from '../lexicon.ts';
import type { EntityContext } from './context.ts';
import { IN_TOWN_HEAD, LANDMARK_BEFORE, LANDMARK_GLUE, landmarkHead } from './landmarks.ts';
import { mostlyCapitalised } from './lines.ts';
import {
  type GazHit,
  lower,
  PROVINCE_ADJ,
  p2,
  personContext,
  placeContext,
  placeId,
  SETTLEMENT_APPOSITIVE,
  spanText,
} from './shared.ts';

/** Head words of named sites and firms that may open with a country's name: "Saudi Hospital", "Kenya Airways". */
const NAMED_SITE_HEAD =
  /^(?:Hospital|Clinic|School|University|College|Airways|Airlines|Stadium|Mosque|Church|Cathedral|Hotel|Market|Camp)$/;

/** Heads of seas named "X of Y": "the Gulf of Finland", "the Sea of Marmara". */
const SEA_HEAD = /^(?:Gulf|Bay|Sea|Strait|Straits)$/;

/** Compass words that are also the names of provinces: "Western" (Rwanda, Zambia), "Central" (Kenya). */
const COMPASS_ADJ =
  /^(?:Western|Eastern|Northern|Southern|Central|North|South|East|West|Northeastern|Northwestern|Southeastern|Southwestern|North-Eastern|North-Western|South-Eastern|South-Western|Upper|Lower|Coastal)$/;

/** Compass words written as the first word of an area's own name: "North Waziristan", "Upper Nile". */
const NAME_COMPASS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Middle)$/;

/** Plural province words after a list of names: "the Belgorod, Kursk and Bryansk regions". */
const PLURAL_PROVINCE = /^(?:regions|provinces|oblasts|governorates|states|counties|prefectures)$/;

/**
 * The population from which a city the article names no country of is read as that city when a locative word comes
 * before it ("a checkpoint in Goma", "clashes near Manbij"), where a bare mention needs 250,000.
 */
const LOCATIVE_POP = 100000;
/** Words before a name that make it a place: "in", "near", "outside". */
const LOCATIVE_WORD = /^(?:in|near|outside|inside|around|into)$/i;

/** Picks the best place reading for a phrase given the countries the article is about. */
function choosePlace(
  entries: GazEntry[],
  countries: Set<string>,
  gaz: Gazetteer,
  sentenceStart: boolean,
  weight: (country: string | null) => number = () => 0,
  provincesNamed: Set<string> = new Set(),
  locative = false,
): PlaceEntry | null {
  const places = entries.filter((e): e is PlaceEntry => e.kind !== 'org' && e.kind !== 'demonym');
  if (places.length === 0) return null;
  // a name shared by two countries or regions ("Congo"): the one the article is more about
  let strong: PlaceEntry | undefined;
  for (const p of places)
    if (p.kind !== 'city' && p.kind !== 'province' && (!strong || weight(p.country) > weight(strong.country)))
      strong = p;
  if (strong) return strong;
  // a name several cities share: the one in a province the article names ("Salem" in a story about Oregon)
  if (
    provincesNamed.size &&
    places.filter((p) => p.kind === 'city').length > 1 &&
    !places.some((p) => p.kind === 'province')
  ) {
    const inProvince = places.find(
      (p) => p.kind === 'city' && p.admin1 && provincesNamed.has(normKey(p.admin1)),
    );
    if (inProvince) return inProvince;
  }
  const capital = places.find(
    (p) =>
      p.kind === 'city' &&
      p.country &&
      gaz.countries.get(p.country)?.capital?.startsWith(p.name.split(',')[0]),
  );
  if (capital && (p2(capital) >= (locative ? LOCATIVE_POP : 500000) || countries.has(capital.country ?? '')))
    return capital;
  const inCountry = places.filter((p) => p.country && countries.has(p.country));
  const pick = inCountry.find((p) => p.kind === 'city') ?? inCountry[0];
  if (pick) return pick;
  const big = places.find(
    (p) => p.kind === 'city' && p2(p) >= (sentenceStart ? 1000000 : locative ? LOCATIVE_POP : 250000),
  );
  return big ?? null;
}

/** 2. Gazetteer hits not used by people: organisations, places, demonyms. */
export function resolveListed(cx: EntityContext): void {
  const {
    doc,
    gaz,
    W,
    hits,
    claimed,
    countries,
    mainCountry,
    countryWeight,
    people,
    mentions,
    personWords,
    addOrg,
    addPlace,
  } = cx;
  const surnameKeys = new Set(
    people.filter((p) => /\s/.test(p.name)).map((p) => normKey(p.name.split(/\s+/).pop() ?? '')),
  );
  // names the article itself calls a province ("Guerrero state", "the state of Guerrero", "Zaporizhzhia regional
  // governor", "Chilpancingo, Guerrero"): their bare mentions are the province, not a small town of the name
  const provinceNames = new Set<string>();
  // provinces the article names, by their list name: they choose among cities of one name
  const provincesNamed = new Set<string>();
  for (const h of hits)
    for (const e of h.entries)
      if (e.kind === 'province' && !h.entries.some((x) => x.kind === 'country'))
        provincesNamed.add(normKey(e.name));
  const strongProvince = new Set<string>();
  const cityNames = new Set<string>();
  /** Words around a hit that call it a province: "the state of X", "the regions of X", "the governor of X",
   * "X regional governor", "X Governor Name", "X's governor", "the X border region". */
  const listBeforePlural = (h: GazHit, s1: number): boolean => {
    let j = h.w1;
    for (let n = 0; n < 8 && j < s1; n++) {
      if (PLURAL_PROVINCE.test(W[j].text) && !W[j].cap) return n > 0 || h.w0 > 0;
      if (W[j].text !== ',' && W[j].text !== 'and') return false;
      j++;
      if (j < s1 && W[j].text === 'and') j++;
      if (j >= s1 || !W[j].cap) return false;
      const k = claimed[j];
      j = k >= 0 && hits[k].w0 === j ? hits[k].w1 : j + 1;
    }
    return false;
  };
  const provinceCue = (h: GazHit): boolean => {
    const s = doc.sentences[W[h.w0].sent];
    const next = h.w1 < s.w1 ? lower(W[h.w1]) : '';
    if (PROVINCE_ADJ.test(next) || next === 'governor') return true;
    if (next === "'s" && h.w1 + 1 < s.w1 && /^(?:governor|regional|provincial)$/i.test(W[h.w1 + 1].text))
      return true;
    // "the Kursk border region", "the Donetsk eastern region"
    if (
      h.w1 + 1 < s.w1 &&
      !W[h.w1].cap &&
      /^(?:border|frontier|frontline|front-line|southern|northern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|restive|occupied|annexed)$/.test(
        next,
      ) &&
      /^(?:region|province|oblast|governorate|state)$/i.test(W[h.w1 + 1].text)
    )
      return true;
    // every name of a list before a plural province word: "the Odesa, Mykolaiv and Dnipropetrovsk regions",
    // "between Kirkuk, Salahuddin and Diyala provinces" (a bounded look-ahead over at most eight names)
    if (listBeforePlural(h, s.w1)) return true;
    // the second of "the regions of X and Y"
    if (h.w0 - 2 >= s.w0 && /^(?:and|,)$/.test(W[h.w0 - 1].text) && claimed[h.w0 - 2] >= 0) {
      const prev = hits[claimed[h.w0 - 2]];
      if (
        prev.w0 - 2 >= s.w0 &&
        W[prev.w0 - 1].text === 'of' &&
        /^(?:states|provinces|regions|governorates|departments|oblasts|counties)$/i.test(W[prev.w0 - 2].text)
      )
        return true;
    }
    return (
      h.w0 - 2 >= s.w0 &&
      W[h.w0 - 1].text === 'of' &&
      /^(?:states?|provinces?|regions?|governorates?|departments?|oblasts?|county|counties|governor)$/i.test(
        W[h.w0 - 2].text,
      )
    );
  };
  for (const h of hits) {
    if (!h.entries.some((e) => e.kind === 'province')) continue;
    const s = doc.sentences[W[h.w0].sent];
    const next = h.w1 < s.w1 ? lower(W[h.w1]) : '';
    const before = h.w0 - 1 >= s.w0 ? W[h.w0 - 1].text : '';
    const lm = landmarkHead(W, h.w1, s.w1);
    const afterTown =
      before === ',' &&
      h.w0 - 2 >= s.w0 &&
      (claimed[h.w0 - 2] >= 0
        ? hits[claimed[h.w0 - 2]].entries.some((e) => e.kind === 'city')
        : /\p{Lu}/u.test(W[h.w0 - 2].text) &&
          h.w0 - 3 >= s.w0 &&
          /^(?:in|near|outside|at|from|of)$/.test(W[h.w0 - 3].text)) &&
      (h.w1 >= s.w1 || /^(?:,|\.|on|in|at|and|said|where|when|after|before|\))$/.test(next));
    const key = normKey(spanText(doc, h.w0, h.w1));
    if (lm?.kind === 'province' || afterTown || provinceCue(h)) provinceNames.add(key);
    // "the Lipetsk region", "the Tambov and Lipetsk regions", "the province of X": the article's X is the province
    if (
      (lm?.kind === 'province' && !W[h.w1].cap && next !== 'state') ||
      listBeforePlural(h, s.w1) ||
      (h.w0 - 2 >= s.w0 &&
        W[h.w0 - 1].text === 'of' &&
        /^(?:provinces?|regions?|oblasts?|governorates?)$/i.test(W[h.w0 - 2].text))
    )
      strongProvince.add(key);
  }
  // names the article also calls a city ("Chernihiv city centre", "the city of X") keep their city reading
  for (const h of hits) {
    const s = doc.sentences[W[h.w0].sent];
    if (
      (h.w1 < s.w1 && /^city$/i.test(W[h.w1].text)) ||
      (h.w0 - 2 >= s.w0 && W[h.w0 - 1].text === 'of' && /^city$/i.test(W[h.w0 - 2].text))
    )
      cityNames.add(normKey(spanText(doc, h.w0, h.w1)));
  }

  // "eastern Congo" in a story that names North Kivu: towns and provinces of one country the lists know tell two
  // countries of one name apart when the article's other names do not
  const namedIn = new Map<string, number>();
  // the names of one country's towns and provinces the text writes, each once
  const namesIn = new Map<string, Set<string>>();
  for (const x of hits) {
    const ps = x.entries.filter((e): e is PlaceEntry => e.kind === 'city' || e.kind === 'province');
    if (ps.length === x.entries.length && ps[0]?.country && ps.every((e) => e.country === ps[0].country)) {
      const c = ps[0].country as string;
      namedIn.set(c, (namedIn.get(c) ?? 0) + 1);
      namesIn.set(c, (namesIn.get(c) ?? new Set()).add(normKey(spanText(doc, x.w0, x.w1))));
    }
  }
  /**
   * "Gauteng police spokesperson …" in a story of Soshanguve and Pretoria: a province only one country has, in an
   * article that names another town or province only that country has, is that province though no country is named.
   */
  const provinceAmongTowns = (h: GazHit): PlaceEntry | null => {
    const ps = h.entries.filter((e): e is PlaceEntry => e.kind !== 'org' && e.kind !== 'demonym');
    const p = ps.length === 1 && ps[0].kind === 'province' ? ps[0] : null;
    if (!p?.country || h.entries.some((e) => e.kind === 'org')) return null;
    const names = namesIn.get(p.country);
    return names && [...names].some((n) => n !== normKey(spanText(doc, h.w0, h.w1))) ? p : null;
  };
  const placeWeight = (c: string | null) => countryWeight(c) + (c ? (namedIn.get(c) ?? 0) / 1000 : 0);
  /** The country of the other places the sentence of hit `h` names, when they agree on one. */
  const siteCountry = (h: GazHit): string | null => {
    const sent = W[h.w0].sent;
    const found = new Set<string>();
    for (const x of hits) {
      if (x === h || W[x.w0].sent !== sent) continue;
      const ps = x.entries.filter((e): e is PlaceEntry => e.kind !== 'org' && e.kind !== 'demonym');
      if (ps.length === 1 && ps[0].country) found.add(ps[0].country);
    }
    return found.size === 1 ? [...found][0] : null;
  };
  // words a longer place name already took ("Praia" of "Mocímboa da Praia")
  let consumed = -1;
  for (const h of hits) {
    if (personWords.has(h.w0) || h.w0 < consumed) continue;
    // "Bloomberg said" after "Michael Bloomberg": the person again (linked below), not the namesake organisation;
    // "Jordan said" after "Dr Michael Jordan" is the person, "in Jordan" the country
    if (h.w1 - h.w0 === 1 && surnameKeys.has(normKey(W[h.w0].text))) {
      const nation = namesNation(h.entries);
      const placeWord = (k: number) =>
        hits.some((x) => x.w0 === k && x.entries.some((e) => e.kind !== 'org'));
      if (nation ? personContext(W, h.w0) : !placeContext(W, h.w0, placeWord)) continue;
    }
    // an acronym two organisations share: the one of a country the article is about ("RSF" in a story on Sudan)
    const orgChoices = h.entries.filter((e): e is OrgEntry => e.kind === 'org');
    let org: OrgEntry | undefined =
      orgChoices.length > 1
        ? (orgChoices.find((e) => e.country && countries.has(e.country)) ?? orgChoices[0])
        : orgChoices[0];
    const s = doc.sentences[W[h.w0].sent];
    const surface = spanText(doc, h.w0, h.w1);
    if (org && h.w1 - h.w0 === 1) {
      // a one-word name shared by an organisation and a place, read as the place where the text says so:
      // "Fars province", "in Fars"; an administrative head with no place of the name is a place we do not know
      const after = h.w1 < s.w1 ? lower(W[h.w1]) : '';
      const before = h.w0 > s.w0 ? lower(W[h.w0 - 1]) : '';
      const hasPlace = h.entries.some((e) => e.kind === 'province' || e.kind === 'city');
      if (ADMIN_SUFFIX.has(after) && !W[h.w1].cap) {
        if (!hasPlace) continue;
        org = undefined;
      } else if (hasPlace && /^(?:in|near|outside|across|around|throughout)$/.test(before)) org = undefined;
    }
    if (org) {
      // "Congress" in a story about Peru is Peru's congress
      if (
        /^(?:Congress|Parliament|Senate|House|Assembly|National Assembly)$/.test(surface) &&
        org.country &&
        mainCountry &&
        org.country !== mainCountry
      ) {
        // (its upper or lower chamber only when the list's legislature is that chamber: in Poland "the Senate" is
        // not the Sejm)
        const own = gaz.legislatures.get(mainCountry);
        const chamber = /^(?:Senate|House)$/.test(surface);
        org = (own && (!chamber || [own.name, ...own.aliases].some((n) => n.includes(surface)))
          ? own
          : null) ?? {
          kind: 'org',
          name: surface,
          aliases: [],
          type: 'legislature',
          country: mainCountry,
        };
      }
      addOrg(org, surface, h.w0, h.w1);
      continue;
    }
    // "Calle de Colón", "Avenida Bolívar": a listed name inside a street named head first is the street's
    {
      let b = h.w0 - 1;
      if (b > s.w0 && LANDMARK_GLUE.test(W[b].text)) b--;
      if (b >= s.w0 && b < h.w0 && W[b].cap && LANDMARK_BEFORE[lower(W[b])] === 'other') continue;
    }
    // "stormed Kwanar Dutse, a farming community …": a listed town that ends a longer settlement's name
    if (
      h.w0 - 1 > s.w0 &&
      W[h.w0 - 1].cap &&
      W[h.w0 - 1].pos === 'PROPN' &&
      claimed[h.w0 - 1] < 0 &&
      !personWords.has(h.w0 - 1) &&
      !NOT_NAME.has(W[h.w0 - 1].text) &&
      !STOP_CAPS.has(W[h.w0 - 1].text) &&
      SETTLEMENT_APPOSITIVE.test(doc.text.slice(W[h.w1 - 1].end, W[h.w1 - 1].end + 60))
    )
      continue;
    // "Western governments", "Central bank": a compass word some province is named after, before a common noun, is
    // the adjective
    if (
      h.w1 - h.w0 === 1 &&
      COMPASS_ADJ.test(W[h.w0].text) &&
      h.w1 < s.w1 &&
      !W[h.w1].cap &&
      /^\p{L}/u.test(W[h.w1].text) &&
      !ADMIN_SUFFIX.has(lower(W[h.w1])) &&
      !/^(?:province|region)s?$/.test(lower(W[h.w1]))
    )
      continue;
    const dem = h.entries.find((e) => e.kind === 'demonym');
    /** The hit names a country by its demonym ("the Iraqi …"), not a place of its own. */
    const demonymMention = () =>
      mentions.push({
        kind: 'demonym',
        id: `country:${(dem as { country: string }).country}`,
        w0: h.w0,
        w1: h.w1,
        start: W[h.w0].start,
        end: W[h.w1 - 1].end,
        sent: W[h.w0].sent,
        text: surface,
      });
    const nextWord = h.w1 < s.w1 ? lower(W[h.w1]) : '';
    const locative = h.w0 > s.w0 && LOCATIVE_WORD.test(W[h.w0 - 1].text);
    let place =
      ADMIN_SUFFIX.has(nextWord) || provinceCue(h)
        ? (h.entries.find(
            (e): e is PlaceEntry => e.kind === 'province' && (!e.country || countries.has(e.country)),
          ) ?? choosePlace(h.entries, countries, gaz, h.w0 === s.w0, placeWeight, provincesNamed, locative))
        : choosePlace(h.entries, countries, gaz, h.w0 === s.w0, placeWeight, provincesNamed, locative);
    place ??= provinceAmongTowns(h);
    if (place && h.w1 + 1 < s.w1 && W[h.w1].text === ',' && claimed[h.w1 + 1] >= 0) {
      // "Valencia, Spain", "Salem, Oregon": the reading in the country or province written after the comma
      const next = hits[claimed[h.w1 + 1]];
      const within = next.entries.find((e): e is PlaceEntry => e.kind === 'country' || e.kind === 'province');
      if (within?.country && place.country !== within.country) {
        const c = within.country;
        const alt =
          h.entries.find((e): e is PlaceEntry => e.kind === 'city' && e.country === c) ??
          h.entries.find((e): e is PlaceEntry => e.kind === 'province' && e.country === c);
        if (alt) place = alt;
      }
    }
    if (!place && !dem && h.w0 > s.w0 && /^(?:in|across|throughout|near|from|to)$/.test(W[h.w0 - 1].text)) {
      // "rain fell in Oregon": the one province of the name, after a locative word, in a story that names no
      // country of it
      const provs = h.entries.filter((e): e is PlaceEntry => e.kind === 'province');
      if (provs.length === 1 && !h.entries.some((e) => e.kind === 'city' || e.kind === 'org'))
        place = provs[0];
    }
    // "the Saudi Hospital in El Fasher", "Kenya Airways": a country's name inside a site's or a firm's name is no
    // mention of the country
    if (
      place?.kind === 'country' &&
      h.w1 < s.w1 &&
      W[h.w1].cap &&
      NAMED_SITE_HEAD.test(W[h.w1].text) &&
      !(h.w1 + 1 < s.w1 && W[h.w1 + 1].text === 'of')
    ) {
      if (dem) demonymMention();
      continue;
    }
    // "the Gulf of Finland", "the Bay of Biscay": a sea named after a country or a town is the sea
    if (
      place &&
      h.w0 - 2 >= s.w0 &&
      W[h.w0 - 1].text === 'of' &&
      SEA_HEAD.test(W[h.w0 - 2].text) &&
      !(h.w1 < s.w1 && W[h.w1].cap && W[h.w1].pos === 'PROPN')
    ) {
      addPlace(
        {
          kind: 'sea',
          name: spanText(doc, h.w0 - 2, h.w1),
          country: null,
          lat: null,
          lon: null,
          tz: null,
        },
        h.w0 - 2,
        h.w1,
      );
      continue;
    }
    // "Cheduba Island", "Puerto Jordán": a country's name (or a native name of it) written as the last word of a
    // longer proper name is part of that name, no mention of the country (not in a title-case headline)
    if (
      place?.kind === 'country' &&
      h.w1 - h.w0 === 1 &&
      h.w0 - 1 > s.w0 &&
      !mostlyCapitalised(W, s.w0, s.w1)
    ) {
      const b = W[h.w0 - 1];
      if (
        b.cap &&
        b.pos === 'PROPN' &&
        // "Hainan Island": a listed name before it may open the longer name, unless it is a nation's
        (claimed[h.w0 - 1] < 0 ||
          (hits[claimed[h.w0 - 1]].w1 === h.w0 && !namesNation(hits[claimed[h.w0 - 1]].entries))) &&
        !personWords.has(h.w0 - 1) &&
        !STOP_CAPS.has(b.text) &&
        !NOT_NAME.has(b.text) &&
        /^\p{Lu}\p{Ll}/u.test(b.text)
      ) {
        if (dem) demonymMention();
        continue;
      }
    }
    // "North Waziristan", "Upper Bavaria", "South Syria": a capitalised compass word (not in a title-case line)
    // that no list claims opens the name of another area, part of the listed one: a country's part is a region, a
    // part of a country's region or province a province ("North Columbus" stays a mention of the town)
    if (
      (place?.kind === 'country' || place?.kind === 'region' || place?.kind === 'province') &&
      !dem &&
      h.w0 - 1 >= s.w0 &&
      NAME_COMPASS.test(W[h.w0 - 1].text) &&
      // "Central Mali has …", "Eastern Ukraine has …": a sentence's first word may be the adjective, but "North
      // Waziristan has …" is a name
      (h.w0 - 1 > s.w0 || !/^(?:Central|\p{Lu}\p{Ll}+ern)$/u.test(W[h.w0 - 1].text)) &&
      // (a compass word the lists know only alone, "Central" of Kenya, is free to open the name)
      (claimed[h.w0 - 1] < 0 ||
        (hits[claimed[h.w0 - 1]].w0 === h.w0 - 1 && hits[claimed[h.w0 - 1]].w1 === h.w0)) &&
      !(h.w0 - 2 > s.w0 && W[h.w0 - 2].cap && W[h.w0 - 2].pos === 'PROPN') &&
      !mostlyCapitalised(W, s.w0, s.w1)
    ) {
      const kind = place.kind === 'country' || !place.country ? 'region' : 'province';
      addPlace(
        { ...place, kind, name: spanText(doc, h.w0 - 1, h.w1), lat: null, lon: null, pop: undefined },
        h.w0 - 1,
        h.w1,
      );
      continue;
    }
    // "Aden Adde International Airport": a town's name that opens a site's name of more capitalised words no list
    // claims, ending in a capitalised site head, is part of the site's name, no mention of the town
    if (place?.kind === 'city' && !dem) {
      let k = h.w1;
      while (
        k < s.w1 &&
        k - h.w1 < 2 &&
        claimed[k] < 0 &&
        /^\p{Lu}\p{Ll}/u.test(W[k].text) &&
        !landmarkHead(W, k, s.w1)
      )
        k++;
      const site = k > h.w1 ? landmarkHead(W, k, s.w1) : null;
      if (site?.kind === 'facility' && site.keep && /^\p{Lu}/u.test(W[k].text) && !personWords.has(h.w1)) {
        addPlace(
          {
            ...place,
            kind: 'facility',
            name: spanText(doc, h.w0, k + site.n),
            // the town's name may be another country's town; the site is where its sentence, or the article, is
            country: siteCountry(h) ?? mainCountry ?? place.country,
            lat: null,
            lon: null,
            pop: undefined,
          },
          h.w0,
          k + site.n,
        );
        consumed = k + site.n;
        continue;
      }
    }
    let lm = dem ? null : landmarkHead(W, h.w1, s.w1);
    // "the El Fasher market", "a Mosul mosque": a town's own market or mosque told in common words, not a named site
    if (lm && h.w1 < s.w1 && IN_TOWN_HEAD.test(W[h.w1].text) && place?.kind === 'city') lm = null;
    // "the strike on the Kfar Roummane road": a town's name before a lower-case "road" or "street" names the town
    // the road leads to or through, no street of its own ("Abancay Avenue" and "Tyre Road" are streets)
    if (lm && lm.n === 1 && place?.kind === 'city' && /^(?:road|street)$/.test(W[h.w1].text)) lm = null;
    if (place && lm?.kind === 'province' && W[h.w1].cap) {
      // "Marion County Circuit Court", "Chernihiv Oblast Military Administration": the area names a body, and is
      // no mention of a place of its own
      let k = h.w1 + lm.n;
      while (
        k < s.w1 &&
        k - h.w1 - lm.n < 4 &&
        W[k].cap &&
        W[k].pos !== 'PUNCT' &&
        !ORG_HEAD.has(lower(W[k]))
      )
        k++;
      if (k < s.w1 && k > h.w1 + lm.n - 1 && W[k].cap && ORG_HEAD.has(lower(W[k]))) continue;
    }
    if (place && lm && (place.kind === 'city' || place.kind === 'province')) {
      // a landmark or an area named after the place: "Abancay Avenue", "Dnipro River", "Tillabéri region"
      if (lm.kind === 'province') {
        if (place.kind !== 'province')
          place = { ...place, kind: 'province', name: surface, admin1: surface, pop: undefined };
        addPlace(place, h.w0, h.w1 + lm.n);
      } else {
        const head = spanText(doc, h.w1, h.w1 + lm.n);
        const keepCoords =
          lm.kind === 'other' && (!lm.keep || /^(?:district|quarter|neighbou?rhood|suburb)$/i.test(head));
        // a site whose name only ends in the place's: "Wells Fargo Arena" is not at Fargo
        const w0 =
          lm.kind === 'facility' &&
          h.w0 - 1 > s.w0 &&
          W[h.w0 - 1].cap &&
          W[h.w0 - 1].pos === 'PROPN' &&
          claimed[h.w0 - 1] < 0 &&
          !STOP_CAPS.has(W[h.w0 - 1].text)
            ? h.w0 - 1
            : h.w0;
        const lead = w0 < h.w0 ? `${W[w0].text} ` : '';
        addPlace(
          {
            kind: lm.kind,
            name: lm.keep ? `${lead}${surface} ${head}` : surface,
            country: place.country,
            admin1: place.admin1 ?? null,
            lat: keepCoords ? place.lat : null,
            lon: keepCoords ? place.lon : null,
            tz: place.tz,
          },
          w0,
          h.w1 + lm.n,
        );
      }
      continue;
    }
    if (place?.kind === 'other' && place.lat !== null && h.w0 > s.w0 && W[h.w0 - 1].cap) {
      // "Lower Shabelle", "Upper Nile": an area named after a river; "Mission Support Site Euphrates": part of a
      // longer name, no mention of the river
      const lead = W[h.w0 - 1].text;
      if (/^(?:Upper|Lower|Middle)$/.test(lead) && !lm)
        addPlace(
          { ...place, kind: 'province', name: `${lead} ${surface}`, lat: null, lon: null },
          h.w0 - 1,
          h.w1,
        );
      if (h.w0 - 1 > s.w0 || /^(?:Upper|Lower|Middle)$/.test(lead)) continue;
    }
    if (place?.kind === 'other' && lm?.kind === 'other' && lm.keep && /^river$/i.test(W[h.w1].text)) {
      // a river the list knows by its bare name, written with its head: "the Tigris River"
      addPlace({ ...place, name: `${surface} ${W[h.w1].text}` }, h.w0, h.w1 + 1);
      continue;
    }
    if (place?.kind === 'city' && p2(place) < 1000000 && !lm) {
      // a bare name the article elsewhere calls a region ("the Lipetsk region" … "in Lipetsk") is that region,
      // unless it also calls it a city or the city is a metropolis
      const key = normKey(surface);
      const c = place.country;
      const prov =
        strongProvince.has(key) && !cityNames.has(key)
          ? h.entries.find((e): e is PlaceEntry => e.kind === 'province' && e.country === c)
          : undefined;
      if (prov) place = prov;
    }
    if (place?.kind === 'province' && !ADMIN_SUFFIX.has(nextWord)) {
      // "Erbil" is the city unless "province"/"governorate" follows; the province table knows only the province
      const town = provinceNames.has(normKey(surface))
        ? undefined
        : gaz.towns
            .get(normKey(surface))
            ?.find((t) => t.country === place?.country && ((t.seat && p2(t) >= 5000) || p2(t) >= 20000));
      if (town) place = town;
    }
    // "the Iraqi Foreign Ministry": demonym + organisation suffix handled below
    if (dem && !place) {
      demonymMention();
      continue;
    }
    if (place && (place.kind === 'city' || place.kind === 'province')) {
      // "Mocímboa da Praia", "Lanao del Sur": a listed town or province before a particle and a capitalised word
      // is the first part of a longer name (the lists keep the short one); the reading of the short name stays
      const e = nameParticleEnd(W, h.w1, s.w1, (k) =>
        claimed[k] < 0
          ? true
          : hits[claimed[k]].entries.every((x) => x.kind === 'city' || x.kind === 'province'),
      );
      if (e > h.w1) {
        // one place under the list's reading, named in full wherever the short name is also written
        const long = spanText(doc, h.w0, e);
        addPlace(place, h.w0, e, long);
        const listed = cx.places.get(placeId(place));
        if (listed) listed.name = long;
        consumed = e;
        continue;
      }
    }
    if (place) addPlace(place, h.w0, h.w1);
  }
}

/** Particles inside Romance place names: "Mocímboa da Praia", "Lanao del Sur", "Vila Nova de Gaia". */
export const NAME_PARTICLE = /^(?:da|do|dos|das|de|del|di|della)$/;

/**
 * The end of a place name that goes on after word `j` with a particle and one or two capitalised words no list
 * claims ("da Praia", "del Norte"), or `j` when it does not.
 */
export function nameParticleEnd(
  W: readonly { text: string; cap: boolean; pos: string }[],
  j: number,
  s1: number,
  free: (k: number) => boolean = () => true,
): number {
  if (j + 1 >= s1 || !NAME_PARTICLE.test(W[j].text)) return j;
  let e = j + 1;
  while (e < s1 && e - j <= 2 && /^\p{Lu}\p{Ll}/u.test(W[e].text) && W[e].pos !== 'PUNCT' && free(e)) e++;
  return e > j + 1 ? e : j;
}
