import { isShortFormOf } from './short-forms';
import { knownTown } from '../places';

/**
 * Organisation names as pages write them: "Fjellkraft AS", "Skog & Sjö AB", "Ulvik herad", "Region Halland". Used to find
 * the employer in an ad's own text and a company's name on a site that has no site-name data.
 */

/**
 * Legal forms after a name (a Finnish firm's Swedish "Ab": "Smedsby Plåt Ab"), and from further afield: "… SRL", "… Lda.", "… Sdn.
 * Bhd.", "… OÜ", "… Sp. z o.o.", "… FZ-LLC", "… W.L.L.", an NHS trust, "… (Private) Limited", "… JSC", "… EOOD", "… S.A.E.", "… Tbk", v55: "… SIA" (not a UK "SIA licence").
 */
export const FORMS_FURTHER_AFIELD = String.raw`B\.V\.?|N\.V\.?|Co\.,?\s?Ltd\.?|L\.L\.C\.?|OÜ|Sp\.\s?z\s?o\.o\.|s\.r\.o\.|Kft\.|d\.o\.o\.|FZ-LLC|FZE|FZCO|W\.L\.L\.?|NHS(?:\s+Foundation)?\s+Trust|SRL|S\.r\.l\.|SARL|SAS|SpA|S\.p\.A\.|Lda\.?|(?:\((?:M|Malaysia)\)\s+)?Sdn\.?\s?Bhd\.?|(?:\((?:S|Singapore)\)\s+)?Pte\.?\s?Ltd\.?|\(Pty\)\s?Ltd\.?|Pty\.?\s?Ltd\.?|\((?:Private|Pvt\.?|\p{Lu}{2,3}|\p{Lu}\p{Ll}{3,12})\)\s+(?:Limited|Ltd\.?)|Private\s+Limited|Pvt\.?\s+Ltd\.?|Joint\s+Stock\s+Company|JSC|EOOD|OOD|EAD|S\.A\.E\.?|Tbk\.?|S?CIO|CIC|DAC|CLG|Unlimited\s+Company|ULC|Teoranta|Teo\.|S\.A\.S\.?|SUARL|SIA(?!\s+(?:licen[cs]e|badge|card|approved|accredit))|(?:Sanayi\s+ve\s+Ticaret\s+|San\.\s+ve\s+Tic\.\s+)?A\.Ş\.?|(?:Tic\.\s+)?Ltd\.\s+Şti\.?`;
const LEGAL_FORM = String.raw`(?:GmbH\s*&\s*Co\.?\s*KG|KG|AS|ASA|AB(?:\s*\(publ\))?|Ab|Oy|Oyj|A\/S|ApS|Ltd\.?|Limited|Inc\.?|inc\.|LLC|PLLC|LLP|Corp\.?|Corporation|Co(?![.-])|GmbH|plc|PLC|SA|BV|NV|HF|e?hf\.?|IKS|KF|SF|DA|ANS|NUF|ek\.\s?för\.?|ekonomisk förening|${FORMS_FURTHER_AFIELD}|Bhd\.?)`;
/** Public bodies and other employers named by a word, before or after the place. */
const PUBLIC_AFTER = String.raw`(?:kommune|kommun|brannvesen|brann og redning|räddningstjänst|folkehøgskule|folkehøgskole|folkhögskola|hospice|fylkeskommune|herad|landsting|sykehus|sjukhus|helseforetak|universitet|universitetet|högskola|høgskole|høgskolen|stiftelse|stiftelsen|direktoratet|verket|etaten|förbund|forbund|kyrkje|kirke|church|council|university|hospital|sokn|sogn|menighet|sokneråd|församling|parish|Parish|Council|Agency|Authority)`;
const PUBLIC_BEFORE = String.raw`(?:Region|Helse|Universitetet i|Høgskolen i|Sykehuset|Statens|Stiftelsen|Räddningstjänsten|Brannvesenet)`;
/** A capitalised word of a name, with "&", "og", "och", "and", "of" allowed between such words. */
const NAME_WORD = String.raw`[\p{Lu}\d][\p{L}\d.'’-]*`;
const JOINER = String.raw`(?:\s+(?:&|og|och|and|of|i|for|för)\s+|\s+|-)`;
const NAME = String.raw`${NAME_WORD}(?:${JOINER}${NAME_WORD}){0,4}`;

