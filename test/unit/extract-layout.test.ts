/** Layout: bylines, datelines, stamps, captions and page furniture kept apart from the body of pasted articles. */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { isBylineLine, isStampLine, layout, lineKind, stampDate } from '../../src/lib/extract/layout.ts';

const bodyOf = (text: string) => layout(text).paragraphs.map((p) => p.text);

// An invented wire story in the shape of a page pasted from a news site.
const PASTED = [
  'WORLD NEWS',
  'Dam operator says spillway repaired after floods near Kafue',
  'By Mary Banda and Peter Lungu, Reuters',
  'Updated 14:02 GMT',
  '3 minute read',
  'LUSAKA, Zambia (AP) — Engineers finished repairing the spillway of the Itezhi-Tezhi dam on Tuesday, the operator said, two weeks after floods damaged its gates.',
  'Advertisement',
  '"The gates are working normally again," the operator\'s chief engineer, Chanda Mwale, said in a statement.',
  'Workers inspect the spillway gates on Monday. (Photo by Joseph Tembo/AFP via Getty Images)',
  'Read more: Zambia floods leave thousands homeless',
  'The repairs cost about $4 million, the company said.',
  'Sign up for our Africa newsletter to get the latest news in your inbox every Friday.',
  'Share this article',
  'Facebook Twitter Email',
  'Reporting by Mary Banda in Lusaka; Editing by Tom Hogue',
  'Our Standards: The Thomson Reuters Trust Principles.',
  'Related stories',
  'Zambia declares drought a national disaster',
  'Copper output rises in the north',
].join('\n\n');

describe('layout of a pasted wire page', () => {
  const lay = layout(PASTED);
  it('keeps the headline and the story, and nothing else, as body', () => {
    expect(lay.paragraphs.map((p) => p.text)).toEqual([
      'Dam operator says spillway repaired after floods near Kafue',
      'Lusaka, Zambia.',
      'Engineers finished repairing the spillway of the Itezhi-Tezhi dam on Tuesday, the operator said, two weeks after floods damaged its gates.',
      '"The gates are working normally again," the operator\'s chief engineer, Chanda Mwale, said in a statement.',
      'The repairs cost about $4 million, the company said.',
    ]);
  });
  it('sets apart the byline, the stamp, the dateline and the caption', () => {
    expect(lay.byline).toBe('By Mary Banda and Peter Lungu, Reuters');
    expect(lay.stamps).toEqual(['Updated 14:02 GMT']);
    expect(lay.dateline).toBe('LUSAKA, Zambia (AP)');
    expect(lay.captions).toEqual([
      'Workers inspect the spillway gates on Monday. (Photo by Joseph Tembo/AFP via Getty Images)',
    ]);
  });
  it('lists the furniture, the sign-off and the related headlines after it as boilerplate', () => {
    expect(lay.boilerplate).toEqual([
      'WORLD NEWS',
      '3 minute read',
      'Advertisement',
      'Read more: Zambia floods leave thousands homeless',
      'Sign up for our Africa newsletter to get the latest news in your inbox every Friday.',
      'Share this article',
      'Facebook Twitter Email',
      'Reporting by Mary Banda in Lusaka; Editing by Tom Hogue',
      'Our Standards: The Thomson Reuters Trust Principles.',
      'Related stories',
      'Zambia declares drought a national disaster',
      'Copper output rises in the north',
    ]);
  });
  it('yields no people, dates, quotes or numbers from the furniture', () => {
    const b = briefArticle({ text: PASTED, origin: 'text' }, { published: '2025-03-12' });
    expect(b.people.map((p) => p.name)).toEqual(['Chanda Mwale']);
    expect(b.dates.map((d) => d.iso)).toEqual(['2025-03-11', '2025-02-25']); // Tuesday, and two weeks before it
    expect(b.quotes.map((q) => q.text)).toEqual(['The gates are working normally again,']);
    expect(b.numbers.map((n) => n.value)).toEqual([4_000_000]);
    expect(b.organizations.map((o) => o.name)).not.toContain('Associated Press');
    expect(b.places.map((p) => p.name)).toContain('Lusaka');
  });
});

