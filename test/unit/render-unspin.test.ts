import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/article.ts';
import type { SpinChange, SpinResult } from '../../src/lib/spin/types.ts';
import { payloadProblems } from '../../src/render/pages.ts';
import { embedChars } from '../../src/render/safe.ts';
import {
  changesFile,
  displayRestored,
  groupChanges,
  renderUnspin,
  unspinPage,
} from '../../src/render/unspin.ts';

const KEY = '1234567890123456789';

/** Builds a consistent SpinResult from replacements of every occurrence of `from` in `text`. */
function spinOf(
  text: string,
  swaps: { from: string; to: string; confidence?: number; offensive?: boolean; suggest?: boolean }[],
  extra: Partial<SpinResult> = {},
): SpinResult {
  const changes: SpinChange[] = [];
  const suggestions: SpinChange[] = [];
  for (const s of swaps) {
    let i = text.indexOf(s.from);
    while (i >= 0) {
      const c = {
        start: i,
        end: i + s.from.length,
        from: s.from,
        to: s.to,
        confidence: s.confidence ?? 0.9,
        layer: 'table' as const,
        ...(s.offensive ? { offensive: true } : {}),
      };
      (s.suggest ? suggestions : changes).push(c);
      i = text.indexOf(s.from, i + s.from.length);
    }
  }
  changes.sort((a, b) => a.start - b.start);
  let restored = '';
  let pos = 0;
  for (const c of changes) {
    restored += text.slice(pos, c.start) + c.to;
    pos = c.end;
  }
  restored += text.slice(pos);
  return {
    score: 0.95,
    verdict: 'spun',
    evidence: {
      reasons: ['"stated" is used while "said" never is', 'fingerprint phrases at 30 per 1,000 words'],
      fingerprintRate: 30.12,
      topFingerprints: swaps.slice(0, 5).map((s) => ({ from: s.from, to: s.to, count: 2 })),
      words: text.split(/\s+/).length,
    },
    restored,
    changes,
    suggestions,
    ...extra,
  };
}

function allPages(pages: ReturnType<typeof renderUnspin>['pages']) {
  return pages.map((_, i) => unspinPage(pages, i, 'unspin', KEY));
}

function everything(r: ReturnType<typeof renderUnspin>): string {
  return JSON.stringify(r.pages) + (r.reply.files ?? []).map((f) => f.data.toString('utf8')).join('\n');
}

