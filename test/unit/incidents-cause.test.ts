/**
 * Accidents and ordinary crime are not ACLED events: a story whose cause is accidental (or hostile causes ruled out)
 * or that tells a robbery, and whose lead names no political actor or weapon of war, records no incident unless a
 * sentence names a political actor. Each case is an invented text worded unlike the articles the rule was measured on.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const current = (text: string, published = '2025-03-20') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('a story of an accident', () => {
  it('records no incident for a blast investigators call an accident', () => {
    const text =
      'Blast at chemical depot kills nine in Gujarat\n\n' +
      'An explosion tore through a chemical storage depot near Vapi on Wednesday, killing nine workers and injuring 14, officials said.\n\n' +
      'The blast struck shortly after noon as drums of solvent were being moved, police said. Investigators have ruled out sabotage and believe a short circuit ignited fumes.\n\n' +
      'The district collector said the owners would be questioned over safety violations.';
    expect(current(text)).toEqual([]);
  });
  it('records no incident for a military aircraft lost in training', () => {
    const text =
      'Two pilots killed as jet crashes in Sindh\n\n' +
      'A fighter jet crashed near Jacobabad on Tuesday during a routine training flight, killing both pilots, the air force said.\n\n' +
      'An inquiry has been ordered. The air force said there was no evidence of hostile activity and a technical fault was suspected.';
    expect(current(text)).toEqual([]);
  });
  it('still records an attack in a war story that calls a strike an accident', () => {
    const list = current(
      'Militants attack army post in Kunar after drone strike\n\n' +
        'Militants stormed an army post in Kunar province on Monday, killing four soldiers, officials said.\n\n' +
        'The group said the assault avenged a drone strike last week that the army later called an accident; a spokesman blamed a technical fault.',
    );
    expect(list.map((i) => i.subType)).toContain('Armed clash');
  });
});

describe('a story of an ordinary crime', () => {
  it('records no incident for an armed robbery of a shop', () => {
    const text =
      'Two men charged over jewellery store robbery\n\n' +
      'Two men stormed a jewellery store in Leeds city centre on Saturday, threatening staff with a hammer and a knife before fleeing with watches worth £80,000, police said.\n\n' +
      'Detectives said the robbery lasted less than two minutes. A shop assistant suffered cuts to her hand.\n\n' +
      'The pair were arrested on Monday and charged with robbery and handling stolen goods.';
    expect(current(text)).toEqual([]);
  });
  it('still records a communal clash that began over a theft', () => {
    const list = current(
      'Herders and farmers clash in Plateau after cattle theft\n\n' +
        'Herders and farmers clashed in a village near Bokkos on Sunday after cattle were stolen, leaving six people dead, police said.\n\n' +
        'Police said the theft of 40 cows on Saturday sparked the fighting. Officers recovered some of the stolen animals.',
    );
    expect(list.length).toBeGreaterThan(0);
  });
  it('records no incident for a stabbing in a row outside a nightclub', () => {
    const text =
      'Man stabbed to death after row outside nightclub\n\n' +
      'A 24-year-old man died after being stabbed during a fight outside a nightclub in Leeds city centre early on Sunday, police said.\n\n' +
      'Officers arrested a 22-year-old man at the scene on suspicion of murder. Detectives said the two men knew each other and the row had started inside the club.\n\n' +
      'Police have appealed for witnesses and for anyone with phone footage to come forward.';
    expect(current(text)).toEqual([]);
  });
  it('records no incident for a hunter shot by his companion', () => {
    const text =
      'Hunter shot dead in accident during deer hunt\n\n' +
      'A 54-year-old hunter was shot dead by a member of his own party during a deer hunt in the forest near Tarnow on Saturday, police said.\n\n' +
      'The man who fired the shot told officers he had mistaken his companion for a deer. Prosecutors have opened an investigation into manslaughter.';
    expect(current(text)).toEqual([]);
  });
  it('still records a grenade thrown into a bar by militants', () => {
    const list = current(
      'Militants throw grenade into bar in Imphal, two killed\n\n' +
        'Suspected militants threw a grenade into a crowded bar in Imphal on Friday night, killing two customers and wounding five, police said.\n\n' +
        'Police said the owner had refused an extortion demand after a row with the group. A murder investigation has been opened and officers are questioning witnesses at the pub next door.',
    );
    expect(list.length).toBeGreaterThan(0);
  });
});

describe('a cause denied is no accident', () => {
  it('records the bombing police say was no accident', () => {
    const list = current(
      'Blast in Quetta market kills 10\n\n' +
        'A bomb exploded in a crowded market in Quetta on Friday, killing 10 people and wounding 25, police said.\n\n' +
        'Police said the blast was no accident. "This was not an accident," an officer said.',
    );
    expect(list.map((i) => i.subType)).toContain('Remote explosive/landmine/IED');
  });
});

describe('one hostile cause ruled out, and a weapon named only in a simile', () => {
  it('records no incident for a factory blast police do not think suspicious, though a witness likens it to a grenade', () => {
    const text =
      'Workers hurt in blast at Greyhaven cell factory\n\n' +
      'Two men were taken to hospital on Friday after an explosion tore through a drying room at the Nordcell lithium cell factory in Greyhaven, blowing out windows in the street behind.\n\n' +
      '"It went off like a grenade, then there was smoke everywhere," said a delivery driver who was unloading at the gate.\n\n' +
      'Greyhaven police said the blast was not thought to be suspicious and that the cause was being looked into by the company.';
    expect(current(text)).toEqual([]);
  });
  it('records no incident for a silo explosion with no evidence of any criminal act', () => {
    const text =
      'Silo explosion shakes Port Fenn docks\n\n' +
      'An explosion ripped the top off a grain silo at Port Fenn docks late on Sunday, showering the quay with debris and injuring a crane operator.\n\n' +
      'Harbour police said there was no evidence of any criminal act. The docks reopened on Monday morning.';
    expect(current(text)).toEqual([]);
  });
  it('still records a blast at a works that police say was caused by a planted device', () => {
    const text =
      'Bomb at Kellerby solvent works was planted, police say\n\n' +
      'A blast that ripped through a storage shed at the Vantor Chemicals works in Kellerby on Tuesday was caused by an explosive device, police said on Wednesday, and an eco-militant group claimed responsibility.\n\n' +
      'Four employees were injured. Detectives said the device had been placed against the shed wall overnight.';
    expect(current(text).length).toBeGreaterThan(0);
  });
  it('still records an explosion at a depot when the cause sought is a bomb a witness saw thrown', () => {
    const text =
      'Explosion at Greyhaven fuel depot\n\n' +
      'An explosion tore through a fuel depot in Greyhaven on Friday after a man threw a grenade over the fence, injuring two guards, police said.\n\n' +
      'The cause of the fire that followed is being investigated.';
    expect(current(text).length).toBeGreaterThan(0);
  });
});
