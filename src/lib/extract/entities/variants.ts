/**
 * One body found under two forms of its name: with and without its country ("Dutch National Cyber Security Centre",
 * "National Cyber Security Centre"; "Burkina army", "Burkina Faso army"), by the same acronym ("Social Democrats
 * (SPD)", "Social Democratic Party of Germany (SPD)"), by an acronym of its initials the text never spells out ("NCoS"
 * for "Nigerian Correctional Service"), by its members' plural ("New Democrats", "New Democratic Party"), or spelt
 * two ways ("Stabilisation", "Stabilization"; "Defence Armed Forces", "Armed Defense Forces"), or as one part of a pair
 * the text writes with a slash ("M23", "AFC/M23").
 */

import type { Gazetteer } from '../gazetteer.ts';
import { nationOf, nationsOf, normKey } from '../gazetteer.ts';
import { escapeRe } from '../regex.ts';
import { initials } from './shared.ts';
import type { Org } from './types.ts';

/** An acronym written in capitals (with digits or "&"): "SPD", "CDU", "M23". */
const CAPS_ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;
/** An acronym of capitals with single small letters for glue words: "NCoS", "DoD", "DfE" (not "YouTube"). */
const MIXED_ACRONYM = /^[A-Z](?:[oftda]?[A-Z]){1,6}$/;
/** Small words an acronym of a name leaves out. */
const GLUE = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'des', 'la', 'le', 'in', 'on', 'to', '&']);

/** British and American spellings of one word, the American kept: "stabilisation" → "stabilization". */
const SPELLING: [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'],
  [/^defence$/, 'defense'],
  [/^(cent|theat)re(s?)$/, '$1er$2'],
  [/^programme(s?)$/, 'program$1'],
  [/^(lab|harb|neighb)our(s?)$/, '$1or$2'],
];
/**
 * A name's key whatever its spelling, its glue words and the order of its words: "Mozambique Defence Armed Forces"
 * and "Mozambique Armed Defense Forces", "Armed Forces of the Congo" and "Armed Forces of Congo" have one key.
 */
export function looseKey(name: string): string {
  return normKey(name)
    .split(' ')
    .filter((w) => w && !GLUE.has(w))
    .map((w) => SPELLING.reduce((x, [re, to]) => x.replace(re, to), w))
    .sort()
    .join(' ');
}

/** A capitalised acronym of a body that owns the name it opens: "UN " in "UN Human Rights Monitoring Mission". */
const OWNER_ACRONYM = /^[A-Z]{2,4}\s+(?=\p{Lu}\p{Ll})/u;
/** The word a police's full name ends with: "Police Department", "Police Service". */
const POLICE_BODY = /^(?:department|service|force)$/;
/**
 * A generic head a body's name may go without: "Civil Defence" … "Civil Defence agency", "Inter-Services Public
 * Relations" … "Inter Services Public Relations Directorate".
 */
const GENERIC_TAIL =
  /^(?:agency|directorate|department|service|office|bureau|authority|organi[sz]ation|group)$/;
/** Places a body of a province or a town is named after: "Santa Fe Ministry of Security". */
const LOCAL_PLACE = new Set(['city', 'province', 'region']);
/** A numbered unit: "28th", "3rd", "101st", "11". */
const UNIT_NUMBER = /^\d+(?:st|nd|rd|th)?$/;

/**
 * `short` names the body `long` names in full: a numbered unit without its arm ("28th Brigade", "28th Mechanized
 * Brigade"), the name before its "of" or "for" part ("Joint Command", "Joint Command of the Armed Forces"), a police
 * without its last word ("Halden Police", "Halden Police Department"), a name without a generic head after it
 * ("Civil Defence", "Civil Defence agency"), or the "of" part by its initials ("Armed Forces of the DRC", "Armed
 * Forces of the Democratic Republic of the Congo").
 */
const wordCache = new Map<string, string[]>();
/** A name's words as keys, without a leading "the"; asked for pairwise, so kept. */
function wordsOf(name: string): string[] {
  let w = wordCache.get(name);
  if (!w) {
    if (wordCache.size > 4000) wordCache.clear();
    w = normKey(name.replace(/^the\s+/i, '')).split(' ');
    wordCache.set(name, w);
  }
  return w;
}

