/**
 * One body the text writes as a pair with a slash ("AFC/M23") beside a body named by one part of it ("M23"), on
 * short texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';

const bodies = (text: string) =>
  extractEntities(buildDoc(text)).orgs.filter((o) =>
    /M23|AFC|Alliance/.test([o.name, ...o.aliases].join(' ')),
  );

describe('a pair written with a slash', () => {
  it('reads "AFC/M23" and "M23" as one body', () => {
    const text =
      'The AFC/M23 rebel movement said on Friday it had seized the town of Mwenga after two days of fighting. Kinshasa blamed M23 for the shelling of a market, which killed four people.';
    const found = bodies(text);
    expect(found).toHaveLength(1);
    expect(found[0].name).toBe('M23');
    expect(found[0].aliases).toContain('AFC/M23');
  });

  it('keeps two bodies when the text names the other part on its own', () => {
    const text =
      'M23 rebels and their allies of the Alliance Fleuve Congo (AFC) took the city in January. The AFC now runs its own police. Talks between Kinshasa and the AFC/M23 have stalled.';
    expect(bodies(text)).toHaveLength(2);
  });
});
