/**
 * Armed clashes told by what happened to both sides or by how the fight went, each on invented text: each side's toll
 * in a clause of its own, armed groups that fought street by street, guards who fired back at the attackers; a
 * fight late in the evening and another at a clock time of the next morning; and what tells of no fight (a budget
 * row, a team that fought until dawn).
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2026-12-01') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);
const kinds = (text: string, published?: string) => incidents(text, published).map((i) => i.subType);

describe('a toll of both sides, each told in a clause of its own', () => {
  it('reads gang members killed and an officer wounded after an operation as an armed clash', () => {
    expect(
      kinds(
        'On Sunday, police units launched an operation in the area of Cabaret. A police spokesman said six gang members were killed and one officer was wounded.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads a soldier killed and insurgents injured as an armed clash', () => {
    expect(
      kinds(
        'In Bama on Saturday, two soldiers were killed and three insurgents were injured, the army said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads no fight in players and a referee hurt', () => {
    expect(
      kinds(
        'Five players were injured and one referee was hurt after the match in Leeds on Saturday, police said.',
      ),
    ).toEqual([]);
  });
});

describe('a fight late in the evening and another at a clock time of the next morning', () => {
  it('keeps gunfire at 21:40 on Friday and fire on a checkpoint at 07:20 the next morning apart', () => {
    const found = incidents(
      'Around 21:40 local time Friday (04:40 GMT Sat) heavy gunfire started in colonia Tierra Blanca, near the Humaya river. Several residents said they could hear grenades.\n\nThis morning, around 07:20, soldiers at a checkpoint on the Navolato–Culiacán road were fired on from two SUVs.',
      '2026-10-10',
    );
    expect(found.map((i) => [i.subType, i.date?.slice(0, 10)])).toEqual([
      ['Armed clash', '2026-10-09'],
      ['Armed clash', '2026-10-10'],
    ]);
  });
});

describe('armed sides that fought on, told by how long or how hard', () => {
  it('reads two armed groups that fought street by street as an armed clash', () => {
    expect(
      kinds(
        'Heavy gunfire shook the district of Souq Al-Juma in Tripoli through the night of Saturday into Sunday as two armed groups fought street by street, residents said.',
        '2026-10-05',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads no fight in canvassers who fought street by street for votes, or firefighters who fought overnight', () => {
    expect(
      kinds(
        'Canvassers from the two parties fought street by street for every vote in Surulere on Sunday. Firefighters fought overnight to contain a blaze at a warehouse in Apapa on Saturday.',
      ),
    ).toEqual([]);
  });
});

describe('an attack whose armed guards fired back', () => {
  it('reads armed men who fired on a village whose volunteers returned fire as an armed clash', () => {
    expect(
      kinds(
        'A farmer was killed when armed miscreants opened fire on paddy fields and houses at Phubala in Bishnupur district on Tuesday morning, officials said. Village volunteers returned fire, and the gunfight continued till about 9.30 am.',
        '2026-06-03',
      ),
    ).toEqual(['Armed clash']);
  });
  it('keeps an attack on workers an attack when soldiers returned fire in another paragraph, elsewhere', () => {
    expect(
      kinds(
        'Gunmen shot dead four workers at a car wash in Culiacán on Sunday afternoon, the state prosecutor said. The attackers fled in two pickup trucks.\n\nOn Monday morning, an army patrol came under fire from gunmen in a house in Navolato. Soldiers returned fire, killing three attackers.',
        '2026-11-10',
      ),
    ).toEqual(['Attack', 'Armed clash']);
  });
});

describe('a sabotage group destroyed, told by the side that held', () => {
  it('reads border guards who destroyed a sabotage and reconnaissance group as an armed clash', () => {
    expect(
      kinds(
        'Russian border guards destroyed a Ukrainian sabotage and reconnaissance group near the village of Kozinka on Sunday, the FSB said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads no fight in a search for a sabotage group, or in a sabotage team’s reputation', () => {
    expect(
      kinds(
        'Police said saboteurs had destroyed a section of track near Bryansk on Sunday, and that the security forces had launched a search for the sabotage group. Critics said the minister had destroyed a sabotage team’s reputation.',
      ),
    ).toEqual([]);
  });
});
