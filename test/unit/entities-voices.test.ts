/**
 * A state body named by the one who speaks for it or leads it ("the Mombasa police spokesperson, Name,"), on short
 * texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';

const orgNames = (text: string) => extractEntities(buildDoc(text)).orgs.map((o) => o.name);

describe('a body named by its voice', () => {
  it('reads a country\'s ministry before "spokesperson" and an apposed name as a body', () => {
    expect(
      orgNames(
        "Talks stalled on Friday. Kenya's foreign ministry spokesperson, Jane Wambui, said the strike was planned.",
      ),
    ).toContain('Kenya foreign ministry');
  });

  it('reads a town\'s police before "spokesperson" and a rank as a body', () => {
    expect(
      orgNames(
        'Four men were held overnight, and Mombasa police spokesperson Inspector Ali Hassan said they were armed.',
      ),
    ).toContain('Mombasa police');
  });

  it('reads a country\'s army before "chief of staff" as a body', () => {
    expect(orgNames("Chad's army chief of staff, General Idriss Mahamat, flew north on Sunday.")).toContain(
      'Chad army',
    );
  });

  it('reads no body from a head and a common noun with no one named', () => {
    const names = orgNames(
      'Officers guarded the Mombasa police station while the Kenya army barracks stayed shut.',
    );
    expect(names).not.toContain('Mombasa police');
  });
});
