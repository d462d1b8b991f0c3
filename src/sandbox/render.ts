/**
 * Renders what the bot sent as readable terminal text: content, embeds as framed boxes, buttons and
 * select menus numbered for `:click N` / `:select N`, attachments saved to a folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MessageView, ModalView } from './fake/index.ts';

type Json = Record<string, unknown>;

export interface Clickable {
  n: number;
  messageId: string;
  customId: string;
  kind: 'button' | 'select';
  label: string;
  options?: { label: string; value: string }[];
  maxValues?: number;
}

/** Wraps text to `width` columns, keeping words whole where possible. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (para.length <= width) {
      out.push(para);
      continue;
    }
    let line = '';
    for (const word of para.split(/(\s+)/)) {
      if (!word) continue;
      if ((line + word).length <= width) {
        line += word;
        continue;
      }
      if (line.trim()) out.push(line.trimEnd());
      line = /^\s+$/.test(word) ? '' : word;
      while (line.length > width) {
        out.push(line.slice(0, width));
        line = line.slice(width);
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

/** Discord timestamps (`<t:unix:D>`) become readable dates; custom emoji become their names. */
export function plain(text: string): string {
  return text
    .replace(/<t:(-?\d+)(?::([tTdDfFR]))?>/g, (_, s: string, style?: string) => {
      const d = new Date(Number(s) * 1000);
      if (Number.isNaN(d.getTime())) return _;
      const iso = d.toISOString();
      return style === 'd' || style === 'D' ? iso.slice(0, 10) : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
    })
    .replace(/<a?:(\w+):\d+>/g, ':$1:')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1');
}

function box(e: Json, width: number): string[] {
  const inner = Math.max(20, width - 4);
  const lines: string[] = [];
  const author = (e.author as Json | undefined)?.name;
  if (author) lines.push(...wrap(plain(String(author)), inner));
  if (e.title) {
    const title = wrap(plain(String(e.title)), inner);
    lines.push(...title, '═'.repeat(Math.min(inner, Math.max(...title.map((l) => l.length)))));
  }
  if (e.url) lines.push(String(e.url));
  if (e.description) {
    if (lines.length) lines.push('');
    lines.push(...wrap(plain(String(e.description)), inner));
  }
  for (const f of (e.fields as Json[] | undefined) ?? []) {
    lines.push('');
    lines.push(...wrap(`▸ ${plain(String(f.name))}`, inner));
    lines.push(...wrap(plain(String(f.value)), inner - 2).map((l) => `  ${l}`));
  }
  const footer = (e.footer as Json | undefined)?.text;
  if (footer || e.timestamp) {
    lines.push('');
    lines.push(...wrap(`— ${[footer, e.timestamp].filter(Boolean).join(' · ')}`, inner));
  }
  const image = (e.image as Json | undefined)?.url;
  if (image) lines.push(`[image: ${image}]`);
  const top = `┌${'─'.repeat(inner + 2)}┐`;
  const bottom = `└${'─'.repeat(inner + 2)}┘`;
  return [top, ...lines.map((l) => `│ ${l.padEnd(inner)} │`), bottom];
}

export interface RenderOptions {
  width?: number;
  /** Header line, e.g. "newsdesk". */
  who?: string;
  /** Numbering starts here; the caller keeps the table. */
  clickables: Clickable[];
  /** Saved attachment paths by attachment id. */
  saved?: Map<string, string>;
}

/** One message as text lines. Adds its buttons/select menus to `opts.clickables`. */
export function renderMessage(m: MessageView, opts: RenderOptions): string[] {
  const width = Math.max(40, Math.min(opts.width ?? 80, 120));
  const lines: string[] = [];
  const tags = [m.ephemeral ? 'only you can see this' : ''].filter(Boolean);
  lines.push(`${opts.who ?? 'newsdesk'}${tags.length ? ` (${tags.join(', ')})` : ''}:`);
  if (m.loading) lines.push('  newsdesk is thinking…');
  if (m.content) lines.push(...wrap(plain(m.content), width - 2).map((l) => `  ${l}`));
  for (const e of m.embeds) lines.push(...box(e, width - 2).map((l) => `  ${l}`));
  const controls: string[] = [];
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const c of list as Json[]) {
      if (c.type === 2) {
        const label =
          `${(c.emoji as Json | undefined)?.name ? `${(c.emoji as Json).name} ` : ''}${c.label ?? ''}`.trim() ||
          '(button)';
        if (c.style === 5) controls.push(`[link] ${label}: ${c.url}`);
        else if (c.disabled || typeof c.custom_id !== 'string') controls.push(`[–] ${label} (disabled)`);
        else {
          const n = opts.clickables.length + 1;
          opts.clickables.push({ n, messageId: m.id, customId: c.custom_id, kind: 'button', label });
          controls.push(`[${n}] ${label}`);
        }
      } else if (c.type === 3 && typeof c.custom_id === 'string') {
        const options = ((c.options as Json[] | undefined) ?? []).map((o) => ({
          label: String(o.label),
          value: String(o.value),
        }));
        const n = opts.clickables.length + 1;
        opts.clickables.push({
          n,
          messageId: m.id,
          customId: c.custom_id,
          kind: 'select',
          label: String(c.placeholder ?? 'choose'),
          options,
          maxValues: Number(c.max_values ?? 1),
        });
        controls.push(
          `[${n}] ${c.placeholder ?? 'menu'}: ${options.map((o) => o.value).join(' | ')}  (:select ${n} VALUE)`,
        );
      } else walk(c.components);
    }
  };
  walk(m.components);
  if (controls.length) lines.push(`  buttons: ${controls.join('   ')}`);
  for (const a of m.attachments) {
    const where = opts.saved?.get(a.id);
    lines.push(`  attachment: ${a.filename} (${formatSize(a.size)})${where ? ` saved to ${where}` : ''}`);
  }
  return lines;
}

export function renderModal(modal: ModalView): string[] {
  return [
    `newsdesk opened a form: ${modal.title}`,
    ...modal.fields.map(
      (f) => `  • ${f.label}${f.required ? '' : ' (optional)'}${f.style === 2 ? ' [paragraph]' : ''}`,
    ),
  ];
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Saves every attachment of `m` under `dir` as `<messageId>-<filename>`; returns id → path (relative to cwd when inside it). */
export function saveAttachments(m: MessageView, dir: string, cwd = process.cwd()): Map<string, string> {
  const out = new Map<string, string>();
  if (m.attachments.length === 0) return out;
  const full = resolve(cwd, dir);
  mkdirSync(full, { recursive: true });
  for (const a of m.attachments) {
    const safe = a.filename.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '_') || 'file';
    const path = join(full, `${m.id}-${safe}`);
    writeFileSync(path, a.data);
    out.set(a.id, path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path);
  }
  return out;
}