/** "Birch & Brook Animal Hospital, PLLC", "Tidewell Labs, Inc.", "… Robotics, PBC": the American and British forms are written after a comma too. */
const COMMA_FORM = String.raw`(?:Inc\.?|LLC|PLLC|LLP|Ltd\.?|Corp\.?|PBC|Lda\.?)`;
const WITH_LEGAL_FORM = new RegExp(String.raw`(?<![\p{L}\d])(${NAME}(?:\s+${LEGAL_FORM}|,\s${COMMA_FORM}))(?![\p{L}\d])`, 'u');
const PUBLIC_BODY = new RegExp(
  // "Ardmuir and Fyne Council": two places joined make one body's name.
  String.raw`(?<![\p{L}\d])((?:${NAME_WORD}(?:(?:\s+(?:and|&|og|och))?\s+${NAME_WORD}){0,2}\s+${PUBLIC_AFTER})|(?:${PUBLIC_BEFORE}\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,2}))(?![\p{L}\d])`,
  'u',
);
const FORM_LED = new RegExp(String.raw`^${PUBLIC_BEFORE}\s+\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}$`, 'u');
const ENDS_IN_LEGAL_FORM = new RegExp(String.raw`(?:\s${LEGAL_FORM}|,\s${COMMA_FORM})\s*$`, 'u');
export const BALTIC_FORM = String.raw`(?:SIA|UAB|AS|AB|MB|P\/F|Sp\/f)`;
/** Baltic forms before the name, alone, before a comma or as a sentence's subject: 'SIA "Lauceses Mehānika"', "UAB Garliavos ekspedicija". */
export const FORM_FIRST = String.raw`${BALTIC_FORM}\s+["“„]?${NAME_WORD}(?:\s+[\p{L}\d.'’&-]+){0,3}?["”“]?(?=\s*(?:[,·|(]|$)|\s+(?:is|was|has|runs|operates|er|var|har|är|hade|driver|driv)\s)`;
const FORM_FIRST_NAME = new RegExp(String.raw`^${FORM_FIRST}$`, 'u');
const WITH_FORM_FIRST = new RegExp(String.raw`(?<![\p{L}\d])(${FORM_FIRST})(?![\p{L}\d])`, 'u');

/** Words that start a sentence or a heading and are never the start of a name. */
const NOT_A_NAME_START = /^(?:Vi|We|I|Hos|Om|About|Hos|Som|Du|You|Our|Vår|Vårt|Våre|Din|Your|The|Den|Det|Dette|This|At|In|På|For|För|Med|With|Join|Bli|Jobba|Work|Welcome|Velkommen|Välkommen|Kontakt|Contact|Ansök|Søk|Apply|Sista|Søknadsfrist|Frist|Deadline)\s+/u;

/** "Bemanningsbolaget", "Rekrutteringsselskapet", "Teknologikonsernet": a common noun for a firm, never the start of its name. */
const KIND_OF_FIRM = /^\p{Lu}[\p{Ll}-]*(?:bolaget|företaget|selskapet|konsernet|koncernen)\s+(?=\p{Lu})/u;

function trimName(name: string): string {
  // "© 2026 Byhjelpa AS": the year of a copyright line is not part of the name.
  let out = name.replace(/\s+/g, ' ').trim().replace(/^(?:19|20)\d{2}\s+(?=\p{Lu})/u, '');
  while (NOT_A_NAME_START.test(out)) out = out.replace(NOT_A_NAME_START, '');
  // "Bemanningsbolaget Hälsinge Personalpartner AB": the kind of firm said before its name is no part of it.
  out = out.replace(KIND_OF_FIRM, '');
  // "… Sdn. Bhd.", "… Lda.", "… S.p.A.": a form always written with its dot keeps it.
  // So do "… Sp. z o.o.", "… S.A.E." and "… W.L.L.".
  // So does Asia's "… Co., Ltd.", and Colombia's "… S.A.S." and Turkey's "… A.Ş." and "… Ltd. Şti.".
  // … and South Asia's "… Pvt. Ltd.", the Dutch Caribbean's "… B.V." and "… N.V."; v60: Iceland's "… ehf.", Australia's "… Pty. Ltd."; v65 Québec's "… inc.".
  if (/(?:Bhd|Lda|S\.p\.A|S\.r\.l|z o\.o|S\.A\.E|W\.L\.L|Co\.,\s?Ltd|P[vt][ty]\.\s?Ltd|S\.A\.S|A\.Ş|Şti|B\.V|N\.V|(?<!\p{L})e?hf|(?<!\p{L})inc)\.$/u.test(out)) return out;
  return out.replace(/[,.;:]+$/, '').trim();
}

