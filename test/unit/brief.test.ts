import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const brief = (text: string, published = '2024-03-09') =>
  briefArticle({ text, origin: 'text' }, { published });

describe('briefArticle: people and roles', () => {
  const b = brief(
    [
      'Iraqi Foreign Minister Fouad Hussein met his counterpart in Baghdad on Tuesday.',
      'The Quds Force, once led by Qassem Soleimani and now by his deputy, Esmail Qaani, was not discussed.',
      'Hussein said the talks were useful.',
    ].join('\n\n'),
  );
  it('finds people with normalised roles', () => {
    const hussein = b.people.find((p) => p.name === 'Fouad Hussein');
    expect(hussein?.role).toBe('Iraqi Foreign Minister');
    expect(b.people.find((p) => p.name === 'Esmail Qaani')?.role).toBe('deputy');
  });
  it('links a later surname to the full name instead of adding a person', () => {
    expect(b.people.filter((p) => /Hussein/.test(p.name))).toHaveLength(1);
    expect(b.people.find((p) => p.name === 'Fouad Hussein')?.mentions).toBe(2);
  });
  it('expands abbreviated titles', () => {
    const g = brief('Gen. Maria Lopez, the commander of the southern front, toured the lines.');
    expect(g.people[0]).toMatchObject({
      name: 'Maria Lopez',
      role: 'General, commander of the southern front',
    });
  });
});

describe('briefArticle: organisations and places', () => {
  const b = brief(
    'The IRGC said its Revolutionary Guards were on alert. The Islamic State (ISIS) lost ground near the Ain al-Asad Air Base in Anbar province, Iraq, and in the Persian Gulf.',
  );
  it('merges aliases into one organisation', () => {
    const irgc = b.organizations.filter((o) => o.name === 'Islamic Revolutionary Guard Corps');
    expect(irgc).toHaveLength(1);
    expect(irgc[0].aliases).toEqual(expect.arrayContaining(['IRGC', 'Revolutionary Guards']));
    expect(b.organizations.find((o) => o.name === 'Islamic State')?.aliases).toContain('ISIS');
  });
  it('types places and gives their country, coordinates and time zone', () => {
    const base = b.places.find((p) => p.name === 'Ain al-Asad Air Base');
    expect(base).toMatchObject({ kind: 'facility', country: 'IQ', timezone: 'Asia/Baghdad' });
    expect(base?.lat).toBeCloseTo(33.8, 0);
    expect(b.places.find((p) => p.kind === 'province')?.country).toBe('IQ');
    expect(b.places.find((p) => p.name === 'Iraq')?.kind).toBe('country');
    expect(b.places.find((p) => p.name === 'Persian Gulf')?.kind).toBe('sea');
  });
});

describe('briefArticle: dates', () => {
  it('reads a bare weekday as the most recent past one', () => {
    // 2024-03-09 is a Saturday
    const b = brief('Officials met on Tuesday to discuss the border.');
    expect(b.dates.find((d) => d.text.includes('Tuesday'))).toMatchObject({
      iso: '2024-03-05',
      precision: 'day',
    });
  });
  it('reads a weekday in a sentence that looks ahead as the next one', () => {
    const b = brief('The two men will be arraigned on Monday, prosecutors said.');
    expect(b.dates.find((d) => d.text.includes('Monday'))?.iso).toBe('2024-03-11');
  });
  it('anchors "two days later" to the previous dated event and says so', () => {
    const b = brief(
      'A convoy was hit on March 2, 2024, near the border. Two days later, a second convoy was stopped.',
    );
    const rel = b.dates.find((d) => /later/i.test(d.text));
    expect(rel?.iso).toBe('2024-03-04');
    expect(rel?.resolvedFrom).toMatch(/March 2, 2024/);
  });
  it('merges a time with its day and converts "local time" with the place\'s zone', () => {
    const b = brief('Air defences in Baghdad shot down a drone at 1:46 a.m. Friday local time.');
    expect(b.dates.find((d) => d.precision === 'time')?.iso).toBe('2024-03-08T01:46+03:00');
  });
  it('keeps bare years with year precision', () => {
    const b = brief('The deal was signed in 2015 and abandoned in 2018.');
    expect(b.dates.map((d) => d.iso)).toEqual(['2015', '2018']);
  });
  it('leaves relative dates unresolved when no publication date is known', () => {
    const b = briefArticle({
      text: 'Officials met on Tuesday to discuss the border crossing.',
      origin: 'text',
    });
    expect(b.published).toBeNull();
    expect(b.dates).toHaveLength(0);
    expect(b.unresolvedDates?.join(' ')).toMatch(/Tuesday/);
  });
});

