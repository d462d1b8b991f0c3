import type { APIEmbed } from 'discord.js';
import type { Analysis } from '../lib/analyze.ts';
import { aliasesToShow } from '../lib/brief/aliases.ts';
import type { Brief, Incident } from '../lib/brief/types.ts';
import { briefText, PUBLISHED_SOURCE } from './brief-text.ts';
import {
  type ButtonRow,
  clip,
  DISCORD,
  fieldsFromLines,
  fmt,
  NO_PINGS,
  oneLine,
  PAGE_TOTAL,
  type Payload,
  type PayloadFile,
  packFields,
  pagePayload,
  pageRows,
  plural,
  safeClip,
} from './pages.ts';
import { displayRestored, VERDICT_STYLE } from './unspin.ts';

const COLOR = 0x1c7ed6;
/** Longest single item (quote, summary sentence, evidence) shown in the message; longer ones are cut and the full brief attached. */
const ITEM_MAX = 400;

/** What the page buttons need, JSON-able so it can be kept in the store. */
export interface BriefPages {
  pages: APIEmbed[][];
  /** True when the brief was read from restored text: the "Show unspun text" button is offered. */
  spun: boolean;
}

export interface BriefRender extends BriefPages {
  reply: Payload;
  /** The restored text the brief was read from (slurs replaced), or null when the article was not spun. */
  unspunText: string | null;
  /** Plain-text brief with every item in full (attached as brief.txt when something was shortened). */
  fullText: string;
}

export interface BriefRenderOptions {
  /** Custom-id prefix of the buttons (the command name). */
  prefix?: string;
  /** Key the pages are stored under; without it no buttons are added. */
  key?: string;
}

/** Collects whether any item had to be shortened, so the reply can say where the full text is. */
class Clipper {
  clipped = false;
  text(raw: string, max = ITEM_MAX): string {
    const r = safeClip(oneLine(raw), max);
    if (r.clipped) this.clipped = true;
    return r.text;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** An ISO date or date-time for people: "Tue 4 Jan 2022"; a time with zone becomes a Discord timestamp. */
export function formatIso(iso: string, precision: 'year' | 'month' | 'day' | 'time' = 'day'): string {
  const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return safeClip(iso, 60).text;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (precision === 'year' || month === null) return String(year);
  if (precision === 'month' || day === null) return `${MONTHS_LONG[month - 1] ?? month} ${year}`;
  const d = new Date(Date.UTC(year, month - 1, day));
  const dayText = `${WEEKDAYS[d.getUTCDay()]} ${day} ${MONTHS[month - 1] ?? month} ${year}`;
  if (precision === 'time' && /T\d{2}:\d{2}/.test(iso)) {
    const t = Date.parse(iso);
    const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(iso);
    if (Number.isFinite(t) && hasZone) return `${dayText}, <t:${Math.floor(t / 1000)}:t> your time`;
    const hm = /T(\d{2}:\d{2})/.exec(iso);
    if (hm) return `${dayText}, ${hm[1]} local`;
  }
  return dayText;
}

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });

/** "IQ" → "Iraq"; names pass through. */
export function countryName(country: string | null | undefined): string | null {
  if (!country) return null;
  if (!/^[A-Z]{2}$/.test(country)) return country;
  try {
    return REGIONS.of(country) ?? country;
  } catch {
    return country;
  }
}

function placeLine(p: Brief['places'][number], c: Clipper): string {
  const country = countryName(p.country);
  const bits = [p.kind !== 'other' ? p.kind : null, country && country !== p.name ? country : null].filter(
    Boolean,
  ) as string[];
  const coords = p.lat !== null && p.lon !== null ? ` (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})` : '';
  return `**${c.text(p.name, 120)}**${bits.length ? ` — ${c.text(bits.join(', '), 120)}` : ''}${coords}`;
}