/** True for a short text that is itself an organisation's name ("Fjellkraft AS", "Ulvik herad"). */
export function isOrganisationName(text: string): boolean {
  const t = text.trim();
  // "Elbwerk Orgelbau GmbH & Co. KG": the dot of an abbreviated form inside the name ends no sentence.
  if (t.length < 3 || t.length > 70 || /[.!?]\s/.test(t.replace(/(?<![\p{L}])(?:Co|Inc|Ltd|Corp|ek|Sdn|Pte|Pty|Pvt|Sp|San|Tic)\.\s/gu, ' '))) return false;
  // "Canberra ACT; Adelaide SA": a list of places (South Australia's "SA"), not a firm.
  if (t.includes(';')) return false;
  if (ENDS_IN_LEGAL_FORM.test(t)) return /^[\p{Lu}\d]/u.test(t);
  if (FORM_FIRST_NAME.test(t)) return true;
  const m = PUBLIC_BODY.exec(t);
  return m !== null && m[1]!.length >= t.length - 2;
}

/** The first organisation a text names with a legal form or as a public body. */
export function organisationIn(text: string): string | undefined {
  const legal = WITH_LEGAL_FORM.exec(text);
  const pub = PUBLIC_BODY.exec(text);
  const first = [legal, pub, WITH_FORM_FIRST.exec(text)].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  if (!first) return undefined;
  // "Pacific Atoll Freight, Inc. (PAF), a …", "… Ltd. is the …", v65 "Composites Chic-Chocs inc. · …": the abbreviation's dot, where no sentence ends at it.
  const cut = trimName(first[1]!);
  const name = /(?:Ltd|Inc|inc|Corp|Co)$/u.test(cut) && /^\.(?:\s+[\p{Ll}(·|•]|[,;)]|\s+All rights reserved)/u.test(text.slice(text.indexOf(cut, first.index) + cut.length)) ? `${cut}.` : cut;
  // "Oy Vitsand Fönster Ab": a Finnish bilingual firm's Finnish form before its name and its Swedish form after, one name.
  if (/^(?:Oy\s.+\sAb|Ab\s.+\sOy)$/u.test(name)) return name;
  return name.length >= 3 && /^[\p{Lu}\d]/u.test(name) && !ENDS_IN_LEGAL_FORM.test(` ${name.split(' ')[0]}`) ? name : undefined;
}

