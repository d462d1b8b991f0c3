import { describe, expect, it } from 'vitest';
import { unspin } from '../../src/lib/spin/index.ts';

// A short war report written for this test and spun by hand the way this spinner family writes weapons, forces and
// attacks: "gunnery" for artillery, "projectiles" for missiles, "aviation pressure" for air force, "unmanned
// aircraft" for drones, "felled" for shot down, "armed males" for gunmen, "wayside explosive" for roadside bomb.
// Few of the spinner's everyday fingerprints ("stated", "metropolis") are in it: the war words must carry the verdict.
const SPUN = `Russian gunnery pounded the outskirts of the town on Friday morning, and two ballistic projectiles hit a depot near the station, the regional governor said. Local officials said the projectiles landed shortly after 6 a.m.

Overnight, Ukraine's aviation pressure said it had felled 30 of 45 unmanned aircraft launched from the south.

In a separate attack, armed males fired on a police post and a wayside explosive hit an army truck near the border. A secessionist faction claimed both attacks in a message to reporters, and its mouthpiece said more would follow.
`;

describe('unspin: weapons, forces and attacks as this spinner writes them', () => {
  const r = unspin(SPUN);
  it('judges the report spun on its war words alone', () => {
    expect(r.verdict).toBe('spun');
  });
  it('restores artillery, missiles, the air force, drones shot down, gunmen and a roadside bomb', () => {
    expect(r.restored).toContain('Russian artillery pounded');
    expect(r.restored).toContain('two ballistic missiles hit');
    expect(r.restored).toContain("Ukraine's air force said");
    expect(r.restored).toMatch(/had (shot down|downed) 30 of 45 drones/);
    expect(r.restored).toContain('gunmen fired on a police post');
    expect(r.restored).toContain('a roadside bomb hit');
    expect(r.restored).toContain('A separatist faction');
  });
  it('leaves clean prose with the same words in their ordinary senses untouched', () => {
    const clean =
      'A gunnery sergeant led the drill while crews felled trees along the route of the presidential motorcade. The court heard that enemy combatants were held for years. The committee debated rules for unmanned aircraft systems, and the museum showed a wayside shrine.';
    const out = unspin(clean);
    expect(out.verdict).toBe('clean');
    expect(out.changes).toEqual([]);
  });
});

// The same spinner's words for the actors and forces a brief names as attacker or teller: "law enforcement" for
// police, "safety" for security (sources, officials), "drives" for forces, "faction" for group, "troopers" for
// soldiers in a toll.
const SPUN_ACTORS = `Armed males opened fire on an army post near the frontier late on Monday, and seven troopers died and four others were injured, two safety sources stated. A jihadist faction asserted the assault in a message on Telegram, and the army blamed the Nationwide Liberation Military insurgent faction.

Law enforcement stated the attackers fled on motorbikes, and U.S. drives in the area were not hit. Regional law enforcement stated a curfew would be imposed in the metropolis.
`;

describe('unspin: the actors and forces as this spinner writes them', () => {
  const r = unspin(SPUN_ACTORS);
  it('restores police, security sources, forces, the group and the soldiers of the toll', () => {
    expect(r.verdict).toBe('spun');
    expect(r.restored).toContain('seven soldiers died');
    expect(r.restored).toContain('two security sources');
    expect(r.restored).toContain('A jihadist group claimed');
    expect(r.restored).toContain('Police said the attackers');
    expect(r.restored).toContain('U.S. forces in the area');
    expect(r.restored).toContain('Regional police said');
    expect(r.restored).toContain('the National Liberation Army rebel group');
  });
  it('leaves law enforcement, safety, drives and factions in their ordinary senses untouched', () => {
    const clean =
      'Federal law enforcement agencies and state troopers joined the road safety drives this summer, and the safety of drivers improved. A faction of the party walked out of the meeting. He drives to work. Law enforcement officers said the campaign worked.';
    const out = unspin(clean);
    expect(out.verdict).toBe('clean');
    expect(out.changes).toEqual([]);
  });
});

// "opened fire" with its verb swapped for a thesaurus neighbour of "open" ("unfolded", "unlocked"): the thesaurus
// lists base forms only, so the fixed expression's inflected verb needs the same form of its base's synonyms, and
// the repair keeps the spun word's inflection ("opened", not "open").
const SPUN_FIRE = `Two militants were slain in a confrontation with safety forces close to the frontier on Thursday, functionaries stated. The infiltrators had been challenged round 4.30 am and unfolded fire, sparking a gunfight, he stated.

Troopers unlocked fire on ahead posts within the area, and the military stated the attackers ran away.
`;

describe('unspin: "opened fire" with its verb swapped', () => {
  it('restores "opened fire", keeping the past tense', () => {
    const r = unspin(SPUN_FIRE);
    expect(r.verdict).toBe('spun');
    expect(r.restored).toContain('challenged around 4.30 am and opened fire');
    expect(r.restored).toMatch(/(Soldiers|Troops) opened fire on/);
  });
  it('leaves an unfolded map and an unlocked door by a fire untouched in clean prose', () => {
    const clean =
      'The ranger unfolded the map by the fire and said the trail was closed. Someone had unlocked the gate near the fire station, police said.';
    const out = unspin(clean);
    expect(out.changes).toEqual([]);
  });
});
