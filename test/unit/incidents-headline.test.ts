/**
 * A headline pasted alone, in a headline's present tense, is read as the report it stands for: the act, the place,
 * the casualties, and the day (the publication day when one is given, flagged as such and said so in the summary). A
 * line that tells no act of violence yields none. Headlines here are invented and worded unlike the articles the engine was tuned on.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lib/analyze.ts';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { pastTenseHeadline } from '../../src/lib/extract/incidents/headline.ts';

const PUB = '2026-11-20';
const incidents = (text: string, published: string | null = PUB) =>
  briefArticle({ text, origin: 'text' }, published ? { published } : {}).incidents;

describe('the past-tense sentence a headline stands for', () => {
  it('puts the verb of each clause in the past, not the nouns around it', () => {
    expect(pastTenseHeadline('Raiders torch granary outside Velmoor')).toBe(
      'Raiders torched granary outside Velmoor.',
    );
    expect(pastTenseHeadline('Rocket strike hits depot in Ostravel, mayor says')).toBe(
      'Rocket strike hit depot in Ostravel, mayor says.',
    );
    expect(pastTenseHeadline('Rebel strikes kill four in Dunmere')).toBe(
      'Rebel strikes killed four in Dunmere.',
    );
    expect(pastTenseHeadline('Car bomber attacks barracks in Tessa, kills 11')).toBe(
      'Car bomber attacked barracks in Tessa, killed 11.',
    );
    expect(pastTenseHeadline('Insurgents Storm Outpost In Karrow Valley')).toBe(
      'Insurgents Stormed Outpost In Karrow Valley.',
    );
  });
  it('gives a passive headline its auxiliary back', () => {
    expect(pastTenseHeadline('Three guards shot dead at Lorvik mine')).toBe(
      'Three guards were shot dead at Lorvik mine.',
    );
    expect(pastTenseHeadline('Ferry clerk gunned down outside Tarsk terminal')).toBe(
      'Ferry clerk was gunned down outside Tarsk terminal.',
    );
  });
  it('leaves a line with no act of violence, or a past-tense sentence, as it is', () => {
    expect(pastTenseHeadline('Prices rise as talks stall')).toBeNull();
    expect(pastTenseHeadline('Ferry timetable changes from Monday')).toBeNull();
    expect(pastTenseHeadline('Gunmen killed six herders near Tarsa.')).toBeNull();
  });
});

describe('a headline pasted alone', () => {
  it('yields the act, the place and the casualties, on the publication day flagged as such', () => {
    const [i, ...rest] = incidents('Gunmen kill seven police officers near Sarwan checkpoint in Pakistan');
    expect(rest).toEqual([]);
    expect(i).toMatchObject({
      type: 'Battles',
      subType: 'Armed clash',
      killed: 7,
      date: PUB,
      dateFromPublication: true,
      background: false,
    });
    expect(i.evidence).toBe('Gunmen kill seven police officers near Sarwan checkpoint in Pakistan');
    expect(i.summary).toMatch(/publication day/);
  });
  it('reads a strike told by its weapon and a raid on a post', () => {
    const [strike] = incidents('Drone strike hits oil depot in Belgorod region, governor says');
    expect(strike).toMatchObject({ subType: 'Air/drone strike', place: 'Belgorod', date: PUB });
    const [raid] = incidents("Militants storm army post in Mali's Mopti");
    expect(raid).toMatchObject({ type: 'Battles', place: 'Mopti' });
  });
  it('keeps the day the headline gives', () => {
    const [i] = incidents('Gunmen kill seven police officers near Quetta on Tuesday');
    expect(i.date).toBe('2026-11-17');
    expect(i.dateFromPublication).toBeUndefined();
    expect(i.summary).not.toMatch(/publication day/);
  });
  it('leaves the day unknown when no publication day is given', () => {
    const [i] = incidents('Bandits abduct 14 farmers in Zamfara', null);
    expect(i).toMatchObject({ subType: 'Abduction/forced disappearance', place: 'Zamfara', date: null });
  });
  it('yields none for a one-line headline of other news', () => {
    for (const line of [
      'Prices rise as talks stall',
      'Lawmakers attack pension plan',
      'Shares hit record high as bond yields fall',
      'Heatwave kills 40 in southern province',
      'Striker fires Lorvik to cup win',
    ])
      expect(incidents(line), line).toEqual([]);
  });
  it('reads a one-line past-tense sentence as before, with no day added', () => {
    const [i] = incidents('Rockets struck a police station in Kirkuk.');
    expect(i.date).toBeNull();
  });
  it('works through analyze', () => {
    const a = analyze({ text: 'Troops retake Palma from insurgents', origin: 'text' }, { published: PUB });
    expect(a.brief.incidents.map((i) => [i.subType, i.place])).toEqual([
      ['Government regains territory', 'Palma'],
    ]);
  });
});

const root = join(import.meta.dirname, '..', '..');
describe('newsdesk brief on a headline (child process)', () => {
  it('prints the incident of a headline read from standard input, and none for other news', () => {
    const run = (input: string) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', join(root, 'src/cli.ts'), 'brief', '--json', '--published', PUB],
        { cwd: root, input, encoding: 'utf8', timeout: 60_000 },
      );
    const hit = run('Gunmen kill nine police officers near Bannu checkpoint\n');
    expect(hit.status).toBe(0);
    const [i] = JSON.parse(hit.stdout).incidents;
    expect(i).toMatchObject({
      subType: 'Armed clash',
      place: 'Bannu',
      killed: 9,
      date: PUB,
      dateFromPublication: true,
    });
    const readable = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli.ts'), 'brief', '--published', PUB],
      {
        cwd: root,
        input: 'Gunmen kill nine police officers near Bannu checkpoint\n',
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(readable.stdout).toContain(`when: ${PUB} (the publication day: the text gives none)`);
    const other = run('Prices rise as talks stall\n');
    expect(JSON.parse(other.stdout).incidents).toEqual([]);
  }, 90_000);
});
