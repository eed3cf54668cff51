import { isOrganisationName, nameFromLegalLine, organisationIn, RUN_BY_WORDS, tradingName } from '../company/org-names';
import { brandOfLegalName } from '../company/legal-brand';
import { normalizeCompanyName } from '../company/names';
import { escapePattern } from '../text/pattern';
import type { JobAdInput } from './types';

/**
 * An ad on a board that gives the employer's brand ("Kranich Logistics") in its card and structured data and
 * the registered name only in an imprint line closing the description ("Kranich Logistik GmbH, Ohlauer
 * Straße 38, 10999 Berlin"): the brand's words are the legal name's, in another language or spelling.
 */

/** An address or a registration after the name: what makes a line an imprint, not a sentence. */
const IMPRINT_TAIL = /(?:\d{4,5}\s+\p{Lu}|\d{3}\s\d{2}\s+\p{Lu}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|(?:org\.?\s*n(?:r|o)|company (?:no|code)|įmonės kodas|registrikood|HRB|registered (?:in|with)|Amtsgericht|VAT|CVR|USt))/u;

/** "Elbwerk Orgelbau GmbH & Co. KG" for "Elbwerk Orgelbau": the brand's very words, then a legal form. */
const withLegalForm = (legal: string, name: string): boolean => legal.length > name.trim().length && normalizeCompanyName(legal) === normalizeCompanyName(name);

/**
 * "Brekkestø Båtbyggeri AS" for the brand "Brekkestø": the legal name opens with the brand's one word and goes on by a
 * few words of its trade. Read only in an imprint line (a name, then an address or a registration), the ad's own. A
 * brand of two words or more is a name already: a legal name that adds to it ("… Förvaltning AB") may be another
 * body of its group.
 */
function opensLegalName(legal: string, name: string): boolean {
  const short = normalizeCompanyName(name);
  const long = normalizeCompanyName(legal);
  return short.length >= 4 && !short.includes(' ') && long.startsWith(`${short} `) && long.split(' ').length - short.split(' ').length <= 3;
}

/**
 * "Ladder Bay Dive Centre B.V." for the brand "Ladder Bay Divers": the brand's first two words open the legal name, and
 * its trade word is the legal one's in another form (the first four letters alike).
 */
function tradeWordRecast(legal: string, name: string): boolean {
  const [short, long] = [normalizeCompanyName(name).split(' '), normalizeCompanyName(legal).split(' ')];
  const last = short[short.length - 1]!;
  return short.length >= 3 && long.length >= short.length && short.slice(0, -1).every((w, i) => w === long[i]) && last.length >= 4 && last !== long[short.length - 1] && last.slice(0, 4) === long[short.length - 1]!.slice(0, 4);
}

/**
 * "Stiftelsen Arna Garnverk" for the brand "Garnverket", "Föreningen Norrbo Glasbruk" for "Glasbruket": the brand is the legal
 * name's last word in its definite form (what the place is called in speech), the legal name a foundation's or a company's.
 */
function definiteOfLast(legal: string, name: string): boolean {
  const [short, long] = [normalizeCompanyName(name), normalizeCompanyName(legal).split(' ')];
  const last = long[long.length - 1]!;
  return long.length >= 2 && !short.includes(' ') && last.length >= 4 && /^(?:et|en|a|n|t|ne)$/.test(short.slice(last.length)) && short.startsWith(last);
}

/** A place's kind before or after its name: "Hotel Marių Krantas" is what "UAB „Marių krantas“" runs. */
const VENUE_WORD = /^(?:hotel|hotell|hostel|guesthouse|gjestehus|pensjonat|restaurant|restaurang|restoranas|cafe|kafe|kafé|camping|spa|resort|marina|bakery|bakeri|bageri)$/u;
/** A form that opens a Baltic, Faroese or Icelandic legal name ("UAB", "SIA", "P/F"), not part of the name's words. */
const FORM_FIRST = /^(?:uab|ab|sia|as|ou|oü|pf|p f|ehf|hf)$/u;

/** v59: "Hotel Marių Krantas" for "UAB „Marių krantas“, company code …": the brand is the legal name's words with the kind of place it runs. */
export function venueOfLegalName(legal: string, name: string): boolean {
  const [short, long] = [normalizeCompanyName(name).split(' '), normalizeCompanyName(legal).split(' ')];
  const words = FORM_FIRST.test(long[0]!) ? long.slice(1) : long;
  if (words.length === 0 || short.length !== words.length + 1) return false;
  const kindFirst = VENUE_WORD.test(short[0]!) && short.slice(1).join(' ') === words.join(' ');
  return kindFirst || (VENUE_WORD.test(short[short.length - 1]!) && short.slice(0, -1).join(' ') === words.join(' '));
}

