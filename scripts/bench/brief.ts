/**
 * Brief benchmark: the full brief (`briefArticle`) of the seed article (~1,100 words, ../shared/seed-article.txt),
 * load time of the model and gazetteer, median and p95 after warm-up, and resident memory.
 * Target (issue 4): ≤ 50 ms median on one core. Also times the whole reading pipeline the CLI and `/brief` run
 * (`analyze`: unspin, then the brief of the restored text), so the cost a user waits for is on record too.
 * Last, growth: a generated text of quoted sentences, each with a new titled name, and a generated war report (strikes,
 * tolls, dates, quotes, claims), each at 1x, 2x and 4x length (the fastest of three briefs per size); the brief must
 * take time linear in the input (issue 4, bad input), so the 4x/1x time ratio should stay near 4.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const WARMUP = 30;
const RUNS = 200;
/** Briefs per size on the growth lines; the fastest counts. */
const GROWTH_RUNS = 3;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

/** `n` quoted sentences, each said by a different invented officer: dense in names, as a long live blog is. */
export function nameDense(n: number): string {
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

/** `n` paragraphs of an invented war report: strikes, tolls, dates, quotes, claims and denials, varied so that no two
 * neighbouring paragraphs are the same, as a long live report of a war is. */
export function warReport(n: number): string {
  const towns = [
    'Karvel',
    'Dornitsa',
    'Melokhiv',
    'Sarabad',
    'Qalat Rumi',
    'Benvoro',
    'Tashlyk',
    'Ostrava Nova',
  ];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const months = ['March', 'April', 'May', 'June'];
  const groups = [
    'the Northern Front',
    'the Free Valley Brigades',
    'the 14th Mechanised Brigade',
    'the Coastal Guard',
  ];
  const people = ['Colonel Ivo Marant', 'Governor Lida Secher', 'Yusuf Kaldani', 'Major Petra Holm'];
  const paragraph = (i: number): string => {
    const town = towns[i % towns.length];
    const other = towns[(i * 3 + 1) % towns.length];
    const day = days[i % days.length];
    const date = `${(i % 27) + 1} ${months[i % months.length]} 2024`;
    const group = groups[i % groups.length];
    const person = people[(i * 5) % people.length];
    const killed = (i * 7) % 23;
    const injured = (i * 11) % 41;
    switch (i % 6) {
      case 0:
        return `A drone strike hit a fuel depot on the edge of ${town} early on ${day}, killing ${killed} people and wounding ${injured}, the regional administration said. "The fire burned until the morning and we could not reach the wounded," ${person} said.`;
      case 1:
        return `Artillery shelled the market in ${other} on ${date}. ${group} said in a statement that it had fired at "military positions only", a claim residents denied. At least ${injured} houses were damaged.`;
      case 2:
        return `${person} told reporters on ${day} that about ${killed + 3} soldiers had been killed in fighting near ${town} since ${date}. "We hold the bridge, but the shelling does not stop," ${person.split(' ').at(-1)} added.`;
      case 3:
        return `The health ministry said ${killed} civilians, among them ${killed % 5} children, died when two missiles struck apartment blocks in ${other} on ${day} night. The army blamed ${group}; the group denied it and said it "does not target homes".`;
      case 4:
        return `On ${date}, ${group} claimed to have captured the village of ${town} after two days of clashes. The defence ministry called the claim "propaganda" and said its troops still held the northern districts. Independent monitors could not verify either account.`;
      default:
        return `Rescuers pulled ${injured} people from the rubble of a school in ${town} on ${day}, a week after the strike of ${date}. "There were dozens of families sheltering in the basement," said a rescue worker who gave only his first name, Anton.`;
    }
  };
  return Array.from({ length: n }, (_, i) => paragraph(i)).join('\n\n');
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
  /** The fastest of three briefs of `text` (a shared machine's noise only ever adds time). */
  const fastest = (text: string, published: string) => {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < GROWTH_RUNS; i++) {
      t = performance.now();
      briefArticle({ text, origin: 'file' }, { published });
      best = Math.min(best, performance.now() - t);
    }
    return { kb: text.length / 1024, ms: best };
  };
  const growth = [500, 1000, 2000].map((n) => fastest(nameDense(n), '2022-04-09'));
  const war = [110, 220, 440].map((n) => fastest(warReport(n), '2024-06-30'));
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
    `growth (name-dense text, fastest of ${GROWTH_RUNS}): ${growth.map((g) => `${g.kb.toFixed(0)} KB ${g.ms.toFixed(0)} ms`).join(', ')}; 4x the text takes ${(growth[2].ms / growth[0].ms).toFixed(1)}x the time (linear ≈ 4)`,
  );
  console.log(
    `growth (war-report text, fastest of ${GROWTH_RUNS}): ${war.map((g) => `${g.kb.toFixed(0)} KB ${g.ms.toFixed(0)} ms`).join(', ')}; 4x the text takes ${(war[2].ms / war[0].ms).toFixed(1)}x the time (linear ≈ 4)`,
  );
  console.log(
    `output: ${b.people.length} people, ${b.organizations.length} organisations, ${b.places.length} places, ${b.dates.length} dates, ${b.quotes.length} quotes, ${b.numbers.length} numbers, ${b.incidents.length} incidents`,
  );
}
