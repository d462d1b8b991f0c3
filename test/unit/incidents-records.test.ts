/**
 * One record per event, its slots completed from what later paragraphs tell of it: a claim told further down, after
 * other events, quotes and background, goes to the event it can be about. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const current = (text: string, published = '2025-06-11') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('a claim told in a paragraph of its own, further down', () => {
  it('names the group that says its fighters attacked as the doer of the attack told before', () => {
    const list = current(
      'Gunmen killed nine miners at a gold pit near Kidal on Tuesday night, a local official said.\n\n' +
        '"They came on motorbikes and fired at everyone who ran," said a miner who hid in a shaft.\n\n' +
        'Two other miners were wounded and taken to a clinic in the town.\n\n' +
        'The Azawad Liberation Front, which broke away from a larger coalition last year, said in a message to reporters that its fighters had attacked "traitors working for the occupiers".',
    );
    expect(list).toHaveLength(1);
    expect(list[0].attribution).toMatch(/^claimed by Azawad Liberation Front/);
    expect(list[0].attacker).toMatch(/Azawad Liberation Front/);
  });
  it('gives a claim whose claimant was not named the name the group gives itself later', () => {
    const list = current(
      'A one-way attack drone slammed into a hangar at Qayyarah air base in northern Iraq on Monday night, Iraqi officials said. An alliance of militias claimed responsibility on Telegram.\n\n' +
        'The U.S. military said in a statement on Tuesday that the drone damaged the roof of the hangar and that nobody was hurt.\n\n' +
        'The Islamic Resistance in Iraq posted a video on its channel. In the statement that came with it, the group said it had targeted "the base of the occupiers".',
    );
    const strike = list.find((i) => i.subType === 'Air/drone strike');
    expect(strike?.attribution).toMatch(/^claimed by Islamic Resistance in Iraq/);
    expect(strike?.attacker).toMatch(/Islamic Resistance in Iraq/);
  });
  it('gives a claimed capture of a town to the takeover of that town, not to a strike told after it elsewhere', () => {
    const list = current(
      'Fighters from an armed group have taken control of Djibo, a town in northern Burkina Faso, after overrunning army positions on Saturday, residents said.\n\n' +
        'Two days later, a drone strike on a market in the village of Arbinda killed 11 people, according to a local official.\n\n' +
        'The Group for the Support of Islam and Muslims (JNIM) claimed the capture of Djibo in a statement, saying its fighters had "freed" the town.',
    );
    const taken = list.find((i) => /territory/.test(i.subType));
    expect(taken?.attribution).toMatch(/^claimed by Group for the Support of Islam and Muslims/);
    expect(taken?.attacker).toMatch(/Group for the Support of Islam and Muslims/);
    const strike = list.find((i) => i.subType === 'Air/drone strike');
    expect(strike?.attribution).toBe('not ascribed');
  });
  it('gives a claim naming a spot the map does not know to the attack told before an interception', () => {
    const list = current(
      'A drone and three rockets were fired at a base housing foreign troops near Deir ez-Zor late on Tuesday, the coalition said.\n\n' +
        "One drone was shot down by the base's air defences. The other struck near a barracks, wounding two soldiers, the coalition said.\n\n" +
        'The Islamic Resistance in Iraq claimed the attack on its Telegram channel, saying its fighters had struck "the enemy base at the Omar field".',
      '2025-06-12',
    );
    const strike = list.find((i) => i.subType === 'Air/drone strike');
    expect(strike?.attribution).toMatch(/^claimed by Islamic Resistance in Iraq/);
    expect(strike?.attacker).toBe('Islamic Resistance in Iraq');
  });
  it('keeps a force’s word that it shot a drone down from claiming a strike told before it', () => {
    const list = current(
      'Two drones hit a fuel depot near the town of Makhmur on Wednesday night, wounding two guards, local officials said.\n\n' +
        'Firefighters put out the blaze by morning, the officials said.\n\n' +
        "Hours earlier, the Kurdistan region's Counter-Terrorism Directorate said it had shot down a drone approaching the airport in Sulaymaniyah.",
      '2025-06-12',
    );
    const strike = list.find((i) => i.subType === 'Air/drone strike');
    expect(strike).toBeDefined();
    expect(strike?.attribution).toBe('not ascribed');
    expect(strike?.attacker).toBe('unknown');
  });
  it('reads a claim made "on Telegram early on Monday" by a group calling itself by a name', () => {
    const list = current(
      'Drones struck a logistics base used by foreign troops near Mosul late on Sunday, wounding three contractors, Iraqi officials said.\n\n' +
        'A third drone was shot down before it reached the base, the officials said.\n\n' +
        'A faction calling itself Ashab al-Kahf, a little-known armed group, said on Telegram early on Monday that its fighters had targeted "the invaders\' warehouses" at the base.',
      '2025-06-12',
    );
    const strike = list.find((i) => i.subType === 'Air/drone strike');
    expect(strike?.attribution).toMatch(/^claimed by Ashab al-Kahf/);
    expect(strike?.attacker).toBe('Ashab al-Kahf');
  });
  it('keeps a group’s word that it struck back from becoming a claim of the strike it answers', () => {
    const list = current(
      'A drone strike hit a wedding party in the village of Tinzaouaten on Sunday, killing 12 people, residents said.\n\n' +
        '"We buried them before sunset," said a relative of two of the dead.\n\n' +
        'The Azawad Liberation Front said its fighters had attacked soldiers guarding the airport in retaliation for the strike.',
    );
    const strike = list.find((i) => i.subType === 'Air/drone strike');
    expect(strike).toBeDefined();
    expect(strike?.attribution).not.toMatch(/Azawad/);
    expect(strike?.attacker).not.toMatch(/Azawad/);
  });
  it('keeps a group’s history of claims from claiming the event told now', () => {
    const list = current(
      'Gunmen killed six farmers in the village of Kadama near Gao on Thursday, the mayor said.\n\n' +
        'The Macina Liberation Front, which has claimed dozens of attacks in the region since 2019, said in a statement that its fighters had targeted army posts across the centre of the country.',
    );
    expect(list.find((i) => i.attribution.includes('Macina'))).toBeUndefined();
  });
});

describe('a live page and its summary list', () => {
  it('keeps two items of a list apart, though the second place is one the map does not know', () => {
    const list = current(
      'Ukraine war live: drones hit Kharkiv; drone strikes minibus near Prudianka\n\n' +
        'Key events\n\n' +
        '- Russian drones struck an industrial area of Kharkiv on Monday evening, killing four people, the regional governor said.\n\n' +
        '- Three people were injured when a Russian drone hit a minibus near Prudianka, north of the city.',
      '2025-06-10',
    );
    expect(list.map((i) => i.place).sort()).toEqual(['Kharkiv', 'Prudianka']);
  });
  it('keeps a record at its place when a later sentence names it beside the place of an event already told there', () => {
    const list = current(
      'Ukraine war live: drones hit Kharkiv; drone strikes minibus near Prudianka\n\n' +
        'Key events\n\n' +
        '- Russian drones struck an industrial area of Kharkiv on Monday evening, killing four people, the regional governor said.\n\n' +
        '- Three people were injured when a Russian drone hit a minibus near Prudianka, north of the city.\n\n' +
        'A Russian drone struck the minibus on the road between Prudianka and Kharkiv at about 7.15pm on Monday, the regional administration said.',
      '2025-06-10',
    );
    expect(list.map((i) => i.place).sort()).toEqual(['Kharkiv', 'Prudianka']);
    expect(list.find((i) => i.place === 'Prudianka')?.date).toMatch(/^2025-06-09T19:15/);
  });
  it('ends the account of an event at the next entry of a live page', () => {
    const list = current(
      'Ukraine war live: drone hits minibus near Prudianka; Kherson toll rises\n\n' +
        'Tue 10 Jun 2025 18:02 GMT\n\n' +
        '16:40 GMT\nDrone hits minibus near Prudianka\n\n' +
        'A Russian drone struck a minibus near Prudianka on Tuesday morning, the regional administration said.\n\n' +
        'Olena Marchuk, 44, who was on the bus, said the drone hit the front window as the driver slowed down.\n\n' +
        '15:20 GMT\nKherson: four dead, 17 hurt\n\n' +
        'The toll in Kherson has risen to four, with 17 wounded, according to the governor.\n\n' +
        '14:05 GMT\nShelling hits Kherson market\n\n' +
        'Russian artillery shelled a market in Kherson on Tuesday morning, regional officials said.',
      '2025-06-10',
    );
    const bus = list.find((i) => i.place === 'Prudianka');
    expect(bus).toBeDefined();
    expect(bus?.injured ?? null).toBeNull();
  });
});
