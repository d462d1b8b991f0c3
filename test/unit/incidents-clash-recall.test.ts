/**
 * Armed clashes the triggers used to miss or misread, each on invented text: fights of armed villagers or vigilantes
 * told beside a march or a rescue (a battle, not a riot or an attack on civilians); gunfire that broke out, fire on
 * the officers who came, an assault beaten back and troops who fought back; and what tells of no fight (a match, a
 * sacking, a test range, a budget row).
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2026-05-04') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);
const kinds = (text: string, published?: string) => incidents(text, published).map((i) => i.subType);

describe('fights of armed volunteers and vigilantes', () => {
  it('reads armed village volunteers who exchanged fire before a march as an armed clash, not a riot', () => {
    expect(
      kinds(
        'Hours before the march, on the night of Saturday into Sunday, armed village volunteers from the two sides exchanged fire near Moirang in Bishnupur district for nearly two hours, police said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads police and vigilantes who engaged kidnappers in a gun duel as an armed clash, not an attack', () => {
    expect(
      kinds(
        'On Sunday afternoon, police tactical teams working with local vigilantes engaged the kidnappers in a gun duel in a forest near Kajuru, some 15 kilometres from the village, and rescued five of the victims.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('still reads stones thrown by marchers at the police as a violent demonstration', () => {
    expect(
      kinds(
        'Marchers threw stones at the police in Imphal on Sunday after the rally was stopped near the governor’s residence, officials said.',
      ),
    ).toEqual(['Violent demonstration']);
  });
});

describe('fights told by the gunfire, the fire on officers or the attack beaten back', () => {
  it('reads firing that broke out or started at a time as an armed clash', () => {
    expect(
      kinds(
        'The firing broke out around 9 pm on Tuesday in Lelhar, a village in Pulwama district, after troops laid a cordon on a tip-off, an officer said.',
        '2026-05-20',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads suspects who fired on the officers as an armed clash', () => {
    expect(
      kinds(
        'A third suspect opened fire on our members when they approached a shack in Dobsonville at about 7 p.m. on Sunday, the provincial commissioner said.',
        '2026-07-20',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads an assault beaten back, told in the passive, as an armed clash', () => {
    expect(
      kinds(
        'A Russian assault group of tanks and infantry advanced on Ukrainian positions near Kostiantynivka on Monday morning and was beaten back with heavy losses, the brigade said.',
        '2026-06-10',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads troops who came under rifle fire and fought back as an armed clash', () => {
    expect(
      kinds(
        'Army troops on patrol outside El Plateado, in Argelia, came under rifle fire on Wednesday and fought back for about an hour, the Third Division said.',
        '2026-07-09',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads no fight in a match, a sacking, a test range or a budget row', () => {
    expect(
      kinds(
        'City were firing on all cylinders, and Rovers fought back for 90 minutes on Sunday, but every attack was repelled by the home defence.',
      ),
    ).toEqual([]);
    expect(kinds('The firing of the coach started a row among supporters on Sunday, the club said.')).toEqual(
      [],
    );
    expect(
      kinds('Test firing started at the artillery range near Kostiantynivka on Monday morning.'),
    ).toEqual([]);
    expect(
      kinds(
        "The council's attack on the budget was beaten back on Tuesday when officers of the finance department objected.",
      ),
    ).toEqual([]);
  });
});