/** The legal name an imprint line in the ad gives for the brand `name` (another spelling, with its legal form, or with its trade words), or undefined. */
export function imprintName(name: string, input: JobAdInput): string | undefined {
  for (const block of input.blocks) {
    const text = block.text.trim();
    // "… · registered with the Chamber of Commerce for Bonaire, Sint Eustatius and Saba under no. 100277 · …": a registry line may run long.
    if (text.length > 200 || !IMPRINT_TAIL.test(text)) continue;
    const legal = nameFromLegalLine(text);
    if (legal && text.startsWith(legal) && isOrganisationName(legal) && (brandOfLegalName(name, legal) || withLegalForm(legal, name) || opensLegalName(legal, name) || tradeWordRecast(legal, name) || definiteOfLast(legal, name) || venueOfLegalName(legal, name))) return legal;
  }
  return undefined;
}

/** "… drivs av", "… is run by": the body that runs the named school, home or venue follows. */
const RUN_BY = new RegExp(String.raw`^\s+(?:${RUN_BY_WORDS}|eies av|ägs av|is owned by)\s+`, 'iu');

/**
 * "Ekdala folkhögskola drivs av Stiftelsen Ekdala folkhögskola med stöd av Region Jönköpings län": the ad's prose
 * names the body that runs the employer and holds its name whole (a foundation's, an association's form of it), the
 * legal employer. A region, a municipality or a group of another name that runs it is left alone: the name the ad
 * goes by stays.
 */
export function operatorOf(name: string, input: JobAdInput): string | undefined {
  const key = normalizeCompanyName(name);
  if (!key) return undefined;
  for (const block of input.blocks) {
    const text = block.text;
    const at = text.toLowerCase().indexOf(name.toLowerCase());
    if (at < 0) continue;
    const run = RUN_BY.exec(text.slice(at + name.length));
    if (!run) continue;
    const operator = organisationIn(text.slice(at + name.length + run[0].length));
    if (operator && operator.length > name.length && ` ${normalizeCompanyName(operator)} `.includes(` ${key} `)) return operator;
  }
  return undefined;
}

/** "… is the brand of", "… er et varemerke for", "… är ett varumärke för", "… is a trading name of": the legal owner follows. */
const BRAND_OF_WORDS = String.raw`is (?:the|a) (?:brand|trading name|trading style|trade name) of|er (?:et )?(?:varemerke|varemerket|merkenavn) (?:for|til|som eies av)|är (?:ett )?(?:varumärke|varumärket) (?:för|inom|som ägs av)`;
const BRAND_OF = new RegExp(String.raw`^\s+(?:${BRAND_OF_WORDS})\s+`, 'iu');

/** "…, owned and managed by", "… som eies og drives av", "… som ägs och drivs av": the owner named later in the sentence. */
const OWNED_LATER = /^[^.!?]{0,160}?(?:(?:owned|operated|run)(?: and (?:managed|operated|run))? by|eies(?: og drives)? av|ägs(?: och drivs)? av)\s+/iu;
/** v64: "Corella Road Trains is … . The trading name belongs to Corella Haulage Pty Ltd (ABN …)": the next sentence says whose the name is. */
const NAME_BELONGS = /^[^.!?]{0,300}[.!?]\s+(?:the|this|our|that) (?:trading name|trade name|brand|brand name) (?:belongs to|is owned by|is registered to|is held by)\s+/iu;
const sharesFirstWord = (name: string, after: string): boolean => after.split(/\s+/)[0]?.toLowerCase() === name.split(/\s+/)[0]?.toLowerCase();

/**
 * "Kopi Lestari is the brand of Lestari Beverages Sdn. Bhd. (Registration No. …)": the ad's sentence that says whose brand
 * the name is gives the company that hires under it, written with its legal form.
 */
export function ownerOfBrand(name: string, input: JobAdInput): string | undefined {
  const trimmed = name.trim();
  if (trimmed.length < 3) return undefined;
  // The footer's line too: "KorsouStaff is a trade name of Kòrsou Staffing B.V. · Chamber of Commerce no. …"; and a registry line
  // a reader's view leaves out ("Kuusamon Erämatkat Oy (Business ID …) operates the Ruka Wild Trails safari brand" in a side box).
  for (const text of [...input.blocks.map((b) => b.text), ...(input.lines?.footer ?? []), ...(input.lines?.registered ?? [])]) {
    const at = text.indexOf(trimmed);
    if (at < 0) continue;
    const legal = tradesAs(trimmed, text) ?? runsBrand(trimmed, text);
    if (legal) return legal;
    // "Kelani Heights Kandy is a 92-room hotel …, owned and managed by Kelani Heights Hotels (Pvt) Ltd": the owner later in
    // the sentence, under the brand's own first word (an investor's name is another).
    const rest = text.slice(at + trimmed.length);
    const brandOf = BRAND_OF.exec(rest);
    const belongs = NAME_BELONGS.exec(rest);
    const of = brandOf ?? belongs ?? OWNED_LATER.exec(rest);
    const after = of ? rest.slice(of[0].length) : '';
    if (!of || (!brandOf && !belongs && !sharesFirstWord(trimmed, after))) continue;
    const owner = organisationIn(after);
    if (owner && after.startsWith(owner) && isOrganisationName(owner)) return owner;
  }
  return undefined;
}

