/**
 * Places the gazetteer does not know: streets, named sites with a common head ("Safer oil field", "Kamukunji
 * grounds"), settlements named by context ("X village", ", a town in …") and unknown names after a locative
 * preposition ("near Jilib"), with towns looked up in the town table.
 */

import type { Doc, Word } from '../doc.ts';
import {
  type Gazetteer,
  namesNation,
  nationOf,
  normKey,
  type PlaceEntry,
  type PlaceKind,
} from '../gazetteer.ts';
import { MONTHS, NOT_NAME, ORG_HEAD, STOP_CAPS, STREET_SUFFIX, TITLE_WORDS, WEEKDAYS } from '../lexicon.ts';
import { givenName } from '../names.ts';
import type { EntityContext } from './context.ts';
import {
  LANDMARK_BEFORE,
  LANDMARK_GLUE,
  landmarkHead,
  NUMBERED_ROAD,
  PLURAL_HEAD,
  STREET_HEAD,
} from './landmarks.ts';
import { NAME_PARTICLE, nameParticleEnd } from './listed.ts';
import {
  AREA_TITLE,
  LOCATIVE_PREP,
  lower,
  mentionOf,
  newPlace,
  PLACE_PREFIX,
  p2,
  placeId,
  SETTLEMENT_AFTER,
  SETTLEMENT_APPOSITIVE,
  spanText,
} from './shared.ts';
import { siteTownName } from './sites.ts';
import type { Mention, Org, Person, Place } from './types.ts';

/** "27th Street", "5th Avenue": a street named by an ordinal. */
const ORDINAL_STREET = new RegExp(`^${STREET_HEAD}$`);
/** A street or a square after a landmark's name: "Court Street", "Red Square", "Central Park". */
const STREET_LANDMARK = new RegExp(`^${STREET_HEAD}$`, 'i');

/**
 * A compound that says where a thing is, comes from or goes: "Oslo-based", "Panama-registered", "Dhaka-bound". (One
 * that says who stands behind it, "Iran-backed", "Saudi-led", names no place.)
 */