export function shortFormOf(short: string, long: string): boolean {
  const a = wordsOf(short);
  const b = wordsOf(long);
  if (a.length < 2 || b.length <= a.length) return false;
  if (UNIT_NUMBER.test(a[0]))
    return b[0] === a[0] && b[b.length - 1] === a[a.length - 1] && a.every((w) => b.includes(w));
  if (a.includes('of')) {
    // the "of" part by its initials
    const of = a.indexOf('of');
    if (b.slice(0, of + 1).join(' ') !== a.slice(0, of + 1).join(' ')) return false;
    const tail = short
      .replace(/^the\s+/i, '')
      .split(/\s+/)
      .slice(of + 1);
    if (tail[0]?.toLowerCase() === 'the') tail.shift();
    if (tail.length !== 1 || !CAPS_ACRONYM.test(tail[0])) return false;
    const longTail = long
      .replace(/^the\s+/i, '')
      .split(/\s+/)
      .slice(of + 1)
      .join(' ');
    return (
      longTail.includes(' ') &&
      initials(longTail, (w) => !GLUE.has(w.toLowerCase())).toUpperCase() === tail[0]
    );
  }
  if (b.slice(0, a.length).join(' ') !== a.join(' ') || !/^\p{Lu}/u.test(short)) return false;
  // the name before its "of" or "for" part ("Tarvian Institute" … "Tarvian Institute for Coastal Studies"), or a
  // police named without its last word ("Halden Police" … "Halden Police Department"); both begin with a capital word
  return (
    b[a.length] === 'of' ||
    b[a.length] === 'for' ||
    (a[a.length - 1] === 'police' && b.length === a.length + 1 && POLICE_BODY.test(b[a.length])) ||
    (b.length === a.length + 1 && GENERIC_TAIL.test(b[a.length]))
  );
}

/** Initials of a name, a word that opens with "Ex" giving an "X" too ("XR" for "Extinction Rebellion"). */
function speltWays(name: string): string[] {
  const words = name.split(/[\s-]+/).filter((w) => w && !GLUE.has(w.toLowerCase()));
  const plain = words
    .map((w) => w[0])
    .join('')
    .toUpperCase();
  if (!words.some((w) => /^ex[^aeiou]/i.test(w))) return [plain];
  return [
    plain,
    words
      .map((w) => (/^ex[^aeiou]/i.test(w) ? 'X' : w[0]))
      .join('')
      .toUpperCase(),
  ];
}

/**
 * The acronyms a body's name can be written as: its initials, without an owner's acronym that opens it ("HRMMU" for
 * the "UN Human Rights Monitoring Mission in Ukraine"), and those of its "of" part that names an office-holder
 * ("DPP" for the "Office of the Director of Public Prosecutions"; of three letters or more, not the "FA" of a "Ministry
 * of Foreign Affairs").
 */
function speltKeys(x: Org): string[] {
  if (!x.name.includes(' ')) return [];
  const keys = [...speltWays(x.name), ...speltWays(x.name.replace(OWNER_ACRONYM, ''))];
  const of = /^(?:the\s+)?\p{Lu}\S*\s+of\s+(?:the\s+)?(\p{Lu}\S*(?:\s+\S+)*\s+\p{Lu}\S*)$/u.exec(x.name);
  if (of) keys.push(...speltWays(of[1]).filter((k) => k.length >= 3));
  return keys;
}

/**
 * The acronym a body is named by and nothing more: a bare acronym ("NCoS"), an acronym with a description after it
 * ("the AA terrorist group", "AA fighters"), or a listed body the text names by its acronym alone (a "DPP" the list
 * reads as a party whose name the text never writes).
 */
function acronymOnly(o: Org, text: string): string | null {
  const isAcro = (n: string) => MIXED_ACRONYM.test(n) || CAPS_ACRONYM.test(n);
  if (isAcro(o.name)) return o.aliases.length ? null : o.name;
  const described = /^(\S+)\s+[a-z][a-z\s-]*$/.exec(o.name);
  if (described && isAcro(described[1]) && o.aliases.every((a) => a === described[1])) return described[1];
  // (of three letters or more: a two-letter one, "UN", "EU", is the listed body whatever else it spells)
  const acros = o.aliases.filter((a) => CAPS_ACRONYM.test(a));
  if (acros.length !== 1 || acros[0].length < 3) return null;
  const lower = text.toLowerCase();
  const named = [o.name, ...o.aliases].some((n) => !CAPS_ACRONYM.test(n) && lower.includes(n.toLowerCase()));
  return named || !new RegExp(`\\b${escapeRe(acros[0])}\\b`).test(text) ? null : acros[0];
}

/** A party's members in the plural and the adjective its name uses: "Democrats" / "Democratic". */
const MEMBERS: Record<string, string> = {
  democrats: 'democratic',
  republicans: 'republican',
  liberals: 'liberal',
  conservatives: 'conservative',
  socialists: 'socialist',
  greens: 'green',
  nationalists: 'nationalist',
  libertarians: 'libertarian',
  communists: 'communist',
};

