import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { layout } from '../../src/lib/extract/layout.ts';
import { isOneLine, unflatten } from '../../src/lib/extract/unflatten.ts';

/** The text as a slash-command option delivers it: every line break one space. */
const flat = (t: string) => t.replace(/\s*\n\s*/g, ' ').trim();
/** The lines of a restored text. */
const lines = (t: string) => t.split(/\n+/).map((l) => l.trim());
/** Only white space may change. */
const sameWords = (a: string, b: string) => expect(a.split(/\s+/)).toEqual(b.split(/\s+/));

const BODY = [
  'Gunmen on motorbikes attacked a police post in the town of Karvela on Tuesday night, killing four officers and wounding two others, the provincial police chief said.',
  'The attack began at about 10:30 p.m. local time when around 20 fighters opened fire on the post from two sides, police spokesman Omar Dalan told reporters on Wednesday.',
  '"They came from the river road and they knew exactly where the guards stood. We lost four brave men," Dalan said.',
  'No group has claimed the attack. Local officials blamed the Eastern Front militia, which has attacked security forces in the area several times this year.',
  'Residents said the shooting lasted more than an hour and that several houses near the post were damaged.',
  '"The children were screaming the whole time. Nobody slept," said Mira Tolvan, a teacher who lives nearby.',
  'The regional governor, Pavel Anders, ordered an inquiry and said reinforcements had been sent to Karvela from the provincial capital.',
  'Police said two suspects were arrested on Wednesday morning at a checkpoint about 15 kilometres north of the town.',
  'Karvela, a market town of about 30,000 people, lies on the main road between the provincial capital and the border, and its police post guards the only bridge over the river.',
  'Shops in the town stayed closed on Wednesday, and the local council cancelled a weekly market that draws traders from the surrounding villages.',
  'The Eastern Front did not respond to a request for comment sent through an intermediary.',
];
const ARTICLE = [
  'Gunmen kill four police officers in attack on Karvela post',
  'By Lena Hartmann and Jonas Weber',
  'Published 12 March 2025',
  ...BODY,
  '(Reporting by Lena Hartmann; Editing by Tom Ryder)',
].join('\n\n');

