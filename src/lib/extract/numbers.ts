/**
 * Numbers with what they count: "roughly 2,500 personnel", "two drones", "no injuries" = 0, "dozens of rockets" = 12
 * (ACLED's reading of vague quantities: tens 10, dozens 12, hundreds 100, thousands 1000).
 * Years, dates, times, ordinals and numbers inside names are skipped.
 */
import type { DateMention } from './dates.ts';
import type { Doc, Word } from './doc.ts';
import { endsWithStop } from './entities/lines.ts';

export interface NumberMention {
  text: string;
  value: number;
  noun: string | null;
  approximate: boolean;
  start: number;
  end: number;
  sent: number;
  /** A range ("between 10 and 15"): value is the lower bound and approximate is true. */
  min?: number;
  max?: number;
  /** ISO 4217 code when the number is an amount of money. */
  currency?: string;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  'a dozen': 12,
};
const VAGUE: Record<string, number> = {
  tens: 10,
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1000,
  'tens of thousands': 10000,
  'hundreds of thousands': 100000,
  millions: 1000000,
};
const MULT: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  dozen: 12,
  crore: 1e7,
  k: 1000,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  tn: 1e12,
};
/** Currency signs and codes written before the amount, with the noun the amount counts. */
const CURRENCY: Record<string, { noun: string; code: string }> = {
  $: { noun: 'dollars', code: 'USD' },
  us$: { noun: 'dollars', code: 'USD' },
  usd: { noun: 'dollars', code: 'USD' },
  a$: { noun: 'Australian dollars', code: 'AUD' },
  c$: { noun: 'Canadian dollars', code: 'CAD' },
  '€': { noun: 'euros', code: 'EUR' },
  eur: { noun: 'euros', code: 'EUR' },
  '£': { noun: 'pounds', code: 'GBP' },
  gbp: { noun: 'pounds', code: 'GBP' },
  '¥': { noun: 'yen', code: 'JPY' },
  '₹': { noun: 'rupees', code: 'INR' },
  rs: { noun: 'rupees', code: 'INR' },
  'rs.': { noun: 'rupees', code: 'INR' },
  inr: { noun: 'rupees', code: 'INR' },
  r: { noun: 'rand', code: 'ZAR' },
  zar: { noun: 'rand', code: 'ZAR' },
  '₦': { noun: 'naira', code: 'NGN' },
  ksh: { noun: 'shillings', code: 'KES' },
};
/** Currency words written after the amount ("200 million pesos"): the code, for the additive `currency` field. */
const CURRENCY_WORD: Record<string, string> = {
  dollars: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  pounds: 'GBP',
  yen: 'JPY',
  rupees: 'INR',
  rand: 'ZAR',
  pesos: 'MXN',
  naira: 'NGN',
  shillings: 'KES',
  yuan: 'CNY',
  rubles: 'RUB',
  roubles: 'RUB',
  hryvnias: 'UAH',
  lira: 'TRY',
  riyals: 'SAR',
  dirhams: 'AED',
  francs: 'CHF',
  rupiah: 'IDR',
  won: 'KRW',
  ringgit: 'MYR',
  baht: 'THB',
  rupee: 'INR',
  peso: 'MXN',
  shekels: 'ILS',
  shekel: 'ILS',
  zloty: 'PLN',
  zlotys: 'PLN',
  forint: 'HUF',
  hryvnia: 'UAH',
  tenge: 'KZT',
  cedi: 'GHS',
  cedis: 'GHS',
  kwacha: 'ZMW',
  birr: 'ETB',
  taka: 'BDT',
  dong: 'VND',
  soles: 'PEN',
  sol: 'PEN',
  renminbi: 'CNY',
  reais: 'BRL',
  real: 'BRL',
  dinars: 'DZD',
  lari: 'GEL',
  dram: 'AMD',
  manat: 'AZN',
  kyat: 'MMK',
  afghanis: 'AFN',
  rial: 'IRR',
  rials: 'IRR',
  dollar: 'USD',
  pound: 'GBP',
  ruble: 'RUB',
  rouble: 'RUB',
};
/** "16,700 to the dollar", "158 against the dollar", "4.3 per euro": an exchange rate, counted in the currency named before. */
const PER_CURRENCY =
  /^\s+(?:(?:to|per|against)\s+(?:the|one|a|each)?\s*(?:U\.S\.\s+|US\s+)?|a\s+)(?:dollar|euro|pound|yen|yuan|greenback)\b/i;
