import type { Analysis } from '../lib/analyze.ts';
import { aliasesToShow } from '../lib/brief/aliases.ts';

/** One line of plain text: line breaks and runs of whitespace collapsed. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** How the plain-text brief labels a publication date that did not come with the article. */
export const PUBLISHED_SOURCE = {
  option: 'given',
  inferred: 'guessed from the text',
  posted: 'not given: the day it was shared',
  unknown: 'unknown',
} as const;

/**
 * The brief as plain text, every item in full: what `newsdesk brief` prints, and the brief.txt attached to
 * /brief when the message had to shorten something. Without discord.js, so the command line stays light.
 */
export function briefText(a: Pick<Analysis, 'article' | 'brief' | 'spin' | 'readText'>): string {
  const b = a.brief;
  const out: string[] = [];
  out.push(`# ${oneLine(b.headline || a.article.title || '(no headline)')}`);
  if (b.published)
    out.push(
      `Published: ${b.published}${b.publishedSource && b.publishedSource !== 'article' ? ` (${PUBLISHED_SOURCE[b.publishedSource]})` : ''}`,
    );
  if (a.article.url) out.push(`Source: ${a.article.url}`);
  if (a.spin.verdict !== 'clean')
    out.push(`Note: read after unspinning (verdict: ${a.spin.verdict}, score ${a.spin.score})`);
  for (const n of b.notes ?? []) out.push(`Note: ${n}`);
  if (b.summary.length) out.push('', 'Summary:', ...b.summary.map((s) => `  ${oneLine(s)}`));
  if (b.incidents.length) {
    out.push('', 'Incidents:');
    for (const i of b.incidents) {
      const flags = [i.background ? 'background' : null, i.lowConfidence ? 'unconfirmed' : null]
        .filter(Boolean)
        .join(', ');
      out.push(`  - ${i.type} / ${i.subType}${flags ? ` [${flags}]` : ''} (confidence ${i.confidence})`);
      out.push(
        `    where: ${i.place ?? '?'}${i.country ? `, ${i.country}` : ''}; when: ${i.date ?? '?'}${i.dateFromPublication ? ' (the publication day: the text gives none)' : ''}`,
      );
      out.push(
        `    attacker: ${i.attacker ?? 'unknown'}; target: ${i.target ?? '?'}; attribution: ${i.attribution}`,
      );
      out.push(
        `    killed: ${i.killed ?? 'not stated'}; injured: ${i.injured ?? 'not stated'}; damage: ${i.damage ?? 'not stated'}`,
      );
      out.push(`    evidence: ${oneLine(i.evidence)}`);
    }
  }
  if (b.people.length)
    out.push('', 'People:', ...b.people.map((p) => `  - ${p.name}${p.role ? ` — ${p.role}` : ''}`));
  if (b.organizations.length)
    out.push(
      '',
      'Organisations:',
      ...b.organizations.map((o) => {
        const aliases = aliasesToShow(o.name, o.aliases, a.readText);
        return `  - ${o.name}${aliases.length ? ` (${aliases.join(', ')})` : ''}`;
      }),
    );
  if (b.places.length)
    out.push(
      '',
      'Places:',
      ...b.places.map(
        (p) =>
          `  - ${p.name} [${p.kind}${p.country ? `, ${p.country}` : ''}]${p.lat !== null && p.lon !== null ? ` ${p.lat}, ${p.lon}` : ''}`,
      ),
    );
  if (b.dates.length)
    out.push('', 'Dates:', ...b.dates.map((d) => `  - "${d.text}" → ${d.iso} (${d.precision})`));
  if (b.unresolvedDates?.length)
    out.push('', 'Unresolved dates:', ...b.unresolvedDates.map((d) => `  - "${d}"`));
  if (b.quotes.length)
    out.push(
      '',
      'Quotes:',
      ...b.quotes.map((q) => `  - ${q.speaker ?? '(speaker unknown)'}: "${oneLine(q.text)}"`),
    );
  if (b.numbers.length)
    out.push(
      '',
      'Numbers:',
      ...b.numbers.map(
        (n) => `  - ${n.text} = ${n.value}${n.noun ? ` ${n.noun}` : ''}${n.approximate ? ' (approx.)' : ''}`,
      ),
    );
  if (!b.incidents.length && !b.people.length && !b.places.length && !(b.notes ?? []).length)
    out.push('', 'No facts found.');
  return `${out.join('\n')}\n`;
}
