/**
 * Ground fighting told without the word "clash", each wording on invented text: fire traded, fighting that raged or
 * began, pitched battles, a battle for a town, a force that engaged the other side, a toll of armed men killed in a
 * fight, tolls on both sides, and a fight told in a clause of its own after another kind of event; with the wordings
 * that tell of no fight (a fight recalled by the war's start, an anti-kidnapping unit, a strike's own toll).
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2025-06-20') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);
const kinds = (text: string) => incidents(text).map((i) => i.subType);

describe('two sides fighting, told in other words', () => {
  it('reads fire traded by two armies as an armed clash', () => {
    expect(
      kinds(
        'Soldiers of the two neighbours traded fire across the frontier near the hill post of Karavan on Tuesday morning, a border official said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads fighting that raged in a town as an armed clash', () => {
    expect(
      kinds(
        'Fighting raged for a second day on Wednesday in the market town of Ordubad between the rebels and the garrison, residents said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads fighting that began at dawn as an armed clash', () => {
    const [c] = incidents(
      'The fighting began at dawn on Thursday near the river crossing at Tovuz, when militiamen crept up on an army outpost, the ministry said.',
    );
    expect(c).toMatchObject({ subType: 'Armed clash', place: 'Tovuz' });
  });
  it('reads pitched and street battles as an armed clash', () => {
    expect(
      kinds(
        'Pitched battles went on through Monday in the streets of Gedaref between army units and the paramilitaries, witnesses said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads a battle for a town as an armed clash', () => {
    expect(
      kinds(
        'The battle for the town of Tessit entered its third day on Friday, with both sides bringing in reinforcements, a local official said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads a force that engaged a number of armed men, or kidnappers in a gun duel, as an armed clash', () => {
    expect(
      kinds(
        'Troops of the 33rd Battalion engaged an undetermined number of armed men near the village of Osoro at about 5 a.m. on Sunday, the army said.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'On Sunday afternoon, police teams working with local vigilantes engaged the kidnappers in a gun duel in the Osoro forest and rescued five of the victims.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('does not read people engaged in a dialogue or a discussion as a fight', () => {
    expect(
      kinds(
        'The governor engaged the youth leaders in a frank dialogue in Osoro on Sunday and promised new jobs.',
      ),
    ).toEqual([]);
  });
  it('reads a force that engaged the militants as an armed clash', () => {
    expect(
      kinds(
        'On Sunday troops engaged the militants in a wooded ravine outside Bajaur, and the shooting went on for several hours, the military said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('does not read a war recalled by when its fighting began as a fight', () => {
    expect(
      kinds(
        'The ministry says more than 2,000 of the group’s members have died since fighting began, a figure that cannot be verified.',
      ),
    ).toEqual([]);
  });
  it('does not read a political battle for a city as a fight', () => {
    expect(
      kinds(
        'The battle for the city council seat of Leeds North turned bitter on Monday as both candidates traded insults in a debate.',
      ),
    ).toEqual([]);
  });
});

describe('one side holding off or coming under the other', () => {
  it('reads a patrol that came under fire as an armed clash', () => {
    const [c] = incidents(
      'A border police patrol came under heavy fire from smugglers near the village of Tora on Monday, a spokesman said.',
    );
    expect(c).toMatchObject({ subType: 'Armed clash', place: 'Tora' });
  });
  it('reads an offensive pushed back as an armed clash', () => {
    expect(
      kinds(
        'Government troops pushed back an offensive by the paramilitaries on the outskirts of Babanusa on Sunday, the army said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads an attempt to overrun a post, fended off, as an armed clash rather than a post taken', () => {
    expect(
      kinds(
        'Soldiers fended off an attempt by jihadists to overrun their outpost at Tin-Akoff on Wednesday, the ministry said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads a raid on a military base and an attack on an army camp as armed clashes', () => {
    expect(
      kinds('Insurgents launched a dawn raid on a military base in Marte on Monday, a security source said.'),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'Militants attacked an army camp near Damboa on Friday with heavy weapons, a security source said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads two sides locked in combat, and gunfire between them, as armed clashes', () => {
    expect(
      kinds(
        'Rebels and government troops were locked in fierce combat around Kalehe on Saturday, residents said.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'Heavy gunfire broke out on Tuesday between soldiers and the militia in the centre of Bunia, witnesses said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads a siege ended by security forces as an armed clash', () => {
    expect(
      kinds('Security forces ended a 12-hour siege of a hotel in Beledweyne on Thursday, police said.'),
    ).toEqual(['Armed clash']);
  });
  it('reads attackers shot dead by commandos as an armed clash, not an attack on civilians', () => {
    expect(
      kinds(
        'The last of the five attackers was shot dead by commandos on Friday morning at the ministry in Kabul, officials said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads captured fighters executed by soldiers as an attack, not a fight', () => {
    expect(
      kinds(
        'Four captured rebels were executed by soldiers outside the barracks in Kindu on Tuesday, witnesses said.',
      ),
    ).toEqual(['Attack']);
  });
  it('reads militiamen killed by troops as an armed clash', () => {
    expect(
      kinds(
        'Troops in Tshikapa killed four militiamen who tried to storm their position on Saturday, the army said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('does not read an offensive pushed back in a market as a fight', () => {
    expect(
      kinds(
        'The retailer pushed back an offensive by discount rivals in the Berlin market on Monday, analysts said.',
      ),
    ).toEqual([]);
  });
});

describe('a toll of armed men killed in a fight', () => {
  it('reads gang members killed as gunfire went on as an armed clash', () => {
    const [c] = incidents(
      'Shooting could be heard across the Cité Verte district for most of the night. Gunfire echoed until dawn on Saturday, and police said at least five suspected gang members were killed.',
    );
    expect(c).toMatchObject({ subType: 'Armed clash', killed: 5 });
  });
  it('reads insurgents killed in an operation as an armed clash', () => {
    expect(
      kinds(
        'Eight insurgents were killed in a joint operation by the army and the police in the hills above Kupwara on Friday, officials said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads men killed in an encounter with the police as an armed clash', () => {
    expect(
      kinds(
        'Two suspected rebels were killed in an encounter with the police in Gadchiroli district on Wednesday, a senior officer said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads a toll on both sides as an armed clash', () => {
    const [c] = incidents(
      'Nine soldiers and at least 20 insurgents were killed on Monday near Kidal, a regional governor said.',
    );
    // (the first side of the toll is a victim, not the doer)
    expect(c).toMatchObject({ subType: 'Armed clash', place: 'Kidal', killed: 29, attacker: 'unknown' });
  });
  it("does not read a strike's toll told on its own as a fight", () => {
    expect(
      kinds(
        'The command said its aircraft hit a compound near Jilib on Sunday. It said two militants had been killed and that no civilians were hurt.',
      ),
    ).toEqual(['Air/drone strike']);
  });
  it('does not read the toll of two civilian groups as a fight', () => {
    expect(
      kinds('Residents said four farmers and two traders were killed when the bus overturned near Mokwa.'),
    ).toEqual([]);
  });
});

describe('a fight told in a clause of its own', () => {
  it('reads a fight after a shelling in one sentence as an event of its own', () => {
    const found = kinds(
      'Three villagers were wounded when mortar shells landed on the hamlet of Dara on Sunday, the governor said, after troops of the two states exchanged fire along the frontier.',
    );
    expect(found).toContain('Armed clash');
    expect(found).toContain('Shelling/artillery/missile attack');
  });
  it('reads a fight with a day of its own after another day as an event of its own, on its own day', () => {
    const found = incidents(
      'A roadside bomb hit a police truck near Tank on Monday, while troops killed six militants in a raid the next day.',
    ).map((i) => [i.subType, i.date]);
    expect(found).toEqual([
      ['Remote explosive/landmine/IED', '2025-06-16'],
      ['Armed clash', '2025-06-17'],
    ]);
  });
  it('reads a fight after a bombing as an event of its own when the only later day is the one it was told on', () => {
    const found = kinds(
      'Two suicide bombers blew themselves up at the gate of an army depot in Morva late on Sunday, and a squad of gunmen then forced their way inside and fought troops until dawn, officials said on Monday.',
    );
    expect(found).toContain('Suicide bomb');
    expect(found).toContain('Armed clash');
  });
  it('reads a fight told before an air strike in one sentence as an event of its own', () => {
    const found = kinds(
      'Suspected jihadists killed five soldiers and wounded seven in an attack on an army post near Darsa on Saturday, the ministry said, adding that air strikes had killed about twenty of the attackers as they withdrew.',
    );
    expect(found).toContain('Armed clash');
    expect(found).toContain('Air/drone strike');
  });
  it('reads an assault repelled before drones struck elsewhere as a fight at its own place', () => {
    const found = incidents(
      'Border forces repelled a large rebel mechanised assault near the town of Dorsk on Tuesday, while rebel drones struck a bus in Velm, killing three civilians, officials said.',
    );
    expect(found.map((i) => [i.subType, i.place])).toEqual([
      ['Armed clash', 'Dorsk'],
      ['Air/drone strike', 'Velm'],
    ]);
  });
  it('does not read a takeover attempt repelled before a drone strike as a fight', () => {
    expect(
      kinds(
        'The company repelled a large hostile takeover attempt on Tuesday, while drones struck a bus in Velm, killing three civilians.',
      ),
    ).toEqual(['Air/drone strike']);
  });
  it('reads fighters killed by an air strike in its own clause as the strike alone', () => {
    expect(kinds('Air strikes killed 20 militants near Darsa on Saturday, the ministry said.')).toEqual([
      'Air/drone strike',
    ]);
    expect(
      kinds('The army said its jets had struck a rebel column near Darsa on Saturday, killing 20 fighters.'),
    ).toEqual(['Air/drone strike']);
  });
});

describe('words that tell of no abduction', () => {
  it('does not read an anti-kidnapping unit as a kidnapping', () => {
    expect(
      kinds(
        'Officers of the anti-kidnapping unit visited the school in Popayán on Tuesday to give a talk on safety.',
      ),
    ).toEqual([]);
  });
});

describe('two armed sides firing at each other, in more wordings', () => {
  it('reads soldiers fired on from cars, or a patrol shot at, as an armed clash', () => {
    expect(
      kinds(
        'Soldiers at a roadblock on the Varna road were fired on from two pickup trucks early on Saturday, the army said.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds('A border police patrol was shot at near the Kelso bridge on Friday night; nobody was hurt.'),
    ).toEqual(['Armed clash']);
  });
  it('does not read a force criticised as coming under fire as a fight', () => {
    expect(
      kinds(
        'The police chief came under fire from opposition lawmakers on Tuesday over the rise in burglaries in Varna.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'Troops in Varna came under fire on Monday for their slow response to the floods, residents said.',
      ),
    ).toEqual([]);
  });
  it('reads an armed aggression repelled, or an attack being repulsed, as an armed clash', () => {
    expect(
      kinds(
        'Agents of the tactical unit repelled the armed aggression on Tuesday in the Lomar estate, the ministry said.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'The garrison at Kivo spent Tuesday night repulsing an assault by two hundred fighters, a local official said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads troops that caught up with the rebels, or engaged them, as an armed clash', () => {
    expect(
      kinds(
        'On Saturday the troops caught up with a group of the rebels in the forest near the village of Lunet, a spokesman said.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'Government troops pursued the column towards the river and engaged it near Osoro on Sunday, the army said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('does not read suspects caught up with, or a side engaged in talks, as a fight', () => {
    expect(
      kinds(
        'Police caught up with the two suspects at a bus station in Harlow on Monday and took them into custody.',
      ),
    ).not.toContain('Armed clash');
    expect(
      kinds('The envoy met the rebel leaders in Osoro on Sunday and engaged them in talks on a truce.'),
    ).toEqual([]);
  });
  it('reads armed men of one gang attacking a rival gang as an armed clash', () => {
    expect(
      kinds(
        'Inmates loyal to one gang attacked members of a rival gang with knives and pistols inside the Norvale prison on Friday, officials said.',
      ),
    ).toEqual(['Armed clash']);
  });
});

describe('a fight told by its toll or by the side that fought', () => {
  it('reads men shot dead in a gunfight as an armed clash, not an attack', () => {
    expect(
      kinds(
        'Two village guards were shot dead and a third wounded in a gunfight near Tarsin ridge on Sunday night, officials said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('keeps farmers shot dead, and villagers massacred, with no fight as attacks', () => {
    expect(kinds('Gunmen shot dead two farmers near Tarsin ridge on Sunday night, officials said.')).toEqual([
      'Attack',
    ]);
    expect(kinds('Armed men massacred 14 villagers in Tarsin on Sunday night, officials said.')).toEqual([
      'Attack',
    ]);
  });
  it('reads gunmen that fought troops as an armed clash', () => {
    expect(
      kinds(
        'A squad of gunmen forced their way into the depot at Morva on Sunday and fought troops until dawn, officials said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('does not read a grandfather who fought rebels long ago as a fight', () => {
    expect(
      kinds('Her grandfather fought the rebels in the hills above Morva in the 1960s, she said.'),
    ).toEqual([]);
  });
  it('reads fighting around two villages that killed people as an armed clash', () => {
    expect(
      kinds(
        'Fighting on Monday around the hamlets of Kelo and Dumbi, in the hills above Lake Varna, killed at least nine combatants on both sides, local leaders said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('does not read the toll of years of fighting as a fight', () => {
    expect(kinds('Years of fighting have left thousands dead in the region, the report says.')).toEqual([]);
  });
});

describe('plainer words for a fight and its toll', () => {
  it('reads combat that erupted as an armed clash', () => {
    expect(
      kinds('The combat erupted at about 10 p.m. on Monday in a wing of the Norvale jail, officials said.'),
    ).toEqual(['Armed clash']);
  });
  it('does not read combat training that resumed as a fight', () => {
    expect(kinds('Combat training resumed on Monday at the Norvale barracks after a week of rain.')).toEqual(
      [],
    );
  });
  it('reads insurgents slain in an exchange of fire as an armed clash', () => {
    expect(
      kinds('Two insurgents were slain in an exchange of fire with troops near Osoro on Sunday.'),
    ).toEqual(['Armed clash']);
  });
  it('does not read farmers slain by unknown men as a fight', () => {
    expect(kinds('Two farmers were slain by unknown men near Osoro on Sunday.')).not.toContain('Armed clash');
  });
});

describe('fire on a convoy', () => {
  it('reads armed men firing on a humanitarian convoy as an attack on civilians', () => {
    expect(
      kinds(
        'Two truck drivers were killed when armed men opened fire on a humanitarian convoy carrying grain to the town of Varsk on Tuesday afternoon, an aid group said.',
      ),
    ).toEqual(['Attack']);
  });
  it('reads armed men firing on an army convoy as an armed clash', () => {
    expect(
      kinds(
        'Two soldiers were killed when armed men opened fire on an army convoy near Varsk on Tuesday afternoon, officials said.',
      ),
    ).toEqual(['Armed clash']);
  });
});

describe('a source that speaks for the force, in the middle of the fight told', () => {
  const told = (text: string) =>
    briefArticle({ text, origin: 'text' }, { published: '2026-04-28' })
      .incidents.filter((i) => !i.background)
      .map((i) => [i.subType, i.place]);
  it('is not the doer of the fight told around it', () => {
    expect(
      told(
        "On Sunday afternoon, soldiers of the gendarmerie's rapid reaction unit caught up with part of the gang near Kolofata and, according to a military source in Maroua, killed five of the assailants in an exchange of fire.",
      ),
    ).toEqual([['Armed clash', 'Kolofata']]);
  });
  it('sits where it speaks from, not where the fight was; a place told as the fight place stays (control)', () => {
    expect(
      told(
        'Gendarmes killed five kidnappers in an exchange of fire on Sunday, according to a police source in Maroua.',
      ),
    ).toEqual([['Armed clash', null]]);
    expect(
      told(
        'Gendarmes killed five kidnappers in an exchange of fire in Maroua on Sunday, according to a police source.',
      ),
    ).toEqual([['Armed clash', 'Maroua']]);
  });
});

describe('a force attacked, told in the passive', () => {
  it('reads a patrol or a post that was attacked as an armed clash', () => {
    expect(
      kinds(
        'A patrol of the National Guard (GN) was attacked on Thursday at about 5 p.m. some 9 km from Karavan by "dozens of men on motorbikes", the ministry said.',
      ),
    ).toEqual(['Armed clash']);
    expect(kinds('Two border posts were attacked near Kelso before dawn on Saturday.')).toEqual([
      'Armed clash',
    ]);
  });
  it('does not read a force attacked in words as a fight (control)', () => {
    expect(
      kinds('The police were attacked in parliament on Tuesday for their handling of the Varna floods.'),
    ).toEqual([]);
  });
});

describe('the speaker of a clause that begins with a conjunction', () => {
  const first = (text: string) =>
    briefArticle({ text, origin: 'text' }, { published: '2025-06-20' }).incidents[0];
  it('is the force named, not the conjunction before it', () => {
    const c = first(
      'Four soldiers were killed in an ambush near Kivo on Tuesday, as the army said its aircraft had struck back at the militants.',
    );
    expect(c.attacker).toBe('army');
    expect(c.attribution).toBe('claimed by army');
  });
  it('keeps the names in capitals before the force (control)', () => {
    expect(
      first('The Kivo Army said its aircraft struck a militant camp near Kivo on Tuesday, killing nine.')
        .attribution,
    ).toBe('claimed by Kivo Army (its own report)');
  });
});

describe('fire opened on posts, told with words between', () => {
  it('reads "opened unprovoked small-arms fire on forward posts" as an armed clash', () => {
    expect(
      kinds(
        'Border troops opened "unprovoked" small-arms fire on Armenian forward posts near Karavan on Wednesday evening, a spokesman said.',
      ),
    ).toEqual(['Armed clash']);
  });
});

describe('a fight reported in the past perfect, and fire traded only in words', () => {
  it('reads a force that reported its troops had fought members of an armed group as an armed clash', () => {
    const [c] = incidents(
      'On Friday the brigade announced that its soldiers had fought "members of an outlawed faction" in the hills outside Veroa, and that three of them had died.',
      '2026-03-14',
    );
    expect(c).toMatchObject({ subType: 'Armed clash', place: 'Veroa' });
  });
  it('does not read troops who had fought rebels for years as a fight of the report’s days', () => {
    expect(
      kinds('The troops had fought the rebels in the hills outside Veroa for years before the accord.'),
    ).toEqual([]);
  });
  it('does not read candidates or a debate that traded fire as an armed clash', () => {
    expect(
      kinds(
        'The two mayoral candidates traded fire over the transit budget in Veroa on Thursday night, aides said.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'The leaders exchanged fire during a radio debate in Veroa on Thursday, each accusing the other of lying.',
      ),
    ).toEqual([]);
  });
  it('still reads armed sides that traded fire near a town as an armed clash', () => {
    expect(
      kinds(
        'Border guards and smugglers traded fire near the crossing at Veroa on Thursday night, officials said.',
      ),
    ).toEqual(['Armed clash']);
  });
});

describe('a raid beaten back, and the fire that covered it', () => {
  it('reads guards who beat back an attempt by a long-named band to cross as an armed clash', () => {
    const [c] = incidents(
      'Border guards beat back an attempt by a band of armed smugglers from across the river to cross near the village of Dorvik on Monday night, killing two, the ministry said.',
      '2026-03-17',
    );
    expect(c).toMatchObject({ subType: 'Armed clash', place: 'Dorvik' });
  });
  it('reads a headline that tells a raid repelled without an article as an armed clash', () => {
    expect(
      kinds(
        'Army repels militant raid near Dorvik\n\nThe army said on Tuesday that its troops at an outpost near Dorvik had fought off the assault overnight, killing three militants.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('does not read drones and mortar fire that covered men crossing on foot as a strike of their own', () => {
    const told = kinds(
      'About twenty fighters crossed the frontier near Dorvik late on Monday under cover of drones and mortar fire, and two guards were killed in the fighting, the ministry said.',
    );
    expect(told).not.toContain('Air/drone strike');
    expect(told).not.toContain('Shelling/artillery/missile attack');
  });
  it('still reads mortar fire on a village as shelling', () => {
    expect(
      kinds('Mortar fire hit the village of Dorvik late on Monday, wounding two farmers, the ministry said.'),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('the doer of a fight told with its toll first', () => {
  it('takes the subject that killed, not the men it killed, as the doer of the ambush', () => {
    const [clash] = incidents(
      'Gunmen killed four soldiers in an ambush on an army patrol near the town of Dorvik on Saturday, the army said. No group claimed the attack.',
    );
    expect(clash.subType).toBe('Armed clash');
    expect(clash.attacker).toMatch(/gunmen/i);
    const [raid] = incidents(
      'Police shot dead two suspects during a raid in the town of Dorvik on Saturday.',
    );
    expect(raid.attacker).toMatch(/police/i);
  });
  it('reads the doer after a dateline that follows the headline in a text pasted as one line', () => {
    const [clash] = incidents(
      'Four soldiers killed in ambush near Birnin Gwari. KADUNA, Nigeria (Nov 28) - Gunmen on motorbikes killed four soldiers in an ambush near Birnin Gwari on Saturday, the army said. No group claimed the attack.',
      '2025-12-02',
    ).filter((i) => !i.background);
    expect(clash.subType).toBe('Armed clash');
    expect(clash.attacker).toMatch(/gunmen/i);
    expect(clash.place).toBe('Birnin Gwari');
  });
});
