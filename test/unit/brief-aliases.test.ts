import { describe, expect, it } from 'vitest';
import { aliasesToShow } from '../../src/lib/brief/aliases.ts';

const IRGC = [
  'IRGC',
  'Revolutionary Guard',
  'Revolutionary Guards',
  'Iranian Revolutionary Guard',
  'Revolutionary Guard Corps',
  'Iranian Revolutionary Guards',
  "Iran's Revolutionary Guard",
  'Sepah',
  'Pasdaran',
];

describe('aliasesToShow', () => {
  it('shows the aliases the article uses, then at most two others', () => {
    const text =
      'The Islamic Revolutionary Guard Corps (IRGC) said on Monday that the Revolutionary Guards would respond.';
    expect(aliasesToShow('Islamic Revolutionary Guard Corps', IRGC, text)).toEqual([
      'IRGC',
      'Revolutionary Guards',
      'Sepah',
      'Pasdaran',
    ]);
    expect(aliasesToShow('Islamic Revolutionary Guard Corps', IRGC, text, 0)).toEqual([
      'IRGC',
      'Revolutionary Guards',
    ]);
  });

  it('does not count an alias found only inside the name or a longer alias', () => {
    // "Revolutionary Guard Corps" occurs only as part of the full name; "Department of Defense" only inside
    // "U.S. Department of Defense".
    const irgc = 'A statement from the Islamic Revolutionary Guard Corps was read out.';
    expect(aliasesToShow('Islamic Revolutionary Guard Corps', IRGC, irgc, 0)).toEqual([]);
    const dod = ['Department of Defense', 'U.S. Department of Defense', 'DoD'];
    expect(aliasesToShow('Pentagon', dod, 'The U.S. Department of Defense said so.', 0)).toEqual([
      'U.S. Department of Defense',
    ]);
  });

  it('leaves out spelling variants, plurals and longer forms of names already shown', () => {
    const quds = ['Qods Force', 'Quds Forces', 'Qods Forces', 'IRGC-QF', 'IRGC Quds Force'];
    expect(aliasesToShow('Quds Force', quds, 'The Qods Force commander spoke.')).toEqual(['IRGC-QF']);
    expect(aliasesToShow('Islamic State', ['ISIS', 'Islamic State group', 'ISIL', 'Daesh'], '')).toEqual([
      'ISIS',
      'ISIL',
    ]);
  });

  it('matches acronyms by case and longer names in any case', () => {
    const aliases = ['SDF', 'Syrian Democratic Force'];
    expect(aliasesToShow('Syrian Democratic Forces', aliases, 'sdf fighters moved in.', 0)).toEqual([]);
    expect(aliasesToShow('Syrian Democratic Forces', ['SDF'], 'SDF fighters moved in.', 0)).toEqual(['SDF']);
    expect(aliasesToShow('X Corps', ['the Northern Group'], 'THE NORTHERN GROUP attacked.', 0)).toEqual([
      'the Northern Group',
    ]);
  });
});