/** A company's registration label: "Org.nr 931 …", "FO-nummer", "Kt.", "CVR-nr.", "Company no. 0812…", "Reg. code", v54: "Reģ. nr." (Latvian), "ACN 612 440 219", "KvK 40281". */
// One list for the legal names read from lines here and for the footer's registry line (registered-name.ts).
export const COMPANY_REGISTRATION = String.raw`(?<!\p{L})(?:org\.?\s*n(?:r|o)\.?|organisasjonsnummer|organisationsnummer|org\.?\s*number|fo-(?:nummer|nr)|v-tal|y-tunnus|business id|registrikood|reg(?:\.|istry|istration)?\s*code|company code|re[gģ]\.\s*n(?:o|r)\b|kt\.|kennitala|cvr(?:-nr\.?)?|company (?:no|number)|registered (?:no|number)|company registration|(?:ABN|ACN|NZBN|UEN|KvK)(?=\s*:?\s*\d))(?!\p{L})`;
/** … and any other registration number: "Registered charity no. 1162840", "– registered charity CC55871" (v56), "Licence no.", "Registered in England No. 08817362". */
const REGISTRATION_LABEL = String.raw`(?:${COMPANY_REGISTRATION}|(?<!\p{L})(?:(?:trade\s+)?licen[cs]e\s+(?:no\b|number)|(?:registered\s+)?charity\s+(?:no\b|number)|(?<=[–—,·|-]\s{0,2})registered\s+charity(?=\s+\(?[A-Z]{0,3}\d{5,8})|(?:registrert\s+)?stiftelse\s*nr|registered in (?:england|scotland|wales|northern ireland|ireland)(?: (?:and|&) wales)?(?:\s+(?:no\b|number))?)(?!\p{L}))`;
/** ", a company registered in England …": the words that lead into a registration are not the name either. */
const A_COMPANY = String.raw`(?:(?:is\s+)?an?\s+(?:private\s+|public\s+)?(?:limited\s+)?company\s+)?`;
const ORG_NUMBER_TAIL = new RegExp(String.raw`\s*[,–—-]?\s*${A_COMPANY}${REGISTRATION_LABEL}\b.*$`, 'iu');
const HAS_REGISTRATION_NO = new RegExp(REGISTRATION_LABEL, 'iu');
const NUMBER_IN_BRACKETS = new RegExp(String.raw`\s*\((?:${COMPANY_REGISTRATION}|reg\.?\s*no)\.?\s*:?\s*[\d\s-]+\)(?:\s*[,;.].*|\s+\p{Ll}.*)?$`, 'iu');
const REGISTRATION_TAIL = new RegExp(String.raw`[,–-]?\s*${A_COMPANY}${REGISTRATION_LABEL}.*$`, 'iu');

const BARE_NAME = new RegExp(String.raw`^${NAME_WORD}(?:${JOINER}${NAME_WORD}){0,5}$`, 'u');
/** "4006 Stavanger", "553 03 Jönköping", "Truro TR4 9LD". */
const POSTAL_ADDRESS = /(?<![\d\p{L}])(?:\d{4}|\d{3}\s\d{2})\s+\p{Lu}|(?<![A-Za-z\d])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![A-Za-z\d])/u;
/** "Storgata 88", "Västerslättsvägen 30", "12 Mill Lane": a street and its number, without a postcode. */
const STREET_ADDRESS = /\p{L}(?:gata|gatan|gate|gaten|veien|vegen|vägen|väg|vei|veg|vej|stræde|gränd|plass|plassen|torg|torget|bakken|bakke|backen|backe|stien|stigen|svingen|brinken|brekka|lia|haugen|kleiva|braut|vegur|stígur)\s+\d|^\d{1,4}\s+\p{Lu}\p{L}+\s+(?:street|road|lane|avenue|way|place|square)$|^\p{Lu}\p{Ll}+\s+(?:Street|Road|Lane|Quay|Terrace)$/iu;
/** Footer words that stand before an address and are not a name. */
const FOOTER_WORD = /^(?:kontakt(?: oss)?|contact(?: us)?|adresse|adress|address|besøksadresse|besöksadress|postadresse|postadress|hovedkontor|huvudkontor|head office|office|kontor|visit us|find us|besøk oss|besök oss)$/iu;
const titleCased = (text: string): string => text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m: string, sep: string, c: string) => sep + c.toUpperCase()).replace(/\s(\p{Lu})(\p{Ll}+)$/u, (_m: string, c: string, rest: string) => ` ${c.toLowerCase()}${rest}`);

const REGISTERED_SUBJECT = new RegExp(String.raw`^((?:The\s+)?${NAME}(?:\s+${LEGAL_FORM})?)(?:,\s*|\s+(?:is|er|är)\s+)`, 'u');
/** "Vi er en ideell organisasjon": a pronoun is no name. */
const PRONOUN_SUBJECT = /^(?:Vi|We|I|It|This|Det|Den|Dette|Detta|Du|You|Our|Vår|Vårt|Hon|Han|She|He)$/u;
/** What a registration sentence says the subject is: "a registered charity", "en ideell forening", "registrert i …". */
const REGISTERED_AS =
  /^(?:(?:a|an|en|ett|et|ei)\s+)?(?:registered|company registered|company limited|charity|scottish charitable|charitable|registrert|registrerat|registrerad|ideell|trust port|statutory (?:body|corporation|harbour authority)|public (?:body|corporation)|community interest company|housing association|kommunalt|kommunal|interkommunalt|statlig|stiftelse)/iu;

