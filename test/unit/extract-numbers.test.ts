/** Numbers: money, shares, vague quantities, approximators, ranges and the noun each number counts. */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractNumbers, type NumberMention } from '../../src/lib/extract/numbers.ts';

const numbers = (text: string): NumberMention[] => extractNumbers(buildDoc(text), []);
const find = (text: string, value: number) => numbers(text).find((n) => n.value === value);

describe('money', () => {
  it('reads "$47,000" as 47000 dollars, never as 0', () => {
    const found = numbers('The ministry offered a reward of about $47,000 for information.');
    expect(found.map((n) => n.value)).toEqual([47000]);
    expect(found[0]).toMatchObject({ noun: 'dollars', approximate: true, currency: 'USD' });
  });
  it('reads euro, pound and rand amounts with multipliers', () => {
    expect(find('The bloc pledged €2.5 billion for the grid.', 2.5e9)).toMatchObject({
      noun: 'euros',
      currency: 'EUR',
    });
    expect(find('Damage was put at more than £6,000 by the insurer.', 6000)).toMatchObject({
      noun: 'pounds',
      approximate: true,
    });
    expect(find('He was charged over a R745 million contract.', 745e6)).toMatchObject({ noun: 'rand' });
    expect(find('The firm raised $1.2bn from investors.', 1.2e9)).toMatchObject({ noun: 'dollars' });
  });
  it('reads rupees in crore and amounts with the currency written after them', () => {
    expect(find('The state set aside Rs 300 crore for relief.', 3e9)).toMatchObject({ noun: 'rupees' });
    expect(find('The reward was as much as 200 million pesos.', 2e8)).toMatchObject({
      noun: 'pesos',
      approximate: true,
    });
  });
});

describe('money, not other things written alike', () => {
  it('reads "R5" as a road and "5m" as metres, but "$3m" as money', () => {
    const found = numbers(
      'Traffic on the R5 highway stopped after a 5m wall fell. The club paid $3m for it.',
    );
    expect(found.map((n) => [n.value, n.noun])).toEqual([[3e6, 'dollars']]);
  });
});

describe('counts, shares and vague quantities', () => {
  it('reads "half a million", "two dozen" and "half a dozen"', () => {
    expect(find('Half a million people left the city.', 5e5)?.noun).toBe('people');
    expect(find('Two dozen houses burned.', 24)?.noun).toBe('houses');
    expect(find('Rioters torched half a dozen cars.', 6)?.noun).toBe('cars');
  });
  it('counts barrels, percentages and approximators', () => {
    expect(find('The tanker carried 1.2 million barrels of crude.', 1.2e6)).toMatchObject({
      noun: 'barrels',
      approximate: false,
    });
    expect(find('Inflation rose 3.5% in May.', 3.5)).toMatchObject({ noun: 'percent' });
    expect(find('At least 12 soldiers were killed.', 12)).toMatchObject({
      noun: 'soldiers',
      approximate: true,
    });
    expect(find('More than 200 people were evacuated.', 200)).toMatchObject({
      noun: 'people',
      approximate: true,
    });
    expect(find('Up to 40 trucks were stuck at the border.', 40)).toMatchObject({
      noun: 'trucks',
      approximate: true,
    });
  });
  it('reads fractions as shares', () => {
    expect(find('Roughly half of the ships now avoid the strait.', 50)).toMatchObject({ noun: 'percent' });
    expect(find('About a third of voters stayed at home.', 33)).toMatchObject({ approximate: true });
    expect(numbers('The talks lasted two and a half hours.').some((n) => n.value === 50)).toBe(false);
    expect(numbers('The team scored in a third attempt.').some((n) => n.value === 33)).toBe(false);
  });
  it('reads a dozen, dozens and tens of thousands the ACLED way', () => {
    expect(find('A dozen houses burned.', 12)).toMatchObject({ noun: 'houses' });
    expect(find('Tens of thousands of people marched.', 10000)).toMatchObject({
      noun: 'people',
      approximate: true,
    });
    expect(find('Dozens of residents\u2019 associations signed the letter.', 12)?.noun).toBe('associations');
    expect(find('Nearly a million refugees live in the camps.', 1e6)).toMatchObject({
      noun: 'refugees',
      approximate: true,
    });
  });
  it('keeps ranges: the lower bound as the value, with min and max', () => {
    expect(find('Between 10 and 15 villagers were taken.', 10)).toMatchObject({
      min: 10,
      max: 15,
      noun: 'villagers',
      approximate: true,
    });
    expect(find('The storm destroyed 20 to 30 homes.', 20)).toMatchObject({
      min: 20,
      max: 30,
      noun: 'homes',
    });
  });
});

