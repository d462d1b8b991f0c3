import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSpin, learnFromAlignment, SPIN_LIMITS, unspin } from '../../src/lib/spin/index.ts';
import type { SpinChange } from '../../src/lib/spin/types.ts';

const SEED = path.resolve(import.meta.dirname, '../../../shared/seed-article.txt');
const hasSeed = existsSync(SEED);

function apply(text: string, changes: SpinChange[]): string {
  let out = '';
  let pos = 0;
  for (const c of [...changes].sort((a, b) => a.start - b.start)) {
    expect(c.start).toBeGreaterThanOrEqual(pos);
    out += text.slice(pos, c.start) + c.to;
    pos = c.end;
  }
  return out + text.slice(pos);
}

function expectExactOffsets(text: string, changes: SpinChange[]): void {
  for (const c of changes) {
    expect(text.slice(c.start, c.end)).toBe(c.from);
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
  }
}

// Written for these tests: ordinary clean news prose, including words a spinner also produces
// ("stated", "drive", "task force", "Middle East", "International Airport").
const CLEAN = `City officials said on Tuesday that the long-delayed expansion of Riverside International Airport will begin
next spring, after the state transportation department approved a final round of funding for the project.

The plan adds a second runway and a new terminal with twelve gates. Construction is expected to take three years and
to cost about $410 million, according to figures the airport authority released last week. Mayor Linda Okafor told
reporters the work would create roughly 1,800 jobs and bring new direct flights to the Middle East and Europe.

Not everyone is pleased. Residents who live under the flight path have formed a task force to press for noise limits,
and their lawyer stated in a letter to the council that night flights should be banned outright. "People drive past
the fence every day and hear the engines at two in the morning," said Marcus Bell, who leads the group.

The airport authority said it would study the request. A spokeswoman added that newer aircraft are quieter and that
the number of night departures has fallen by a third since 2019. Officials also said a public meeting on the noise
question would be held in the library on March 14.

The expansion has been debated for more than a decade. An earlier version of the plan was shelved in 2015 when the
largest airline serving the city cut back its schedule, and the pandemic delayed a second attempt. Airport traffic
has since recovered: 6.2 million passengers used the terminal last year, close to the record set in 2018.

Business groups welcomed the approval. The regional chamber of commerce said in a statement that better connections
would help local companies reach customers abroad, while the hotel association predicted a rise in conference bookings.`;

describe.skipIf(!hasSeed)('unspin on the seed article', () => {
  const text = hasSeed ? readFileSync(SEED, 'utf8') : '';
  const r = hasSeed ? unspin(text) : (null as never);

  it('judges it spun with a high score and evidence', () => {
    expect(r.verdict).toBe('spun');
    expect(r.score).toBeGreaterThanOrEqual(0.9);
    expect(r.evidence.words).toBeGreaterThan(1000);
    expect(r.evidence.fingerprintRate).toBeGreaterThan(10);
    expect(r.evidence.topFingerprints.length).toBeGreaterThan(3);
    expect(r.evidence.reasons.length).toBeGreaterThan(0);
  });

  it('restores names, offices and tortured phrases', () => {
    for (const phrase of [
      'White House',
      'Joint Chiefs of Staff',
      'Getty Images',
      'Foreign Minister',
      'State Department',
      'Middle East',
      'Defense Secretary',
      'Quds Force',
      'indirect fire',
      'traumatic brain injuries',
      'Eastern Europe',
      'Combined Joint Task Force',
    ])
      expect(r.restored).toContain(phrase);
    for (const spun of [
      'White Home',
      'Joint Chiefs of Workers',
      'Getty Photos',
      'Quds Drive',
      'oblique hearth',
    ])
      expect(r.restored).not.toContain(spun);
    expect(r.restored.match(/within the/g)?.length ?? 0).toBeLessThan(3);
  });

  it('has exact offsets: applying the changes reproduces `restored`', () => {
    expectExactOffsets(text, r.changes);
    expectExactOffsets(text, r.suggestions);
    expect(apply(text, r.changes)).toBe(r.restored);
  });

  it('keeps numbers and dates and never echoes the slur unmarked', () => {
    for (const keep of ['2,500', 'January 3, 2020', '1:46 a.m.', '2015', '1/163rd'])
      expect(r.restored).toContain(keep);
    const slur = r.changes.filter((c) => c.from.startsWith('Jap') || c.from.startsWith('jap'));
    expect(slur.length).toBeGreaterThan(0);
    for (const c of slur) expect(c.offensive).toBe(true);
    for (const fp of r.evidence.topFingerprints) expect(fp.from).not.toMatch(/^[Jj]ap\b/);
  });

  it('restores exactly by alignment when the original is given, and learns table entries from it', () => {
    const original = r.restored; // stands in for the known original
    const aligned = unspin(text, { original });
    expect(aligned.restored).toBe(original);
    expect(aligned.changes.every((c) => c.layer === 'align')).toBe(true);
    expectExactOffsets(text, aligned.changes);
    const learned = learnFromAlignment(text, original);
    const home = learned.find((e) => e.from === 'Home' && e.flags.includes('prev=white'));
    expect(home?.to).toBe('House');
    expect(learned.find((e) => e.from.startsWith('Workers'))?.to).toMatch(/^Staff/);
  });
});

