import { describe, expect, it, vi } from 'vitest';
import {
  brownToText,
  type EvalReport,
  isFreshFixture,
  loadClean,
  loadPassages,
  loadSeed,
  loadWriterSpins,
  printReport,
  runEval,
  targets,
} from '../../scripts/eval/spin.ts';
import {
  align,
  applyEdits,
  auc,
  checkEdits,
  countWords,
  diffEdits,
  type Edit,
  goldRecall,
  goldUnits,
  isToward,
  judgeChange,
  precisionRecall,
  scoreChanges,
  softDistance,
  tokenize,
  trimEdit,
  wer,
} from '../../scripts/eval/spin-score.ts';
import { createSynthSpinner } from '../../scripts/synth-spin.ts';
import type { SpinResult } from '../../src/lib/spin/types.ts';

/** Builds an edit by locating `from` (the n-th occurrence) in `text`. */
function at(text: string, from: string, to: string, nth = 0): Edit {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(from, i + 1);
  if (i < 0) throw new Error(`no ${from}`);
  return { start: i, end: i + from.length, from, to };
}

describe('tokenize', () => {
  it('keeps abbreviations, numbers and inner apostrophes together', () => {
    const t = tokenize('U.S. troops, 2,500 of them, didn\'t leave at 1:46 a.m. "Now."');
    expect(t.map((x) => x.text)).toEqual([
      'U.S.',
      'troops',
      ',',
      '2,500',
      'of',
      'them',
      ',',
      "didn't",
      'leave',
      'at',
      '1:46',
      'a.m.',
      '"',
      'Now',
      '.',
      '"',
    ]);
    expect(t[1]).toMatchObject({ start: 5, end: 11, word: true });
    expect(t[2].word).toBe(false);
  });
});

describe('align and wer', () => {
  it('computes the Levenshtein distance with an in-order alignment', () => {
    const r = align(['a', 'b', 'c', 'd'], ['a', 'x', 'c']);
    expect(r.distance).toBe(2);
    expect(r.ops.map((o) => o.op)).toEqual(['eq', 'sub', 'eq', 'del']);
  });
  it('handles empty sequences', () => {
    expect(align([], ['a', 'b']).distance).toBe(2);
    expect(align(['a'], []).ops).toEqual([{ op: 'del', a: 0 }]);
  });
  it('counts word errors against the reference length, ignoring punctuation', () => {
    // ref: the two men discussed issues (5 words); hyp has 2 substitutions and 1 insertion
    const r = wer('the 2 males discussed the issues.', 'The two men discussed issues');
    // The→the (case counts), two→2, men→males, + "the" inserted
    expect(r).toEqual({ errors: 4, refWords: 5, wer: 0.8 });
    expect(wer('same text', 'same text').wer).toBe(0);
  });
});

describe('edits', () => {
  const text = 'The 2 males mentioned it within the area.';
  it('applies and checks edits', () => {
    const edits = [at(text, '2 males', 'two men'), at(text, 'mentioned', 'discussed')];
    checkEdits(text, edits);
    expect(applyEdits(text, edits)).toBe('The two men discussed it within the area.');
    expect(() => checkEdits(text, [{ start: 0, end: 3, from: 'Thx', to: 'A' }])).toThrow(/expected "Thx"/);
    expect(() => checkEdits(text, [edits[1], edits[0]])).toThrow(/out of order/);
  });
  it('derives edits from a token alignment', () => {
    const orig = 'The two men discussed it in the region.';
    const d = diffEdits(text, orig);
    expect(d.map((e) => [e.from, e.to])).toEqual([
      ['2 males mentioned', 'two men discussed'],
      ['within', 'in'],
      ['area', 'region'],
    ]);
    expect(applyEdits(text, d)).toBe(orig);
  });
  it('splits equal-length gold edits into word units', () => {
    const t = 'Joint Chiefs of Workers Chair Common Mark Milley';
    const g = goldUnits([at(t, 'Workers Chair Common', 'Staff Chairman General')]);
    expect(g.map((e) => [t.slice(e.start, e.end), e.to])).toEqual([
      ['Workers', 'Staff'],
      ['Chair', 'Chairman'],
      ['Common', 'General'],
    ]);
    // different token counts: kept whole
    const t2 = 'a couple of yr later';
    expect(goldUnits([at(t2, 'a couple of yr', 'about a year')])).toHaveLength(1);
  });
});

