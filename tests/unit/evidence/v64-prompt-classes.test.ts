// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the sixty-fourth held-out set showed, read in the session after the one that measured it: habits told
 * plainly ("We repair before we replace", a weekday's walk-through "from the managing director to the newest apprentice",
 * "in their first month", "never … in their first six months", "Hos oss säger man till …, även till chefen"); a cost owned
 * without a negative word ("our customers paid for it", "we let tenants down"; "a difficult year for us" alone stays none); units by
 * their work at a named place ("The company's workshop in Cloncurry employs …", "Det nye laboratoriet får …", "The packing
 * hall ships …") and a unit formed ("we set up a small … unit"). Sentences written for this test.
 */

describe('habits of the house', () => {
  test.each([
    ['en', 'We fix before we throw away, both our tools and our boats.'],
    ['nb', 'Vi reparerer før vi kaster, både maskinene og produktene.'],
    ['en', 'Everyone joins the Monday walk-through of the yard, from the owner to the newest apprentice.'],
    ['nb', 'Alle er med på fredagsrunden i fabrikken, fra daglig leder til den nyeste lærlingen.'],
    ['sv', 'Alla är med på måndagsgenomgången i verkstaden, från vd till den nyaste lärlingen.'],
    ['en', 'Our nurses visit every new patient in their first week to check that the home set-up works.'],
    ['nb', 'Nyutdannede går aldri alene på nattevakt i sine første seks måneder.'],
    ['sv', 'Nya sjuksköterskor går aldrig ensamma på nattjour under sina första sex månader.'],
    ['sv', 'Hos oss säger man ifrån direkt om något är fel, även till chefen.'],
    ['nb', 'Hos oss sier man ifra med en gang hvis noe er galt, også til sjefen.'],
    ['sv', 'Hos oss hjälper alla till på lagret under vårens inventering, även de som sitter på kontoret.'],
    // Read so before: a word of all with a concession.
    ['en', 'Everyone speaks up straight away when something feels wrong, even when the boss is busy.'],
  ] as const)('%s: values: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });
  test.each([
    ['en', 'We have never had a serious injury at the plant.'],
    ['nb', 'Vi har aldri hatt en alvorlig skade på anlegget.'],
    ['en', 'The ferry leaves before we open the office.'],
    // "never" with "before" meaning earlier: a first try read this as a habit (v64's held-out story, a sentence like it).
    ['nb', 'Vi har hatt travle uker før også, men aldri så lenge av gangen.'],
  ] as const)('%s: guard, no habit: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});

describe('shortfalls owned without a negative word', () => {
  test.each([
    ['nb', 'Vi vokste raskere enn planleggingen vår, og kundene betalte prisen for det.'],
    ['en', 'We took on more orders than we could build, and our customers paid for it.'],
    ['sv', 'Vi växte snabbare än vår planering, och kunderna fick betala för det.'],
    ['en', 'Deliveries are where we let our customers down most this year.'],
    ['en', 'We know our booking line has been hard to get through on this winter.'],
  ] as const)('%s: do-better: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
  test.each([
    ['en', 'It was a hard winter for the whole valley, but our order books stayed full.'],
    ['sv', 'Det var ett svårt år för hela branschen, men vi växte.'],
    // A hard year told alone, no thing to do better: the tuning cases' labels leave it out (their annual reports open so).
    ['en', '2026 was a difficult year for us.'],
    ['nb', '2025 var et krevende år for oss.'],
  ] as const)('%s: guard, another\'s hard year: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});

describe('units by their work', () => {
  test.each([
    ['en', "The company's workshop in Mount Isa employs 12 fitters and runs around the clock."],
    ['en', 'The packing hall ships most of our fruit between March and May.'],
    ['nb', 'Det nye laboratoriet får tre ansatte og tester hver leveranse før den sendes.'],
    ['sv', 'Det nya laboratoriet får två anställda och testar varje parti innan det packas.'],
    ['en', 'Last spring we set up a small Customer Insight unit to run panels with our members.'],
    // Read so before: the unit opening the sentence, and at a place in Swedish.
    ['sv', 'Lagret i Umeå har sex medarbetare och skickar allt till butikerna.'],
  ] as const)('%s: department: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });
  test('en: guard, housing units are no unit of the company', () => {
    expect(promptsOf('We built 40 housing units in Ballina last year.', 'en')).not.toContain('department');
  });
});