function incidentField(inc: Incident, n: number, c: Clipper): { name: string; value: string } {
  const flags: string[] = [];
  if (inc.background) flags.push('background');
  if (inc.confidence < 0.5) flags.push('⚠️ low confidence');
  const name = clip(
    `${n}. ${oneLine(inc.type)}${inc.subType ? ` › ${oneLine(inc.subType)}` : ''}${flags.length ? ` (${flags.join(', ')})` : ''}`,
    DISCORD.fieldName,
  );
  const lines: string[] = [];
  if (inc.summary) lines.push(c.text(inc.summary, 200));
  const country = countryName(inc.country);
  const where = [inc.place, country && country !== inc.place ? country : null].filter(Boolean).join(', ');
  const when = inc.date ? formatIso(inc.date, inc.date.includes('T') ? 'time' : 'day') : null;
  const whereWhen = [
    where ? `📍 ${c.text(where, 120)}` : null,
    when
      ? `📅 ${when}${inc.localTime && !when.includes(' local') ? ` (${c.text(inc.localTime, 20)} local)` : ''}`
      : null,
  ].filter(Boolean);
  if (whereWhen.length) lines.push(whereWhen.join(' · '));
  lines.push(
    `${c.text(inc.attacker ?? 'unknown attacker', 80)} → ${c.text(inc.target ?? 'unknown target', 80)} · ${c.text(inc.attribution || 'not ascribed', 100)}`,
  );
  const cas = (x: number | null, word: string) =>
    x === null ? `${word}: not reported` : `${word}: ${fmt(x)}`;
  lines.push(
    `${cas(inc.killed, 'killed')} · ${cas(inc.injured, 'injured')}${inc.damage ? ` · damage: ${c.text(inc.damage, 100)}` : ''}`,
  );
  if (inc.evidence) lines.push(`> ${c.text(inc.evidence, 200)}`);
  lines.push(`confidence ${Math.round(inc.confidence * 100)}%`);
  // Each part is bounded above; should the total still pass 1,024 the cut is recorded (full text in brief.txt).
  const value = lines.join('\n');
  if (value.length > DISCORD.fieldValue) c.clipped = true;
  return { name, value: clip(value, DISCORD.fieldValue) };
}