/** "Anläggningen drivs av …", "The resort is run by …", "Godset ägs och drivs av …": the place of work, named by its kind, and the company that runs it (not one that only owns it: "Hotellet ägs av …"). */
const VENUE_RUN_BY = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:the\s+)?(?:anläggningen|hotellet|campingen|stugbyn|vandrarhemmet|anlegget|campingplassen|hytteutleien|verksamheten|virksomheten|butiken|butikken|restaurangen|restauranten|godset|gården|herrgården|gardsbruket|museet|resort|hotel|site|centre|center|park|restaurant|shop|store|business|estate|farm|lodge|museum)\s+(?:${RUN_BY_WORDS}|ägs och drivs av|eies og drives av|is owned and (?:operated|run|managed) by)\s+`,
  'iu',
);
/** "Coco Vert Resort & Spa is owned and operated by …": the name itself, then who runs it. */
const NAME_RUN_BY = new RegExp(String.raw`^\s+(?:is\s+(?:owned\s+and\s+(?:operated|managed|run)|operated\s+and\s+managed)\s+by|${RUN_BY_WORDS}|eies og drives av|ägs och drivs av)\s+`, 'iu');
const LEGAL_FORM_END = /\s(?:AB|AS|ASA|Oy|Ab|A\/S|ApS|Ltd|Limited|Inc|LLC|GmbH|Plc|PLC|B\.V|N\.V|BV|NV)\.?$/u;

/**
 * "Sommarnäs Stugby & Camping ligger vid sjön Sommen … Anläggningen drivs av Holavedens Turism AB", "Coco Vert Resort & Spa
 * is owned and operated by Praslin Hospitality Holdings (Pty) Ltd": a place of work named without a legal form, which the
 * ad says a company runs. The company, by its legal name, employs (a region or a council that runs it is left alone: no
 * company form, see operatorOf).
 */
export function venueOperator(name: string, input: JobAdInput): string | undefined {
  if (LEGAL_FORM_END.test(name.trim())) return undefined;
  const blocks = input.blocks.slice(0, 40);
  // "Serena Palm Beach Resort is a 212-room resort …", a paragraph later "The resort is operated by …": the venue named once is the one the ad is for.
  const named = blocks.some(({ text }) => text.includes(name));
  for (const { text } of blocks) {
    const at = text.indexOf(name);
    if (at < 0 && !named) continue;
    const rest = at < 0 ? text : text.slice(at + name.length);
    const run = (at < 0 ? null : NAME_RUN_BY.exec(rest)) ?? VENUE_RUN_BY.exec(rest);
    const operator = run ? organisationIn(rest.slice(run.index + run[0].length)) : undefined;
    if (operator && LEGAL_FORM_END.test(operator) && isOrganisationName(operator)) return operator;
  }
  return undefined;
}


/** Each sentence's legal name and the name it trades as ("X Limited, trading as Y, runs …"), where it writes both. */
const tradingNamesIn = (text: string) => text.split(/(?<=[.!?])\s+/u).map(tradingName);

/** "Tiare Moana Tours Limited, trading as Tiare Moana Lagoon Cruises, runs …": the legal name a sentence opens with, before the brand it trades as. */
function tradesAs(brand: string, text: string): string | undefined {
  const found = tradingNamesIn(text).find((t) => t?.trading === brand);
  return found && isOrganisationName(found.legal) ? found.legal : undefined;
}

/**
 * "Vättersvik Upplevelser AB, org.nr 559218-4476, driver Hjo Vattenland …", "X Ltd runs Y", "Kuusamon Erämatkat Oy (Business ID …)
 * operates the Ruka Wild Trails safari brand", v57: "… driver skidanläggningen Hemfjäll": the company a sentence opens with, which runs the brand.
 */
function runsBrand(brand: string, text: string): string | undefined {
  const m = new RegExp(String.raw`(?:^|[.!?]\s+)(\p{Lu}(?:[^.!?]|\.(?=\S|\s\d)){2,120}?)\s(?:driver|driv|runs|operates|is running)\s+(?:the\s+)?(?:\p{Ll}{4,}\s+)?${escapePattern(brand)}(?![\p{L}])`, 'u').exec(text);
  const owner = m ? organisationIn(m[1]!) : undefined;
  return owner && m![1]!.startsWith(owner) && isOrganisationName(owner) ? owner : undefined;
}

/**
 * "Harbour Charters Vava'u is a trading name of Neiafu Harbour Charters Limited": the name the employer goes by, which
 * papers write ("Harbour Charters adds a fourth boat"), where the ad's employer is the legal name.
 */
export function tradingNameOf(name: string, input: JobAdInput): string | undefined {
  // The run of capitalised words right before it ("Founded in 1998, Harbour Charters is …": "Harbour Charters").
  const re = new RegExp(String.raw`(?:^|[\s,(])((?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:&|og|och|and)\s+)?){0,4}\p{Lu}[\p{L}'’&-]*)\s+(?:${BRAND_OF_WORDS})\s+${escapePattern(name.trim())}`, 'u');
  for (const { text } of input.blocks.slice(0, 80)) {
    const trading = tradingNamesIn(text).find((t) => t?.legal === name.trim())?.trading;
    if (trading) return trading;
    const brand = re.exec(text)?.[1]?.trim();
    if (brand && brand !== name.trim()) return brand;
  }
  return undefined;
}
