import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { ld } from './employer-pages';
import { normalizeEmploymentTypes } from '../../../core/jobad/employment';

/**
 * Classes the sixty-seventh held-out set showed, read in the session that measured it: a term with its values each in a
 * description of its own ("<dt>Arbeidssted</dt><dd>Kirkenes</dd><dd>Vardø</dd>"), and a paper's menu of links side by side
 * among its sections ("<a>Nyheter</a><a>Luleå</a><a>Tornedalen</a><a>Sport</a>"); found on the move, a Finnish
 * board's terms ("Osa-aikatyö", "Määräaikainen"). Read as a tab is read (the capture path).
 * Names written for this test.
 */

const read = (html: string, url: string) => captureAd(html, url).jobAd;
const EN = '<h3>What you will do</h3><ul><li>Plan port calls and crew changes</li><li>Keep the records up to date</li></ul><h3>What we need</h3><ul><li>Experience from shipping or logistics</li></ul>';
const SV = '<h2>Arbetsuppgifter</h2><ul><li>Programmera och köra CNC-maskiner</li><li>Mäta och kontrollera detaljer</li></ul><h2>Kvalifikationer</h2><ul><li>Gymnasieexamen inom industri</li></ul>';

describe('places', () => {
  test('en: "<dt>Arbeidssted</dt><dd>Kirkenes</dd><dd>Vardø</dd>": both towns', () => {
    const html = `<html lang="en"><head><title>Port Operations Coordinator, Kirkenes | Ulvjobb.no</title><meta property="og:site_name" content="Ulvjobb.no"></head><body><main>
      <h1>Port Operations Coordinator, Kirkenes</h1><p>Ulvbeck Maritime Kirkenes AS handles port calls, crew changes and cargo for ships in the Barents Sea.</p>
      <p>You will be part of our port agency team of seven in Kirkenes, with regular days at our branch office in Vardø.</p>${EN}
      <p>Ulvbeck Maritime Kirkenes AS, org.nr. 931 552 018.</p></main>
      <aside><dl><dt>Arbeidsgiver</dt><dd>Ulvbeck Maritime Kirkenes AS</dd><dt>Arbeidssted</dt><dd>Kirkenes</dd><dd>Vardø</dd><dt>Søknadsfrist</dt><dd>31.01.2027</dd></dl></aside></body></html>`;
    expect(read(html, 'https://www.ulvjobb.no/stilling/76590')?.locations).toEqual([{ city: 'Kirkenes' }, { city: 'Vardø' }]);
  });
  test('sv: the paper\'s menu "<a>Nyheter</a><a>Luleå</a><a>Tornedalen</a><a>Sport</a><a>Jobb</a>" names no place of the job', () => {
    const html = `<html lang="sv"><head><title>CNC-operatör | Jobb | Ulvkuriren</title><meta property="og:site_name" content="Ulvkuriren">${ld({ title: 'CNC-operatör', hiringOrganization: { '@type': 'Organization', name: 'Ulvträsk Mekaniska AB' } })}</head><body>
      <div class="top"><img src="data:," alt="Ulvkuriren"><a href="/nyheter">Nyheter</a><a href="/lulea">Luleå</a><a href="/tornedalen">Tornedalen</a><a href="/sport">Sport</a><a href="/jobb">Jobb</a></div>
      <main><h1>CNC-operatör</h1><p class="icons"><span aria-hidden="true">📍</span><span>Överkalix</span> <span aria-hidden="true">🕑</span><span>Deltid 75 %</span></p>
      <p>Ulvträsk Mekaniska AB tillverkar detaljer till gruvor och skogsmaskiner i sin verkstad i Överkalix och har 24 anställda.</p>${SV}</main>
      <footer><p>Ulvkuriren · Luleå · Ansvarig utgivare: se Kontakt</p></footer></body></html>`;
    expect(read(html, 'https://www.ulvkuriren.se/jobb/2052')?.locations).toEqual([{ city: 'Överkalix' }]);
  });
});

describe('terms', () => {
  test('a Finnish board\'s rows "Osa-aikatyö" and "Määräaikainen" (found on the move)', () => {
    expect(normalizeEmploymentTypes(['Osa-aikatyö', 'Määräaikainen'])).toEqual(['PART_TIME', 'TEMPORARY']);
    expect(normalizeEmploymentTypes(['Kokoaikatyö'])).toEqual(['FULL_TIME']);
  });
});
