// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd } from '../../../core/jobad';
import { withoutEmployer } from '../../../core/jobad/agency-client';
import { singularInPageTitle } from '../../../core/jobad/title-parts';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { pageInput } from './page-input';

/**
 * Title classes the fourteenth set showed, in English, Norwegian and Swedish (German where only German boards write
 * it): the hours after a dash, a share then a place, a start date, times in a row, a question answered by "we seek",
 * a name after the workplace, and a newsletter's or a list page's heading over the ad's own.
 */

describe('what the post is on and when it starts is not the title', () => {
  test.each([
    ['de', 'Systemadministrator (Linux) – Vollzeit', 'Systemadministrator (Linux)'],
    ['de', 'Sachbearbeiter Einkauf – Teilzeit', 'Sachbearbeiter Einkauf'],
    ['en', 'Shop Assistant 60 % – Harbour Street', 'Shop Assistant'],
    ['nb', 'Butikkmedarbeider 40 % – Moa Nord', 'Butikkmedarbeider'],
    ['sv', 'Kassabiträde 50 % – Gränby Centrum', 'Kassabiträde'],
    ['en', 'Graduate Surveyor (starting September 2027)', 'Graduate Surveyor'],
    ['nb', 'Lærling elektro (oppstart august 2027)', 'Lærling elektro'],
    ['nb', 'Sykepleier – tiltredelse snarest', 'Sykepleier'],
    ['sv', 'Trainee ekonomi (start januari 2027)', 'Trainee ekonomi'],
    ['sv', 'Lärare i slöjd – tillträde hösten 2027', 'Lärare i slöjd'],
    ['en', 'Lifeguard – Evenings & School Holidays', 'Lifeguard'],
    ['nb', 'Badevakt – kveld og skoleferier', 'Badevakt'],
    ['sv', 'Fritidsledare – kväll/helg', 'Fritidsledare'],
    // The share is the extent and goes; the unit after the dash stays (v16's convention, as its labels write it).
    ['sv', 'Sjuksköterska 80 % – avdelning 12', 'Sjuksköterska – avdelning 12'],
  ])('%s: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['en', 'Engineer – Startup Team'],
    ['en', 'Trainee (Start-up)'],
    ['nb', 'Prosjektleder (oppstartsfase)'],
    ['sv', 'Handläggare – Starta eget'],
  ])('%s: a word like a start or a unit after the share stays: "%s"', (_lang, title) => {
    expect(tidyTitle(title)).toBe(title);
  });
});

describe('a question answered by "we seek" names the role', () => {
  test.each([
    ['en', 'Love being out on the water? We are looking for a deckhand', 'Deckhand'],
    ['nb', 'Liker du å jobbe ute? Vi søker anleggsarbeider', 'Anleggsarbeider'],
    ['sv', 'Gillar du tunga fordon? Vi söker en mekaniker', 'Mekaniker'],
  ])('%s: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test('an answer that names no role leaves the heading as it is', () => {
    expect(tidyTitle('Gillar du djur? Vi söker dig som vill jobba hos oss')).toBe('Gillar du djur? Vi söker dig som vill jobba hos oss');
    expect(tidyTitle('Ready for more? We need you')).toBe('Ready for more? We need you');
  });
});

describe('a name after the workplace the role is for is where it stands', () => {
  test.each([
    ['en', 'Cook for our bistro in Old Market', 'Cook for our bistro'],
    ['nb', 'Kokk til kantina på Nye Torg', 'Kokk til kantina'],
    ['sv', 'Kock till lunchrestaurang i Gamla Hamnen', 'Kock till lunchrestaurang'],
  ])('%s: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test('a subject after a word of place, and an employer after "till", stay', () => {
    expect(tidyTitle('Lektor i samfunnsfag')).toBe('Lektor i samfunnsfag');
    expect(tidyTitle('Guide to Wildlife in Scotland')).toBe('Guide to Wildlife in Scotland');
    expect(tidyTitle('Sykepleier til korttidsavdelingen')).toBe('Sykepleier til korttidsavdelingen');
  });
});

const issue = (lang: string, title: string, ad: string, tasks: string): string => `<!doctype html><html lang="${lang}"><head><title>${title} – Example Recruiting</title></head>
<body><main><p>Read this in your browser.</p><h2>${ad}</h2><p>A workshop of twelve people is growing.</p><h3>${tasks}</h3><ul><li>Weld frames / sveise / svetsa</li><li>Read drawings</li></ul>
<p>Søknadsfrist / Deadline / Sista dag: 10.01.2027</p></main></body></html>`;

describe("a newsletter's or a list's heading gives way to the ad's own", () => {
  test.each([
    ['en', "This week's jobs no. 12", 'Machine Operator', 'Duties'],
    ['nb', 'Ukens oppdrag uke 49', 'Lagermedarbeider', 'Arbeidsoppgaver'],
    ['sv', 'Veckans jobb v. 7', 'Plåtslagare', 'Arbetsuppgifter'],
  ])('%s: "%s" names the issue', (lang, title, want, tasks) => {
    expect(extractJobAd(pageInput(issue(lang, title, want, tasks), 'https://news.example.org/issue').input)?.title).toBe(want);
  });

  test('an ordinary page title still names the job', () => {
    expect(extractJobAd(pageInput(issue('sv', 'Svetsare', 'Om oss', 'Arbetsuppgifter'), 'https://news.example.org/issue').input)?.title).toBe('Svetsare');
  });
});

describe('a leading share of a post, the employer after the role and a plural the page title names once', () => {
  test.each([
    ['en', '80% position as Care Assistant', 'Care Assistant'],
    ['nb', '100% stilling fysioterapeut', 'Fysioterapeut'],
    ['sv', '50 % tjänst som kurator', 'Kurator'],
  ])('%s: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['en', 'Care Assistant Brook House Trust', 'Brook House Trust', 'Care Assistant'],
    ['nb', 'Helsesykepleier Fjordvik kommune', 'Fjordvik kommune', 'Helsesykepleier'],
    ['sv', 'Kurator Ljungby kommun', 'Ljungby kommun', 'Kurator'],
  ])('%s: "%s" by %s', (_lang, title, employer, want) => {
    expect(withoutEmployer(title, employer)).toBe(want);
  });

  test.each([
    ['en', 'Drivers', 'Driver – Jobs – Example Haulage', 'Driver'],
    ['nb', 'Anleggsgartnere', 'Anleggsgartner – Jobbtorget', 'Anleggsgartner'],
    ['sv', 'Kockar', 'Kock | Restaurang Exempel', 'Kock'],
  ])('%s: "%s" under the page title "%s"', (_lang, title, pageTitle, want) => {
    expect(singularInPageTitle(title, pageTitle)).toBe(want);
  });

  test('a share inside the title, a one-word employer, and a longer word than the page title stay', () => {
    expect(tidyTitle('100 % Digital Marketing Lead')).toBe('100 % Digital Marketing Lead');
    expect(withoutEmployer('Data Engineer Kestrel', 'Kestrel')).toBe('Data Engineer Kestrel');
    expect(singularInPageTitle('Analytikerteamet', 'Analytiker – Jobb')).toBe('Analytikerteamet');
  });
});
