/**
 * `newsdesk unspin [--json] [--original FILE] [--threshold X] [FILE...]`: detect and restore machine-spun text.
 * Reads each file, or standard input when none is given. Without --json prints the restored text; with --json
 * one JSON object per input per line, in order:
 *   {"file", "score", "verdict", "restored", "changes": [{start,end,from,to,confidence,layer}], "suggestions": [...], "evidence"}
 * The lexicons load once for all inputs.
 */
import { readFile } from 'node:fs/promises';
import { UserError } from '../lib/article.ts';
import { unspin } from '../lib/spin/index.ts';
import type { SpinChange } from '../lib/spin/types.ts';
import { parseCommandArgs, readFailure, readInputs } from './io.ts';

const USAGE = 'usage: newsdesk unspin [--json] [--original FILE] [--threshold 0..1] [FILE...]';

function plainChange(c: SpinChange) {
  const out: Record<string, unknown> = {
    start: c.start,
    end: c.end,
    from: c.from,
    to: c.to,
    confidence: c.confidence,
    layer: c.layer,
  };
  if (c.offensive) out.offensive = true;
  return out;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('unspin', USAGE, args, {
    valued: ['original', 'threshold'],
    switches: ['json'],
    positional: true,
  });
  if (typeof parsed === 'number') return parsed;
  const { flags, positional } = parsed;
  let threshold: number | undefined;
  if (typeof flags.threshold === 'string') {
    threshold = Number(flags.threshold);
    if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
      console.error(`newsdesk unspin: --threshold must be a number from 0 to 1\n${USAGE}`);
      return 2;
    }
  }
  let original: string | undefined;
  if (typeof flags.original === 'string') {
    try {
      original = await readFile(flags.original, 'utf8');
    } catch (err) {
      console.error(`newsdesk unspin: cannot read ${flags.original}: ${readFailure(err)}`);
      return 1;
    }
  }
  const inputs = await readInputs('unspin', positional);
  if (!inputs) return 1;
  let status = 0;
  for (const { file, text } of inputs) {
    try {
      const r = unspin(text, { original, threshold });
      if (flags.json) {
        process.stdout.write(
          `${JSON.stringify({
            file,
            score: r.score,
            verdict: r.verdict,
            restored: r.restored,
            changes: r.changes.map(plainChange),
            suggestions: r.suggestions.map(plainChange),
            evidence: r.evidence,
          })}\n`,
        );
      } else {
        if (inputs.length > 1) process.stdout.write(`==> ${file} <== (${r.verdict}, score ${r.score})\n`);
        process.stdout.write(r.restored.endsWith('\n') ? r.restored : `${r.restored}\n`);
      }
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      status = 1;
      const name = file ?? 'standard input';
      if (flags.json) process.stdout.write(`${JSON.stringify({ file, error: err.message })}\n`);
      console.error(`newsdesk unspin: ${name}: ${err.message}`);
    }
  }
  return status;
}
