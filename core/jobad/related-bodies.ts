/**
 * An ad's "about us" names bodies around the employer: who owns it, who founded it, who funds it, whom it supplies and
 * who supplies it (who runs it is left alone: an operator is often the employer itself).
 * Such a body is named in the employer's story, not as the employer: "Museet drivs av en stiftelse med
 * Vindelns kommun som stiftare", "The trust is funded by Cumbria County Council", "Barnehagen eies av
 * Fjellsund kommune".
 */

/** Words before the body in its sentence: "owned by", "ägs av", "bidrag från", "støtte fra" (not "run by", "drivs av": see above). */
const BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:` +
    [
      String.raw`(?:owned|funded|founded|backed|financed|sponsored|supported)\s+by`,
      String.raw`(?:a\s+)?(?:grant|grants|funding|support)\s+from`,
      String.raw`(?:a\s+)?subsidiary\s+of`,
      String.raw`(?:eid|eies|eiet|finansiert|finansieres|stiftet|grunnlagt|grunnlagd|støttet|støtta)\s+av`,
      String.raw`(?:tilskudd|tilskot|støtte|midler)\s+fra`,
      String.raw`datterselskap\s+av`,
      String.raw`(?:ägs|ägd|finansieras|finansierad|grundad|grundades|stöttas|stöds)\s+av`,
      String.raw`(?:bidrag|verksamhetsbidrag|stöd|anslag)\s+från`,
      String.raw`dotterbolag\s+(?:till|i)`,
      // "Vi leverer blant annet til Fjordglass AS", "We supply …", "råvarene kommer fra …": a customer or a supplier.
      String.raw`(?:leverer|leverar|levererar|levererer|supply|supplies|deliver|delivers|sell|sells|selger|säljer)\s+(?:(?:blant annet|bland annat|bl\.\s?a\.|among others|amongst others|also|også|även|mainly|hovedsakelig|främst)\s+)?(?:to|til|till)?`,
      String.raw`(?:kunder|customers|clients)\s+(?:som|such as|like|include|including|er|är|inkluderer)`,
      String.raw`(?:kommer|come|comes)\s+fr(?:a|å|om)`,
      // v60: "… and work with the Northern Land Council, the Parks and Wildlife Commission …": a partner, not the employer.
      String.raw`(?:work|works|working|samarbeider|samarbeidar|samarbetar)\s+(?:closely\s+|tett\s+|nära\s+)?(?:with|med)`,
    ].join('|') +
    String.raw`)(?!\p{L})`,
  'iu',
);

/** A role after the body: "med Vindelns kommun som stiftare", "with the council as its owner". */
const AFTER = /^[^.!?]{0,80}?(?<!\p{L})(?:som|as)\s+(?:(?:its|our|their|vår|våre|våra|dess|deres)\s+)?(?:stiftare|stiftere|stifter|stiftarna|huvudman|huvudmän|ägare|ägarna|eier|eiere|eierne|eigar|eigarar|founders?|owners?|funders?|sponsors?|backers?|finansiär|finansiärer|bidragsgivare)(?!\p{L})/iu;

/** "… med", "… with the": the body named as a companion of the employer, its role said after it. */
const WITH = /(?<!\p{L})(?:med|with)\s+(?:the\s+)?$/iu;

/** The sentence around position `at` of `text`. */
function sentenceAround(text: string, at: number, length: number): { before: string; after: string } {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('! ', at), text.lastIndexOf('? ', at)) + 1;
  const endMatch = /[.!?](?:\s|$)/u.exec(text.slice(at + length));
  const end = endMatch ? at + length + endMatch.index : text.length;
  return { before: text.slice(start, at), after: text.slice(at + length, end) };
}

/** Whether the text names `name` as a body that owns, founded or funds the employer, not as the employer. */
export function namedAsRelatedBody(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  const { before, after } = sentenceAround(text, at, name.length);
  // "med Vindelns kommun … som stiftare": the role after the body it follows "med"/"with" ("Fjellkraft AS er et
  // kraftselskap med kommunen som eier" names the employer first, then its owner).
  return BEFORE.test(before) || (WITH.test(before) && AFTER.test(after));
}
