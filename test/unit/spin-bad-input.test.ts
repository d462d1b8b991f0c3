import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/lib/article.ts';
import { detectSpin, SPIN_LIMITS, unspin } from '../../src/lib/spin/index.ts';
import { tokenize } from '../../src/lib/spin/tokenize.ts';

// Generous bounds: these only catch hangs or super-linear blow-ups, they do not measure speed.
const HANG_MS = 15_000;

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

describe('unspin on bad input', () => {
  it('empty text: clean, nothing changed, a reason', () => {
    const r = unspin('');
    expect(r.verdict).toBe('clean');
    expect(r.score).toBe(0);
    expect(r.changes).toEqual([]);
    expect(r.restored).toBe('');
    expect(r.evidence.reasons[0]).toMatch(/empty/i);
  });

  it('only whitespace: clean and unchanged', () => {
    const text = '  \n\t \r\n   ';
    const r = unspin(text);
    expect(r.verdict).toBe('clean');
    expect(r.restored).toBe(text);
  });

  it('binary junk: clean with low confidence, says it is not text', () => {
    let junk = '';
    for (let k = 0; k < 5000; k++) junk += String.fromCharCode((k * 7919) % 256);
    const r = unspin(junk);
    expect(r.verdict).toBe('clean');
    expect(r.score).toBeLessThan(0.1);
    expect(r.changes).toEqual([]);
    expect(r.evidence.reasons.join(' ')).toMatch(/not look like text|binary/i);
  });

  it('HTML markup: no change inside tags or attributes', () => {
    const html =
      '<html><head><title>Report</title></head><body><p class="lead">The White Home stated on Monday that talks would proceed.</p>' +
      '<a href="https://example.com/within-the-area">link</a></body></html>';
    const r = unspin(html);
    expect(r.restored).toContain('https://example.com/within-the-area');
    expect(r.restored).toContain('<p class="lead">');
    for (const c of r.changes) expect(html.slice(c.start, c.end)).toBe(c.from);
  });

  it('a non-English article: clean with low confidence, says so', () => {
    const de =
      'Die Regierung hat am Montag angekündigt, dass die Gespräche mit den Nachbarländern in der kommenden Woche fortgesetzt werden. ' +
      'Der Außenminister sagte, man sei zuversichtlich, bald eine Einigung über die Grenzfragen zu erzielen, obwohl noch viele Punkte offen seien.';
    const r = unspin(de.repeat(5));
    expect(r.verdict).toBe('clean');
    expect(r.score).toBeLessThan(0.1);
    expect(r.changes).toEqual([]);
    expect(r.evidence.reasons.join(' ')).toMatch(/English/);
  });

  it('a single 1 MB paragraph finishes and keeps offsets exact', () => {
    const sentence = 'The ministry stated that officials within the area additionally mentioned the talks, ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000);
    const { value: r, ms } = timed(() => unspin(text));
    expect(ms).toBeLessThan(HANG_MS);
    expect(r.restored.length).toBeGreaterThan(0);
    for (const c of r.changes.slice(0, 50)) expect(text.slice(c.start, c.end)).toBe(c.from);
  });

  it('100,000 repetitions of one word: honest clean, linear time', () => {
    const text = 'stated '.repeat(100_000);
    const { value: r, ms } = timed(() => unspin(text));
    expect(ms).toBeLessThan(HANG_MS);
    expect(r.verdict).toBe('clean');
    expect(r.changes).toEqual([]);
    expect(r.evidence.reasons.join(' ')).toMatch(/repetitive/i);
  });

  // the e-mail pattern that keeps addresses unchanged used to be tried from every position of such a run:
  // 96 KB of 'ab-' took 33 s
  it('a 120 KB run without white space (a hyphenated chain): no hang; addresses and links stay locked', () => {
    const { value: r, ms } = timed(() => unspin(`The ministry stated. ${'ab-'.repeat(40_000)}`));
    expect(ms).toBeLessThan(HANG_MS);
    expect(r.restored.length).toBeGreaterThan(0);
    const tokens = tokenize('Write to press.office@example.org or see www.example.org/news-desk now.');
    const locked = tokens
      .filter((t) => t.locked)
      .map((t) => t.text)
      .join('');
    expect(locked).toBe('press.office@example.orgwww.example.org/news-desk');
  });

  it('beyond the size limit: a UserError that names the limit', () => {
    const text = 'a'.repeat(SPIN_LIMITS.maxChars + 1);
    expect(() => unspin(text)).toThrow(UserError);
    expect(() => detectSpin(text)).toThrow(/limit is 2,000,000/);
  });

  it('an unrelated "original" is ignored rather than forced', () => {
    const spun = 'The White Home stated on Monday that the talks would proceed within the area.';
    const r = unspin(spun, {
      original: 'Completely different words about a football match and the weather.',
    });
    expect(r.changes.every((c) => c.layer !== 'align')).toBe(true);
  });
});
