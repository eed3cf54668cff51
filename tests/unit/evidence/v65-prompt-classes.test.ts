// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';
import { sentenceQuality } from '../../../core/evidence/quality';

/**
 * Prompt classes the sixty-fifth held-out set showed, read in the session after the one that measured it: a habit kept each
 * day by all ("Alle ansatte tar … hver dag …"), by the house ("Hos X starter hver arbeidsdag med …"); a choice told after
 * "Hos oss" ("… og vi stopper linja heller enn å sende feil videre"); a shortfall told in a survey with its year ("In our
 * 2025 staff survey only 54 percent said …"), rejects against the year before, "Två kunder klagade …"; a crew named by a
 * compound ("Preppegjengen jobber om natta …"); a unit a named person reports on ("… said the finishing team will double
 * …"). Sentences written for this test.
 */

describe('habits of the house', () => {
  test.each([
    ['nb', 'Alle ansatte går minst én runde på lageret hver dag og hilser på sjåførene.'],
    ['sv', 'Alla medarbetare går en runda i butiken varje dag och pratar med kunderna.'],
    // Read so before: "every" twice in English.
    ['en', 'Every employee spends an hour on the shop floor every day talking to the operators.'],
    ['nb', 'Hos Ulvfjell Maskin starter hver arbeidsdag med et kort møte der sjåførene fordeler oppdragene selv.'],
    ['sv', 'Varje arbetsdag börjar med ett kort möte där förarna själva fördelar uppdragen.'],
    ['nb', '– Hos oss tar alle ansvar for sin egen maskin, og vi stopper produksjonen heller enn å sende feil videre, sier han.'],
  ] as const)('%s: values: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });
  test.each([
    // A day's time alone, without all of the staff, the house or the day's start: a timetable, not a habit.
    ['en', 'The shop is open every day from nine to five.'],
    ['nb', 'Butikken har åpent hver dag fra ni til fem.'],
    ['nb', 'Hos oss fikk vi heller ikke svar på søknaden.'],
  ] as const)('%s: guard, no habit: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});

describe('shortfalls told plainly', () => {
  test.each([
    ['en', 'In our 2025 staff survey only 54 percent said they get enough feedback from their manager.'],
    ['en', 'Last season we rejected 9 percent of packed trays at inspection, against 3 percent the year before.'],
    ['sv', 'Två kunder klagade också på att rapporterna kom först efter lunch.'],
  ] as const)('%s: do-better: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
  test.each([
    // Fewer rejects than the year before is better, not worse (read as a shortfall before: fewer of anything not known as bad read as worse).
    ['en', 'Last season we rejected 3 percent of packed trays at inspection, against 9 percent the year before.'],
  ] as const)('%s: guard, no shortfall: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
  test('a survey with its year, told of in prose, is no invitation to take it', () => {
    expect(sentenceQuality('In our 2025 staff survey only 54 percent said they get enough feedback.')).toBe(1);
    // Read so before: an invitation stays weak.
    expect(sentenceQuality('Take our 2025 staff survey and win a prize.')).toBeLessThan(0.2);
  });
});

describe('units', () => {
  test.each([
    ['nb', 'Preppegjengen jobber om natta og kjører tre pistemaskiner.'],
    ['sv', 'Lastgänget jobbar natt och lastar tolv bilar före klockan sex.'],
    ['en', 'Vice-President Operations Karl-Erik Ulvhard said the finishing team will double to 120 people.'],
    // Read so before: a title after the name.
    ['en', 'Operations director Ulla Berg said the finishing team will double to 120 people.'],
  ] as const)('%s: department: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });
  test.each([
    // A named person who does something with a unit in passing, neither leading it nor telling of it, stays the person's.
    ['en', 'Ulla Berg joined the finishing team in 2019.'],
  ] as const)('%s: guard, no unit: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('department');
  });
});
