import { describe, expect, it } from 'vitest';
import {
  navRow,
  neutralizeMentions,
  packLines,
  parsePageId,
  safe,
  safeClip,
} from '../../src/render/pages.ts';

describe('render helpers', () => {
  it('neutralises every mention form', () => {
    const out = neutralizeMentions('@everyone @here <@1> <@!2> <@&3> <#4> </cmd sub:5> a@b.c');
    expect(out).not.toMatch(/@everyone|@here|<@1>|<@!2>|<@&3>|<#4>|<\/cmd/);
    expect(out).toContain('a@b.c');
  });

  it('escapes markdown, line-start markers included', () => {
    expect(safe('# h\n> q\n- l\n12. n\n*b* _i_ ~~s~~ `c` ||x|| [t](u) \\')).toBe(
      '\\# h\n\\> q\n\\- l\n12\\. n\n\\*b\\* \\_i\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|x\\|\\| \\[t\\](u) \\\\',
    );
  });

  it('escapes 1 MB in linear time', () => {
    const big = '*a_ <@1> '.repeat(120_000);
    const t = performance.now();
    const out = safe(big);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(out.length).toBeGreaterThan(big.length);
  });

  it('clips without splitting an escape and says it clipped', () => {
    const r = safeClip('*'.repeat(100), 11);
    expect(r).toEqual({ text: '\\*\\*\\*\\*\\*…', clipped: true });
    expect(safeClip('short', 10)).toEqual({ text: 'short', clipped: false });
    const emoji = safeClip('😀'.repeat(10), 6);
    expect(emoji.text).toBe('😀😀…');
  });

  it('packs lines into chunks within each budget, keeping order', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i} ${'x'.repeat(i)}`);
    const chunks = packLines(lines, (i) => (i === 0 ? 100 : 300));
    expect(chunks.flat()).toEqual(lines);
    chunks.forEach((c, i) => {
      expect(c.join('\n').length).toBeLessThanOrEqual(i === 0 ? 100 : 300);
    });
  });

  it('builds unique page ids that parse back', () => {
    const row = navRow('brief', '1234567890123456789', 0, 3);
    const ids = row.components.map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(new Set(ids).size).toBe(3);
    expect(parsePageId(ids[2])).toEqual({ prefix: 'brief', key: '1234567890123456789', page: 1 });
    expect(parsePageId(ids[0])).toEqual({ prefix: 'brief', key: '1234567890123456789', page: 0 });
    expect(parsePageId('brief:unspun:1')).toBeNull();
  });
});
