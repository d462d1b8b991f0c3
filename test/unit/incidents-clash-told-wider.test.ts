/**
 * Armed clashes told by a confrontation with the state's forces, by a raid or an operation against an armed group
 * and its toll, or by fighting on a day between two armed sides told further on; and the words that tell none. Texts
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const kinds = (text: string, published = '2026-12-01') =>
  briefArticle({ text, origin: 'text' }, { published })
    .incidents.filter((i) => !i.background)
    .map((i) => i.subType);

describe('clashes told by a confrontation with the forces', () => {
  it('reads militants killed in a confrontation with security forces as an armed clash', () => {
    expect(
      kinds(
        'SRINAGAR - Two militants were killed in a confrontation with security forces in Kupwara on Thursday, officials said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('finds no clash in a confrontation with the opposition', () => {
    expect(
      kinds('LAGOS - The minister avoided a confrontation with the opposition over the budget on Tuesday.'),
    ).toEqual([]);
  });
});