describe('nouns', () => {
  it('gives a bare count the noun of the count before it in the sentence', () => {
    const text = 'Gunmen killed two officers and wounding three, police said.';
    expect(find(text, 3)?.noun).toBe('officers');
  });
  it('reads units joined by a hyphen and "two of the wounded"', () => {
    expect(find('The 58,000-tonne ship was hit.', 58000)?.noun).toBe('tonne');
    expect(find('Two of the wounded were in critical condition.', 2)?.noun).toBe('wounded');
  });
  it('counts years in an age, not the people whose age it is', () => {
    const text = 'Three herders, aged 19, 22 and 64, were found dead near the well.';
    expect([find(text, 19)?.noun, find(text, 22)?.noun, find(text, 64)?.noun, find(text, 3)?.noun]).toEqual([
      'years',
      'years',
      'years',
      'herders',
    ]);
  });
  it('keeps counts after a possessive and skips numbers inside names', () => {
    expect(find('She fled with her three children.', 3)?.noun).toBe('children');
    expect(numbers('The offensive, known as Operation 1027, began in October.')).toEqual([]);
  });
  it('tells a repeated figure once and keeps it approximate if either mention is', () => {
    const found = numbers(
      'Floods strand 1.6 million people. Rains have stranded more than 1.6 million people.',
    );
    expect(found.filter((n) => n.value === 1.6e6)).toHaveLength(1);
    expect(found[0].approximate).toBe(true);
  });
});

describe('real-world number shapes', () => {
  it('reads an exchange rate in the currency named before it, approximate after "past" or "around"', () => {
    const b = numbers(
      'The rupiah weakened past 16,700 to the dollar on Tuesday. The yen traded at around 158 against the dollar.',
    );
    expect(b.map((n) => [n.value, n.noun, n.approximate])).toEqual([
      [16700, 'rupiah', true],
      [158, 'yen', true],
    ]);
  });
  it('reads percentages written as "percent", "per cent" and "%"', () => {
    expect(
      numbers('Tariffs rise to 32 percent from 10 percent, or 9 per cent, or 12%.').map((n) => n.text),
    ).toEqual(['32 percent', '10 percent', '9 per cent', '12%']);
  });
  it('gives "three of whom" the noun named before it', () => {
    const n = numbers('The minister visited the wounded, three of whom were in a serious condition.');
    expect(n.map((x) => [x.value, x.noun])).toEqual([[3, 'wounded']]);
  });
  it('reads no count in "the first one hit", "one after another", "one hit the roof" or "no arrests"', () => {
    const n = numbers(
      'Most of the men were asleep when the first one hit. We heard four explosions, one after another. One hit the roof. No arrests were reported. There were no injuries.',
    );
    expect(n.map((x) => [x.value, x.noun])).toEqual([
      [4, 'explosions'],
      [0, 'injuries'],
    ]);
  });
  it('tells a headline figure once when the story repeats it', () => {
    const n = numbers(
      'Strike near Jilib kills 12 fighters; elders speak of dozens dead\n\nThe army said the strike killed at least 12 fighters. Elders said dozens of people had died.',
    );
    expect(n.map((x) => [x.value, x.noun])).toEqual([
      [12, 'fighters'],
      [12, 'people'],
    ]);
  });
});

describe('counts of a group just named', () => {
  it('takes the noun after "of them" when there is one', () => {
    expect(
      numbers(
        'The blast wounded 23 people, six of them children, and killed three soldiers, two of whom were officers.',
      ).map((n) => [n.value, n.noun]),
    ).toEqual([
      [23, 'people'],
      [6, 'children'],
      [3, 'soldiers'],
      [2, 'officers'],
    ]);
  });
});

describe('counts out of a group and shared or elided nouns', () => {
  it('reads "three of his cousins" and "one of its sailors" with the group noun', () => {
    expect(find('A 40-year-old fisherman said he carried three of his cousins to the boat.', 3)?.noun).toBe(
      'cousins',
    );
    expect(find('The navy said that one of its sailors was missing.', 1)?.noun).toBe('sailors');
  });
  it('gives "jailed for nine and seven years" the noun they share, but keeps "five or six drones" as one', () => {
    expect(find('Three officers were jailed for nine and seven years.', 9)?.noun).toBe('years');
    expect(find('We saw five or six drones overhead.', 5)).toBeUndefined();
  });
  it('lets a bare figure take the noun of a figure of the same order in the sentence before', () => {
    const found = numbers(
      'The union needs 90,000 valid ballots by May. It has gathered about 41,000 so far.',
    );
    expect(found.find((n) => n.value === 41000)).toMatchObject({ noun: 'ballots', approximate: true });
    expect(numbers('Police counted 90,000 marchers. The budget grew by 3,000.')[1]?.noun).toBeNull();
  });
});
