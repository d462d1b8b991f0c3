/**
 * `npm run bench -- spin`: lexicon load time, time per 1,100-word article (the seed) after warm-up, RSS with
 * everything loaded. Prints, never asserts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function fallbackArticle(): string {
  // without the seed (not in every checkout): a synthetic 1,100-word spun-looking text of our own words
  const s =
    'The Iranian International Ministry stated the 2 males mentioned problems with mutual curiosity within the area, the place officers additionally got here to debate the continued struggle. ';
  return s.repeat(Math.ceil(1100 / s.split(/\s+/).length));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export async function main(): Promise<void> {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const mod = await import('../../src/lib/spin/index.ts');
  const tImport = performance.now() - t0;
  mod.loadSpin();
  const tLoad = performance.now() - t0;
  const seedPath = path.resolve(ROOT, '../shared/seed-article.txt');
  const text = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : fallbackArticle();
  const words = text.split(/\s+/).filter(Boolean).length;
  for (let k = 0; k < 20; k++) mod.unspin(text);
  const times: number[] = [];
  for (let k = 0; k < 100; k++) {
    const s = performance.now();
    mod.unspin(text);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const detect: number[] = [];
  for (let k = 0; k < 50; k++) {
    const s = performance.now();
    mod.detectSpin(text);
    detect.push(performance.now() - s);
  }
  detect.sort((a, b) => a - b);
  (globalThis as { gc?: () => void }).gc?.();
  const rss = process.memoryUsage().rss;
  console.log(`article: ${existsSync(seedPath) ? 'seed' : 'synthetic'} (${words} words)`);
  console.log(
    `lexicon load (import + loadSpin): ${tLoad.toFixed(0)} ms (module import ${tImport.toFixed(0)} ms, data ${mod.spinLoadTimeMs().toFixed(0)} ms)`,
  );
  console.log(
    `unspin per article: median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms (100 runs after 20 warm-up)`,
  );
  console.log(`detectSpin per article: median ${percentile(detect, 0.5).toFixed(1)} ms`);
  console.log(
    `RSS with everything loaded: ${(rss / 2 ** 20).toFixed(0)} MB (process start ${(rss0 / 2 ** 20).toFixed(0)} MB)`,
  );
}