const COMPOUND_TIE = /^(\p{Lu}[\p{L}'’.]*)-(?:based|born|bound|registered|headquartered)$/u;
/** A compass word that ends a place's own name ("Montréal-Nord"), no place of its own. */
const COMPASS_PART = /^(?:Nord|Sud|Est|Ouest|North|South|East|West|Central)$/;
const SITE_HEAD =
  /^(?:(?:oil|gas|air|military|army|naval|refugee|displacement|power|police|bus|railway|train|fuel)\s+)?(?:field|base|camp|station|plant|grounds|terminal|depot|port|airport|airfield|airbase|refinery|dam|bridge|crossing|checkpoint|compound|market|prison|barracks|mine|hospital|mosque|stadium|bus\s+stand|check\s?post|(?:military|police)\s+academy)\b/;
/**
 * Sites named after the town they serve: "the Quetta railway station", "Ankara's main railway station", "the Pezu
 * police station", "Kathua bus stand". The name before the head is that town.
 */
const TOWN_SITE =
  /^(?:['’]s\s+)?(?:(?:main|central|old)\s+)?(?:(?:railway|train|bus)\s+(?:station|terminal|stand)|police\s+station)\b/;
const SETTLEMENT =
  /^(?:town|village|villages|city|hamlet|community|district|suburb|neighbourhood|neighborhood|area|port|exclave|enclave|commune|municipality|township|settlement|locality|island|towns)$/;

export function findMorePlaces(
  doc: Doc,
  gaz: Gazetteer,
  mentions: Mention[],
  byId: Map<string, Person | Org | Place>,
  addPlace: (p: PlaceEntry, w0: number, w1: number) => void,
  datelineCountry: string | null,
): void {
  const W = doc.words;
  const taken = new Uint8Array(W.length);
  for (const m of mentions) for (let i = m.w0; i < m.w1; i++) taken[i] = 1;
  const personParts = new Set<string>();
  for (const e of byId.values())
    if (e.id.startsWith('person:')) for (const p of normKey(e.name).split(' ')) personParts.add(p);
  const placeOf = (m: Mention) => (m.kind === 'place' ? (byId.get(m.id) as Place | undefined) : undefined);
  // the country the article is most about: places weigh more than country names, demonyms least, the dateline most
  const weights = new Map<string, number>();
  const weigh = (c: string | null | undefined, w: number) => {
    if (c) weights.set(c, (weights.get(c) ?? 0) + w);
  };
  for (const m of mentions) {
    const p = placeOf(m);
    if (p) weigh(p.country, p.kind === 'country' ? 1 : 2);
    else if (m.kind === 'demonym') weigh(m.id.slice(8), 0.5);
    else if (m.kind === 'org') {
      // "the Iranian army", "Kyrgyz Border Service": an organisation named after its country
      const o = byId.get(m.id) as Org | undefined;
      const c = o?.country;
      if (c && m.text.split(/[\s-]+/).some((x) => namesNation(gaz.phrases.get(normKey(x)), c))) weigh(c, 0.5);
    }
  }
  weigh(datelineCountry, 3);
  const main = [...weights.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
  let total = 0;
  for (const v of weights.values()) total += v;
  const mainShare = main ? (weights.get(main) ?? 0) / total : 0;
  const articleCountries = new Set(weights.keys());
  // place mentions by sentence, kept up to date as places are added (bounded look-ups, linear overall)
  const bySent = new Map<number, Mention[]>();
  const index = (m: Mention) => {
    const list = bySent.get(m.sent);
    if (list) list.push(m);
    else bySent.set(m.sent, [m]);
  };
  for (const m of mentions) if (m.kind === 'place') index(m);
  const known = new Map<string, Place>();
  for (const e of byId.values()) if (e.id.startsWith('place:')) known.set(normKey(e.name), e as Place);

  /**
   * The country a place written at words [a, e) is in, and how sure the text makes it: `said` ("X, a town in Y",
   * "the Egyptian port of X"), `near` (the nearest place of its sentence or paragraph) or `weak` (the article's main
   * country).
   */
  const contextOf = (a: number, e: number): { country: string | null; level: 'said' | 'near' | 'weak' } => {
    // "the Egyptian port of X", "Iraq's village of X"
    if (a >= 3 && W[a - 1].text === 'of' && SETTLEMENT.test(lower(W[a - 2]))) {
      const d = W[a - 3].text === "'s" && a >= 4 ? W[a - 4] : W[a - 3];
      const c = nationOf(gaz.phrases.get(normKey(d.text)));
      if (c) return { country: c, level: 'said' };
    }
    const after = doc.text.slice(W[e - 1].end, Math.min(doc.text.length, W[e - 1].end + 90));
    // "X, a town in Y", "X, some 50 km north of Y", "X in Y's north"
    const said =
      after.match(
        /^,?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:town|village|city|district|suburb|area|region|province|settlement|hamlet|port|camp)\s+(?:in|of|near|outside)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)(?:[- ]\w+)?\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)/,
      ) ??
      after.match(
        /^,?\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^)]{0,30}\)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)/,
      );
    if (said) {
      for (const n of [said[1], said[1].split(/\s+/)[0]]) {
        const k = normKey(n.replace(/['’]s$/, ''));
        const named = known.get(k);
        if (named?.country) return { country: named.country, level: 'said' };
        const g = gaz.phrases.get(k)?.find((x): x is PlaceEntry => x.kind !== 'org' && x.kind !== 'demonym');
        if (g?.country) return { country: g.country, level: 'said' };
        const dem = gaz.phrases.get(k)?.find((x) => x.kind === 'demonym');
        if (dem && dem.kind === 'demonym') return { country: dem.country, level: 'said' };
      }
    }
    const sent = W[a].sent;
    let best: string | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    let named: string | null = null;
    for (const m of bySent.get(sent) ?? []) {
      const p = placeOf(m);
      if (!p?.country) continue;
      if (p.kind === 'country') {
        // a country as the setting ("in Iraq", "Iraq's Sinjar"), not as an actor ("Turkey said")
        const before = m.w0 > 0 ? lower(W[m.w0 - 1]) : '';
        // "the help of US air strikes": a country used as a modifier is no setting
        const modifier = m.w1 < W.length && !W[m.w1].cap && (W[m.w1].pos === 'NOUN' || W[m.w1].pos === 'ADJ');
        if (modifier) continue;
        if (
          /^(?:in|of|near|across|throughout|inside|within|northern|southern|eastern|western|central)$/.test(
            before,
          ) ||
          W[m.w1]?.text === "'s"
        )
          named ??= p.country;
        continue;
      }
      const d = Math.abs(m.w0 - a);
      if (d < bestD) {
        bestD = d;
        best = p.country;
      }
    }
    if (best) return { country: best, level: 'near' };
    if (named) return { country: named, level: 'near' };
    // the latest place of the paragraph's previous few sentences
    const para = doc.sentences[sent].para;
    for (let k = sent - 1; k >= Math.max(0, sent - 6) && !best; k--) {
      if (doc.sentences[k].para !== para) break;
      let at = -1;
      for (const m of bySent.get(k) ?? []) {
        const p = placeOf(m);
        if (p?.country && p.kind !== 'country' && m.w0 > at) {
          at = m.w0;
          best = p.country;
        }
      }
    }
    // a paragraph that names a foreign place does not move a place of a story mostly about one country
    if (best && (best === main || mainShare < 0.5)) return { country: best, level: 'near' };
    return { country: main, level: 'weak' };
  };
  const contextCountry = (a: number, e: number) => contextOf(a, e).country;
  /**
   * A town of the second-tier table for the name at words [a, e): in the country of its context, else (after a
   * place cue, unless the text says the country) in another country the article is about.
   */
  const townFor = (a: number, e: number, cue: boolean): PlaceEntry | null => {
    const list = gaz.towns.get(normKey(spanText(doc, a, e)));
    if (!list) return null;
    const { country, level } = contextOf(a, e);
    const inCountry = country ? list.find((t) => t.country === country) : undefined;
    if (inCountry) return inCountry;
    if (!cue || level === 'said') return null;
    return list.find((t) => t.country && articleCountries.has(t.country)) ?? null;
  };

  const add = (
    kind: PlaceKind,
    a: number,
    e: number,
    nameEnd = e,
    entry: PlaceEntry | null = null,
    suffix = '',
  ) => {
    const name = doc.text.slice(W[a].start, W[nameEnd - 1].end) + suffix;
    const same =
      known.get(normKey(name)) ??
      [...known.values()].find(
        (p) =>
          p.kind === 'facility' &&
          normKey(p.name).startsWith(`${normKey(name)} `) &&
          // "a military base in Marte" after the heading's "Marte base": the town the site is in
          siteTownName(doc, p.name) !== name,
      );
    if (same) {
      same.mentions++;
      const m = mentionOf(doc, 'place', same.id, a, e);
      mentions.push(m);
      index(m);
      for (let k = a; k < e; k++) taken[k] = 1;
      return;
    }
    const c = entry?.country ?? contextCountry(a, nameEnd);
    addPlace(
      {
        kind,
        name,
        country: c,
        lat: entry?.lat ?? null,
        lon: entry?.lon ?? null,
        tz: entry?.tz ?? (c ? (gaz.countries.get(c)?.tz ?? null) : null),
        pop: entry?.pop,
      },
      a,
      e,
    );
    for (let k = a; k < e; k++) taken[k] = 1;
    const m = mentions[mentions.length - 1];
    index(m);
    const p = byId.get(m.id);
    if (p) known.set(normKey(name), p as Place);
  };
  // a known place named in a compound
  const namePlace = (entry: PlaceEntry, i: number) => {
    const same = known.get(normKey(entry.name));
    if (same) {
      same.mentions++;
      const m = mentionOf(doc, 'place', same.id, i, i + 1);
      mentions.push(m);
      index(m);
    } else {
      addPlace(entry, i, i + 1);
      const m = mentions[mentions.length - 1];
      index(m);
      const p = byId.get(m.id);
      if (p) known.set(normKey(entry.name), p as Place);
    }
  };
  const listedPlace = (name: string, anyTown: boolean) => {
    const list = gaz.phrases.get(normKey(name));
    return (
      list?.find((x): x is PlaceEntry => x.kind === 'country') ??
      list?.find((x): x is PlaceEntry => x.kind === 'city' && (anyTown || p2(x) >= 100000)) ??
      list?.find((x): x is PlaceEntry => x.kind === 'province')
    );
  };
  for (let i = 0; i < W.length; i++) {
    if (!W[i].cap || taken[i] || !/\p{L}[-–]\p{L}/u.test(W[i].text)) continue;
    // "its Athens-based manager", "a Panama-registered tanker": a known town, province or country tied to a thing
    const tied = COMPOUND_TIE.exec(W[i].text);
    if (tied) {
      // (or the one large town of the name in the second-tier table the lists know nothing else by: "Piraeus-based")
      const big = gaz.phrases.has(normKey(tied[1]))
        ? []
        : (gaz.towns.get(normKey(tied[1])) ?? []).filter((t) => p2(t) >= 100000);
      const entry =
        listedPlace(tied[1], false) ?? (big.length === 1 ? { ...big[0], name: tied[1] } : undefined);
      if (entry) {
        namePlace(entry, i);
        taken[i] = 1;
      }
      continue;
    }
    // "the Mombasa-Nairobi highway", "the Ghana-Togo frontier", "Chile-Peru talks": a compound of names that are
    // each a known place joins those places, and each is named there (a compound the lists know whole is one place)
    if (gaz.phrases.has(normKey(W[i].text))) continue;
    const parts = W[i].text.split(/[-–]/);
    if (parts.length < 2 || parts.some((x) => !/^\p{Lu}\p{L}{2,}$/u.test(x) || COMPASS_PART.test(x)))
      continue;
    const entries = parts.map((x) => listedPlace(x, true));
    if (entries.every(Boolean)) for (const entry of entries) namePlace(entry as PlaceEntry, i);
  }
  // "the Bole–Bamboi road": a road named by the two towns it joins is a road, and each town is a place
  const placeAt = new Map<number, Mention>();
  for (const m of mentions) if (m.kind === 'place') placeAt.set(m.w1, m);
  for (const s of doc.sentences) {
    for (let i = s.w0 + 3; i < s.w1; i++) {
      if (taken[i] || !JOINED_ROAD.test(W[i].text) || !W[i - 1].cap || taken[i - 1]) continue;
      let b = i - 1;
      while (b > s.w0 && i - b < 3 && W[b - 1].cap && W[b - 1].pos !== 'PUNCT' && !taken[b - 1]) b--;
      const dash = b - 1;
      if (dash <= s.w0 || !/^[–—-]$/.test(W[dash].text)) continue;
      const known1 = placeAt.get(dash);
      if (!known1 && !W[dash - 1].cap) continue;
      let a = known1 ? known1.w0 : dash - 1;
      if (!known1)
        while (a > s.w0 && dash - a < 3 && W[a - 1].cap && W[a - 1].pos !== 'PUNCT' && !taken[a - 1]) a--;
      if (!known1 && W.slice(a, dash).some((w) => taken[w.i])) continue;
      const plain = (x: number, y: number) =>
        W.slice(x, y).every(
          (w) =>
            w.pos === 'PROPN' &&
            !NOT_NAME.has(w.text) &&
            !ORG_HEAD.has(lower(w)) &&
            !TITLE_WORDS.has(lower(w)),
        ) && !W.slice(x, y).some((w) => personParts.has(normKey(w.text)));
      if (!plain(b, i) || (!known1 && !plain(a, dash))) continue;
      const ends: [number, number][] = known1
        ? [[b, i]]
        : [
            [a, dash],
            [b, i],
          ];
      // "the Kenya Police–Army road" is no pair of towns: a body or a people's name among the two ends
      const listed = ends.map(([x, y]) => gaz.phrases.get(normKey(spanText(doc, x, y))));
      if (listed.some((l) => l?.some((g) => g.kind === 'org' || g.kind === 'demonym'))) continue;
      add('other', a, i + 1);
      ends.forEach(([x, y], n) => {
        const entry = listed[n]?.find((g): g is PlaceEntry => g.kind !== 'org' && g.kind !== 'demonym');
        add(entry?.kind ?? 'city', x, y, y, entry ?? townFor(x, y, true));
      });
    }
  }
  // "the Quetta railway station": a known town before the head of a site named after it names that site too
  for (const m of [...mentions]) {
    const p = placeOf(m);
    if (p?.kind !== 'city') continue;
    const s1 = doc.sentences[m.sent].w1;
    const site = doc.text
      .slice(W[m.w1 - 1].end, W[m.w1 - 1].end + 40)
      .replace(/^\s+/, '')
      .match(TOWN_SITE);
    if (!site) continue;
    let e = m.w1;
    const n = site[0]
      .replace(/^['’]s/, "'s ")
      .trim()
      .split(/\s+/).length;
    while (e < s1 && e - m.w1 < n) e++;
    if (e - m.w1 !== n || W.slice(m.w1, e).some((w) => taken[w.i] || (w.cap && w.text !== "'s"))) continue;
    add('facility', m.w0, e);
  }
  for (const s of doc.sentences) {
    for (let i = s.w0; i < s.w1; i++) {
      if (taken[i] || W[i].pos === 'PUNCT') continue;
      // a street named by an ordinal: "27th Street", "5th Avenue"
      if (
        /^\d{1,3}(?:st|nd|rd|th)$/.test(W[i].text) &&
        i + 1 < s.w1 &&
        !taken[i + 1] &&
        ORDINAL_STREET.test(W[i + 1].text)
      ) {
        add('other', i, i + 2);
        i++;
        continue;
      }
      if (!W[i].cap) continue;
      // a numbered road: "Interstate 5", "Highway 101", "Route 9"
      if (
        NUMBERED_ROAD.test(W[i].text) &&
        i + 1 < s.w1 &&
        !taken[i + 1] &&
        /^[A-Z]?\d{1,4}[A-Z]?$/.test(W[i + 1].text) &&
        W[i + 1].start === W[i].end + 1
      ) {
        add('other', i, i + 2);
        i++;
        continue;
      }
      // a landmark named after its head: "Plaza Dos de Mayo", "Avenida da Liberdade", "Mount Sinjar"
      const before = LANDMARK_BEFORE[lower(W[i])];
      const capAfter =
        i + 1 < s.w1 &&
        !taken[i + 1] &&
        (W[i + 1].cap ||
          (LANDMARK_GLUE.test(W[i + 1].text) && i + 2 < s.w1 && W[i + 2].cap && !taken[i + 2]));
      if (before && capAfter) {
        let e = i + 1;
        while (
          e < s.w1 &&
          !taken[e] &&
          e - i < 6 &&
          ((W[e].cap && W[e].pos !== 'PUNCT') ||
            (LANDMARK_GLUE.test(W[e].text) && e + 1 < s.w1 && W[e + 1].cap))
        )
          e++;
        add(before, i, e);
        i = e - 1;
        continue;
      }
      let j = i;
      while (j < s.w1 && !taken[j] && W[j].cap && W[j].pos !== 'PUNCT' && j - i < 4) j++;
      // "Malik Saad Shaheed Police Lines": a two-word site head may end a name of five words
      if (j - i === 4 && j < s.w1 && !taken[j] && W[j].cap && landmarkHead(W, j - 1, s.w1)?.n === 2) j++;
      // "Lanao del Sur", "Maguindanao del Norte": a particle and a capitalised word go on with the name
      if (j > i && j < s.w1 && !taken[j] && !taken[j + 1] && j - i < 3) {
        const e = nameParticleEnd(W, j, s.w1, (k) => !taken[k]);
        if (e > j) j = e;
      }
      if (j === i) continue;
      let a = i;
      while (a < j && (STOP_CAPS.has(W[a].text) || MONTHS.has(W[a].text) || WEEKDAYS.has(W[a].text))) a++;
      if (a >= j || W.slice(a, j).some((w) => /-(?:controlled|held|based|led|backed)$/.test(w.text))) {
        i = j - 1;
        continue;
      }
      const firstOfSentence = a === s.w0 || (a === s.w0 + 1 && /^["'(]$/.test(W[s.w0].text));
      // "St James' Park", "St Peter's Square": a name in the possessive before a capitalised landmark head is the
      // landmark's name
      if (
        j + 1 < s.w1 &&
        /^(?:'|’|'s|’s)$/.test(W[j].text) &&
        W[j].start === W[j - 1].end &&
        W[j + 1].cap &&
        !taken[j + 1] &&
        !W.slice(a, j).some((w) => personParts.has(normKey(w.text)))
      ) {
        const pl = landmarkHead(W, j + 1, s.w1);
        if (pl?.keep && pl.kind !== 'province') {
          add(pl.kind, a, j + 1 + pl.n);
          i = j + pl.n;
          continue;
        }
      }
      // a landmark by its head, written as part of the name or after it: "Surma River", "Korabel district",
      // "Sinjar mountains", "Thingvellir National Park"
      let lmAt = -1;
      let lm: ReturnType<typeof landmarkHead> = null;
      for (let k = a + 1; k <= j && !lm; k++) {
        const h = landmarkHead(W, k, s.w1);
        if (h && (k === j || k + h.n === j || (k + h.n <= j && W[k].cap))) {
          lm = h;
          lmAt = k;
        }
      }
      if (lm && lmAt > a) {
        const e = Math.max(j, lmAt + lm.n);
        const nameWords = W.slice(a, lmAt);
        // a street may be named after an institution: "Court Street", "Church Road", "College Avenue"
        // "Red Square", "Central Park": a common word is name enough before a street or a square
        // a memorial or a station may be named after a body too: "Police Martyrs' Memorial", "Police Gymkhana"
        const street =
          STREET_LANDMARK.test(W[lmAt].text) || /^(?:Memorial|Terminus|Gymkhana)$/.test(W[lmAt].text);
        const ok =
          // a street may be named after a titled person: "Imam Khomeini Street"
          nameWords.every((w) => street || (!ORG_HEAD.has(lower(w)) && !TITLE_WORDS.has(lower(w)))) &&
          (street || nameWords.some((w) => !NOT_NAME.has(w.text))) &&
          !nameWords.every((w) => personParts.has(normKey(w.text)));
        const dem = gaz.phrases.get(normKey(spanText(doc, a, lmAt)))?.some((x) => x.kind === 'demonym');
        if (ok && !dem && lmAt - a <= 3 && !(firstOfSentence && lmAt - a === 1 && W[a].pos !== 'PROPN')) {
          const entry = townFor(a, lmAt, true);
          if (lm.kind === 'province')
            add('province', a, e, lmAt, entry ? { ...entry, kind: 'province' } : null);
          else
            add(
              lm.kind,
              a,
              e,
              lm.keep ? e : lmAt,
              entry && !lm.keep ? entry : entry ? { ...entry, lat: null, lon: null } : null,
            );
          i = e - 1;
          continue;
        }
      }
      // two names sharing a plural head: "the Masisi and Rutshuru territories"
      if (j + 1 < s.w1 && W[j].text === 'and' && W[j + 1].cap && !taken[j + 1]) {
        let j2 = j + 1;
        while (j2 < s.w1 && !taken[j2] && W[j2].cap && W[j2].pos !== 'PUNCT' && j2 - j <= 3) j2++;
        const pk = j2 < s.w1 ? PLURAL_HEAD[lower(W[j2])] : undefined;
        const names = [W.slice(a, j), W.slice(j + 1, j2)];
        if (
          pk &&
          names.every(
            (ws) =>
              ws.length > 0 &&
              ws.every((w) => !ORG_HEAD.has(lower(w)) && !TITLE_WORDS.has(lower(w))) &&
              ws.some((w) => !NOT_NAME.has(w.text)) &&
              !gaz.phrases.get(normKey(ws.map((w) => w.text).join(' ')))?.some((x) => x.kind === 'demonym'),
          )
        ) {
          // "the Sububu and Kuyambana forests": each is "X forest"
          const head = lower(W[j2]) === 'forests' ? ' forest' : '';
          add(pk, a, j, j, townFor(a, j, true), head);
          add(pk, j + 1, j2, j2, townFor(j + 1, j2, true), head);
          i = j2;
          continue;
        }
      }
      const lastLow = lower(W[j - 1]);
      // a named site with a common head: "Safer oil field", "Kamukunji grounds", "Inates military camp"
      const rest = doc.text
        .slice(W[j - 1].end, Math.min(doc.text.length, W[j - 1].end + 40))
        .replace(/^\s+/, '');
      const site = j < s.w1 && !W[j].cap ? rest.match(SITE_HEAD) : null;
      if (site && j - a <= 3 && !STREET_SUFFIX.has(lastLow)) {
        let e = j;
        const n = site[0].split(/\s+/).length;
        while (e < s.w1 && e - j < n) e++;
        if (!W.slice(j, e).some((w) => w.cap)) {
          add('facility', a, e);
          i = e - 1;
          continue;
        }
      }
      // a name before a settlement word ("Kafr Qaddum village") or opening with a place word ("Beit Lahiya")
      const settlementAfter =
        j < s.w1 &&
        SETTLEMENT_AFTER.test(W[j].text) &&
        !(j + 1 < s.w1 && /^(?:hall|council|centre|center|square|house|meeting)$/i.test(W[j + 1].text)) &&
        // "the Christian village of Beshile", "the Kurdish town of Zakho": the name follows "of"; the word before
        // the settlement word describes it
        !(j + 2 < s.w1 && W[j + 1].text === 'of' && W[j + 2].cap) &&
        // "a Fulani village", "every Dogon village": a people's name, not the village's
        !(
          a > s.w0 &&
          /^(?:an?|one|another|every|each|other|some|many|several|two|three)$/i.test(W[a - 1].text)
        );
      const prefixed = j - a >= 2 && PLACE_PREFIX.test(W[a].text) && j - a <= 3;
      if (
        (settlementAfter || prefixed) &&
        j - a <= 3 &&
        W.slice(a, j).every((w) => !ORG_HEAD.has(lower(w)) && !TITLE_WORDS.has(lower(w))) &&
        !W.slice(a, j).some((w) => personParts.has(normKey(w.text))) &&
        !gaz.phrases.get(normKey(spanText(doc, a, j)))?.some((x) => x.kind === 'demonym' || x.kind === 'org')
      ) {
        add('city', a, settlementAfter ? j + 1 : j, j, townFor(a, j, true));
        i = (settlementAfter ? j + 1 : j) - 1;
        continue;
      }
      // an unknown name after a locative preposition, alone before punctuation or a clause
      const prev = a > s.w0 ? W[a - 1] : null;
      const prev2 = a - 2 >= s.w0 ? W[a - 2] : null;
      const settlementOf = prev?.text === 'of' && prev2 !== null && SETTLEMENT.test(lower(prev2));
      // "north of Gold Hill", "and nearby Thomonde", "the capital, Naypyitaw"
      const directionOf =
        prev?.text === 'of' &&
        prev2 !== null &&
        /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/i.test(prev2.text) &&
        !prev2.cap;
      // "had fled to Kade", "were evacuated to Tamaleka": a name people flee or are evacuated to
      const movedTo =
        prev?.text === 'to' &&
        prev2 !== null &&
        /^(?:fled|flee|flees|fleeing|relocated|evacuated|escaped)$/.test(prev2.text);
      const nearby = prev?.text === 'nearby' && prev2 !== null && /^(?:and|in|or|,)$/.test(prev2.text);
      // "the outskirts of Kfarkela", "from the direction of Cabaret", "flights were diverted to Misrata", "elders
      // from Tajoura": a part of a place, or a way to or from it, before the name
      const wayOf =
        prev2 !== null &&
        (!prev2.cap || a - 2 === s.w0) &&
        ((prev?.text === 'of' && PART_OF.test(lower(prev2))) ||
          (prev?.text === 'to' && MOVED.test(lower(prev2))) ||
          (prev?.text === 'from' && !SOURCE_FROM.test(lower(prev2))));
      // "residents of Mušići", "fishermen from Thangachimadam", "a 34-year-old from Elmshorn": people told by where
      // they live or come from
      const peopleOf =
        (prev?.text === 'of' || prev?.text === 'from') && prev2 !== null && RESIDENTS.test(prev2.text);
      const capitalNamed =
        prev?.text === ',' &&
        prev2 !== null &&
        /^capital$/i.test(prev2.text) &&
        a >= 3 &&
        W[a - 3].text === 'the';
      // "the divisional officer for Mezam", "the MP for Harehills"
      // "the mayor of Boni", "the governor of Kidal"; "the capital of Jubaland" (a region with its own capital)
      const titleOf =
        prev?.text === 'of' &&
        prev2 !== null &&
        /^(?:mayor|governor|prefect|capital)$/i.test(prev2.text) &&
        a >= 3 &&
        /^(?:the|a|deputy|former|acting)$/i.test(W[a - 3].text);
      const areaOf =
        prev?.text === 'for' &&
        prev2 !== null &&
        AREA_TITLE.test(prev2.text) &&
        a >= 3 &&
        /^(?:divisional|district|regional|provincial|county|local|senior|the|an?)$/i.test(W[a - 3].text);
      // "the road between Boni and Hombori": the first name (the second joins it below)
      let end2 = j + 1;
      while (end2 < s.w1 && end2 - j <= 3 && W[end2].cap && W[end2].pos !== 'PUNCT') end2++;
      const between =
        prev?.text === 'between' &&
        j + 1 < s.w1 &&
        W[j].text === 'and' &&
        W[j + 1].cap &&
        // "between Fulani and Dogon communities" names peoples, not places
        (end2 >= s.w1 ||
          W[end2].pos === 'PUNCT' ||
          /^(?:in|on|at|near|of|after|before|since|when|where)$/.test(W[end2].text)) &&
        !W.slice(a, j).some((w) => personParts.has(normKey(w.text)));
      const locative =
        (prev !== null && LOCATIVE_PREP.test(prev.text) && a > s.w0 + 1) ||
        between ||
        titleOf ||
        directionOf ||
        movedTo ||
        peopleOf ||
        areaOf ||
        nearby ||
        wayOf ||
        capitalNamed;
      const betweenAnd =
        prev?.text === 'and' &&
        a >= 2 &&
        taken[a - 2] === 1 &&
        mentions.some((m) => m.w1 === a - 1 && m.kind === 'place');
      const apposed = SETTLEMENT_APPOSITIVE.test(doc.text.slice(W[j - 1].end, W[j - 1].end + 40));
      const next = j < s.w1 ? W[j] : null;
      const ends =
        !next ||
        next.pos === 'PUNCT' ||
        /^(?:on|in|at|after|before|and|where|about|late|early|last|this|since|when|while|to|from|for|with|near|north|south|east|west|is|was|has|had|have|were|are|that|which|said|says|told|during|until|overnight)$/.test(
          next.text,
        ) ||
        // "clashes in Aigaleo began", "in Tembisa a week later", "to Misrata throughout Thursday": a clause or a
        // phrase of its own goes on, not a noun the name describes
        // ("the Gateway of India": "of" goes on with the name)
        (/^\p{Ll}/u.test(next.text) &&
          next.text !== 'of' &&
          CLAUSE_NEXT.test(next.pos) &&
          (locative || betweenAnd));
      // "a woman from Neumünster died", "the nurse from Albi was hurt": a town the town table knows in the text's
      // setting, after "from", is that town when the next word opens another phrase (a verb, not a noun the name
      // describes: "from Tsafe local government")
      const fromTown =
        !ends &&
        prev?.text === 'from' &&
        next !== null &&
        /^\p{Ll}/u.test(next.text) &&
        !/^(?:NOUN|ADJ|PROPN|NUM|X)$/.test(next.pos) &&
        a > s.w0 + 1
          ? townFor(a, j, false)
          : null;
      // "a Loughborough woman", "the Cuautla cattle market": a name before a lower-case person or site it tells of
      const modifier =
        prev !== null &&
        /^(?:the|a|an)$/i.test(prev.text) &&
        [W[j], W[j + 1]].some(
          (w, k) => w && j + k < s.w1 && TOWN_OF.test(w.text) && (k === 0 || /^\p{Ll}/u.test(W[j].text)),
        );
      const particles = W.slice(a + 1, j).filter((w) => NAME_PARTICLE.test(w.text)).length;
      const plain =
        j - a - particles <= 3 &&
        W.slice(a, j).every(
          (w) =>
            (w.pos === 'PROPN' || settlementOf || (NAME_PARTICLE.test(w.text) && w !== W[a])) &&
            !NOT_NAME.has(w.text) &&
            !ORG_HEAD.has(lower(w)),
        ) &&
        (!givenName(W[a].text) || settlementOf) &&
        (!gaz.phrases.has(normKey(W[a].text)) || (settlementOf && j - a > 1)) &&
        !personParts.has(normKey(W[a].text)) &&
        !W.slice(a, j).some((w) => personParts.has(normKey(w.text)));
      if (
        (locative || settlementOf || betweenAnd || apposed || fromTown) &&
        (ends || settlementOf || peopleOf || titleOf || fromTown) &&
        plain &&
        j - a - particles <= (settlementOf ? 3 : 2)
      ) {
        const after = doc.text.slice(W[j - 1].end, W[j - 1].end + 14);
        const entry = townFor(a, j, true);
        // "the villages of al-Karama and X": a name joined to a place takes that place's kind
        const partner = betweenAnd ? mentions.find((m) => m.w1 === a - 1 && m.kind === 'place') : undefined;
        const partnerKind = partner ? placeOf(partner)?.kind : undefined;
        const kind: PlaceKind =
          partnerKind === 'city' || (partnerKind === 'other' && !entry)
            ? partnerKind
            : (areaOf || titleOf) && !entry && !/^mayor$/i.test(prev2?.text ?? '')
              ? 'province'
              : entry ||
                  settlementOf ||
                  apposed ||
                  capitalNamed ||
                  /^,\s+an? (?:town|village|city)\b/.test(after) ||
                  j - a === 1
                ? 'city'
                : 'other';
        add(kind, a, j, j, entry);
      } else if (plain && !firstOfSentence && (ends || modifier)) {
        // a town the city table lacks, in a country the article is about: "Sinjar", "Bilozerka"; also told before
        // the lower-case thing it describes ("a Loughborough woman", "the Cuautla cattle market")
        const entry = townFor(a, j, false);
        if (entry && (entry.seat || p2(entry) >= 5000)) add('city', a, j, j, entry);
      }
      i = j - 1;
    }
  }
  placeLists(
    doc,
    gaz,
    mentions,
    byId,
    taken,
    personParts,
    (a, e) => known.get(normKey(spanText(doc, a, e)))?.kind ?? null,
    (kind, a, e) => add(kind, a, e, e, townFor(a, e, true)),
  );
  mentions.sort((x, y) => x.start - y.start);
}

/** People and sites a town's name describes: "a Loughborough woman", "the Cuautla cattle market", "a Tarbes hotel". */
const TOWN_OF =
  /^(?:man|woman|men|women|boy|girl|teenager|resident|residents|native|family|couple|trader|farmer|shopkeeper|vendor|businessman|businesswoman|teacher|pastor|imam|landlord|market|hotel|inn|school|church|mosque|roundabout|junction|crossroads|bridge|outskirts|suburb|suburbs|neighbourhood|neighborhood|woodlands|forest|forests|plant|mine|port|depot|prison|jail|court|council|municipality)$/;

/** Parts of a place, or ways to it, before "of" and its name: "the outskirts of X", "from the direction of X". */
const PART_OF = /^(?:outskirts|edge|edges|fringes|direction|centre|center|heart|suburbs|streets|lanes)$/;
/** Verbs of going before "to" and a place's name: "diverted to X", "spread to X", "marched to X". */
const MOVED =
  /^(?:diverted|returned|travelled|traveled|went|moved|spread|taken|rushed|headed|heading|marched|deployed|transferred|flown|airlifted|driven|walked|road|highway|route|way)$/;
/** Words before "from" that tell where something was said, given or scored, not a place: "reports from X". */
const SOURCE_FROM =
  /^(?:statement|statements|message|call|calls|letter|report|reports|files|data|figures|question|questions|comes|came|come|support|help|pressure|word|input|footage|images|financing|funding|grants?|donations?|gifts?|loans?|money|backing|toll|damage|goals?|points|runs|blitz|bombardment|separated|apart|different|ally|allies)$/;
/** Parts of speech that open a clause or a phrase of its own after a name, not a noun the name describes. */
const CLAUSE_NEXT = /^(?:VERB|AUX|ADP|DET|CCONJ|SCONJ|ADV|PRON|PART)$/;
/** People told by where they live or come from, before "of" or "from" and the place's name. */
const RESIDENTS =
  /^(?:residents|inhabitants|population|villagers|townspeople|natives?|fisherm[ae]n|farmers?|herders?|herdsm[ae]n|\d+-year-olds?)$/i;
/** Heads of a road named by the two places it joins: "the Bole–Bamboi road". */
const JOINED_ROAD = /^(?:road|highway|expressway|motorway|freeway)$/;
/** Words before a list of places: "in Ipswich, Goodna and Logan", "the camps at A, B and C", "between A, B and C". */
const LIST_PREP = /^(?:in|at|near|between|from|around|outside|across|towards?)$/;
/** The tail of a list of settlements: "Sotk, Jermuk and other towns". */
const OTHER_PLACES = /^(?:towns|villages|cities|communities|settlements|areas|localities|hamlets)$/;
/** What may follow the last name of a list: a clause or phrase, not a verb of saying or more of a name. */
const LIST_NEXT =
  /^(?:on|in|at|over|after|before|during|since|until|near|to|from|for|with|by|this|last|late|early|overnight|where|which|that|while|when|are|were|have|had|was|is|has|as|amid|under|along|across|and|but)$/;

/**
 * "the roads between Mandera, Elwak and Rhamu", "dark stores in Stockholm, Gothenburg and Malmo", "shelled Sotk, Jermuk
 * and other towns": the names of one list after a locative word (or before "and other towns") are one kind of thing.
 * When a name of the list is a known town (or a known place of kind `other`) and nothing in it is a person or a body,
 * the plain unknown names beside it are places of the same kind.
 */
function placeLists(
  doc: Doc,
  gaz: Gazetteer,
  mentions: Mention[],
  byId: Map<string, Person | Org | Place>,
  taken: Uint8Array,
  personParts: Set<string>,
  knownKind: (a: number, e: number) => PlaceKind | null,
  add: (kind: PlaceKind, a: number, e: number) => void,
): void {
  const W = doc.words;
  const startAt = new Map<number, Mention>();
  for (const m of mentions) if (!startAt.has(m.w0)) startAt.set(m.w0, m);
  const plainName = (a: number, e: number) =>
    W.slice(a, e).every(
      (w) =>
        w.cap &&
        w.pos === 'PROPN' &&
        !NOT_NAME.has(w.text) &&
        !ORG_HEAD.has(lower(w)) &&
        !STOP_CAPS.has(w.text),
    ) &&
    !givenName(W[a].text) &&
    !W.slice(a, e).some(
      (w) => personParts.has(normKey(w.text)) || MONTHS.has(w.text) || WEEKDAYS.has(w.text),
    ) &&
    !gaz.phrases.has(normKey(spanText(doc, a, e)));
  for (const s of doc.sentences) {
    for (let i = s.w0 + 1; i < s.w1; i++) {
      const prepared = LIST_PREP.test(W[i - 1].text);
      // a list that is not after a locative word may still be closed by "and other towns"
      if (!W[i].cap || (!prepared && (W[i - 1].cap || W[i - 1].pos === 'PUNCT'))) continue;
      // the items: [start, end, place kind or null when unknown]
      const items: { a: number; e: number; kind: PlaceKind | null }[] = [];
      let k = i;
      let bad = false;
      let joined = false;
      let otherTail = false;
      while (k < s.w1) {
        const m = startAt.get(k);
        let e: number;
        if (m) {
          if (m.kind !== 'place') {
            bad = true;
            break;
          }
          e = m.w1;
          items.push({ a: k, e, kind: (byId.get(m.id) as Place | undefined)?.kind ?? null });
        } else {
          e = k;
          while (e < s.w1 && e - k < 3 && W[e].cap && W[e].pos !== 'PUNCT' && !taken[e]) e++;
          if (e === k) {
            bad = true;
            break;
          }
          // a place the text names elsewhere ("in Sotk" earlier) is that place here too
          items.push({ a: k, e, kind: knownKind(k, e) });
        }
        k = e;
        if (joined) break;
        // separators: ",", "and", "or", ", and"
        if (k < s.w1 && W[k].text === ',') {
          if (k + 1 < s.w1 && /^(?:and|or)$/.test(W[k + 1].text)) {
            k += 2;
            joined = true;
          } else k++;
        } else if (k < s.w1 && /^(?:and|or)$/.test(W[k].text)) {
          k++;
          joined = true;
        } else break;
        if (k >= s.w1) {
          bad = true;
          break;
        }
        if (joined && lower(W[k]) === 'other' && k + 1 < s.w1 && OTHER_PLACES.test(lower(W[k + 1]))) {
          otherTail = true;
          k += 2;
          break;
        }
        if (!W[k].cap) {
          bad = true;
          break;
        }
      }
      const last = items.at(-1);
      i = Math.max(i, (last?.e ?? i) - 1);
      if (bad || !(joined || otherTail) || items.length < 2 || !(prepared || otherTail)) continue;
      if (!otherTail && k < s.w1 && W[k].pos !== 'PUNCT' && !LIST_NEXT.test(W[k].text)) continue;
      const kinds = new Set(items.filter((x) => x.kind).map((x) => x.kind));
      if (kinds.size !== 1) continue;
      const kind = [...kinds][0] as PlaceKind;
      if (kind !== 'city' && kind !== 'other') continue;
      const unknown = items.filter((x) => !x.kind);
      if (!unknown.length || !unknown.every((x) => plainName(x.a, x.e))) continue;
      for (const x of items) if (!startAt.has(x.a)) add(x.kind ?? kind, x.a, x.e);
    }
  }
}

/** "the A12 motorway", "the M25", "the N2 highway": a road named by a letter-and-number code. */
const ROAD_CODE = /^[A-Z]{1,2}-?\d{1,4}$/;
const ROAD_HEAD = /^(?:motorway|highway|expressway|freeway|road|autobahn|autoroute|autostrada|dual)$/i;

/** "the N380, the only paved road linking …": a code followed by a description of a road (in the next six words). */
function roadInApposition(W: readonly Word[], i: number, s1: number): boolean {
  if (W[i + 1]?.text !== ',' || !/^(?:the|a|an)$/i.test(W[i + 2]?.text ?? '')) return false;
  for (let k = i + 3; k < Math.min(s1, i + 9); k++) {
    if (W[k].pos === 'PUNCT') return false;
    if (ROAD_HEAD.test(W[k].text)) return true;
  }
  return false;
}

/**
 * Roads named by a code ("the A12 motorway" and later "the A12"), before the organisation finders could read the
 * code as an acronym. The country is the article's main one.
 */
export function findCodeRoads(cx: EntityContext): void {
  const { W, doc, mentions, addPlace, datelineCountry, mainCountry, gaz } = cx;
  const taken = new Uint8Array(W.length);
  for (const m of mentions) for (let i = m.w0; i < m.w1; i++) taken[i] = 1;
  const codes = new Set<string>();
  for (const s of doc.sentences)
    for (let i = s.w0; i + 1 < s.w1; i++)
      if (
        ROAD_CODE.test(W[i].text) &&
        !taken[i] &&
        (ROAD_HEAD.test(W[i + 1].text) || roadInApposition(W, i, s.w1))
      )
        codes.add(W[i].text);
  if (!codes.size) return;
  const country = datelineCountry ?? mainCountry;
  for (let i = 0; i < W.length; i++) {
    if (taken[i] || !codes.has(W[i].text)) continue;
    addPlace(
      {
        kind: 'other',
        name: W[i].text,
        country,
        lat: null,
        lon: null,
        tz: country ? (gaz.countries.get(country)?.tz ?? null) : null,
      },
      i,
      i + 1,
    );
  }
}

/** Words before a name that set it as where something is or happens: "in", "near", "residents fled from". */
const WHERE_BEFORE = /^(?:in|near|outside|inside|into|around|across|throughout|from|towards?)$/;

/**
 * "in Gaza City", "near Zamboanga City": a city the lists know by its first word, written with "City" after it where
 * the text sets it as a place, is named so (a club's "Leicester City" after "beat" or "to" is not set as a place; nor
 * is "Gaza City Medical Complex", a site's longer name).
 */
export function citiesNamedWithCity(cx: EntityContext): void {
  const { W, mentions, places } = cx;
  // the end of each place mention written "X City" (the mention may have taken "City" already, or stop before it),
  // or -1 for a mention written otherwise
  const cityEnd = (m: Mention): number => {
    if (m.w0 === 0 || !WHERE_BEFORE.test(W[m.w0 - 1].text)) return -1;
    const within = W[m.w1 - 1].text === 'City' && m.w1 - m.w0 >= 2;
    if (!within && (W[m.w1]?.text !== 'City' || W[m.w1].sent !== m.sent)) return -1;
    const end = within ? m.w1 : m.w1 + 1;
    const after = W[end];
    return after && after.sent === m.sent && after.cap && after.pos !== 'PUNCT' ? -1 : end;
  };
  const byPlace = new Map<string, Mention[]>();
  for (const m of mentions) if (m.kind === 'place') byPlace.set(m.id, [...(byPlace.get(m.id) ?? []), m]);
  for (const [id, ms] of byPlace) {
    const p = places.get(id);
    if (p?.kind !== 'city' || /\sCity$/.test(p.name)) continue;
    // a place also named bare ("Pikit, Cotabato" beside "Cotabato City") keeps its bare name
    const ends = ms.map(cityEnd);
    if (ends.some((e) => e < 0)) continue;
    ms.forEach((m, n) => {
      m.w1 = ends[n];
      m.end = W[m.w1 - 1].end;
      m.text = cx.doc.text.slice(m.start, m.end);
    });
    p.name = ms[0].text;
  }
}

/** Small words inside a town's name, written in lower case when a dateline's capitals are undone: "San Nicolás de los Garza". */
const NAME_SMALL = /^(?:de|del|la|las|los|da|do|dos|das|di|du|des|en|el|al|sur|sul|le)$/;

/** "COTABATO CITY" → "Cotabato City", "SAN NICOLÁS DE LOS GARZA" → "San Nicolás de los Garza"; other case is kept. */
function undoCapitals(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((w, n) =>
      n > 0 && NAME_SMALL.test(w) ? w : w.replace(/(^|-)(\p{L})/gu, (_, d, c) => d + c.toUpperCase()),
    )
    .join(' ');
}

/**
 * "NAQOURA, Lebanon (AP) —", "CATARMAN, Northern Samar -", "COTABATO CITY (Agency) —": the town a wire dateline files
 * the story from is a place of the page. Its first part is the town: a city the lists know; a town of the second-tier
 * table in the country the dateline or the article names; or, when a later part of the dateline is a country or a
 * province the lists know, a town they do not know ("a desk's name in capitals" has no such part and stays out). The
 * dateline is set apart from the body, so the place has no mention; one the body names is left as it is.
 */
export function findDatelinePlace(cx: EntityContext): void {
  const { doc, gaz, places, byId, countries, datelineCountry } = cx;
  if (!doc.dateline) return;
  const parts = doc.dateline
    .replace(/\([^)]*\)/g, ' ')
    .split(',')
    .map((x) => x.trim().replace(/[.\s]+$/, ''))
    .filter(Boolean);
  const head = parts[0];
  if (!head || !/^\p{Lu}[\p{L}\p{M}'’. -]*$/u.test(head) || head.split(/\s+/).length > 5) return;
  // a later part that is a country or a province: "Lebanon", "Northern Samar"
  let said: string | null = null;
  for (const part of parts.slice(1)) {
    const e = gaz.phrases
      .get(normKey(part))
      ?.find((x): x is PlaceEntry => (x.kind === 'country' || x.kind === 'province') && !!x.country);
    if (e) {
      said = e.country;
      break;
    }
  }
  const want = said ?? datelineCountry;
  const fits = (e: PlaceEntry) => (want ? e.country === want : !!e.country && countries.has(e.country));
  const key = normKey(head);
  // "COTABATO CITY": the town of the name before "City" when the lists do not know the whole
  const bare = /^(.+)\s+city$/.exec(key)?.[1];
  const listed = [...(gaz.phrases.get(key) ?? []), ...(bare ? (gaz.phrases.get(bare) ?? []) : [])].filter(
    (e): e is PlaceEntry => e.kind === 'city',
  );
  if (gaz.phrases.get(key)?.some((e) => e.kind !== 'city')) return;
  const town = [...(gaz.towns.get(key) ?? []), ...(bare ? (gaz.towns.get(bare) ?? []) : [])].find(fits);
  const entry = listed.find(fits) ?? (want ? undefined : listed[0]) ?? town;
  if (!entry && !said) return;
  const name = undoCapitals(head);
  const country = entry?.country ?? said;
  const place = newPlace(
    entry ?? {
      kind: 'city',
      name,
      country,
      lat: null,
      lon: null,
      tz: country ? (gaz.countries.get(country)?.tz ?? null) : null,
    },
    doc.text.length,
    name,
  );
  const same = (p: Place) =>
    normKey(p.name) === normKey(name) ||
    (entry !== undefined && normKey(p.name) === normKey(entry.name) && p.country === entry.country);
  if (places.has(place.id) || [...places.values()].some(same)) return;
  places.set(place.id, place);
  byId.set(place.id, place);
}

/**
 * "By Jane Doe, Kano", "Jane Doe | Tbilisi": the town a byline files the story from is a place of the page. The byline
 * is set apart from the body, so the place has no mention there; one the body names is left as it is.
 */
export function findBylinePlace(cx: EntityContext): void {
  const { doc, gaz, places, byId, countries } = cx;
  for (const line of (doc.byline ?? '').split(' · ')) {
    const parts = line.split(/\s*[,|]\s*/);
    for (const part of parts.slice(1)) {
      const list = gaz.phrases.get(normKey(part));
      if (!/^\p{Lu}/u.test(part) || !list || list.some((e) => e.kind === 'org')) continue;
      const towns = list.filter((e): e is PlaceEntry => e.kind !== 'demonym');
      const entry = towns.find((e) => e.country && countries.has(e.country)) ?? towns[0];
      if (!entry) continue;
      const id = placeId(entry);
      // (nor one the body names by another name, "Delhi" for "New Delhi": a town at the same spot)
      const same = (p: Place) =>
        normKey(p.name) === normKey(entry.name) ||
        (p.kind === entry.kind &&
          p.lat !== null &&
          p.lon !== null &&
          entry.lat !== null &&
          entry.lon !== null &&
          Math.abs(p.lat - entry.lat) < 0.2 &&
          Math.abs(p.lon - entry.lon) < 0.2);
      if (places.has(id) || [...places.values()].some(same)) continue;
      const place = newPlace(entry, doc.text.length);
      places.set(id, place);
      byId.set(id, place);
    }
  }
}
