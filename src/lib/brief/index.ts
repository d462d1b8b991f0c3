/**
 * The brief of one article: headline, summary, people, organisations, places, dates, quotes, numbers and incidents.
 * Synchronous and pure; the language model and the gazetteer load once per process (`loadBrief()` preloads them).
 */
import type { Article } from '../article.ts';
import { extractDates, guessPublished, pageDates } from '../extract/dates.ts';
import { buildDoc, type Doc, loadNlp } from '../extract/doc.ts';
import { extractEntities } from '../extract/entities.ts';
import { countryName, loadGazetteer } from '../extract/gazetteer.ts';
import { extractIncidents } from '../extract/incidents.ts';
import { loadNames } from '../extract/names.ts';
import { extractNumbers } from '../extract/numbers.ts';
import { extractQuotes } from '../extract/quotes.ts';
import { isOneLine, unflatten } from '../extract/unflatten.ts';
import { loadSpin } from '../spin/data.ts';
import { type Brief, blankBrief, type Incident } from './types.ts';

export type { Brief, Incident } from './types.ts';

export interface BriefOptions {
  /** Publication date (YYYY-MM-DD) when the article does not carry one. */
  published?: string;
}

/** The brief plus what the engine wants the reader to know about it. */
export interface BriefExtra extends Brief {
  publishedSource: NonNullable<Brief['publishedSource']>;
  captions: string[];
  unresolvedDates: string[];
  notes: string[];
}

/** Days before the day an article was shared within which its latest full date is taken as its publication date. */
const RECENT_DAYS = 7;

/** True when `day` is at most RECENT_DAYS before `ref` (both YYYY-MM-DD), and not after it. */
function isRecentBefore(day: string, ref: string): boolean {
  const diff = (Date.parse(ref) - Date.parse(day)) / 86_400_000;
  return diff >= 0 && diff <= RECENT_DAYS;
}

/** Longest body text analysed in full; beyond it the brief covers the beginning and says so. */
export const MAX_CHARS = 150_000;

