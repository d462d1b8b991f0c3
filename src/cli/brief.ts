/**
 * `newsdesk brief [--json] [--published YYYY-MM-DD] [FILE...]`: the brief of each file (or of standard input).
 * With --json, one JSON object per input per line, in order; otherwise a readable brief.
 * Runs the full reading pipeline (unspin, then brief on the restored text) through `analyze`.
 */
import { analyze } from '../lib/analyze.ts';
import { briefText } from '../render/brief-text.ts';
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
    const a = analyze({ text, origin: file ? 'file' : 'text' }, { published });
    const { brief, spin } = a;
    if (flags.json)
      process.stdout.write(
        `${JSON.stringify({ file, ...brief, spin: { verdict: spin.verdict, score: spin.score } })}\n`,
      );
    else {
      if (inputs.length > 1) process.stdout.write(`==> ${file ?? '(stdin)'} <==\n`);
      process.stdout.write(briefText(a));
    }
    if (!text.trim()) code = code || 1;
  }
  return code;
}
