/**
 * HTML → readable article: @mozilla/readability on a linkedom document, then the article body is
 * turned into plain paragraphs (blank line between blocks, whitespace normalised, figure captions
 * kept as paragraphs of their own). Title, publication date and site name come from Readability
 * and the page's metadata (Open Graph / article meta tags, JSON-LD, <time datetime>).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../article.ts';
import { UserError } from '../article.ts';

type Doc = ReturnType<typeof parseHTML>['document'];
type El = ReturnType<Doc['createElement']>;
/** The few DOM node members the text walker uses. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<unknown>;
}

const SKIP = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME BUTTON SELECT TEXTAREA'.split(' '));
const NOISE = 'script, style, noscript, template, nav, form, iframe, svg, button';

/** Collapses runs of whitespace (including non-breaking spaces) to one space. */
export function normaliseSpaces(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\n\f\v ]+/g, ' ')
    .replace(/[\u200b\u2060\ufeff]/g, '')
    .trim();
}

/** Blocks that hold running text (a paragraph, a list item, a heading …). */
const TEXT_BLOCKS = new Set('P LI TD TH DD DT BLOCKQUOTE FIGCAPTION H1 H2 H3 H4 H5 H6 PRE'.split(' '));
/** Every element that starts a new paragraph: the text blocks and the containers around them. */
const BLOCK = new Set([
  ...TEXT_BLOCKS,
  ...'ADDRESS ARTICLE ASIDE DETAILS DIV DL FIELDSET FIGURE FOOTER FORM HEADER HR MAIN NAV OL SECTION'.split(
    ' ',
  ),
  ...'SUMMARY TABLE TBODY TFOOT THEAD TR UL'.split(' '),
]);

function isBareBlockChild(node: unknown): boolean {
  const parent = (node as { parentNode?: { nodeName?: string } | null }).parentNode;
  const name = parent?.nodeName?.toUpperCase() ?? '';
  return BLOCK.has(name) && !TEXT_BLOCKS.has(name);
}

/** Block-structured text of an element: one paragraph per block, `<br>` as a line break. */
export function blocksOf(root: El): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const lines = current
      .split('\n')
      .map((line) => normaliseSpaces(line))
      .filter(Boolean);
    if (lines.length > 0) out.push(lines.join('\n'));
    current = '';
  };
  const walk = (node: unknown) => {
    const n = node as DomNode;
    if (n.nodeType === 3) {
      current += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      current += '\n';
      return;
    }
    // A bare <time> between paragraphs is a dateline, not article text.
    if (name === 'TIME' && current.trim() === '' && isBareBlockChild(node)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    for (const child of Array.from(n.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

function meta(doc: Doc, ...names: string[]): string | undefined {
  for (const name of names) {
    const el =
      doc.querySelector(`meta[property="${name}"]`) ??
      doc.querySelector(`meta[name="${name}"]`) ??
      doc.querySelector(`meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

/** All JSON-LD objects of the page, flattened (@graph and arrays included). */
function jsonLd(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const obj = value as Record<string, unknown>;
    out.push(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')) as El[]) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block is ignored.
    }
  }
  return out;
}

/** An ISO 8601 date or date-time, or undefined for anything unparseable. Date-only input stays date-only. */
export function normaliseDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) {
    const d = new Date(`${text}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? undefined : text;
  }
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) return undefined;
  const year = d.getUTCFullYear();
  if (year < 1900 || year > 2200) return undefined;
  return d.toISOString();
}

function publishedOf(
  doc: Doc,
  readabilityTime: string | null | undefined,
  ld: Record<string, unknown>[],
): string | undefined {
  const candidates: Array<string | undefined | null> = [
    meta(
      doc,
      'article:published_time',
      'og:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'date',
      'DC.date.issued',
      'dc.date',
      'parsely-pub-date',
      'sailthru.date',
    ),
  ];
  for (const obj of ld) {
    if (typeof obj.datePublished === 'string') candidates.push(obj.datePublished);
  }
  candidates.push(readabilityTime);
  const time =
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[pubdate]') ??
    doc.querySelector('time[datetime]');
  candidates.push(time?.getAttribute('datetime'));
  for (const candidate of candidates) {
    const date = normaliseDate(candidate);
    if (date) return date;
  }
  return undefined;
}

function siteNameOf(
  doc: Doc,
  readabilitySite: string | null | undefined,
  ld: Record<string, unknown>[],
  url?: string,
): string | undefined {
  const fromMeta = meta(doc, 'og:site_name', 'application-name', 'twitter:site');
  if (fromMeta && !fromMeta.startsWith('@')) return normaliseSpaces(fromMeta);
  if (readabilitySite) return normaliseSpaces(readabilitySite);
  for (const obj of ld) {
    const publisher = obj.publisher as { name?: unknown } | undefined;
    if (publisher && typeof publisher.name === 'string') return normaliseSpaces(publisher.name);
  }
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function titleOf(doc: Doc, readabilityTitle: string | null | undefined): string | undefined {
  const candidates = [
    meta(doc, 'og:title', 'twitter:title'),
    readabilityTitle,
    doc.querySelector('h1')?.textContent,
    doc.querySelector('title')?.textContent,
  ];
  for (const c of candidates) {
    const t = c ? normaliseSpaces(c) : '';
    if (t) return t.length > 300 ? `${t.slice(0, 299)}…` : t;
  }
  return undefined;
}

/** Removes a leading paragraph that only repeats the title. */
function dropRepeatedTitle(blocks: string[], title: string | undefined): string[] {
  if (title && blocks.length > 1 && normaliseSpaces(blocks[0]!).toLowerCase() === title.toLowerCase()) {
    return blocks.slice(1);
  }
  return blocks;
}

/**
 * Extracts the readable article from an HTML page. `url` (the page address) is used for the site
 * name fallback and provenance. Throws a UserError when the page has no readable text.
 */
export function articleFromHtml(
  html: string,
  url?: string,
  origin: Article['origin'] = url ? 'url' : 'text',
): Article {
  const { document } = parseHTML(html);
  const doc = document as Doc;
  const ld = jsonLd(doc);

  // Readability mutates the document it reads, so it gets its own copy.
  const { document: copy } = parseHTML(html);
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(copy as never, { charThreshold: 200 }).parse();
  } catch {
    parsed = null;
  }

  let blocks: string[] = [];
  if (parsed?.content) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    blocks = blocksOf((body as Doc).body as El);
  }
  if (blocks.join(' ').length < 200) {
    // Short pages (or ones Readability gives up on): the whole body without navigation and scripts.
    const { document: whole } = parseHTML(html);
    const wdoc = whole as Doc;
    for (const el of Array.from(wdoc.querySelectorAll(NOISE)) as El[]) el.remove();
    const root = (wdoc.querySelector('article') ?? wdoc.querySelector('main') ?? wdoc.body) as El | null;
    const fallback = root ? blocksOf(root) : [];
    if (fallback.join(' ').length > blocks.join(' ').length) blocks = fallback;
  }
  const title = titleOf(doc, parsed?.title);
  blocks = dropRepeatedTitle(blocks, title);
  const text = blocks.join('\n\n').trim();
  if (!text) throw new UserError('That page has no readable article text.');
  const article: Article = { text, origin };
  if (title) article.title = title;
  if (url) article.url = url;
  const published = publishedOf(doc, parsed?.publishedTime, ld);
  if (published) article.published = published;
  const source = siteNameOf(doc, parsed?.siteName, ld, url);
  if (source) article.source = source;
  return article;
}
