// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the fiftieth held-out set showed, read in the session after the one that measured it: a year that did not
 * go as planned, promises not always kept, an agreement a customer ended; "er planen å" with the verb first; a unit named by
 * its count ("et nytt kvalitetsteam på tre personer"); the last holder of the post in a higher one now; a chance to move on
 * to a named post. Not evidence: an American ad's "dental and vision insurance" (no vision); a school or a programme named
 * as if a person ("Behavioral Health Program – Registered Nurse"); a rule for those who work there, its gear a fall arrest
 * ("Alle som jobber i parken, skal … bruke fallsikring"); "The City of X is planning …" and a country's trade ("Byggvaruhandeln
 * i Norge räknar med …"): another's plan; nurses "who want to grow" (their growth, no strategy). Left out: a job ad's growth
 * target read as vision, "Teams meet … at every shift change to hand over openly" (a value), the judge's career reading of a
 * technical school's programme. Sentences written for this test.
 */

describe('what a sentence is evidence of', () => {
  test.each([
    ['en', 'Last year did not go as planned.', 'news', 'do-better'],
    ['nb', 'Selskapet har ikke alltid levert som lovet.', 'news', 'do-better'],
    ['nb', 'Kjeden som sto for en tredel av salget, sa opp avtalen i september.', 'news', 'do-better'],
    ['sv', 'Förra året gick inte som planerat.', 'news', 'do-better'],
    ['sv', 'Kedjan sade upp avtalet i oktober.', 'news', 'do-better'],
    ['nb', 'Nå er planen å åpne to egne utsalg innen sommeren 2027.', 'news', 'strategy'],
    ['sv', 'Nu är planen att öppna två egna butiker före sommaren 2027.', 'news', 'strategy'],
    ['nb', 'Produksjonsleder Mona Ulvskred har fått ansvar for et nytt kvalitetsteam på tre personer.', 'news', 'department'],
    ['sv', 'Vi har byggt ett nytt kvalitetsteam på tre personer.', 'company', 'department'],
    // Read so before ("team" is a cue).
    ['en', 'She now leads a quality team of three people.', 'company', 'department'],
    ['nb', 'Den forrige koordinatoren er i dag driftssjef hos oss.', 'job-ad', 'career-goals'],
    ['sv', 'Den förra samordnaren är i dag driftchef hos oss.', 'job-ad', 'career-goals'],
    ['en', 'The previous coordinator is now our operations manager.', 'job-ad', 'career-goals'],
    ['sv', 'Efter projektet finns möjlighet att gå över till en fast tjänst som anläggningsansvarig.', 'job-ad', 'career-goals'],
    ['en', 'After the project there is an opportunity to move into a permanent role as plant manager.', 'job-ad', 'career-goals'],
  ] as const)('%s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).toContain(prompt);
  });
});

describe('what a sentence is not evidence of', () => {
  test.each([
    ['en', 'Health, dental and vision insurance and a 401(k) with a 4 % match.', 'job-ad', 'vision'],
    ['en', 'Ulvdīga Technical School runs a two-year wood processing programme that many local young people choose.', 'company', 'people'],
    ['en', 'Behavioral Health Program – Registered Nurse.', 'job-ad', 'people'],
    ['nb', 'Alle som jobber i parken, skal ha gyldig sertifikat og bruke fallsikring i tårnet.', 'job-ad', 'vision'],
    ['nb', 'Alle som jobber i parken, skal ha gyldig sertifikat og bruke fallsikring i tårnet.', 'job-ad', 'values'],
    // Read so before (this one named no gear).
    ['en', 'Everyone who works on site should have a valid certificate.', 'company', 'vision'],
    ['en', 'The City of Ulvainen is planning a new industrial area by 2027.', 'news', 'strategy'],
    ['sv', 'Byggvaruhandeln i Norge räknar med att öppna 20 nya varuhus fram till 2030.', 'company', 'strategy'],
    ['en', 'Nurses who want to grow can train as nurse practitioners with our tuition support.', 'job-ad', 'strategy'],
    // Guards: a shift of seven is one's own, told of a person; the company's own online trade plans.
    ['sv', 'Jag började vid paketeringen 2016 och leder i dag ett skift på sju personer.', 'company', 'department'],
  ] as const)('%s: not %s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).not.toContain(prompt);
  });
  test('nb: the company\'s own online trade still plans ("Målet er at netthandelen skal …")', () => {
    expect(promptsOf('Målet er at netthandelen skal stå for 15 prosent av salget innen 2028.', 'nb', 'news')).toContain('strategy');
  });
  test('en: a vision is still read ("Our vision is …")', () => {
    expect(promptsOf('Our vision is a coast where everyone can find work close to home.', 'en', 'company')).toContain('vision');
  });
});
