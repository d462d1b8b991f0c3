import type { APIEmbed } from 'discord.js';
import type { Article } from '../lib/article.ts';
import { escapeRe } from '../lib/extract/regex.ts';
import type { SpinChange, SpinResult, SpinVerdict } from '../lib/spin/types.ts';
import {
  type ButtonRow,
  clip,
  DISCORD,
  fmt,
  NO_PINGS,
  oneLine,
  PAGE_TOTAL,
  type Payload,
  type PayloadFile,
  packLines,
  pagePayload,
  pageRows,
  plural,
  safe,
  safeClip,
} from './pages.ts';
import { embedChars } from './safe.ts';

/** Restored text up to this length is shown in the reply; longer goes to `restored.txt`. */
export const INLINE_RESTORED_MAX = 1500;
/** What a withheld spinner-produced slur is shown as. */
export const WITHHELD = '[offensive word withheld]';

export const VERDICT_STYLE: Record<SpinVerdict, { label: string; emoji: string; color: number }> = {
  spun: { label: 'Spun', emoji: '🔴', color: 0xe03131 },
  suspicious: { label: 'Suspicious', emoji: '🟠', color: 0xf08c00 },
  clean: { label: 'Clean', emoji: '🟢', color: 0x2f9e44 },
};

const isOffensive = (c: SpinChange): boolean =>
  (c as SpinChange & { offensive?: boolean }).offensive === true;

/** Spun forms the spin engine flagged as slurs: never echoed anywhere (lower-cased). */
export function offensiveForms(spin: SpinResult): Set<string> {
  const out = new Set<string>();
  for (const c of [...spin.changes, ...spin.suggestions]) if (isOffensive(c)) out.add(c.from.toLowerCase());
  return out;
}

