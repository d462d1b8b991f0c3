import { readFile } from 'node:fs/promises';

/** Reads each named file, or standard input when none is given. `file` is null for standard input. */
export async function readInputs(files: string[]): Promise<{ file: string | null; text: string }[]> {
  if (files.length === 0) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return [{ file: null, text: Buffer.concat(chunks).toString('utf8') }];
  }
  const out: { file: string | null; text: string }[] = [];
  for (const file of files) out.push({ file, text: await readFile(file, 'utf8') });
  return out;
}

/** Splits argv into flags (`--name` or `--name value` for names in `valued`) and positional arguments. */
export function parseArgs(
  args: string[],
  valued: string[] = [],
): { flags: Record<string, string | true>; positional: string[] } {
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2);
      if (inline !== undefined) flags[name] = inline;
      else if (valued.includes(name)) {
        const v = args[++i];
        if (v === undefined) throw new Error(`--${name} needs a value`);
        flags[name] = v;
      } else flags[name] = true;
    } else positional.push(a);
  }
  return { flags, positional };
}
