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
  /** The byline ("By Jane Doe, Agency"), when there is one: its names are the writers, not the story's people. */
  byline: string | null;
  /** Time stamps of the page ("Updated 14:02 GMT", "Published 3 November 2025"), in order. */
  stamps: string[];
  /** Page furniture set apart: advertising, share and sign-up lines, links to other stories, sign-offs, kickers. */
  boilerplate: string[];
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

/** Agencies and photo services named in datelines and credits. */
const AGENCY =
  '(?:Reuters|REUTERS|AP|AFP|AP Photo|Associated Press|EPA|EPA-EFE|EFE|Anadolu(?: Agency)?|ANADOLU|Xinhua|XINHUA|Bloomberg|UPI|dpa|DPA|ANSA|IANS|PTI|ANI|Kyodo|Yonhap|TASS|Bernama|CNN|BBC|Al Jazeera|NPR|WAM|SPA|IRNA|KUNA|MENA|Newsdesk|Getty Images|Getty)';
/** A photo credit closing a caption: "(Photo by X/AFP via Getty Images)", "(AP Photo/Jane Doe)", "REUTERS/Jane Doe/File Photo",
 * "Photograph: Jane Doe/Reuters", "[File: Jane Doe/Al Jazeera]". */
const CREDIT_END = new RegExp(
  [
    String.raw`[(\[]\s*(?:(?:AP|AFP|EPA|Reuters|Xinhua|Anadolu|UPI|Getty)\s+Photos?|Photos?(?:graph)?\s*(?:by|:)|Pictures?\s*(?:by|:)|Images?\s*(?:by|:)|Video\s*(?:by|:)|File(?:\s+photo)?\s*:|Credit\s*:|Courtesy(?:\s+of)?)\s*[^()\[\]\n]{0,160}[)\]]\.?$`,
    String.raw`[(\[]\s*(?:File:\s*)?[\p{Lu}][\p{L}.'-]*(?:\s[\p{Lu}][\p{L}.'-]*){0,4}\s*\/\s*${AGENCY}[^()\[\]\n]{0,40}[)\]]\.?$`,
    String.raw`\b(?:REUTERS|AFP|AP|EPA(?:-EFE)?|ANADOLU|XINHUA|SPUTNIK|Reuters|Xinhua)\s?\/\s?[\p{Lu}][\p{L}.'-]*(?:\s[\p{Lu}][\p{L}.'-]*){0,4}(?:\s?\/\s?[\p{L} .'-]{2,30}){0,2}\.?$`,
    String.raw`\b(?:Photograph|Photo|Picture|Image|Credit|Illustration)s?\s*:\s*[^\n]{2,100}$`,
    // a credit line of its own: "AP Photo/Jane Doe", "Jane Doe/Reuters"
    String.raw`^(?:(?:AP|AFP|EPA|Reuters|REUTERS|Xinhua|Getty Images)(?:\s+Photo)?\s*\/\s*[\p{Lu}][\p{L}.'-]*(?:\s[\p{Lu}][\p{L}.'-]*){0,4}|[\p{Lu}][\p{L}.'-]*(?:\s[\p{Lu}][\p{L}.'-]*){0,4}\s*\/\s*${AGENCY}(?:\s+via\s+Getty\s+Images)?)$`,
    String.raw`\b[\p{Lu}][\p{L}.'-]*(?:\s[\p{Lu}][\p{L}.'-]*){0,3}\s?\/\s?${AGENCY}\s+(?:via\s+Getty\s+Images\s+)?(?:hide|toggle)\s+caption$`,
  ].join('|'),
  'u',
);
/** Lines that are a photo caption or credit by their first words (BBC "Image caption, …", "FILE PHOTO: …"). */
const CAPTION_START =
  /^(?:(?:photo|image|picture|file photo|pictured|caption|credit|video|photograph|illustration)\s*[:|-]|(?:image source|image caption|media caption|video caption|image copyright)\s*[:|,])/i;

