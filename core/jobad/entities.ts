/**
 * HTML entity decoding without a DOM (the service worker has none). Covers
 * numeric references, Latin-1 and the typographic entities job ads use; an
 * unknown name is left as written rather than guessed.
 */

// Code points 160–255 in order, as named by HTML.
const LATIN1 = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

const OTHER: Record<string, number> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39,
  OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402, circ: 710, tilde: 732,
  ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207,
  ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222,
  dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230, permil: 8240, prime: 8242, Prime: 8243,
  lsaquo: 8249, rsaquo: 8250, euro: 8364, trade: 8482, larr: 8592, rarr: 8594, minus: 8722,
  hyphen: 8208, dash: 8208, nbhy: 8209, NewLine: 10, Tab: 9, colon: 58, comma: 44, period: 46,
  excl: 33, quest: 63, num: 35, dollar: 36, percnt: 37, lpar: 40, rpar: 41, ast: 42, plus: 43,
  sol: 47, semi: 59, equals: 61, commat: 64, lsqb: 91, rsqb: 93, lowbar: 95, verbar: 124, check: 10003,
};

const NAMED = new Map<string, string>();
LATIN1.forEach((name, i) => NAMED.set(name, String.fromCodePoint(160 + i)));
for (const [name, code] of Object.entries(OTHER)) NAMED.set(name, String.fromCodePoint(code));

function fromCode(code: number): string {
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : '\uFFFD';
}

/** `R&amp;D &#8211; Ski&eacute;` → `R&D – Skié`. Never throws. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole: string, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCode(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCode(Number.parseInt(hex, 16));
    return (name !== undefined && NAMED.get(name)) || whole;
  });
}

/** Soft hyphens, zero-width spaces and byte-order marks: invisible in a page, noise in text. */
export function stripInvisible(text: string): string {
  return text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
}
