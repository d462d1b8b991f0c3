/**
 * People named by runs the tagger reads badly: a lower-case particle inside the name ("Joris van Dam") or an Arabic
 * article glued to the surname ("Ezzeldin al-Safi"), with speech or an appositive as the evidence.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';

const people = (text: string) => extractEntities(buildDoc(text)).people.map((p) => p.name);

describe('name parts the tagger does not read as proper nouns', () => {
  it("keeps a particle inside a speaker's name", () => {
    const got = people(
      '"It is organised violence," said Joris van Dam, a spokesman for the mayor\'s office.',
    );
    expect(got).toContain('Joris van Dam');
  });

  it('keeps an Arabic article glued to the surname of a name set off after a role', () => {
    const got = people('An RSF adviser, Ezzeldin al-Safi, said on X that the group had taken the town.');
    expect(got).toContain('Ezzeldin al-Safi');
  });

  it('still needs evidence: a capitalised run with a particle and no speech or role is no person', () => {
    const got = people('Fans gathered at the Stade de France on Sunday before the final.');
    expect(got).toEqual([]);
  });

  it('reads a name with an Arabic article right after a kind of body as the body, not a person', () => {
    const got = people(
      'The armed group Jabhat al-Nur said it carried out the raid. The militia Liwa al-Quds said two fighters died. Members of the party Hizb al-Tahrir said they would march.',
    );
    expect(got).toEqual([]);
  });

  it("reads a run after a particle that follows a capitalised word as the tail of a body's name", () => {
    const got = people(
      'Claims will run into millions of euros, said the Consorcio de Compensación de Seguros, the state-backed body that covers flood damage in Spain.',
    );
    expect(got).toEqual([]);
  });
});
