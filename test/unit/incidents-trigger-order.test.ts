/**
 * The trigger of a sentence is read by trying the triggers from the strongest down and stopping at the first match;
 * it must be the one that trying every trigger gives (the strongest, the first of equal strength). A record's trigger
 * pattern, asked for again, is one plain regex made once.
 */
import { describe, expect, it } from 'vitest';
import { plainPattern } from '../../src/lib/extract/incidents/common.ts';
import { bestTrigger, T } from '../../src/lib/extract/incidents/triggers.ts';
import type { Trigger } from '../../src/lib/extract/incidents/types.ts';

/** The strongest trigger of a text by trying every one (the first of equal strength). */
function everyTrigger(text: string): Trigger | null {
  let best: Trigger | null = null;
  for (const t of T) if (t.re.exec(text) && (!best || t.strength > best.strength)) best = t;
  return best;
}

describe('the strongest trigger, first among equals', () => {
  it.each([
    'Gunmen attacked the village of Kuru on Monday night, killing seven farmers, police said.',
    'Two soldiers were killed when armed men ambushed a patrol near the border on Sunday.',
    'A drone strike hit a fuel depot on the edge of the town early on Tuesday, wounding four people.',
    'Artillery shelled the market in Dornitsa on 3 May, and troops exchanged fire with the rebels.',
    'Police fired tear gas at hundreds of protesters who marched on the parliament on Friday.',
    'Masked men seized two engineers working on the road and drove them into the forest.',
    'The council met on Thursday to discuss the budget for next year.',
  ])('%s', (text) => {
    expect(bestTrigger(text)?.trig ?? null).toBe(everyTrigger(text));
  });
});

describe("a record's trigger pattern, asked for again", () => {
  it('is one plain regex, not global and without its gate, matching as the trigger does', () => {
    const gated = T.find((t) => (t.re as RegExp & { gate?: RegExp }).gate);
    expect(gated).toBeDefined();
    const re = (gated as Trigger).re;
    const plain = plainPattern(re);
    expect(plainPattern(re)).toBe(plain);
    expect(plain.source).toBe(re.source);
    expect(plain.global).toBe(false);
    expect((plain as RegExp & { gate?: RegExp }).gate).toBeUndefined();
  });
});
