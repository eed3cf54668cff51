// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd } from '../../../core/jobad';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { pageInput } from './page-input';

/**
 * Title classes the thirteenth set showed, each in English, Norwegian and Swedish (the settled convention: the role as
 * the heading writes it, without the shift, the agency's placement or the terms).
 */

describe('what a heading hangs on the role', () => {
  test.each([
    ['en', 'Print Finisher (Nights)', 'Print Finisher'],
    ['en', 'Picker Packer (Weekends)', 'Picker Packer'],
    ['nb', 'Produksjonsoperatør (natt)', 'Produksjonsoperatør'],
    ['nb', 'Pakkeriarbeider (kveldsskift)', 'Pakkeriarbeider'],
    ['sv', 'Maskinoperatör (nattskift)', 'Maskinoperatör'],
    ['sv', 'Lagerarbetare (helger)', 'Lagerarbetare'],
  ])('%s: a shift in brackets: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['en', 'Assembly Operative for our client', 'Assembly Operative'],
    ['en', 'CNC Setter – for a client', 'CNC Setter'],
    ['nb', 'Lagermedarbeider til kunde', 'Lagermedarbeider'],
    ['nb', 'Sveiser hos vår kunde', 'Sveiser'],
    ['sv', 'Montör till kund', 'Montör'],
    ['sv', 'Truckförare till kund i Västerås – heltid', 'Truckförare'],
  ])("%s: an agency's placement with a client: \"%s\"", (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test('a trade that names its customers stays', () => {
    expect(tidyTitle('Customer Service Advisor')).toBe('Customer Service Advisor');
    expect(tidyTitle('Kundeservicemedarbeider')).toBe('Kundeservicemedarbeider');
  });

  test.each([
    ['en', 'Care Worker – 80% position', 'Care Worker'],
    ['nb', 'Feiar – fast 100 % stilling', 'Feiar'],
    ['nb', 'Sjukepleiar – 60 % stilling', 'Sjukepleiar'],
    ['sv', 'Undersköterska – 75 % tjänst', 'Undersköterska'],
  ])('%s: the share of a post with its word: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['en', 'Do you have experience as a welder? Join the yard crew', 'Welder'],
    ['nb', 'Har du fagbrev som taktekker? Bli med på laget i Ålesund', 'Taktekker'],
    ['nb', 'Vil du jobbe som anleggsgartner hos oss?', 'Anleggsgartner'],
    ['sv', 'Vill du jobba som undersköterska hos oss?', 'Undersköterska'],
  ])('%s: a question that names the role after "som" or "as": "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test('a question whose "som" or "as" names no role stays', () => {
    expect(tidyTitle('Vil du jobbe med folk som oss?')).toBe('Vil du jobbe med folk som oss?');
    expect(tidyTitle('Are you someone who likes people?')).toBe('Are you someone who likes people?');
  });
});

const underQuestion = (lang: string, question: string, role: string, tasks: string, items: string[]): string => `<!doctype html><html lang="${lang}"><head><title>${question}</title></head>
<body><main><h1>${question}</h1><p>We are a small team in the middle of town and want one more colleague.</p>
<section><h2>${role}</h2><h3>${tasks}</h3><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>
<h3>${WANTED[lang]}</h3><ul><li>${DRIVING[lang]}</li></ul></section></main></body></html>`;
const WANTED: Record<string, string> = { en: 'Requirements', nb: 'Kvalifikasjoner', sv: 'Kvalifikationer' };
const DRIVING: Record<string, string> = { en: 'A full driving licence', nb: 'Førerkort klasse B', sv: 'B-körkort' };

describe('a heading that only asks gives way to the role under it', () => {
  test.each([
    ['en', 'Could you make a hard day easier for a family?', 'Funeral Arranger, part-time', 'Funeral Arranger', 'Your tasks', ['Meet families and plan services', 'Handle the paperwork after a death']],
    ['nb', 'Vil du gjøre hverdagen lettere for andre?', 'Miljøarbeider, 80 %', 'Miljøarbeider', 'Arbeidsoppgaver', ['Følge opp beboere i hverdagen', 'Skrive rapporter']],
    ['sv', 'Vill du hjälpa människor i en svår stund?', 'Begravningsrådgivare, 80 %', 'Begravningsrådgivare', 'Arbetsuppgifter', ['Planera ceremonier med anhöriga', 'Sköta administration']],
  ])('%s: "%s" over "%s"', (lang, question, role, want, tasks, items) => {
    const ad = extractJobAd(pageInput(underQuestion(lang, question, role, tasks, items), 'https://example.org/jobb').input);
    expect(ad?.title).toBe(want);
  });
});

const accordion = (lang: string, list: string, open: string, date: string, tasks: string, items: string[]): string => `<!doctype html><html lang="${lang}"><head><title>${list}</title></head>
<body><main><h1>${list}</h1>
<details><summary><span>Lærling</span> <span>${date}</span></summary><p>Later.</p></details>
<details open><summary><span>${open}</span> <span>${date}</span></summary><div><h3>${tasks}</h3><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul><p>Søk / Apply / Ansök</p></div></details>
</main></body></html>`;

describe('the open item of a list of disclosures is the ad', () => {
  test.each([
    ['en', 'Vacancies', 'Chimney Sweep – permanent 100 % position', 'Chimney Sweep', 'Closing date 12 January 2027', 'Duties', ['Sweep flues in homes', 'Inspect heating appliances']],
    ['nb', 'Ledige stillingar', 'Feiar – fast 100 % stilling', 'Feiar', 'Frist 12. januar 2027', 'Arbeidsoppgåver', ['Feiing av piper', 'Tilsyn med eldstader']],
    ['sv', 'Lediga tjänster', 'Sotare – 100 % tjänst', 'Sotare', 'Sista ansökningsdag 12 januari 2027', 'Arbetsuppgifter', ['Sota skorstenar', 'Brandskyddskontroll']],
  ])('%s: the open summary under "%s"', (lang, list, open, want, date, tasks, items) => {
    const ad = extractJobAd(pageInput(accordion(lang, list, open, date, tasks, items), 'https://example.org/ledige').input);
    expect(ad?.title).toBe(want);
  });
});

const figure = (lang: string, heading: string, opening: string, tasks: string): string => `<!doctype html><html lang="${lang}"><head><title>Jobs – Example</title></head>
<body><main><h1>${heading}</h1><p>${opening}</p><h2>${tasks}</h2><ul><li>Coffee / kaffe</li><li>Baking / baking</li></ul>
<h2>${WANTED[lang]}</h2><ul><li>${DRIVING[lang]}</li></ul></main></body></html>`;

describe('a heading that asks for more hands names no role; the opening does', () => {
  test.each([
    ['en', 'We need more hands behind the counter!', 'Our café on the square has grown, and now we are looking for a barista for three days a week.', 'Your tasks', 'Barista'],
    ['nb', 'Vi trenger flere hender bak disken!', 'Kafeen vår har vokst, og nå ser vi etter en kafémedarbeider i deltid.', 'Arbeidsoppgaver', 'Kafémedarbeider'],
    ['sv', 'Vi behöver fler händer i köket!', 'Restaurangen har vuxit och nu söker vi en kallskänka på deltid.', 'Arbetsuppgifter', 'Kallskänka'],
  ])('%s: "%s"', (lang, heading, opening, tasks, want) => {
    const ad = extractJobAd(pageInput(figure(lang, heading, opening, tasks), 'https://example.org/jobb').input);
    expect(ad?.title).toBe(want);
  });
});
