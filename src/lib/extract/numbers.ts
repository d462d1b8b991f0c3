/**
 * Numbers with what they count: "roughly 2,500 personnel", "two drones", "no injuries" = 0, "dozens of rockets" = 12
 * (ACLED's reading of vague quantities: tens 10, dozens 12, hundreds 100, thousands 1000).
 * Years, dates, times, ordinals and numbers inside names are skipped.
 */
import type { DateMention } from './dates.ts';
import type { Doc, Word } from './doc.ts';

export interface NumberMention {
  text: string;
  value: number;
  noun: string | null;
  approximate: boolean;
  start: number;
  end: number;
  sent: number;
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
};
const APPROX =
  /\b(roughly|about|around|approximately|some|nearly|almost|more than|over|at least|up to|fewer than|less than|an estimated|estimated|as many as|upwards of|close to|just over|just under|under|several)\s*$/i;
const NUMWORD =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
const NUM_RE = new RegExp(
  `(?<![\\w$€£/.-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${NUMWORD}|a dozen|dozen|tens of thousands|hundreds of thousands|tens|dozens|scores|hundreds|thousands|millions|twice|no)(?:\\s+(hundred|thousand|million|billion|trillion))?(?![\\w/])`,
  'gi',
);
const COUNTABLE_AFTER_NO =
  /^\s+(?:\w+\s+)?(injuries|injured|casualties|deaths|dead|fatalities|damage|arrests|survivors|victims|one)\b/i;

function wordValue(s: string): number | null {
  const t = s.toLowerCase();
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  if (t in UNITS) return UNITS[t];
  const m = t.match(/^(\w+)-(\w+)$/);
  if (m && m[1] in UNITS && m[2] in UNITS) return UNITS[m[1]] + UNITS[m[2]];
  return null;
}

export function extractNumbers(doc: Doc, dates: DateMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  const W = doc.words;
  const inDate = (a: number, b: number) => dates.some((d) => d.start < b && a < d.end);
  let wi = 0;
  for (const s of doc.sentences) {
    NUM_RE.lastIndex = 0;
    for (let m = NUM_RE.exec(s.text); m; m = NUM_RE.exec(s.text)) {
      const a = s.start + m.index;
      const b = a + m[0].length;
      const tok = m[1].toLowerCase();
      if (inDate(a, b)) continue;
      const before = s.text.slice(Math.max(0, m.index - 30), m.index);
      const afterText = s.text.slice(m.index + m[0].length);
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
      } else value = wordValue(m[1]);
      if (value === null || Number.isNaN(value)) continue;
      if (m[2]) value *= MULT[m[2].toLowerCase()] ?? 1;
      // years standing alone, ordinals, and the anaphoric "the two sides"
      if (/^\d{4}$/.test(m[1]) && !m[2] && value >= 1800 && value <= 2100) continue;
      if (/^(st|nd|rd|th)\b/i.test(afterText)) continue;
      if (/\b(the|both|these|those|its|their|his|her)\s*$/i.test(before) && value < 10) continue;
      if (tok === 'one' && /^\s+(of|another|day|side|hand)\b/i.test(afterText)) continue;
      if (/^\s*(%|percent|per cent)/i.test(afterText)) {
        out.push({
          text: m[0] + (afterText.match(/^\s*(%|percent|per cent)/i)?.[0] ?? ''),
          value,
          noun: 'percent',
          approximate,
          start: a,
          end: b,
          sent: s.index,
        });
        continue;
      }
      // the noun it counts: skip modifiers (adjectives, proper-noun modifiers like "U.S."), take the noun run
      while (wi < W.length && W[wi].end <= b) wi++;
      let k = wi;
      if (
        k < W.length &&
        W[k].text.toLowerCase() === 'of' &&
        (tok in VAGUE || tok === 'dozen' || tok === 'a dozen')
      )
        k++;
      const nounWords: Word[] = [];
      let skipped = 0;
      while (k < W.length && W[k].sent === s.index && skipped < 4) {
        const w = W[k];
        if (
          w.pos === 'NOUN' ||
          (w.pos === 'PROPN' && /s$/.test(w.text) && nounWords.length > 0) ||
          (nounWords.length === 0 && w.pos === 'VERB' && /[^s]s$/.test(w.text))
        ) {
          nounWords.push(w);
          k++;
          continue;
        }
        if (nounWords.length) break;
        if (
          w.pos === 'ADJ' ||
          w.pos === 'PROPN' ||
          w.pos === 'ADV' ||
          (w.pos === 'VERB' && /ed$/.test(w.text)) ||
          w.text === '-' ||
          (w.pos === 'NUM' && false)
        ) {
          skipped++;
          k++;
          continue;
        }
        break;
      }
      if (tok === 'twice') nounWords.length = 0;
      const noun = nounWords.length
        ? doc.text.slice(nounWords[0].start, nounWords[nounWords.length - 1].end)
        : tok === 'twice' || tok === 'once'
          ? 'times'
          : null;
      const casualtyVerb =
        /\b(?:killing|wounding|injuring|killed|wounded|injured|arresting|detaining)\s+(?:at least\s+|about\s+|some\s+)?$/i.test(
          before,
        );
      if (!noun && !/^\d/.test(m[1]) && tok !== 'twice' && !casualtyVerb) continue; // "one" as a pronoun
      const last = nounWords.length ? nounWords[nounWords.length - 1].end : b;
      out.push({
        text: doc.text.slice(a, last),
        value,
        noun,
        approximate,
        start: a,
        end: last,
        sent: s.index,
      });
      if (tok === 'no') {
        // "no injuries or damage were reported": both are zero
        const more = afterText.match(
          /^\s+\w+\s+(?:or|and|nor)\s+(injuries|casualties|deaths|damage|fatalities)\b/i,
        );
        if (more)
          out.push({
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
  }
  return out;
}
