/** Incidents as war reporters tell them: one short hand-written text per mechanism (triggers, slots, attribution). */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2025-03-15') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('attribution read from the source of a barrage', () => {
  it('blames the launcher on the speaker set off by commas mid-sentence', () => {
    const list = incidents(
      'Russia attacked Ukraine with 40 drones overnight, the Ukrainian air force said on Saturday, and drones that got through hit a school in the city of Sumy, wounding three people.',
    );
    const hit = list.find((i) => i.subType === 'Air/drone strike');
    expect(hit?.attribution).toMatch(/^blamed on Russia.* by .*air force/i);
  });
  it('blames the launcher when the air force reports what its air defences downed', () => {
    const list = incidents(
      'Russia launched 30 drones at Ukraine overnight into Saturday.\n\nThe air force said in a statement that air defence units had shot down 25 of the drones over the Poltava and Kharkiv regions.',
    );
    const down = list.find((i) => i.subType === 'Disrupted weapons use');
    expect(down?.attribution).toMatch(/^blamed on Russian forces by air force/i);
  });
});

describe('border fire told by the side that was hit', () => {
  it('finds fire on positions as an armed clash, blamed on the other country by the ministry', () => {
    const list = incidents(
      "Georgia's Defence Ministry said on Friday that two of its soldiers had been wounded when Russian forces fired on its positions near the village of Ergneti at about 10 p.m. on Thursday.",
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subType: 'Armed clash', attacker: 'Russian forces', injured: 2 });
    expect(list[0].attribution).toMatch(/^blamed on Russian forces by/);
  });
});

describe('an army telling of its own air strike', () => {
  it('finds "its air force had struck … neutralising" and keeps the army, not a country named in a history paragraph', () => {
    const list = incidents(
      'Fighters attacked a checkpoint near Djibo on Monday, killing four gendarmes, the army said.\n\n' +
        'Two days later, the army said its air force had struck a column of fighters near Arbinda, "neutralising about 15 terrorists."\n\n' +
        'The junta expelled French troops in 2022 and turned to Russia for help.',
    );
    const air = list.find((i) => i.subType === 'Air/drone strike');
    expect(air).toBeDefined();
    expect(air?.place).toBe('Arbinda');
    expect(air?.attacker).not.toMatch(/French/);
    expect(air?.attribution).toMatch(/^claimed/);
  });
});