let loaded = false;
/** Loads the language model and the gazetteer now rather than on the first brief. */
export function loadBrief(): void {
  if (loaded) return;
  loadNlp();
  loadGazetteer();
  loadNames();
  buildDoc('Warm up.');
  loaded = true;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
function validDay(s: string | undefined | null): string | null {
  const m = s?.trim().match(ISO_DAY);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
    ? `${m[1]}-${m[2]}-${m[3]}`
    : null;
}

const STOPWORDS = new Set(
  'the of and to in a is that for on was with as by at from it said has have were be are an his her their which this not'.split(
    ' ',
  ),
);
/** Share of words that are common English function words (≈0.3–0.5 in English prose, ≈0 in other languages or junk). */
function functionWordShare(words: string[]): number {
  let n = 0;
  for (const w of words) if (STOPWORDS.has(w)) n++;
  return n / words.length;
}

/** Below this many words, a text (a headline, a snippet) is judged by its vocabulary: function words are too few to count. */
const SHORT_TEXT = 60;

/**
 * Whether a text reads as English. Long texts: enough common English function words. Short ones: most of their
 * lower-case words are English words (headlines such as "Gunmen kill 12 police officers near Bannu" have no
 * function word at all, while a short German or Spanish sentence has several that are not English).
 */
export function looksEnglish(text: string): boolean {
  const words =
    text
      .slice(0, 20000)
      .toLowerCase()
      .match(/[a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u4e00-\u9fff]+/g) ?? [];
  if (words.length === 0) return false;
  if (words.length >= SHORT_TEXT) return functionWordShare(words) >= 0.06;
  const lower = text.match(/(?<![\p{L}'])\p{Ll}[\p{L}']*/gu) ?? [];
  if (lower.length < 3) return /^[\x00-\x7f\u2018-\u201d]*$/.test(text) && /[A-Za-z]{2}/.test(text);
  const lm = loadSpin().lm;
  let known = 0;
  for (const w of lower) if (lm.has(w.replace(/'s$/, ''))) known++;
  return known >= 0.7 * lower.length;
}

function emptyBrief(
  headline: string,
  published: string | null,
  publishedSource: BriefExtra['publishedSource'],
  notes: string[],
  captions: string[] = [],
): BriefExtra {
  return {
    ...blankBrief({ headline, published }),
    publishedSource,
    captions,
    unresolvedDates: [],
    notes,
  };
}

export function briefArticle(article: Article, opts: BriefOptions = {}): BriefExtra {
  loadBrief();
  const notes: string[] = [];
  const raw = typeof article.text === 'string' ? article.text : '';
  let published = validDay(article.published);
  let publishedSource: BriefExtra['publishedSource'] = published ? 'article' : 'unknown';
  if (!published && opts.published) {
    published = validDay(opts.published);
    if (published) publishedSource = 'option';
    else
      notes.push(`The publication date "${opts.published}" is not a valid YYYY-MM-DD date and was ignored.`);
  }
  const title = article.title?.replace(/\s+/g, ' ').trim() ?? '';
  if (!raw.trim())
    return emptyBrief(title, published, publishedSource, ['The text is empty: there is nothing to brief.']);
  let text = raw;
  if (text.length > MAX_CHARS) {
    const cut = text.lastIndexOf(' ', MAX_CHARS);
    text = text.slice(0, cut > MAX_CHARS * 0.9 ? cut : MAX_CHARS);
    notes.push(
      `The text is ${Math.round(raw.length / 1000)} kB long; this brief covers its first ${Math.round(text.length / 1000)} kB.`,
    );
  }
  // a long text on one line lost its line breaks: its headline, byline and paragraphs are restored before reading
  // (tuning articles fed as one line: incident F1 0.76 unrestored, 0.86 restored, 0.90 with their own line breaks)
  if (isOneLine(text)) {
    text = unflatten(text);
    notes.push(
      'The text came as one line (a slash-command text option drops line breaks): its headline, byline and paragraphs were guessed back, so this brief may be a little rougher; a file, a link or a message with its line breaks reads best.',
    );
  }
  const doc = buildDoc(text);
  if (!doc.text.trim())
    return emptyBrief(
      title,
      published,
      publishedSource,
      ['The text has no body paragraphs (only captions or credits).'],
      doc.captions,
    );
  if (!looksEnglish(doc.text)) {
    // binary read as text: replacement and control characters, or few letters
    const junk = raw.match(/[\ufffd\x00-\x08\x0e-\x1f]/g)?.length ?? 0;
    const printable = (doc.text.match(/[\p{L}\p{N}\s.,;:'"!?()-]/gu)?.length ?? 0) / doc.text.length;
    const binary = junk > 0.02 * raw.length || printable < 0.7;
    notes.push(
      binary
        ? 'The input does not look like text (binary or encoded data): nothing was extracted.'
        : 'The text does not look like English: the brief engine reads English only, so nothing was extracted.',
    );
    const lead = title || (binary ? '' : (doc.sentences[0]?.text.slice(0, 120) ?? ''));
    return emptyBrief(lead, published, publishedSource, notes, doc.captions);
  }
  if (!published) {
    const guess = guessPublished(doc);
    const posted = validDay(article.posted);
    if (guess && (guess.from !== 'latest full date' || !posted || isRecentBefore(guess.iso, posted))) {
      published = guess.iso;
      publishedSource = 'inferred';
      const from = {
        stamp: `the date the page gives ("${guess.text}")`,
        dateline: `the date in the dateline ("${guess.text}")`,
        'latest full date': 'the latest full date in the text (a guess)',
      }[guess.from];
      notes.push(`No publication date was given; relative dates are resolved against ${guess.iso}, ${from}.`);
    } else if (posted) {
      published = posted;
      publishedSource = 'posted';
      notes.push(
        `No publication date was given; relative dates are resolved against ${posted}, the day it was shared (a guess: give the article's date if it is older).`,
      );
    } else
      notes.push(
        'No publication date was given or found: relative dates ("Friday", "last year") are left unresolved.',
      );
  }
  const ents = extractEntities(doc);
  const { dates, unresolved } = extractDates(doc, ents, published);
  const quotes = extractQuotes(doc, ents);
  const numbers = extractNumbers(doc, dates);
  const incidents = extractIncidents(text, doc, ents, dates, numbers, published);

  const people = [...ents.people]
    .sort((a, b) => a.first - b.first)
    .map((p) => ({ name: p.name, role: p.role, mentions: p.mentions }));
  const organizations = [...ents.orgs]
    .sort((a, b) => a.first - b.first)
    .map((o) => ({ name: o.name, aliases: o.aliases }));
  const places = [...ents.places]
    .sort((a, b) => a.first - b.first)
    .map((p) => ({
      name: p.name,
      kind: p.kind,
      country: p.country,
      countryName: countryName(p.country),
      lat: p.lat,
      lon: p.lon,
      timezone: p.tz,
    }));
  const briefIncidents: Incident[] = incidents.map((i) => ({
    type: i.type,
    subType: i.subType,
    summary: i.summary,
    evidence: i.evidence,
    place: i.place,
    country: i.country,
    date: i.date,
    ...(i.dateFromPublication ? { dateFromPublication: true } : {}),
    localTime: i.localTime,
    attacker: i.attacker,
    target: i.target,
    attribution: i.attribution,
    killed: i.killed,
    injured: i.injured,
    damage: i.damage,
    background: i.background,
    confidence: i.confidence,
    lowConfidence: i.lowConfidence,
    weapon: i.weapon,
  }));
  return {
    headline: title || headlineOf(doc),
    summary: summaryOf(
      doc,
      ents.mentions.map((m) => m.sent),
      incidents.filter((i) => !i.background).map((i) => i.sentence),
      incidents.filter((i) => i.background).map((i) => i.sentence),
    ),
    published,
    people,
    organizations,
    places,
    dates: [
      ...pageDates(doc, published, dates),
      ...dates.map((d) => ({
        text: d.text,
        iso: d.iso,
        precision: d.precision,
        resolvedFrom: d.resolvedFrom,
      })),
    ],
    quotes: quotes.map((q) => ({ speaker: q.speaker, text: q.text })),
    numbers: numbers.map((n) => ({
      text: n.text,
      value: n.value,
      noun: n.noun,
      approximate: n.approximate,
      ...(n.max !== undefined ? { min: n.min, max: n.max } : {}),
      ...(n.currency ? { currency: n.currency } : {}),
    })),
    incidents: briefIncidents,
    publishedSource,
    captions: doc.captions,
    unresolvedDates: unresolved,
    notes,
  };
}

/** The lead sentence, compressed: subordinate tails dropped, at most ~110 characters. */
function headlineOf(doc: Doc): string {
  const lead =
    doc.sentences.find((s) => s.text.split(/\s+/).length >= 5)?.text ?? doc.sentences[0]?.text ?? '';
  let h = lead.replace(/\s+/g, ' ').replace(/[.!?]+["']?$/, '');
  for (const cut of [
    /,\s+(?:according to|officials said|police said|the \w+ said)\b.*$/i,
    /\s+(?:amid|as|while|after|following)\s+.*$/i,
    /,\s+(?:which|who|where)\b.*$/i,
  ]) {
    const shorter = h.replace(cut, '');
    if (shorter.length >= 30) h = shorter;
    if (h.length <= 110) break;
  }
  if (h.length > 110) h = `${h.slice(0, h.lastIndexOf(' ', 107))}…`;
  return h;
}

/** Two or three sentences: the lead, then the later sentences richest in facts (current incidents first, past ones last), in text order. */
function summaryOf(
  doc: Doc,
  mentionSents: number[],
  incidentSents: number[],
  backgroundSents: number[],
): string[] {
  const S = doc.sentences;
  if (S.length === 0) return [];
  const density = new Map<number, number>();
  for (const s of mentionSents) density.set(s, (density.get(s) ?? 0) + 1);
  // the lead is running text: a heading line (no closing stop) is the headline, not the summary's first sentence
  const lead =
    S.find((s) => s.text.split(/\s+/).length >= 6 && /[.!?]["'\u201d\u2019)]?$/.test(s.text.trim())) ??
    S.find((s) => s.text.split(/\s+/).length >= 6) ??
    S[0];
  const scored = S.filter(
    (s) =>
      s.index > lead.index &&
      s.text.split(/\s+/).length >= 8 &&
      s.text.length <= 400 &&
      !/^["']/.test(s.text),
  )
    .map((s) => {
      const quoteShare = (s.text.match(/"[^"]*"/g) ?? []).join('').length / s.text.length;
      const score =
        (incidentSents.includes(s.index) ? 3 : backgroundSents.includes(s.index) ? -2 : 0) +
        Math.min(4, density.get(s.index) ?? 0) * 0.5 +
        (/\d/.test(s.text) ? 0.5 : 0) -
        quoteShare * 2 -
        s.index * 0.02;
      return { s, score };
    })
    .sort((a, b) => b.score - a.score);
  const pick = [lead, ...scored.slice(0, S.length > 12 ? 2 : 1).map((x) => x.s)].sort(
    (a, b) => a.index - b.index,
  );
  return pick.map((s) => s.text.replace(/\s+/g, ' ').trim());
}
