/**
 * People, organisations and places on short texts written for these tests: ranks written short without a stop, bodies
 * described by where they are based, and a town named before a site word.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';

const read = (text: string) => extractEntities(buildDoc(text));

describe('ranks written short without a stop', () => {
  it('reads "Lt Col" and "Det Insp" as ranks, not as parts of a name', () => {
    const e = read(
      'A spokesman for the army in North Kivu, Lt Col Jean Mbeki, said troops were sent to the camp. Lt Col Mbeki said the road was open again. Det Insp Sarah Oduya of the county police said two men were held. Det Insp Oduya said they would be charged.',
    );
    const names = e.people.map((p) => p.name);
    expect(names).toContain('Jean Mbeki');
    expect(names).toContain('Sarah Oduya');
    expect(names.some((n) => /^(?:Lt|Det)\b/.test(n))).toBe(false);
    expect(e.people.find((p) => p.name === 'Sarah Oduya')?.role).toBe('Detective Inspector');
  });
});
