// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { personUnits } from '../../../core/evidence/person-units';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the thirty-ninth held-out set showed, read on purpose after its one measurement: slowness owned, a
 * permit exceeded, too little room at the customers' cost and a delivery not managed; colleagues counted who finished
 * a course and what they do now; a lab, a workshop or an energy plant named by its work; a short line between a name and
 * a bio that opens with the person's first name, whatever its words; a past start with "etter" no plan. Sentences written for
 * this test in each language.
 */

describe('shortfalls owned in plain words', () => {
  test.each([
    ['en', 'Customers told us, rightly, that we were slow to return their calls.'],
    ['en', 'In 2025 we exceeded our permitted dust emissions on three occasions, and the county notified us of a possible coercive fine.'],
    ['en', 'We simply have too little space, and it comes at the expense of our customers.'],
    ['nb', 'I år har selskapet ikke klart å levere alle bestilte varer.'],
    ['nb', '– Vi har rett og slett for lite plass, og det går ut over kundene våre, sier daglig leder Tor Glimsvik.'],
    ['nb', 'Kundene sa fra om at vi var trege med å ringe tilbake.'],
    ['sv', 'I år har bolaget inte klarat att leverera alla beställda varor.'],
    ['sv', '– Vi har helt enkelt för lite plats, och det går ut över kunderna, säger vd Tor Glimström.'],
    ['sv', 'Kunderna sa till oss, med rätta, att vi var långsamma med att ringa tillbaka.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
  test.each([
    // Guards: slowness of a thing done on purpose, and room told as a plan.
    ['en', 'The old hull was slowly towed into the harbour and rebuilt as a museum.'],
    ['nb', 'Det er ikke klart når den nye kaia åpner.'],
  ] as const)('%s: no shortfall: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});

describe('colleagues counted who finished a course, and what they do now', () => {
  test.each([
    ['en', 'Two warehouse workers finished the shipping clerk course in 2025 and now plan the ship lists at the terminal.'],
    ['nb', 'To lagerarbeidere fullførte speditørkurset i 2025 og planlegger nå skipslistene på terminalen.'],
    ['sv', 'Två lagerarbetare slutförde speditörskursen 2025 och planerar nu skeppslistorna vid terminalen.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('career-goals');
  });
  test('guard: counted customers who finished a survey', () => {
    expect(promptsOf('Two customers finished the survey and now buy more from us.', 'en')).not.toContain('career-goals');
  });
});

describe('a lab, a workshop or an energy plant named by the work it does', () => {
  test.each([
    ['nb', 'Laboratoriet tester jordprøver fra alle prosjektene og leverer de fleste resultatene innen en uke.'],
    ['sv', 'Kvalitetslabbet testar varje rulle innan den lämnar bruket.'],
    ['en', 'The energy plant supplies steam to the mill and district heating to half of the town.'],
    ['en', 'The lab tests every reel before it leaves the mill.'],
  ] as const)('%s: %s', (_lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(true);
  });
  test.each([
    // Guards: what befell the lab, and the lab in passing.
    ['nb', 'Laboratoriet har fått ny leder.'],
    ['en', 'We sent the samples to a lab in Oslo.'],
  ] as const)('%s: no unit at work: %s', (_lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(false);
  });
});

describe("a short line between a name and a bio that opens with the person's first name is their post", () => {
  const team = (name: string, line: string, bio: string) => [
    { tag: 'h2', text: name, heading: 'Meet the team' },
    { tag: 'p', text: line, heading: name },
    { tag: 'p', text: bio, heading: name },
  ];
  test.each([
    ['en', 'Hans Peter Glimsen', 'Head guide, Icefjord team', 'Hans Peter trains every new guide himself and still leads the midnight hike twice a week.'],
    ['en', 'Sofie Glimsby', 'Booking and guest service', 'Sofie answers your emails in Danish, English and German.'],
    ['nb', 'Kari Glimsvik', 'Booking og gjesteservice', 'Kari svarer på e-post og telefon alle dager i sesongen.'],
    ['sv', 'Leila Glimström', 'Konstruktör', 'Leila ritar kundanpassade cylindrar och arbetar nära säljarna.'],
  ] as const)('%s: %s', (lang, name, line, bio) => {
    const [unit] = personUnits(team(name, line, bio), lang);
    expect(unit?.parts).toEqual([name, line, bio]);
  });
  test("guard: a menu's items are no name and post", () => {
    const menu = ['Glimsvik Group Management Team', 'Privacy', 'Glimsvik Group and AI'].map((text) => ({ tag: 'li', text }));
    expect(personUnits(menu, 'en')).toEqual([]);
  });
});

describe('a start told with a past year and "after" is a career, no plan', () => {
  test.each([
    ['nb', 'Ragnhild startet firmaet i 2012 etter ti år med skredkartlegging i Troms og har ledet sikringen av flere fjellsider.'],
    // Read so before the fix too (English and Swedish take no preposition for a doing word); kept as the class's other languages.
    ['en', 'Ragna started the firm in 2012 after ten years of avalanche mapping in Troms.'],
    ['sv', 'Ragna startade firman i 2012 efter tio år med skredkartläggning i Troms.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
  test('guard: a year ahead, then the doing word, is still the plan', () => {
    expect(promptsOf('I 2027 bygger vi ny kai ved terminalen.', 'nb')).toContain('strategy');
  });
});
