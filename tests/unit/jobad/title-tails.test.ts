// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd } from '../../../core/jobad';
import { isFileName, withoutOwnPlace } from '../../../core/jobad/title-parts';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { pageInput } from './page-input';

/**
 * Title classes the ninth held-out set showed, each in English, Norwegian and Swedish (the settled convention:
 * the role as the heading writes it, without shift, season, number of posts, an agency's sector tag, the place
 * or a document's file name).
 */

describe('what a heading hangs on the role', () => {
  test.each([
    ['en', 'Maintenance Technician II - 2nd Shift', 'Maintenance Technician II'],
    ['en', 'Forklift Operator – Third Shift', 'Forklift Operator'],
    ['nb', 'Prosessoperatør – andre skift', 'Prosessoperatør'],
    ['sv', 'Maskinoperatör - 2-skift', 'Maskinoperatör'],
  ])('%s: a shift with an ordinal: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['en', 'Chef de Partie (2 posts) - Seasonal', 'Chef de Partie'],
    ['en', 'Lifeguard (3 places)', 'Lifeguard'],
    ['nb', 'Servitør (2 plasser) – sesong', 'Servitør'],
    ['nb', 'Kokk – sommersesongen', 'Kokk'],
    ['sv', 'Kock (2 tjänster) – säsong', 'Kock'],
    ['sv', 'Liftvärd – vintersäsongen', 'Liftvärd'],
  ])('%s: the number of posts and the season: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['nb', 'Lagermedarbeider - Lager og logistikk', 'Lagermedarbeider'],
    ['sv', 'Truckförare – Lager och logistik', 'Truckförare'],
    ['en', 'Warehouse Operative - Warehouse & Logistics', 'Warehouse Operative'],
    ['nb', 'Resepsjonist – Kontor og administrasjon', 'Resepsjonist'],
  ])('%s: an agency’s sector tag: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['en', 'Shift Manager'],
    ['en', 'Season Ticket Sales Executive'],
    ['en', 'Export Sales Coordinator – German-speaking markets'],
    ['nb', 'Skiftleder'],
    ['nb', 'Sesongplanlegger'],
    ['sv', 'Säsongsarbetare'],
    ['sv', 'Logistikchef'],
  ])('%s: a role that only names a shift, a season or a sector keeps it: "%s"', (_lang, title) => {
    expect(tidyTitle(title)).toBe(title);
  });
});

describe('a tail naming the ad’s own place', () => {
  test.each([
    ['en', 'Workshop Lead (Todmorden)', [{ city: 'Todmorden', country: 'GB' }], 'Workshop Lead'],
    ['nb', 'Sykepleier i Bodø', [{ city: 'Bodø' }], 'Sykepleier'],
    ['nb', 'Elektriker – Nordland', [{ city: 'Mo i Rana', region: 'Nordland' }], 'Elektriker'],
    ['sv', 'Lagerarbetare, Borås', [{ city: 'Borås' }], 'Lagerarbetare'],
  ])('%s: "%s" where the ad is', (_lang, title, places, want) => {
    expect(withoutOwnPlace(title, places)).toBe(want);
  });

  test.each([
    ['en', 'Workshop Lead (Todmorden)', [{ city: 'Halifax' }]],
    ['sv', 'Kock till lunchrestaurang', [{ city: 'Malmö' }]],
    ['nb', 'Lektor i samfunnsfag', [{ city: 'Molde' }]],
    ['en', 'Todmorden', [{ city: 'Todmorden' }]],
  ])('%s: "%s" keeps what is not the ad’s place', (_lang, title, places) => {
    expect(withoutOwnPlace(title, places)).toBe(title);
  });
});

describe('a document’s file name is never the title', () => {
  test.each([
    ['stillingsannonse_tannhelsesekretaer_2026.pdf', true],
    ['Platsannons-lagerarbetare.docx', true],
    ['Job_Advert_Final.PDF', true],
    ['Lagerarbetare till Borås', false],
    ['Developer at example.com', false],
  ])('%s: %s', (text, want) => {
    expect(isFileName(text)).toBe(want);
  });

  const pdf = (lang: string, lines: string[]): string => `<!doctype html><html lang="${lang}"><head><title>annonse_2026.pdf</title></head><body>
<div class="outline">${lang === 'en' ? 'Document outline' : lang === 'sv' ? 'Dokumentöversikt' : 'Dokumentoversikt'}</div>
${lines.map((l) => `<div class="t">${l}</div>`).join('\n')}</body></html>`;

  test.each([
    ['nb', ['FJELLTANN DA', 'LEDIG STILLING', 'Tannhelsesekretær 80 % vikariat', 'Arbeidsoppgaver:', '• Resepsjon', '• Sterilisering', 'Kvalifikasjoner:', '• Fagbrev', 'Søknadsfrist: 20.12.2026'], 'Tannhelsesekretær'],
    ['sv', ['BRUKETS VÅRDCENTRAL AB', 'LEDIGT JOBB', 'Undersköterska', 'Arbetsuppgifter:', '• Provtagning', '• Omläggningar', 'Kvalifikationer:', '• Undersköterskeexamen', 'Sista ansökningsdag: 2026-12-20'], 'Undersköterska'],
    ['en', ['HILLCREST DENTAL LTD', 'Dental Nurse', 'Duties:', '• Chairside support', '• Decontamination', 'Requirements:', '• GDC registration', 'Closing date: 20 December 2026'], 'Dental Nurse'],
  ])('%s: a PDF converted to a page gives its first prominent line after the letterhead', (lang, lines, want) => {
    expect(extractJobAd(pageInput(pdf(lang, lines), 'https://files.example.org/annonse_2026.pdf').input)?.title).toBe(want);
  });
});
