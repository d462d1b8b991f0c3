/**
 * Article input shared by every reading command: pasted text, an attachment (.txt, .md, .html) or a
 * URL. Network access goes only through `safeGet` (see http.ts); every failure is a UserError with
 * a friendly, specific message.
 */
import type { Article } from '../article.ts';
import { UserError } from '../article.ts';
import { decodeText, invalidUtf8Ratio } from './decode.ts';
import { articleFromHtml } from './extract.ts';
import { type FetchOptions, formatBytes, parseContentType, safeGet } from './http.ts';

export { vetAddress } from './address.ts';
export { articleFromHtml, blocksOf, normaliseDate } from './extract.ts';
export { FETCH_DEFAULTS, type FetchedBody, type FetchOptions, type SafeGetOptions, safeGet } from './http.ts';

export const LIMITS = {
  /** Pasted text, in characters. */
  textChars: 200_000,
  /** Attachments, in bytes (declared size and streamed size). */
  uploadBytes: 2 * 1024 * 1024,
  /** Fetched pages, in bytes (received and decompressed); FetchOptions.maxBytes overrides it. */
  pageBytes: 5 * 1024 * 1024,
} as const;

export const UPLOAD_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain', 'text/markdown', 'text/x-markdown']);

/** Names what a non-article content type is, for the refusal message. */
function describeType(mediaType: string): string {
  if (mediaType === 'application/pdf') return 'a PDF file';
  if (mediaType.startsWith('image/')) return 'an image';
  if (mediaType.startsWith('video/')) return 'a video';
  if (mediaType.startsWith('audio/')) return 'an audio file';
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) return 'JSON data';
  if (/(rss|atom)\+xml$/.test(mediaType)) return 'a news feed (use /feed add for feeds)';
  if (mediaType.endsWith('/xml') || mediaType.endsWith('+xml')) return 'an XML document';
  if (/zip|compressed|tar|gzip|rar|7z/.test(mediaType)) return 'an archive';
  if (/msword|officedocument|opendocument|rtf/.test(mediaType)) return 'an office document';
  if (mediaType === 'application/octet-stream') return 'a binary download';
  if (mediaType.startsWith('text/')) return `a ${mediaType.slice(5)} file`;
  return `a ${mediaType} file`;
}

function acceptArticle(mediaType: string): string | null {
  if (mediaType === '' || HTML_TYPES.has(mediaType) || TEXT_TYPES.has(mediaType)) return null;
  return `That link points to ${describeType(mediaType)}, not an article page.`;
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart();
  if (/^<(!doctype\s+html|html|head|body)\b/i.test(head)) return true;
  const tags = text
    .slice(0, 20_000)
    .match(/<\/?(p|div|article|section|h[1-6]|span|br|a|li|ul|title|meta)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 5;
}

/** NULs and other control characters removed (tabs and newlines kept), newlines normalised. */
export function cleanText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0080-\u009f]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * An Article from pasted text. HTML is recognised and extracted; control characters are stripped;
 * text longer than LIMITS.textChars is refused with a UserError naming the limit.
 */
export function articleFromText(text: string, origin: Article['origin'] = 'text'): Article {
  if (typeof text !== 'string') throw new UserError('There is no text to read.');
  if (text.length > LIMITS.textChars * 2) {
    throw new UserError(
      `That text is too long (${formatCount(text.length)} characters); the limit is ${formatCount(LIMITS.textChars)}.`,
    );
  }
  const raw = text.replace(/\u0000/g, '');
  if (looksLikeHtml(raw)) {
    const article = articleFromHtml(raw, undefined, origin);
    if (article.text.length > LIMITS.textChars) {
      throw new UserError(
        `That text is too long (${formatCount(article.text.length)} characters); the limit is ${formatCount(LIMITS.textChars)}.`,
      );
    }
    return article;
  }
  const clean = cleanText(raw);
  if (!clean) throw new UserError('There is no text to read.');
  if (clean.length > LIMITS.textChars) {
    throw new UserError(
      `That text is too long (${formatCount(clean.length)} characters); the limit is ${formatCount(LIMITS.textChars)}.`,
    );
  }
  return { text: clean, origin };
}