/** "Matairangi Hospice Trust is a registered charity (CC21873).": a sentence that registers its subject. */
export function isRegistrationSentence(text: string): boolean {
  const subject = REGISTERED_SUBJECT.exec(text.trim());
  return !!subject?.[1] && !PRONOUN_SUBJECT.test(subject[1]) && REGISTERED_AS.test(text.trim().slice(subject[0].length));
}

/**
 * "UiV (Universitetet i Vesterålen)", "NTNU (Norges teknisk-naturvitenskapelige universitet)": the short form
 * with the name written out in brackets is the name written out.
 */
export function spelledOut(name: string): string {
  const m = /^(\p{Lu}[\p{L}]{1,6})\s*\((\p{Lu}[^()]{3,80})\)$/u.exec(name.trim());
  return m && isShortFormOf(m[1]!, m[2]!) ? m[2]!.trim() : name;
}

/** The names a footer's legal lines give, in their order. */
export function legalNames(footer: readonly string[] | undefined): string[] {
  return (footer ?? []).map(nameFromLegalLine).filter((n): n is string => n !== undefined);
}

/** Whether a line gives a registration number ("org.nr. 921 604 337", "Registered in England No. …"). */
export const hasRegistrationNo = (line: string): boolean => HAS_REGISTRATION_NO.test(line);

/** The names of the footer's lines that give a registration number: the registered names, whoever's page it is. */
export function registeredLegalNames(footer: readonly string[] | undefined): string[] {
  return legalNames((footer ?? []).filter((line) => HAS_REGISTRATION_NO.test(line)));
}

/** The name in a footer's legal line: "© 2026 Fjellkraft AS", "Skog & Sjö AB · Org.nr 556…", "Copyright Fjellkraft". */
export function nameFromLegalLine(line: string): string | undefined {
  const name = legalLineName(line);
  return name === undefined ? undefined : spelledOut(name);
}

/** "… is a", "… er et", "… är ett": after a name, a sentence telling what the name is. */
export const SAYS_WHAT_IT_IS = /^\s+(?:is|er|är)\s+(?:a|an|the|et|en|ei|ett)\s/u;

/**
 * "Indus Crescent Textile Mills (Private) Limited is a home textile exporter …": the legal name a sentence opens and says
 * what it is. A cheap look for the words first, so a page's many other lines cost no name search.
 */
export function describedName(text: string): string | undefined {
  if (!/\s(?:is|er|är)\s+(?:a|an|the|et|en|ei|ett)\s/u.test(text)) return undefined;
  const name = organisationIn(text);
  return name && text.startsWith(name) && SAYS_WHAT_IT_IS.test(text.slice(name.length)) ? name : undefined;
}

/** "… is run by", "… drives av", "… drivs av": the words that put the body running a brand, a school or a venue after it. */
export const RUN_BY_WORDS = String.raw`is run by|is operated by|is managed by|drives av|drivs av|drivast av|vert driven av|blir drevet av`;

/** "Bergtun Hotels er en del av Bergtun Hotelldrift AS", "Nordlager is a trading name of …": the brand's legal owner follows. */
const OWNED_BY = /^(?:©\s*(?:\d{4}\s+)?)?\p{Lu}[^|·•]{1,60}?\s(?:er (?:en|ein|ei|et) del av|är en del av|is (?:a )?part of|is (?:a|the) trading (?:name|style) of|is (?:a|the) brand of|er (?:et )?varemerke for|är (?:ett )?varumärke för|trades as part of|is operated by|is owned by|drives av|drivs av|eies av|ägs av)\s+/u;

/** "t/a", "trading as", "bifirma", "forretningsnavn", v64 "med varumärket": the legal name, then the name it trades under. */
const TRADES_AS = String.raw`\s*[,(]?\s*(?:t\/a|trading as|med bifirma|bifirma|handelsnamn|forretningsnavn|driver som|(?:med|under) (?:varumärket|varemerket|merkenavnet)|under the (?:brand|trading name))\s*:?\s+`;
const TRADING_LINE = new RegExp(String.raw`^(${NAME}(?:\s+${LEGAL_FORM}|,\s${COMMA_FORM}))${TRADES_AS}(${NAME})(?![\p{L}\d])`, 'u');