/**
 * The country a name opens or closes with and the rest of it: "Dutch National Cyber Security Centre" → NL, "national
 * cyber security centre"; "Social Democratic Party of Germany" → DE, "social democratic party"; "Burkina Faso's
 * army" → BF, "army". Null when the name carries no country.
 */
export function nationSplit(gaz: Gazetteer, name: string): Split | null {
  const words = normKey(name.replace(/^the\s+/i, '').replace(/['’]s(?=\s)/g, '')).split(' ');
  // "Dutch" is the word of more than one country's people
  const nation = (k: string) => nationsOf(gaz.phrases.get(k));
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const c = nation(words.slice(0, n).join(' '));
    if (c.length) return { countries: c, rest: words.slice(n).join(' ') };
  }
  // the longest "of" part that names a country, with or without "the": "Ministry of Interior of the Syrian Arab
  // Republic" → SY, "ministry of interior"; "Armed Forces of the Democratic Republic of Congo" → CD, "armed forces"
  for (let of = 1; of < words.length - 1; of++) {
    if (words[of] !== 'of') continue;
    const from = words[of + 1] === 'the' ? of + 2 : of + 1;
    if (from >= words.length || words.length - from > 5) continue;
    const c = nation(words.slice(from).join(' '));
    if (c.length) return { countries: c, rest: words.slice(0, of).join(' ') };
  }
  return null;
}

/**
 * The country a body's name gives it: the one its name opens or closes with ("Armed Forces of the Democratic Republic
 * of Congo": CD, not the Republic of the Congo that "Congo" alone is first), else the first of its words that names
 * a nation ("Royal Thai Army").
 */
export function nameCountry(gaz: Gazetteer, name: string): string | undefined {
  const named = nationSplit(gaz, name)?.countries;
  if (named?.length === 1) return named[0];
  return name
    .replace(/['’]s\b/g, '')
    .split(/[\s,()]+/)
    .map((w) => nationOf(gaz.phrases.get(normKey(w))))
    .find(Boolean);
}

/** A name's countries and the rest of it. */
export interface Split {
  countries: string[];
  rest: string;
}
const shareCountry = (a: Split, b: Split) => a.countries.some((c) => b.countries.includes(c));

/**
 * Pairs [from, into] of organisations that are one body, in the order they should be merged. Each `from` is merged
 * only when exactly one other organisation is its match, so two countries' bodies of one kind ("Russian Defence
 * Ministry", "Ukrainian Defence Ministry") never take in a bare "Defence Ministry".
 */
export function variantPairs(gaz: Gazetteer, orgs: Org[], text = ''): [Org, Org][] {
  const pairs: [Org, Org][] = [];
  const taken = new Set<Org>();
  // (a body's names, read once: only a body merged away, and so out of the search, loses its other names)
  const nameList = new Map<Org, string[]>(orgs.map((o) => [o, [o.name, ...o.aliases]]));
  const names = (o: Org) => nameList.get(o) as string[];
  // (each name's loose key, asked for once for every pair of bodies)
  const looseKeys = new Map<string, string>();
  const looseOf = (name: string) => {
    let k = looseKeys.get(name);
    if (k === undefined) {
      k = looseKey(name);
      looseKeys.set(name, k);
    }
    return k;
  };
  /**
   * The one body other than `from`, not yet merged, that passes `test`, among `among` (the bodies a key of `from`
   * looks up, which hold every body that can pass; a long text names hundreds, and each is matched against each).
   */
  const unique = (from: Org, test: (o: Org) => boolean, among: Iterable<Org> = orgs): Org | null => {
    let found: Org | null = null;
    for (const o of among)
      if (o !== from && !taken.has(o) && test(o)) {
        if (found) return null;
        found = o;
      }
    return found;
  };
  /** An index of the bodies by keys of theirs, built on first use. */
  const indexBy = (keysOf: (o: Org) => Iterable<string>) => {
    let index: Map<string, Set<Org>> | null = null;
    return (keys: Iterable<string>): Set<Org> => {
      if (!index) {
        index = new Map();
        for (const o of orgs)
          for (const k of keysOf(o)) {
            const set = index.get(k);
            if (set) set.add(o);
            else index.set(k, new Set([o]));
          }
      }
      const out = new Set<Org>();
      for (const k of keys) for (const o of index.get(k) ?? []) out.add(o);
      return out;
    };
  };
  const add = (from: Org, into: Org | null, named = false) => {
    if (!into || taken.has(from) || taken.has(into)) return;
    // `named`: the text gives `into` its country in its name, which wins over a list's reading of the bare name
    if (from.country && into.country && from.country !== into.country) {
      if (!named) return;
      // the list's other names are the other country's body's
      from.aliases = [];
    }
    taken.add(from);
    pairs.push([from, into]);
  };
  const split = new Map<Org, Split[]>();
  for (const o of orgs)
    split.set(
      o,
      names(o)
        .map((n) => nationSplit(gaz, n))
        .filter((x): x is Split => !!x && x.rest.length > 0),
    );

  // (each name's key, for the parts of a name written with a slash)
  const keysOf = new Map<Org, Set<string>>(orgs.map((o) => [o, new Set(names(o).map(normKey))]));
  /** A part of a name written on its own, not beside a slash: "the AFC" in "the Alliance Fleuve Congo (AFC)". */
  const alone = (part: string) =>
    new RegExp(`(?<![/\\p{L}\\p{N}])${escapeRe(part)}(?![/\\p{L}\\p{N}])`, 'u').test(text);
  /**
   * The one part of a name written in the text as "A/B" that another body of the text is named by, when the text
   * never writes the other part on its own (then "A" is a body of its own beside "B").
   */
  const slashPart = (x: Org, n: string): string | null => {
    if (!n.includes('/') || !text.includes(n)) return null;
    const parts = n.split('/').map((p) => p.trim());
    const named = parts.filter((p) => orgs.some((y) => y !== x && keysOf.get(y)?.has(normKey(p))));
    if (named.length !== 1 || parts.some((p) => p !== named[0] && alone(p))) return null;
    return normKey(named[0]);
  };
  // (each body's slash parts, and the bodies by them, by their names, loose keys, countries' rest, owner's rest, first
  // word and initials)
  const slashParts = new Map<Org, string[]>(
    orgs.map((x) => [x, names(x).flatMap((n) => slashPart(x, n) ?? [])]),
  );
  const bySlashPart = indexBy((x) => slashParts.get(x) as string[]);
  const byName = indexBy(names);
  const byLoose = indexBy((x) => names(x).map(looseOf));
  const byRest = indexBy((x) => (split.get(x) ?? []).map((s) => looseOf(s.rest)));
  const OWNED = /^(?:the\s+)?\p{Lu}[^']*?['’]s\s+(.+)$/u;
  const ownedRest = new Map<Org, string | null>(
    orgs.map((x) => {
      const m = OWNED.exec(x.name);
      return [x, m ? normKey(m[1]) : null];
    }),
  );
  const byOwnedRest = indexBy((x) => {
    const k = ownedRest.get(x);
    return k === null || k === undefined ? [] : [k];
  });
  /** The text writes a name of `o` with an acronym of `into` in brackets after it: "House of Representatives (DPR)". */
  const bracketed = (o: Org, into: Org) =>
    names(into).some(
      (a) => CAPS_ACRONYM.test(a) && names(o).some((n) => text.includes(`${bareOf(n)} (${a})`)),
    );
  const bareOf = (n: string) => n.replace(/^the\s+/i, '');
  // (each body's names without the province or town they open with, of two words or more: "Santa Fe Ministry of
  // Security" → "ministry of security")
  const placeRests = new Map<Org, string[]>(
    orgs.map((x) => [
      x,
      names(x).flatMap((n) => {
        const words = normKey(bareOf(n).replace(/['’]s(?=\s)/g, '')).split(' ');
        for (let k = Math.min(3, words.length - 2); k >= 1; k--)
          if (gaz.phrases.get(words.slice(0, k).join(' '))?.some((e) => LOCAL_PLACE.has(e.kind)))
            return [looseOf(words.slice(k).join(' '))];
        return [];
      }),
    ]),
  );
  const byPlaceRest = indexBy((x) => placeRests.get(x) as string[]);
  const byFirstWord = indexBy((x) => names(x).map((n) => wordsOf(bareOf(n))[0]));
  const bySpelt = indexBy(speltKeys);
  const byBareKey = indexBy((x) => names(x).map((n) => normKey(bareOf(n))));
  for (const o of orgs) {
    if (taken.has(o)) continue;
    // one body of a pair the text writes with a slash, "AFC/M23" … "M23": the pair is the body of the one part the
    // text names on its own, and keeps that body's name (the actor incidents name)
    const keys = keysOf.get(o) as Set<string>;
    const pair = unique(
      o,
      (x) => (slashParts.get(x) as string[]).some((part) => keys.has(part)),
      bySlashPart(keys),
    );
    if (pair) {
      add(pair, o);
      continue;
    }
    // one name spelt two ways: "Support and Stabilisation Mission" … "Support and Stabilization Mission"
    const loose = names(o)
      .filter((n) => /\s/.test(n.trim()))
      .map(looseOf);
    if (loose.length) {
      const into = unique(
        o,
        (x) => x.first < o.first && names(x).some((n) => loose.includes(looseOf(n))),
        byLoose(loose),
      );
      if (into) {
        add(o, into);
        continue;
      }
    }
    // the same acronym for two names: "Social Democrats (SPD)" … "Social Democratic Party of Germany (SPD)"
    const acros = names(o).filter((a) => CAPS_ACRONYM.test(a));
    if (acros.length) {
      const into = unique(
        o,
        (x) => x.first < o.first && names(x).some((a) => acros.includes(a)),
        byName(acros),
      );
      if (into) {
        add(o, into);
        continue;
      }
    }
    // a name with its country and without: "Dutch National Cyber Security Centre" … "National Cyber Security
    // Centre"; "Burkina Faso's army" … "Burkina army"
    const own = nationSplit(gaz, o.name);
    const bare = normKey(o.name.replace(/^the\s+/i, ''));
    if (own?.rest) {
      const into = unique(
        o,
        (x) =>
          (split.get(x) ?? []).some((s) => looseOf(s.rest) === looseOf(own.rest) && shareCountry(s, own)),
        byRest([looseOf(own.rest)]),
      );
      if (into) {
        add(o, into);
        continue;
      }
    } else if (bare.includes(' ')) {
      const into = unique(
        o,
        (x) => (split.get(x) ?? []).some((s) => looseOf(s.rest) === looseOf(bare)),
        byRest([looseOf(bare)]),
      );
      if (into) {
        // "South Korean Joint Chiefs of Staff" … "the Joint Chiefs of Staff": the bare name the lists give another
        // country is the body the text named with its country, or with its acronym in brackets ("the House of
        // Representatives (DPR)" is the listed DPR, the "Indonesian House of Representatives")
        const own = nationSplit(gaz, into.name);
        add(
          o,
          into,
          (!!into.country && !!own && own.rest === bare && own.countries.includes(into.country)) ||
            bracketed(o, into),
        );
        continue;
      }
      // "Amnesty International's South Asia Regional Office" … "the South Asia Regional Office": a body named
      // with its owner and without is one
      const owned = unique(o, (x) => ownedRest.get(x) === bare, byOwnedRest([bare]));
      if (owned) {
        add(o, owned);
        continue;
      }
      // "the Santa Fe Ministry of Security" … "the Ministry of Security": a body named with its province or town
      // and without is one (two provinces' ministries leave the bare name apart)
      const placed = unique(
        o,
        (x) => (placeRests.get(x) as string[]).includes(looseOf(bare)),
        byPlaceRest([looseOf(bare)]),
      );
      if (placed) {
        add(o, placed);
        continue;
      }
    }
    // a short form of another name of the text: "the 28th Brigade" … "the 28th Mechanized Brigade", "the Joint
    // Command" … "the Joint Command of the Armed Forces", "Armed Forces of the DRC" … "Armed Forces of the Democratic
    // Republic of the Congo"
    if (bare.includes(' ')) {
      // (a short form and its long form open on one word)
      const into = unique(
        o,
        (x) => names(x).some((n) => n.includes(' ') && shortFormOf(o.name, bareOf(n))),
        byFirstWord([wordsOf(o.name)[0]]),
      );
      if (into) {
        add(o, into);
        continue;
      }
    }
    // an acronym of another body's initials that the text never spells out: "NCoS"; "HRMMU" for the "UN Human
    // Rights Monitoring Mission in Ukraine", whose owner's acronym opens the name
    const acro = acronymOnly(o, text);
    if (acro) {
      const caps = acro.replace(/[^A-Z0-9]/g, '');
      const into = unique(o, (x) => speltKeys(x).includes(caps), bySpelt([caps]));
      if (into) {
        // a listed body the text names only by its acronym brings none of its list names along
        if (o.name !== acro && o.aliases.includes(acro)) {
          o.name = acro;
          o.aliases = [];
        }
        add(o, into);
        continue;
      }
    }
    // a party's members: "New Democrats" … "New Democratic Party"
    const w = bare.split(' ');
    const adj = MEMBERS[w[w.length - 1]];
    if (adj && w.length >= 2) {
      const stem = [...w.slice(0, -1), adj].join(' ');
      const into = unique(
        o,
        (x) =>
          names(x).some((n) => {
            const k = normKey(bareOf(n));
            return k === `${stem} party` || k === `${stem} union` || k === stem;
          }),
        byBareKey([`${stem} party`, `${stem} union`, stem]),
      );
      add(o, into);
    }
  }
  return pairs;
}
