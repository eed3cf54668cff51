import { hasRegistrationNo, isOrganisationName, isRegistrationSentence, legalNames, organisationIn, tradingName, FORMS_FURTHER_AFIELD, FORM_FIRST, SAYS_WHAT_IT_IS } from '../company/org-names';
import { knownTown } from '../places';
import { normalizeCompanyName } from '../company/names';
import { holdsWordsOf } from '../company/registered-name';
import { nameMatchesDomain, namesFacility } from '../company/page-name';
import type { JobAdInput } from './types';
import { escapePattern } from '../text/pattern';
import { linesUnderHeading } from './stated-employer';
import { acronymBrand, balticGenitive, brandWordsIn, definiteBrand, clippedBrand, compoundEnds, compoundGrows, compoundInitials, compoundOfBrand, FINNISH_FIRST, formBeforeName, inflectedBrand, initialsBrand, initialsWithTown, joinedBrand, MAX_MORE_WORDS, placeCompound, sameFirstWord, spelledOutBrand, tradeFirst } from './brand-forms';

/**
 * A short form the ad states (a brand in its structured data, a logo's acronym) against the name the page
 * writes in full: a reader trusts the full name. "Tidewell" → "Tidewell Labs, Inc." (the body's legal name),
 * "Hearth and Harbour" → "Hearth & Harbour Trust" (the organisation line), "SiMjøs" → "Studentsamskipnaden
 * Mjøs" (the footer's "Studentsamskipnaden Mjøs (SiMjøs)").
 */

// Swiss, German, Dutch and Nordic forms too: "Alpwerk Sensorik AG", "… Sàrl", "… B.V.", "… Oyj", "… IKS", "… DA".
const LEGAL_TAIL = String.raw`(?:GmbH\s*&\s*Co\.?\s*KG|Inc\.?|Ltd\.?|Limited|LLC|PLLC|LLP|PBC|Corp\.?|Corporation|plc|PLC|Co\.,?\s?Ltd\.?|Co\.|AS|ASA|AB|Ab|Oy|Oyj|ApS|A\/S|GmbH|AG|KG|SA|Sàrl|SARL|B\.V\.|BV|N\.V\.|NV|IKS|KF|SF|DA|ANS|e?hf\.?|${FORMS_FURTHER_AFIELD})`;
/** "Tidewell Labs, Inc.": a run of capitalised words, then a legal form after an optional comma. */
// "Kupolbadet i Borlänge AB": a place after "i" is part of the name, and so is a field after "for" ("Isbrekk Institute for
// Polar Biology AS"); "… GmbH & Co. KG" is one form, read whole.
const NAMED_WITH_FORM = new RegExp(String.raw`(?<![\p{L}\d])[\p{Lu}][\p{L}\d'’-]*(?:\s+(?!GmbH\s*&)(?:&|and|og|och|(?:i|for|för|of)(?=\s+\p{Lu})|[\p{Lu}][\p{L}\d'’-]*))*,?\s+${LEGAL_TAIL}(?![\p{L}\d])`, 'gu');
/** … or with a Baltic form before it: "SIA Lauceses Mehānika, Reg. No. …". */
const FORM_FIRST_IN = new RegExp(String.raw`(?<![\p{L}\d])${FORM_FIRST}`, 'gu');
/** A line that is a name: a few capitalised words (with "&", "and", "og", "och" between), nothing else. */
const NAME_LINE = /^[\p{Lu}][\p{L}\d&.,'’-]*(?:\s+(?:&|and|og|och|of|[\p{Lu}][\p{L}\d&.,'’-]*)){0,6}$/u;
/** Words that start a sentence and never a name. */
const SENTENCE_START = /^(?:The|This|Our|We|At|In|Vi|Hos|I|Som|Den|Det|Om|About)\s+/u;
/** The words a charity, a group or a partnership ends its full name with ("Hearth & Harbour Trust", "Nordvik Gruppen"). */
const ORG_WORD = /^(?:trust|board|foundation|charity|society|association|partnership|group|labs?|company|stiftelse|stiftelsen|stiftinga|forening|foreningen|förening|föreningen|gruppen|konsernet|koncernen|samvirkelag|lag|laget)$/iu;
/** Words that name a company holding property or shares: "… Förvaltning AB", "… Eiendom AS", "… Holdings Ltd". */
export const HOLDING = /(?<!\p{L})(?:förvaltning|forvaltning|eiendom|eigedom|fastigheter|fastighets|holding|holdings|invest|properties|property|estates)(?!\p{L})/iu;