/** A line of its own that is only page furniture. */
const FURNITURE_LINE = new RegExp(
  `^(?:${[
    'advertisement',
    'advertisement[ -–]+scroll to continue',
    'skip advertisement',
    'story continues (?:below|after) (?:this )?(?:advertisement|ad)',
    'continue reading(?: the main story| below)?',
    'scroll to continue',
    'share(?: this)?(?: article| story| page| on \\w+)?',
    'share via',
    'copy link',
    'link copied',
    'print(?: this)?(?: article| page)?',
    'save(?: article| story| for later)?',
    'comments?(?: \\(\\d+\\))?',
    '\\d+ comments?',
    'listen(?: to this)?(?: article| story)?(?: \\(?\\d+ min(?:utes?)?\\)?)?',
    '\\d+\\s*(?:-\\s*)?min(?:ute)?s?\\s+read',
    'read time:? \\d+ min(?:ute)?s?',
    'follow(?: us)?',
    'subscribe(?: now)?',
    'sign in',
    'log in',
    'register',
    'menu',
    'close',
    'more',
    'top stories',
    'most (?:read|popular|viewed)',
    'related(?: articles?| stories| content| coverage| topics| news| links)?',
    'more on this (?:story|topic)',
    'more (?:stories|from \\w+(?: \\w+)?)',
    'recommended(?: stories| for you)?',
    'read next',
    'what to read next',
    'you (?:may|might) also (?:like|be interested in)',
    'topics?',
    'tags?',
    'watch(?: now| live| video)?',
    'play(?: video)?',
    'loading(?:\\.\\.\\.)?',
    'trending(?: now)?',
    'breaking(?: news)?',
    'live',
    'enlarge this image',
    'hide caption',
    'toggle caption',
    'getty images',
    'reuters',
    'afp',
    'ap',
    'view comments',
    'back to top',
    'open in app',
    'skip to (?:main )?content',
  ].join('|')})[.:]?$`,
  'i',
);
const SHARE_WORD =
  /^(?:share|facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|telegram|messenger|pinterest|print|copy|link|copied|flipboard|bluesky|threads|mail|sms|tweet|post)$/i;
/**
 * Labels of a link to other stories, in lower case (regular-expression source without escapes): a line that starts
 * with one is a link (PROMO_START), and one-line text is cut before one (unflatten.ts).
 */
