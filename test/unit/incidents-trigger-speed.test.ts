/**
 * The cost of a trigger on a long text: a pattern that opens with lookbehinds is tried by V8 at every position before
 * anything can fail, so one whose lookbehinds scan back over many characters (an attack driven back, told in the
 * passive after the armed men: "the raiders were driven back") must first ask for the words it is told in, or it
 * costs more than all the other triggers together on a text that names an armed side.
 */
import { describe, expect, it } from 'vitest';
import { T } from '../../src/lib/extract/incidents/triggers.ts';

const DRIVEN_BACK = T.find((t) => t.re.source.includes('fought back for'));

describe('the trigger of an attack driven back, on a long text', () => {
  it('reads the attack told in the passive, and those attacked who fought back for a while', () => {
    expect(DRIVEN_BACK).toBeDefined();
    const at = (text: string) => DRIVEN_BACK?.re.exec(text)?.[0] ?? null;
    expect(
      at(
        'An assault group of tanks and infantry tried to punch through the lines and was beaten back with heavy losses, the brigade said.',
      ),
    ).toBe('was beaten back');
    expect(at('Army troops on patrol came under rifle fire and fought back for about an hour.')).toBe(
      'fought back for about an hour',
    );
    expect(at('Soldiers said the drones were repelled over the city.')).toBeNull();
    expect(
      at('The bill was beaten back by the opposition in the chamber, where soldiers watched.'),
    ).toBeNull();
  });

  it('takes time that grows with the text, a few milliseconds for 300 KB that name soldiers throughout', () => {
    const sentence =
      'Soldiers and rebels met near the river crossing at dawn, and the militiamen moved their trucks along the road ';
    const text = sentence.repeat(Math.ceil(300_000 / sentence.length));
    const re = DRIVEN_BACK?.re as RegExp;
    re.exec(text.slice(0, 2000));
    const t = performance.now();
    expect(re.exec(text)).toBeNull();
    const ms = performance.now() - t;
    // (each lookbehind tried at each of the 300,000 positions took well over a second on an idle machine; asked for the
    // words first, about a millisecond)
    expect(ms).toBeLessThan(150);
  });
});