describe('judging changes', () => {
  const input = 'He stated the White Home within the area.';
  const gold = [
    at(input, 'stated', 'said'),
    at(input, 'Home', 'House'),
    at(input, 'within the', 'in the'),
    at(input, 'area', 'region'),
  ];
  it('exact, toward, wrong and noop', () => {
    expect(judgeChange(input, at(input, 'stated', 'said'), gold).judgement).toBe('exact');
    // a change spanning two gold units that gets both right
    expect(judgeChange(input, at(input, 'White Home', 'White House'), gold).judgement).toBe('exact');
    // "within"→"in" alone restores the gold "within the"→"in the"
    expect(judgeChange(input, at(input, 'within', 'in'), gold).judgement).toBe('exact');
    // wrong inflection: closer to the gold but not it
    expect(judgeChange(input, at(input, 'area', 'regions'), gold).judgement).toBe('toward');
    // an unchanged word inside the change ("the") does not pull in the gold unit "within the"
    expect(judgeChange(input, at(input, 'the area', 'the region'), gold).judgement).toBe('exact');
    // a change over two units that fixes one and not the other: toward
    expect(judgeChange(input, at(input, 'within the area', 'in the zone'), gold).judgement).toBe('toward');
    // a change where no gold unit is: wrong and off gold
    const off = judgeChange(input, at(input, 'He', 'She'), gold);
    expect(off).toMatchObject({ judgement: 'wrong', offGold: true });
    expect(judgeChange(input, at(input, 'stated', 'declared'), gold).judgement).toBe('wrong');
    expect(judgeChange(input, at(input, 'He', 'He'), gold).judgement).toBe('noop');
  });
  it('aggregates precision', () => {
    const s = scoreChanges(
      input,
      [
        at(input, 'stated', 'said'),
        at(input, 'area', 'regions'),
        at(input, 'He', 'She'),
        at(input, 'the', 'the'),
      ],
      gold,
    );
    expect([s.exact, s.toward, s.wrong, s.noop]).toEqual([1, 1, 1, 1]);
    expect(s.exactPrecision).toBeCloseTo(1 / 3);
    expect(s.towardPrecision).toBeCloseTo(2 / 3);
  });
  it('narrows changes to the changed words', () => {
    expect(trimEdit({ start: 10, end: 18, from: 'the area', to: 'the region' })).toEqual({
      start: 14,
      end: 18,
      from: 'area',
      to: 'region',
    });
    expect(trimEdit({ start: 0, end: 6, from: 'Forces', to: 'Force' })).toMatchObject({
      from: 'Forces',
      to: 'Force',
    });
  });
  it('toward needs more matching words, or only the removal of wrong ones', () => {
    expect(isToward('Within the', 'in the', 'In the')).toBe(true);
    expect(isToward('Quds Drive', 'Quds Forces', 'Quds Force')).toBe(true);
    expect(isToward('a couple of', 'a few', 'about')).toBe(false);
    expect(isToward('way in which', 'way in', 'way')).toBe(true);
    expect(isToward('way in which', 'way of', 'way')).toBe(false);
    expect(isToward('oblique hearth', 'oblique heart', 'indirect fire')).toBe(false);
  });
  it('soft distance rewards case and inflection closeness', () => {
    expect(softDistance('in the', 'In the')).toBe(0.25);
    expect(softDistance('Forces', 'Force')).toBe(0.5);
    expect(softDistance('fire', 'hearth')).toBe(1);
  });
});

describe('recall', () => {
  const input = 'He stated the White Home within the area.';
  const gold = goldUnits([
    at(input, 'stated', 'said'),
    at(input, 'Home', 'House'),
    at(input, 'within the', 'in the'),
    at(input, 'area', 'region'),
  ]);
  it('counts gold units restored exactly by the changes', () => {
    const changes = [
      at(input, 'stated', 'said'),
      at(input, 'White Home', 'White House'),
      // one change over two units: "within" right, "area" wrong
      at(input, 'within the area', 'in the zone'),
    ];
    const r = goldRecall(input, changes, gold);
    expect(r.perUnit).toEqual([true, true, true, false]);
    expect(r.recall).toBe(0.75);
  });
  it('no changes restore nothing', () => {
    expect(goldRecall(input, [], gold).restored).toBe(0);
  });
  it('handles phrases that change length', () => {
    const t = 'a couple of yr later, tens of tens of millions';
    const g = [
      at(t, 'a couple of yr', 'about a year'),
      at(t, 'tens of tens of millions', 'tens of millions'),
    ];
    expect(goldRecall(t, [at(t, 'a couple of yr', 'about a year')], g).perUnit).toEqual([true, false]);
    expect(goldRecall(t, [at(t, 'couple of yr', 'year')], g).perUnit).toEqual([false, false]);
    expect(goldRecall(t, [at(t, 'tens of tens', 'tens')], g).perUnit).toEqual([false, true]);
  });
});

