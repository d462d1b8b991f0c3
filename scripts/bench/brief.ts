/**
 * Brief benchmark: the full brief (`briefArticle`) of the seed article (~1,100 words, ../shared/seed-article.txt),
 * load time of the model and gazetteer, median and p95 after warm-up, and resident memory.
 * Target (issue 4): ≤ 50 ms median on one core. Also times the whole reading pipeline the CLI and `/brief` run
 * (`analyze`: unspin, then the brief of the restored text), so the cost a user waits for is on record too.
 * Last, growth: a generated text of quoted sentences, each with a new titled name, at 1x, 2x and 4x length; the brief
 * must take time linear in the input (issue 4, bad input), so the 4x/1x time ratio should stay near 4.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const WARMUP = 30;
const RUNS = 200;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

/** `n` quoted sentences, each said by a different invented officer: dense in names, as a long live blog is. */
function nameDense(n: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ra', 'to', 've', 'nu', 'si', 'da', 'pe'];
  const name = (i: number) => {
    let s = '';
    for (let x = i + 100; x; x = Math.floor(x / 10)) s += syllables[x % 10];
    return s[0].toUpperCase() + s.slice(1);
  };
  return Array.from({ length: n }, (_, i) => `"The water rose fast in the night," said Lt ${name(i)}.`).join(
    ' ',
  );
}

export async function main(): Promise<void> {
  const seedPath = fileURLToPath(new URL('../../../shared/seed-article.txt', import.meta.url));
  if (!existsSync(seedPath)) {
    console.log(`brief bench: seed article not found at ${seedPath}; nothing measured`);
    return;
  }
  const text = readFileSync(seedPath, 'utf8');
  const words = text.split(/\s+/).filter(Boolean).length;
  const rss0 = process.memoryUsage().rss;
  let t = performance.now();
  const { briefArticle, loadBrief } = await import('../../src/lib/brief/index.ts');
  const importMs = performance.now() - t;
  t = performance.now();
  loadBrief();
  const loadMs = performance.now() - t;
  const rssLoaded = process.memoryUsage().rss;
  const article = { text, origin: 'file' as const };
  t = performance.now();
  briefArticle(article, { published: '2022-04-09' });
  const firstMs = performance.now() - t;
  for (let i = 0; i < WARMUP; i++) briefArticle(article, { published: '2022-04-09' });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    briefArticle(article, { published: '2022-04-09' });
    times.push(performance.now() - t);
  }
  const b = briefArticle(article, { published: '2022-04-09' });
  const { analyze } = await import('../../src/lib/analyze.ts');
  for (let i = 0; i < WARMUP; i++) analyze(article, { published: '2022-04-09' });
  const whole: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    analyze(article, { published: '2022-04-09' });
    whole.push(performance.now() - t);
  }
  const growth = [500, 1000, 2000].map((n) => {
    const dense = { text: nameDense(n), origin: 'file' as const };
    t = performance.now();
    briefArticle(dense, { published: '2022-04-09' });
    return { kb: dense.text.length / 1024, ms: performance.now() - t };
  });
  console.log(`article: seed, ${words} words, ${text.length} characters`);
  console.log(
    `module import ${importMs.toFixed(0)} ms; model + gazetteer load ${loadMs.toFixed(0)} ms; first brief ${firstMs.toFixed(1)} ms`,
  );
  console.log(
    `brief: median ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, min ${pct(times, 0).toFixed(1)} ms over ${RUNS} runs after ${WARMUP} warm-up (target ≤ 50 ms median)`,
  );
  console.log(
    `unspin + brief (analyze, what the CLI and /brief run): median ${pct(whole, 50).toFixed(1)} ms, p95 ${pct(whole, 95).toFixed(1)} ms over ${RUNS} runs`,
  );
  console.log(
    `rss: ${mb(rss0)} before load, ${mb(rssLoaded)} loaded, ${mb(process.memoryUsage().rss)} after runs`,
  );
  console.log(
    `growth (name-dense text): ${growth.map((g) => `${g.kb.toFixed(0)} KB ${g.ms.toFixed(0)} ms`).join(', ')}; 4x the text takes ${(growth[2].ms / growth[0].ms).toFixed(1)}x the time (linear ≈ 4)`,
  );
  console.log(
    `output: ${b.people.length} people, ${b.organizations.length} organisations, ${b.places.length} places, ${b.dates.length} dates, ${b.quotes.length} quotes, ${b.numbers.length} numbers, ${b.incidents.length} incidents`,
  );
}
