/**
 * Features that tell past violence in present-tense testimony ("She says a shell hit the maternity ward", "He recalls
 * that militiamen kidnapped his nephew") under a page's furniture (a byline, a label and the page's date), and the
 * same words told as news of now, with a day of their own: the features give no current incident, the news keeps
 * its record. The articles are invented.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const current = (text: string) =>
  briefArticle({ text, origin: 'text' }, { published: '2026-12-01' })
    .incidents.filter((i) => !i.background)
    .map((i) => `${i.subType}: ${i.evidence}`);

const NURSE =
  "The nurse who would not leave: inside Kherson's last maternity ward\n\n" +
  'By Joanna Lis\n\n' +
  'Features | 29 November 2026\n\n' +
  'Olena Kravets says a shell hit the maternity ward while she was delivering a baby, and that she finished the delivery by torchlight in the corridor.\n\n' +
  'She has worked at the hospital for 31 years. When the doctors left, she stayed. Today she runs the ward with two midwives and a driver who doubles as a porter.\n\n' +
  '"The women still come, so we still work," she says. Her husband, Mykola, fixes the generators.\n\n' +
  'About 40 babies are born here each month, a fraction of the number before the war. "I am not brave," she says.';

const BAKER =
  'The baker of Idlib who feeds a town\n\n' +
  'Feature\n\n' +
  'Saturday 28 November 2026\n\n' +
  'Abu Khaled says an air strike destroyed his first bakery and killed two of his workers as they queued for flour.\n\n' +
  'He rebuilt it in a garage on the edge of Idlib with an oven salvaged from the rubble. Today he bakes 6,000 loaves a day.\n\n' +
  '"People need bread more than they need speeches," he says, pulling a tray from the oven.\n\n' +
  'His sons run the shop now. Aid groups subsidise the flour, but the subsidy has been cut twice this year.';

const SCHOOL =
  'Teacher says drone hit her school on Monday\n\n' +
  'Features | 29 November 2026\n\n' +
  'Iryna Bondar says a Russian drone hit her school in Kherson on Monday, wounding two pupils and a caretaker, and that lessons have moved underground.\n\n' +
  '"The children were in the shelter already, thank God," she says.\n\n' +
  "The city's education department said 14 schools had been damaged this year.";

const MIDWIFE =
  'The midwife who delivered a baby as shells hit her hospital\n\n' +
  'By Joanna Lis\n\n' +
  '29 November 2026\n\n' +
  'Olena Kravets says a shell hit the maternity ward while she was delivering a baby, and that she finished the delivery by torchlight in the corridor.\n\n' +
  'She has worked at the hospital in Kherson for 31 years. Today she runs the ward with two midwives.\n\n' +
  '"The women still come, so we still work," she says.\n\n' +
  '"I am not brave," she says. "I just know how to do this."';

const CONVOY =
  'Security forces on alert in Manipur\n\n' +
  '29 November 2026\n\n' +
  'Militants ambushed an Assam Rifles convoy in Chandel district, killing two soldiers and wounding three, officials said.\n\n' +
  'Security has been stepped up along the border, a police officer said.';

describe("a feature's testimony under the page's furniture", () => {
  it("a lead of present-tense testimony dated only by the page's label line is no current shelling", () => {
    expect(current(NURSE)).toEqual([]);
  });
  it("a lead of testimony dated only by the page's date line is no current air strike", () => {
    expect(current(BAKER)).toEqual([]);
  });
  it('a feature titled by what someone went through ("The midwife who …") tells no event of now', () => {
    expect(current(MIDWIFE)).toEqual([]);
  });
  it("a report under the page's date, with no day in its lead, keeps its record", () => {
    expect(current(CONVOY).length).toBeGreaterThan(0);
  });
  it('the same testimony with a day of its own keeps its record', () => {
    expect(current(SCHOOL).length).toBeGreaterThan(0);
  });
});

const BAKERY =
  'Gunmen kill four at Idlib bakery\n\n' +
  'Gunmen opened fire on a bakery in Idlib on Saturday morning, killing four people queuing for bread, the civil defence said.\n\n' +
  'The owner, Abu Khaled, said the attackers arrived on two motorcycles.\n\n' +
  'Another baker describes how a drone struck his oven in Ariha and wounded two workers.\n\n' +
  'No group has claimed the attack.';

describe('an act told as what someone describes', () => {
  it('"describes how a drone struck" with no day of its own is background; the day\'s attack stays', () => {
    expect(current(BAKERY)).toEqual([expect.stringMatching(/^Attack: Gunmen opened fire/)]);
  });
});