/** "Canalside Leisure Ltd" and "Wharfside Narrowboats" in "Canalside Leisure Ltd t/a Wharfside Narrowboats": the legal name and the one it trades under. */
export function tradingName(name: string): { legal: string; trading: string } | undefined {
  const m = TRADING_LINE.exec(name);
  return m ? { legal: trimName(m[1]!), trading: m[2]!.trim() } : undefined;
}

/** "Powered by UKG Pro Recruiting © 2026 UKG Inc.", "Levert av Webcruiter": the software's maker signs the line, not the site's owner. */
const POWERED_BY = /(?<!\p{L})(?:powered by|provided by|delivered by|levert av|leveres av|drevet av|levereras av|tillhandahålls av|utvecklad av|utviklet av)\s[^|·•]*/giu;

function legalLineName(full: string): string | undefined {
  // What follows the maker's credit, up to the next separator, is the maker's: the line without it.
  const line = full.replace(POWERED_BY, '').replace(/\s*[|·•]\s*$/u, '').trim();
  if (!line) return undefined;
  // "Powered by ADP Workforce Now · Copyright © 2026 ADP, Inc.": the maker's copyright is the maker's too.
  const makers = [...full.matchAll(POWERED_BY)].map((m) => firstWordAfterCredit(m[0]));
  const name = ownLineName(line);
  return name !== undefined && makers.includes(name.split(/[\s,]+/)[0]!.toLowerCase()) ? undefined : name;
}
const firstWordAfterCredit = (credit: string): string => credit.replace(/^\S+\s+\S+\s+/u, '').split(/[\s,]+/)[0]!.toLowerCase();

const LINE_LABEL = /^(?:(?:annonsør|annonsör|advertiser|arbeidsgiver|arbetsgivare|employer|firma|företag|selskap|foretaksregisteret|enhetsregisteret|bolagsverket|registrert|registrerad|registered)\s*:|(?:listed|posted|advertised|published|publisert|publicerad|utlyst|utlyses)\s+(?:by|av))\s*(?=\p{Lu})/iu;
/** "Annonsør: Vrengen Shipping AS", "Foretaksregisteret: Kleivgrend Skog AS" (v51), "Listed by Wollombi Brook Estate Wines Pty Ltd · ABN …" (v50): the name without the row's label. */
export const withoutNameLabel = (text: string): string => text.replace(LINE_LABEL, '');