describe('briefArticle: quotes', () => {
  const b = brief(
    [
      'The Iraqi Foreign Ministry said the two sides discussed "ways to strengthen bilateral relations and trade."',
      'Defense Secretary Lloyd Austin spoke on Monday. He said that "we will keep our forces in the region for as long as needed.',
      '"And we will not be deterred by threats from anyone in the region."',
      'Austin called the group part of an "Axis of Resistance" and a "menace."',
    ].join('\n\n'),
  );
  it('attributes quotes to organisations and persons, through pronouns and continuation paragraphs', () => {
    expect(b.quotes[0]).toMatchObject({ speaker: 'Iraqi Foreign Ministry' });
    expect(b.quotes[1].speaker).toBe('Lloyd Austin');
    expect(b.quotes[2]).toMatchObject({ speaker: 'Lloyd Austin' });
    expect(b.quotes[2].text).toMatch(/^And we will not be deterred/);
  });
  it('does not take scare quotes for speech', () => {
    expect(b.quotes.some((q) => /Axis of Resistance|menace/.test(q.text))).toBe(false);
    expect(b.quotes).toHaveLength(3);
  });
  it('attributes "the statement said" to whoever issued the statement', () => {
    const s = brief(
      'In a statement, the U.S.-led coalition said it was investigating. "No injuries were reported," the statement said.',
    );
    expect(s.quotes[0].speaker).toBe('U.S.-led coalition');
  });
});

describe('briefArticle: numbers', () => {
  const b = brief(
    'Roughly 2,500 troops remain. Dozens of rockets were fired at two bases, but no injuries were reported.',
  );
  it('links values to the nouns they count, with approximation and ACLED vague numbers', () => {
    expect(b.numbers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 2500, noun: 'troops', approximate: true }),
        expect.objectContaining({ value: 12, noun: 'rockets', approximate: true }),
        expect.objectContaining({ value: 2, noun: 'bases', approximate: false }),
        expect.objectContaining({ value: 0, noun: 'injuries' }),
      ]),
    );
  });
  it('skips years, times and ordinals', () => {
    const n = brief('On April 7, 2022, at 1:09 a.m., the 2nd Platoon moved.');
    expect(n.numbers).toHaveLength(0);
  });
});

describe('briefArticle: incidents', () => {
  it('extracts an incident with place, day, blame and casualties spread over paragraphs', () => {
    const b = brief(
      [
        'Rockets struck a police station in Kirkuk, Iraq, on Thursday, killing three officers and wounding five others.',
        'Police said the attack also damaged two vehicles.',
        'Local officials blamed Islamic State militants for the attack.',
      ].join('\n\n'),
    );
    const i = b.incidents.find((x) => !x.background);
    expect(i).toMatchObject({
      type: 'Explosions/Remote violence',
      subType: 'Shelling/artillery/missile attack',
      place: 'Kirkuk',
      country: 'IQ',
      date: '2024-03-07',
      killed: 3,
      injured: 5,
      background: false,
    });
    expect(i?.attribution).toMatch(/^blamed on .*Islamic State/);
    expect(i?.damage).toMatch(/two vehicles/);
  });
  it('records "not ascribed" with its negation, and "none reported" casualties', () => {
    const b = brief(
      'Air defences shot down two drones near Erbil International Airport early on Friday.\n\nThe statement said no injuries or damage were reported. The coalition did not ascribe blame for the incident.',
    );
    const i = b.incidents[0];
    expect(i.subType).toBe('Disrupted weapons use');
    expect(i.injured).toBe(0);
    expect(i.damage).toBe('none reported');
    expect(i.attribution).toMatch(/not ascribed/);
  });
  it('flags a past event mentioned in passing as background', () => {
    const b = brief(
      'Tensions rose after the killing of a senior commander in a drone strike at Baghdad International Airport on January 3, 2020.',
    );
    expect(b.incidents).toHaveLength(1);
    expect(b.incidents[0].background).toBe(true);
  });
  it('finds no incident in an article that reports none', () => {
    const b = brief(
      [
        'The mayor attacked the plan to raise bus fares, calling it a warning shot to commuters.',
        'Her rivals blamed the loss on low turnout, and the council struck a deal with the unions on Tuesday.',
        'Similar attacks on the budget have been blamed on the opposition for years.',
      ].join('\n\n'),
    );
    expect(b.incidents).toHaveLength(0);
  });
});

