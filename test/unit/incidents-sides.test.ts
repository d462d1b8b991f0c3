/**
 * The kind of an act read from its sides over all the sentences that tell it, each on invented text: armed doers who
 * harm only armed men fight a battle (an armed clash), however the act was worded; an act that harms people of no
 * arms stays an attack on them.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2026-03-17') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('the harmed side sets the kind of a ground attack', () => {
  it('reads a state force firing that wounded only a soldier of the other side as an armed clash', () => {
    const [m] = incidents(
      'A Georgian border guard was wounded on Sunday night when Russian troops started firing on a location near the village of Kveshi, the interior ministry said on Monday.',
    );
    expect(m).toMatchObject({ type: 'Battles', subType: 'Armed clash', place: 'Kveshi' });
  });
  it('reads militants whose act killed only a soldier as an armed clash', () => {
    const [m] = incidents(
      'A soldier was killed on Thursday when militants targeted a road near the town of Bulo Burte, the army said.',
    );
    expect(m).toMatchObject({ subType: 'Armed clash', place: 'Bulo Burte' });
  });
  it('keeps an act that harmed people of no arms an attack', () => {
    const [m] = incidents(
      'Two farmers were injured on Friday when gunmen started firing on a spot near the village of Kessara, the provincial police said.',
    );
    expect(m).toMatchObject({ type: 'Violence against civilians', subType: 'Attack' });
    const [n] = incidents(
      'A soldier and two villagers were killed on Thursday when militants targeted a road near the town of Bulo Burte, the army said.',
    );
    expect(n).toMatchObject({ subType: 'Attack' });
  });
});