describe('unflatten', () => {
  it('leaves a text with line breaks, and a short line, untouched', () => {
    expect(isOneLine(ARTICLE)).toBe(false);
    expect(unflatten(ARTICLE)).toBe(ARTICLE);
    const short = 'Gunmen attacked a police post on Tuesday. Four officers were killed.';
    expect(unflatten(short)).toBe(short);
  });

  it('restores headline, byline, stamp, paragraphs and the reporting footer, changing only white space', () => {
    const one = flat(ARTICLE);
    expect(isOneLine(one)).toBe(true);
    const out = unflatten(one);
    sameWords(out, one);
    const ls = lines(out);
    expect(ls[0]).toBe('Gunmen kill four police officers in attack on Karvela post');
    expect(ls[1]).toBe('By Lena Hartmann and Jonas Weber');
    expect(ls[2]).toBe('Published 12 March 2025');
    expect(ls[3].startsWith(BODY[0])).toBe(true);
    expect(ls[ls.length - 1]).toBe('(Reporting by Lena Hartmann; Editing by Tom Ryder)');
    // a quotation over two sentences stays one paragraph, and opens one
    expect(ls.some((l) => l.startsWith(BODY[2]))).toBe(true);
    expect(ls.some((l) => l.startsWith(BODY[5]))).toBe(true);
    // a short paragraph takes the next sentence, unless that one opens a quotation
    expect(ls).toContain(`${BODY[0]} ${BODY[1]}`);
    // the layout step sets the furniture apart as it does for the original
    const lay = layout(out);
    expect(lay.byline).toBe('By Lena Hartmann and Jonas Weber');
    expect(lay.stamps).toEqual(['Published 12 March 2025']);
    expect(lay.boilerplate.some((b) => b.startsWith('(Reporting by'))).toBe(true);
  });

  it('ends the headline at a wire dateline and keeps the dateline on the first paragraph', () => {
    const text = flat(
      [
        'Floods cut roads to northern villages as river bursts its banks',
        `MARLOW, Veland, June 3 (Reuters) - ${BODY[0]}`,
        ...BODY.slice(1),
      ].join('\n\n'),
    );
    const out = unflatten(text);
    sameWords(out, text);
    const ls = lines(out);
    expect(ls[0]).toBe('Floods cut roads to northern villages as river bursts its banks');
    expect(ls[1].startsWith('MARLOW, Veland, June 3 (Reuters) - Gunmen on motorbikes')).toBe(true);
    expect(layout(out).dateline).toBe('MARLOW, Veland, June 3 (Reuters)');
  });

  it('ends a headline without a byline where running text starts', () => {
    const text = flat(['Four police officers killed in night attack on Karvela post', ...BODY].join('\n\n'));
    const ls = lines(unflatten(text));
    expect(ls[0]).toBe('Four police officers killed in night attack on Karvela post');
    expect(ls[1].startsWith(BODY[0])).toBe(true);
  });

  it('a quotation continued over paragraphs: each new opening quote starts a paragraph, the quote is not cut', () => {
    const text = flat(
      [
        'Aid convoy reaches besieged town after weeks of talks',
        ...BODY.slice(0, 2),
        '"We drove through the night and the road was worse than anyone told us. Some of the bridges were gone.',
        '"When we arrived, people were waiting in the square. They had not seen bread for two weeks," the convoy leader, Ana Brel, said.',
        ...BODY.slice(2),
      ].join('\n\n'),
    );
    const ls = lines(unflatten(text));
    expect(ls).toContain(
      '"We drove through the night and the road was worse than anyone told us. Some of the bridges were gone.',
    );
    expect(ls).toContain(
      '"When we arrived, people were waiting in the square. They had not seen bread for two weeks," the convoy leader, Ana Brel, said.',
    );
  });

  it('sets captions with credits, "Read more" links and advertising apart', () => {
    const text = flat(
      [
        'Gunmen kill four police officers in attack on Karvela post',
        ...BODY.slice(0, 3),
        'Karvela, police, attack, river, post',
        'A police officer stands guard outside the damaged post in Karvela on Wednesday. JOHN SMITH/AFP via Getty Images',
        'Read more: Why the river towns of the east have become a battleground',
        ...BODY.slice(3, 5),
        'Advertisement',
        ...BODY.slice(5),
      ].join('\n\n'),
    );
    const out = unflatten(text);
    sameWords(out, text);
    const ls = lines(out);
    expect(ls).toContain(
      'A police officer stands guard outside the damaged post in Karvela on Wednesday. JOHN SMITH/AFP via Getty Images',
    );
    expect(ls).toContain('Read more: Why the river towns of the east have become a battleground');
    expect(ls).toContain('Advertisement');
    expect(ls).toContain('Karvela, police, attack, river, post');
    const lay = layout(out);
    expect(lay.captions).toContain('Karvela, police, attack, river, post');
    expect(lay.captions.some((c) => c.includes('JOHN SMITH/AFP'))).toBe(true);
    expect(lay.boilerplate).toContain('Advertisement');
    expect(lay.paragraphs.some((p) => /Read more|Getty/.test(p.text))).toBe(false);
  });

  it('sets links to other stories apart wherever they stand, even after a line without a full stop', () => {
    const text = flat(
      [
        'Appeals court cuts sentence of former mayor in land fraud case',
        'By Miriam Otieno',
        'Published 12 November 2026',
        'The Court of Appeal in Nakuru on Tuesday reduced the prison sentence of former mayor Peter Kiprono from nine years to six, saying the trial judge had given too little weight to the money he had repaid.',
        'Kiprono was convicted last year of conspiring with two land officials to sell 40 acres of public land to a private developer and keeping the proceeds.',
        'Former mayor Peter Kiprono outside the court on Tuesday',
        'Read more: Police fire tear gas at traders protesting over market fees in Nakuru',
        'His lawyer, Jane Wambui, said her client would not appeal further and hoped to be released on parole within two years.',
        'ALSO READ | Police arrest 12 after fans clash outside stadium',
        'Related stories - Troops clash with rebels near gas field - Drone strike hits fuel depot',
        'The prosecution said it was studying the judgment. The two land officials are serving eight-year terms.',
        "Subscribe to our newsletter for the day's top stories.",
        'RELATED CONTENT',
        'Rebels attack army post near the border',
        'Tags: Courts, Corruption, Nakuru, Land',
      ].join('\n\n'),
    );
    const out = unflatten(text);
    sameWords(out, text);
    const ls = lines(out);
    expect(ls).toContain('Read more: Police fire tear gas at traders protesting over market fees in Nakuru');
    expect(ls).toContain('ALSO READ | Police arrest 12 after fans clash outside stadium');
    expect(ls).toContain(
      'Related stories - Troops clash with rebels near gas field - Drone strike hits fuel depot',
    );
    expect(ls).toContain("Subscribe to our newsletter for the day's top stories.");
    expect(ls).toContain('RELATED CONTENT');
    expect(ls).toContain('Tags: Courts, Corruption, Nakuru, Land');
    expect(ls.some((l) => l.startsWith('His lawyer, Jane Wambui'))).toBe(true);
    const lay = layout(out);
    expect(lay.paragraphs.some((p) => /Read more|ALSO READ|Related|Tags:|Subscribe/.test(p.text))).toBe(
      false,
    );
    // the court report tells of no incident: the linked stories' headlines are not its news
    const b = briefArticle({ text, origin: 'text' }, { published: '2026-11-12' });
    expect(b.incidents).toEqual([]);
  });

  it('sets a caption apart by its label or by the bracketed credit after it, wherever it stands', () => {
    const text = flat(
      [
        'Gunmen kill four police officers in attack on Karvela post',
        ...BODY.slice(0, 2),
        'Photo: Smoke rises over the market district of Karvela on Monday morning. AFP',
        ...BODY.slice(2, 4),
        '[Image: A police officer fires a tear gas shell at protesters near the bridge. — Photo by Jane Doe / Online]',
        ...BODY.slice(4, 6),
        'Caption: Finance Minister Paul Dorn presents the budget in the assembly on Thursday. (Supplied)',
        'Rescuers search the wreckage of a workshop in Karvela on Wednesday. (Photo: Regional Administration)',
        ...BODY.slice(6),
      ].join(' '),
    );
    const out = unflatten(text);
    sameWords(out, text);
    const ls = lines(out);
    expect(ls).toContain('Photo: Smoke rises over the market district of Karvela on Monday morning. AFP');
    expect(ls).toContain(
      '[Image: A police officer fires a tear gas shell at protesters near the bridge. — Photo by Jane Doe / Online]',
    );
    expect(ls).toContain(
      'Caption: Finance Minister Paul Dorn presents the budget in the assembly on Thursday. (Supplied)',
    );
    expect(ls).toContain(
      'Rescuers search the wreckage of a workshop in Karvela on Wednesday. (Photo: Regional Administration)',
    );
    expect(ls.some((l) => l.startsWith(BODY[2]))).toBe(true);
    expect(ls.some((l) => l.startsWith(BODY[6]))).toBe(true);
    const lay = layout(out);
    expect(
      lay.paragraphs.some((p) =>
        /Smoke rises|tear gas shell|presents the budget|Rescuers search/.test(p.text),
      ),
    ).toBe(false);
  });

  it('sets section headings in capitals, live-page clock stamps and a byline before a list label on lines of their own', () => {
    const text = flat(
      [
        'Fuel, fear and a market massacre: the month in Mali, Burkina Faso and Niger',
        'Published 2 November 2026 · 7 min read',
        'By Jane Doe, West Africa correspondent',
        'Every month we gather the main security developments from the three states. Figures come from official communiqués; they rarely agree.',
        'MALI',
        BODY[0],
        'BURKINA FASO',
        `${BODY[1]} ${BODY[3]}`,
        'NATO Secretary General Mark Rutte said the alliance would send observers. UN peacekeepers said the road was open.',
        ...BODY.slice(6),
      ].join('\n\n'),
    );
    const out = unflatten(text);
    sameWords(out, text);
    const ls = lines(out);
    expect(ls[0]).toBe('Fuel, fear and a market massacre: the month in Mali, Burkina Faso and Niger');
    expect(ls[1]).toBe('Published 2 November 2026 ·');
    expect(ls[2]).toBe('7 min read');
    expect(ls).toContain('MALI');
    expect(ls).toContain('BURKINA FASO');
    expect(ls.some((l) => l.startsWith(BODY[0]))).toBe(true);
    // an acronym that opens a sentence is not a heading
    expect(ls).not.toContain('NATO');
    expect(ls).not.toContain('UN');

    const live = flat(
      [
        'Kharkiv counts damage after night of drones – as it happened',
        'Updated Thursday 19 March 2026, 18:40 EET',
        'By Olena Marchuk in Kyiv and Tom Whitcombe',
        'Key events - Overnight drone attack on the city - Air force says 71 of 88 drones downed',
        '18:40 EET We are closing this blog for today. Thank you for following along.',
        `17:55 EET ${BODY[0]} The rescuers worked until 10:15 GMT Monday to clear the rubble.`,
        `16:20 EET ${BODY[4]} ${BODY[7]}`,
      ].join(' '),
    );
    const lo = lines(unflatten(live));
    expect(lo).toContain('By Olena Marchuk in Kyiv and Tom Whitcombe');
    expect(lo).toContain('18:40 EET');
    expect(lo).toContain('17:55 EET');
    expect(lo).toContain('16:20 EET');
    expect(lo.some((l) => l.startsWith(BODY[0]))).toBe(true);
    // a time inside a sentence ("until 10:15 GMT Monday") is not an entry's stamp
    expect(lo).not.toContain('10:15 GMT');
  });

  it('sets head lines labelled "Date" and "Author" apart from the lead', () => {
    const text = flat(
      [
        'Mediators table 30-day energy truce plan',
        'A joint proposal would halt strikes on power plants. Both sides say they will study it.',
        'Date 27.10.2026',
        'Author Jonas Albrecht (with Reuters, AFP)',
        ...BODY,
      ].join('\n\n'),
    );
    const ls = lines(unflatten(text));
    expect(ls).toContain('Date 27.10.2026');
    expect(ls).toContain('Author Jonas Albrecht (with Reuters, AFP)');
    expect(ls.some((l) => l.startsWith(BODY[0]))).toBe(true);
  });

  it('a sentence that moves to another place or day opens a paragraph', () => {
    const lead =
      'Less than 24 hours later, on Wednesday afternoon, soldiers patrolling a dirt road near the town of Navolato, about 30 kilometers west of the city, came under fire from a group of armed men, the ministry said in a statement.';
    const text = flat(
      [
        'Gunmen kill six at birthday party; soldiers kill four in firefight',
        'By Jane Doe',
        BODY[0],
        'Police have said he took his own life; his family says he was beaten.',
        'In Nairobi, about 200 teachers held a candlelit vigil outside the union headquarters on Monday evening.',
        `${lead} Four attackers were killed and one soldier was wounded in the ensuing gunfight, the ministry said.`,
        ...BODY.slice(6),
      ].join('\n\n'),
    );
    const ls = lines(unflatten(text));
    expect(ls.some((l) => l.startsWith('In Nairobi, about 200 teachers'))).toBe(true);
    expect(ls.some((l) => l.startsWith(lead))).toBe(true);
  });

  it('a one-line article reads like the original: same incident, same quotes', () => {
    const orig = briefArticle({ text: ARTICLE, origin: 'text' }, { published: '2025-03-12' });
    const one = briefArticle({ text: flat(ARTICLE), origin: 'text' }, { published: '2025-03-12' });
    // the day (the local time may be lost when paragraphs are grouped differently)
    const key = (i: (typeof orig.incidents)[number]) => [i.subType, i.place, i.date?.slice(0, 10), i.killed];
    expect(one.incidents.map(key)).toEqual(orig.incidents.map(key));
    expect(one.quotes).toEqual(orig.quotes);
    expect(one.people.map((p) => p.name)).toEqual(orig.people.map((p) => p.name));
    expect(orig.incidents.length).toBeGreaterThan(0);
  });

  it('unbalanced quotes: no paragraph lost, words kept', () => {
    const text = flat(
      [
        'Talks stall over border crossing',
        'The minister said the talks would "continue next week. Officials from both sides met for six hours on Monday.',
        ...BODY,
        'He added: "We are not done.',
      ].join(' '),
    );
    const out = unflatten(text);
    sameWords(out, text);
    expect(out.split('\n\n').length).toBeGreaterThan(1);
  });

  it('a text with no sentence ends: words kept, no crash', () => {
    const text = 'police said the road was closed and the bridge was down '.repeat(60).trim();
    expect(text.length).toBeGreaterThan(1500);
    expect(isOneLine(text)).toBe(true);
    const out = unflatten(text);
    sameWords(out, text);
  });

  it('a non-English one-line text: words kept, and the brief still says it reads English only', () => {
    const de =
      'Die Regierung hat am Dienstag neue Maßnahmen beschlossen. Der Minister sagte, die Lage sei ernst und man werde handeln. '.repeat(
        20,
      );
    const out = unflatten(de.trim());
    sameWords(out, de.trim());
    const b = briefArticle({ text: de, origin: 'text' }, { published: '2025-03-12' });
    expect(b.people).toEqual([]);
    expect(b.notes.join(' ')).toMatch(/English/);
  });

  it('a 1 MB one-line text: restored in linear time, every word kept', () => {
    const text = flat(ARTICLE).repeat(Math.ceil(1_000_000 / ARTICLE.length));
    const t = performance.now();
    const out = unflatten(text);
    expect(performance.now() - t).toBeLessThan(60_000); // only catches hangs
    expect(out.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    expect(out.split('\n\n').length).toBeGreaterThan(1000);
  }, 120_000);
});
