/**
 * `npm run bench [-- bot|spin|brief]`: prints speed and memory figures (never asserts them).
 * Each section lives in scripts/bench/<name>.ts and exports `main(): Promise<void>`.
 * Sections run in child processes so RSS and load times of one do not colour another.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const sections = ['bot', 'spin', 'brief'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const runner = fileURLToPath(new URL('./bench/run-one.ts', import.meta.url));
let failed = false;
for (const name of wanted.length ? wanted : sections) {
  if (!sections.includes(name)) {
    console.error(`unknown bench section "${name}" (have: ${sections.join(', ')})`);
    process.exit(2);
  }
  console.log(`\n=== bench: ${name} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', runner, name], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
