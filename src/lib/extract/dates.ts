/**
 * Dates and times: chrono-node (casual, forwardDate false) per sentence, refined for news —
 * a bare weekday is the most recent past one; bare years; a time merged with the day next to it;
 * event-anchored relatives ("24 hours earlier", "a year later") resolved from the previous dated event;
 * "local time" converted with the time zone of the place in the sentence.
 */
import * as chrono from 'chrono-node';
import type { Doc } from './doc.ts';
import type { Entities, Place } from './entities.ts';

export type Precision = 'year' | 'month' | 'day' | 'time';
export interface Parts {
  y: number;
  m?: number;
  d?: number;
  h?: number;
  mi?: number;
}
export interface DateMention {
  text: string;
  start: number;
  end: number;
  sent: number;
  iso: string;
  precision: Precision;
  parts: Parts;
  /** What the value was computed from: "publication 2022-04-09", "absolute", "event: 1:46 a.m. Friday". */
  resolvedFrom: string;
  /** IANA zone when the text gave a local time and the place's zone is known. */
  tz?: string;
  /** Anchored to another event mention rather than to the publication date. */
  anchored?: boolean;
}
export interface DateResult {
  dates: DateMention[];
  /** Relative expressions that could not be resolved because the publication date is unknown. */
  unresolved: string[];
}

const WEEKDAY_RE =
  /^(?:on\s+|last\s+|this\s+past\s+|this\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(morning|afternoon|evening|night))?$/i;
const WEEKDAY_INDEX: Record<string, number> = {
  sun: 0,
  mon: 1,
  tues: 2,
  wednes: 3,
  thurs: 4,
  fri: 5,
  satur: 6,
};
const NUM_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
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
  fifteen: 15,
  twenty: 20,
  'twenty-four': 24,
  thirty: 30,
  'forty-eight': 48,
  several: 3,
  few: 3,
  couple: 2,
};
const ANCHORED_RE =
  /(?:^|\s)((?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-four|thirty|forty-eight|several|few|couple of)\s+(minute|hour|day|week|month|year)s?\s+(earlier|later|before|after))\b|\b(?:the\s+)?(next|following|previous|preceding)\s+(day|morning|night|week|month|year)\b|\bthe\s+(day|night|week|month|year)\s+(before|after)\b/i;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function partsIso(p: Parts, precision: Precision, tz?: string): string {
  if (precision === 'year') return pad(p.y, 4);
  if (precision === 'month') return `${pad(p.y, 4)}-${pad(p.m ?? 1)}`;
  const day = `${pad(p.y, 4)}-${pad(p.m ?? 1)}-${pad(p.d ?? 1)}`;
  if (precision === 'day') return day;
  const t = `${day}T${pad(p.h ?? 0)}:${pad(p.mi ?? 0)}`;
  return tz ? `${t}${offsetOf(tz, p)}` : t;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** "+03:00" for a wall-clock time in an IANA zone. */
export function offsetOf(tz: string, p: Parts): string {
  try {
    const guess = Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1, p.h ?? 0, p.mi ?? 0);
    let fmt = formatters.get(tz);
    if (!fmt) {
      fmt = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' });
      formatters.set(tz, fmt);
    }
    const name = fmt.formatToParts(new Date(guess)).find((x) => x.type === 'timeZoneName')?.value;
    const m = name?.match(/GMT([+-]\d{2}):?(\d{2})?/);
    if (!m) return 'Z';
    return `${m[1]}:${m[2] ?? '00'}`;
  } catch {
    return '';
  }
}

function addTo(p: Parts, unit: string, n: number): Parts {
  const d = new Date(Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1, p.h ?? 12, p.mi ?? 0));
  if (unit === 'minute') d.setUTCMinutes(d.getUTCMinutes() + n);
  else if (unit === 'hour') d.setUTCHours(d.getUTCHours() + n);
  else if (unit === 'day' || unit === 'morning' || unit === 'night') d.setUTCDate(d.getUTCDate() + n);
  else if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n);
  else if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + n);
  const out: Parts = { y: d.getUTCFullYear() };
  if (p.m !== undefined || unit !== 'year') out.m = d.getUTCMonth() + 1;
  if (p.d !== undefined || ['minute', 'hour', 'day', 'morning', 'night', 'week'].includes(unit))
    out.d = d.getUTCDate();
  if (p.h !== undefined) {
    out.h = d.getUTCHours();
    out.mi = d.getUTCMinutes();
  }
  return out;
}