const APPROX =
  /\b(roughly|about|around|approximately|some|nearly|almost|more than|over|at least|up to|fewer than|less than|an estimated|estimated|as many as|as much as|as little as|as few as|upwards of|close to|just over|just under|under|several|between|an average of|on average|in excess of|past|beyond|above|below)\s*$/i;
const NUMWORD =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
const CUR_RE = '(US\\$|A\\$|C\\$|\\$|€|£|¥|₹|₦|R(?=\\d)|Rs\\.?\\s?|KSh\\s?|(?:USD|EUR|GBP|ZAR|INR)\\s)?';
const NUM_RE = new RegExp(
  `(?<![\\w/.,:-])${CUR_RE}(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${NUMWORD}|half a(?=\\s+(?:dozen|hundred|thousand|million|billion)\\b)|a(?=\\s+(?:hundred|thousand|million|billion)\\b)|a dozen|dozen|tens of thousands|hundreds of thousands|tens|dozens|scores|hundreds|thousands|millions|twice|no)(?:\\s*(bn|mn|tn|m|k)\\b|\\s+(hundred|thousand|million|billion|trillion|crore|lakh|dozen))?(?![\\w/]|[,:]\\d)`,
  'gi',
);
/** A range's upper bound: "between 10 and 15", "10 to 15", "10-15". */
const RANGE_RE = new RegExp(
  `^(\\s*(?:and|to|-|–|or)\\s*)(?:US\\$|\\$|€|£|R(?=\\d))?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${NUMWORD})(?:\\s+(hundred|thousand|million|billion))?(?![\\w/])`,
  'i',
);
/** Fractions read as a share ("roughly half" = 50 percent, "about a third" = 33). */
const FRACTION_RE =
  /(?<![\w-])(half|a third|one third|two thirds|two-thirds|a quarter|one quarter|three quarters|three-quarters|a fifth|one fifth|a tenth|one in (?:three|four|five|ten))(?![\w-])/gi;
const FRACTION: Record<string, number> = {
  half: 50,
  'a third': 33,
  'one third': 33,
  'two thirds': 67,
  'two-thirds': 67,
  'a quarter': 25,
  'one quarter': 25,
  'three quarters': 75,
  'three-quarters': 75,
  'a fifth': 20,
  'one fifth': 20,
  'a tenth': 10,
  'one in three': 33,
  'one in four': 25,
  'one in five': 20,
  'one in ten': 10,
};
/** "no injuries", "no one": zero as a casualty or damage figure; "no arrests" is not a count the brief reports. */
const COUNTABLE_AFTER_NO =
  /^\s+(?:\w+\s+)?(injuries|injured|casualties|deaths|dead|fatalities|damage|one)\b/i;
/** Verbs whose bare numeric object counts people ("stranded more than 1.6 million"). */
const PEOPLE_VERB =
  /\b(?:killing|killed|wounding|wounded|injuring|injured|arresting|arrested|detaining|detained|stranding|stranded|displacing|displaced|evacuating|evacuated|affecting|affected|rescuing|rescued|strand|displace|evacuate|kill)\s+(?:at least\s+|about\s+|some\s+|more than\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+|around\s+|over\s+)?$/i;

/** The words before an age: "aged", "aged between", "aged 71 and" (the second of two ages). */
const AGE_BEFORE = /\baged\s+(?:between\s+|from\s+)?(?:\d+\s*(?:,|and|or|to|-)\s*)*$/i;
/** The value of a number written in digits or words ("12", "twelve", "twenty-four", "a"), or null. */
export function wordValue(s: string): number | null {
  const t = s.toLowerCase();
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  if (t === 'a') return 1;
  if (t === 'half a') return 0.5;
  if (t in UNITS) return UNITS[t];
  const m = t.match(/^(\w+)-(\w+)$/);
  if (m && m[1] in UNITS && m[2] in UNITS) return UNITS[m[1]] + UNITS[m[2]];
  return null;
}
const singular = (n: string) =>
  n
    .toLowerCase()
    .replace(/(?:ies)$/, 'y')
    .replace(/s$/, '');

