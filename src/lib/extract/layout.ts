/**
 * Layout: plain text from whatever was pasted (HTML tags and entities removed), paragraphs, and the lines that are
 * not body text — photo captions, credit lines and keyword lines — set apart so they produce no facts.
 */

export interface LayoutParagraph {
  /** Index among body paragraphs (0-based). */
  index: number;
  text: string;
}
export interface Layout {
  paragraphs: LayoutParagraph[];
  captions: string[];
  /** The wire dateline of the first paragraph, when there is one. */
  dateline: string | null;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

/** Removes markup when the text looks like HTML; keeps paragraph breaks. */
export function stripHtml(text: string): string {
  if (
    !/<\/?(p|div|br|span|a|html|body|h[1-6]|li|ul|figure|figcaption|article|section|script|style)\b[^>]*>/i.test(
      text,
    )
  )
    return text;
  return text
    .replace(/<(script|style|noscript)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(
      /<(br|\/p|\/div|\/h[1-6]|\/li|\/figcaption|\/figure|\/section|\/article|\/blockquote)\b[^>]*>/gi,
      '\n\n',
    )
    .replace(/<[^>]{0,2000}>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code =
          e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/\n[ \t]+/g, '\n');
}

/** Unicode clean-up that keeps offsets meaningful: one kind of quote, no control characters. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\u00a0/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, ' ');
}

const CREDIT_TAIL =
  /(?:^|[\s.])((?:[A-Z][\w.'-]*\s?){1,4}\/(?:[\w .&'-]+\/)*(?:Getty Images|AFP|Reuters|AP|AP Photo|EPA|Anadolu(?: Agency)?|Sipa|Shutterstock|U\.S\. Army|U\.S\. Navy|U\.S\. Air Force|U\.S\. Marine Corps|DVIDS|Xinhua|Pool|Handout)[\w .-]*)$/;
const SPECIALIST_CREDIT =
  /(?:Specialist|Spc\.|Sgt\.|Staff Sgt\.|Sergeant|Cpl\.|Pfc\.|Lance Cpl\.|Airman|Petty Officer|Photo by|Photograph by|Courtesy of)\s+[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3}\s*\/\s*[^\n]{2,160}$/;

/** A comma list of short items without a verb or sentence punctuation: "Iran, Iraq, Baghdad, poster". */
export function isKeywordLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 200 || /[.!?:;"]$/.test(t) || /["()]/.test(t)) return false;
  const items = t.split(/\s*,\s*/);
  if (items.length < 3) return false;
  return items.every(
    (it) =>
      it.length > 0 &&
      it.split(/\s+/).length <= 3 &&
      !/\b(is|are|was|were|has|have|had|said|says|will|would)\b/i.test(it),
  );
}

/** Splits a credit glued to the end of a caption sentence ("allies.Specialist NAME/UNIT/U.S. Army"). */
function splitCredit(line: string): { text: string; credit: string | null } {
  const glued = line.match(/^(.*[a-z0-9)][.!?])([A-Z][^\n]*\/[^\n]*)$/);
  if (glued && (SPECIALIST_CREDIT.test(glued[2]) || CREDIT_TAIL.test(glued[2])))
    return { text: glued[1], credit: glued[2] };
  const sp = line.match(SPECIALIST_CREDIT);
  if (sp && sp.index !== undefined) return { text: line.slice(0, sp.index).trim(), credit: sp[0] };
  const m = line.match(CREDIT_TAIL);
  if (m && m.index !== undefined) {
    const at = m.index + (m[0].length - m[1].length);
    return { text: line.slice(0, at).trim(), credit: m[1] };
  }
  return { text: line, credit: null };
}

const DATELINE =
  /^\p{Lu}[\p{Lu} .'-]{2,40}(?:,\s*\p{Lu}[\p{L} .'-]{2,30}){0,2}(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?(?:\s*\([^)]{1,40}\))?\s*[-–—]+\s*/u;
const CAPTION_START = /^(photo|image|picture|file photo|pictured|caption|credit|video)\s*[:|-]/i;

/** Separates body paragraphs from captions, credits and keyword lines. */
export function layout(raw: string): Layout {
  const text = normalizeText(stripHtml(raw));
  const blocks = text.split(/\n\s*\n/);
  // When the text has no blank lines but many line breaks, each line is a paragraph.
  const lines: string[][] = blocks.map((b) => {
    const out: string[] = [];
    for (const l of b.split('\n')) {
      const line = l.replace(/\s+/g, ' ').trim();
      if (!line) continue;
      const prev = out[out.length - 1];
      // hard-wrapped text: a line that continues the previous sentence joins it
      if (prev && !/[.!?:"')\]]$/.test(prev) && /^[a-z0-9(,]/.test(line))
        out[out.length - 1] = `${prev} ${line}`;
      else out.push(line);
    }
    return out;
  });
  const paragraphs: LayoutParagraph[] = [];
  const captions: string[] = [];
  let dateline: string | null = null;
  for (const block of lines) {
    let captionMode = false;
    for (const line of block) {
      if (isKeywordLine(line)) {
        captions.push(line);
        captionMode = true; // the line after a keyword line is the photo's caption
        continue;
      }
      const { text: body, credit } = splitCredit(line);
      if (credit) {
        // A line that ends in a photo credit is a caption, with its credit.
        captions.push(line);
        captionMode = false;
        continue;
      }
      if (captionMode || CAPTION_START.test(line)) {
        captions.push(line);
        captionMode = false;
        continue;
      }
      // a wire dateline ("PESHAWAR, Pakistan, June 18 (Agency) -") names where the story was filed, not where it happened
      let clean = body;
      if (paragraphs.length <= 1 && dateline === null) {
        const dl = clean.match(DATELINE);
        if (dl) {
          dateline = dl[0].replace(/\s*[-–—]+\s*$/, '').trim();
          clean = clean.slice(dl[0].length);
          // kept as a paragraph of its own: its place and date are facts, but not the event's
          // in ordinary case, so that "DAKAR" reads as the city rather than an acronym
          const cased = dateline.replace(/\p{Lu}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
          paragraphs.push({ index: paragraphs.length, text: `${cased}.` });
        }
      }
      if (clean) paragraphs.push({ index: paragraphs.length, text: clean });
    }
  }
  return { paragraphs, captions, dateline };
}
