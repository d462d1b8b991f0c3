/**
 * How often the trigger patterns read a text: a sentence is asked whether it tells an event for its sites, its day,
 * its screening and the account of the events beside it; the answer depends only on the text, so the patterns read
 * each text once and later questions are answered from memory (anyTrigger, beside bestTrigger).
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { anyTrigger, bestTrigger, forgetTriggers, T } from '../../src/lib/extract/incidents/triggers.ts';

/** Counts the executions of every trigger pattern while `f` runs. */
function reads(f: () => void): number {
  let n = 0;
  const saved = T.map((t) => t.re.exec);
  for (const t of T) {
    const exec = t.re.exec;
    t.re.exec = function (this: RegExp, s: string) {
      n++;
      return exec.call(this, s);
    };
  }
  try {
    f();
  } finally {
    T.forEach((t, i) => {
      t.re.exec = saved[i];
    });
  }
  return n;
}

const STORY = [
  'KHARKIV, Ukraine — Russian forces shelled a market in the town of Vovchansk on Tuesday, killing three civilians and wounding eight, the regional governor said.',
  'The strike hit the market at about 10 am, when it was full of shoppers. "There was no military target there," the governor said.',
  'Separately, Ukrainian troops repelled an attack on their positions near the village of Lyptsi, the army said. Two soldiers were wounded in the fighting.',
  'Residents said the shelling had gone on for days. Officials said a school was also damaged.',
].join('\n\n');

describe('the trigger patterns read each text once', () => {
  it('answers whether a text tells an event from what bestTrigger found', () => {
    forgetTriggers();
    const text = 'Russian forces shelled a market in the town of Vovchansk on Tuesday.';
    expect(reads(() => bestTrigger(text))).toBeGreaterThan(0);
    expect(reads(() => expect(anyTrigger(text)).toBe(true))).toBe(0);
    expect(anyTrigger('The council met on Tuesday to discuss the budget.')).toBe(false);
  });

  it('reads a short war report without asking the patterns again about the sentences of each account', () => {
    forgetTriggers();
    const n = reads(() => briefArticle({ text: STORY, origin: 'text' }, { published: '2024-06-11' }));
    // (the account of each event asked every pattern again about each sentence beside it and each paragraph: 967
    // runs; answered from memory, 758)
    expect(n).toBeLessThan(860);
  });
});