function partsOf(c: chrono.ParsedComponents): Parts {
  return {
    y: c.get('year') ?? 0,
    m: c.get('month') ?? undefined,
    d: c.get('day') ?? undefined,
    h: c.get('hour') ?? undefined,
    mi: c.get('minute') ?? 0,
  };
}
function precisionOf(c: chrono.ParsedComponents): Precision {
  if (c.isCertain('hour')) return 'time';
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  return 'year';
}
const isTimeOnly = (c: chrono.ParsedComponents) =>
  c.isCertain('hour') &&
  !c.isCertain('day') &&
  !c.isCertain('weekday') &&
  !c.isCertain('month') &&
  !c.isCertain('year');
const isRelative = (text: string) =>
  /\b(ago|yesterday|today|tonight|tomorrow|last|next|this|earlier|later|previous|following|past|coming|recent)\b/i.test(
    text,
  ) || WEEKDAY_RE.test(text.trim());

interface Raw {
  text: string;
  start: number;
  end: number;
  sent: number;
  comp: chrono.ParsedComponents;
}

const ZONE_KINDS = ['facility', 'city', 'province', 'region', 'country'];

/** The time zone of the place a sentence (or its paragraph, or the sentence before) is about. */
function placeZone(doc: Doc, ents: Entities, sent: number): string | null {
  const para = doc.sentences[sent].para;
  const cands = ents.mentions.filter(
    (m) =>
      m.kind === 'place' && (m.sent === sent || doc.sentences[m.sent].para === para || m.sent === sent - 1),
  );
  for (const kind of ZONE_KINDS) {
    const sorted = [...cands].sort((a, b) => Math.abs(a.sent - sent) - Math.abs(b.sent - sent));
    for (const m of sorted) {
      const p = ents.byId.get(m.id) as Place | undefined;
      if (p?.kind === kind && p.tz) return p.tz;
    }
  }
  return null;
}

let parserCache: chrono.Chrono | null = null;
function parser(): chrono.Chrono {
  if (!parserCache) parserCache = chrono.casual.clone();
  return parserCache;
}