describe('unspin on clean text', () => {
  it('leaves clean prose untouched and judges it clean', () => {
    const r = unspin(CLEAN);
    expect(r.changes).toEqual([]);
    expect(r.restored).toBe(CLEAN);
    expect(r.verdict).toBe('clean');
    expect(r.score).toBeLessThanOrEqual(0.1);
  });
});

describe('fidelity', () => {
  const spun = `The Iranian International Ministry stated the 2 males mentioned problems with mutual curiosity within the area.
Within the meantime, the White Home stated it was near an settlement, and the Protection Secretary additionally got here to the talks.
The State Division stated a deal might be reached subsequent yr. Officers within the area additionally stated the assaults would proceed.
WITHIN THE REGION, the Quds Drive has additionally stated it'll proceed to function. See https://example.com/within-the-area or mail press@example.com.`;
  const r = unspin(spun);

  it('judges the passage spun and restores it', () => {
    expect(r.verdict).toBe('spun');
    expect(r.restored).toContain('Foreign Ministry');
    expect(r.restored).toContain('White House');
    expect(r.restored).toContain('Defense Secretary');
    expect(r.restored).toContain('State Department');
    expect(r.restored).toContain('next year');
  });

  it('keeps the case of the position: sentence-initial capital and ALL CAPS', () => {
    expect(r.restored).toContain('In the meantime');
    expect(r.restored).toContain('IN THE REGION');
  });

  it('never touches URLs, e-mail addresses or numbers', () => {
    expect(r.restored).toContain('https://example.com/within-the-area');
    expect(r.restored).toContain('press@example.com');
    expect(r.restored).toContain('the 2 ');
    expectExactOffsets(spun, r.changes);
    expect(apply(spun, r.changes)).toBe(r.restored);
  });
});

