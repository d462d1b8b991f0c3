/**
 * How often the account of the events reads each sentence: whether a sentence holds a side's word that it struck (a
 * running tally, "made no mention of", the claims themselves) was read again for every event whose account holds the
 * sentence, and in a long war report an event told again and again holds ever more sentences, so the reads grew with
 * the square of the text. They are read once per sentence (strikeClaims in account.ts).
 */
import { describe, expect, it } from 'vitest';
import { warReport } from '../../scripts/bench/brief.ts';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { TALLY } from '../../src/lib/extract/incidents/casualties.ts';

/** Counts the tests of the running-tally pattern while `f` runs. */
function tallyReads(f: () => void): number {
  let n = 0;
  const test = TALLY.test;
  TALLY.test = function (this: RegExp, s: string) {
    n++;
    return test.call(this, s);
  };
  try {
    f();
  } finally {
    TALLY.test = test;
  }
  return n;
}

describe('the account of the events in a long war report', () => {
  it('reads each sentence for a side’s own word once, in time that grows with the text', () => {
    const reads = (paragraphs: number) =>
      tallyReads(() =>
        briefArticle({ text: warReport(paragraphs), origin: 'file' }, { published: '2024-06-30' }),
      );
    const half = reads(220);
    const whole = reads(440);
    // (read again for each event: 4,968 and 21,592 reads; once per sentence, about 1,050 and 2,150)
    expect(whole).toBeLessThan(3000);
    expect(whole / half).toBeLessThan(2.5);
  }, 120_000);
});