/** Markdown → plain article text: the first `# heading` becomes the title; heading marks are dropped. */
function articleFromMarkdown(text: string, origin: Article['origin']): Article {
  const article = articleFromText(text, origin);
  const lines = article.text.split('\n');
  let title: string | undefined;
  const firstContent = lines.findIndex((l) => l.trim() !== '');
  const m = firstContent >= 0 ? /^#{1,2}\s+(.+?)\s*#*\s*$/.exec(lines[firstContent]!) : null;
  if (m) {
    title = m[1];
    lines.splice(firstContent, 1);
  }
  const body = lines
    .map((l) => l.replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!body) throw new UserError('That file has a heading but no text to read.');
  return title ? { ...article, text: body, title } : { ...article, text: body };
}

/**
 * Fetches a web page and extracts its article. Plain-text pages are read as text. Every failure
 * (bad link, private address, DNS, timeout, size, HTTP error, not an article) is a UserError.
 */
export async function fetchArticle(url: string, opts: FetchOptions = {}): Promise<Article> {
  const page = await safeGet(url, {
    ...opts,
    maxBytes: opts.maxBytes ?? LIMITS.pageBytes,
    accept: acceptArticle,
  });
  if (page.body.length === 0) throw new UserError('That page is empty.');
  const html =
    HTML_TYPES.has(page.mediaType) ||
    (page.mediaType === '' && looksLikeHtml(page.body.subarray(0, 4096).toString('latin1')));
  if (!html && (page.body.includes(0) || invalidUtf8Ratio(page.body.subarray(0, 65536)) > 0.3)) {
    throw new UserError('That link points to a binary file, not an article page.');
  }
  const text = decodeText(page.body, page.charset, html);
  if (html) return articleFromHtml(text, page.url, 'url');
  const article =
    page.mediaType === 'text/markdown' || page.mediaType === 'text/x-markdown'
      ? articleFromMarkdown(text, 'url')
      : articleFromText(text, 'url');
  const source = new URL(page.url).hostname.replace(/^www\./, '');
  return { ...article, url: page.url, source };
}

export interface Upload {
  name: string;
  /** Declared size in bytes. */
  size: number;
  contentType?: string | null;
  url: string;
}

function extensionOf(name: string): string {
  const m = /\.[A-Za-z0-9]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

function uploadTypeAllowed(mediaType: string): boolean {
  if (!mediaType) return true;
  return (
    mediaType.startsWith('text/') ||
    mediaType === 'application/xhtml+xml' ||
    mediaType === 'application/octet-stream'
  );
}

/**
 * An Article from an attached .txt, .md or .html file: checked by extension and content type,
 * refused over LIMITS.uploadBytes before downloading (declared size) and while downloading,
 * fetched through the same safe fetcher, and refused when the content is binary.
 */
export async function articleFromUpload(upload: Upload, opts: FetchOptions = {}): Promise<Article> {
  const ext = extensionOf(upload.name);
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new UserError(
      `I can only read .txt, .md or .html files${ext ? `, not ${ext} files` : ''}. Paste the text or give a link instead.`,
    );
  }
  const declared = parseContentType(upload.contentType);
  if (!uploadTypeAllowed(declared.mediaType)) {
    throw new UserError(
      `That file is ${describeType(declared.mediaType)}, not text; I can only read .txt, .md or .html files.`,
    );
  }
  const limit = Math.min(LIMITS.uploadBytes, opts.maxBytes ?? LIMITS.uploadBytes);
  if (Number.isFinite(upload.size) && upload.size > limit) {
    throw new UserError(
      `That file is too large (${formatBytes(upload.size)}); the limit is ${formatBytes(limit)}.`,
    );
  }
  if (upload.size === 0) throw new UserError('That file is empty.');
  const file = await safeGet(upload.url, { ...opts, maxBytes: limit, noun: 'That file', accept: () => null });
  const bytes = file.body;
  if (bytes.length === 0) throw new UserError('That file is empty.');
  if (isBinary(bytes)) {
    throw new UserError(
      'That file is not text (it looks like binary data); I can only read .txt, .md or .html files.',
    );
  }
  const isHtml = ext === '.html' || ext === '.htm';
  const text = decodeText(bytes, declared.charset ?? file.charset, isHtml);
  if (isHtml) {
    const article = articleFromHtml(text, undefined, 'file');
    return article;
  }
  if (ext === '.md' || ext === '.markdown') return articleFromMarkdown(text, 'file');
  return articleFromText(text, 'file');
}

/** NUL bytes, or many bytes that are neither valid UTF-8 nor printable latin1 text. */
function isBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 65536);
  if (sample.includes(0)) return true;
  if (sample[0] === 0xff && sample[1] === 0xfe) return false; // UTF-16 with a BOM (has NULs anyway)
  let controls = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  if (controls / sample.length > 0.01) return true;
  return invalidUtf8Ratio(sample) > 0.3;
}
