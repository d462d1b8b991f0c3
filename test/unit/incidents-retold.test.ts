/**
 * One event told again later in the story: in a side's statement with no day of its own, on the far side of one
 * midnight, or as the attack on people who were then taken away. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const current = (paras: string[], published: string) =>
  briefArticle({ text: paras.join('\n\n'), origin: 'text' }, { published }).incidents.filter(
    (i) => !i.background,
  );

describe("a side's statement that retells the event", () => {
  const report =
    'A roadside bomb tore through an army truck near Baidoa on Monday morning, killing three soldiers, a local official said.';
  it('is no second event when it gives no day of its own', () => {
    const list = current(
      [
        'Roadside bomb kills three soldiers near Baidoa',
        report,
        'The officer said the truck had been returning from a patrol.',
        'The Harakat group said on its radio station that its fighters had "destroyed a vehicle of the army", killing nine soldiers.',
      ],
      '2026-06-23',
    );
    expect(list).toHaveLength(1);
    expect(list[0].subType).toBe('Remote explosive/landmine/IED');
    expect(list[0].killed).toBe(3);
  });
  it('stays apart when it tells an act of another day', () => {
    const list = current(
      [
        report,
        'The Harakat group said on its radio station that its fighters had attacked an army base near Kismayo on Saturday, killing nine soldiers.',
      ],
      '2026-06-23',
    );
    expect(list).toHaveLength(2);
  });
});

describe("another side's word of what the other side did", () => {
  it('stays apart from the event told before it', () => {
    const list = current(
      [
        'Mortar shells fired from across the border hit homes in a village in Kunar province shortly before midnight on Wednesday, killing three civilians, a provincial spokesman said.',
        'The army gave a different account. It said "Taliban posts" had opened unprovoked fire on its border positions in the Bajaur district at about 11 pm and that its troops had responded. One soldier was wounded, it said.',
      ],
      '2026-10-22',
    );
    expect(list.map((i) => i.subType).sort()).toEqual(['Armed clash', 'Shelling/artillery/missile attack']);
  });
});

describe('one strike told on both sides of midnight', () => {
  it('is one record, on the day and with the toll of the account that gives the hour', () => {
    const list = current(
      [
        'SUMMARY',
        'Rebels fired a missile at a tanker off Hodeidah on Monday. Jets struck Hodeidah port the same night.',
        'Shortly after midnight, at 00:20 on 17 February, the air force said its jets had struck the Port of Hodeidah. Health officials said four dock workers were killed.',
      ],
      '2026-02-17',
    );
    const strikes = list.filter((i) => i.subType === 'Air/drone strike');
    expect(strikes).toHaveLength(1);
    expect(strikes[0].date?.slice(0, 10)).toBe('2026-02-17');
    expect(strikes[0].killed).toBe(4);
  });
  it('keeps strikes told a day apart in daylight apart', () => {
    const list = current(
      [
        'Jets struck Hodeidah port on Monday afternoon, officials said.',
        'On Tuesday at 15:00, jets struck the Port of Hodeidah again, killing four dock workers.',
      ],
      '2026-02-17',
    );
    expect(list.filter((i) => i.subType === 'Air/drone strike')).toHaveLength(2);
  });
});

describe('an attack on people who were then taken away, told before the abduction', () => {
  it('is the abduction', () => {
    const list = current(
      [
        'Bandits abduct worshippers from Kaduna church',
        'Bandits in the early hours of Sunday invaded a church in Kaduna and whisked away worshippers holding a night vigil, residents said.',
        'A resident said the gunmen arrived at about 1am. He said 11 persons were taken away and a guard who tried to raise the alarm was shot dead.',
        'However, the Kaduna State Police Command put the number of abducted persons at eight. Its spokesman said in a statement on Sunday evening that police had been deployed.',
      ],
      '2026-05-12',
    );
    expect(list).toHaveLength(1);
    expect(list[0].subType).toBe('Abduction/forced disappearance');
  });
});
