import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/lib/analyze.ts';
import { type Brief, blankBrief, type Incident } from '../../src/lib/brief/types.ts';
import type { SpinResult } from '../../src/lib/spin/types.ts';
import { briefPage, formatIso, renderBrief } from '../../src/render/brief.ts';
import { payloadProblems } from '../../src/render/pages.ts';

const KEY = '1234567890123456789';

const cleanSpin = (text: string): SpinResult => ({
  score: 0.02,
  verdict: 'clean',
  evidence: { reasons: [], fingerprintRate: 0, topFingerprints: [], words: 10 },
  restored: text,
  changes: [],
  suggestions: [],
});

function emptyBrief(over: Partial<Brief> = {}): Brief {
  return blankBrief({
    headline: 'Drone strike hits base near Erbil',
    summary: ['A drone struck a base near Erbil on Tuesday.', 'No injuries were reported.'],
    published: '2022-01-05',
    ...over,
  });
}

function incident(i: number, over: Partial<Incident> = {}): Incident {
  return {
    type: 'Explosions/Remote violence',
    subType: 'Air/drone strike',
    summary: `Drone strike number ${i} on a base`,
    evidence: `Two drones struck the base at dawn (report ${i}).`,
    place: 'Erbil',
    country: 'Iraq',
    date: '2022-01-04',
    localTime: '04:30',
    attacker: null,
    target: 'US-led coalition forces',
    attribution: 'not ascribed',
    killed: null,
    injured: 0,
    damage: null,
    background: false,
    confidence: 0.8,
    ...over,
  };
}

function analysis(brief: Brief, text = 'Article text.', spin?: SpinResult, readText?: string) {
  const s = spin ?? cleanSpin(text);
  return {
    article: { text, origin: 'text' as const },
    brief,
    spin: s,
    readText: readText ?? text,
  } satisfies Pick<Analysis, 'article' | 'brief' | 'spin' | 'readText'>;
}

function pagesOk(r: ReturnType<typeof renderBrief>) {
  for (let i = 0; i < r.pages.length; i++) expect(payloadProblems(briefPage(r, i, 'brief', KEY))).toEqual([]);
  expect(payloadProblems(r.reply)).toEqual([]);
}