describe('classifier', () => {
  it('scores rise with the number of fingerprints (monotonic sanity)', () => {
    const base = CLEAN;
    const spunOnce = base.replace('said on Tuesday', 'stated on Tuesday');
    const spunMore = spunOnce
      .replace('in the library', 'within the library')
      .replace('also said', 'additionally stated')
      .replace('Construction is', 'Development is')
      .replace('told\nreporters', 'advised\nreporters')
      .replace('last week', 'final week')
      .replace('last year', 'final yr')
      .replace('according to', 'in response to')
      .replace('White', 'White');
    const s0 = detectSpin(base).score;
    const s1 = detectSpin(spunOnce).score;
    const s2 = detectSpin(spunMore).score;
    expect(s1).toBeGreaterThanOrEqual(s0);
    expect(s2).toBeGreaterThan(s1);
  });

  // Written for this test: a short story lightly spun the way a spinner does it, one word rewritten the same way
  // everywhere ("said" is "stated" each time, never "said"), and the same story in plain wording that also uses
  // "stated" and never "said" (a legitimate style).
  const FERRY_SPUN = `The ferry firm that runs the crossing to Inchkeld stated on Thursday that the winter timetable will lose roughly a third of its sailings from next month. The firm blamed the price of fuel and a shortage of deckhands.

Island individuals informed a public meeting that the cut would leave them stranded on dark evenings. One fisherman stated that the last boat home would now leave before five, close to the time the island school closes. "We will manage," he stated, "however the old people will not."

The council's transport officer stated that the authority had no money to fill the gap. Roughly 400 individuals live on the island all year, and many more arrive in summer. A petition exterior the harbour office had gathered 1,200 names by Friday.

In line with the firm, the two older boats want new engines earlier than the spring. Its director stated that a third vessel may be sold, and that talks with the island trust had been held in March. Males who crew the boats stated they had not been informed of any sale.

The trust's chair stated she would write to the minister. "Inchkeld is not a holiday park," she stated. "Individuals work here and their kids go to school on the mainland."`;
  const FERRY_CLEAN = `The ferry firm that runs the crossing to Inchkeld stated on Thursday that the winter timetable will lose about a third of its sailings from next month. The firm blamed the price of fuel and a shortage of deckhands.

Islanders told a public meeting that the cut would leave them stranded on dark evenings. One fisherman stated that the last boat home would now leave before five, near the time the island school closes. "We will manage," he added, "but the old people will not."

The council's transport officer explained that the authority had no money to fill the gap. About 400 people live on the island all year, and many more arrive in summer. A petition outside the harbour office had gathered 1,200 names by Friday.

According to the firm, the two older boats need new engines before the spring. Its director stated that a third vessel may be sold, and that talks with the island trust were held in March. Men who crew the boats stated they had not been told of any sale.

The trust's chair stated she would write to the minister. "Inchkeld is not a holiday park," she stated. "People work here and their kids go to school on the mainland."`;

  it('judges a short, lightly spun copy spun when a word is rewritten everywhere, and restores it', () => {
    const r = unspin(FERRY_SPUN);
    expect(r.verdict).toBe('spun');
    expect(r.restored).toContain('the old people will not');
    expect(r.restored).toMatch(/About 400 people live on the island/);
    expect(r.restored).toContain('Men who crew the boats said');
  });

  it('leaves the same story in plain wording clean and untouched, though it says "stated" and never "said"', () => {
    const r = unspin(FERRY_CLEAN);
    expect(r.verdict).toBe('clean');
    expect(r.score).toBeLessThan(0.1);
    expect(r.changes).toEqual([]);
    expect(r.restored).toBe(FERRY_CLEAN);
  });

  it('gives short texts honest low confidence', () => {
    const r = detectSpin('The White Home stated.');
    expect(r.score).toBeLessThan(0.9);
    expect(r.evidence.reasons.join(' ')).toMatch(/short/i);
  });

  it('exports a size limit', () => {
    expect(SPIN_LIMITS.maxChars).toBeGreaterThanOrEqual(1_000_000);
  });
});

