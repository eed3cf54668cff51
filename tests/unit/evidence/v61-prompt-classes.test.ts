// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the sixty-first held-out set showed, read in the session after the one that measured it: someone who
 * started low in the house and became something higher; a habit kept "every time"; a unit named by a compound after
 * "our", in its season; trucks queued for hours; what the company shall make so for the people it serves; "Maintenance
 * lead" before a name; a ferry company's name read as a person's. Sentences written for this test.
 */

describe('career paths', () => {
  test.each([
    ['nb', 'Ulvestad begynte selv som lærling på verkstedet i 2001 og ble driftssjef i 2019.'],
    // The post after its article (the final reading).
    ['en', 'Ulvhild started as a picker in the warehouse and became a shift leader in 2021.'],
    // Read so before in Swedish and English, where the start and the post after it read as they did.
    ['sv', 'Hon började som plockare på lagret och blev platschef efter tio år.'],
    ['en', 'She started as a picker in the warehouse and became site manager in 2020.'],
  ] as const)('%s: career-goals: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('career-goals');
  });
  test('guard: a team that started as a pilot is no one\'s path', () => {
    expect(promptsOf('The team started as a pilot and became a department of its own.', 'en')).not.toContain('career-goals');
  });
});

describe('habits, units and shortfalls', () => {
  test.each([
    ['nb', 'Hos oss spør lærlingen mesteren hver gang hun er usikker, og mesteren tar seg tid til å svare.'],
    ['sv', 'Här frågar lärlingen mästaren varje gång hon är osäker, och mästaren tar sig tid att svara.'],
    ['en', 'Apprentices ask a senior fitter every time they are unsure, and the fitter takes the time to explain.'],
  ] as const)('%s: values: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });
  test.each([
    ['sv', 'Vårt fiskecampteam guidar gäster längs älven från maj till oktober.'],
    ['nb', 'Vårt turistlag tar imot gjester fra juni til august.'],
  ] as const)('%s: department: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });
  test('guard: "our publisher" is no unit', () => {
    expect(promptsOf('Vårt förlag ger ut tio böcker om året.', 'sv')).not.toContain('department');
  });
  test.each([
    ['en', 'During the 2025 harvest, trucks queued for up to five hours because the sampling hut could test only one load at a time.'],
    ['nb', 'I fjor sto bilene i kø i opptil fem timer ved mottaket.'],
    ['sv', 'I fjol köade bilarna i upp till fem timmar vid mottagningen.'],
  ] as const)('%s: do-better: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
});

describe('purpose and people', () => {
  test.each([
    ['nb', 'Ulvåa Kraft skal gjøre fornybar strøm fra fjorden tilgjengelig og trygg for folk og næring i bygda, også når det blåser.'],
    ['sv', 'Ulvån Kraft ska göra förnybar el från älven tillgänglig och trygg för folk i bygden.'],
  ] as const)('%s: vision: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('vision');
  });
  test('en: people: "Maintenance lead" before a name', () => {
    expect(promptsOf('Maintenance lead Oskar Ulvbom and his team of eleven keep the saw line running around the clock.', 'en')).toContain('people');
  });
  test('nb: no person: a ferry company\'s name before "driver"', () => {
    expect(promptsOf('Ulvnamsen Ferjedrift driver ferjesambandet Gutvik–Skei på oppdrag fra fylkeskommunen.', 'nb', 'job-ad')).not.toContain('people');
  });
});