const key = (name: string): string => normalizeCompanyName(name);
/** What a firm does, said of itself in the present: "builds", "makes", "bygger", "lager", "tillverkar", v58 "runs … tours". */
const OWN_TRADE = /^\s+(?:builds|makes|produces|manufactures|runs|operates|bygger|lager|produserer|tilvirker|driver|tillverkar|producerar)\s/u;

/** The ad's opening: the lines above its heading (a company card), the line under it (a board's employer line) and the first two paragraphs after it. */
function opening(input: JobAdInput): string[] {
  const h1 = input.blocks.findIndex((b) => b.tag === 'h1');
  const paragraphs = input.blocks.slice(h1 + 1).filter((b) => b.tag === 'p' || b.tag === 'div').slice(0, 2).map((b) => b.text);
  const header = input.lines?.header ?? [];
  const heading = header.findIndex((b) => b.tag === 'h1');
  const around = heading < 0 ? [] : [...header.slice(Math.max(0, heading - 6), heading), ...header.slice(heading + 1, heading + 2)];
  return [...around.map((b) => b.text), ...paragraphs];
}

/** "Om Fjelltopp Betaling AS", "About Tidewell Labs, Inc.", "Om oss": the heading of the box an ad gives its employer. */
// "Om anställningen", "About the post": the box about the job's terms, not its employer's.
const ABOUT_HEADING = /^(?:om|about)\s+(?!the (?:role|job|position|post|vacancy)$|stillingen$|stillinga$|tjänsten$|rollen$|jobbet$|anställningen$|ansettelsen$|ansettelsesforholdet$|tilsetjinga$|arbetet$|arbeidet$|deg$|dig$|you$)(.{2,70})$/iu;
const US = /^(?:oss|us)$/iu;

/** The employer's box ("Om Fjelltopp Betaling AS" over "Fjelltopp Betaling AS lager …"): its heading's name and its first lines. */
function aboutBox(input: JobAdInput): string[] {
  // The article's blocks, then the page's lines (a reader's view may leave the employer's box out).
  const fromBlocks = (blocks: JobAdInput['blocks']): string[] => blocks.flatMap((b) => {
    const named = /^h[2-6]$/.test(b.tag) ? ABOUT_HEADING.exec(b.text.trim())?.[1] : undefined;
    const own = named && !US.test(named) ? named : undefined;
    const under = b.heading !== undefined && ABOUT_HEADING.test(b.heading.trim()) && b.tag === 'p' ? b.text : undefined;
    return [own, under].filter((t): t is string => t !== undefined);
  }).slice(0, 4);
  return [...new Set([...fromBlocks(input.blocks), ...fromBlocks(input.lines?.header ?? [])])];
}

/** The names a text writes with a legal form, each from any of its capitalised words on ("We are … Tidewell Labs, Inc."). */
export function namesWithForm(text: string): string[] {
  return [...text.matchAll(NAMED_WITH_FORM)].flatMap((m) => {
    const words = m[0].split(/\s+/);
    return words.map((_, i) => words.slice(i).join(' ')).filter((n) => /^[\p{Lu}]/u.test(n));
  }).concat([...text.matchAll(FORM_FIRST_IN)].map((m) => m[0]));
}

/** A legal form closing a name: "… Supply Co.", "… Labs, Inc.". */
const ENDS_IN_LEGAL_TAIL = new RegExp(String.raw`\s${LEGAL_TAIL}$`, 'u');