describe('document-level consistency', () => {
  // Written for this test: a lightly spun match report (judged spun, but not clearly so). "Metropolis" for
  // "City" matches its context conditions once ("Lake Metropolis,"); the other two occurrences are followed
  // by lower-case words and apply only because the same spun form is confirmed elsewhere in the document.
  const LIGHT = `Harbor Metropolis beat Lake Metropolis, the league leaders, on Saturday in the regional cup final. The coach of Harbor Metropolis had little to say after the game. Fans travelled from across the region to watch the match, which was played in heavy rain at the old ground by the river. The home side scored twice within the second half. Officers stated the crowd was the largest of the season and that tickets had sold out in an hour. The club said it would hold a parade on Monday. Supporters lined the streets of the town center late into the evening, singing and waving flags. The mayor additionally praised the players.`;

  it('applies one spun form the same way across a document judged spun', () => {
    const r = unspin(LIGHT);
    expect(r.verdict).toBe('spun');
    expect(r.score).toBeLessThan(0.9);
    const city = r.changes.filter((c) => c.from === 'Metropolis');
    expect(city.map((c) => c.to)).toEqual(['City', 'City', 'City']);
    expect(r.restored).toContain('Harbor City had little');
    expect(r.restored).toContain('Harbor City beat Lake City,');
  });

  it('names in its evidence the original it applied, not only the first one the table lists', () => {
    // Written for this test: "obtained" has two originals in the table (received|got); context picks one.
    const line =
      'The Protection Ministry stated on Friday that troopers within the capital obtained fire from militants. International Minister Ali Khan stated the Quds Drive had launched an assault towards the base. ';
    const r = unspin(
      `${line.repeat(3)}Officials obtained permission to visit the White Home within the coming days.`,
    );
    expect(r.verdict).toBe('spun');
    for (const fp of r.evidence.topFingerprints) {
      const applied = r.changes
        .filter((c) => c.from.toLowerCase() === fp.from.toLowerCase())
        .map((c) => c.to);
      if (applied.length) expect(applied).toContain(fp.to);
    }
    expect(r.evidence.topFingerprints.find((fp) => fp.from === 'obtained')?.to).toBe(
      r.changes.find((c) => c.from === 'obtained')?.to,
    );
  });

  it('leaves a lone form outside its conditions alone in a document that is not spun', () => {
    const r = unspin('The coach of Harbor Metropolis had little to say after the game on Saturday.');
    expect(r.changes.filter((c) => c.from === 'Metropolis')).toEqual([]);
  });
});

describe('frequent-word entries', () => {
  it('restores unambiguous spinner phrases anywhere', () => {
    const r = unspin(
      'The suppose tank released the recordsdata on Monday. Lots of of residents live 20 toes from the river, in distinction to last year.',
    );
    expect(r.restored).toBe(
      'The think tank released the files on Monday. Hundreds of residents live 20 feet from the river, in contrast to last year.',
    );
  });

  it('restores number words the spinner mangles, while other numbers stay protected', () => {
    const r = unspin(
      "The firm stated it has 1000's of purchasers in 12 nations and plans to rent 1000's extra.",
    );
    expect(r.restored).toContain('thousands of');
    expect(r.restored).toContain('rent thousands more');
    expect(r.restored).toContain(' 12 ');
  });

  it('never applies entries that are also ordinary English outside documents judged spun', () => {
    // Written for this test: each sentence uses phrases the spinner also produces, in their ordinary sense,
    // appended to a clean article.
    for (const sentence of [
      'Quite a few residents said the new rules were highly effective and easy to comply with.',
      'Being pregnant during a heat wave is hard, a midwife said, and people should keep away from crowds.',
      'Volunteers want to be part of the effort and make the most of the long weekend.',
      'The chief executive said the company would not settle for less than a fair price.',
    ]) {
      const r = unspin(`${CLEAN}\n\n${sentence}`);
      expect(r.verdict).not.toBe('spun');
      expect(r.changes).toEqual([]);
    }
  });

  it('keeps legitimate uses of the same words in clean text', () => {
    const text =
      'A worker on the assembly line earns more than before. Drivers should expect detours on the airport access road, and a weak spot in the levee was repaired.';
    const r = unspin(text);
    expect(r.changes).toEqual([]);
    expect(r.restored).toBe(text);
  });
});

describe('quotations', () => {
  // Written for this test: a spun report whose quotation is spun like the rest of the text.
  const SPUN = `Officers stated on Tuesday that the metropolis council will vote subsequent week on the brand new finances. The mayor additionally stated the plan would assist households. "We're attempting to maintain prices low, and the finances is the place we begin," she stated. Critics stated the plan was troublesome to pay for.`;

  it('restores quoted wording the same way as the rest in a document judged spun', () => {
    const r = unspin(SPUN);
    expect(r.verdict).toBe('spun');
    expect(r.restored).toContain('"We\'re trying to');
  });

  it('leaves quotations alone in clean text', () => {
    const text = `${CLEAN}\n\n"We are attempting to keep costs low," the mayor said.`;
    const r = unspin(text);
    expect(r.changes).toEqual([]);
  });
});