function ownLineName(line: string): string | undefined {
  // "… AS – Org.nr 931 …": the organisation number and what follows it are not the name.
  // "Annonsør: Vrengen Shipping AS, org.nr. …": the row's label is no part of the name.
  const bare = withoutNameLabel(line.replace(ORG_NUMBER_TAIL, '')).trim();
  // "Canalside Leisure Ltd t/a Wharfside Narrowboats · The Wharf …": the legal name and its trading name, as one.
  const trading = TRADING_LINE.exec(bare);
  if (trading && isOrganisationName(trimName(trading[1]!))) return trading[0].trim();
  const owned = OWNED_BY.exec(bare);
  const owner = owned ? organisationIn(bare.slice(owned[0].length)) : undefined;
  if (owner && bare.slice(owned![0].length).startsWith(owner)) return owner;
  // "The Glenmore Forest Trust is a Scottish Charitable Incorporated Organisation", "TIDEWELL ENERGY LIMITED, a company
  // registered in England and Wales": the subject of the registration sentence.
  const subject = REGISTERED_SUBJECT.exec(bare);
  if (subject?.[1] && !PRONOUN_SUBJECT.test(subject[1]) && REGISTERED_AS.test(bare.slice(subject[0].length))) return subject[1];
  // "© 2026 Laksefjord Råfisk – fiskemottak i Kjøllefjord": what the firm is, after a dash, is no more of its name (v52); v66: nor does "inc." before "All rights reserved".
  const copyright = /(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?[,.]?\s*)?(?!\d{4}\b)([^|·•,\n]{2,70}?)(?:\s*\d{4})?(?:\s*[|·•,]|\s*\.(?!\s*Ltd\b)(?!(?<=(?<!\p{L})inc\.)\s+all rights)|\s+(?:all rights|alle rettigheter|alla rättigheter)|$)/iu.exec(bare);
  if (copyright?.[1]) {
    const name = trimName(copyright[1].replace(/\s+[–—]\s+\p{Ll}.*$/u, ''));
    if (name.length >= 2 && /^[\p{Lu}\d]/u.test(name) && /\p{L}{2}/u.test(name) && !/^(?:\d{4}\s+)?(?:all rights|alle rettigheter|alla rättigheter|med enerett)/iu.test(name)) return name;
  }
  // "Hemvik-Spel AB · Bergsgatan 20 …", "Ashby and Crane Engineering Ltd is registered in England and Wales …":
  // a line that opens with a legal name.
  const opening = WITH_LEGAL_FORM.exec(bare);
  if (opening?.index === 0) {
    const name = trimName(opening[1]!);
    // "Kingsmoor Airport Ltd (KAL) · …": the short form its initials spell, in brackets, is part of the name as written.
    const short = /^\s*\((\p{Lu}[\p{L}]{1,6})\)(?![\p{L}\d])/u.exec(bare.slice(opening[0].length))?.[1];
    if (name === opening[1]!.trim() && isOrganisationName(name)) return short && [name, name.replace(ENDS_IN_LEGAL_FORM, '')].some((n) => isShortFormOf(short, n)) ? `${name} (${short})` : name;
  }
  // "Skog & Sjö AB · Org.nr 556…", "X AB | Hamngatan 4, 411 05 Göteborg | Org.nr …": the name opens the line.
  const parts = line.split(/\s*[|·•]\s*/).map((p) => p.trim()).filter(Boolean);
  // "FJELLSUND KOMMUNE" alone on its line.
  const alone = parts.length === 1 ? titleCased(parts[0]!) : undefined;
  if (alone && PUBLIC_BODY.exec(alone)?.[1] === alone) return parts[0];
  // "Haaland og Aas Regnskap · Breigata 7, 4006 Stavanger · 51 89 22 10": the name before the address.
  // "Saint Aldhelms Hospice, Yeovil Road, Sherborne DT9 4LB · …", "Brovang Medico · Skejby Vænge 21 · 8200 Aarhus N".
  const [head, ...after] = line.split(/\s*[|·•,]\s*/).map((p) => p.trim());
  // "Stiftelsen Vindelbygdens museum · Storgatan 31, …": a body's word, then a name that goes on in lower case.
  const named = head && (BARE_NAME.test(head) || PUBLIC_BODY.exec(head)?.[1] === head || FORM_LED.test(head)) && !/\d/.test(head) && !FOOTER_WORD.test(head);
  if (named && after.slice(0, 4).some((part) => POSTAL_ADDRESS.test(part) || STREET_ADDRESS.test(part))) return head;
  const orgAt = parts.findIndex((p) => HAS_REGISTRATION_NO.test(p));
  if (orgAt >= 0) {
    const own = parts[orgAt]!.replace(REGISTRATION_TAIL, '').trim();
    const name = trimName(own || parts[0]!);
    if (name && (isOrganisationName(name) || (/^\p{Lu}/u.test(name) && name.length <= 60 && !/\d/.test(name)))) return name;
  }
  return undefined;
}

/** "Om kommunen", "Om företaget", "About the company": the page's subject in general words, not its name. */
const GENERIC_SUBJECT = /^(?:kommunen|kommunen vår|skulen|skolen|skolan|folkehøgskulen|folkehøgskolen|sjukehuset|sykehuset|stiftelsen|foreningen|föreningen|klubben|kyrkja|kirken|menigheten|gården|garden|verkstaden|verkstedet|kontoret|företaget|bolaget|bedriften|selskapet|firmaet|firman|byrået|byrån|konsernet|koncernen|gruppen|skolen|skolan|barnehagen|förskolan|klinikken|kliniken|hotellet|restauranten|butikken|butiken|the company|the firm|the team|the business|our company)$/iu;

/**
 * "About the station", "Om vår gård", "Om våra bagerier": a subject in lower-case words only, or opening with "our"
 * ("vår", "våre", "våra"), is the page's subject in general words, whatever the noun: a name has a capital of its
 * own, and no firm's name opens with "our". Kept, it would be stored as a name ("station") that any article matches.
 */
