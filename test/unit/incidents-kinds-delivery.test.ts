/**
 * The kind of an event read from what delivered the force and from its own part of the sentence, each on invented
 * text: a bare strike takes the weapon words of its own part (rockets another side fired after a semicolon are not
 * its own); a ship attacked with a drone boat is a drone strike (with no weapon told, a missile attack); an attack on
 * a base told with the rockets or drones that hit it, and no fight on the ground, takes their kind; a jet of a
 * water cannon is no aircraft; grenades seized in a raid were thrown at no one; and of a sentence that tells a
 * peaceful march in one city and a violent protest in another, each keeps the kind of its own part; a crowd that
 * clashes with the police holds a violent demonstration; a protest word in a party's name tells no protest; the event
 * an act answers ("in retaliation for the massacre …") is no event of the sentence; small arms fired at another
 * side's posts tell an armed clash; a state's forces that raid a house attack civilians only when they harm people
 * there. With the wordings that keep the other kind.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2026-05-20') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);
const kinds = (text: string) => incidents(text).map((i) => i.subType);

describe('a bare strike takes the weapon of its own part of the sentence', () => {
  it('keeps a strike told before a semicolon and rockets fired after it apart', () => {
    expect(
      kinds(
        'A Turkish strike on a farmhouse near Sidakan killed three shepherds on Sunday; the militia’s answer, a volley of rockets, reached the edge of Pesk by nightfall, officials said.',
      ),
    ).toEqual(['Air/drone strike']);
  });
  it('reads a strike told with its own rockets as shelling (control)', () => {
    expect(
      kinds(
        'A Turkish strike on a farmhouse near Sidakan killed three shepherds on Sunday, and a volley of rockets reached the edge of Pesk by nightfall, officials said.',
      ),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('drones told as one subject with missiles named first', () => {
  it('reads "cruise missiles and attack drones struck" as a missile attack, as a bare strike with missiles is', () => {
    expect(
      kinds(
        'Three cruise missiles and a swarm of attack drones struck a grain terminal in Izmail late on Monday, wounding two dockers, the port authority said.',
      ),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
  it('keeps drones told alone a drone strike (control)', () => {
    expect(
      kinds(
        'A swarm of attack drones struck a grain terminal in Izmail late on Monday, wounding two dockers, the port authority said.',
      ),
    ).toEqual(['Air/drone strike']);
  });
});

describe('fire that covers a move on the ground', () => {
  it('reads armed men who cross under cover of drones and mortar fire as a fight on the ground', () => {
    expect(
      kinds(
        'Some twenty fighters crossed the river near Kolonia before dawn on Sunday under cover of drones and mortar fire, wounding two guards, the border service said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('keeps mortar fire on a village with no one moving on the ground a shelling (control)', () => {
    expect(
      kinds(
        'Mortar fire hit the village of Kolonia before dawn on Sunday, killing two guards, the border service said.',
      ),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('a ship attacked from afar', () => {
  it('reads a drone boat that struck a tanker as a drone strike', () => {
    expect(
      kinds(
        'An uncrewed drone boat packed with explosives struck a Maltese-flagged chemical tanker off the Kerrin coast on Tuesday, tearing a hole above its waterline, the coastguard said.',
      ),
    ).toEqual(['Air/drone strike']);
  });
  it('reads a ship attacked with no weapon told as a missile attack (control)', () => {
    expect(
      kinds(
        'Rebel forces struck a Maltese-flagged chemical tanker off the Kerrin coast on Tuesday, starting a fire in its engine room, the coastguard said.',
      ),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('a jet of water is no aircraft', () => {
  it('reads a protester hit by a water cannon jet as the dispersal, not an air strike', () => {
    expect(
      kinds(
        'Riot police turned water cannon on students who had blocked the Orvel bridge in Tarsk on Friday; a reporter was knocked down when he was hit by a water cannon jet, his editor said.',
      ),
    ).not.toContain('Air/drone strike');
  });
  it('reads a convoy hit by a jet as an air strike (control)', () => {
    expect(
      kinds(
        'A fuel convoy was hit by a military jet near Tarsk on Friday, killing two drivers, the governor said.',
      ),
    ).toEqual(['Air/drone strike']);
  });
});

describe('grenades seized are no grenade attack', () => {
  it('reads a raid that ends in a shootout and a seizure of grenades as the fight', () => {
    expect(
      kinds(
        'Marines raided a safe house in Puerto Lira on Saturday. In the gunfight that followed two cartel gunmen were killed, and officers impounded a pickup truck loaded with grenades and pistols, the navy said.',
      ),
    ).not.toContain('Grenade');
  });
  it('reads a grenade thrown into a bar as a grenade attack (control)', () => {
    expect(
      kinds(
        'A man on a scooter tossed a grenade into a crowded bar in Puerto Lira on Saturday night, wounding nine drinkers, the navy said.',
      ),
    ).toEqual(['Grenade']);
  });
});

describe('two demonstrations in one sentence, one of them violent', () => {
  it('keeps a peaceful march and a separate protest that ended in running battles apart, each with its kind', () => {
    const list = incidents(
      'Some 40,000 farmers marched behind their tractors through Toulouse on Thursday to oppose a new water levy, whereas a separate protest in Bordeaux ended in running battles with gendarmes.',
    );
    expect(list.map((i) => [i.subType, i.place])).toEqual(
      expect.arrayContaining([['Violent demonstration', 'Bordeaux'], expect.arrayContaining(['Toulouse'])]),
    );
    expect(list.find((i) => i.place === 'Toulouse')?.subType).not.toBe('Violent demonstration');
  });
  it('keeps one violent demonstration when both parts tell of the same city (control)', () => {
    const list = incidents(
      'Some 40,000 farmers marched behind their tractors through Toulouse on Thursday to oppose a new water levy, whereas a smaller protest in Toulouse ended in running battles with gendarmes.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Violent demonstration']);
  });
});

describe('a crowd that fights the police', () => {
  it('reads taxi drivers who clashed with riot police as a violent demonstration', () => {
    expect(
      kinds(
        'Hundreds of taxi drivers protesting against a new licence fee clashed with riot police outside the transport ministry in Quillota on Tuesday, witnesses said.',
      ),
    ).toEqual(['Violent demonstration']);
  });
  it('reads taxi drivers who protested and were dispersed by the police as a protest with intervention (control)', () => {
    expect(
      kinds(
        'Hundreds of taxi drivers protesting against a new licence fee were dispersed by riot police outside the transport ministry in Quillota on Tuesday, witnesses said.',
      ),
    ).toEqual(['Protest with intervention']);
  });
});

describe('a protest word in the name of a party', () => {
  it('reads no protest in "the opposition Popular Rally for Renewal"', () => {
    expect(
      kinds(
        'Gerrit Valk, who leads the opposition Popular Rally for Renewal, was seized at his home in Tarsk on Monday night by men in plain clothes, his lawyer said.',
      ),
    ).not.toContain('Peaceful protest');
  });
  it('reads teachers holding a rally for the renewal of their contracts as a protest (control)', () => {
    expect(
      kinds(
        'Hundreds of teachers held a rally for renewal of their contracts outside the education ministry in Tarsk on Monday, their union said.',
      ),
    ).toEqual(['Peaceful protest']);
  });
});

describe('an attack on a base told with the weapons that hit it', () => {
  it('reads rockets and a drone that reached two bases as fire from afar, not a fight', () => {
    expect(
      kinds(
        'Salvos of rockets and a drone reached two bases housing Italian troops near Kessa overnight, in the first attack on Italian forces in the country this year, a spokesman said on Monday.',
      ),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
  it('reads men with assault rifles who reached the bases as an armed clash (control)', () => {
    expect(
      kinds(
        'Men with assault rifles reached two bases housing Italian troops near Kessa overnight, in the first attack on Italian forces in the country this year, a spokesman said on Monday.',
      ),
    ).toEqual(['Armed clash']);
  });
});

describe('the event an act answers', () => {
  it('reads no attack in a claim that names "the massacre" the shelling answered', () => {
    expect(
      kinds(
        'Mortar rounds fell on an army depot near Ardo on Tuesday. The Kel Tamar brigade said in a statement that it had launched them "in retaliation for the massacre of the Tumbe herders".',
      ),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
  it('reads the act of a sentence that names what it answers by its own words', () => {
    expect(
      kinds(
        'On Tuesday the Kel Tamar brigade fired mortars at an army depot near Ardo in revenge for the massacre at Tumbe, the governor said.',
      ),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
  it('reads a massacre told as the news as an attack (control)', () => {
    expect(kinds('Gunmen massacred 14 herders at Tumbe on Tuesday, the governor said.')).toEqual(['Attack']);
  });
});

describe('small arms fired at the posts of another side', () => {
  it('reads border guards who fired automatic weapons at a named side’s posts as an armed clash', () => {
    expect(
      kinds(
        'The Tajik border service said on Sunday that Kyrgyz border guards had fired automatic weapons at Tajik posts near the village of Samarkandek overnight, without causing casualties.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads warning flares fired near a village as no fight (control)', () => {
    expect(
      kinds(
        'The Tajik border service said on Sunday that Kyrgyz border guards had fired warning flares near the village of Samarkandek overnight, without causing casualties.',
      ),
    ).toEqual([]);
  });
});

describe("a state's forces that raid a house", () => {
  it('reads marines raiding a safe house, then a gunfight, as no attack on civilians', () => {
    expect(
      kinds(
        'Marines raided a safe house in Puerto Lira on Saturday. In the gunfight that followed two cartel gunmen were killed, the navy said.',
      ),
    ).not.toContain('Attack');
  });
  it('reads soldiers who raided a village and shot dead farmers as an attack (control)', () => {
    expect(
      kinds('Soldiers raided the village of Korro on Saturday and shot dead four farmers, witnesses said.'),
    ).toEqual(['Attack']);
  });
});

describe('what fired or what the device was, told outright', () => {
  it('reads missiles a drone or a gunship fired as a drone or air strike', () => {
    expect(
      kinds('A Turkish drone fired two missiles at a pickup near Tal Tamr on Monday, killing three men.'),
    ).toEqual(['Air/drone strike']);
    expect(
      kinds('A helicopter gunship fired rockets at a farmhouse near Tubas on Monday, killing two men.'),
    ).toEqual(['Air/drone strike']);
    // (control: rockets fired by fighters on the ground stay a missile attack)
    expect(
      kinds('Insurgents fired rockets at an army camp near Tal Tamr on Monday, wounding three soldiers.'),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
  it('reads an explosive device identified as a grenade, or a grenade thrown, as a grenade attack, and a bomb that tore through a vehicle as an explosive device', () => {
    expect(
      kinds(
        'An explosive device, which investigators later identified as a hand grenade, hit the yard of a court in Leskovac at 3 a.m. on Monday.',
      ),
    ).toEqual(['Grenade']);
    expect(
      kinds(
        'Two men on a scooter threw a grenade into a bakery in Leskovac on Monday, wounding four people.',
      ),
    ).toEqual(['Grenade']);
    // (control: a device with no grenade named stays an explosive device)
    expect(
      kinds(
        'A bomb buried on the Kara road tore through a lorry on Monday, killing three traders, the governor said.',
      ),
    ).toEqual(['Remote explosive/landmine/IED']);
    expect(
      kinds(
        'A guided aerial bomb tore through a school in Vovchansk on Monday, killing three teachers, the governor said.',
      ),
    ).not.toContain('Remote explosive/landmine/IED');
    expect(
      kinds(
        'An explosive device hidden under a car went off outside a court in Leskovac on Monday, wounding four people.',
      ),
    ).toEqual(['Remote explosive/landmine/IED']);
  });
});

describe('weapons stopped before they struck: disrupted weapons use', () => {
  it('reads a strike whose own verb says it was repelled as disrupted, not as a strike', () => {
    expect(
      kinds(
        'The ministry said a drone attack on a fuel depot near Korvansk had been repelled without damage on Tuesday night.',
      ),
    ).toEqual(['Disrupted weapons use']);
  });
  it('keeps a strike whose verb tells what it hit', () => {
    expect(
      kinds(
        'A drone attack on a fuel depot near Korvansk set two tanks on fire on Tuesday night, the governor said.',
      ),
    ).toEqual(['Air/drone strike']);
  });
  it('reads a bomb safely disrupted by disposal experts as disrupted', () => {
    expect(
      kinds(
        'Personnel of the bomb disposal team safely disrupted an improvised explosive device planted beside the highway in Dolmen on Monday afternoon.',
      ),
    ).toEqual(['Disrupted weapons use']);
  });
});

describe('grenades that are no grenade attack', () => {
  it('reads grenades listed with rifles in an exchange of fire as the fight', () => {
    expect(
      kinds(
        'Soldiers of the two armies exchanged rifle and grenade fire for about 20 minutes on Tuesday morning near the border village of Korvan.',
      ),
    ).toEqual(['Armed clash']);
  });
});

describe('remote weapons named with the arms of a fight on the ground', () => {
  it('reads a post attacked with drones and rifles as an armed clash', () => {
    expect(
      kinds(
        'On Wednesday night, resistance fighters attacked a police station in Korvan with drones and rifles, the group said, claiming to have killed four police officers.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads mortars and machine guns fired at posts as an armed clash', () => {
    expect(
      kinds(
        'Early on Tuesday, border forces fired mortars and heavy machine guns at posts facing the Dolmen district, a border brigade said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads mortars and small arms fired at posts and villages, hurting a villager, as shelling', () => {
    expect(
      kinds(
        'Border troops fired mortar shells and small arms at forward posts and villages in the Dolmen district on Tuesday evening, injuring a 60-year-old villager, officials said.',
      ),
    ).toEqual(['Shelling/artillery/missile attack']);
    expect(
      kinds(
        'Border troops fired mortar shells and small arms at forward posts in the Dolmen district on Tuesday evening, officials said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('keeps a strike of drones and rockets on a village', () => {
    expect(kinds('Drones and rockets hit the village of Korvan on Tuesday, killing three farmers.')).toEqual([
      'Air/drone strike',
    ]);
  });
});