export const LINK_LABELS = [
  'read more',
  'read also',
  'also read',
  'see also',
  'more on this story',
  'related(?: story| stories| articles?| coverage| content| videos?| topics| links| news)?',
  'must read',
  'watch',
  'tags',
  'topics',
];
/** A link to another story or a promotion, by its first words. */
const PROMO_START = new RegExp(
  `^(?:${[
    ...LINK_LABELS,
    'more',
    'watch now',
    'listen',
    'recommended',
    'explainer',
    'opinion',
    'live updates',
    'go deeper',
    'in pictures',
    'in depth',
    'analysis',
    'factbox',
    'timeline',
    'more coverage',
    'more reading',
    'further reading',
  ].join('|')})\\s*[:|>»›–—-]\\s*\\S`,
  'i',
);
const PROMO =
  /^(?:sign up|subscribe|get (?:our|the|breaking|the latest|free|unlimited)|download (?:the|our)|follow (?:us|@?\w+ on)|join (?:our|us)|support (?:our|independent|quality|[\w'’ ]{2,40}?['’]s? journalism)|click here|tap here|like (?:us|this story)|enjoyed this|don't miss|never miss|have a (?:news )?tip|got a (?:news )?tip|send us|contact (?:us|the author)|for more (?:news|stories|on)|this (?:article|story) (?:was|is) (?:first )?(?:published|produced|originally)|you can (?:read|follow|listen)|want (?:more|to stay)|stay (?:up to date|informed|updated)|we (?:want to hear|value your))\b/i;
const PROMO_WORDS =
  /\b(?:newsletter|inbox|subscribe|subscription|app|updates|alerts|podcast|email|follow|sign up|account|channel|notifications|briefing|journalism|donate|donation)\b/i;
/** "Reporting by Jane Doe in Cairo; Editing by Tom Hogue": credits, each "<work> by" followed by names only. */
const CREDIT_BY =
  /^[([]?\s*(?:(?:additional |further )?(?:reporting|writing|editing|compiled|edited|written|graphics|research|translation|translated|produced|photography|video|fact-checking|fact checking)(?:\s+(?:and|&)\s+\w+)?\s+by)\s+(.*)$/i;
const CREDIT_NAMES =
  /^(?:\p{Lu}[\p{L}.'-]*|and|&|in|at|for|of|the|from|al|el|de|da|van|von|bin|our|staff|correspondents?|reporters?|bureau|desk|team|newsroom|[,;()[\].:|/-]|(?:(?:additional |further )?(?:reporting|writing|editing|compiled|edited|written|graphics|research|translation|translated|produced|photography|video|fact-checking)(?:\s+(?:and|&)\s+\w+)?\s+by))$/u;
/** The sign-off of a wire story and the page footer after it: credits, copyright, the agency's standards line. */
function isSignoff(line: string): boolean {
  const t = line.trim();
  if (t.length > 400) return false;
  if (
    /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\.?$|^our standards\s*:/i.test(t)
  )
    return true;
  if (CONTRIBUTED.test(t)) return true;
  const m = t.match(CREDIT_BY);
  if (!m) return false;
  // every word after "by" is a name or a credit connector: "Research by the bank showed …" is a sentence
  const toks = m[1]
    .replace(/([,;()[\]|])/g, ' $1 ')
    .split(/\s+/)
    .filter(Boolean);
  return (
    toks.length > 0 &&
    toks.length <= 60 &&
    toks.every(
      (w) =>
        CREDIT_NAMES.test(w) ||
        /^(?:reporting|writing|editing|compiled|edited|written|graphics|research|translation|photography|video|additional|further|by)$/i.test(
          w,
        ),
    )
  );
}
/** An editor's note or correction: set apart, but the story goes on after it. */
const NOTE =
  /^[([]?\s*(?:this (?:story|article|report) (?:has been|was) (?:updated|corrected|amended|changed)|correction\s*:|clarification\s*:|editor'?s note\s*:)/i;
const CONTRIBUTED =
  /\bcontributed (?:reporting |to )?(?:to )?(?:this|the) (?:report|story|article|reporting)\.?[)\]]?$/i;
/** A section header that introduces a list of links to other stories. */
const LIST_HEADER =
  /^(?:related(?: articles?| stories| content| coverage| topics| news)?|more on this (?:story|topic)|more stories|top stories|most (?:read|popular|viewed)|read next|recommended(?: stories| for you)?|you (?:may|might) also (?:like|be interested in)|latest(?: news| stories)?|more from \w+(?: \w+)?|around the web|elsewhere on \w+|trending(?: now)?)[.:]?$/i;

/** Words that only a time stamp is made of: "Updated 14:02 GMT", "Mon 3 Nov 2025 14.02 GMT", "2 hours ago". */
const STAMP_LEAD =
  /^(?:published|updated|last updated|first published|posted|modified|last modified|date|issued|released)\b\s*:?\s*(?:on\s+|at\s+)?/i;
const STAMP_TOKEN =
  /^(?:\d{1,4}(?:[:.]\d{2}){0,2}(?:am|pm|h)?|\d{1,2}(?:st|nd|rd|th)|\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?|\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|a\.m\.?|p\.m\.?|am|pm|gmt(?:[+-]\d{1,2})?|utc(?:[+-]\d{1,2})?|[ecmp][sd]?t|bst|cet|cest|eet|eest|ist|jst|ast|wat|cat|eat|sast|pkt|aest|aedt|at|on|ago|just|now|an?|one|two|\d+|hours?|hrs?|minutes?|mins?|days?|weeks?|seconds?|secs?|updated|published|by|\||·|•|-|–|—|,|\/)$/i;

/** Whether a line is only a time stamp (optionally after "Published" / "Updated"). */
export function isStampLine(line: string): boolean {
  const t = line.trim();
  if (/^(?:published|updated|last updated|first published|posted)\s*:?$/i.test(t)) return true;
  if (t.length > 90 || !/\d|\bago\b|\bjust now\b/i.test(t)) return false;
  const lead = STAMP_LEAD.test(t);
  const rest = t.replace(STAMP_LEAD, '').replace(/([,|·•/])/g, ' $1 ');
  const toks = rest.split(/\s+/).filter(Boolean);
  if (toks.length === 0) return false;
  if (!toks.every((w) => STAMP_TOKEN.test(w))) return false;
  if (lead) return true;
  // without "Published"/"Updated": a full date with its year, "… ago", or a time with its zone — a line such as
  // "at 3 a.m. on Sunday," is a piece of a sentence, not a stamp
  return (
    (/\b(?:19|20)\d{2}\b/.test(rest) &&
      /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/i.test(
        rest,
      )) ||
    /\bago\b/i.test(rest) ||
    (/\d[:.]\d{2}/.test(rest) &&
      /\b(?:gmt|utc|[ecmp][sd]?t|bst|cet|cest|eet|eest|ist|jst|aest|aedt|wat|cat|eat|sast|pkt)\b/i.test(rest))
  );
}

/** The calendar date of a stamp line, without its time and zone ("Published On 18 Oct 2024" → "18 Oct 2024"), or null. */
export function stampDate(line: string): string | null {
  const t = line
    .replace(STAMP_LEAD, '')
    .replace(/\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?)?(?![\w])/gi, ' ')
    .replace(/\b\d{1,2}\s*(?:am|pm|a\.m\.?|p\.m\.?)(?![\w])/gi, ' ')
    .replace(
      /\b(?:gmt|utc)(?:[+-]\d{1,2})?\b|\b(?:bst|cet|cest|eet|eest|e[sd]?t|p[sd]?t|c[sd]?t|ist|jst|aest|aedt|wat|cat|eat|sast|pkt)\b/gi,
      ' ',
    )
    .replace(/\b(?:updated|published|ago|at|on)\b|[|·•]/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,/-]+|[\s,/-]+$/g, '');
  const month = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/i;
  if (/\b\d{4}-\d{2}-\d{2}\b/.test(t)) return t.match(/\b\d{4}-\d{2}-\d{2}\b/)?.[0] ?? null;
  if (month.test(t) && /\b\d{1,2}(?:st|nd|rd|th)?\b/.test(t) && /\b\d{4}\b/.test(t)) return t;
  return null;
}

const BYLINE_LOWER = new Set(
  'and a an the by staff reporter reporters correspondent correspondents writer writers editor editors in of our for with at news senior chief political foreign special contributor contributors bureau desk agency wire service team from analyst analysis special-correspondent journalist journalists investigative economics business defence defense security diplomatic international world africa europe asia middle east affairs data health science technology tech climate environment'.split(
    ' ',
  ),
);
/** "By Jane Doe, Agency", "By JANE DOE and Omar Haddad | Agency", "By a staff reporter | City". */
export function isBylineLine(line: string): boolean {
  const t = line.trim();
  if (!/^by\s+\S/i.test(t) || t.length > 160 || /[.!?;:]["']?$/.test(t.replace(/\b[A-Z]\.$/, '')))
    return false;
  const words = t
    .slice(3)
    .split(/[\s,|·•/–—-]+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 16) return false;
  return words.every(
    (w) =>
      /^\p{Lu}/u.test(w) || BYLINE_LOWER.has(w.toLowerCase()) || /^(?:al|el|de|da|van|von|bin|ibn)$/i.test(w),
  );
}
/** Role and outlet words that make a short name line a byline: "Jane Doe, BBC News", "Jane Doe | Reuters". */
const BYLINE_ROLE = new RegExp(
  String.raw`(?:^|[\s,|·•–—-])(?:${AGENCY}|[\p{L}]+ News|News|Correspondent|Reporter|Staff Writer|Staff|Editor|Writer|Contributor|Journalist|Bureau Chief|Press)(?=$|[\s,|·•–—-])`,
  'iu',
);
/** A short line of a name and a role or outlet, without a verb or sentence punctuation. */
function isNameRoleLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 90 || /[.!?;:"]$/.test(t)) return false;
  const parts = t.split(/\s*(?:,|\||·|•|\s[-–—]\s)\s*/).filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return false;
  const name = /^\p{Lu}[\p{L}'.-]*(?:\s+(?:\p{Lu}[\p{L}'.-]*|al|el|de|da|van|von|bin)){1,3}$/u;
  return name.test(parts[0]) && parts.slice(1).some((p) => BYLINE_ROLE.test(` ${p}`));
}

/** An outlet line under a byline: "BBC News, Beirut", "Reuters". */
function isOutletLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 60 || /[.!?;:"]$/.test(t)) return false;
  const first = t.split(/\s*(?:,|\||·|•)\s*/)[0];
  return new RegExp(`^(?:${AGENCY}|[\\p{L}]+ News|News|Staff|Correspondent|Reporter)$`, 'iu').test(first);
}

/** An all-capitals line of a few words with no sentence punctuation: a section kicker ("WORLD NEWS", "EXCLUSIVE"). */
function isKickerLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 60 || /[.!?,;"]$/.test(t) || /[–—]\s*$|\s[-–—]\s/.test(t)) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3 || letters !== letters.toUpperCase()) return false;
  return t.split(/\s+/).length <= 6;
}
/** Breadcrumbs: "Home > World > Africa", "News › World". */
function isBreadcrumb(line: string): boolean {
  const t = line.trim();
  return (
    t.length <= 120 &&
    /\s[>›»]\s/.test(t) &&
    !/[.!?]$/.test(t) &&
    t.split(/\s[>›»]\s/).every((p) => p.split(/\s+/).length <= 4)
  );
}
/** A paragraph of running text: enough words and a sentence end. */
const isProse = (line: string) => line.split(/\s+/).length >= 12 && /[.!?]["')\]]*$/.test(line.trim());

export type LineKind = 'body' | 'caption' | 'byline' | 'stamp' | 'boilerplate' | 'signoff' | 'list-header';

/**
 * A weekday alone, or with its day of the month: "MONDAY", "Tuesday, October 6", "Wednesday 7 October" (a date with
 * its year under a byline is the page's stamp).
 */
const DAY_HEADING =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?))?$/i;
/** What a line of pasted article text is, on its own (the surrounding lines decide the rest). */
export function lineKind(line: string): LineKind {
  const t = line.trim();
  // the day heading a timeline page's section ("MONDAY", "Tuesday, October 6"): the day of the events told under it
  if (DAY_HEADING.test(t)) return 'body';
  if (t.length <= 400) {
    if (FURNITURE_LINE.test(t) || !/[\p{L}\p{N}]/u.test(t)) return 'boilerplate';
    if (
      /^(?:follow|visit|see|find|read|watch|listen to|subscribe|download|get)\b/i.test(t) &&
      /\bhttps?:\/\/|\bwww\./i.test(t) &&
      t.split(/\s+/).length <= 30
    )
      return 'boilerplate';
    if (LIST_HEADER.test(t)) return 'list-header';
    const words = t.split(/[\s,|·•]+/).filter(Boolean);
    if (words.length <= 8 && words.every((w) => SHARE_WORD.test(w))) return 'boilerplate';
    if (isStampLine(t)) return 'stamp';
    if (isBylineLine(t)) return 'byline';
    if (isSignoff(t)) return 'signoff';
    if (NOTE.test(t) && t.length <= 400) return 'boilerplate';
    if (PROMO_START.test(t) && words.length <= 30) return 'boilerplate';
    if (PROMO.test(t) && words.length <= 40 && PROMO_WORDS.test(t)) return 'boilerplate';
    if (isBreadcrumb(t) || isKickerLine(t)) return 'boilerplate';
    if (CAPTION_START.test(t)) return 'caption';
  }
  if (t.length <= 600 && CREDIT_END.test(t)) return 'caption';
  return 'body';
}

const DATELINE = new RegExp(
  [
    // "KHARTOUM, Sudan (AP) —", "BEIRUT, Nov 3 (Reuters) -", "PESHAWAR, Pakistan, June 18 (Agency) -", "LONDON, 3 November 2025 —"
    String.raw`^\p{Lu}[\p{Lu} .'-]{2,40}(?:,\s*\p{Lu}[\p{L} .'-]{2,30}){0,2}(?:,?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?)?(?:\s*\([^)]{1,40}\))?\s*[-–—]+\s*`,
    // "(CNN) —": the agency alone
    String.raw`^\(${AGENCY}\)\s*[-–—]+\s*`,
    // "Beirut (AFP) -", "Addis Ababa, Ethiopia (Reuters) —": ordinary case needs the agency in brackets
    String.raw`^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,3}(?:,\s*\p{Lu}[\p{L} .'-]{2,30}){0,2}(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*\(${AGENCY}[^)]{0,20}\)\s*[-–—]+\s*`,
  ].join('|'),
  'u',
);

/** "1/8 ", "2/ ", "🧵 3/8 ": the number of a post in a thread, at the head of a line. */
const POST_NUMBER = /^(?:🧵\s*)?(\d{1,2}) ?\/(\d{1,2})?(?:\s+|$)/u;

/**
 * Removes the numbers of a thread's posts ("1/8", "2/8", …), so that they are not read as dates: lines whose heads
 * count 1, 2, 3 … in order (out of one total, when a total is given), at least two of them.
 */
function stripPostNumbers(lines: string[][]): void {
  const heads: { block: number; line: number; length: number }[] = [];
  let total: string | undefined;
  lines.forEach((block, b) => {
    block.forEach((line, l) => {
      const m = POST_NUMBER.exec(line);
      if (!m || Number(m[1]) !== heads.length + 1 || (heads.length > 0 && m[2] !== total)) return;
      if (m[2] !== undefined && Number(m[1]) > Number(m[2])) return;
      total = m[2];
      heads.push({ block: b, line: l, length: m[0].length });
    });
  });
  if (heads.length < 2) return;
  for (const h of heads) lines[h.block][h.line] = lines[h.block][h.line].slice(h.length);
}

/** Separates body paragraphs from captions, credits, keyword lines, bylines, time stamps and page furniture. */
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
      if (prev && !/[.!?:"')\]]$/.test(prev) && /^[a-z0-9(,]/.test(line) && lineKind(prev) === 'body')
        out[out.length - 1] = `${prev} ${line}`;
      else out.push(line);
    }
    return out;
  });
  stripPostNumbers(lines);
  const paragraphs: LayoutParagraph[] = [];
  const captions: string[] = [];
  const stamps: string[] = [];
  const boilerplate: string[] = [];
  let dateline: string | null = null;
  let byline: string | null = null;
  /** Before the first paragraph of running text: headline, kicker, byline and stamp territory. */
  let head = true;
  /** After a sign-off ("Reporting by …", "© 2025 …"): the page footer. */
  let footer = false;
  /** After "Related stories" and the like: a list of other stories' headlines. */
  let list = false;
  let bodyLines = 0;
  let stampDated = false;
  for (const block of lines) {
    let captionMode = false;
    for (const line of block) {
      const kind = lineKind(line);
      if (kind === 'stamp') {
        stamps.push(line);
        // the first dated stamp is the article's date, like a dateline's: its day stays, its time does not
        const day = stampDated ? null : stampDate(line);
        if (day) {
          stampDated = true;
          paragraphs.push({ index: paragraphs.length, text: `${day}.` });
        }
        continue;
      }
      if (
        kind === 'byline' ||
        (head && bodyLines > 0 && isNameRoleLine(line)) ||
        (head && byline !== null && isOutletLine(line))
      ) {
        byline = byline === null ? line : `${byline} · ${line}`;
        continue;
      }
      // a section kicker above the headline ("Middle East", "Africa"): a few words without punctuation
      if (
        head &&
        bodyLines === 0 &&
        kind === 'body' &&
        line.split(/\s+/).length <= 3 &&
        !/[.!?"']$/.test(line)
      ) {
        boilerplate.push(line);
        continue;
      }
      if (kind === 'signoff') {
        boilerplate.push(line);
        footer = true;
        continue;
      }
      if (kind === 'list-header') {
        boilerplate.push(line);
        list = true;
        continue;
      }
      if (kind === 'boilerplate') {
        boilerplate.push(line);
        continue;
      }
      if (kind === 'caption') {
        captions.push(line);
        captionMode = false;
        continue;
      }
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
      if (captionMode) {
        captions.push(line);
        captionMode = false;
        continue;
      }
      const prose = isProse(body);
      // the footer and story lists hold other stories' headlines: only running text stays
      if (footer && !prose) {
        boilerplate.push(line);
        continue;
      }
      if (list) {
        if (!prose) {
          boilerplate.push(line);
          continue;
        }
        list = false;
      }
      // a short name line under the headline: the writer ("Jane Doe"), not a fact of the story
      if (
        head &&
        bodyLines > 0 &&
        body.length <= 40 &&
        /^\p{Lu}[\p{L}'.-]+(?:\s+(?:\p{Lu}[\p{L}'.-]*|al|el|de|da|van|von|bin)){1,3}$/u.test(body)
      ) {
        byline = byline === null ? body : `${byline} · ${body}`;
        continue;
      }
      // a wire dateline ("PESHAWAR, Pakistan, June 18 (Agency) -") names where the story was filed, not where it happened
      let clean = body;
      if (dateline === null && bodyLines <= 3) {
        const dl = clean.match(DATELINE);
        if (dl) {
          dateline = dl[0].replace(/\s*[-–—]+\s*$/, '').trim();
          clean = clean.slice(dl[0].length);
          // kept as a paragraph of its own, without the agency: its place and date are facts, but not the
          // event's; in ordinary case, so that "DAKAR" reads as the city rather than an acronym
          const cased = dateline
            .replace(/\s*\([^)]*\)\s*$/, '')
            .replace(/\p{Lu}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
          if (cased) paragraphs.push({ index: paragraphs.length, text: `${cased}.` });
        }
      }
      if (clean) {
        paragraphs.push({ index: paragraphs.length, text: clean });
        bodyLines++;
        if (prose || dateline !== null) head = false;
      }
    }
  }
  // "By a staff reporter | Chiang Mai", "By Jane Doe in Cairo": where the story was filed, when no dateline says so
  if (dateline === null && byline) {
    const place = byline.match(
      new RegExp(
        String.raw`(?:\s\|\s*|\sin\s+|(?:News|${AGENCY}),\s*)(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+){0,2})\s*$`,
        'u',
      ),
    )?.[1];
    if (place && !BYLINE_ROLE.test(` ${place}`)) {
      dateline = place;
      // last, so that where the reporter sits does not lead the reading of the story's own places
      paragraphs.push({ index: paragraphs.length, text: `Filed in ${place}.` });
    }
  }
  return { paragraphs, captions, dateline, byline, stamps, boilerplate };
}
