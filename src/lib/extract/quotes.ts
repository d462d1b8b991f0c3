/**
 * Quotations with their speakers: persons, organisations ("the statement said" → whoever issued it) or governments
 * named by country or capital. Continuation paragraphs inherit the speaker; "she said" refers back to the last
 * person; scare quotes (short phrases with no speech around them) are not speech.
 */
import type { Doc } from './doc.ts';
import type { Entities, Mention, Org, Person, Place } from './entities.ts';
import { ORG_HEAD, PRONOUNS, SPEECH_VERBS, STATEMENT_NOUNS } from './lexicon.ts';

export interface Quote {
  speaker: string | null;
  speakerKind: 'person' | 'org' | 'place' | null;
  text: string;
  start: number;
  end: number;
  sent: number;
  para: number;
  /** How the speaker was found: "subject", "after quote", "pronoun", "statement", "according to", "continuation". */
  via: string | null;
}

const ORG_HEADS = new Set([
  ...ORG_HEAD,
  'centre',
  'center',
  'mission',
  'command',
  'bloc',
  'firm',
  'operator',
  'utility',
  'party',
  'ministry',
  'group',
  'company',
  'government',
  'army',
  'military',
  'coalition',
  'council',
  'movement',
  'agency',
  'office',
  'department',
  'police',
  'service',
  'administration',
  'authority',
  'committee',
  'organization',
  'organisation',
  'union',
  'alliance',
  'court',
  'commission',
  'network',
  'forces',
]);
const SPEECH = new Set([
  ...SPEECH_VERBS,
  'issued',
  'released',
  'saying',
  'stating',
  'referencing',
  'reading',
  'adding',
  'noting',
  'telling',
  'calling',
  'warning',
  'writing',
]);
const INTRO =
  /^\s*(in|citing|speaking|asked|according|after|despite|as|when|while|on|at|during|following|referring|responding|meanwhile|however|but|and)\b/i;

interface Span {
  a: number;
  b: number;
  para: number;
  /** true when the quote ran to the end of the paragraph without closing */
  open: boolean;
  /** true when this span continues an open quote from the previous paragraph */
  cont: boolean;
}

function quoteSpans(doc: Doc): Span[] {
  const spans: Span[] = [];
  let carry = false;
  for (const p of doc.paragraphs) {
    const t = p.text;
    const idx: number[] = [];
    for (let i = 0; i < t.length; i++) if (t[i] === '"') idx.push(i);
    const startsWithQuote = /^\s*"/.test(t);
    const cont = carry && startsWithQuote;
    carry = false;
    for (let k = 0; k < idx.length; k += 2) {
      const a = idx[k] + 1;
      if (k + 1 < idx.length)
        spans.push({
          a: p.start + a,
          b: p.start + idx[k + 1],
          para: p.index,
          open: false,
          cont: cont && k === 0,
        });
      else {
        spans.push({ a: p.start + a, b: p.end, para: p.index, open: true, cont: cont && k === 0 });
        carry = true;
      }
    }
  }
  return spans;
}

const wordsIn = (s: string) => s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

