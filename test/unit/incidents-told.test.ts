/**
 * War words that tell no event: an act a weapon can do, one denied, one told as a kind of act, a weapon held or
 * described by what it does, a record over a span, a demonstration only called. Each case is an invented text worded
 * unlike the articles the rules were measured on; each has a control where the same words tell an event.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const PUB = '2026-04-09';
/** A story of one ambush, with one more paragraph whose records are returned (current ones only). */
function extra(paragraph: string): string[] {
  const text =
    'Rebels ambush army supply column near Karvan pass\n\n' +
    'KARVAN, Oslandia — Rebel fighters ambushed an army supply column in the Karvan pass on Tuesday, killing six soldiers and burning four lorries, a military official said.\n\n' +
    'The column was carrying fuel and food to garrisons in the north, the official added.\n\n' +
    `${paragraph}\n\n` +
    'The rebels have not commented on the ambush.';
  const key = paragraph.slice(0, 40);
  return briefArticle({ text, origin: 'text' }, { published: PUB })
    .incidents.filter((i) => !i.background && i.evidence.includes(key))
    .map((i) => i.subType);
}

describe('an act a weapon or a side is able to do, or must do, is no event', () => {
  it('records no strike for what a drone can hit', () => {
    expect(
      extra(
        'The upgraded Varda drone can hit a target 250 km away and carries two guided bombs under its wings.',
      ),
    ).toEqual([]);
  });
  it('records no interception for what a battery is able to down', () => {
    expect(
      extra(
        'Each new battery is able to shoot down cruise missiles flying as low as 30 metres, the supplier says.',
      ),
    ).toEqual([]);
  });
  it('records no shelling that must stop', () => {
    expect(
      extra('The shelling of farming villages must stop at once, the regional governor told reporters.'),
    ).toEqual([]);
  });
  it('still records artillery that shelled a village on a day', () => {
    expect(
      extra(
        'Army howitzers shelled the village of Derun on Wednesday, wounding three farmers, residents said.',
      ),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('a denied act is no event', () => {
  it('records nothing for "no shelling was reported"', () => {
    expect(
      extra('No artillery fire was heard around the pass on Wednesday, a shepherd said by telephone.'),
    ).toEqual([]);
  });
  it('records nothing for jets a side denies bombed a place', () => {
    expect(
      extra(
        'The air force denied that its jets had bombed a clinic in the valley, calling the reports lies.',
      ),
    ).toEqual([]);
  });
  it('still records a strike in which "no one" was hurt', () => {
    expect(
      extra(
        'Army jets bombed a rebel depot outside Melsk on Wednesday, though no one was hurt, officials said.',
      ),
    ).toEqual(['Air/drone strike']);
  });
});

describe('a report dismissed, or an act only possible, is no event', () => {
  it('records nothing for rumours a police force dismissed', () => {
    expect(
      extra('Police in Melsk dismissed rumours that gunmen had stormed a school in the town on Wednesday.'),
    ).toEqual([]);
  });
  it('records nothing for reports a ministry called false', () => {
    expect(
      extra(
        'Reports that a bomb went off near the Melsk grain market on Wednesday were false, the ministry said.',
      ),
    ).toEqual([]);
  });
  it('still records the act a denial of other claims leaves told', () => {
    expect(
      extra(
        'Police in Melsk rejected allegations that officers used live rounds, but confirmed they fired tear gas at protesters on Wednesday.',
      ),
    ).not.toEqual([]);
  });
  it('records nothing for a strike that "cannot be ruled out"', () => {
    expect(
      extra('A drone strike on the Melsk dam cannot be ruled out, an analyst at a think tank said.'),
    ).toEqual([]);
  });
});

describe('a denial of who did a definite act keeps the act', () => {
  it('records the ambush a group denies carrying out', () => {
    expect(
      extra(
        'A second group, the Melsk Brigades, denied carrying out the ambush that killed two policemen near Melsk on Wednesday.',
      ),
    ).not.toEqual([]);
  });
  it('records nothing for "denied carrying out any attack"', () => {
    expect(
      extra('A second group, the Melsk Brigades, denied carrying out any attack near Melsk on Wednesday.'),
    ).toEqual([]);
  });
});

describe('an act told as a kind of act is no event', () => {
  it('records nothing for "every air strike kills civilians"', () => {
    expect(
      extra('Every air strike in a crowded valley kills civilians, a relief agency argued in its appeal.'),
    ).toEqual([]);
  });
  it('records nothing for strikes that are rare or a part of life', () => {
    expect(
      extra('Mortar fire is part of ordinary life for the herders who graze their flocks below the ridge.'),
    ).toEqual([]);
    expect(
      extra('Drone strikes on the provincial capital are rare, and markets there stay open late.'),
    ).toEqual([]);
  });
  it('records nothing for a call to end strikes', () => {
    expect(
      extra(
        'Church leaders in Derun called for an end to the shelling of market towns, where four people died last week.',
      ),
    ).toEqual([]);
  });
});

describe('a weapon held, made or described is no event', () => {
  it('records no strike for bombs a drone carries or a factory makes', () => {
    expect(
      extra(
        'The plant in Tarsk assembles engines and produces glide bombs for the air force, the ministry said.',
      ),
    ).toEqual([]);
  });
  it('records no interception for systems that down missiles', () => {
    expect(
      extra(
        'The navy has ordered four frigates with systems that shoot down anti-ship missiles, officials said.',
      ),
    ).toEqual([]);
    expect(
      extra('The coastal battery intercepts incoming rockets at a range of up to 70 km, its maker says.'),
    ).toEqual([]);
  });
  it('records no interception for a rate of success', () => {
    expect(
      extra(
        'The interceptor, which has downed more than 85 per cent of the rockets it has faced, costs about $1 million a shot.',
      ),
    ).toEqual([]);
  });
  it('still records a battery that intercepted rockets on a night', () => {
    expect(
      extra(
        'Air defence units intercepted three rockets fired at the garrison at Melsk on Wednesday night, the army said.',
      ),
    ).toEqual(['Disrupted weapons use']);
  });
});

describe('a perfect of experience, of a tally or of a span tells a pattern', () => {
  it('records nothing for rockets downed "before"', () => {
    expect(extra('Oslandian gunners have shot down rebel drones before, a retired colonel noted.')).toEqual(
      [],
    );
  });
  it('records nothing for hundreds of drones downed along a front', () => {
    expect(
      extra(
        'Electronic jamming has downed hundreds of rebel drones along the northern front, engineers say.',
      ),
    ).toEqual([]);
  });
  it('records nothing for ships that have intercepted missiles for years', () => {
    expect(
      extra('Two destroyers have intercepted missiles off the coast for three years, the navy says.'),
    ).toEqual([]);
  });
  it('records nothing for shells that land most nights', () => {
    expect(extra('Farmers in Derun say shells land in their fields most nights.')).toEqual([]);
  });
  it('records nothing for violence over a season', () => {
    expect(
      extra(
        'Envoys of both sides met in Vell on Wednesday after a winter of massacres and air strikes in the hills.',
      ),
    ).toEqual([]);
  });
});

describe('a demonstration only called, explosives only found', () => {
  it('records no march a union has called for a coming day', () => {
    expect(extra('The drivers\u2019 union has called a fresh march for Monday in the capital.')).toEqual([]);
  });
  it('records no protest a party only called for', () => {
    expect(
      extra('Opposition leaders called for protests in the capital on Friday against the delay.'),
    ).toEqual([]);
  });
  it('records no bomb among a long list of things found', () => {
    expect(
      extra(
        'Soldiers searching the camp on Wednesday recovered two rifles, a radio, three boxes of ammunition and parts for roadside bombs, the official said.',
      ),
    ).toEqual([]);
  });
});

describe('munitions and warnings that are not an attack', () => {
  it('records no shelling for spent or supplied shells', () => {
    expect(
      extra('Spent shells lay along the verge outside the clinic on Wednesday morning, a nurse said.'),
    ).toEqual([]);
    expect(
      extra('A neighbouring state has supplied 155mm artillery shells to the army, the ministry said.'),
    ).toEqual([]);
  });
  it('still records a side that shells a town, told in the present of a headline', () => {
    const list = briefArticle(
      {
        text: 'Army shells Melsk as talks stall\n\nMELSK, Oslandia — Rebel gunners shelled the centre of Melsk on Wednesday, wounding five people, the mayor said.',
        origin: 'text',
      },
      { published: PUB },
    ).incidents.filter((i) => !i.background);
    expect(list.map((i) => i.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
  it('records no strike for air raid sirens', () => {
    expect(
      extra('Air raid sirens sounded across Melsk twice on Wednesday, but nothing was hit, officials said.'),
    ).toEqual([]);
  });
  it('records no shelling for mortar rounds seized in a raid', () => {
    expect(
      extra(
        'Mortar rounds and two rifles were seized in a search of a farm near Derun on Wednesday, police said.',
      ),
    ).toEqual([]);
  });
  it('records no shelling two sides blame on each other, nor a trend of fire', () => {
    expect(
      extra('Both armies accuse each other of shelling the dam above Derun, which was damaged on Wednesday.'),
    ).toEqual([]);
    expect(
      extra('Rocket fire from the hills has slowed since the envoys arrived, residents of Melsk say.'),
    ).toEqual([]);
  });
  it('still records a strike whose toll has risen', () => {
    expect(
      extra(
        'The number of people killed in the rocket strike on Melsk on Wednesday has risen to four, the mayor said.',
      ),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
  it('records no shelling a side denies, nor bombs a factory makes', () => {
    expect(
      extra('The army denies shelling the villages below the ridge, a spokesman said on Wednesday.'),
    ).toEqual([]);
    expect(
      extra(
        'The plant outside Tarsk makes glide bombs and engine parts for the air force, its director said.',
      ),
    ).toEqual([]);
  });
});

describe('an interception is of the weapon itself', () => {
  it('records nothing for intercepted calls or a shipment of drone parts', () => {
    expect(
      extra(
        'Signals officers intercepted radio calls in which rebel commanders discussed their drone programme.',
      ),
    ).toEqual([]);
    expect(
      extra(
        'Customs officers at Melsk intercepted a shipment of drone parts on Wednesday, the ministry said.',
      ),
    ).toEqual([]);
  });
  it('still records drones downed, with the verb in quotation marks', () => {
    expect(
      extra(
        'The army said its air defence units had "intercepted and destroyed" 12 rebel drones over Melsk on Wednesday night.',
      ),
    ).toEqual(['Disrupted weapons use']);
  });
});