describe('auc and precision/recall', () => {
  it('computes AUC with ties', () => {
    expect(auc([0.9, 0.8], [0.1, 0.2])).toBe(1);
    expect(auc([0.1], [0.9])).toBe(0);
    // pairs: (0.5 vs 0.5)=0.5, (0.5 vs 0.2)=1, (0.9 vs 0.5)=1, (0.9 vs 0.2)=1 → 3.5/4
    expect(auc([0.5, 0.9], [0.5, 0.2])).toBe(0.875);
    expect(Number.isNaN(auc([], [1]))).toBe(true);
  });
  it('computes precision and recall', () => {
    const pr = precisionRecall([true, true, false, false, true], [true, false, true, false, true]);
    expect(pr).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(pr.precision).toBeCloseTo(2 / 3);
    expect(pr.recall).toBeCloseTo(2 / 3);
  });
});

describe('the evaluation run', () => {
  const empty = (text: string): SpinResult => ({
    score: 0.05,
    verdict: 'clean',
    evidence: { reasons: [], fingerprintRate: 0, topFingerprints: [], words: 0 },
    restored: text,
    changes: [],
    suggestions: [],
  });

  it('loads fixtures that are internally consistent', () => {
    const { spun, originals } = loadPassages();
    expect(spun.length).toBeGreaterThanOrEqual(12);
    expect(spun.filter((d) => d.words >= 300).length).toBeGreaterThanOrEqual(6);
    expect(originals).toHaveLength(spun.length);
    expect(loadClean().length).toBeGreaterThanOrEqual(20);
    const seed = loadSeed();
    expect(seed?.gold?.length).toBeGreaterThan(200);
  });

  it('keeps the held-out passages apart from the hand-written set', () => {
    const { spun, originals, heldout, heldoutOriginals } = loadPassages();
    expect(heldout.length).toBeGreaterThanOrEqual(10);
    expect(heldoutOriginals).toHaveLength(heldout.length);
    expect(heldout.every((d) => d.set === 'heldout' && d.id.startsWith('heldout-'))).toBe(true);
    expect(heldoutOriginals.every((d) => d.set === 'clean-heldout' && d.id.startsWith('heldout-'))).toBe(
      true,
    );
    expect(spun.some((d) => d.id.startsWith('heldout-'))).toBe(false);
    expect(originals.some((d) => d.id.startsWith('heldout-'))).toBe(false);
    for (const d of heldout) {
      expect(d.words).toBeGreaterThanOrEqual(300);
      expect(d.words).toBeLessThanOrEqual(560);
      // 20–30% of the original's words replaced, one original per spun form
      const orig = heldoutOriginals.find((o) => o.id === d.id)!;
      const share = d.gold!.reduce((n, e) => n + countWords(e.to), 0) / orig.words;
      expect(share).toBeGreaterThanOrEqual(0.2);
      expect(share).toBeLessThanOrEqual(0.3);
      const seen = new Map<string, string>();
      for (const e of d.gold!) {
        const k = e.from.toLowerCase();
        expect(seen.get(k) ?? e.to.toLowerCase()).toBe(e.to.toLowerCase());
        seen.set(k, e.to.toLowerCase());
      }
    }
  });

  it('strips Brown corpus tags', () => {
    const text = brownToText(
      "\n\n\tThe/at jury/nn said/vbd ``/`` no/at evidence/nn ''/'' was/bedz found/vbn ,/, (/( sic/rb )/) ./.\n",
    );
    expect(text).toBe('The jury said "no evidence" was found, (sic).');
  });

  it('an engine that changes nothing scores zero restoration and zero false changes', async () => {
    const rep = await runEval(empty, { synth: false, brown: false });
    const seed = rep.restoration.find((s) => s.set === 'seed')!;
    expect(seed.werIn).toBeGreaterThan(0.2);
    expect(seed.werOut).toBe(seed.werIn);
    expect(seed.reduction).toBe(0);
    expect(seed.recall).toBe(0);
    expect(rep.clean.every((c) => c.changes === 0)).toBe(true);
    expect(rep.detection.aucReal).toBe(0.5);
    const t = targets(rep);
    expect(t.find((x) => x.name.startsWith('Seed: WER'))?.pass).toBe(false);
    expect(t.find((x) => x.name.startsWith('Clean'))?.pass).toBe(true);
  });

  it('an engine that throws is reported, not fatal', async () => {
    const rep = await runEval(
      (text) => {
        if (text.includes('Harbor Street Bridge')) throw new Error('boom');
        return empty(text);
      },
      { synth: false, brown: false },
    );
    const failed = rep.results.filter((r) => r.error);
    expect(failed.map((r) => [r.doc.id, r.error])).toEqual([['16-bridge-reopens', 'boom']]);
  });

  it("reads the brief fixtures' spun copies against their originals as another writer's spinning", async () => {
    const docs = await loadWriterSpins();
    expect(docs.length).toBeGreaterThanOrEqual(2);
    for (const d of docs) {
      expect(d.set).toBe(
        d.id.startsWith('unseen-') ? 'writers-sealed' : isFreshFixture(d.id) ? 'writers-fresh' : 'writers',
      );
      expect(d.id).toMatch(/-spun$/);
      // a substantial share of the words was spun, and the gold rebuilds the original exactly
      expect(d.gold!.length).toBeGreaterThan(d.words / 20);
    }
  });

  it('an oracle that applies the gold edits scores perfectly', async () => {
    const gold = new Map<string, Edit[]>();
    const seed = loadSeed();
    if (seed) gold.set(seed.text, seed.gold!);
    const { spun, heldout } = loadPassages();
    for (const d of [...spun, ...heldout, ...(await loadWriterSpins())]) gold.set(d.text, d.gold!);
    const oracle = (text: string): SpinResult => {
      const edits = gold.get(text);
      if (!edits) return empty(text);
      return {
        ...empty(text),
        score: 0.99,
        verdict: 'spun',
        restored: applyEdits(text, edits),
        changes: edits.map((e) => ({ ...e, confidence: 1, layer: 'align' as const })),
      };
    };
    const rep = await runEval(oracle, { synth: false, brown: false });
    for (const s of rep.restoration) {
      expect(s.werOut).toBe(0);
      expect(s.recall).toBe(1);
      expect(s.exactPrecision).toBe(1);
      expect(s.unfaithful).toBe(0);
    }
    expect(rep.detection.aucReal).toBe(1);
    expect(rep.detection.prReal).toMatchObject({ precision: 1, recall: 1 });
    expect(rep.detection.aucHeldout).toBe(1);
    expect(rep.detection.heldout300Detected).toBe(rep.detection.heldout300);
    expect(rep.restoration.map((s) => s.set)).toEqual([
      'seed',
      'hand',
      'heldout',
      'writers',
      'writers-sealed',
      'writers-fresh',
    ]);
    expect(rep.restoration.find((s) => s.set === 'hand')?.docs).toBe(spun.length);
    expect(rep.restoration.find((s) => s.set === 'heldout')?.docs).toBe(heldout.length);
    expect(targets(rep).every((t) => t.pass)).toBe(true);
    expect(targets(rep).filter((t) => t.name.startsWith('Held-out:'))).toHaveLength(2);
  });

  describe('held-out reporting', () => {
    const { spun, heldout, heldoutOriginals } = loadPassages();
    const heldTexts = new Set([...heldout, ...heldoutOriginals].map((d) => d.text));
    const handTexts = new Set(spun.map((d) => d.text));
    // changes the first word of every spun passage (hand-written and held-out) and of every held-out original
    // to a marker, which is wrong everywhere
    const marking = (text: string): SpinResult => {
      if (!heldTexts.has(text) && !handTexts.has(text)) return empty(text);
      const m = /\p{L}+/u.exec(text)!;
      const marker = heldTexts.has(text) ? 'HELDMARK' : 'HANDMARK';
      return {
        ...empty(text),
        score: 0.95,
        verdict: 'spun',
        restored: text.slice(0, m.index) + marker + text.slice(m.index + m[0].length),
        changes: [
          {
            start: m.index,
            end: m.index + m[0].length,
            from: m[0],
            to: marker,
            confidence: 1,
            layer: 'align',
          },
        ],
      };
    };
    const printed = (rep: EvalReport, verbose: boolean, showHeldout = false) => {
      const lines: string[] = [];
      const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
        lines.push(a.join(' '));
      });
      try {
        printReport(rep, verbose, showHeldout);
      } finally {
        spy.mockRestore();
      }
      return lines.join('\n');
    };

    it('scores held-out passages as their own set and prints only aggregates', async () => {
      const rep = await runEval(marking, { synth: false, brown: false });
      const held = rep.restoration.find((s) => s.set === 'heldout')!;
      const hand = rep.restoration.find((s) => s.set === 'hand')!;
      expect(held.docs).toBe(heldout.length);
      expect(hand.docs).toBe(spun.length);
      expect(held.wrong).toBe(heldout.length);
      expect(held.exactPrecision).toBe(0);
      expect(rep.clean.find((c) => c.set === 'clean-heldout')?.changes).toBe(heldout.length);
      expect(rep.detection.prHeldout.recall).toBe(1);
      const t = targets(rep);
      expect(t.find((x) => x.name === 'Held-out: applied changes correct ≥ 90%')).toMatchObject({
        value: '0.0%',
        pass: false,
      });
      expect(t.find((x) => x.name === 'Held-out: substitutions restored exactly ≥ 50%')?.pass).toBe(false);
      for (const verbose of [false, true]) {
        const out = printed(rep, verbose);
        // the hand-written set still lists its wrong changes; the held-out set never does
        expect(out).toContain('HANDMARK');
        expect(out).not.toContain('HELDMARK');
        expect(out).not.toMatch(/heldout-[a-z]/);
        expect(out).toMatch(/^heldout\s+10\s/m);
        expect(out).toMatch(/^clean-heldout\s+10\s/m);
        expect(out).toContain(`heldout: ${heldout.length} changes are not exact (not listed: held-out set)`);
        expect(out).toContain('Held-out: substitutions restored exactly ≥ 50%');
        expect(out).toContain('Held-out: applied changes correct ≥ 90%');
        expect(out).toMatch(/measure\s+real spun \(seed \+ hand\)\s+heldout\s+synthetic spun/);
      }
    });

    it("holds out the sealed and fresh batches' spun copies: aggregates only, unless asked for", async () => {
      const writers = await loadWriterSpins();
      expect(isFreshFixture('dev94-x-spun')).toBe(true);
      expect(isFreshFixture('dev104-x-spun')).toBe(true);
      expect(isFreshFixture('dev96-x-spun') || isFreshFixture('dev60-x-spun')).toBe(false);
      expect(writers.some((d) => d.set === 'writers-fresh')).toBe(true);
      expect(writers.filter((d) => isFreshFixture(d.id)).every((d) => d.set === 'writers-fresh')).toBe(true);
      // an engine that spoils the first word of every writer's copy: a wrong change in each
      const texts = new Set(writers.map((d) => d.text));
      const spoiling = (text: string): SpinResult => {
        if (!texts.has(text)) return empty(text);
        const m = /\p{L}+/u.exec(text)!;
        const change = { start: m.index, end: m.index + m[0].length, from: m[0], to: 'WRITERMARK' };
        return {
          ...empty(text),
          restored: text.slice(0, m.index) + change.to + text.slice(change.end),
          changes: [{ ...change, confidence: 1, layer: 'align' as const }],
        };
      };
      const rep = await runEval(spoiling, { synth: false, brown: false });
      const named = /\b(?:unseen-|dev(?:9[4589]|1\d\d)-)/;
      // (booleans, not matchers: a failure must not print a held-out copy's words)
      for (const verbose of [false, true]) {
        const out = printed(rep, verbose);
        expect(named.test(out)).toBe(false);
        expect(/^writers-fresh\s+\d+\s/m.test(out)).toBe(true);
        expect(/^writers-fresh: \d+ changes are not exact \(not listed: held-out set\)$/m.test(out)).toBe(
          true,
        );
      }
      expect(named.test(printed(rep, true, true))).toBe(true);
    });
  });
});

describe('synthetic spinner', () => {
  it('spins reproducibly, keeps the edits exact and changes a plausible share of words', () => {
    const spinner = createSynthSpinner();
    const text = loadClean()[0].text;
    const a = spinner.spin(text, { seed: 7 });
    const b = spinner.spin(text, { seed: 7 });
    expect(a).toEqual(b);
    checkEdits(a.spun, a.edits);
    expect(applyEdits(a.spun, a.edits)).toBe(text);
    const share = a.edits.reduce((n, e) => n + countWords(e.to), 0) / countWords(text);
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.45);
    // consistent within the document: one original → one spun form
    const seen = new Map<string, string>();
    for (const e of a.edits) {
      const k = e.to.toLowerCase();
      expect(seen.get(k) ?? e.from.toLowerCase()).toBe(e.from.toLowerCase());
      seen.set(k, e.from.toLowerCase());
    }
  });
});
