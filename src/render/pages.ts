import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { clipText, embedChars, LIMITS } from './safe.ts';

/** Discord's limits (safe.ts's LIMITS) plus those of buttons. */
export const DISCORD = {
  ...LIMITS,
  customId: 100,
  buttonLabel: 80,
  rows: 5,
  buttonsPerRow: 5,
} as const;

/** A file to attach: plain data, turned into a discord.js attachment by the command layer. */
export interface PayloadFile {
  name: string;
  data: Buffer;
}

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** A message as plain JSON-able data. Every payload the renderers build refuses all pings. */
export interface Payload {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  files?: PayloadFile[];
  allowedMentions: { parse: [] };
}

export const NO_PINGS = { parse: [] } as { parse: [] };

/**
 * Makes mentions inert inside text that came from an article or a user: `@everyone`, `@here`, `<@123>`,
 * `<@!123>`, `<@&123>`, `<#123>` and slash-command mentions get a zero-width space so Discord shows them as
 * plain text. (allowedMentions already stops pings; this also stops the blue mention pills.)
 */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@(everyone|here)\b/gi, '@\u200b$1')
    .replace(/<(@[!&]?|#|\/)(?=[\w\s:-]*>)/g, '<\u200b$1');
}

/**
 * Escapes Discord markdown in linear time (discord.js `escapeMarkdown` is quadratic on long texts): every
 * character that can open a style gets a backslash, and so does a heading, quote or list marker at a line start.
 */
export function escapeMd(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/^([ \t]*)(#{1,3}|>>?>?|-#?)(?=[ \t])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)\.(?=[ \t])/gm, '$1\\.');
}

/** Article or user text made safe to place in a message: markdown escaped, mentions neutralised. */
export function safe(text: string): string {
  return neutralizeMentions(escapeMd(text));
}

/** One line of plain text: line breaks and runs of whitespace collapsed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
function cutRaw(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * `safe(text)` within `max` characters. When the text does not fit it is cut (before escaping, so no
 * escape sequence is split) and ends with `…`; `clipped` tells the caller so it can say where the full text is.
 */
export function safeClip(text: string, max: number): { text: string; clipped: boolean } {
  const full = safe(text);
  if (full.length <= max) return { text: full, clipped: false };
  // Escaping only lengthens text, so the longest raw prefix whose escaped form fits is found by bisection.
  let lo = 0;
  let hi = Math.min(text.length, max);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (safe(cutRaw(text, mid)).length + 1 <= max) lo = mid;
    else hi = mid - 1;
  }
  return { text: `${safe(cutRaw(text, lo).trimEnd())}…`, clipped: true };
}

/** Plain clip for text that is already safe (our own wording): cut and mark with `…`. */
export const clip = clipText;

/**
 * Characters a renderer fills on one page of embeds: Discord allows 6,000 per message; the rest is head room
 * for the notes safe.ts may add.
 */
export const PAGE_TOTAL = 5900;

/** Every way a message can break Discord's limits, as readable problems (empty when it is fine). */
export function payloadProblems(p: Payload): string[] {
  const out: string[] = [];
  if ((p.content?.length ?? 0) > DISCORD.content)
    out.push(`content ${p.content?.length} > ${DISCORD.content}`);
  const embeds = p.embeds ?? [];
  if (embeds.length > DISCORD.embedsPerMessage) out.push(`${embeds.length} embeds`);
  let total = 0;
  for (const e of embeds) {
    total += embedChars(e);
    if ((e.title?.length ?? 0) > DISCORD.title) out.push(`title ${e.title?.length}`);
    if ((e.description?.length ?? 0) > DISCORD.description) out.push(`description ${e.description?.length}`);
    if ((e.footer?.text.length ?? 0) > DISCORD.footer) out.push('footer too long');
    if ((e.fields?.length ?? 0) > DISCORD.fields) out.push(`${e.fields?.length} fields`);
    for (const f of e.fields ?? []) {
      if (f.name.length > DISCORD.fieldName || f.name.length === 0) out.push(`field name ${f.name.length}`);
      if (f.value.length > DISCORD.fieldValue || f.value.length === 0)
        out.push(`field value ${f.value.length}`);
    }
    if (e.description !== undefined && e.description.length === 0) out.push('empty description');
  }
  if (total > DISCORD.embedTotal) out.push(`embeds total ${total} > ${DISCORD.embedTotal}`);
  const rows = p.components ?? [];
  if (rows.length > DISCORD.rows) out.push(`${rows.length} rows`);
  const ids = new Set<string>();
  for (const r of rows) {
    if (r.components.length > DISCORD.buttonsPerRow) out.push(`${r.components.length} buttons in a row`);
    for (const b of r.components) {
      if ('custom_id' in b) {
        if (b.custom_id.length > DISCORD.customId) out.push(`custom_id ${b.custom_id.length}`);
        if (ids.has(b.custom_id)) out.push(`duplicate custom_id ${b.custom_id}`);
        ids.add(b.custom_id);
      }
      if ('label' in b && (b.label?.length ?? 0) > DISCORD.buttonLabel) out.push('button label too long');
    }
  }
  return out;
}

/**
 * Packs lines into chunks of at most `budget(i)` characters for chunk i (joined by newlines), in order.
 * A line longer than a whole chunk is cut with `…` (callers clip lines well below chunk size first).
 */
export function packLines(lines: string[], budget: (chunk: number) => number): string[][] {
  const chunks: string[][] = [];
  let cur: string[] = [];
  let len = 0;
  for (const raw of lines) {
    const max = budget(chunks.length);
    const line = raw.length > max ? clip(raw, max) : raw;
    const add = (cur.length ? 1 : 0) + line.length;
    if (cur.length && len + add > max) {
      chunks.push(cur);
      cur = [];
      len = 0;
      const max2 = budget(chunks.length);
      const l2 = line.length > max2 ? clip(line, max2) : line;
      cur.push(l2);
      len = l2.length;
      continue;
    }
    cur.push(line);
    len += add;
  }
  if (cur.length) chunks.push(cur);
  return chunks;
}

/** Splits lines into embed fields of at most 1,024 characters; the first is named `name`, the rest `name (cont.)`. */
export function fieldsFromLines(name: string, lines: string[], inline = false): APIEmbed['fields'] & object {
  const chunks = packLines(lines, () => DISCORD.fieldValue);
  return chunks.map((c, i) => ({ name: i === 0 ? name : `${name} (cont.)`, value: c.join('\n'), inline }));
}

/**
 * Groups embed fields into pages, each page's fields fitting `pageBudget(i)` characters and ≤ 25 fields.
 * A field never splits across pages (fields are ≤ 1,024 + 256 characters, far below a page).
 */
export function packFields(
  fields: NonNullable<APIEmbed['fields']>,
  pageBudget: (page: number) => number,
  maxFields = DISCORD.fields,
): NonNullable<APIEmbed['fields']>[] {
  const pages: NonNullable<APIEmbed['fields']>[] = [];
  let cur: NonNullable<APIEmbed['fields']> = [];
  let len = 0;
  for (const f of fields) {
    const size = f.name.length + f.value.length;
    if (cur.length && (len + size > pageBudget(pages.length) || cur.length >= maxFields)) {
      pages.push(cur);
      cur = [];
      len = 0;
    }
    cur.push(f);
    len += size;
  }
  if (cur.length) pages.push(cur);
  return pages;
}

/** `◀ page/total ▶` buttons. Custom ids: `${prefix}:page:${key}:${n}`; the middle one is a disabled label. */
export function navRow(prefix: string, key: string, page: number, total: number): ButtonRow {
  const id = (n: number) => `${prefix}:page:${key}:${n}`;
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: id(Math.max(0, page - 1)) + (page === 0 ? ':p' : ''),
        label: '◀',
        disabled: page === 0,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: `${prefix}:pos:${key}`,
        label: `${page + 1} / ${total}`,
        disabled: true,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: id(Math.min(total - 1, page + 1)) + (page === total - 1 ? ':n' : ''),
        label: '▶',
        disabled: page === total - 1,
      },
    ],
  };
}

