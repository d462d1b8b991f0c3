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
describe('clashes told by a raid or an operation against an armed group and its toll', () => {
  it('reads a police operation against a drug faction that left people dead as an armed clash', () => {
    expect(
      kinds(
        'RIO DE JANEIRO - A large police operation against the Comando Vermelho drug faction in the Alemão complex left at least eight people dead on Tuesday, the state government said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('finds no clash in an operation on street vendors', () => {
    expect(
      kinds(
        'LAGOS - A council operation against illegal street vendors left traders angry in Ikeja on Monday, residents said.',
      ),
    ).toEqual([]);
  });
});
describe('clashes told by fighting on a day between two armed sides named further on', () => {
  it('reads fighting on a day between two armed sides, named further on, as an armed clash', () => {
    expect(
      kinds(
        'DOHA - The talks were overshadowed by fighting on Sunday around Kashebere, a village in Masisi territory, between M23 fighters and Wazalendo militiamen.',
        '2026-07-15',
      ),
    ).toEqual(['Armed clash']);
  });
  it('finds no clash in canvassers fighting for votes between rallies', () => {
    expect(
      kinds(
        'LAGOS - The campaign team was fighting on Sunday in the suburbs between rallies for every vote, its leader said.',
      ),
    ).not.toContain('Armed clash');
  });
});
