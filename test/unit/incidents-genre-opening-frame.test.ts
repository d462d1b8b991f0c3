/**
 * A phrase that opens a sentence sets the frame of all of it: in a story of a work, "In the third episode, police
 * raid a drugs house in Camberwell and a firefight breaks out" tells the work's scene, not a current armed clash,
 * though the frame word stands before the clause of the act. The same raid reported as news keeps its record. The
 * articles are invented.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { storyKind } from '../../src/lib/extract/incidents/genre.ts';

const current = (text: string) =>
  briefArticle({ text, origin: 'text' }, { published: '2026-12-01' })
    .incidents.filter((i) => !i.background)
    .map((i) => `${i.subType}: ${i.evidence}`);

const DRAMA =
  "Gang rivalry drama 'Blood Lines' returns with explosive second season\n\n" +
  'Television | Streaming\nBy Nadia Cole\n1 December 2026\n\n' +
  'The Netflix crime drama Blood Lines returned on Friday with an opening episode in which two rival gangs in south London clash in a car park, leaving three teenagers dead and a police officer fighting for his life.\n\n' +
  'The second season, set a year after the first ended with the shooting of gang leader Marcus Reid, follows his younger brother Jay, played by Kedar Williams-Stirling, as he tries to keep the peace between the Brixton and Peckham crews.\n\n' +
  'Creator Ashley Walters said the show drew on real stories from the estates where he grew up. "We wanted to show what these wars cost families," he said at the premiere in Leicester Square on Wednesday.\n\n' +
  'The first season was watched by 28 million households worldwide. Early reviews of the new episodes have been mixed, with critics praising the performances but finding the violence relentless.\n\n' +
  'In the third episode, police raid a drugs house in Camberwell and a firefight breaks out, one of the most expensive sequences the streaming service has shot in Britain.\n\n' +
  'All eight episodes are available now.\n\nMore: The best British crime dramas to stream';

const RAID =
  'Firefight in Camberwell as police raid drugs house\n\n' +
  'Police raided a drugs house in Camberwell on Friday night and a firefight broke out with armed men inside, wounding two officers, the Metropolitan Police said.\n\n' +
  'Three men were arrested at the scene. Residents said they heard about 20 shots.';

describe('a phrase that opens a sentence frames all of it', () => {
  it('reads the drama story as a work', () => {
    expect(storyKind(buildDoc(DRAMA))).toBe('work');
  });
  it("the third episode's firefight is no current armed clash", () => {
    expect(current(DRAMA)).toEqual([]);
  });
  it('the raid reported as news keeps its record', () => {
    expect(current(RAID).some((r) => r.startsWith('Armed clash'))).toBe(true);
  });
});
