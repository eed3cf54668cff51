// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { isBylineOrCaption } from '../../../core/company/news-lines';

/**
 * An article's byline with its dates and a photo's caption are no text of the article (v15: three articles whose firm
 * was named first in the second body paragraph, pushed out of the opening by the standfirst, the byline and the
 * caption). English, Norwegian and Swedish.
 */

describe('a byline or a caption', () => {
  test.each([
    ['en', 'By Priya Santhanam · Updated November 27 2026 - 4:30pm, first published 12:05pm'],
    ['en', 'General manager Bronwyn Marr among lettuce seedlings that will be on a truck by morning. Picture by Priya Santhanam'],
    ['nb', 'Halvard Tømmerås · Publisert 24.11.2026 05:45 · Oppdatert 24.11.2026 09:12'],
    ['nb', 'Fabrikksjef Ole Storvoll ved den nye siloen som skal stå ferdig til våren. Foto: Halvard Tømmerås'],
    ['sv', 'Linnea Gjöthlén · linnea.gjothlen@vvt.se · Publicerad 10 december 2026 07:00'],
    ['sv', 'Produktionschef Pernilla Axelius vid en av fräsarna som kommer att behöva fler operatörer. Foto: Linnea Gjöthlén'],
  ])('%s: "%s"', (_lang, text) => {
    expect(isBylineOrCaption(text)).toBe(true);
  });

  test.each([
    ['en', 'Most of them come from Bellarine Seedlings, a family business outside Drysdale that has grown since 1994.'],
    ['en', 'The company published its results on 27 November and updated its forecast for 2027 with a larger figure than before and more jobs.'],
    ['nb', 'Nå investerer Brønnøy Fôrfabrikk 85 millioner kroner i en ny silo med plass til 9 000 tonn.'],
    ['nb', 'Bildet av næringen er lysere enn i fjor, sier Storvoll, som har jobbet på fabrikken i tjue år.'],
    ['sv', 'I februari börjar tolv arbetssökande en fjortonveckors utbildning hos Glafsfjordens Mekaniska i Arvika.'],
    ['sv', 'Fotografen Anna Berg har dokumenterat verkstaden i ett år, och bilderna visas på biblioteket i vår.'],
  ])('%s: the article\'s text "%s"', (_lang, text) => {
    expect(isBylineOrCaption(text)).toBe(false);
  });
});
