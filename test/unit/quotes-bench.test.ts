/** Quotes from the bench: a judge introduced by name and title, then called the coroner or the judge. */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const brief = (text: string) => briefArticle({ text, origin: 'text' }, { published: '2025-05-14' });

describe('a judge introduced by name', () => {
  it('reads "Mr Justice Name" as a title and a name, and "Mr Justice Surname" as the same person', () => {
    const b = brief(
      'Delivering her findings on Tuesday, Mrs Justice Aoife Keane said the force used was not justified. Mrs Justice Keane said the officers had not been warned.',
    );
    expect(b.people.map((p) => p.name)).toEqual(['Aoife Keane']);
  });

  it('gives "the coroner said" to the judge the inquest was told of by name', () => {
    const b = brief(
      'Delivering her findings at the inquest on Tuesday, Mrs Justice Aoife Keane said the force used was not justified.\n\n"The men were doing nothing more than driving home," the coroner said.',
    );
    expect(b.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Aoife Keane', 'The men were doing nothing more than driving home,'],
    ]);
  });
});

describe('a statement read on behalf of someone', () => {
  it('gives the statement to those it was read for, not to its reader', () => {
    const q = (text: string) => brief(text).quotes.map((x) => [x.speaker, x.text]);
    expect(
      q(
        'Outside the court, a lawyer read a statement on behalf of the Mwangi family. "We have waited nine years for this day," the statement said.',
      ),
    ).toEqual([['Mwangi family', 'We have waited nine years for this day,']]);
    expect(
      q(
        'A spokesman read a statement on behalf of the Kisumu Traders Association outside the market on Monday. "We will not reopen until the police leave," the statement said.',
      ),
    ).toEqual([['Kisumu Traders Association', 'We will not reopen until the police leave,']]);
  });
});
