import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  attributionClass,
  countryMatch,
  dateCorrect,
  dateTextMatch,
  type Gold,
  goldSchema,
  incidentMatch,
  loadFixtures,
  locateQuote,
  matchPasses,
  nounMatch,
  orgMatch,
  orgShape,
  personMatch,
  placeMatch,
  quotedSpans,
  recall,
  report,
  roleMatch,
  scoreArticle,
  scoreDates,
  scoreIncidents,
  scoreNumbers,
  scoreOrgs,
  scorePeople,
  scorePlaces,
  scoreQuotes,
  speakerMatch,
  tokenOverlap,
} from '../../scripts/eval/brief.ts';
import { blankBrief, type Incident } from '../../src/lib/brief/types.ts';

const incident = (over: Partial<Incident>): Incident => ({
  type: 'Explosions/Remote violence',
  subType: 'Air/drone strike',
  summary: '',
  evidence: '',
  place: null,
  country: null,
  date: null,
  attacker: null,
  target: null,
  attribution: 'not ascribed',
  killed: null,
  injured: null,
  damage: null,
  background: false,
  confidence: 0.9,
  ...over,
});

const emptyBrief = blankBrief;

describe('matchers', () => {
  it('matches person names leniently but not different people', () => {
    expect(personMatch('Qassem Soleimani', 'Soleimani')).toBe(true);
    expect(personMatch('Joe Biden', 'President Joe Biden')).toBe(true);
    expect(personMatch('Hossein Amir-Abdollahian', 'AMIR-ABDOLLAHIAN')).toBe(true);
    expect(personMatch('Abu Mahdi al-Muhandis', 'Muhandis')).toBe(true);
    expect(personMatch('Joe Biden', 'Biden administration')).toBe(false);
    expect(personMatch('Qassem Soleimani', 'Qassem')).toBe(false);
    expect(personMatch('Mark Milley', 'Mark Hussein')).toBe(false);
  });

  it('matches roles after normalisation', () => {
    expect(roleMatch('Iranian Foreign Minister', 'Foreign Minister')).toBe(true);
    expect(roleMatch('Defense Secretary', 'defence secretary')).toBe(true);
    expect(roleMatch('Foreign Minister', 'Minister')).toBe(false);
    expect(
      roleMatch('Chairman of the Joint Chiefs of Staff', 'Defense Secretary', [
        'Joint Chiefs of Staff Chair',
      ]),
    ).toBe(false);
    expect(
      roleMatch('Chairman of the Joint Chiefs of Staff', 'Joint Chiefs of Staff Chair', [
        'Joint Chiefs of Staff Chair',
      ]),
    ).toBe(true);
    expect(roleMatch('spokesperson', null)).toBe(false);
    expect(roleMatch(null, null)).toBe(true);
  });

  it('matches organisations through aliases and plural/singular', () => {
    const irgc = { name: 'Islamic Revolutionary Guard Corps', aliases: ['IRGC', 'Revolutionary Guards'] };
    expect(orgMatch(irgc, { name: 'IRGC', aliases: [] })).toBe(true);
    expect(orgMatch(irgc, { name: 'the Revolutionary Guard', aliases: [] })).toBe(true);
    expect(orgMatch(irgc, { name: 'Iran', aliases: ['Islamic Revolutionary Guard Corps'] })).toBe(true);
    expect(orgMatch(irgc, { name: 'Quds Force', aliases: ['Qods Force'] })).toBe(false);
    expect(
      orgMatch({ name: 'Quds Force', aliases: ['Qods Force'] }, { name: 'Qods Forces', aliases: [] }),
    ).toBe(true);
  });

  it('matches places ignoring al- and province, and countries by name or code', () => {
    expect(placeMatch({ name: 'Al-Anbar province' }, 'Anbar')).toBe(true);
    expect(
      placeMatch({ name: 'Deir Ezzor province', aliases: ['Deir ez-Zor'] }, 'Deir ez-Zor Governorate'),
    ).toBe(true);
    expect(placeMatch({ name: 'Baghdad' }, 'Baghdad International Airport')).toBe(false);
    expect(countryMatch('IQ', 'Iraq')).toBe(true);
    expect(countryMatch('Haiti', 'HT')).toBe(true);
    expect(countryMatch('ET', 'Federal Democratic Republic of Ethiopia')).toBe(true);
    expect(countryMatch('IQ', 'SY')).toBe(false);
    expect(countryMatch('US', 'U.S.')).toBe(true);
  });

  it('pairs date mentions by their key words and judges the day', () => {
    expect(dateTextMatch('Friday', '1:46 a.m. Friday local time')).toBe(true);
    expect(dateTextMatch('January 3, 2020', 'January 3')).toBe(true);
    expect(dateTextMatch('January 3, 2020', 'January 3, 2022')).toBe(false);
    expect(dateTextMatch('Tuesday', 'Thursday')).toBe(false);
    expect(dateCorrect({ iso: '2022-04-08', precision: 'day' }, '2022-04-08T01:46:00+03:00')).toBe(true);
    expect(dateCorrect({ iso: '2022-04-08', precision: 'day' }, '2022-04-01')).toBe(false);
    // Same instant written in UTC counts, although its literal day differs.
    expect(dateCorrect({ iso: '2022-04-08T01:46+03:00', precision: 'time' }, '2022-04-07T22:46:00Z')).toBe(
      true,
    );
    expect(dateCorrect({ iso: '2021', precision: 'year' }, '2021-01-20')).toBe(true);
    expect(dateCorrect({ iso: '2022-11', precision: 'month' }, '2022-11-01')).toBe(true);
    expect(dateCorrect({ iso: '2022-11', precision: 'month' }, '2022-10-31')).toBe(false);
    expect(dateCorrect({ iso: '2022-04-08', precision: 'day' }, null)).toBe(false);
  });

  it('finds quoted spans, an unclosed one running to the paragraph end, and overlap of tokens', () => {
    expect(quotedSpans('He said "one two," and then "three four')).toEqual(['one two,', 'three four']);
    expect(quotedSpans('No quotes here.')).toEqual([]);
    const q = {
      speaker: 'X',
      locate: [
        { para: 1, index: 1 },
        { para: 2, index: 0 },
      ],
    };
    expect(locateQuote(q, 'intro\n\nA "first" and "second part\n\n"third part."')).toBe(
      'second part third part.',
    );
    expect(locateQuote({ speaker: 'X', locate: [{ para: 9, index: 0 }] }, 'a')).toEqual({
      error: 'no quote #0 in paragraph 9',
    });
    expect(tokenOverlap('the big red dog', 'a big red dog ran')).toBe(0.75);
  });

  it('judges speakers, nouns and attribution kinds', () => {
    expect(speakerMatch('Iraqi Foreign Ministry', [], 'the Iraqi Foreign Ministry')).toBe(true);
    expect(speakerMatch('Jalina Porter', [], 'Porter')).toBe(true);
    expect(speakerMatch('Jalina Porter', [], 'State Department spokesperson Jalina Porter')).toBe(true);
    expect(speakerMatch('Dana Stroul', [], 'Lloyd Austin')).toBe(false);
    expect(speakerMatch('Russian Defence Ministry', [], 'Russian Defense Ministry')).toBe(true);
    expect(orgMatch({ name: 'Carter Centre', aliases: [] }, { name: 'Carter Center', aliases: [] })).toBe(
      true,
    );
    expect(
      orgMatch({ name: 'Defence Ministry', aliases: [] }, { name: 'Labour Ministry', aliases: [] }),
    ).toBe(false);
    expect(speakerMatch('U.S.-led coalition', ['coalition'], 'Coalition')).toBe(true);
    expect(nounMatch('drones', [], 'drone')).toBe(true);
    expect(nounMatch('apartment buildings', [], 'buildings')).toBe(true);
    expect(nounMatch('drones', [], 'rounds')).toBe(false);
    // a currency sign as the noun is the currency's name, however the sign is written
    expect(nounMatch('₹', [], '₹')).toBe(true);
    expect(nounMatch('₦', [], 'naira')).toBe(true);
    expect(attributionClass('claimed by the Houthi movement')).toBe('claimed');
    expect(attributionClass('carried out by police')).toBe('claimed');
    expect(attributionClass('No group has claimed the attack')).toBe('none');
    expect(attributionClass("The coalition didn't ascribe blame")).toBe('none');
    expect(attributionClass('blamed on Russian forces by Ukrainian officials')).toBe('blamed');
    expect(attributionClass('not_ascribed')).toBe('none');
    // a later clause does not undo the first one's blame or claim
    expect(attributionClass('blamed on the Kivu militia by the governor; no group has claimed it')).toBe(
      'blamed',
    );
    expect(attributionClass('claimed by the front; the army did not comment')).toBe('claimed');
    expect(attributionClass('unclaimed; officials blamed unnamed gunmen')).toBe('none');
  });

  it('matches incidents by sub-type plus place or day', () => {
    const g = goldSchema.shape.incidents.element.parse({
      type: 'Explosions/Remote violence',
      subType: 'Shelling/artillery/missile attack',
      place: 'Green Village',
      placeAlt: ['Deir Ezzor'],
      date: '2022-04-07',
      attacker: null,
      target: null,
      attribution: 'not ascribed',
      killed: null,
      injured: 4,
      background: false,
    });
    const shell = { subType: 'Shelling/artillery/missile attack' };
    expect(incidentMatch(g, incident({ ...shell, place: 'Green Village, Deir Ezzor' }))).toBe(true);
    expect(incidentMatch(g, incident({ ...shell, place: 'Syria', date: '2022-04-07T01:09:00+03:00' }))).toBe(
      true,
    );
    expect(incidentMatch(g, incident({ ...shell, place: 'Syria', date: '2022-04-08' }))).toBe(false);
    expect(incidentMatch(g, incident({ place: 'Green Village', date: '2022-04-07' }))).toBe(false);
  });

  it('runs strict matching passes before lenient ones', () => {
    const gold = ['Joe Biden', 'Hunter Biden'];
    const pred = ['Biden', 'Joe Biden'];
    const exact = (g: string, p: string) => g === p;
    // Lenient only: "Biden" could take "Joe Biden"; with the exact pass first, "Joe Biden" pairs with "Joe Biden".
    expect(matchPasses(gold, pred, [exact, personMatch])).toEqual([1, 0]);
    expect(matchPasses(gold, ['Someone'], [exact, personMatch])).toEqual([-1, -1]);
  });
});