/** "…, Strandkaien 12, 5013 Bergen", " · Kungsgatan 4, 411 19 Göteborg": a street with its number, then a postcode. */
// "…, 4 Park Row, Leeds LS1 5HD": a British street, town and postcode; "… Ltd. Cranbrook, BC V1C 0A0": a North American town, province or state, and code.
export const ADDRESS_AFTER = /^(?:\s*[,·•|]\s*(?:\p{Lu}[\p{L}.' -]+\s\d+[A-Za-z]?\s*,\s*(?:[A-Z]{1,2}-)?\d{3,5}(?:\s\d{2})?\s+\p{Lu}|\d+[A-Za-z]?\s+\p{Lu}[\p{L}.' -]+,\s*\p{Lu}[\p{L} -]+\s[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)|\s*[,·•|]?\s*\p{Lu}[\p{L}.' -]+,\s*[A-Z]{2}\s+(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{5}(?:-\d{4})?)(?![\p{L}\d]))/u;

/** Where one sentence ends and the next, capitalised, begins. */
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=\p{Lu})/u;

/** The ad's texts of up to 400 characters; a longer paragraph gives its sentences ("Abay Ridge Agro-Processing PLC is a …"). */
export const shortTexts = (input: JobAdInput): string[] =>
  input.blocks.flatMap((b) => (b.text.length <= 400 ? [b.text] : b.text.split(SENTENCE_BREAK).filter((t) => t.length <= 400)));

/** v61: "Southern Tussock Meats Limited has processed lamb …" under the data's "Tussock Meats": a region's word before the name (not "Today …"), a sentence of the ad opening with the whole. */
function withWordBefore(name: string, input: JobAdInput): string {
  const opens = new RegExp(String.raw`^((?:Southern|Northern|Eastern|Western|Central|North|South|East|West|Upper|Lower|Inner|Outer|Greater|Nordre|Søndre|Norra|Södra|Östra|Västra|Øvre|Nedre|Indre|Ytre) ${escapePattern(name)})\s+\p{Ll}`, 'u');
  return input.blocks.filter((b) => !input.lines?.footer.includes(b.text)).flatMap((b) => b.text.split(SENTENCE_BREAK)).map((t) => opens.exec(t)?.[1]).find((n) => n !== undefined) ?? name;
}

/** Whether `fuller` is `name` with a few more words after it (joiners folded: "&" and "and" are one); a trust's one more (v56: "Te Puna Ora o Kaikohe Charitable Trust"). */
function grows(fuller: string, name: string): boolean {
  const short = key(name);
  // "Oy Vitsand Fönster Ab": a Finnish form written before the name adds no word to it.
  const long = key(fuller.replace(FINNISH_FIRST, ''));
  // "Brightwater Supply" and "Brightwater Supply Co.": one name, the fuller with its legal form.
  if (short === long) return fuller.length > name.length && ENDS_IN_LEGAL_TAIL.test(fuller);
  // "Tidviks Kök AB" for the logo's "Tidvik Kök": the first word in the genitive, the legal form added; v57: "Östmarksgårdens Vård och Omsorg AB" for "Östmarksgården".
  if ((long.replace(/^(\p{L}{4,})s(?= )/u, '$1') === short && short.includes(' ')) || (!short.includes(' ') && short.length >= 6 && long.startsWith(`${short}s `) && long.split(' ').length <= MAX_MORE_WORDS + 2)) return ENDS_IN_LEGAL_TAIL.test(fuller);
  return short.length >= 3 && long.startsWith(`${short} `) && long.split(' ').length - short.split(' ').length <= MAX_MORE_WORDS + (ORG_WORD.test(long.split(' ').pop()!) ? 1 : 0);
}

/** "Kronblad Apotek AB (org.nr 556847-2109) är …", "Xlendi Bay Gaming Ltd (C 81234) is …": a registration number in brackets after the name. */
// "Suakoko Valley Growers Cooperative Society Inc. (SVGCS) is …": the name's initials in brackets after it too.
const BRACKETED_NUMBER = /^\s*\((?:[^()]{0,20}\d[\d\s-]{3,}|\p{Lu}{2,6})\)/u;

/** "Roseau Valley Cocoa Growers Co-operative Society Limited" for "Roseau Valley cocoa co-operative": the brand's words in order, a society's or a trust's word closing the name after them. */
function holdsBeforeOrgWord(full: string, brand: string): boolean {
  const words = key(full).split(' ');
  return !/^The\s/u.test(full) && words.length > 2 && ORG_WORD.test(words[words.length - 1]!) && holdsWordsOf(words.slice(0, -1).join(' '), brand);
}

/** "… · org.nr 556104-2285 · Lövuddsvägen 10", v52: "· Registry code 14839271 ·", "· Alaska business license 2187340 ·", v54: "(org.nr 556884-2017)", v58: "· kt. 540317-1190 ·", v60: "· ICN 9271 ·" (an Aboriginal corporation's): a registration number after a name. */
const REGISTRATION_SEGMENT = /^\s*(?:[·•|,]|\()\s*(?:org\.?\s*(?:nr|no)\.?|organisasjonsnummer|organisationsnummer|company\s+(?:no\.?|code)|reg(?:\.|istry|istration)?\s*(?:no|number|code)\.?|(?:\p{Lu}\p{L}+\s+)?business\s+licen[cs]e(?:\s+no\.?)?|business\s+id|y-tunnus|registrikood|ABN|ICN|CVR|kt\.|kennitala)\s*:?\s*[\d -]{4,14}?(?=\s*[·•|,)])/iu;

const ONLY_LEGAL_FORM = new RegExp(String.raw`^,?\s+${LEGAL_TAIL}$`, 'u');

/** "Cardinal Ridge Plastics, LLC" for "Cardinal Ridge Plastics": the same words, then only a legal form. */
export function addsLegalForm(fuller: string, name: string): boolean {
  const rest = fuller.slice(name.trim().length);
  return fuller.toLowerCase().startsWith(name.trim().toLowerCase()) && ONLY_LEGAL_FORM.test(rest);
}

/**
 * The fuller name the ad's opening writes for a short one: a line that is only the name with more words
 * ("Hearth & Harbour Trust"), or a name with its legal form ("Tidewell Labs, Inc. is …"); the legal form first.
 * Another company whose name starts with the same word ("Tidewell Energy Ltd") is not a fuller form of "Tidewell
 * Labs", and names further down the page (similar jobs, the board's footer) are never read.
 */
export function writtenInFull(name: string, input: JobAdInput): string | undefined {
  // "Holmgaard Logistik ApS" is already the name in full: a town or a unit after it is not more of it.
  if (isOrganisationName(name)) return undefined;
  // v58: "Mullet Peninsula Homecare CLG, trading as Peninsula Homecare.": the legal name the ad says the brand trades for.
  const traded = input.blocks.flatMap((b) => b.text.split(SENTENCE_BREAK)).map((t) => tradingName(t.replace(/\.$/u, ''))).find((t) => t && key(t.trading) === key(name) && isOrganisationName(t.legal));
  if (traded) return traded.legal;
  const lines = opening(input);
  const withForm = [...lines, ...aboutBox(input)].flatMap(namesWithForm).filter((n) => grows(n, name) || formBeforeName(n, name));
  if (withForm.length > 0) return withWordBefore(withForm.sort((a, b) => b.length - a.length)[0]!, input);
  // "Cardinal Ridge Plastics, LLC is an Equal Opportunity Employer." closing the ad: the very name with its legal
  // form, wherever the ad's own text writes it (another firm's name never is the same words); or the legal name the
  // brand shortens ("Amnicon Terminal" for "Amnicon Grain Terminal, Inc. is an Equal Opportunity Employer").
  // The registry line under the ad's text counts as its own (a reader's view may leave that box out of the blocks).
  // The rows under the heading that a reader's view leaves out count too ("Employer:" over "Dumbara Spice Exports (Pvt) Ltd").
  const rows = linesUnderHeading(input).map((l) => l.text);
  const own = [...shortTexts(input), ...rows, ...(input.lines?.registered ?? []), ...(input.lines?.described ?? [])].flatMap(namesWithForm);
  // "Isbrekk Institute for Polar Biology AS, org.nr. 921 604 337" closing the ad: the registered name the brand opens.
  // "Matairangi Hospice Trust is a registered charity (CC21873).": the name the registration line gives, a charity's word and all.
  const registered = (texts = [...input.blocks.map((b) => b.text), ...(input.lines?.registered ?? [])]): string[] => texts.filter((t) => t.length <= 200 && (hasRegistrationNo(t) || isRegistrationSentence(t))).flatMap((t) => [...namesWithForm(t), ...legalNames([t])]);
  // "Lindqvist & Wall Rekrytering AB · Kungsgatan 12, Stockholm": a line that opens with the name in full, then only its address; the ad's
  // own (not the site's footer), its registry line outside the footer too ("Tidavads Kök AB · Org.nr … · ingår i …"); not a company
  // holding the brand's buildings or shares ("Lövsta Kvarn Förvaltning AB · Kvarnvägen 2").
  const letterhead = (n: string): boolean =>
    !HOLDING.test(n) && [...input.blocks.map((b) => b.text), ...rows, ...(input.lines?.registered ?? [])].some((t) => t.startsWith(n) && /^\s*(?:$|[·•|,–])/u.test(t.slice(n.length)) && !input.lines?.footer.includes(t));
  // The ad's registry line outside the site's footer counts too ("<address>Åsundens Väveri AB · Org.nr … · Fabriksgatan 12, …").
  const addressed = (n: string): boolean =>
    !HOLDING.test(n) && [...input.blocks.map((b) => b.text), ...(input.lines?.registered ?? [])].some((t) => t.startsWith(n) && ADDRESS_AFTER.test(t.slice(n.length).replace(REGISTRATION_SEGMENT, '')) && !input.lines?.footer.includes(t));
  // "Lysheim rehabiliteringssenter" in the data, "Lysheim Rehabilitering AS er et privat rehabiliteringssenter …" opening the
  // ad: the registered name under the brand's first word, its other words in the name or in what the sentence says it is.
  const describedAs = (n: string): boolean => !HOLDING.test(n) && opening(input).some((line) => line.startsWith(n) && SAYS_WHAT_IT_IS.test(line.slice(n.length)) && brandWordsIn(name, n, line));
  // The ad's own sentences, the site's footer left out.
  const ownSentences = (): string[] => input.blocks.filter((b) => !input.lines?.footer.includes(b.text)).flatMap((b) => b.text.split(SENTENCE_BREAK));
  // "Tandeka Talent Partners (Pty) Ltd is a registered labour broker …": a sentence of the ad that the name opens.
  // A board's company card that a reader's view leaves out counts too (the page's described lines).
  // "… on or before 22nd January 2027. Kipepeo Fruit Processors Ltd is an equal opportunity employer.": a sentence inside a paragraph too.
  const opensSentence = (n: string): boolean => !HOLDING.test(n) && [...ownSentences(), ...(input.lines?.described ?? [])].some((t) => t.startsWith(n) && /^\s+\p{Ll}/u.test(t.slice(n.length).replace(BRACKETED_NUMBER, '')));
  // "Hällestad Plåt" on the board, "Hällestad Plåtindustri AB tillverkar …" in the ad: the brand's last word opens the
  // registered name's. "Havblikk Hotel Bergen" over "Havblikk Hotell AS, Strandkaien 12, 5013 Bergen": the ad's letterhead
  // line under the brand's own first word, with its address.
  // "Reisafjord Laks" in the data, "Reisafjord Havbruk AS er et familieeid oppdrettsselskap …" closing the ad; "Straumsli Reiseliv AS
  // · Org.nr. 918 442 617 · Driver Straumsli Fjellhotell": the ad's own sentence saying what the registered name under the brand's first word is, or its registry line;
  // or what it does, the brand's other words in it ("Läänemere Paadiehitus OÜ builds … boats").
  const saysWhatItIs = (n: string): boolean => !HOLDING.test(n) && ownSentences().some((t) => t.startsWith(n) && (SAYS_WHAT_IT_IS.test(t.slice(n.length)) || (OWN_TRADE.test(t.slice(n.length)) && brandWordsIn(name, n, t))));
  // "This position is recruited by Midnight Sun Recruiting Group Ltd., 2nd floor, …", "Stillingen rekrutteres av …", "Posted by … Ltd. on
  // November 30" (v49): who runs the hiring or placed the ad, named in full.
  const recruitedBy = (n: string): boolean => [...ownSentences(), ...rows].some((t) => new RegExp(String.raw`(?:recruited|hired|employed|[Pp]osted|rekrutteres|rekruttert|ansettes|tilsettes|rekryteras|anställs) (?:directly )?(?:by|av|hos) ${escapePattern(n)}`, 'u').test(t));
  // "Gullmar Rekrytering är en del av Gullmarsrekrytering AB, …": the brand, in the ad's own words, part of the name in full.
  const partOf = (n: string): boolean => ownSentences().some((t) => new RegExp(String.raw`${escapePattern(name.trim())} (?:är|er|is) (?:en del av|del av|a part of|part of) ${escapePattern(n)}`, 'u').test(t));
  const registryLine = (n: string): boolean => !HOLDING.test(n) && [...input.blocks.map((b) => b.text), ...(input.lines?.registered ?? [])].some((t) => t.startsWith(n) && REGISTRATION_SEGMENT.test(t.slice(n.length)));
  const same = own.find((n) => addsLegalForm(n, name) || formBeforeName(n, name) || (isOrganisationName(n) && (holdsWordsOf(n, name) || compoundGrows(n, name) || ((grows(n, name) || spelledOutBrand(n, name) || clippedBrand(n, name) || initialsBrand(n, name) || acronymBrand(n, name) || compoundEnds(n, name) || compoundOfBrand(n, name) || inflectedBrand(n, name) || compoundInitials(n, name) || initialsWithTown(n, name) || tradeFirst(n, name)) && (letterhead(n) || opensSentence(n) || recruitedBy(n) || partOf(n))) || (sameFirstWord(n, name) && (addressed(n) || describedAs(n) || saysWhatItIs(n) || registryLine(n))) || holdsBeforeOrgWord(n, name)))) ??
    registered().find((n) => (isOrganisationName(n) || ORG_WORD.test(n.split(/\s+/).pop()!)) && (grows(n, name) || formBeforeName(n, name) || clippedBrand(n, name) || joinedBrand(n, name) || holdsBeforeOrgWord(n, name) || definiteBrand(n, name) || balticGenitive(n, name))) ??
    // "Durie Hill Community Health Trust is registered with …" in a board's footer under "Durie Hill Health": the trust the brand's words open, not the board's own line; v53: "Kiantajärven Kalajaloste Oy · Business ID …" closing the ad under "Kianta Fish": a place's genitive the brand's word opens; v62: "UAB Dainavos baldai" under "Dainava Furniture"; v66: in the ad's own registry line too ("Employer: UAB „Šventosios mediena“, company code …").
    registered(input.lines?.footer ?? []).find((n) => holdsBeforeOrgWord(n, name) || (isOrganisationName(n) && (placeCompound(n, name) || balticGenitive(n, name))));
  // "Oy Vitsand Fönster Ab är …": a Finnish bilingual firm's name with its Finnish form before it too, as it writes it.
  // "Advokatfirmaet Brekkevoll & Lunde AS · Org.nr. …": a registry line that opens with the name and a word before it registers that.
  const registry = (): string | undefined => legalNames(input.lines?.registered).find((n) => n.endsWith(` ${same}`) && isOrganisationName(n));
  if (same) return own.find((n) => FINNISH_FIRST.test(n) && n.replace(FINNISH_FIRST, '') === same) ?? registry() ?? withWordBefore(same, input);
  // "Vardåsen omsorg KF er et kommunalt foretak …": the very name, written in lower case after its first word, with its form.
  const formed = new RegExp(String.raw`(?<![\p{L}\d])${escapePattern(name.trim())},?\s+${LEGAL_TAIL}(?![\p{L}\d])`, 'u');
  const written = [...shortTexts(input), ...aboutBox(input)].map((text) => formed.exec(text)?.[0]).find((n) => n !== undefined);
  if (written) return written;
  // "Hearth & Harbour Trust" on its own line; "Kestrel Analytics London" or "… Home Page" add no word of the name.
  const plain = lines
    .map((l) => l.trim().replace(SENTENCE_START, ''))
    .filter((l) => l.length <= 70 && NAME_LINE.test(l) && !l.includes(',') && grows(l, name) && ORG_WORD.test(l.split(/\s+/).pop()!) && !l.slice(name.length).split(/\s+/).some((w) => knownTown(w)));
  return plain.sort((a, b) => b.length - a.length)[0] ?? bodyInFull(name, lines);
}

/** A public body's name as the subject of a sentence: "The Cedar Valley Regional Water Authority supplies …". */
const BODY_SUBJECT = /^(?:The\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,6}(?:Authority|District|Commission|Board|Agency|Council|Department|Corporation))\s+\p{Ll}/u;

/**
 * "Cedar Valley Water" on a board, "The Cedar Valley Regional Water Authority supplies drinking water …" opening the ad:
 * the public body whose name holds the brand's words in order, from the same first word, a word or two more between
 * them and the body's kind after.
 */
function bodyInFull(name: string, lines: readonly string[]): string | undefined {
  return lines.map((line) => BODY_SUBJECT.exec(line.trim())?.[1]).find((body) => body !== undefined && bodyHoldsBrand(body, name));
}

/** "Cedar Valley Regional Water Authority" holds "Cedar Valley Water": its words in order, from the same first word. */
export function bodyHoldsBrand(body: string, brand: string): boolean {
  const short = normalizeCompanyName(brand).split(' ');
  const long = normalizeCompanyName(body).split(' ');
  if (!BODY_SUBJECT.test(`${body} x`) || short.length < 2 || long[0] !== short[0] || long.length - short.length > 3 || long.length <= short.length) return false;
  let at = 0;
  for (const w of long.slice(0, -1)) if (w === short[at]) at += 1;
  return at === short.length;
}

/**
 * "Arbetsgivare: Tallbacken Omsorg" over "Omsorgshuset Tallbacken AB driver hemtjänst …": the brand's words in another
 * order, each opening a word of the registered name that the ad's opening sentence is about. That name, in full.
 */
export function reorderedLegalName(name: string, input: JobAdInput): string | undefined {
  const own = key(name).split(' ').filter(Boolean);
  if (own.length < 2 || own.some((w) => w.length < 4) || isOrganisationName(name)) return undefined;
  for (const line of opening(input)) {
    const legal = organisationIn(line);
    if (!legal || !line.startsWith(legal) || !isOrganisationName(legal)) continue;
    const words = key(legal).split(' ').filter(Boolean);
    const reordered = words.join(' ') !== own.join(' ') && !words.join(' ').startsWith(own.join(' '));
    if (reordered && words.length <= own.length + 1 && own.every((w) => words.some((x) => x.startsWith(w)))) return legal;
  }
  return undefined;
}

/** "Studentsamskipnaden Mjøs (SiMjøs)": the name written out before the short form in brackets. */
export function spelledBeforeBrackets(short: string, input: JobAdInput): string | undefined {
  const escaped = escapePattern(short.trim());
  if (escaped.length < 2) return undefined;
  // 'SIA "Ziemeļvidzemes Metāls" (ZV Metāls)': a Baltic name in quotes.
  const re = new RegExp(String.raw`([\p{Lu}][\p{L}\d'’-]*(?:\s+(?:&|and|og|och|i|for|för|of|["“„]?[\p{Lu}][\p{L}\d'’-]*["”“]?)){0,6})\s*\(\s*${escaped}\s*\)`, 'u');
  // "PT Pelangi Rantai Dingin Logistik (Pelangi Logistics) was founded …" in the box about the employer, anywhere in the ad.
  const texts = [...(input.lines?.footer ?? []), ...opening(input), ...legalNames(input.lines?.footer), ...shortTexts(input), ...(input.lines?.described ?? [])];
  // v64: "Instruments océaniques Mitis inc. (Mitis Ocean Instruments)": a Québec name, its trade words in lower case, closed by its form.
  const quebec = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){1,5},?\s+(?:inc\.|ltée|limitée))\s*\(\s*${escaped}\s*\)`, 'u');
  for (const text of texts) {
    const french = quebec.exec(text)?.[1];
    if (french) return french.replace(SENTENCE_START, '').trim();
    const m = re.exec(text);
    const full = m?.[1]?.replace(SENTENCE_START, '').trim();
    // "Lineman Apprentice – Cambridge Bay (Siqiniq Power Corporation)": a name shorter than what the brackets hold is not its full form.
    if (full && full.split(/\s+/).length >= 2 && key(full) !== key(short) && full.length > short.trim().length) return organisationIn(full) ?? full;
  }
  return undefined;
}

/** On the employer's own site, the footer's legal name that its address spells is the site's owner: "Kodverket Syd AB · Org.nr …" on kodverket.se (not a board's operator, nor another owner). */
export function ownersLegalName(input: JobAdInput): string | undefined {
  let host = '';
  try {
    host = new URL(input.url).hostname.replace(/^www\d?\./, '');
  } catch {
    return undefined;
  }
  const legal = legalNames(input.lines?.footer);
  const own = legal.find((n) => isOrganisationName(n) && nameMatchesDomain(n, host));
  // "Maryport Harbour" as the logo, "Solway Coast Harbour Trust is a trust port …" in the footer: the body runs the site.
  return own ?? ((input.lines?.logos ?? []).some(namesFacility) ? legal[0] : undefined);
}

/** "Advokatfirmaet", "Advokatbyrån", "Arkitektkontoret", "Revisionsbyrån": a word for the kind of firm that opens its registered name. */
// "Stiftelsen Aldervik Water Trust", "Stiftelsen Lyngvær behandlingssenter": a foundation's word opens its registered name too.
const FIRM_KIND = String.raw`(?:\p{Lu}\p{Ll}*(?:firma|firmaet|byrå|byrån|byrået|kontoret)|Stiftelsen|Stiftinga)`;
/** "eies av Stiftelsen X", "owned by …": the body that owns the employer is another one. */
const OWNED_BY = /(?:eies|eid|eigd|ägs|ägd|owned|drevet|driven|grunnlagt|grundad|founded|funded|finansiert|finansierad|støttet|stöttad)\s+(?:av|by)\s*$/iu;

/**
 * "Advokatfirmaet Lundestad og Brekke AS" where the name read is "Lundestad og Brekke AS": the word for the kind
 * of firm before it is part of the registered name, wherever the ad's own text or its footer writes the two together.
 */
export function withFirmKind(name: string, input: JobAdInput): string {
  if (new RegExp(String.raw`^${FIRM_KIND}\s`, 'u').test(name)) return name;
  const escaped = escapePattern(name.trim());
  const re = new RegExp(String.raw`(?<![\p{L}\d])(${FIRM_KIND})\s+${escaped}(?![\p{L}\d])`, 'u');
  const texts = [...shortTexts(input), ...(input.lines?.footer ?? [])];
  for (const text of texts) {
    const m = re.exec(text);
    if (m && !OWNED_BY.test(text.slice(0, m.index))) return `${m[1]} ${name.trim()}`;
  }
  return name;
}
