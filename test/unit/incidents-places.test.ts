/** Where an incident happened: a place that only says where someone spoke is not the event's place. */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const brief = (text: string, published = '2025-03-15') =>
  briefArticle({ text, origin: 'text' }, { published });

describe('where an official spoke is not where the event happened', () => {
  it('does not place a strike told in a quote at the city where it was told to reporters', () => {
    const b = brief(
      'Two residents were killed in Okhtyrka on Friday, the regional governor said.\n\n"They dropped two bombs on a street where children were walking to school," the governor told reporters in Kyiv.',
    );
    const list = b.incidents.filter((i) => !i.background);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((i) => i.place !== 'Kyiv')).toBe(true);
    expect(list.some((i) => i.place === 'Okhtyrka')).toBe(true);
    // the city stays among the places the brief names
    expect(b.places.some((p) => p.name === 'Kyiv')).toBe(true);
  });
  it('skips "said at a news conference in X" and "speaking in X" as the place of an event told next to them', () => {
    const conference = brief(
      'Gunmen ambushed a police patrol and killed four officers on Tuesday, the interior minister said at a news conference in Ankara.',
    ).incidents.filter((i) => !i.background);
    expect(conference.length).toBeGreaterThan(0);
    expect(conference.every((i) => i.place !== 'Ankara')).toBe(true);
    const speaking = brief(
      'Speaking in Geneva on Monday, the envoy said an air strike had killed nine civilians at a market.',
    ).incidents.filter((i) => !i.background);
    expect(speaking.length).toBeGreaterThan(0);
    expect(speaking.every((i) => i.place !== 'Geneva')).toBe(true);
    const told = brief(
      'A drone hit a bus stop full of people, the governor told reporters in Kyiv on Friday.',
    ).incidents.filter((i) => !i.background);
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((i) => i.place !== 'Kyiv')).toBe(true);
  });
  it('still places an event told with the same city after a verb of acting, not of saying', () => {
    const list = brief(
      'A car bomb exploded in Kyiv on Friday, killing three people, police said.',
    ).incidents.filter((i) => !i.background);
    expect(list.some((i) => i.place === 'Kyiv')).toBe(true);
  });
});