describe('field scores', () => {
  it('scores people: duplicates are false positives, optional items count neither way', () => {
    const s = scorePeople(
      [
        { name: 'Qassem Soleimani', role: 'Quds Force Commander' },
        { name: 'Esmail Qaani', role: 'Quds Force Commander', roleAlt: ['deputy'] },
        { name: 'Ahmad al-Rubaye', role: 'photographer', optional: true },
      ],
      [
        { name: 'Qassem Soleimani', role: 'Commander of the Quds Force' },
        { name: 'Soleimani', role: null },
        { name: 'Ahmad Al-Rubaye', role: null },
        { name: 'Bradley Fighting Vehicles', role: null },
      ],
    );
    expect(s.counts).toEqual({ goldHit: 1, goldTotal: 2, predHit: 1, predTotal: 3 });
    expect(s.extra.role).toEqual({ right: 1, total: 1 });
    expect(s.falsePositives).toEqual([
      'Soleimani (duplicate of Qassem Soleimani (Quds Force Commander))',
      'Bradley Fighting Vehicles',
    ]);
    expect(s.misses[0]).toContain('Esmail Qaani');
  });

  it('scores dates: repeated mentions are fine, wrong days are counted', () => {
    const gold: Gold['dates'] = [
      { text: 'Friday', iso: '2022-04-08', precision: 'day', kind: 'weekday' },
      { text: 'Tuesday', iso: '2022-04-05', precision: 'day', kind: 'weekday' },
      { text: 'about a year later', iso: '2021', precision: 'year', kind: 'relative' },
      { text: 'January 3, 2022', iso: '2022-01-03', precision: 'day', kind: 'explicit', optional: true },
    ];
    const s = scoreDates(gold, [
      { text: 'Friday', iso: '2022-04-08', precision: 'day' },
      { text: 'Friday', iso: '2022-04-08', precision: 'day' },
      { text: 'Tuesday', iso: '2022-04-12', precision: 'day' },
      { text: 'January 3, 2022', iso: '2022-01-03', precision: 'day' },
      { text: 'April 1', iso: '2022-04-01', precision: 'day' },
    ]);
    expect(s.counts).toEqual({ goldHit: 2, goldTotal: 3, predHit: 3, predTotal: 4 });
    expect(s.extra['explicit+weekday right day']).toEqual({ right: 1, total: 2 });
    expect(s.extra['relative/other right']).toEqual({ right: 0, total: 1 });
    expect(s.falsePositives).toEqual(['"April 1" → 2022-04-01']);
    expect(s.misses.some((m) => m.includes('want 2022-04-05'))).toBe(true);
  });

  it('judges a date on its own mention, not on a stamp that repeats one of its words', () => {
    const gold: Gold['dates'] = [
      { text: 'June 3', iso: '2026-06-03', precision: 'day', kind: 'explicit' },
      {
        text: 'June 3, 2026 14:05 (GMT+3)',
        iso: '2026-06-03T14:05+03:00',
        precision: 'time',
        kind: 'explicit',
      },
    ];
    const s = scoreDates(
      gold,
      gold.map(({ text, iso, precision }) => ({ text, iso, precision })),
    );
    expect(s.extra['precision right']).toEqual({ right: 2, total: 2 });
  });

  it('scores quotes: split spans still find the quote; scare quotes are flagged', () => {
    const long = 'this is not only because of nuclear advances but also its continued sponsorship of proxies';
    const gold = [
      { speaker: 'Dana Stroul', text: long, resolved: long },
      {
        speaker: 'Jalina Porter',
        text: 'the President shares the view',
        resolved: 'the President shares the view',
      },
    ];
    const s = scoreQuotes(
      gold,
      [
        { speaker: 'Dana Stroul', text: 'this is not only because of nuclear advances' },
        { speaker: 'Stroul', text: 'but also its continued sponsorship of proxies' },
        { speaker: 'State Department', text: 'the President shares the view' },
        { speaker: null, text: 'Axis of Resistance' },
      ],
      ['Axis of Resistance'],
    );
    expect(s.counts).toEqual({ goldHit: 2, goldTotal: 2, predHit: 3, predTotal: 4 });
    expect(s.extra.speaker).toEqual({ right: 1, total: 2 });
    expect(s.falsePositives).toEqual(['"Axis of Resistance" (scare quote, not speech)']);
  });

  it('scores numbers by value first and then by noun', () => {
    const s = scoreNumbers(
      [
        { text: 'two drones', value: 2, noun: 'drones', approximate: false },
        { text: '2 rounds', value: 2, noun: 'rounds', approximate: false },
        { text: 'roughly 2,500 personnel', value: 2500, noun: 'personnel', approximate: true },
        { text: 'dozens of people', value: 12, noun: 'people', approximate: true },
      ],
      [
        { text: '2 rounds', value: 2, noun: 'rounds', approximate: false },
        { text: 'two drones', value: 2, noun: 'drone', approximate: false },
        { text: '2,500 personnel', value: 2500, noun: 'personnel', approximate: false },
        { text: '2018', value: 2018, noun: null, approximate: false },
      ],
    );
    expect(s.counts).toEqual({ goldHit: 3, goldTotal: 4, predHit: 3, predTotal: 4 });
    expect(s.extra.noun).toEqual({ right: 3, total: 3 });
    expect(s.extra.approximate).toEqual({ right: 2, total: 3 });
    expect(s.falsePositives).toEqual(['2018 = 2018']);
  });

  it('scores incidents: recall/precision over current ones, background flag, slots', () => {
    const gold: Gold['incidents'] = [
      {
        type: 'Explosions/Remote violence',
        subType: 'Shelling/artillery/missile attack',
        place: 'Green Village',
        date: '2022-04-07',
        attacker: 'unknown',
        target: 'coalition forces',
        attribution: 'not ascribed',
        killed: null,
        injured: 4,
        background: false,
      },
      {
        type: 'Strategic developments',
        subType: 'Disrupted weapons use',
        place: 'Ain al-Asad Air Base',
        date: '2022-04-08',
        attacker: 'unknown',
        target: 'U.S. forces',
        attribution: 'not ascribed',
        killed: 0,
        injured: 0,
        background: false,
      },
      {
        type: 'Explosions/Remote violence',
        subType: 'Air/drone strike',
        place: 'Baghdad International Airport',
        date: '2020-01-03',
        attacker: 'United States',
        target: 'Qassem Soleimani',
        attribution: 'carried out by the United States',
        killed: null,
        injured: null,
        background: true,
      },
    ];
    const pred = [
      incident({
        subType: 'Shelling/artillery/missile attack',
        place: 'Green Village',
        date: '2022-04-07T01:09+03:00',
        injured: 4,
        attribution: 'The coalition did not ascribe blame',
      }),
      incident({ subType: 'Air/drone strike', place: 'Baghdad International Airport', date: '2020-01-03' }),
      incident({ subType: 'Armed clash', place: 'Vienna', confidence: 0.3 }),
    ];
    const s = scoreIncidents(gold, pred);
    expect(recall(s.counts)).toBe(0.5);
    // The airport strike is background in gold but asserted as current: a false current record, and a wrong flag.
    expect(s.counts).toEqual({ goldHit: 1, goldTotal: 2, predHit: 1, predTotal: 3 });
    expect(s.extra.background).toEqual({ right: 0, total: 1 });
    expect(s.extra.casualties).toEqual({ right: 1, total: 1 });
    expect(s.extra.attribution).toEqual({ right: 1, total: 1 });
    expect(s.falsePositives[0]).toContain('the past event Air/drone strike @ Baghdad International Airport');
    expect(s.falsePositives[1]).toContain('Armed clash @ Vienna');
    // The missed disrupted drone has no false partner at its place or day; the clash in Vienna has none either.
    expect(s.errors).toEqual([
      'Disrupted weapons use → (none)',
      '(none) → Armed clash [nothing near]',
      '(none) → Air/drone strike [past event as current]',
    ]);
    // A current event the engine flags as background is not found (a reader sees it among past events), and the
    // record counts neither way; flagged right, the past strike costs nothing.
    const asPast = scoreIncidents(gold, [
      { ...pred[0], background: true },
      { ...pred[1], background: true },
    ]);
    expect(asPast.counts).toEqual({ goldHit: 0, goldTotal: 2, predHit: 0, predTotal: 0 });
    expect(asPast.misses[0]).toContain('Shelling/artillery/missile attack @ Green Village 2022-04-07');
    expect(asPast.misses[0]).toContain('reported as background');
    expect(asPast.extra.background).toEqual({ right: 1, total: 1 });
    // A second shelling record on the day of the one found is a repeat of a found event.
    const repeat = scoreIncidents(gold, [...pred, { ...pred[0], place: 'Erbil' }]);
    expect(repeat.errors).toContain('(none) → Shelling/artillery/missile attack [repeat of a found event]');
    // an attacker named in the plural is the body named in the singular
    const houthi = [{ ...gold[0], attacker: 'Houthi movement' }];
    expect(scoreIncidents(houthi, [{ ...pred[0], attacker: 'Houthis' }]).extra.attacker).toEqual({
      right: 1,
      total: 1,
    });
    expect(scoreIncidents(houthi, [{ ...pred[0], attacker: 'Hamas' }]).extra.attacker).toEqual({
      right: 0,
      total: 1,
    });
    const wrongType = scoreIncidents(gold, [{ ...pred[0], subType: 'Air/drone strike' }]);
    expect(wrongType.errors).toContain('Shelling/artillery/missile attack → Air/drone strike');
    // confident records only: the low-confidence clash drops out, the past strike told as current stays false
    expect(scoreIncidents(gold, pred, 0.5).counts).toEqual({
      goldHit: 1,
      goldTotal: 2,
      predHit: 1,
      predTotal: 2,
    });
  });
});

