// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd } from '../../../core/jobad';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { pageInput } from './page-input';

/**
 * Title classes the eleventh held-out set showed, in English, Norwegian and Swedish (the settled convention: the role
 * as the heading writes it, without the extent, the rota, the shift, the season or the place; a unit joined is kept).
 */

describe('the terms a heading hangs on the role', () => {
  test.each([
    ['en', 'Community Engagement Lead (4 days/week)', 'Community Engagement Lead'],
    ['en', 'Sales Manager (Remote, 3 days a week)', 'Sales Manager'],
    ['nb', 'Rådgiver (4 dager i uka)', 'Rådgiver'],
    ['sv', 'Handläggare (4 dagar/vecka)', 'Handläggare'],
  ])('%s: the extent in days: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['nb', 'Matros – fast stilling i 2-2-turnus', 'Matros'],
    ['nb', 'Sykepleier – turnus', 'Sykepleier'],
    ['sv', 'Undersköterska – tillsvidareanställning', 'Undersköterska'],
    ['en', 'Offshore Technician - 14/14 rotation', 'Offshore Technician'],
  ])('%s: a permanent post and its rota: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['sv', 'Lokalvårdare kvällstid – Örebro & Kumla (75 %)', 'Lokalvårdare'],
    ['nb', 'Renholder kveldstid', 'Renholder'],
    ['en', 'Support Worker Nights', 'Support Worker'],
  ])('%s: a time of day written after the role without a dash: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['sv', 'Greenkeeper säsong 2027', 'Greenkeeper'],
    ['nb', 'Resepsjonist sesong 2027/28', 'Resepsjonist'],
    ['en', 'Lifeguard Summer 2027', 'Lifeguard'],
  ])('%s: a season with its year, without a dash: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['en', 'Head of Nights'],
    ['en', 'Rotation Engineer'],
    ['en', 'Fast Track Trainee'],
    ['nb', 'Avdelingsleder i turnus'],
    ['sv', 'Säsongsansvarig'],
    ['nb', 'Sommerskoleleder'],
    ['sv', 'Rektor för sommarskolan'],
  ])('%s: a role whose words only look like terms stays: "%s"', (_lang, title) => {
    expect(tidyTitle(title)).toBe(title);
  });
});

function page(h1: string): string {
  return `<!doctype html><html><head><title>Ledig stilling</title></head><body><main><h1>${h1}</h1>
<p>Vi er et lite team som trenger flere hender fra februar, og vi håper du vil være med oss videre.</p>
<h2>Kvalifikasjoner</h2><ul><li>Relevant utdanning</li><li>Førerkort klasse B</li></ul>
<p>Søknadsfrist: 15. januar 2027</p></main></body></html>`;
}

describe('a sentence heading keeps the unit the role is for', () => {
  test.each([
    ['nb', 'Vi søker veterinær til smådyrpoliklinikken!', 'Veterinær til smådyrpoliklinikken'],
    ['sv', 'Vi söker sjuksköterska till akutmottagningen!', 'Sjuksköterska till akutmottagningen'],
    ['en', "We're hiring a nurse to our ward!", 'Nurse to our ward'],
  ])('%s: "%s"', (_lang, h1, want) => {
    expect(extractJobAd(pageInput(page(h1), 'https://example.org/jobb/1', '2026-12-01').input)?.title).toBe(want);
  });

  test.each([
    ['nb', 'Vi søker røkter til anlegget!', 'Røkter'],
    ['sv', 'Vi söker en kock till köket!', 'Kock'],
    ['en', "We're hiring a baker in Truro!", 'Baker'],
  ])('%s: a generic site or a town goes: "%s"', (_lang, h1, want) => {
    expect(extractJobAd(pageInput(page(h1), 'https://example.org/jobb/1', '2026-12-01').input)?.title).toBe(want);
  });
});
