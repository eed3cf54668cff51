/**
 * A purpose told as why the company was started (raw sentence, for the name's capitals):
 * - "We started Vitosha Code Labs because …", "Vi startet Fjordlys AS fordi …", "Vi grundade företaget för att …": we,
 *   a word of founding, the company (a name, or "the company", "selskapet", "företaget") and why;
 * - "We started with a simple idea: …", "Vi startet med én idé: …", "Vi började med en enkel tanke: …": the idea it began with;
 * - "When X started (opened) in 2014 …, we wanted one thing: …", "Da vi startet, ville vi én ting: …": the one thing wanted at the start.
 * Not a start of anything else ("We started offering night shifts because …", "Vi startet byggingen i mars fordi …"): the
 * founding verb takes the company, the idea or the one thing wanted, nothing else.
 */

const FOUND = String.raw`(?:started|founded|set up|startet|starta|grunnla|grunnlagde|etablerte|startade|grundade|grundat)`;
/** Written so, as no flag folds case here: the company's name is told by its capital. */
const WE = String.raw`(?:[Ww]e|[Vv]i)`;
const COMPANY = String.raw`(?:\p{Lu}[\p{L}\d&.-]*(?: \p{Lu}[\p{L}\d&.-]*| AS| AB| ASA)*|the company|the firm|the business|selskapet|firmaet|bedriften|foretaket|företaget|bolaget|firman)`;
const WHY = String.raw`(?:because|fordi|eftersom|då|to|for å|för att)`;

const STARTED_COMPANY_BECAUSE = new RegExp(String.raw`(?:^|[\s"'«–-])${WE} ${FOUND} ${COMPANY},? ${WHY}\b`, 'u');
const STARTED_WITH_IDEA = new RegExp(
  String.raw`(?:^|[\s"'«–-])${WE} (?:started|began|startet|begynte|startade|började) (?:with|med) (?:a|an|one|the|én|en|ett|ei|ideen|idén|tanken)(?: [\p{L}]+)? ?(?:idea|thought|idé|ide|tanke|tanken|idéen|idén|ideen)?\s*:`,
  'iu',
);
const ONE_THING = new RegExp(String.raw`\b(?:we wanted|vi ville|ville vi|vi ønsket|ønsket vi|vi önskade|önskade vi)(?: (?:just|only|bare|bara))? (?:one thing|én ting|en ting|ei ting|en sak|ett)\s*:`, 'iu');
const FOUNDING = new RegExp(String.raw`\b(?:${FOUND}|began|begynte|började|opened|åpnet|opnet|öppnade)\b`, 'iu');

/** Whether the sentence tells why the company was started, in one of the shapes of the module comment. */
export function tellsFoundingPurpose(sentence: string): boolean {
  if (STARTED_COMPANY_BECAUSE.test(sentence) || STARTED_WITH_IDEA.test(sentence)) return true;
  return ONE_THING.test(sentence) && FOUNDING.test(sentence);
}
