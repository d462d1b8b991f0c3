/** Incidents, their day: a day of a later act, or of a text put out, does not date the act of violence. */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

// 2025-05-14 is a Wednesday
const incidents = (text: string) =>
  briefArticle({ text, origin: 'text' }, { published: '2025-05-14' }).incidents;

describe('days of later acts', () => {
  it('does not date an arrest by the day the detained are due before prosecutors', () => {
    const found = incidents(
      'Riot police broke up a march in Asuncion on Saturday. Officers detained 63 protesters, who would be brought before prosecutors on Monday, police said.',
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((i) => i.date)).not.toContain('2025-05-12');
  });
  it('still dates an act by a day of its own', () => {
    const found = incidents('Gunmen killed 12 villagers in Kaura on Sunday, police said on Monday.');
    expect(found[0]?.date).toBe('2025-05-11');
  });
});
