/**
 * Stories that report no incident though they tell of protest or violence: objections made in writing, a vigil in
 * memory of someone who died of no violence, a television drama's recap, a game that puts the reader in the fight.
 * The texts are invented, in wordings not among the articles the engine was measured on.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const current = (text: string, published = '2026-05-14') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('a protest made in a letter or a statement', () => {
  it('finds no demonstration in people protesting in writing', () => {
    expect(
      current(
        'Shareholders push back on Velmar pay plan\n\n' +
          'Velmar shares rose 3% on Monday. A group of pension funds holding 8% of the company is protesting against a proposed bonus for chief executive Ana Ruiz in a letter to the board, calling it excessive.\n\n' +
          'The company said the plan would be put to a vote at its meeting next month.',
      ),
    ).toEqual([]);
    expect(
      current(
        'Dozens of doctors at Tarsk General Hospital protested the closure of the maternity ward in an open letter published on Tuesday, saying mothers would have to travel two hours to give birth.',
      ),
    ).toEqual([]);
  });
  it('still reads a crowd that protests outside, with a letter handed in', () => {
    expect(
      current(
        'About 300 nurses protested outside the health ministry in Tarsk on Tuesday against cuts to night-shift pay, and handed in a letter to the minister.',
      ).map((i) => i.subType),
    ).toEqual(['Peaceful protest']);
  });
});