describe('renderUnspin', () => {
  it('groups a repeated spun form into one line with its count and confidence', () => {
    const text = Array.from({ length: 12 }, (_, i) => `Troops waited within the base number ${i}.`).join(' ');
    const spin = spinOf(text, [{ from: 'within the', to: 'in the', confidence: 0.93 }]);
    const r = renderUnspin({ text, origin: 'text' }, spin, { key: KEY });
    const changes = r.pages[0][1].description!;
    expect(changes).toContain('~~within the~~ → **in the** ×12 · 93%');
    expect(changes.split('\n')).toHaveLength(1);
    expect(groupChanges(spin.changes)[0].count).toBe(12);
  });

  it('shows short restored text inline with the restored words in bold, and no attachment', () => {
    const text = 'The Iranian International Minister stated the talks went well.';
    const spin = spinOf(text, [
      { from: 'International', to: 'Foreign' },
      { from: 'stated', to: 'said' },
    ]);
    const r = renderUnspin({ text, origin: 'text' }, spin, { key: KEY });
    const restored = r.pages[0].find((e) => e.title === 'Restored text');
    expect(restored?.description).toBe('The Iranian **Foreign** Minister **said** the talks went well.');
    expect(r.reply.files ?? []).toEqual([]);
    expect(r.reply.components ?? []).toEqual([]);
    expect(r.pages[0][0].title).toBe('🔴 Spun — 95/100');
    expect(r.pages[0][0].fields?.find((f) => f.name === 'Fingerprints')?.value).toContain(
      '30.1 per 1,000 words',
    );
  });

  it('lists suggestions separately as not applied', () => {
    const text = 'The drive moved across the oblique hearth line.';
    const spin = spinOf(text, [
      { from: 'oblique hearth', to: 'indirect fire' },
      { from: 'drive', to: 'force', confidence: 0.4, suggest: true },
    ]);
    const r = renderUnspin({ text, origin: 'text' }, spin);
    const d = r.pages[0][1].description!;
    expect(d).toContain('**Suggestions — not applied:**');
    expect(d).toContain('~~drive~~ → maybe **force** · 40%');
    expect(d.indexOf('oblique')).toBeLessThan(d.indexOf('Suggestions'));
    expect(r.restoredText).toBe('The drive moved across the indirect fire line.');
  });

  it('never echoes a spinner-produced slur, applied or only suggested', () => {
    const text = 'He met the Zorbleck officials and the Glimmox delegates in the capital.';
    const spin = spinOf(text, [
      { from: 'Zorbleck', to: 'Japanese', offensive: true },
      { from: 'Glimmox', to: 'Chinese', offensive: true, suggest: true, confidence: 0.3 },
    ]);
    spin.evidence.reasons.push('fingerprint "Zorbleck" found');
    const r = renderUnspin({ text, origin: 'text' }, spin, { key: KEY });
    const all = everything(r) + changesFile(spin) + r.restoredText;
    expect(all).not.toMatch(/Zorbleck|Glimmox/);
    expect(all).toContain('Japanese');
    expect(r.restoredText).toBe('He met the Japanese officials and the Chinese delegates in the capital.');
    expect(displayRestored(text, spin)).not.toContain('Glimmox');
  });

  it('escapes markdown and neutralises mentions from the article', () => {
    const text = 'Hello @everyone and <@123456> and <@&999> see **this** _now_ [x](http://e.x) stated.';
    const spin = spinOf(text, [
      { from: 'stated', to: 'said' },
      { from: '@everyone', to: '@here' },
    ]);
    const r = renderUnspin({ text, title: 'Ping <@42> **loud**', origin: 'text' }, spin);
    const json = JSON.stringify(r.pages);
    expect(json).not.toMatch(/@everyone|@here|<@123456>|<@&999>|<@42>/);
    expect(json).toContain('\\\\*\\\\*this\\\\*\\\\*');
    expect(r.reply.allowedMentions).toEqual({ parse: [] });
  });

  it('keeps every limit with hundreds of distinct changes: pages, buttons and a full changes.txt', () => {
    const words = Array.from({ length: 800 }, (_, i) => `spunword${i}x`);
    const text = words.join(' and ');
    const spin = spinOf(
      text,
      words.map((w, i) => ({ from: w, to: `original${i}y`, confidence: 0.5 + (i % 50) / 100 })),
    );
    const r = renderUnspin({ text, origin: 'text' }, spin, { key: KEY });
    expect(r.pages.length).toBeGreaterThan(3);
    for (const p of allPages(r.pages)) expect(payloadProblems(p)).toEqual([]);
    expect(payloadProblems(r.reply)).toEqual([]);
    // Every group is on some page, and every change is in the attachment.
    const shown = JSON.stringify(r.pages);
    for (let i = 0; i < 800; i++) expect(shown).toContain(`original${i}y`);
    const file = r.reply.files?.find((f) => f.name === 'changes.txt')?.data.toString('utf8') ?? '';
    expect(file.match(/-> original\d+y {2}\d+% {2}table/g)).toHaveLength(800);
    expect(r.reply.files?.map((f) => f.name)).toContain('restored.txt');
    expect(r.reply.components?.[0].components).toHaveLength(3);
  });

  it('handles 1 MB of restored text: attachment, no inline text, within limits', () => {
    const para = 'The officers stated that the convoy moved within the valley at dawn. ';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const spin = spinOf(text, [
      { from: 'stated', to: 'said' },
      { from: 'within the', to: 'in the' },
    ]);
    const started = performance.now();
    const r = renderUnspin({ text, origin: 'file' }, spin, { key: KEY });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(payloadProblems(r.reply)).toEqual([]);
    const restored = r.reply.files?.find((f) => f.name === 'restored.txt');
    expect(restored?.data.toString('utf8')).toBe(spin.restored);
    expect(r.pages[0].some((e) => e.title === 'Restored text')).toBe(false);
    expect(r.pages[0][1].description).toMatch(/~~stated~~ → \*\*said\*\* ×[\d,]+/);
    expect(JSON.stringify(r.pages[0])).toContain('restored.txt');
  });

  it('says plainly when a clean text needs nothing', () => {
    const text = 'The minister said the talks in the capital went well.';
    const spin = spinOf(text, [], {
      score: 0.03,
      verdict: 'clean',
      evidence: { reasons: [], fingerprintRate: 0, topFingerprints: [], words: 10 },
    });
    const r = renderUnspin({ text, origin: 'text' } as Article, spin);
    expect(r.pages).toHaveLength(1);
    expect(r.pages[0][0].title).toBe('🟢 Clean — 3/100');
    expect(JSON.stringify(r.pages)).toContain('Nothing to restore');
    expect(r.reply.files ?? []).toEqual([]);
    expect(payloadProblems(r.reply)).toEqual([]);
  });

  it('keeps very long spun forms and reasons within limits', () => {
    const long = 'x*'.repeat(3000);
    const text = `${long} end`;
    const spin = spinOf(text, [{ from: long, to: long.replace(/x/g, 'y') }]);
    spin.evidence.reasons = Array.from({ length: 200 }, (_, i) => `reason ${i} ${'_'.repeat(400)}`);
    const r = renderUnspin({ text, title: 't'.repeat(5000), url: 'https://e.x/a', origin: 'url' }, spin, {
      key: KEY,
    });
    for (const p of allPages(r.pages)) expect(payloadProblems(p)).toEqual([]);
    for (const page of r.pages) {
      expect(page.reduce((n, e) => n + embedChars(e), 0)).toBeLessThanOrEqual(6000);
    }
    expect(JSON.stringify(r.pages[0][0])).toContain('more reason');
  });
});
