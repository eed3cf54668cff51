// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { pageNames } from '../../../core/company/page-name';

/**
 * A company-page class the twenty-second held-out set showed (then moved into tuning), in English, Norwegian and Swedish:
 * a footer sentence that opens with the brand written out in full ("Wattle Creek Community Legal Centre is a member of …"
 * beside "© 2026 Wattle Creek Legal") names the site's owner in full. Names and sentences written for this test.
 */

const lines = (footer: string[], logos: string[]) => ({ header: [], footer, logos });

describe('a footer sentence that opens with the brand written out in full', () => {
  test.each([
    ['en', 'Wattle Creek Legal', 'Wattle Creek Community Legal Centre is a member of the Federation of Community Legal Centres.', 'wattlecreeklegal.org.au', 'Wattle Creek Community Legal Centre'],
    ['nb', 'Fjordly Omsorg', 'Fjordly Helse og Omsorg er en del av Vestkyst Helse.', 'fjordly.no', 'Fjordly Helse og Omsorg'],
    ['sv', 'Ekhaga Vård', 'Ekhaga Vård och Omsorg är en del av Kalmarsunds Vårdgrupp.', 'ekhagavard.se', 'Ekhaga Vård och Omsorg'],
  ])('%s: %s', (_lang, brand, sentence, domain, full) => {
    expect(pageNames('Kontakt – Hjelp når du trenger det', lines([sentence, `© 2026 ${brand}`], [brand]), domain)[0]).toBe(full);
  });

  test('a sentence about another body, whose name holds other words, names no owner', () => {
    const footer = ['Wattle Creek Council is a member of the regional alliance.', '© 2026 Wattle Creek Legal'];
    expect(pageNames('Contact us', lines(footer, ['Wattle Creek Legal']), 'wattlecreeklegal.org.au')[0]).toBe('Wattle Creek Legal');
  });
});

describe('the body a footer line says runs the brand', () => {
  test.each([
    ['en', "Hoshizora English - Kids' English School", 'Hoshizora English is run by Hoshizora Education · 011-200-0000', 'Hoshizora Education'],
    ['nb', 'Solstråla barnehage – en god start', 'Solstråla barnehage drives av Solstråla Oppvekst AS · Telefon 71 00 00 00', 'Solstråla Oppvekst AS'],
    ['sv', 'Ekbackens förskola – lek och lärande', 'Ekbackens förskola drivs av Ekbacken Förskolor AB · Tel 0500-00 00 00', 'Ekbacken Förskolor AB'],
  ])('%s: %s', (_lang, logo, footer, body) => {
    expect(pageNames('Om oss', lines([footer, '© 2026'], [logo]), 'example.org')[0]).toBe(body);
  });

  test('another brand run by someone else names no owner of this site', () => {
    const footer = ['Our café is run by Kotoni Catering · 011-200-0001'];
    expect(pageNames('About us', lines(footer, ['Hoshizora English']), 'hoshizora.example')[0]).toBe('Hoshizora English');
  });
});