function inGeneralWords(subject: string): boolean {
  const s = subject.trim();
  return !/[\p{Lu}\d]/u.test(s) || /^(?:our|vår|vårt|våre|våra|vores)\s/iu.test(s);
}

/** The about label in a bilingual site's other language: "Yritys", "Meistä", "Om os", "Über uns", "Um okkur", "About us". */
const ABOUT_COUNTERPART = /^(?:yritys|yrityksestä|yhtiö|meistä|tietoa meistä|tietoa yrityksestä|om os|virksomheden|über uns|unternehmen|um okkur|fyrirtækið|about(?: us)?|om oss|om företaget|om selskapet|om bedriften|company)$/iu;

/** "Om oss – X", "X | About", "About X", "Om X", "Om X AB", "Jobba hos X": the name an about or career page states in its title or heading. */
export function nameFromAboutTitle(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  const about = /^(?:om|about|about us at|om oss i|om oss på|jobba hos|jobbe hos|jobb hos|arbeta hos|arbeide hos|work at|working at|careers at|karriär hos|karriere hos|karriere i)\s+(?!oss\b|us\b)(.{2,60})$/iu.exec(t);
  if (about?.[1] && !/[|–—·]/.test(about[1])) return GENERIC_SUBJECT.test(about[1].trim()) || inGeneralWords(about[1]) ? undefined : trimName(about[1]);
  const segments = t.split(/\s+[|–—·•-]\s+|\s*\|\s*/).map((s) => s.trim()).filter(Boolean);
  if (segments.length < 2) return undefined;
  const aboutAt = segments.findIndex((s) => /^(?:om oss|about(?: us)?|om företaget|om selskapet|om bedriften|who we are|hvem vi er|vilka vi är|kontakt(?: oss)?|contact(?: us)?)$/iu.test(s));
  if (aboutAt < 0) return undefined;
  const other = segments.filter((_, i) => i !== aboutAt);
  // "Om företaget | Yritys", "Om oss | About us": a bilingual site's same label in its other language, not a name.
  if (other.length === 1 && ABOUT_COUNTERPART.test(other[0]!)) return undefined;
  // "Regnskap for små bedrifter i Rogaland – Om oss": a slogan, not a name.
  const slogan = (text: string): boolean => text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:og|och|and|of|&)$/u.test(w)).length >= 2;
  return other.length === 1 && !slogan(other[0]!) ? trimName(other[0]!) : undefined;
}

/**
 * The footer's lines that are a name alone ("Grönhaga Logistik & Lager" over "Torsviksvägen 8", "Pleievakt Bemanning" over
 * what the firm does): the owner's name as its letterhead writes it, though no legal form or registration marks it.
 */
export function footerNameLines(footer: readonly string[] | undefined): string[] {
  return (footer ?? []).filter((line) => BARE_NAME.test(line.trim()) && !/\d/.test(line) && !FOOTER_WORD.test(line) && line.trim().split(/\s+/).length <= 5);
}

/**
 * "Tandvårdshuset Kvarnbäcken AB, Storgatan 28, 852 30 Sundsvall": an advertiser's row that runs on into the address
 * names the organisation before the first comma, when that part is a name on its own and the rest holds a number.
 */
export function withoutAddress(value: string): string {
  // "Tallkullen Utbildning AB (org.nr 556721-0938), huvudkontor Göteborg", "… Pty Ltd (ABN 71 604 118 392) trading as …",
  // "Luiron Safarit Oy (Business ID 3187442-6), …": the number in brackets, under any registry's label, and what follows, no name.
  const bare = value.replace(NUMBER_IN_BRACKETS, '');
  if (bare !== value && isOrganisationName(bare)) return bare;
  // "Tebunginako Seaweed Exports Ltd · KCCI member since 2019", "Grøndalen Fjellstue AS, Dombås": the name, then what the
  // row adds after a dot or its town.
  const dotted = value.split(/\s+[·•|]\s+/u)[0]!;
  if (dotted !== value && isOrganisationName(dotted)) return dotted;
  const [head, ...rest] = value.split(/\s*,\s*/u);
  return rest.length > 0 && (/\d/u.test(rest.join(' ')) || (rest.length === 1 && !!knownTown(rest[0]!)) || ENDS_IN_LEGAL_FORM.test(head!)) && isOrganisationName(head!) ? head! : value;
}
