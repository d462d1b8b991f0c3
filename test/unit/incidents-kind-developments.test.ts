/**
 * Weapons made safe in a story of another kind: a retired officer's profile ("made bombs safe for a living") gives no
 * current disrupted weapons use; a device defused on a day of the report's own, in a report, keeps its record. The
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

const PROFILE =
  'A life making bombs safe\n\n' +
  'By Priya Nair\n\n' +
  '30 November 2026\n\n' +
  'For 22 years, Major Ian Falconer made bombs safe for a living. Now 61 and retired, he trains school leavers who want to become ammunition technicians.\n\n' +
  'He recalls his first tour in Northern Ireland in 1988. "You never forget your first long walk," he says. His career took him to Bosnia, Iraq and Afghanistan, and he was promoted to major in 2009.\n\n' +
  '"The kit is far better than when I started," he says. Falconer left the Army in 2014 and worked for a demining charity in Angola before joining the training school as a civilian instructor.';

const DEFUSED =
  'Army experts defuse bomb outside Newry police station\n\n' +
  'Army bomb disposal experts defused a device left outside a police station in Newry on Saturday night, police said.\n\n' +
  'Residents of nearby homes were evacuated for several hours. Detectives appealed for witnesses.';

describe('weapons made safe in a story of another kind', () => {
  it("a retired officer's profile gives no current disrupted weapons use", () => {
    expect(storyKind(buildDoc(PROFILE))).toBe('obituary');
    expect(current(PROFILE)).toEqual([]);
  });
  it('a device defused on a day of its own keeps its record', () => {
    expect(current(DEFUSED).length).toBeGreaterThan(0);
  });
});