/** Resolves every date and time expression in the body. `published` is YYYY-MM-DD or null. */
export function extractDates(doc: Doc, ents: Entities, published: string | null): DateResult {
  const pub = published ? published.split('-').map(Number) : null;
  const ref = pub ? new Date(Date.UTC(pub[0], pub[1] - 1, pub[2], 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const pubParts: Parts | null = pub ? { y: pub[0], m: pub[1], d: pub[2] } : null;
  const raws: Raw[] = [];
  for (const s of doc.sentences) {
    if (s.text.length > 5000) continue; // chrono on one giant "sentence" is slow and never meaningful
    if (
      !/\d|day|month|year|week|ago|yesterday|tomorrow|tonight|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\./i.test(
        s.text,
      )
    )
      continue;
    for (const r of parser().parse(s.text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
      const text = r.text.replace(/[\s,]+$/, '');
      if (/^(now|present|currently|today's|the moment)$/i.test(text)) continue;
      raws.push({
        text,
        start: s.start + r.index,
        end: s.start + r.index + text.length,
        sent: s.index,
        comp: r.start,
      });
    }
  }
  const dates: DateMention[] = [];
  const unresolved: string[] = [];
  let lastEvent: DateMention | null = null;
  const used = new Set<Raw>();
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k];
    if (used.has(r)) continue;
    used.add(r);
    const c = r.comp;
    const tail = doc.text.slice(r.end, r.end + 30);
    const local =
      /^["'\s,.]*(?:\w+\s+){0,2}?local time/i.test(tail) || /^["'\s,.]*(?:\w+\s+){0,1}?\(local\)/i.test(tail);
    let text = r.text;
    let start = r.start;
    let end = r.end;
    let parts: Parts;
    let precision: Precision;
    let resolvedFrom = 'absolute';
    let anchored = false;
    const anchoredMatch = r.text.match(ANCHORED_RE);
    const wk = r.text.trim().match(WEEKDAY_RE);
    if (isTimeOnly(c)) {
      // a time: its day is the date expression next to it in the same sentence, else the last event's day
      const near = raws.find(
        (o) =>
          o !== r &&
          !used.has(o) &&
          o.sent === r.sent &&
          !isTimeOnly(o.comp) &&
          Math.min(Math.abs(o.start - r.end), Math.abs(r.start - o.end)) <= 12,
      );
      const h = c.get('hour') ?? 0;
      const mi = c.get('minute') ?? 0;
      if (near) {
        used.add(near);
        const nd = resolveDay(near, pubParts);
        if (!nd) {
          unresolved.push(`${r.text} ${near.text}`);
          continue;
        }
        parts = { ...nd.parts, h, mi };
        resolvedFrom = nd.from;
        start = Math.min(r.start, near.start);
        end = Math.max(r.end, near.end);
        text = doc.text
          .slice(start, end)
          .replace(/"/g, '')
          .replace(/\s+/g, ' ')
          .replace(/^['\s]+|[',\s]+$/g, '');
      } else if (lastEvent && doc.sentences[r.sent].para - doc.sentences[lastEvent.sent].para <= 3) {
        parts = { ...lastEvent.parts, h, mi };
        resolvedFrom = `event: ${lastEvent.text}`;
        anchored = true;
      } else if (pubParts) {
        parts = { ...pubParts, h, mi };
        resolvedFrom = `publication ${published}`;
      } else {
        unresolved.push(r.text);
        continue;
      }
      precision = 'time';
    } else if (anchoredMatch) {
      const [, , unit1, dir1, dir2, unit2, unit3, dir3] = anchoredMatch;
      const unit = (unit1 ?? unit2 ?? unit3 ?? 'day').toLowerCase();
      const dir = (dir1 ?? dir2 ?? dir3 ?? '').toLowerCase();
      const sign = /earlier|before|previous|preceding/.test(dir) ? -1 : 1;
      const amountWord = (anchoredMatch[1] ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? 'one';
      const n = anchoredMatch[1] ? Number(amountWord) || NUM_WORDS[amountWord] || 1 : 1;
      const base = lastEvent && r.start - lastEvent.end < 3000 ? lastEvent : null;
      if (base) {
        parts = addTo(base.parts, unit, sign * n);
        resolvedFrom = `event: ${base.text}`;
        anchored = true;
        precision =
          unit === 'year'
            ? 'year'
            : unit === 'month'
              ? base.precision === 'year'
                ? 'year'
                : 'month'
              : unit === 'hour' || unit === 'minute'
                ? base.precision === 'time'
                  ? 'time'
                  : 'day'
                : base.precision === 'time'
                  ? 'day'
                  : base.precision;
        if (unit === 'year' && base.precision !== 'year') precision = 'year';
      } else if (pubParts) {
        parts = addTo(pubParts, unit, sign * n);
        resolvedFrom = `publication ${published}`;
        precision = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
      } else {
        unresolved.push(r.text);
        continue;
      }
    } else {
      const d = wk ? null : null;
      void d;
      const lead = doc.text.slice(doc.sentences[r.sent].start, r.start);
      const ahead =
        /\b(?:will|shall|is due|are due|scheduled|expected to|set to|plans? to|going to|next|upcoming|coming)\b[^.;]*$/i.test(
          lead,
        );
      const day = resolveDay(r, pubParts, ahead);
      if (!day) {
        unresolved.push(r.text);
        continue;
      }
      parts = day.parts;
      resolvedFrom = day.from;
      precision = c.isCertain('hour') ? 'time' : day.precision;
      if (c.isCertain('hour')) {
        parts.h = c.get('hour') ?? 0;
        parts.mi = c.get('minute') ?? 0;
      }
    }
    // times are the place's local time unless the text gives a zone ("local time" says so outright)
    const explicitZone = c.isCertain('timezoneOffset');
    let tz =
      precision === 'time' && (local || !explicitZone)
        ? (placeZone(doc, ents, r.sent) ?? undefined)
        : undefined;
    if (!tz && anchored && precision === 'time' && lastEvent?.tz) tz = lastEvent.tz;
    const m: DateMention = {
      text,
      start,
      end,
      sent: r.sent,
      iso: partsIso(parts, precision, tz),
      precision,
      parts,
      resolvedFrom,
      tz,
      anchored,
    };
    dates.push(m);
    if (precision === 'day' || precision === 'time') lastEvent = m;
  }

  // bare years ("a 2015 nuclear deal", "in 2018") that chrono leaves alone
  const covered = (a: number, b: number) => dates.some((d) => d.start < b && a < d.end);
  for (const s of doc.sentences) {
    const re = /(?<![$€£#\d,./-])\b(1[89]\d{2}|20\d{2})\b(?![\d,.]\d|\s*(?:%|percent|per cent)|-\d)/g;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const a = s.start + m.index;
      const b = a + m[0].length;
      if (covered(a, b)) continue;
      const y = Number(m[1]);
      dates.push({
        text: m[0],
        start: a,
        end: b,
        sent: s.index,
        iso: String(y),
        precision: 'year',
        parts: { y },
        resolvedFrom: 'absolute',
      });
    }
  }
  dates.sort((a, b) => a.start - b.start);
  return { dates, unresolved };
}

/** A date expression's day: bare weekdays are the most recent past one (news), others as chrono read them. */
function resolveDay(
  r: Raw,
  pub: Parts | null,
  ahead = false,
): { parts: Parts; precision: Precision; from: string } | null {
  const c = r.comp;
  const t = r.text.trim();
  const wk = t.match(WEEKDAY_RE);
  const pubIso = pub ? partsIso(pub, 'day') : '';
  if (wk) {
    if (!pub) return null;
    const want = WEEKDAY_INDEX[wk[1].toLowerCase()];
    const base = new Date(Date.UTC(pub.y, (pub.m ?? 1) - 1, pub.d ?? 1, 12));
    if (ahead && !/^last\s/i.test(t)) {
      const fwd = (want - base.getUTCDay() + 7) % 7 || 7;
      base.setUTCDate(base.getUTCDate() + fwd);
      return {
        parts: { y: base.getUTCFullYear(), m: base.getUTCMonth() + 1, d: base.getUTCDate() },
        precision: 'day',
        from: `publication ${pubIso} (next ${wk[1]}day: the sentence looks ahead)`,
      };
    }
    let back = (base.getUTCDay() - want + 7) % 7;
    if (/^last\s/i.test(t) && back === 0) back = 7;
    base.setUTCDate(base.getUTCDate() - back);
    return {
      parts: { y: base.getUTCFullYear(), m: base.getUTCMonth() + 1, d: base.getUTCDate() },
      precision: 'day',
      from: `publication ${pubIso} (most recent ${wk[1]}day)`,
    };
  }
  const relative = isRelative(t) || !c.isCertain('year');
  if (relative && !pub) return null;
  const precision = precisionOf(c);
  const p = partsOf(c);
  const parts: Parts = { y: p.y };
  if (precision !== 'year') parts.m = p.m;
  if (precision === 'day' || precision === 'time') parts.d = p.d;
  return {
    parts,
    precision: precision === 'time' ? 'day' : precision,
    from: relative ? `publication ${pubIso}` : 'absolute',
  };
}

/** The latest explicit full date (year, month and day written out) in the body: a guess at the publication date. */
export function inferPublished(doc: Doc): string | null {
  let best: string | null = null;
  for (const s of doc.sentences) {
    if (s.text.length > 5000 || !/\b(19|20)\d{2}\b/.test(s.text)) continue;
    for (const r of parser().parse(s.text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })) {
      const c = r.start;
      if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
        const iso = `${pad(c.get('year') ?? 0, 4)}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
        if (!best || iso > best) best = iso;
      }
    }
  }
  return best;
}