describe('error classes (safe to show for sealed articles)', () => {
  it('names organisations and places only by shape and kind', () => {
    expect([
      orgShape('NATO'),
      orgShape('Hamas'),
      orgShape('Iraqi Foreign Ministry'),
      orgShape('Fano (Amhara)'),
    ]).toEqual(['acronym', 'one word', '… ministry', 'several words, other head']);
    const orgs = scoreOrgs(
      [
        { name: 'Sinjar Resistance Units', aliases: ['YBS'] },
        { name: 'Joint Operations Command', aliases: [] },
      ],
      [
        { name: 'YBS', aliases: [] },
        { name: 'Riot police', aliases: [] },
      ],
    );
    expect(orgs.errors).toEqual(['missed … command', 'false … police']);
    const places = scorePlaces(
      [
        { name: 'Erbil', kind: 'city', country: 'IQ', aliases: [] },
        { name: 'Sinjar mountains', kind: 'region', country: 'IQ', aliases: [] },
      ],
      [
        { name: 'Erbil', kind: 'province', country: 'IQ', lat: null, lon: null },
        { name: 'Iraqi', kind: 'province', country: 'IQ', lat: null, lon: null },
      ],
    );
    expect(places.errors).toEqual(['missed region', 'false province', 'kind city → province']);
  });

  it('leaves a city and the province of its name to one gold item, but still counts a true duplicate', () => {
    const gold = [{ name: 'Kherson', kind: 'city' as const, country: 'UA', aliases: [] }];
    const at = (name: string, kind: 'city' | 'province') => ({
      name,
      kind,
      country: 'UA',
      lat: null,
      lon: null,
    });
    const twoLevels = scorePlaces(gold, [at('Kherson', 'city'), at('Kherson Oblast', 'province')]);
    expect(twoLevels.counts).toEqual({ goldHit: 1, goldTotal: 1, predHit: 1, predTotal: 1 });
    const twice = scorePlaces(gold, [at('Kherson', 'city'), at('the Kherson', 'city')]);
    expect(twice.counts.predTotal).toBe(2);
    expect(twice.errors).toEqual(['duplicate']);
  });
});

