/**
 * Warming the engines once the bot is ready, so the first command a user sends is as fast as the later ones: the
 * unspin lexicons (fingerprint table, language model, thesaurus, classifier), the extraction lexicons (language model,
 * gazetteer, names), then an unspin and a brief of a short report, which compile the patterns every reading runs.
 * The steps run one at a time while the caller is idle (no command being answered), so a command that comes in
 * meanwhile waits for one step at most; they stop when the caller is gone.
 */
import { briefArticle, loadBrief } from './brief/index.ts';
import { loadSpin, unspin } from './spin/index.ts';

/** A short report with the parts a reading looks at: a dateline, a strike, a toll, a place, a quote and its speaker. */
const SAMPLE = [
  'KHARKIV, Ukraine — Russian forces shelled a market in the town of Vovchansk on Tuesday, killing three civilians and wounding eight, the regional governor said.',
  '"There was no military target there," Governor Oleh Syniehubov told reporters. Separately, Ukrainian troops repelled an attack near the village of Lyptsi, the army said.',
].join('\n\n');

/** Milliseconds each step of the warm-up took. */
export interface WarmTimes {
  spin: number;
  brief: number;
  unspin: number;
  reading: number;
}

export interface WarmOptions {
  /** True while the caller is busy (a command being answered): the next step waits. */
  busy?: () => boolean;
  /** True once the caller is gone (the bot stopped): no further step runs. */
  stopping?: () => boolean;
}

/** How long the caller must have been idle before a step runs, and how often that is checked (milliseconds). */
const QUIET_MS = 100;

/**
 * Loads the engines' data and reads a sample, a step at a time while the caller is idle. Resolves with the time of
 * each step, or null when the caller stopped first. (Each step is cheap once done: the data load once per process.)
 */
export async function warmEngines(opts: WarmOptions = {}): Promise<WarmTimes | null> {
  const busy = opts.busy ?? (() => false);
  const stopping = opts.stopping ?? (() => false);
  const step = async (f: () => unknown): Promise<number | null> => {
    for (let quiet = 0; quiet < 2; ) {
      await new Promise((resolve) => setTimeout(resolve, quiet ? QUIET_MS : 0).unref());
      if (stopping()) return null;
      quiet = busy() ? 0 : quiet + 1;
    }
    const t = performance.now();
    f();
    return Math.round(performance.now() - t);
  };
  const spin = await step(loadSpin);
  const brief = spin === null ? null : await step(loadBrief);
  const un = brief === null ? null : await step(() => unspin(SAMPLE));
  const reading =
    un === null
      ? null
      : await step(() => briefArticle({ text: SAMPLE, origin: 'text' }, { published: '2024-06-11' }));
  return spin === null || brief === null || un === null || reading === null
    ? null
    : { spin, brief, unspin: un, reading };
}
