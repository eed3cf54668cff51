import { afterEach, describe, expect, test } from 'vitest';
import { inertCopy } from '../../../content/inert-copy';
import { readPageLines } from '../../../content/page-lines';

type WithCheck = Element & { checkVisibility?: () => boolean };
const proto = Element.prototype as WithCheck;
const original = proto.checkVisibility;
afterEach(() => {
  if (original) proto.checkVisibility = original;
  else Reflect.deleteProperty(proto, 'checkVisibility');
});

const PAGE = `<html><head><title>Servicetekniker | Webcruiter</title></head><body>
  <h1>Servicetekniker</h1><div class="meta"><span>Gjøvik</span><span>Fast</span></div>
  <p style="display:none">Skjult linje</p>
  <footer><p>Bjerkås Maskin AS · Org.nr 912 345 678</p></footer></body></html>`;

describe('the short lines of a page', () => {
  // The capture reads an inert copy of the page (a document without a window). A browser lays no
  // such document out, so checkVisibility() answers false for every element there: lines must not
  // depend on it, or a real browser reads none (jsdom has no checkVisibility and never showed it).
  test('are read from an inert copy in a browser, where checkVisibility() says false for everything', () => {
    proto.checkVisibility = () => false;
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    expect(doc.defaultView).toBeNull();
    const lines = readPageLines(doc);
    expect(lines.footer).toEqual(['Bjerkås Maskin AS · Org.nr 912 345 678']);
    expect(lines.header.map((b) => b.text)).toEqual(['Servicetekniker', 'Gjøvik', 'Fast']);
  });

  test('leave out what the page hides in its inline styles', () => {
    const lines = readPageLines(new DOMParser().parseFromString(PAGE, 'text/html'));
    expect(lines.header.map((b) => b.text)).not.toContain('Skjult linje');
  });

  test('leave out what the laid-out page hides by its style sheets: the copy carries the page\'s own answer', () => {
    const page = new DOMParser().parseFromString(PAGE.replace('<p style="display:none">Skjult linje</p>', '<p class="sr-only">Skjult linje</p>'), 'text/html');
    // The live page knows its style sheets; here, the element with class sr-only is the one it hides.
    proto.checkVisibility = function (this: Element) {
      return !this.classList.contains('sr-only');
    };
    const lines = readPageLines(inertCopy(page));
    expect(lines.header.map((b) => b.text)).toEqual(['Servicetekniker', 'Gjøvik', 'Fast']);
  });
});

describe("a footer's legal line in a span beside a block", () => {
  // Odoo's footer: the copyright owner in a span, the maker's credit in a div beside it.
  test.each([
    ['Copyright © Halvorsen Aqua Solutions AS · Org.nr. 976 418 220', 'Powered by Odoo - The #1 Open Source eCommerce'],
    ['© 2026 Grönhaga Logistik och Lager AB · Org.nr 556712-3344 · Torsviksvägen 8, 553 03 Jönköping', 'Drivs med Odoo'],
  ])('%s is a footer line', (legal, credit) => {
    const html = `<html><head><title>Jobs</title></head><body><h1>Jobs</h1><footer><div class="copyright"><span>${legal}</span><div>${credit}</div></div></footer></body></html>`;
    const lines = readPageLines(new DOMParser().parseFromString(html, 'text/html'));
    expect(lines.footer).toContain(legal);
  });
});

// An ad's registry line under its text, far below the heading, on a page whose footer is the board's or the paper's.
describe('registry lines outside the footer', () => {
  test.each([
    ['nb', '<div class="registry">Tverrvik Bygg AS · Org.nr. 998 217 560 · Lagerveien 41, 4033 Stavanger</div>', 'Tverrvik Bygg AS · Org.nr. 998 217 560 · Lagerveien 41, 4033 Stavanger'],
    ['sv', '<div class="firm"><strong>Ekenäs Gård i Skara AB</strong><br>Ekenäs 2, 532 92 Skara<br>Org.nr 556812-4410</div>', 'Ekenäs Gård i Skara AB · Ekenäs 2, 532 92 Skara · Org.nr 556812-4410'],
    ['en', '<p><small>Harlow &amp; Pike Builders Ltd · Company no. 08812345</small></p>', 'Harlow & Pike Builders Ltd · Company no. 08812345'],
  ])('%s: the line is kept whole, once, and the footer\'s is not', (lang, line, text) => {
    const filler = Array.from({ length: 60 }, (_, i) => `<p>Avsnitt ${i + 1} av annonsen.</p>`).join('');
    const html = `<html lang="${lang}"><body><h1>Anleggsleder</h1>${filler}${line}<footer><p>Byggmagasinet AS · Org.nr. 911 111 111</p></footer></body></html>`;
    const lines = readPageLines(new DOMParser().parseFromString(html, 'text/html'));
    expect(lines.registered).toEqual([text]);
  });

  test('a page with no registration number outside its footer has none', () => {
    const lines = readPageLines(new DOMParser().parseFromString(PAGE, 'text/html'));
    expect(lines.registered).toBeUndefined();
  });
});

describe('registry lines on a hostile page', () => {
  // Reading every element's text would cost the square of the depth; the text nodes are read once. (jsdom is slow on
  // deep trees whatever is read, so the depth here is a thousand; `npm run bench` clips 20,000-deep pages in real browsers.)
  test('1,000 nested elements with the line at the bottom are read, and only the innermost line is kept', () => {
    const depth = 1_000;
    const html = `<html><body><h1>Anleggsleder</h1>${'<div>'.repeat(depth)}<p>Tverrvik Bygg AS · Org.nr. 998 217 560</p>${'</div>'.repeat(depth)}</body></html>`;
    const lines = readPageLines(new DOMParser().parseFromString(html, 'text/html'));
    expect(lines.registered).toEqual(['Tverrvik Bygg AS · Org.nr. 998 217 560']);
  }, 30_000);

  test('a page that writes a registration number in every row keeps five lines', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<p>Firma ${i} AS · Org.nr. 900 000 ${String(i).padStart(3, '0')}</p>`).join('');
    const lines = readPageLines(new DOMParser().parseFromString(`<html><body><h1>Register</h1>${rows}</body></html>`, 'text/html'));
    expect(lines.registered).toHaveLength(5);
  });
});