export function extractQuotes(doc: Doc, ents: Entities): Quote[] {
  const spans = quoteSpans(doc);
  const W = doc.words;
  const out: Quote[] = [];
  const inQuote = (pos: number) => spans.some((s) => pos >= s.a && pos < s.b);
  let lastPersonSpeaker: { name: string; at: number } | null = null;
  let lastOrgSpeaker: { name: string; kind: 'org' | 'place'; at: number } | null = null;
  let prevQuote: Quote | null = null;

  const entName = (m: Mention): { name: string; kind: 'person' | 'org' | 'place' } | null => {
    const e = ents.byId.get(m.id);
    if (!e) return null;
    if (m.kind === 'person') return { name: (e as Person).name, kind: 'person' };
    if (m.kind === 'org') return { name: (e as Org).name, kind: 'org' };
    if (m.kind === 'place') {
      const p = e as Place;
      return p.kind === 'country' || p.kind === 'city' ? { name: p.name, kind: 'place' } : null;
    }
    return null;
  };
  /** The person a pronoun at `pos` refers to: the latest person named before it, skipping introductory phrases
   * of its own sentence ("Citing X, she said"). */
  const antecedent = (pos: number, pronoun = ''): { name: string; kind: 'person' } | null => {
    const want = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    const sIdx = W.find((w) => w.start >= pos)?.sent ?? 0;
    const s = doc.sentences[sIdx];
    const lead = doc.text.slice(s.start, pos);
    const introEnd = INTRO.test(lead) ? s.start + lead.lastIndexOf(',') : s.start;
    for (let k = ents.mentions.length - 1; k >= 0; k--) {
      const m = ents.mentions[k];
      if (m.start >= pos || m.kind !== 'person' || pos - m.start > 2500) continue;
      if (m.start >= s.start && m.start < introEnd) continue;
      const e = ents.byId.get(m.id) as Person | undefined;
      // "she" is the last woman named, "he" the last man, when their gender is known
      if (e && want && e.gender && e.gender !== 'u' && e.gender !== want) continue;
      if (e) return { name: e.name, kind: 'person' };
    }
    return null;
  };
  /** The last organisation named before `pos` in its paragraph or the one before (outside quotes). */
  const lastOrgNear = (pos: number): Mention | null => {
    const para = doc.paragraphs.find((p) => pos >= p.start && pos <= p.end);
    const from = para ? (doc.paragraphs[para.index - 1]?.start ?? para.start) : pos - 600;
    for (let k = ents.mentions.length - 1; k >= 0; k--) {
      const m = ents.mentions[k];
      if (m.start >= pos || m.kind !== 'org' || inQuote(m.start)) continue;
      if (m.start < from) break;
      return m;
    }
    return null;
  };
  const statementIssuer = (
    segStart: number,
    segEnd: number,
  ): { name: string; kind: 'person' | 'org' | 'place' } | null => {
    // "the Iraqi statement" → the last organisation of that country, or the country itself
    const dem = ents.mentions.find((m) => m.kind === 'demonym' && m.start >= segStart && m.end <= segEnd);
    if (dem) {
      const code = dem.id.replace('country:', '');
      const org = [...ents.mentions]
        .reverse()
        .find((m) => m.kind === 'org' && m.start < segStart && (ents.byId.get(m.id) as Org).country === code);
      if (org) return entName(org);
      const c = ents.places.find((p) => p.kind === 'country' && p.country === code);
      return c ? { name: c.name, kind: 'place' } : null;
    }
    if (lastOrgSpeaker) return { name: lastOrgSpeaker.name, kind: lastOrgSpeaker.kind };
    const org = [...ents.mentions].reverse().find((m) => m.kind === 'org' && m.start < segStart);
    return org ? entName(org) : null;
  };

  /** The speaker named in [a, b): persons first, then organisations, then governments; pronouns and statements resolved. */
  const candidateIn = (
    a: number,
    b: number,
    pos: number,
  ): { name: string; kind: 'person' | 'org' | 'place'; via: string } | null => {
    const ms = ents.mentions.filter((m) => m.start >= a && m.end <= b && !inQuote(m.start));
    for (const kind of ['person', 'org', 'place'] as const) {
      const m = ms.find((x) => x.kind === kind && entName(x));
      if (m) {
        const n = entName(m);
        if (n) return { ...n, via: 'subject' };
      }
    }
    const words = W.filter((w) => w.start >= a && w.end <= b && !inQuote(w.start));
    for (const w of words) {
      const lw = w.text.toLowerCase();
      if (PRONOUNS.has(lw) && lw !== 'it' && lw !== 'we' && lw !== 'i') {
        if (lw === 'they' && lastOrgSpeaker)
          return { name: lastOrgSpeaker.name, kind: lastOrgSpeaker.kind, via: 'pronoun' };
        const p = antecedent(w.start, lw);
        if (p) return { ...p, via: 'pronoun' };
        if (lastPersonSpeaker && pos - lastPersonSpeaker.at < 4000)
          return { name: lastPersonSpeaker.name, kind: 'person', via: 'pronoun' };
      }
      // "the party said", "the ministry said": the last organisation of that kind
      if (lw === 'the' || lw === 'its') {
        const head = words[words.indexOf(w) + 1];
        if (head && ORG_HEADS.has(head.text.toLowerCase())) {
          const org = [...ents.mentions]
            .reverse()
            .find(
              (m) =>
                m.kind === 'org' &&
                m.start < w.start &&
                (ents.byId.get(m.id) as Org).name.toLowerCase().includes(head.text.toLowerCase()),
            );
          const near = org ?? lastOrgNear(w.start);
          if (near) {
            const n = entName(near);
            if (n) return { ...n, via: 'subject' };
          }
        }
      }
      if (STATEMENT_NOUNS.has(lw) || (lw === 'it' && lastOrgSpeaker)) {
        const s = statementIssuer(a, b);
        if (s) return { ...s, via: 'statement' };
      }
    }
    return null;
  };

  for (const span of spans) {
    const raw = doc.text
      .slice(span.a, span.b)
      .trim()
      .replace(/^["\s]+|["\s]+$/g, '');
    if (!raw) continue;
    const sentIdx =
      W.find((w) => w.start >= span.a)?.sent ??
      doc.sentences.findIndex((s) => span.a >= s.start && span.a < s.end);
    const sent = doc.sentences[Math.max(0, sentIdx)];
    // words of the sentence (whole stretch the quote touches) outside any quote
    const from = Math.min(sent.start, span.a);
    const lastSent = doc.sentences.find((s) => span.b > s.start && span.b <= s.end) ?? sent;
    const to = Math.max(lastSent.end, span.b);
    const outside = W.filter((w) => w.start >= from && w.end <= to && !inQuote(w.start) && w.text !== '"');
    const verbs = outside.filter(
      (w) => SPEECH.has(w.text.toLowerCase()) && !(w.text.toLowerCase() === 'read' && w.pos !== 'VERB'),
    );
    const n = wordsIn(raw);
    const before = doc.text.slice(Math.max(sent.start, span.a - 40), span.a - 1);
    const after = doc.text.slice(span.b + 1, Math.min(to, span.b + 40));
    const speechNear =
      /(\b(said|says|told|added|stated|declared|wrote|warned|called|saying|stressed|emphasi[sz]ed|that|read|reads)\b|:)\s*$/i.test(
        before,
      ) || /^\s*[,.]?\s*(\w+\s+){0,3}(said|says|added|told|wrote|stated)\b/i.test(after);
    const titleCase = raw.split(/\s+/).every((w) => /^[A-Z]|^(of|the|and|for|in|on|to)$/.test(w));
    // scare quotes: short phrases without speech right around them, or title-cased names
    if (
      (n <= 3 && !span.cont && !span.open && !(speechNear && n >= 3)) ||
      (titleCase && n <= 5 && !speechNear)
    )
      continue;
    let speaker: { name: string; kind: 'person' | 'org' | 'place'; via: string } | null = null;
    if (span.cont && prevQuote?.speaker) {
      speaker = { name: prevQuote.speaker, kind: prevQuote.speakerKind ?? 'person', via: 'continuation' };
    }
    if (!speaker) {
      // "according to X"
      const acc = doc.text.slice(from, to).match(/according to\s+/i);
      // nearest speech verb: before the quote (subject on its left), else after it
      const vBefore = [...verbs].reverse().find((v) => v.end <= span.a);
      const vAfter = verbs.find((v) => v.start >= span.b);
      if (vBefore && vBefore.text.toLowerCase() !== 'according') {
        // comma segments left of the verb, nearest first, skipping introductory phrases
        const left = doc.text.slice(from, vBefore.start);
        const cuts = [0];
        for (let i = 0; i < left.length; i++) if (left[i] === ',' && !inQuote(from + i)) cuts.push(i + 1);
        cuts.push(left.length);
        for (let k = cuts.length - 2; k >= 0 && !speaker; k--) {
          const segText = left.slice(cuts[k], cuts[k + 1]);
          if (INTRO.test(segText) && k < cuts.length - 2) continue;
          if (k > 0 && /^\s*(?:the|a|an)\s+[a-z]/.test(segText)) continue; // an appositive: "X, the main force in ..., said"
          speaker = candidateIn(from + cuts[k], from + cuts[k + 1], span.a);
          if (speaker || INTRO.test(segText)) continue;
        }
      }
      if (!speaker && vAfter) {
        // "…," said X / "…," X said / "…," he added
        const segEnd = doc.text.slice(vAfter.end, to).search(/[,.;]/);
        speaker =
          candidateIn(span.b, vAfter.start, span.a) ??
          candidateIn(vAfter.end, segEnd < 0 ? to : vAfter.end + segEnd, span.a);
      }
      if (!speaker && acc?.index !== undefined) {
        const at = from + acc.index + acc[0].length;
        speaker = candidateIn(at, Math.min(to, at + 80), span.a);
        if (speaker) speaker.via = 'according to';
      }
      if (!speaker) {
        // 'on which he "emphasized …"', 'X forces "received …"': the clause right before the quote
        const left = doc.text.slice(from, span.a);
        const cut = left.lastIndexOf(',');
        const seg = from + (cut >= 0 ? cut + 1 : 0);
        speaker = candidateIn(seg, span.a, span.a);
        if (speaker) speaker.via = 'clause';
      }
      if (!speaker && prevQuote?.speaker && prevQuote.sent === sent.index) {
        speaker = { name: prevQuote.speaker, kind: prevQuote.speakerKind ?? 'person', via: 'same sentence' };
      }
      if (
        !speaker &&
        verbs.length === 0 &&
        /^\s*"/.test(doc.text.slice(sent.start, span.a)) &&
        prevQuote?.speaker &&
        prevQuote.para >= span.para - 1
      ) {
        speaker = { name: prevQuote.speaker, kind: prevQuote.speakerKind ?? 'person', via: 'continuation' };
      }
      if (!speaker && verbs.length === 0 && n <= 5) continue; // a short quoted phrase with no speech at all
      if (!speaker && prevQuote?.speaker && prevQuote.para >= span.para - 3) {
        // reported wording with no speech verb continues the last statement
        speaker = { name: prevQuote.speaker, kind: prevQuote.speakerKind ?? 'org', via: 'previous speaker' };
      }
    }
    const q: Quote = {
      speaker: speaker?.name ?? null,
      speakerKind: speaker?.kind ?? null,
      text: raw,
      start: span.a,
      end: span.b,
      sent: sent.index,
      para: span.para,
      via: speaker?.via ?? null,
    };
    out.push(q);
    prevQuote = q;
    if (speaker?.kind === 'person') lastPersonSpeaker = { name: speaker.name, at: span.a };
    if (speaker && speaker.kind !== 'person')
      lastOrgSpeaker = { name: speaker.name, kind: speaker.kind, at: span.a };
  }
  return out;
}