describe('claims, blame and denials in a spun copy', () => {
  // Written for this test: a spun wire item whose spinner swapped "claimed" for "asserted", "responsibility" for
  // "accountability", "blamed" for "faulted" and "denied" for "refuted".
  const SPUN = `Armed males overwhelmed a police put up in the town of Kolar late on Monday, slaying six officers, officers stated. The banned Kolar Tigers group asserted accountability in a communication to reporters, stating its combatants had seized weapons from the post. A second faction asserted the assault in a message on Telegram on Tuesday. The district administration faulted the Kolar Tigers group for the raid, and a spokesman for the army refuted any involvement of its soldiers in the fighting. Native officers stated the town was calm on Tuesday and that the market had reopened. The governor additionally stated he would visit the town.`;

  it('restores the words of a claim, a blame and a denial', () => {
    const r = unspin(SPUN);
    expect(r.verdict).toBe('spun');
    expect(r.restored).toContain('group claimed responsibility in');
    expect(r.restored).toContain('A second faction claimed the attack');
    expect(r.restored).toContain('administration blamed the Kolar');
    expect(r.restored).toContain('army denied any involvement');
  });

  it('restores "assert" before an act with no article, and "asserted by" after an act', () => {
    // Written for this test: a headline claim and a passive claim in the spinner's words
    const r = unspin(`Pakistan: separatists assert lethal bombing of passenger coach in Turbat

QUETTA, May 14 - A roadside bomb ripped by means of a passenger coach on the freeway close to Turbat on Tuesday, slaying eleven individuals, officers stated. The banned Baloch Liberation Front later asserted the assault in an announcement, and a second blast on Wednesday later asserted by the similar faction injured two troopers. Native officers stated the freeway had reopened and that the market was calm on Wednesday. The governor additionally stated he would go to the city.`);
    expect(r.verdict).toBe('spun');
    expect(r.restored).toContain('separatists claim lethal bombing');
    expect(r.restored).toContain('Wednesday later claimed by the');
  });

  it('leaves "asserted by" and "asserts" alone in clean text', () => {
    const text = 'The claim was asserted by the company in court, and the lawyer asserts innocence.';
    const r = unspin(`${CLEAN}\n\n${text}`);
    expect(r.restored).toContain(text);
  });

  it('leaves "asserted" alone where it asserts no act, and "faulted" in clean text', () => {
    const text =
      'The minister asserted the right of the province to set its own budget. Auditors faulted the council for late accounts, the report said.';
    const r = unspin(`${CLEAN}\n\n${text}`);
    expect(r.restored).toContain('asserted the right');
    expect(r.restored).toContain('Auditors faulted the council');
  });
});

// The thesaurus + language-model layer in a clearly spun report: its candidates are the words sharing a WordNet
// synset with the spun word (Moby's lists, which mix senses, offered "bike" for chauffeur and "place" for hamlet),
// and its confidence is the share of such rewrites measured right (under one in two), so it only suggests.
describe('unspin: thesaurus + language-model suggestions', () => {
  const SPUN_LM = `Gunmen slew a hamlet chairperson and his chauffeur along a highway within the area on Monday, law enforcement stated. A grower who was touring with them was injured and taken to an infirmary, law enforcement stated.

The assailants fled in a lorry towards the frontier following the assault, a constabulary representative stated. Inhabitants stated the gunmen had been seen within the hamlet a number of occasions earlier than the assault.
`;
  const r = unspin(SPUN_LM);
  const lm = r.suggestions.filter((c) => c.layer === 'lm');
  it('suggests a synonym of the same sense, never a loose thesaurus neighbour', () => {
    expect(r.score).toBeGreaterThanOrEqual(0.9);
    expect(lm.some((c) => c.from === 'hamlet' && c.to === 'village')).toBe(true);
    expect(lm.map((c) => c.to)).not.toContain('bike');
    expect(lm.map((c) => c.to)).not.toContain('place');
    expect(lm.map((c) => c.to)).not.toContain('mother');
  });
  it('gives its suggestions the confidence measured for them, below one half, and applies none', () => {
    expect(lm.length).toBeGreaterThan(0);
    for (const c of lm) expect(c.confidence).toBeLessThan(0.5);
    expect(r.changes.filter((c) => c.layer === 'lm')).toEqual([]);
  });
});