/** The currency named last before an exchange rate ("the rupiah weakened past …"). */
function currencyBefore(text: string): { noun: string; code: string } | null {
  const re = /\b([a-z]+)\b/gi;
  const tail = text.slice(-200);
  let best: { noun: string; code: string } | null = null;
  for (let m = re.exec(tail); m; m = re.exec(tail)) {
    const w = m[1].toLowerCase();
    const code = CURRENCY_WORD[w];
    if (code && w !== 'real' && w !== 'sol' && w !== 'won') best = { noun: w, code };
  }
  return best;
}

export function extractNumbers(doc: Doc, dates: DateMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  const W = doc.words;
  // dates are sorted by start and short: only those starting just before b can overlap [a, b)
  const inDate = (a: number, b: number) => {
    let lo = 0;
    let hi = dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dates[mid].start < b) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && dates[i].start > a - 300; i--) if (a < dates[i].end) return true;
    return false;
  };
  let wi = 0;
  let prevSent: { para: number; nums: NumberMention[] } | null = null;
  for (const s of doc.sentences) {
    NUM_RE.lastIndex = 0;
    const sentOut: NumberMention[] = [];
    for (let m = NUM_RE.exec(s.text); m; m = NUM_RE.exec(s.text)) {
      const a = s.start + m.index;
      let b = a + m[0].length;
      const cur = m[1] ? CURRENCY[m[1].trim().toLowerCase()] : undefined;
      const tok = m[2].toLowerCase();
      if (inDate(a, b)) continue;
      const before = s.text.slice(Math.max(0, m.index - 30), m.index);
      let afterText = s.text.slice(m.index + m[0].length);
      let value: number | null;
      let approximate = APPROX.test(before);
      if (tok === 'no') {
        if (!COUNTABLE_AFTER_NO.test(afterText)) continue;
        value = 0;
      } else if (tok === 'twice' || tok === 'once') {
        value = tok === 'twice' ? 2 : 1;
      } else if (tok in VAGUE) {
        value = VAGUE[tok];
        approximate = true;
      } else value = wordValue(m[2]);
      if (value === null || Number.isNaN(value)) continue;
      const mult = (m[3] ?? m[4])?.toLowerCase();
      // "5m" and "10k" are money only after a currency sign ("a 5m wall" is five metres)
      if (m[3] && !cur && mult !== 'bn') continue;
      if (mult) value *= MULT[mult] ?? 1;
      // a bare "R" is the rand only for a real amount ("R745 million", "R1,500"), not a road or a model ("R5")
      if (m[1] === 'R' && !mult && value < 100) continue;
      // years standing alone, ordinals, and the anaphoric "the two sides"
      if (/^\d{4}$/.test(m[2]) && !mult && !cur && value >= 1800 && value <= 2100) continue;
      if (/^(st|nd|rd|th)\b/i.test(afterText)) continue;
      if (/\b(the|both|these|those)\s*$/i.test(before) && value < 10 && !cur) continue;
      // "four of his neighbours", "one of its soldiers": a count out of a group named by a possessive
      const partitive = /^\s+of\s+(?:his|her|its|their|our|my|your)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\b/i.test(
        afterText,
      );
      if (tok === 'one' && !partitive && /^\s+(of|another|day|side|hand|after|by|or|way)\b/i.test(afterText))
        continue;
      // "the first one hit", "that one": a pronoun, not a count
      if (
        tok === 'one' &&
        !partitive &&
        /\b(?:the|first|last|second|third|next|other|only|this|that|which|every|each|any|another|no|same|latest|big|new|old)\s+$/i.test(
          before,
        )
      )
        continue;
      // a range: "between 10 and 15", "10 to 15 people", "$5-7 million"
      let max: number | undefined;
      const range = afterText.match(RANGE_RE);
      if (range && (/\bbetween\s*$/i.test(before) ? /and/i.test(range[1]) : !/and|or/i.test(range[1]))) {
        let hi = wordValue(range[2]);
        if (hi !== null) {
          const hiMult = range[3]?.toLowerCase() ?? mult;
          if (hiMult) hi *= MULT[hiMult] ?? 1;
          if (range[3] && !mult) value *= MULT[range[3].toLowerCase()] ?? 1;
          if (hi > value) {
            max = hi;
            approximate = true;
            b += range[0].length;
            afterText = afterText.slice(range[0].length);
            NUM_RE.lastIndex = b - s.start;
          }
        }
      }
      const extra = (n: NumberMention) => {
        if (max !== undefined) {
          n.min = value as number;
          n.max = max;
        }
        return n;
      };
      if (/^\s*(%|percent|per cent)/i.test(afterText)) {
        const pct = afterText.match(/^\s*(%|percent|per cent)/i)?.[0] ?? '';
        sentOut.push(
          extra({
            text: doc.text.slice(a, b) + pct,
            value,
            noun: 'percent',
            approximate,
            start: a,
            end: b + pct.length,
            sent: s.index,
          }),
        );
        continue;
      }
      if (!cur && PER_CURRENCY.test(afterText)) {
        // an exchange rate: "the rupiah weakened past 16,700 to the dollar" counts rupiah
        const named = currencyBefore(s.text.slice(0, m.index));
        sentOut.push(
          extra({
            text: doc.text.slice(a, b),
            value,
            noun: named?.noun ?? null,
            approximate,
            start: a,
            end: b,
            sent: s.index,
            ...(named ? { currency: named.code } : {}),
          }),
        );
        continue;
      }
      // "the wounded, three of whom": the count takes the noun named just before it
      const ofWhom = /^\s+of\s+(?:whom|them|which)\b/i.test(afterText)
        ? s.text
            .slice(Math.max(0, m.index - 80), m.index)
            .match(/\b([a-z]+)\s*,\s*(?:and\s+|with\s+)?$/i)?.[1]
        : undefined;
      // "23 people, six of them children": the noun after "of them" says what they are
      const named = afterText.match(
        /^\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+)?(children|women|men|people|[a-z]+s)\b/i,
      )?.[1];
      if (ofWhom && !/^(?:them|whom|which|who|and|or|said|says)$/i.test(ofWhom)) {
        sentOut.push(
          extra({
            text: doc.text.slice(a, b) + (afterText.match(/^\s+of\s+\w+/)?.[0] ?? ''),
            value,
            noun: (named ?? ofWhom).toLowerCase(),
            approximate,
            start: a,
            end: b,
            sent: s.index,
          }),
        );
        continue;
      }
      if (cur) {
        // money: the currency is the noun ("$47,000" = 47000 dollars)
        sentOut.push(
          extra({
            text: doc.text.slice(a, b),
            value,
            noun: cur.noun,
            approximate,
            start: a,
            end: b,
            sent: s.index,
            currency: cur.code,
          }),
        );
        continue;
      }
      // an age: "two men, aged 71 and 68, were killed" counts years, not men
      if (AGE_BEFORE.test(s.text.slice(0, m.index))) {
        sentOut.push(
          extra({
            text: doc.text.slice(a, b),
            value,
            noun: 'years',
            approximate,
            start: a,
            end: b,
            sent: s.index,
          }),
        );
        continue;
      }
      // "58,000-tonne": the unit is joined to the number
      const joined = doc.text.slice(b).match(/^-([a-z]+)\b/i);
      // the noun it counts: skip modifiers (adjectives, proper-noun modifiers like "U.S."), take the noun run
      while (wi < W.length && W[wi].end <= b) wi++;
      let k = wi;
      if (k < W.length && W[k].start < b) k++; // a token that runs on past the number ("58,000-tonne")
      if (
        k < W.length &&
        W[k].text.toLowerCase() === 'of' &&
        (tok in VAGUE ||
          tok === 'dozen' ||
          tok === 'a dozen' ||
          /^\s+of\s+(?:the|those|these)\s/i.test(afterText) ||
          partitive)
      ) {
        k++;
        if (k < W.length && /^(the|those|these|his|her|its|their|our|my|your)$/i.test(W[k].text)) k++;
      }
      const nounWords: Word[] = [];
      let skipped = 0;
      while (k < W.length && W[k].sent === s.index && skipped < 4) {
        const w = W[k];
        const possessive = k + 1 < W.length && /^(?:'|'s|’|’s)$/.test(W[k + 1].text);
        if (possessive && (w.pos === 'NOUN' || w.pos === 'PROPN')) {
          // "dozens of residents' associations": the owner is a modifier
          skipped++;
          k += 2;
          continue;
        }
        const nextPos = k + 1 < W.length && W[k + 1].sent === s.index ? W[k + 1].pos : '';
        // "one hit the roof", "two hit the base": a word followed by an article is a verb, not the noun counted
        if (
          nounWords.length === 0 &&
          !mult &&
          value < 10 &&
          w.pos === 'NOUN' &&
          !/s$/i.test(w.text) &&
          k + 1 < W.length &&
          /^(?:the|a|an|its|their|his|her)$/i.test(W[k + 1].text) &&
          !/^(?:year|month|week|day|time|head|piece|person|share|night)$/i.test(W[k + 2]?.text ?? '')
        )
          break;
        if (
          w.pos === 'NOUN' ||
          (w.pos === 'PROPN' && /s$/.test(w.text) && nounWords.length > 0) ||
          (w.pos === 'PROPN' && /[a-z]s$/.test(w.text) && nextPos !== 'NOUN' && nextPos !== 'PROPN') ||
          (nounWords.length === 0 && w.pos === 'VERB' && /[^s]s$/.test(w.text)) ||
          (nounWords.length === 0 &&
            w.pos === 'ADJ' &&
            /^(?:wounded|injured|dead|missing|displaced)$/i.test(w.text))
        ) {
          nounWords.push(w);
          k++;
          if (w.pos === 'ADJ') break;
          continue;
        }
        if (nounWords.length) break;
        if (
          w.pos === 'ADJ' ||
          w.pos === 'PROPN' ||
          w.pos === 'ADV' ||
          (w.pos === 'VERB' && /ed$/.test(w.text)) ||
          w.text === '-'
        ) {
          skipped++;
          k++;
          continue;
        }
        break;
      }
      if (tok === 'twice') nounWords.length = 0;
      let noun = joined
        ? joined[1]
        : nounWords.length
          ? doc.text.slice(nounWords[0].start, nounWords[nounWords.length - 1].end)
          : tok === 'twice' || tok === 'once'
            ? 'times'
            : null;
      const peopleVerb = PEOPLE_VERB.test(before);
      // "sentenced to eight and six years": a count joined to the next one shares its noun
      const shared = noun
        ? undefined
        : afterText.match(
            new RegExp(`^\\s*(?:and|to|-|–)\\s*(?:${NUMWORD}|\\d[\\d,.]*)\\s+([a-z]+s)\\b`, 'i'),
          )?.[1];
      if (shared && !/^(?:and|or|of|as|is|was|has|this|its|his)$/i.test(shared)) noun = shared.toLowerCase();
      if (!noun && tok !== 'one' && /^\d|^(?:[a-z]+)$/i.test(m[2])) {
        // "killing two officers and wounding three", "to 200,000 people … to 400,000": the noun of the count before
        const prev = [...sentOut].reverse().find((n) => n.noun && n.noun !== 'percent' && !n.currency);
        noun = prev?.noun ?? (peopleVerb && value >= 100 ? 'people' : null);
        // "needs 117,000 signatures by July. … had collected about 64,000 so far": a figure of the same order in the
        // sentence before, in the same paragraph, names what a bare figure counts
        if (!noun && /^\d/.test(m[2]) && value >= 100 && prevSent?.para === s.para) {
          const ref = prevSent.nums.findLast(
            (n) =>
              n.noun && n.noun !== 'percent' && !n.currency && n.value >= value / 10 && n.value <= value * 10,
          );
          if (ref && /^\s*(?:so far|to date|already|by then|in all|in total|[,.;]|$)/i.test(afterText))
            noun = ref.noun;
        }
      }
      if (!noun && !/^\d/.test(m[2]) && tok !== 'twice' && !peopleVerb) continue; // "one" as a pronoun
      if (!noun && !peopleVerb) {
        // a number that is part of a name: "Operation 1027", "Route 9", "Flight 370"
        const prevWord = W.slice(Math.max(0, wi - 3), wi)
          .filter((w) => w.end <= a)
          .at(-1);
        if (
          prevWord &&
          prevWord.sent === s.index &&
          prevWord.cap &&
          prevWord.pos === 'PROPN' &&
          prevWord.start > s.start
        )
          continue;
      }
      const last = joined ? b + joined[0].length : nounWords.length ? nounWords[nounWords.length - 1].end : b;
      const mention = extra({
        text: doc.text.slice(a, last),
        value,
        noun,
        approximate,
        start: a,
        end: last,
        sent: s.index,
      });
      const code = noun ? CURRENCY_WORD[noun.toLowerCase().split(/\s+/).at(-1) ?? ''] : undefined;
      if (code) mention.currency = code;
      sentOut.push(mention);
      if (tok === 'no') {
        // "no injuries or damage were reported": both are zero
        const more = afterText.match(
          /^\s+\w+\s+(?:or|and|nor)\s+(injuries|casualties|deaths|damage|fatalities)\b/i,
        );
        if (more)
          sentOut.push({
            text: `no ${more[1]}`,
            value: 0,
            noun: more[1].toLowerCase(),
            approximate: false,
            start: a,
            end: last,
            sent: s.index,
          });
      }
    }
    // fractions read as shares: "roughly half", "about a third of voters"
    for (const f of s.text.matchAll(FRACTION_RE)) {
      const at = f.index ?? 0;
      const a = s.start + at;
      const b = a + f[0].length;
      if (sentOut.some((n) => n.start < b && a < n.end) || inDate(a, b)) continue;
      const before = s.text.slice(Math.max(0, at - 30), at);
      const after = s.text.slice(at + f[0].length);
      const approx = APPROX.test(before);
      // not "two and a half", "a half-hour", "half an hour", "a third time", "the first half"
      if (/\b(?:and|a|an|the|first|second|\d)\s*$/i.test(before) && f[1].toLowerCase() === 'half') continue;
      if (/^\s+(?:an?\s+)?(?:hour|day|century|decade|mile|kilometre|kilometer|dozen|time|way)\b/i.test(after))
        continue;
      if (!approx && !/^\s*(?:of\b|the\b|[,.;)]|$)/i.test(after)) continue;
      sentOut.push({
        text: f[0],
        value: FRACTION[f[1].toLowerCase()],
        noun: 'percent',
        approximate: true, // a share in words is a rounded figure
        start: a,
        end: b,
        sent: s.index,
      });
    }
    sentOut.sort((x, y) => x.start - y.start);
    out.push(...sentOut);
    prevSent = { para: s.para, nums: sentOut };
  }
  // a headline figure told again in the story ("… elders speak of dozens dead" / "dozens of people had died")
  const head = doc.paragraphs.length > 1 && !endsWithStop(doc.paragraphs[0].text) ? doc.paragraphs[0] : null;
  if (head) {
    const later = out.filter((n) => n.start > head.end);
    for (let i = out.length - 1; i >= 0; i--) {
      const n = out[i];
      if (n.end > head.end) continue;
      const again = later.find(
        (x) =>
          x.value === n.value &&
          (x.noun === 'percent') === (n.noun === 'percent') &&
          x.currency === n.currency,
      );
      if (again) {
        again.approximate ||= n.approximate;
        out.splice(i, 1);
      }
    }
  }
  // the same quantity told again: "41 people … the 41", a bare "1.6 million" next to "1.6 million people"
  const seen = new Map<string, NumberMention>();
  const withNoun = new Set(out.filter((n) => n.noun).map((n) => n.value));
  return out.filter((n) => {
    if (!n.noun && n.value > 1 && withNoun.has(n.value)) return false;
    if (!n.noun || n.value === 0) return true;
    const key = `${n.value}|${singular(n.noun)}`;
    const first = seen.get(key);
    if (first) {
      // "Floods strand 1.6 million" then "stranded more than 1.6 million": one figure, approximate
      first.approximate ||= n.approximate;
      return false;
    }
    seen.set(key, n);
    return true;
  });
}
