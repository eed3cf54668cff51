// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { namedAsRelatedBody } from '../../../core/jobad/related-bodies';
import { ad, BOARD, SECTIONS, type Lang } from './employer-pages';

/**
 * Classes the twelfth set showed (then moved into tuning), in English, Norwegian and Swedish: who posted an ad is
 * not always who hires. A labelled employer beats a labelled advertiser (an agency recruiting for its client); a
 * feed's card about the page that posted names it by its legal name; a body the ad's "about us" names as the
 * employer's founder, owner or funder is not the employer.
 */

const page = (lang: Lang, title: string, body: string) =>
  `<html lang="${lang}"><head><title>${title}</title></head><body><main>${body}${SECTIONS[lang]}</main></body></html>`;

describe('a labelled employer beats a labelled advertiser', () => {
  test.each([
    ['en', 'Welder', 'Advertiser', 'Northbay Staffing Ltd', 'Employer', 'Harwick Shipyard Ltd'],
    ['nb', 'Sveiser', 'Annonsør', 'Vestkyst Bemanning AS', 'Arbeidsgiver', 'Nesøya Verft AS'],
    ['sv', 'Svetsare', 'Annonsör', 'Västkust Bemanning AB', 'Arbetsgivare', 'Lysekils Varv AB'],
  ] as const)('%s: %s: %s, %s: %s', (lang, title, adLabel, agency, employerLabel, employer) => {
    const html = page(lang, `${title} | Jobs`, `<h1>${title}</h1><dl><dt>${adLabel}:</dt><dd>${agency}</dd><dt>${employerLabel}:</dt><dd>${employer}</dd></dl>`);
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(employer);
  });

  test('an advertiser alone is still the employer', () => {
    const html = page('nb', 'Sveiser | Jobs', '<h1>Sveiser</h1><dl><dt>Annonsør:</dt><dd>Nesøya Verft AS</dd></dl>');
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe('Nesøya Verft AS');
  });
});

describe("a feed's card about the page that posted", () => {
  test.each([
    ['en', 'Ashwell Motors – We are hiring a mechanic! | Neighbourly', 'We are hiring a mechanic!', 'About this page', 'Ashwell Motors Ltd'],
    ['nb', 'Nesøya Bil – Vi søker bilmekaniker! | Nabolaget', 'Vi søker bilmekaniker!', 'Om siden', 'Nesøya Bil AS'],
    ['sv', 'Ljungdala Bil – Vi söker en bilmekaniker! | Grannsidan', 'Vi söker en bilmekaniker!', 'Om sidan', 'Ljungdala Bil AB'],
  ] as const)('%s: "%s"', (lang, title, post, card, employer) => {
    const html = page(lang, title, `<p>${post}</p><aside><h2>${card}</h2><p>${employer}</p><p>Verkstad · Storgatan 1</p></aside>`);
    expect(ad(html, 'https://feed.example/page/ashwell/post/1')?.hiringOrganization?.name).toBe(employer);
  });
});

describe("a body the ad names as the employer's founder, owner or funder", () => {
  test.each([
    ['en', 'The museum is run by a foundation with Harwick District Council and the local history societies as its founders.', 'Harwick District Council'],
    ['nb', 'Museet eies av Nesøya kommune og får driftstilskudd fra fylket.', 'Nesøya kommune'],
    ['sv', 'Museet drivs av en stiftelse med Ljungby kommun och hembygdsföreningarna som stiftare.', 'Ljungby kommun'],
  ] as const)('%s: "%s"', (_lang, sentence, body) => {
    expect(namedAsRelatedBody(sentence, body)).toBe(true);
  });

  test.each([
    ['en', 'Harwick District Council runs four libraries and a museum.', 'Harwick District Council'],
    ['nb', 'Nesøya kommune har 4 000 innbyggere.', 'Nesøya kommune'],
    ['sv', 'Museet drivs av Ljungby Museum AB sedan 1998.', 'Ljungby Museum AB'],
    ['nb', 'Nesøya Kraft AS er et kraftselskap med kommunen som eier.', 'Nesøya Kraft AS'],
    ['en', 'Harwick Energy Ltd is a supplier with the council as its owner.', 'Harwick Energy Ltd'],
  ] as const)('%s: the employer itself: "%s"', (_lang, sentence, body) => {
    expect(namedAsRelatedBody(sentence, body)).toBe(false);
  });

  test.each([
    ['en', 'Education Officer', 'Work with us', 'Harwick Tramway Museum', 'Harwick Tramway Museum Trust · Registered charity no. 1162842', 'The museum is a charity founded by Harwick Railway Holdings Ltd in 1994. We are seven staff.', 'https://www.harwicktramwaymuseum.org.uk/jobs/education-officer'],
    ['nb', 'Museumspedagog', 'Jobbe hos oss', 'Nesøya kystmuseum', 'Stiftelsen Nesøya kystmuseum · Org.nr 987 654 321', 'Museet drives av en stiftelse med Nesøya kommune som stifter. Vi er sju ansatte.', 'https://www.nesoyakystmuseum.no/jobb/museumspedagog'],
    ['sv', 'Museipedagog', 'Jobba hos oss', 'Ljungby hembygdsmuseum', 'Stiftelsen Ljungby hembygdsmuseum · Storgatan 3, 341 30 Ljungby', 'Museet drivs av en stiftelse med Ljungby kommun som stiftare. Vi är sju anställda.', 'https://www.ljungbyhembygdsmuseum.se/jobba-hos-oss/museipedagog'],
  ] as const)('%s: on the museum\'s own site the employer is its owner, not the founder', (lang, job, title, logo, footer, about, url) => {
    const html = `<html lang="${lang}"><head><title>${title} – ${logo}</title></head><body><header><a href="/"><img src="x.gif" alt="${logo}"></a></header><main><h1>${job}</h1><p>${about}</p>${SECTIONS[lang]}</main><footer><p>${footer}</p></footer></body></html>`;
    expect(ad(html, url)?.hiringOrganization?.name).toBe(footer.split(' · ')[0]);
  });
});