/** Replaces every occurrence of a withheld form in engine-written text (reasons, fingerprints). */
function withhold(text: string, forms: Set<string>): string {
  let out = text;
  for (const f of forms) {
    if (!f) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(f)}(?![\\p{L}\\p{N}])`, 'giu');
    out = out.replace(re, WITHHELD);
  }
  return out;
}

interface Segment {
  text: string;
  /** Set for a changed span: what it replaced (withheld when offensive). */
  change?: SpinChange;
}

/**
 * The input cut into unchanged and changed segments. Applied changes show their restored form; a suggestion
 * flagged offensive is also replaced by its proposal so a slur is never shown. Overlapping or out-of-range
 * changes are skipped (the engine guarantees none; this keeps a bad result from corrupting the text).
 */
function segments(input: string, spin: SpinResult): Segment[] {
  const edits = [...spin.changes, ...spin.suggestions.filter(isOffensive)].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  for (const c of edits) {
    if (c.start < pos || c.end > input.length || c.end < c.start) continue;
    if (c.start > pos) out.push({ text: input.slice(pos, c.start) });
    out.push({ text: c.to, change: c });
    pos = c.end;
  }
  if (pos < input.length) out.push({ text: input.slice(pos) });
  return out;
}

/** The restored text as shown to people: every applied change, and no slur left in place. */
export function displayRestored(input: string, spin: SpinResult): string {
  if (!spin.suggestions.some(isOffensive)) return spin.restored;
  return segments(input, spin)
    .map((s) => s.text)
    .join('');
}

export interface ChangeGroup {
  from: string;
  to: string;
  count: number;
  minConfidence: number;
  maxConfidence: number;
  offensive: boolean;
  first: number;
}

/** Groups changes by spun form → original (case-insensitive), most frequent first, then by first position. */
export function groupChanges(changes: SpinChange[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const c of changes) {
    const key = `${c.from.toLowerCase()}\u0000${c.to.toLowerCase()}`;
    const g = groups.get(key);
    if (g) {
      g.count++;
      g.minConfidence = Math.min(g.minConfidence, c.confidence);
      g.maxConfidence = Math.max(g.maxConfidence, c.confidence);
      g.offensive ||= isOffensive(c);
      g.first = Math.min(g.first, c.start);
    } else {
      groups.set(key, {
        from: c.from,
        to: c.to,
        count: 1,
        minConfidence: c.confidence,
        maxConfidence: c.confidence,
        offensive: isOffensive(c),
        first: c.start,
      });
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.first - b.first);
}

const pct = (x: number) => `${Math.round(Math.max(0, Math.min(1, x)) * 100)}%`;

function confidenceText(g: ChangeGroup): string {
  return g.minConfidence === g.maxConfidence || pct(g.minConfidence) === pct(g.maxConfidence)
    ? pct(g.minConfidence)
    : `${pct(g.minConfidence)}–${pct(g.maxConfidence)}`;
}

/** One diff line: `~~spun~~ → **original** ×12 · 93%`; a slur is shown only as the restored word. */
export function changeLine(g: ChangeGroup, withheld: Set<string>): string {
  const to = safeClip(oneLine(g.to), 120).text || '(removed)';
  const offensive = g.offensive || withheld.has(g.from.toLowerCase());
  const from = offensive ? `*${WITHHELD}*` : `~~${safeClip(oneLine(g.from), 120).text}~~`;
  const times = g.count > 1 ? ` ×${g.count}` : '';
  return `${from} → **${to}**${times} · ${confidenceText(g)}`;
}

/** The restored text with each restored span in bold, escaped. */
function markedRestored(input: string, spin: SpinResult): string {
  return segments(input, spin)
    .map((s) => (s.change ? (s.text.trim() ? `**${safe(s.text)}**` : safe(s.text)) : safe(s.text)))
    .join('');
}

function describeArticle(article: Article): string {
  const parts: string[] = [];
  if (article.title) parts.push(`**${safeClip(oneLine(article.title), 200).text}**`);
  const from = [article.source, article.url].filter(Boolean).map((s) => safeClip(oneLine(s!), 200).text);
  if (from.length) parts.push(from.join(' · '));
  return parts.join('\n');
}

/** The verdict embed: verdict, score, reasons, fingerprint rate, top fingerprints, counts. ≤ ~2,400 characters. */
export function verdictEmbed(article: Article, spin: SpinResult): APIEmbed {
  const style = VERDICT_STYLE[spin.verdict] ?? VERDICT_STYLE.suspicious;
  const score = Math.round(Math.max(0, Math.min(1, spin.score)) * 100);
  const withheld = offensiveForms(spin);
  const head = describeArticle(article);
  const reasons = packLines(
    spin.evidence.reasons.map((r) => `• ${safeClip(oneLine(withhold(r, withheld)), 300).text}`),
    () => 1200,
  );
  const reasonLines = reasons[0] ?? [];
  const more = spin.evidence.reasons.length - reasonLines.length;
  if (more > 0) reasonLines.push(`…and ${plural(more, 'more reason')}`);
  const description = [head, reasonLines.join('\n') || 'No signs of machine spinning found.']
    .filter(Boolean)
    .join('\n\n');
  const fields: NonNullable<APIEmbed['fields']> = [
    {
      name: 'Fingerprints',
      value: `${fmt(spin.evidence.fingerprintRate, 1)} per 1,000 words · ${plural(spin.evidence.words, 'word')}`,
      inline: true,
    },
    {
      name: 'Changes',
      value: `${fmt(spin.changes.length)} applied (${fmt(groupChanges(spin.changes).length)} distinct) · ${fmt(spin.suggestions.length)} not applied`,
      inline: true,
    },
  ];
  const top = spin.evidence.topFingerprints.slice(0, 10).map((f) => {
    const isBad = withheld.has(f.from.toLowerCase());
    const from = isBad ? `*${WITHHELD}*` : `~~${safeClip(oneLine(f.from), 80).text}~~`;
    return `${from} → **${safeClip(oneLine(f.to), 80).text}**${f.count > 1 ? ` ×${f.count}` : ''}`;
  });
  if (top.length) {
    const packed = packLines(top, () => 800)[0];
    const rest = top.length - packed.length;
    fields.push({
      name: 'Top fingerprints',
      value: packed.join('\n') + (rest > 0 ? `\n…and ${rest} more` : ''),
    });
  }
  return {
    title: clip(`${style.emoji} ${style.label} — ${score}/100`, DISCORD.title),
    description: clip(description, 1800),
    color: style.color,
    fields,
  };
}

export interface UnspinRender {
  /** The first reply: verdict, first page of changes, restored text or its attachment, ◀ ▶ when paged. */
  reply: Payload;
  /** Embeds of every page (page 0 = the reply's). Keep them to answer the page buttons. */
  pages: APIEmbed[][];
  /** The restored text as shown to people (slurs replaced); what `restored.txt` holds. */
  restoredText: string;
}

export interface UnspinRenderOptions {
  /** Custom-id prefix of the page buttons (the command name). */
  prefix?: string;
  /** Key the pages are stored under; without it no buttons are added (the attachment still has everything). */
  key?: string;
  /** Offer "Brief this article" (needs the article kept under `key`). */
  briefButton?: boolean;
}

/** `changes.txt`: every applied change and suggestion with offsets, confidence and layer. */
export function changesFile(spin: SpinResult): string {
  const withheld = offensiveForms(spin);
  const show = (c: SpinChange) => (isOffensive(c) || withheld.has(c.from.toLowerCase()) ? WITHHELD : c.from);
  const lines: string[] = [
    `Verdict: ${spin.verdict} (score ${Math.round(spin.score * 100)}/100)`,
    `Applied changes: ${spin.changes.length}; suggestions not applied: ${spin.suggestions.length}`,
    '',
    'Grouped (spun form -> original, count, confidence):',
  ];
  for (const g of groupChanges(spin.changes)) {
    lines.push(
      `  ${g.offensive || withheld.has(g.from.toLowerCase()) ? WITHHELD : g.from} -> ${g.to}  x${g.count}  ${confidenceText(g)}`,
    );
  }
  lines.push('', 'Every applied change (start-end: spun -> original, confidence, layer):');
  for (const c of spin.changes) {
    lines.push(`  ${c.start}-${c.end}: ${show(c)} -> ${c.to}  ${pct(c.confidence)}  ${c.layer}`);
  }
  lines.push('', 'Suggestions, not applied (start-end: spun -> proposed, confidence, layer):');
  if (!spin.suggestions.length) lines.push('  none');
  for (const c of spin.suggestions) {
    lines.push(`  ${c.start}-${c.end}: ${show(c)} -> ${c.to}  ${pct(c.confidence)}  ${c.layer}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Renders an unspin result as Discord messages within every limit; nothing is dropped without saying where it is. */
export function renderUnspin(
  article: Article,
  spin: SpinResult,
  opts: UnspinRenderOptions = {},
): UnspinRender {
  const prefix = opts.prefix ?? 'unspin';
  const withheld = offensiveForms(spin);
  const verdict = verdictEmbed(article, spin);
  const verdictLen = embedChars(verdict);
  const files: PayloadFile[] = [];
  const restoredText = displayRestored(article.text, spin);
  const changed = spin.changes.length > 0 || restoredText !== article.text;

  // Restored text: inline with restored words in bold when short, else an attachment.
  let restoredEmbed: APIEmbed | null = null;
  if (changed) {
    const marked = restoredText.length <= INLINE_RESTORED_MAX ? markedRestored(article.text, spin) : null;
    if (marked?.trim() && marked.length <= 2600) {
      restoredEmbed = { title: 'Restored text', description: marked, color: verdict.color };
    } else {
      files.push({ name: 'restored.txt', data: Buffer.from(restoredText, 'utf8') });
    }
  }

  // The diff, grouped, then the suggestions.
  const lines: string[] = groupChanges(spin.changes).map((g) => changeLine(g, withheld));
  const suggestionGroups = groupChanges(spin.suggestions);
  if (suggestionGroups.length) {
    lines.push('', '**Suggestions — not applied:**');
    for (const g of suggestionGroups) lines.push(changeLine(g, withheld).replace(' → ', ' → maybe '));
  }

  const footerReserve = 120;
  const titleReserve = 40;
  let restoredLen = restoredEmbed
    ? (restoredEmbed.title?.length ?? 0) + (restoredEmbed.description?.length ?? 0)
    : 0;
  if (restoredEmbed && PAGE_TOTAL - verdictLen - footerReserve - titleReserve - restoredLen < 1200) {
    // Too little room left for the diff on the first page: the restored text goes to the attachment.
    restoredEmbed = null;
    restoredLen = 0;
    files.push({ name: 'restored.txt', data: Buffer.from(restoredText, 'utf8') });
  }
  const budget = (page: number) =>
    Math.min(
      DISCORD.description - 50,
      PAGE_TOTAL - verdictLen - footerReserve - titleReserve - (page === 0 ? restoredLen : 0),
    );
  const chunks = lines.length ? packLines(lines, budget) : [];
  const total = Math.max(1, chunks.length);
  if (chunks.length > 1) files.push({ name: 'changes.txt', data: Buffer.from(changesFile(spin), 'utf8') });

  const pages: APIEmbed[][] = [];
  for (let i = 0; i < total; i++) {
    const embeds: APIEmbed[] = [verdict];
    const chunk = chunks[i];
    if (chunk) {
      const desc = chunk.join('\n').trim();
      const notes: string[] = [];
      if (total > 1) notes.push(`Page ${i + 1} of ${total}`);
      if (files.some((f) => f.name === 'changes.txt')) notes.push('every change is in changes.txt');
      embeds.push({
        title: 'Changes (~~spun~~ → **original**)',
        description: desc || '—',
        color: verdict.color,
        ...(notes.length ? { footer: { text: notes.join(' · ') } } : {}),
      });
    } else if (!changed) {
      embeds.push({ description: 'Nothing to restore: the text is unchanged.', color: verdict.color });
    }
    if (i === 0 && restoredEmbed) embeds.push(restoredEmbed);
    if (i === 0 && files.some((f) => f.name === 'restored.txt')) {
      const last = embeds[embeds.length - 1];
      const note = `Restored text (${plural(restoredText.length, 'character')}) is in restored.txt`;
      last.footer = { text: last.footer ? `${last.footer.text} · ${note}` : note };
    }
    pages.push(embeds);
  }

  const reply: Payload = {
    embeds: pages[0],
    allowedMentions: NO_PINGS,
    ...(files.length ? { files } : {}),
  };
  if (opts.key) {
    const rows = unspinRows(total, 0, prefix, opts.key, opts.briefButton === true);
    if (rows.length) reply.components = rows;
  }
  return { reply, pages, restoredText };
}

/** Buttons under an unspin result: ◀ n/N ▶ when paged, and "Brief this article" when offered. */
export function unspinRows(
  total: number,
  page: number,
  prefix: string,
  key: string,
  briefButton: boolean,
): ButtonRow[] {
  const brief = briefButton ? { customId: `${prefix}:brief:${key}`, label: 'Brief this article' } : null;
  return pageRows(prefix, key, page, total, brief);
}

/** The message for page `n` of stored pages (answering ◀ ▶). */
export function unspinPage(
  pages: APIEmbed[][],
  n: number,
  prefix: string,
  key: string,
  briefButton = false,
): Payload {
  return pagePayload(pages, n, (page) => unspinRows(pages.length, page, prefix, key, briefButton));
}