describe('briefArticle: layout and summary', () => {
  it('keeps captions, credits and keyword lines out of the facts', () => {
    const b = brief(
      [
        'Officials in Damascus said the talks would resume next month after a pause of several weeks.',
        'Syria, talks, Damascus, flags\nA man walks past flags in Damascus on January 3, 2022. JOHN DOE/AFP/Getty Images',
        'The foreign ministry gave no further details about the agenda.',
      ].join('\n\n'),
    );
    expect(b.captions).toHaveLength(2);
    expect(b.dates.some((d) => d.iso.startsWith('2022-01-03'))).toBe(false);
    expect(b.people).toHaveLength(0);
  });
  it('uses the title as headline, else the compressed lead, and gives 2–3 summary sentences', () => {
    const text = Array.from(
      { length: 8 },
      (_, i) =>
        `Paragraph ${i + 1} says that officials in Iraq met on Tuesday to discuss item number ${i + 1} of the agenda.`,
    ).join('\n\n');
    expect(briefArticle({ text, title: 'Talks resume', origin: 'text' }).headline).toBe('Talks resume');
    const b = brief(text);
    expect(b.headline.length).toBeLessThanOrEqual(112);
    expect(b.summary.length).toBeGreaterThanOrEqual(2);
    expect(b.summary.length).toBeLessThanOrEqual(3);
  });
  it('does not repeat a heading line in the summary, and prefers current facts to a past attack recalled', () => {
    const b = briefArticle({
      text: [
        'Rebels shell river port as ceasefire collapses',
        'Rebel artillery struck the river port of Lowland Bay on Monday, killing four dock workers and wounding 11, the regional governor said.',
        'The shells hit a grain warehouse and two cranes at about 6 a.m., setting a fuel store on fire, port officials said on Monday.',
        'In March 2019, rebels killed 30 people in a raid on the same port, burning 200 homes and the old market.',
        'The governor said on Monday that the port would reopen within a week.',
        'Talks between the two sides had been due to resume this month in the capital.',
        'Traders said grain prices in the region had already risen by a fifth since the ceasefire began.',
      ].join('\n\n'),
      published: '2026-05-12',
      origin: 'text',
    });
    expect(b.headline).toBe('Rebels shell river port as ceasefire collapses');
    expect(b.summary[0]).toMatch(/^Rebel artillery struck/);
    expect(b.summary.join(' ')).not.toMatch(/ceasefire collapses|March 2019/);
  });
  it('says when a long text came as one line (its paragraphs lost), and only then', () => {
    const para =
      'Rebel artillery struck the river port of Lowland Bay on Monday, killing four dock workers, the governor said.';
    const oneLine = Array.from({ length: 20 }, () => para).join(' ');
    expect(brief(oneLine).notes?.join(' ')).toMatch(/came as one line/);
    expect(brief(oneLine.replaceAll('said. ', 'said.\n\n')).notes?.join(' ') ?? '').not.toMatch(
      /came as one line/,
    );
    expect(brief(para).notes?.join(' ') ?? '').not.toMatch(/came as one line/);
  });
  it('guesses the publication date from the latest full date and says so', () => {
    const b = briefArticle({
      text: 'The attack happened on March 3, 2024, and officials met again on March 5, 2024, on a Tuesday.',
      origin: 'text',
    });
    expect(b.published).toBe('2024-03-05');
    expect(b.publishedSource).toBe('inferred');
    expect(b.notes?.join(' ')).toMatch(/guess/);
  });
  it('resolves relative dates against the day an article was shared when its latest date is older', () => {
    const text =
      'Two drones hit a fuel depot near Erbil on Thursday, officials said. The depot was built in June 2019 and was last attacked on March 5, 2024.';
    const shared = briefArticle({ text, origin: 'message', posted: '2026-11-29T10:00:00.000Z' });
    expect(shared.published).toBe('2026-11-29');
    expect(shared.publishedSource).toBe('posted');
    expect(shared.notes.join(' ')).toMatch(/the day it was shared/);
    expect(shared.dates.find((d) => d.text.includes('Thursday'))?.iso).toBe('2026-11-26');
    // A full date a few days before the sharing day is the better guess; a given date always wins.
    const recent = briefArticle({
      text: `${text} Talks resumed on November 27, 2026.`,
      origin: 'message',
      posted: '2026-11-29',
    });
    expect([recent.published, recent.publishedSource]).toEqual(['2026-11-27', 'inferred']);
    const given = briefArticle(
      { text, origin: 'message', posted: '2026-11-29' },
      { published: '2024-03-08' },
    );
    expect([given.published, given.publishedSource]).toEqual(['2024-03-08', 'option']);
  });
});
