/** Events told across the sentences of a paragraph: the doer in one, the act in the next, the harm after. */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2025-09-12') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('a doer, an act and a harm told in three sentences', () => {
  it('joins riders, the shot one of them fired and the death told after', () => {
    const list = incidents(
      'Two youths on a scooter caught up with a minibus on the ring road in Blantyre on Wednesday night. One of them fired into the cab. The conductor died on the way to hospital, witnesses said.',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subType: 'Attack', place: 'Blantyre' });
  });
  it('joins a drone seen coming and the ruin it left, with its toll', () => {
    const list = incidents(
      'A drone crossed the river towards Kurmuk shortly before sunrise on Tuesday. Within minutes two shops were flattened and a trader lay dead, residents said.',
    );
    expect(list).toHaveLength(1);
    expect(list[0].subType).toBe('Air/drone strike');
  });
  it('joins a device that went off under a truck and the dead told after', () => {
    const list = incidents(
      'A police truck was heading out of Wana on Friday morning. An explosive device planted in a culvert went off as it passed. Four constables were killed, an official said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Remote explosive/landmine/IED']);
    expect(list[0].killed).toBe(4);
  });
  it('reads a fight when the men attacked fire back', () => {
    const list = incidents(
      'Late on Saturday, a band of armed men crept up on a vigilante post outside Zurmi. The vigilantes fired back until dawn. Three of the raiders were killed.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Armed clash']);
  });
  it('reads a crowd that burned and smashed a council office as a riot', () => {
    const list = incidents(
      'A crowd gathered outside the council office in Mbale on Monday over the price of water. They set the records room alight and smashed the gates.',
    );
    expect(list.map((i) => i.type)).toEqual(['Riots']);
  });
  it('reads police who moved in on a sit-in, and the detentions after, as a protest met by force', () => {
    const list = incidents(
      'Nurses held a sit-in at the gates of the referral hospital in Kisumu on Thursday to demand arrears. Officers charged at them with batons just after midday. Thirty were arrested.',
    );
    expect(list.some((i) => i.subType === 'Protest with intervention')).toBe(true);
  });
  it('reads a crowd of people who held a street and said what they demanded as a peaceful protest', () => {
    const list = incidents(
      'Several hundred dock workers left the port of Mombasa at noon on Tuesday. They sat down across Moi Avenue for three hours and demanded their unpaid overtime.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Peaceful protest']);
  });
});

describe('sentences that must not be joined', () => {
  it('finds no protest in a crowd that cheered or asked for help, with no street held or demand told', () => {
    expect(
      incidents(
        'Thousands of supporters filled the square in Kumasi on Sunday evening. They chanted the names of the players until midnight.',
      ),
    ).toHaveLength(0);
    expect(
      incidents(
        'Hundreds of villagers walked to the district office in Kasese on Friday. They asked the officials for seed and tools.',
      ),
    ).toHaveLength(0);
  });
  it('does not join an act of another year to a death told today', () => {
    expect(
      incidents(
        'Troops fired on a column of strikers at the Rustenburg shafts in 2012. On Wednesday two miners died underground when a tunnel caved in.',
      ),
    ).toHaveLength(0);
  });
  it('does not join a killing told by a film or a novel in the present tense', () => {
    expect(
      incidents(
        'The novel is set in Kigali in 1994. Men with machetes go from door to door. A whole family dies in the first chapter.',
      ),
    ).toHaveLength(0);
  });
  it('does not join a toll of an accident to a policy told after it', () => {
    expect(
      incidents(
        'Seven people died on Sunday when a ferry capsized on Lake Albert. The fisheries minister said police will impound boats that carry too many passengers.',
      ),
    ).toHaveLength(0);
  });
  it('does not join men who did no harm to a death of another cause', () => {
    expect(
      incidents(
        'Armed rangers escorted a convoy of tourists through the park near Arusha on Friday. Two visitors died in a road crash on the way back.',
      ),
    ).toHaveLength(0);
  });
  it('does not join a doer told as the speaker or a death in another town', () => {
    expect(
      incidents(
        'Police in Kisii arrested a man who had threatened a neighbour on Monday. In Migori, five people died of cholera the same day.',
      ),
    ).toHaveLength(0);
  });
  it('does not join men already told of ("the attackers") again as a new event', () => {
    const list = incidents(
      'Gunmen killed four farmers in the village of Kaya on Sunday, residents said.\n\nThe attackers came on motorbikes and fired at the men in the fields. Two more were wounded.',
    );
    expect(list).toHaveLength(1);
  });
});
