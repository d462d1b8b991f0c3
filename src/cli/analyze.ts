import { analyze } from '../lib/analyze.ts';
import { parseCommandArgs, publishedOption, readInputs } from './io.ts';

const USAGE = 'usage: newsdesk analyze [--published YYYY-MM-DD] [FILE...]';

/** `newsdesk analyze [--published YYYY-MM-DD] [FILE...]`: the whole pipeline, one JSON object per input per line. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('analyze', USAGE, args, { valued: ['published'], positional: true });
  if (typeof parsed === 'number') return parsed;
  const date = publishedOption('analyze', parsed.flags);
  if (typeof date === 'number') return date;
  const inputs = await readInputs('analyze', parsed.positional);
  if (!inputs) return 1;
  for (const { file, text } of inputs) {
    const { spin, brief, readText } = analyze({ text, origin: file ? 'file' : 'text' }, date);
    process.stdout.write(`${JSON.stringify({ file, spin, brief, readText })}\n`);
  }
  return 0;
}