/** Renders a brief as pages of embeds laid out for scanning, within Discord's limits. */
export function renderBrief(
  a: Pick<Analysis, 'article' | 'brief' | 'spin' | 'readText'>,
  opts: BriefRenderOptions = {},
): BriefRender {
  const prefix = opts.prefix ?? 'brief';
  const b = a.brief;
  const c = new Clipper();
  const spun = a.readText !== a.article.text;

  const title = c.text(b.headline || a.article.title || 'Brief', DISCORD.title);
  const top: string[] = [];
  if (spun) {
    const style = VERDICT_STYLE[a.spin.verdict] ?? VERDICT_STYLE.suspicious;
    top.push(
      `${style.emoji} This article looks machine-spun (${Math.round(a.spin.score * 100)}/100). The brief was read from the restored text (${plural(a.spin.changes.length, 'change')}); use /unspin for the details.`,
    );
  }
  const summary = b.summary.map((s) => c.text(s, 600));
  top.push(summary.length ? summary.join(' ') : '*No summary could be made from this text.*');
  const meta = [
    b.published
      ? `Published ${formatIso(b.published, 'day')}${b.publishedSource && b.publishedSource !== 'article' ? ` (${PUBLISHED_SOURCE[b.publishedSource]})` : ''}`
      : null,
    a.article.source ? c.text(a.article.source, 100) : null,
  ].filter(Boolean);
  if (meta.length) top.push(meta.join(' · '));
  const joined = top.join('\n\n');
  if (joined.length > 2500) c.clipped = true;
  const description = clip(joined, 2500);

  const fields: { name: string; value: string; inline?: boolean }[] = [];
  const missing: string[] = [];
  const section = (name: string, lines: string[], label = name.toLowerCase()) => {
    if (lines.length) fields.push(...fieldsFromLines(name, lines));
    else missing.push(label);
  };
  section(
    'Who — people',
    b.people.map(
      (p) =>
        `**${c.text(p.name, 120)}**${p.role ? ` — ${c.text(p.role, 160)}` : ''}${p.mentions && p.mentions > 1 ? ` (×${p.mentions})` : ''}`,
    ),
    'people',
  );
  section(
    'Who — organisations',
    b.organizations.map((o) => {
      const aliases = aliasesToShow(o.name, o.aliases, a.readText);
      return `**${c.text(o.name, 150)}**${aliases.length ? ` (also: ${c.text(aliases.join(', '), 250)})` : ''}`;
    }),
    'organisations',
  );
  section(
    'Where',
    b.places.map((p) => placeLine(p, c)),
    'places',
  );
  section(
    'When',
    b.dates.map((d) => `**${c.text(d.text, 100)}** → ${formatIso(d.iso, d.precision)}`),
    'dates',
  );
  if (b.incidents.length) {
    b.incidents.forEach((inc, i) => {
      fields.push(incidentField(inc, i + 1, c));
    });
  } else {
    fields.push({ name: 'Incidents', value: 'None reported in this article.' });
  }
  section(
    'Quotes',
    b.quotes.map(
      (q) => `“${c.text(q.text, 300)}” — ${q.speaker ? `**${c.text(q.speaker, 100)}**` : '*unattributed*'}`,
    ),
    'quotes',
  );
  section(
    'Key numbers',
    b.numbers.map(
      (n) =>
        `**${c.text(n.text, 100)}** = ${n.approximate ? '≈' : ''}${fmt(n.value, 2)}${n.noun ? ` ${c.text(n.noun, 60)}` : ''}`,
    ),
    'numbers',
  );

  const files: PayloadFile[] = [];
  const fullText = briefText(a);
  if (c.clipped) files.push({ name: 'brief.txt', data: Buffer.from(fullText, 'utf8') });

  const footerNotes: string[] = [];
  if (missing.length) footerNotes.push(`Not found: ${missing.join(', ')}`);
  if (c.clipped) footerNotes.push('long items shortened; everything in full in brief.txt');
  const footerBase = footerNotes.join(' · ');
  const footerReserve = footerBase.length + 30;
  const budget = (page: number) =>
    PAGE_TOTAL - title.length - 20 - footerReserve - (page === 0 ? description.length : 0);
  const fieldPages = packFields(fields, budget);
  const total = Math.max(1, fieldPages.length);
  const pages: APIEmbed[][] = [];
  for (let i = 0; i < total; i++) {
    const footer = [total > 1 ? `Page ${i + 1} of ${total}` : null, footerBase || null]
      .filter(Boolean)
      .join(' · ');
    const e: APIEmbed = {
      title: i === 0 ? title : clip(`${title} (continued)`, DISCORD.title),
      color: COLOR,
      fields: fieldPages[i] ?? [],
    };
    if (i === 0) e.description = description;
    if (a.article.url && /^https?:\/\//i.test(a.article.url) && a.article.url.length < 2000)
      e.url = a.article.url;
    if (footer) e.footer = { text: footer };
    pages.push([e]);
  }

  const state: BriefPages = { pages, spun };
  const reply: Payload = {
    embeds: pages[0],
    allowedMentions: NO_PINGS,
    ...(files.length ? { files } : {}),
  };
  if (opts.key) {
    const rows = briefRows(state, 0, prefix, opts.key);
    if (rows.length) reply.components = rows;
  }
  return {
    ...state,
    reply,
    unspunText: spun ? displayRestored(a.article.text, a.spin) : null,
    fullText,
  };
}

/** Buttons under a brief page: ◀ n/N ▶ when paged, and "Show unspun text" when it was spun. */
export function briefRows(state: BriefPages, page: number, prefix: string, key: string): ButtonRow[] {
  const unspun = state.spun ? { customId: `${prefix}:unspun:${key}`, label: 'Show unspun text' } : null;
  return pageRows(prefix, key, page, state.pages.length, unspun);
}

/** The message for page `n` of a stored brief (answering ◀ ▶). */
export function briefPage(state: BriefPages, n: number, prefix: string, key: string): Payload {
  return pagePayload(state.pages, n, (page) => briefRows(state, page, prefix, key));
}
