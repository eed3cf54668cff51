// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the forty-ninth held-out set showed, read in the session that measured it: the company's purpose under its
 * name in the genitive ("Sjöhallas syfte är att …") and "that is why X exists" closing a sentence; what the company had too
 * little of, work done too late, what should have been found ("burde vært oppdaget"); a plan for a season's year, money set
 * aside; a post grown as the last holder's was, and moving on to a named post. Left out: "Vi skal lage betong som varer i
 * hundre år …" (a product's promise), customers taken on before the staff to serve them, a newsletter's editor as a person.
 * Sentences written for this test.
 */

describe('what a sentence is evidence of', () => {
  test.each([
    ['sv', 'Ulvhallas syfte är att göra tunt stål som håller länge, så att våra kunders produkter också gör det.', 'company', 'vision'],
    // Read so before ("formål" is a cue), now by its shape too.
    ['nb', 'Ulvbergs formål er å gi folk i dalen arbeid året rundt.', 'company', 'vision'],
    ['sv', 'Trä som växer här ska förädlas här – det är därför Ulvliden Trä finns.', 'company', 'vision'],
    ['nb', 'Fisken fra kysten skal foredles på kysten – det er derfor vi finnes.', 'company', 'vision'],
    ['nb', 'Vi hadde for lite frysekapasitet i mars, og da måtte vi kaste fisk for to millioner kroner.', 'news', 'do-better'],
    ['sv', 'Det beror till stor del på att vi inte hann med planerat underhåll på valsverk 2 i våras.', 'company', 'do-better'],
    ['nb', 'Generatoren sto i elleve uker etter en lagerskade som burde vært oppdaget ved årlig ettersyn.', 'company', 'do-better'],
    ['nb', 'Selskapet skal bygge et nytt fryselager som står ferdig til sesongen 2028.', 'news', 'strategy'],
    ['nb', 'Vi har satt av 62 millioner kroner til disse prosjektene i perioden 2026–2029.', 'company', 'strategy'],
    ['en', 'We have set aside 12 million dollars for the new terminal.', 'company', 'strategy'],
    ['en', 'Our last cellar door manager now runs sales for the whole business, and we would like to grow this role the same way.', 'job-ad', 'career-goals'],
    ['nb', 'Mulighet til å ta sertifikat med støtte fra rederiet og gå videre til maskinsjef når stillingen blir ledig.', 'job-ad', 'career-goals'],
  ] as const)('%s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).toContain(prompt);
  });
});

describe('what a sentence is not evidence of', () => {
  test.each([
    // Guards: a customer's purpose in the genitive; "why" that is no reason for being.
    ['sv', 'Kundens syfte är att spara tid i lagret.', 'company', 'vision'],
    ['en', 'That is why the old mill still stands by the river today.', 'company', 'vision'],
  ] as const)('%s: not %s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).not.toContain(prompt);
  });
});
