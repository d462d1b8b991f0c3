/** Bytes → text: charset from the header, a BOM or an HTML meta tag; UTF-8 by default, latin1 as fallback. */
import { TextDecoder } from 'node:util';

const ALIASES: Record<string, string> = {
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  utf8: 'utf-8',
};

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  const name = ALIASES[label.toLowerCase()] ?? label.toLowerCase();
  try {
    return new TextDecoder(name);
  } catch {
    return undefined;
  }
}

/** The charset declared by `<meta charset>` or `<meta http-equiv="content-type">` in the first 4 KB. */
export function sniffMetaCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([A-Za-z0-9_.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** Share of bytes that are not valid UTF-8 (0 for valid UTF-8). */
export function invalidUtf8Ratio(bytes: Buffer): number {
  if (bytes.length === 0) return 0;
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  for (const ch of text) if (ch === '\uFFFD') bad++;
  // Genuine U+FFFD characters in the input are rare; count them all as invalid.
  return bad / bytes.length;
}

/**
 * Decodes bytes with the first usable charset: BOM, then `declared` (from the HTTP header), then an
 * HTML meta tag (when `html`), then UTF-8 if the bytes are valid UTF-8, else windows-1252 (latin1).
 */
export function decodeText(bytes: Buffer, declared?: string, html = false): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const fromHeader = decoderFor(declared);
  if (fromHeader) return fromHeader.decode(bytes);
  if (html) {
    const fromMeta = decoderFor(sniffMetaCharset(bytes));
    if (fromMeta) return fromMeta.decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
