/**
 * "the al-Qaeda-linked group", "the Hamas-led attack", "an al Qaeda-linked militia": a listed organisation named as the
 * first part of a compound that ties something to it is mentioned there. (A country or a people so named, "Iran-backed",
 * "Kurdish-led", says who stands behind a body and is left to the place finders.)
 */
import { normKey } from '../gazetteer.ts';
import type { EntityContext } from './context.ts';
import { TIE_ENDING } from './shared.ts';

/** A compound that ties a thing to a body, and the body's name in it: "al-Qaeda-linked", "Hamas-led". */
const TIE = new RegExp(`^(.+)-(?:${TIE_ENDING})$`, 'i');

export function findCompoundOrgs(cx: EntityContext): void {
  const { W, gaz, claimed, personWords, addOrg, doc, mentions } = cx;
  const covered = new Set<number>();
  for (const m of mentions) for (let k = m.w0; k < m.w1; k++) covered.add(k);
  for (let i = 0; i < W.length; i++) {
    const m = TIE.exec(W[i].text);
    if (!m || claimed[i] >= 0 || personWords.has(i) || covered.has(i)) continue;
    // the name may start one or two words before the compound: "al Qaeda-linked", "Islamic State-affiliated"
    for (let back = 0; back <= 2; back++) {
      const w0 = i - back;
      if (w0 < 0 || W[w0].sent !== W[i].sent) break;
      if (back > 0 && (claimed[w0] >= 0 || personWords.has(w0) || covered.has(w0) || W[w0].pos === 'PUNCT'))
        break;
      const name = back ? `${doc.text.slice(W[w0].start, W[i].start)}${m[1]}` : m[1];
      if (!/\p{Lu}/u.test(name)) continue;
      const entries = gaz.phrases.get(normKey(name));
      if (!entries?.length || entries.some((e) => e.kind !== 'org')) continue;
      const org = entries[0];
      if (org.kind !== 'org') continue;
      addOrg(org, name, w0, i + 1);
      // the compound names the body in passing: "an al-Qaeda-linked group" is some group, so the words stay no
      // mention a speaker or an actor could be read from
      const last = mentions[mentions.length - 1];
      if (last?.kind === 'org' && last.w0 === w0) mentions.pop();
      break;
    }
  }
}
