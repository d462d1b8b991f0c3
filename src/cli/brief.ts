/**
 * `newsdesk brief [--json] [--published YYYY-MM-DD] [FILE...]`: the brief of each file (or of standard input).
 * With --json, one JSON object per input per line, in order; otherwise a readable brief.
 * Runs the full reading pipeline (unspin, then brief on the restored text) through `analyze`; while the unspin
 * engine is not installed in this tree, it briefs the text as given and says so on standard error.
 */

type Reader = (
  article: Article,
  opts: { published?: string },
) => { brief: Brief; spin: { verdict: string; score: number } | null };

async function loadReader(): Promise<Reader> {
  try {
    const mod = (await import('../lib/analyze.ts')) as typeof import('../lib/analyze.ts');
    return (article, opts) => {
      const a = mod.analyze(article, opts);
      return { brief: a.brief, spin: { verdict: a.spin.verdict, score: a.spin.score } };
    };
  } catch {
    console.error('newsdesk brief: the unspin engine is not available; briefing the text as given.');
    return (article, opts) => ({ brief: briefArticle(article, opts), spin: null });
  }
}

import type { Article } from '../lib/article.ts';
import { briefArticle } from '../lib/brief/index.ts';
import type { Brief } from '../lib/brief/types.ts';
import { parseArgs, readInputs } from './io.ts';

const USAGE = 'usage: newsdesk brief [--json] [--published YYYY-MM-DD] [FILE...]';

export async function run(args: string[]): Promise<number> {
  let flags: Record<string, string | true>;
  let positional: string[];
  try {
    ({ flags, positional } = parseArgs(args, ['published']));
  } catch (err) {
    console.error(`newsdesk brief: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (flags.help || flags.h) {
    console.log(USAGE);
    return 0;
  }
  const unknown = Object.keys(flags).filter((f) => f !== 'json' && f !== 'published');
  if (unknown.length) {
    console.error(`newsdesk brief: unknown option --${unknown[0]}\n${USAGE}`);
    return 2;
  }
  const published = typeof flags.published === 'string' ? flags.published : undefined;
  if (
    flags.published !== undefined &&
    (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(published)))
  ) {
    console.error(
      `newsdesk brief: --published needs a date as YYYY-MM-DD (got "${String(flags.published)}")`,
    );
    return 2;
  }
  let inputs: { file: string | null; text: string }[];
  try {
    inputs = await readInputs(positional);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    console.error(
      `newsdesk brief: cannot read ${e.path ?? 'input'}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message}`,
    );
    return 1;
  }
  const read = await loadReader();
  let code = 0;
  for (const { file, text } of inputs) {
    const a = read({ text, origin: file ? 'file' : 'text' }, { published });
    const brief = a.brief;
    if (flags.json) process.stdout.write(`${JSON.stringify({ file, ...brief, spin: a.spin })}\n`);
    else {
      if (inputs.length > 1) process.stdout.write(`==> ${file ?? '(stdin)'} <==\n`);
      const spun =
        a.spin && a.spin.verdict !== 'clean'
          ? `read after unspinning (verdict: ${a.spin.verdict}, score ${a.spin.score})`
          : null;
      process.stdout.write(`${render(brief, spun)}\n`);
    }
    if (!text.trim()) code = code || 1;
  }
  return code;
}

/** A readable, scannable brief for the terminal. */
export function render(b: Brief, spinNote: string | null = null): string {
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
      ...b.organizations.map(
        (o) => `  - ${o.name}${o.aliases.length ? ` (${o.aliases.slice(0, 3).join(', ')})` : ''}`,
      ),
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