/** A row with one primary button. */
export function buttonRow(customId: string, label: string): ButtonRow {
  return {
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: customId, label }],
  };
}

/** Buttons under paged output: ◀ n/N ▶ when there is more than one page, then `action` (if any) on a row of its own. */
export function pageRows(
  prefix: string,
  key: string,
  page: number,
  total: number,
  action: { customId: string; label: string } | null = null,
): ButtonRow[] {
  const rows: ButtonRow[] = [];
  if (total > 1) rows.push(navRow(prefix, key, page, total));
  if (action) rows.push(buttonRow(action.customId, action.label));
  return rows;
}

/** The message for page `n` of stored pages (clamped to the pages there are), with that page's buttons. */
export function pagePayload(pages: APIEmbed[][], n: number, rows: (page: number) => ButtonRow[]): Payload {
  const page = Math.max(0, Math.min(pages.length - 1, n));
  return { embeds: pages[page], components: rows(page), allowedMentions: NO_PINGS };
}

/** Parses `${prefix}:page:${key}:${n}` (as built by navRow); null when it is not a page button. */
export function parsePageId(customId: string): { prefix: string; key: string; page: number } | null {
  const m = /^([^:]+):page:([^:]+):(\d{1,4})(?::[pn])?$/.exec(customId);
  if (!m) return null;
  return { prefix: m[1], key: m[2], page: Number(m[3]) };
}

/** Numbers for humans: 1,234 and 30.1. */
export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}