describe('renderBrief', () => {
  it('lays a small brief out in sections on one page', () => {
    const brief = emptyBrief({
      people: [{ name: 'Esmail Qaani', role: 'commander of the Quds Force' }],
      organizations: [
        { name: 'Islamic Revolutionary Guard Corps', aliases: ['IRGC', 'Revolutionary Guards'] },
      ],
      places: [{ name: 'Erbil', kind: 'city', country: 'Iraq', lat: 36.19, lon: 44.01 }],
      dates: [{ text: 'Tuesday', iso: '2022-01-04', precision: 'day' }],
      quotes: [{ speaker: 'the coalition', text: 'There were no injuries.' }],
      numbers: [{ text: 'roughly 2,500 personnel', value: 2500, noun: 'personnel', approximate: true }],
      incidents: [incident(1)],
    });
    const r = renderBrief(analysis(brief), { key: KEY });
    expect(r.pages).toHaveLength(1);
    const e = r.pages[0][0];
    expect(e.title).toBe('Drone strike hits base near Erbil');
    expect(e.description).toContain(
      'A drone struck a base near Erbil on Tuesday. No injuries were reported.',
    );
    expect(e.description).toContain('Published Wed 5 Jan 2022');
    const names = e.fields!.map((f) => f.name);
    expect(names).toEqual([
      'Who — people',
      'Who — organisations',
      'Where',
      'When',
      '1. Explosions/Remote violence › Air/drone strike',
      'Quotes',
      'Key numbers',
    ]);
    const v = Object.fromEntries(e.fields!.map((f) => [f.name, f.value]));
    expect(v['Who — people']).toBe('**Esmail Qaani** — commander of the Quds Force');
    expect(v['Who — organisations']).toBe(
      '**Islamic Revolutionary Guard Corps** (also: IRGC, Revolutionary Guards)',
    );
    expect(v.Where).toBe('**Erbil** — city, Iraq (36.19, 44.01)');
    expect(v.When).toBe('**Tuesday** → Tue 4 Jan 2022');
    const inc = v['1. Explosions/Remote violence › Air/drone strike'];
    expect(inc).toContain('📍 Erbil, Iraq · 📅 Tue 4 Jan 2022 (04:30 local)');
    expect(inc).toContain('unknown attacker → US-led coalition forces · not ascribed');
    expect(inc).toContain('killed: not reported · injured: 0');
    expect(v.Quotes).toBe('“There were no injuries.” — **the coalition**');
    expect(v['Key numbers']).toBe('**roughly 2,500 personnel** = ≈2,500 personnel');
    expect(r.reply.components ?? []).toEqual([]);
    expect(r.reply.files ?? []).toEqual([]);
    expect(r.unspunText).toBeNull();
  });

  it('says what was not found and that no incident was reported', () => {
    const r = renderBrief(analysis(emptyBrief({ headline: '', summary: [], published: null })));
    const e = r.pages[0][0];
    expect(e.title).toBe('Brief');
    expect(e.fields).toEqual([{ name: 'Incidents', value: 'None reported in this article.' }]);
    expect(e.footer?.text).toBe('Not found: people, organisations, places, dates, quotes, numbers');
    expect(e.description).toContain('No summary');
    pagesOk(r);
  });

  it('flags background and low-confidence incidents', () => {
    const r = renderBrief(
      analysis(
        emptyBrief({
          incidents: [incident(1, { background: true }), incident(2, { confidence: 0.3, killed: 3 })],
        }),
      ),
    );
    const names = r.pages[0][0].fields!.map((f) => f.name);
    expect(names[0]).toBe('1. Explosions/Remote violence › Air/drone strike (background)');
    expect(names[1]).toBe('2. Explosions/Remote violence › Air/drone strike (⚠️ low confidence)');
    expect(r.pages[0][0].fields![1].value).toContain('killed: 3');
  });

  it('offers "Show unspun text" only when the brief was read from restored text', () => {
    const text = 'The International Minister stated it.';
    const restored = 'The Foreign Minister said it.';
    const spin: SpinResult = {
      ...cleanSpin(text),
      score: 0.97,
      verdict: 'spun',
      restored,
      changes: [
        { start: 4, end: 17, from: 'International', to: 'Foreign', confidence: 0.9, layer: 'entity' },
        { start: 27, end: 33, from: 'stated', to: 'said', confidence: 0.9, layer: 'table' },
      ],
    };
    const r = renderBrief(analysis(emptyBrief(), text, spin, restored), { key: KEY, prefix: 'Brief' });
    expect(r.unspunText).toBe(restored);
    expect(r.pages[0][0].description).toContain('looks machine-spun (97/100)');
    const ids = r.reply.components!.flatMap((row) =>
      row.components.map((b) => ('custom_id' in b ? b.custom_id : '')),
    );
    expect(ids).toEqual([`Brief:unspun:${KEY}`]);
    const plain = renderBrief(analysis(emptyBrief()), { key: KEY });
    expect(plain.reply.components ?? []).toEqual([]);
  });

  it('escapes markdown and neutralises mentions in every article-derived string', () => {
    const r = renderBrief(
      analysis(
        emptyBrief({
          headline: '**Breaking** @everyone',
          summary: ['Read <@123> now _please_.'],
          people: [{ name: '<@&55> Bob', role: '# admin' }],
          quotes: [{ speaker: '@here', text: '`code` ||spoiler||' }],
        }),
      ),
    );
    const json = JSON.stringify(r.pages);
    expect(json).not.toMatch(/@everyone|@here|<@123>|<@&55>/);
    expect(r.pages[0][0].title).toBe('\\*\\*Breaking\\*\\* @\u200beveryone');
    expect(json).toContain('\\\\`code\\\\` \\\\|\\\\|spoiler\\\\|\\\\|');
    expect(r.reply.allowedMentions).toEqual({ parse: [] });
  });

  it('pages a huge brief within every limit and shows every item somewhere', () => {
    const brief = emptyBrief({
      headline: 'H'.repeat(400),
      summary: Array.from({ length: 10 }, (_, i) => `Summary sentence ${i} ${'word '.repeat(80)}`),
      people: Array.from({ length: 100 }, (_, i) => ({
        name: `Person Number${i}`,
        role: `deputy minister of things ${i}`,
      })),
      organizations: Array.from({ length: 80 }, (_, i) => ({
        name: `Org${i} Corps`,
        aliases: [`O${i}`, `Orgs ${i}`],
      })),
      places: Array.from({ length: 200 }, (_, i) => ({
        name: `Place${i}`,
        kind: 'city' as const,
        country: 'Iraq',
        lat: 1,
        lon: 2,
      })),
      dates: Array.from({ length: 150 }, (_, i) => ({
        text: `day ${i}`,
        iso: '2021-03-04',
        precision: 'day' as const,
      })),
      quotes: Array.from({ length: 120 }, (_, i) => ({
        speaker: `Speaker${i}`,
        text: `Quote ${i} ${'blah '.repeat(200)}`,
      })),
      numbers: Array.from({ length: 300 }, (_, i) => ({
        text: `${i} drones`,
        value: i,
        noun: 'drones',
        approximate: false,
      })),
      incidents: Array.from({ length: 60 }, (_, i) =>
        incident(i, { summary: 'S'.repeat(2000), evidence: 'E'.repeat(3000) }),
      ),
    });
    const r = renderBrief(analysis(brief), { key: KEY });
    expect(r.pages.length).toBeGreaterThan(10);
    pagesOk(r);
    const shown = JSON.stringify(r.pages);
    for (let i = 0; i < 100; i++) expect(shown).toContain(`Person Number${i}**`);
    for (let i = 0; i < 200; i++) expect(shown).toContain(`Place${i}**`);
    for (let i = 0; i < 120; i++) expect(shown).toContain(`Speaker${i}**`);
    for (let i = 0; i < 60; i++) expect(shown).toContain(`"${i + 1}. Explosions`);
    // Long items were shortened, so the reply says so and carries the full brief.
    const file = r.reply.files?.find((f) => f.name === 'brief.txt')?.data.toString('utf8') ?? '';
    expect(file).toContain('E'.repeat(3000));
    expect(file).toContain(`Quote 119 ${'blah '.repeat(199)}blah`);
    expect(r.pages[0][0].footer?.text).toContain('brief.txt');
    // Buttons stay within Discord's rules on every page.
    const last = briefPage(r, r.pages.length - 1, 'brief', KEY);
    const nav = last.components![0].components;
    expect(nav.map((b) => ('disabled' in b ? !!b.disabled : false))).toEqual([false, true, true]);
  });

  it('shows country codes as names', () => {
    const r = renderBrief(
      analysis(
        emptyBrief({ places: [{ name: 'Erbil', kind: 'city', country: 'IQ', lat: null, lon: null }] }),
      ),
    );
    expect(r.pages[0][0].fields?.find((f) => f.name === 'Where')?.value).toBe('**Erbil** — city, Iraq');
  });

  it('formats dates by precision without shifting the day', () => {
    expect(formatIso('2020-01-03', 'day')).toBe('Fri 3 Jan 2020');
    expect(formatIso('2020-01', 'month')).toBe('January 2020');
    expect(formatIso('2020-01-03', 'year')).toBe('2020');
    expect(formatIso('2020-01-03T01:20:00+03:00', 'time')).toBe(
      `Fri 3 Jan 2020, <t:${Date.UTC(2020, 0, 2, 22, 20) / 1000}:t> your time`,
    );
    expect(formatIso('2020-01-03T01:20', 'time')).toBe('Fri 3 Jan 2020, 01:20 local');
  });
});