describe('whole article and report', () => {
  const gold = goldSchema.parse({
    file: 'x.txt',
    published: '2025-10-13',
    people: [{ name: 'Marta Figueiredo', role: 'Mayor-elect' }],
    organizations: [{ name: 'Socialist Party', aliases: ['PS'] }],
    places: [{ name: 'Lisbon', kind: 'city', country: 'PT' }],
    dates: [{ text: 'Sunday', iso: '2025-10-12', precision: 'day', kind: 'weekday' }],
    quotes: [{ speaker: 'Marta Figueiredo', text: 'There is no time to waste.' }],
    numbers: [{ text: 'two seats', value: 2, noun: 'seats', approximate: false }],
    incidents: [],
  });

  const brief = emptyBrief({
    people: [{ name: 'Figueiredo', role: 'mayor-elect' }],
    organizations: [{ name: 'PS', aliases: [] }],
    places: [{ name: 'Lisbon', kind: 'city', country: 'Portugal', lat: null, lon: null }],
    dates: [{ text: 'on Sunday', iso: '2025-10-12', precision: 'day' }],
    quotes: [{ speaker: 'she', text: 'There is no time to waste.' }],
    numbers: [{ text: 'two seats', value: 2, noun: 'seats', approximate: false }],
    incidents: [
      incident({ subType: 'Armed clash', evidence: 'Her opponents attacked the plan.', place: 'Lisbon' }),
    ],
  });

  it('counts incidents invented in an article that reports none and prints targets with PASS/FAIL', () => {
    const a = scoreArticle('election', gold, brief, '');
    expect(a.invented).toHaveLength(1);
    expect(a.fields.people.counts.goldHit).toBe(1);
    expect(a.fields.places.extra.country).toEqual({ right: 1, total: 1 });
    expect(a.fields.quotes.extra.speaker).toEqual({ right: 0, total: 1 });
    const text = report([a]);
    expect(text).toMatch(/PASS {2}people recall/);
    expect(text).toMatch(/FAIL {2}quote speakers right/);
    expect(text).toMatch(/FAIL {2}incidents invented in no-incident articles \(max 0\) +1/);
    expect(text).toContain('1 incident(s) invented');
    expect(text).toMatch(/incidents invented by sub-type: Armed clash, confidence [<≥] 0\.5 ×1/);
  });

  it('hides the per-article scores and misses of sealed unseen-* articles unless asked, and scores them apart', () => {
    const a = scoreArticle('unseen-election', gold, brief, '');
    const hidden = report([a]);
    expect(hidden).toContain('Sealed articles only (1 unseen-*');
    expect(hidden).toContain(
      '1 sealed unseen-* articles: their misses, false positives and invented incidents are not shown',
    );
    expect(hidden).not.toMatch(/^ {2}unseen-election /m);
    expect(hidden).not.toContain('incident(s) invented');
    expect(hidden).toContain('incidents invented by sub-type: Armed clash');
    expect(hidden).not.toContain('Lisbon');
    expect(report([a], 4, true)).toMatch(/^ {2}unseen-election /m);
    expect(report([a], 4, true)).toContain('1 incident(s) invented');
  });

  it('rejects a malformed gold file with the field at fault', () => {
    const r = goldSchema.safeParse({ ...gold, published: '13/10/2025' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['published']);
  });
});

describe('gold fixtures', () => {
  const seedAvailable = existsSync(new URL('../../../shared/seed-article.txt', import.meta.url));
  const fixtures = seedAvailable ? loadFixtures() : [];

  it.runIf(seedAvailable)(
    'has at least 8 articles, several without any incident, and parses them all',
    () => {
      expect(fixtures.length).toBeGreaterThanOrEqual(8);
      const none = fixtures.filter((f) => !f.gold.incidents.some((i) => !i.background));
      expect(none.length).toBeGreaterThanOrEqual(3);
      expect(none.map((f) => f.name)).toEqual(
        expect.arrayContaining(['chip-plant', 'election', 'house-fire']),
      );
      expect(fixtures.some((f) => f.gold.incidents.some((i) => i.background && !i.optional))).toBe(true);
    },
  );

  it.runIf(seedAvailable)(
    'annotates only what is in the text (own articles) and locates every seed quote',
    () => {
      const problems: string[] = [];
      for (const f of fixtures) {
        // Quote marks and paragraph breaks removed, so a quote continued into the next paragraph reads as one.
        const flat = (s: string) => s.toLowerCase().replace(/["“”]/g, '').replace(/\s+/g, ' ');
        const words = flat(f.text);
        const has = (s: string) => words.includes(flat(s));
        for (const q of f.gold.quotes) {
          const r = locateQuote(q, f.text);
          if (typeof r !== 'string') problems.push(`${f.name}: ${r.error}`);
          else if (q.text !== undefined && !has(r)) problems.push(`${f.name}: quote "${r}"`);
        }
        // (the seed and the hand-spun copies are spun: their gold is in the original wording)
        if (f.name === 'seed' || f.name.endsWith('-spun')) continue;
        for (const d of f.gold.dates) if (!has(d.text)) problems.push(`${f.name}: date "${d.text}"`);
        for (const n of f.gold.numbers) if (!has(n.text)) problems.push(`${f.name}: number "${n.text}"`);
        for (const p of f.gold.people) if (!has(p.name)) problems.push(`${f.name}: person "${p.name}"`);
      }
      expect(problems).toEqual([]);
    },
  );

  it.runIf(seedAvailable)(
    'scores each gold set against itself as perfect',
    () => {
      for (const f of fixtures) {
        const g = f.gold;
        const self = emptyBrief({
          people: g.people.map((p) => ({ name: p.name, role: p.role })),
          organizations: g.organizations.map((o) => ({ name: o.name, aliases: o.aliases })),
          places: g.places.map((p) => ({
            name: p.name,
            kind: p.kind,
            country: p.country,
            lat: null,
            lon: null,
          })),
          dates: g.dates.map((d) => ({ text: d.text, iso: d.iso, precision: d.precision })),
          quotes: g.quotes.map((q) => ({ speaker: q.speaker, text: locateQuote(q, f.text) as string })),
          numbers: g.numbers.map((n) => ({
            text: n.text,
            value: n.value,
            noun: n.noun,
            approximate: n.approximate,
          })),
          incidents: g.incidents.map((i) => incident({ ...i, country: null })),
        });
        const a = scoreArticle(f.name, g, self, f.text);
        for (const [field, sc] of Object.entries(a.fields)) {
          const where = `${f.name}.${field}`;
          expect(sc.misses, where).toEqual([]);
          expect(sc.falsePositives, where).toEqual([]);
          if (sc.counts.goldTotal) expect(recall(sc.counts), where).toBe(1);
          for (const [k, r] of Object.entries(sc.extra)) expect(r.right, `${where}.${k}`).toBe(r.total);
        }
        expect(a.invented).toEqual([]);
      }
      // scoring every fixture: its time grows with the fixture set, not with the code under test
    },
    120_000,
  );
});