describe('datelines', () => {
  it('reads agency datelines with a date, in capitals or in ordinary case', () => {
    expect(
      layout('Rebels seize town\n\nGOMA, Nov 3 (Reuters) - Rebels seized the town on Sunday.').dateline,
    ).toBe('GOMA, Nov 3 (Reuters)');
    expect(layout('Goma (AFP) – Rebels seized the town on Sunday, residents said.').dateline).toBe(
      'Goma (AFP)',
    );
    expect(
      layout('NAIROBI, 3 November 2025 — Police said on Monday that ten people were held.').dateline,
    ).toBe('NAIROBI, 3 November 2025');
  });
  it('finds the dateline below a kicker, a headline, a byline and a stamp', () => {
    const lay = layout(
      'Africa\n\nCourt frees opposition leader\n\nBy Ama Owusu\n\nPublished 4 March 2025\n\nACCRA, Ghana — A court freed the opposition leader on Monday.',
    );
    expect(lay.dateline).toBe('ACCRA, Ghana');
    expect(lay.byline).toBe('By Ama Owusu');
    expect(lay.paragraphs.map((p) => p.text)).toEqual([
      'Court frees opposition leader',
      '4 March 2025.', // the stamp's day counts as the article's date, like a dateline's
      'Accra, Ghana.',
      'A court freed the opposition leader on Monday.',
    ]);
  });
  it('takes the place from "By … | City" when there is no dateline', () => {
    const lay = layout(
      'Talks resume\n\nBy a staff reporter | Kisumu\n\nNegotiators met again on Friday after a pause.',
    );
    expect(lay.dateline).toBe('Kisumu');
    expect(bodyOf('By Ama Owusu, Reuters\n\nThe talks resumed on Friday after a long pause.')).toEqual([
      'The talks resumed on Friday after a long pause.',
    ]);
  });
  it('guesses the publication date from the page stamp', () => {
    const text =
      'Port strike ends\n\nPublished\n\n3 November 2025, 14:02 GMT\n\nDockworkers in Mombasa ended their strike on Sunday after a pay deal, the union said.';
    const b = briefArticle({ text, origin: 'text' });
    expect(b.published).toBe('2025-11-03');
    expect(b.dates.find((d) => d.text.includes('Sunday'))?.iso).toBe('2025-11-02');
    expect(b.notes.join(' ')).toContain('the date the page gives ("Published 3 November 2025, 14:02 GMT")');
    // it outranks the day the article was shared
    expect(briefArticle({ text, origin: 'message', posted: '2026-11-29' }).published).toBe('2025-11-03');
  });
});

describe('single lines', () => {
  it('recognises bylines, and not sentences that start with "By"', () => {
    expect(isBylineLine('By JANE DOE and Omar Haddad | Associated Press')).toBe(true);
    expect(isBylineLine('By a staff reporter | Chiang Mai')).toBe(true);
    expect(isBylineLine('By the time rescuers arrived, the fire had spread.')).toBe(false);
    expect(isBylineLine('By Friday the river had fallen')).toBe(false);
  });
  it('recognises time stamps, and not numbers in a sentence', () => {
    for (const s of [
      'Updated 14:02 GMT',
      'Mon 3 Nov 2025 14.02 GMT',
      '2 hours ago',
      'November 3, 2025 8:03 AM GMT+3',
    ])
      expect(isStampLine(s), s).toBe(true);
    expect(isStampLine('Three people died on 3 November')).toBe(false);
    expect(isStampLine('at 3 a.m. on Sunday,')).toBe(false); // a piece of a sentence, not a stamp
    expect(isStampLine('Sunday 16 February')).toBe(false);
    expect(isStampLine('2024')).toBe(false);
  });
  it('keeps the day of a stamp, without its time or zone', () => {
    expect(stampDate('Published On 18 Oct 2024')).toBe('18 Oct 2024');
    expect(stampDate('Sat 5 Apr 2025 14.02 BST')).toBe('Sat 5 Apr 2025');
    expect(stampDate('November 3, 2025 8:03 AM GMT+3')).toBe('November 3, 2025');
    expect(stampDate('Updated 14:02 GMT')).toBeNull();
    expect(stampDate('2 hours ago')).toBeNull();
  });
  it('recognises caption credits in the shapes agencies use', () => {
    for (const s of [
      'A man walks past a damaged shop in Goma, Sunday, Nov. 2, 2025. (AP Photo/Ali Kaba)',
      'FILE PHOTO: Smoke rises over the port, October 1, 2025. REUTERS/Sami Idd/File Photo',
      'Mourners attend a funeral in Tyre. Photograph: Aziz Taher/Reuters',
      'Image caption, Rescue workers search the rubble on Sunday',
      'Soldiers patrol the market on Friday. [File: Ali Kaba/Reuters]',
    ])
      expect(lineKind(s), s).toBe('caption');
  });
  it('keeps ordinary sentences as body', () => {
    for (const s of [
      'The army said on Tuesday it had repelled the attack.',
      '"We will rebuild," she said.',
      'Read the full statement below, the ministry told reporters on Friday.',
      'Share prices fell 3 percent in Nairobi on Monday.',
    ])
      expect(lineKind(s), s).toBe('body');
  });
  it('keeps a long story paragraph after an early sign-off-like line', () => {
    const long = `Officials said ${'the water kept rising through the night and the roads were closed, '.repeat(5)}and schools stayed shut.`;
    expect(bodyOf(`Correction: An earlier version misspelt a name.\n\n${long}`)).toEqual([long]);
  });
});

