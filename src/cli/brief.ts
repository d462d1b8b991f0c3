/**
 * `newsdesk brief [--json] [--published YYYY-MM-DD] [FILE...]`: the brief of each file (or of standard input).
 * With --json, one JSON object per input per line, in order; otherwise a readable brief.
 * Runs the full reading pipeline (unspin, then brief on the restored text) through `analyze`.
 */
import { analyze } from '../lib/analyze.ts';
import { aliasesToShow } from '../lib/brief/aliases.ts';
import type { Brief } from '../lib/brief/types.ts';
import { parseCommandArgs, publishedOption, readInputs } from './io.ts';

const USAGE = 'usage: newsdesk brief [--json] [--published YYYY-MM-DD] [FILE...]';

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('brief', USAGE, args, {
    valued: ['published'],
    switches: ['json'],
    positional: true,
  });
  if (typeof parsed === 'number') return parsed;
  const { flags, positional } = parsed;
  const date = publishedOption('brief', flags);
  if (typeof date === 'number') return date;
  const { published } = date;
  const inputs = await readInputs('brief', positional);
  if (!inputs) return 1;
  let code = 0;
  for (const { file, text } of inputs) {
    const { brief, spin, readText } = analyze({ text, origin: file ? 'file' : 'text' }, { published });
    if (flags.json)
      process.stdout.write(
        `${JSON.stringify({ file, ...brief, spin: { verdict: spin.verdict, score: spin.score } })}\n`,
      );
    else {
      if (inputs.length > 1) process.stdout.write(`==> ${file ?? '(stdin)'} <==\n`);
      const spun =
        spin.verdict !== 'clean'
          ? `read after unspinning (verdict: ${spin.verdict}, score ${spin.score})`
          : null;
      process.stdout.write(`${render(brief, spun, readText)}\n`);
    }
    if (!text.trim()) code = code || 1;
  }
  return code;
}

/** A readable, scannable brief for the terminal; `text` (what the brief was read from) picks the aliases shown. */
export function render(b: Brief, spinNote: string | null = null, text = ''): string {
  const out: string[] = [];
  out.push(b.headline ? `# ${b.headline}` : '# (no headline)');
  if (b.published)
    out.push(
      `Published: ${b.published}${b.publishedSource && b.publishedSource !== 'article' ? ` (${b.publishedSource === 'inferred' ? 'guessed from the text' : 'given'})` : ''}`,
    );
  if (spinNote) out.push(`Note: ${spinNote}`);
  for (const n of b.notes ?? []) out.push(`Note: ${n}`);
  if (b.summary.length) out.push('', 'Summary:', ...b.summary.map((s) => `  ${s}`));
  if (b.incidents.length) {
    out.push('', 'Incidents:');
    for (const i of b.incidents) {
      const flags = [i.background ? 'background' : null, i.lowConfidence ? 'unconfirmed' : null]
        .filter(Boolean)
        .join(', ');
      out.push(`  - ${i.type} / ${i.subType}${flags ? ` [${flags}]` : ''} (confidence ${i.confidence})`);
      out.push(`    where: ${i.place ?? '?'}${i.country ? `, ${i.country}` : ''}; when: ${i.date ?? '?'}`);
      out.push(
        `    attacker: ${i.attacker ?? 'unknown'}; target: ${i.target ?? '?'}; attribution: ${i.attribution}`,
      );
      out.push(
        `    killed: ${i.killed ?? 'not stated'}; injured: ${i.injured ?? 'not stated'}; damage: ${i.damage ?? 'not stated'}`,
      );
      out.push(`    evidence: ${i.evidence}`);
    }
  }
  if (b.people.length)
    out.push('', 'People:', ...b.people.map((p) => `  - ${p.name}${p.role ? ` — ${p.role}` : ''}`));
  if (b.organizations.length)
    out.push(
      '',
      'Organisations:',
      ...b.organizations.map((o) => {
        const aliases = aliasesToShow(o.name, o.aliases, text);
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
    out.push('', 'Quotes:', ...b.quotes.map((q) => `  - ${q.speaker ?? '(speaker unknown)'}: "${q.text}"`));
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
  return out.join('\n');
}
