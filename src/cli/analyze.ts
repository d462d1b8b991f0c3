import { analyze } from '../lib/analyze.ts';
import { parseArgs, readInputs } from './io.ts';

/** `newsdesk analyze [--published YYYY-MM-DD] [FILE...]`: the whole pipeline, one JSON object per input per line. */
export async function run(args: string[]): Promise<number> {
  const { flags, positional } = parseArgs(args, ['published']);
  const published = typeof flags.published === 'string' ? flags.published : undefined;
  for (const { file, text } of await readInputs(positional)) {
    const { spin, brief, readText } = analyze({ text, origin: file ? 'file' : 'text' }, { published });
    process.stdout.write(`${JSON.stringify({ file, spin, brief, readText })}\n`);
  }
  return 0;
}