describe('more page shapes', () => {
  it('sets apart a credit line of its own, a rule line and a "Follow … at <link>" line', () => {
    const lay = layout(
      'Floods force thousands from homes\nAP Photo/Ali Kaba\nBy GRACE BANDA\n\nLILONGWE, Malawi (AP) — Floods forced 12,000 people from their homes on Sunday, officials said.\n\n___\n\nFollow the Africa coverage at https://example.org/hub/africa',
    );
    expect(lay.paragraphs.map((p) => p.text)).toEqual([
      'Floods force thousands from homes',
      'Lilongwe, Malawi.',
      'Floods forced 12,000 people from their homes on Sunday, officials said.',
    ]);
    expect(lay.captions).toEqual(['AP Photo/Ali Kaba']);
    expect(lay.boilerplate).toEqual(['___', 'Follow the Africa coverage at https://example.org/hub/africa']);
  });
  it("sets apart an outlet's plea for support of its journalism", () => {
    const lay = layout(
      "Gunmen kill five in Zamfara\n\nGunmen killed five villagers in Zamfara State on Monday, police said.\n\nSupport the Daily Ledger's journalism of integrity and credibility\n\nThe police said officers had been deployed.",
    );
    expect(lay.boilerplate).toEqual(["Support the Daily Ledger's journalism of integrity and credibility"]);
  });
  it('reads "(CNN) —" as a dateline without a place', () => {
    const lay = layout('(CNN) — A storm hit the coast on Monday, officials said.');
    expect(lay.dateline).toBe('(CNN)');
    expect(lay.paragraphs.map((p) => p.text)).toEqual(['A storm hit the coast on Monday, officials said.']);
  });
});

describe('bad input', () => {
  it('stays linear on a huge line of furniture-like text', () => {
    const t = performance.now();
    layout(
      `By ${'Jane Doe, '.repeat(100_000)}\n\n${'REUTERS/'.repeat(50_000)}\n\n${'Updated 14:02 '.repeat(50_000)}`,
    );
    expect(performance.now() - t).toBeLessThan(5000);
  });
});

describe('sentences that look like furniture', () => {
  it('keeps sentences that start like a credit, a caption or a sign-off', () => {
    for (const s of [
      'Research by the central bank showed that prices rose 4 percent in March.',
      'Video posted on social media on Sunday showed smoke over the port.',
      'Associated Press reporters saw at least six bodies in the street on Monday.',
      'Copyright lawyers said the ruling would be appealed.',
    ])
      expect(lineKind(s), s).toBe('body');
  });
  it('keeps the story after a sign-off when it is running text, and drops the headlines that follow', () => {
    expect(
      bodyOf(
        'Rain fell again on Tuesday across the province, officials said.\n\nReporting by Ama Owusu; Editing by Tom Hogue\n\nThe river is expected to peak on Thursday, the weather service said in a statement.\n\nFloods close schools in the north',
      ),
    ).toEqual([
      'Rain fell again on Tuesday across the province, officials said.',
      'The river is expected to peak on Thursday, the weather service said in a statement.',
    ]);
  });
});

describe('threads of numbered posts', () => {
  const THREAD = [
    'Harbour Watch @harbourwatch · Sep 14, 2026',
    '1/5 Fire crews were still at the grain terminal in Chornomorsk at dawn after a drone hit it overnight, the port authority said.',
    '2/5 A second drone struck a fuel depot near Izmail at about 02:30 local time on Sunday, injuring two workers.',
    '3/5 The navy says it shot down four more drones over the sea.',
  ].join('\n\n');

  it('drops the post numbers, so they are neither text nor dates', () => {
    const body = bodyOf(THREAD);
    expect(body.some((p) => /^\d\/5/.test(p))).toBe(false);
    expect(body).toContain(
      'A second drone struck a fuel depot near Izmail at about 02:30 local time on Sunday, injuring two workers.',
    );
    const brief = briefArticle({ text: THREAD, origin: 'text' }, { published: '2026-09-14' });
    expect(brief.dates.map((d) => d.text)).not.toContain('1/5');
    expect(brief.dates.some((d) => d.iso?.startsWith('2026-01-05') || d.iso?.startsWith('2026-02-05'))).toBe(
      false,
    );
  });

  it('keeps fractions and dates that do not count posts', () => {
    // one line alone, a sequence that does not start at 1, and counts that skip are not a thread
    expect(bodyOf('3/4 of the delegates voted for the motion on Tuesday.')).toEqual([
      '3/4 of the delegates voted for the motion on Tuesday.',
    ]);
    expect(bodyOf('2/3 of the money is spent.\n\n3/3 of the staff agree.')[0]).toMatch(/^2\/3 /);
    expect(bodyOf('1/8 was the day the strike began.\n\n3/8 was the day it ended.')).toEqual([
      '1/8 was the day the strike began.',
      '3/8 was the day it ended.',
    ]);
  });
});
