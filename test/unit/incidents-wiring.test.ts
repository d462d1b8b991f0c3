/**
 * Small reading rules checked end to end through the brief, each on invented text: a repelled assault is a fight of
 * two sides, a drone that dropped an explosive device is an air/drone strike, escapees recaptured by police are
 * arrests, and the only event of a one-line paste that names no place and no day is kept, flagged as low confidence.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2026-05-20') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('kinds read from the verb of the act', () => {
  it('reads a repelled assault on a village as an armed clash', () => {
    const [i] = incidents(
      'Troops of the 41st Brigade repelled an assault by enemy infantry on the village of Ostrivka on Tuesday, the regional governor said, adding that two soldiers were wounded.',
    );
    expect(i).toMatchObject({ subType: 'Armed clash', place: 'Ostrivka' });
  });
  it('reads a drone that dropped an explosive device as an air/drone strike', () => {
    const [i] = incidents(
      'A drone dropped an explosive device on a police post in the town of Kelmora on Monday night, wounding three officers, the provincial police chief said.',
    );
    expect(i).toMatchObject({ subType: 'Air/drone strike', place: 'Kelmora' });
  });
  it('reads police recapturing escapees as arrests', () => {
    const found = incidents(
      'Gunmen attacked the prison in Tarvin on Friday and freed about 200 inmates. Police and soldiers recaptured 41 escapees near the town on Sunday, a police spokesperson said.',
    );
    expect(found.map((i) => i.subType)).toContain('Arrests');
  });
});

describe('a record tied to nothing', () => {
  it('keeps the only event of a one-line paste, flagged as low confidence', () => {
    const [i] = incidents('Residents said artillery shells hit homes, killing three people.');
    expect(i).toMatchObject({
      subType: 'Shelling/artillery/missile attack',
      place: null,
      lowConfidence: true,
    });
  });
});
