import type { PageLines } from '../model';
import { spellsOutClub } from './club-forms';
import { brandOfLegalName, letterheadOfOtherTrade } from './legal-brand';
import { compactCompanyName, looseCompanyName, normalizeCompanyName, sameStem } from './names';
import { footerNameLines, isOrganisationName, legalNames, nameFromAboutTitle, organisationIn, RUN_BY_WORDS, tradingName } from './org-names';
import { ampersandInitials, initialsOpen, isCompoundShortForm, isShortFormOf } from './short-forms';
import { isPictureWord } from './page-words';
import { escapePattern } from '../text/pattern';
import { isRegistrationLine } from './registered-name';
import { withoutTownTail } from './town-tail';

/**
 * The name a company's site writes for itself when it has no site-name data:
 * the footer's legal line ("© 2026 Fjellkraft AS", "Skog & Sjö AB · Org.nr …"),
 * an about page's title or heading ("Om oss – Fjellkraft", "About Fjellkraft"),
 * the logo's alt text, or a title segment that is the domain's name.
 */

/** A place's facility: one or two words of place, then a harbour's, a port's or an airport's word. */
const FACILITY = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:harbour|harbor|port|marina|airport|pier|havn|hamn|hamna|lufthavn|flyplass|flygplats|kai|kaj|brygge)$/iu;
/** "Maryport Harbour", "Visby Hamn": a logo that names a place's harbour, port or airport, not the body that runs it. */
export const namesFacility = (logo: string): boolean => FACILITY.test(logo.trim());
const GENERIC_LOGO = /^(?:logo|logotype|home|hjem|hem|forside|startsida|menu|meny|image|bilde|bild)$/iu;
const toAscii = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[øö]/g, 'o').replace(/[æä]/g, 'a');
const compact = compactCompanyName;

/** The domain's word, hyphens gone, in plain letters: `skog-sjo.se` → "skogsjo". */
const domainWord = (domain: string): string => toAscii((domain.split('.')[0] ?? '').replace(/-/g, ''));

/** True when a name and a domain are the same word ("Skog & Sjö AB" and `skogsjo.se`). */
export function nameMatchesDomain(name: string, domain: string): boolean {
  const label = domainWord(domain);
  const key = compact(name);
  // "Tevelmoen" and `tevelmoen.no`: both folded alike (the key writes "oe" as "o").
  const folded = compact(label);
  return label.length >= 3 && key.length >= 3 && [label, folded].some((l) => key === l || key.startsWith(l) || l.startsWith(key));
}

/** Every name the page writes for its owner, the most trustworthy first. */
export function pageNames(title: string, lines: PageLines | undefined, domain: string): string[] {
  const legal = [...legalNames(lines?.footer).map(withoutTownTail), ...lowerCaseOwner(lines?.footer, domain)];
  const about = [nameFromAboutTitle(title), lines?.h1 ? nameFromAboutTitle(lines.h1) : undefined].filter((n): n is string => !!n);
  // "Hjo Vattenland – äventyrsbad vid Vättern", "Matukituki Lodge – Wanaka" (footer: "Wanaka 9305"): a slogan or own town after a dash left out; "– ku og fjell" is no name; v57: nor "· Isle of Mull"; v64: nor "– East Iceland tours".
  const ownTown = (town: string): boolean => (lines?.footer ?? []).some((l) => new RegExp(`(?<!\\p{L})${escapePattern(town)},?\\s+\\d{4}`, 'u').test(l));
  const logos = (lines?.logos ?? []).map((alt) => alt.replace(/\s+·\s+.*$/u, '').replace(/\s+[–—-]\s+(?:\p{Ll}|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Ll}{4,}$).*$/u, '').replace(/\s+[–—-]\s+(\p{Lu}[\p{L}-]+)$/u, (tail, town: string) => (ownTown(town) ? '' : tail))).filter((alt) => alt.length >= 2 && alt.length <= 60 && /^[\p{Lu}\d]/u.test(alt) && !GENERIC_LOGO.test(alt) && !isPictureWord(alt));
  const segments = title.split(/\s+[|–—·•-]\s+|\s*\|\s*/).map((s) => s.trim()).filter((s) => nameMatchesDomain(s, domain));
  // "Hyttfjell Meieri · Andelslag for …" on hyttfjell-meieri.no: a footer line's name the domain spells, where nothing else names the owner (a platform's credit, "Sympa Recruit" on ….sympa.fi, is no owner beside the tenant's logo).
  const named = [...legal.slice(0, 1), ...about, ...logos.slice(0, 1), ...segments];
  const heads = named.length > 0 ? [] : (lines?.footer ?? []).map(footerHead).filter((n): n is string => !!n && nameMatchesDomain(n, domain));
  const all = [...named, ...heads.slice(0, 1)].filter((n) => normalizeCompanyName(n));
  // A name the domain confirms goes first: the domain's very word, then one that starts with it.
  const exact = all.filter((n) => [domainWord(domain), compact(domainWord(domain))].includes(compact(n)));
  const confirmed = [...exact, ...all.filter((n) => nameMatchesDomain(n, domain))];
  // One name written twice ("ASHBY AND CRANE" in the title, "Ashby and Crane" in the logo): as the company writes it, not in capitals.
  const written = (n: string): string => (n === n.toUpperCase() ? (all.find((o) => o !== o.toUpperCase() && normalizeCompanyName(o) === normalizeCompanyName(n)) ?? n) : n);
  const seen = new Set<string>();
  // "Keeping Botswana Fresh | About Us" beside the logo and footer "Tlokweng Cold Chain" that the domain spells: a title's
  // slogan sharing no word with the name the domain confirms names nobody.
  const words = new Set(confirmed[0] ? normalizeCompanyName(confirmed[0]).split(' ') : []);
  const slogan = (n: string): boolean => words.size > 0 && about.includes(n) && !confirmed.includes(n) && !normalizeCompanyName(n).split(' ').some((w) => words.has(w));
  const names = [...confirmed, ...all].map(written).filter((n) => {
    const key = normalizeCompanyName(n);
    if (seen.has(key) || slogan(n)) return false;
    seen.add(key);
    return true;
  });
  // "Maryport Harbour", "Florø hamn": a logo naming a harbour, port or airport names the place, not the body that runs it (the footer's legal line).
  const body = names[0] && namesFacility(names[0]) ? (legal[0] ?? bodyRunning(names[0], lines)) : undefined;
  if (body && normalizeCompanyName(body) !== normalizeCompanyName(names[0]!)) return [body, ...names.filter((n) => n !== body)];
  // "Hoshizora English is run by Hoshizora Education" under the logo "Hoshizora English - Kids' English School": the
  // body the footer says runs the brand is the site's owner.
  const operator = names[0] ? operatorOf(names[0], lines?.footer) : undefined;
  if (operator) return [operator, ...names.filter((n) => n !== operator)];
  // "Kirken i Strømsvik" (logo) and "Strømsvik sokn" (footer): a logo that calls the body by its kind at a place
  // describes it; the legal line that names a body of that place names it.
  const placed = names[0] ? atPlace(names[0]) : undefined;
  const local = placed ? legal.find((n) => n !== names[0] && isOrganisationName(n) && normalizeCompanyName(n).split(' ').includes(placed)) : undefined;
  if (local) return [local, ...names.filter((n) => n !== local)];
  // The legal line's fuller form of the first name ("Sjöberg och Dahl" → "Sjöberg och Dahl Installation AB") is the name.
  const fuller = legal[0];
  const first = names[0];
  // So is the name a short form stands for ("UiV" → "Universitetet i Vesterålen"); "VOLLAN" (logo) → "Vollans Sjokolade": the genitive opens it too.
  const key = first ? normalizeCompanyName(first) : '';
  // "Sandhamn Kajak" (logo) → "Sandhamns Kajak & Friluft AB": the genitive of its first word, in the looser key.
  const loose = first ? looseCompanyName(first) : '';
  // "Himal Tara Hydro" (logo) → "Himal Tara Hydropower Company" (footer): the brand's last word opening the name's, two words or more.
  // "Sirvena" (logo) → "Širvėnos alaus darykla" (footer): a Baltic name opening with the word in the genitive.
  const opens = (n: string): boolean =>
    normalizeCompanyName(n).startsWith(`${key} `) || (!key.includes(' ') && normalizeCompanyName(n).includes(' ') && sameStem(key, normalizeCompanyName(n).split(' ')[0]!)) || (key.includes(' ') && normalizeCompanyName(n).startsWith(key) && /^\p{L}{3}/u.test(normalizeCompanyName(n).slice(key.length))) || (!key.includes(' ') && key.length >= 4 && normalizeCompanyName(n).startsWith(`${key}s `)) || (loose.includes(' ') && looseCompanyName(n).startsWith(`${loose} `));
  // "Hagby GK" (logo) → "Hagby Golfklubb": a club's short form written out; "Vindelbygdens museum" → "Stiftelsen Vindelbygdens museum": a body's form before.
  const formBefore = (n: string): boolean => FORM_BEFORE.test(n) && normalizeCompanyName(n.replace(FORM_BEFORE, '')) === key;
  // "Wharfside" (logo) → "Canalside Leisure Ltd t/a Wharfside Narrowboats": the legal name whose trading name the
  // logo's word opens is the name, its trading name beside it (what boards and papers write).
  const trade = fuller ? tradingName(fuller) : undefined;
  if (fuller && trade && first && opens(trade.trading)) return [fuller, trade.trading, trade.legal, ...names.filter((n) => ![fuller, trade.trading, trade.legal].includes(n))];
  // "Kalvholmen" (logo) → "Stiftelsen Kalvholmens Seglarskola": the body's form, then a name the logo's word opens.
  const bare = fuller?.replace(FORM_BEFORE, '');
  // "VKO" (logo) → "Stiftelsen Västkustens Kammarorkester": the short form of the name after the body's form.
  // "Tarbet Pilots" (logo) → "Tarbet Pilotage Co. Ltd": the same words with another ending, a trading form of the legal name.
  const shortOf = (n: string): boolean => isShortFormOf(first!, n) || isCompoundShortForm(first!, n);
  // v50: "Peketa Seafoods" (logo) → "© Peketa Coast Seafoods 2026"; "KOKVEDIS" → "© 2026 Kurzemes Kokvedis": the copyright's name
  // holds the logo's words in order with more between, or one word (its county's, say) before the logo's one word.
  const closes = (n: string): boolean => !key.includes(' ') && key.length >= 5 && normalizeCompanyName(n).split(' ').length === 2 && normalizeCompanyName(n).endsWith(` ${key}`);
  if (fuller && first && fuller !== first && (opens(fuller) || formBefore(fuller) || (!isOrganisationName(first) && (writtenOut(first, fuller) || closes(fuller))) || (bare !== fuller && (opens(bare!) || shortOf(bare!))) || shortOf(fuller) || brandOfLegalName(first, fuller) || contractsName(first, fuller) || spellsOutClub(fuller, first) || letterheadOfOtherTrade(first, fuller, lines?.footer ?? []))) return [fuller, ...names.filter((n) => n !== fuller)];
  // "© 2026 Grönhaga" (copyright) and "Grönhaga Logistik & Lager" (logo, a footer line that is a name alone), "VISKADAL"
  // (logo) and "Jobba hos Viskadal Textil" (the heading): the fuller form the short name opens is the name.
  // "Corriebank Rail Systems · Signalling you can trust", "© 2026 Haverlund Biologics. All rights reserved.": a footer
  // line's first part, and a copyright line's name, written out where the logo gives a short or shouted form ("HAVERLUND BIO").
  const footerHeads = (lines?.footer ?? []).map(footerHead).filter((n): n is string => n !== undefined);
  // "Lakeshore Neighborhood Food Collective · Charitable registration no. …" under "Lakeshore Food Collective": the name a
  // registration line opens, with the logo's words in their order and more between (or its last a compound the logo's closes).
  // "Guanajibo Clinical Labs · Carr. 2 Km 156.4, Mayagüez, Puerto Rico 00680" under "Guanajibo Labs": an address line's name too.
  const registers = (n: string): boolean => !!first && (lines?.footer ?? []).some((l) => l.startsWith(n) && (isRegistrationLine(l) || /^\s*[·•|]\s*[^·•|]*\d/u.test(l.slice(n.length)))) && (writtenOut(first, n) || compoundCloses(first, n));
  const letterhead = first && !isOrganisationName(first)
    // "Fynbos Ridge – Banghoek Valley", v57 "AROS BAY · Isle of Mull": a logo's name, a dash or a dot and its valley or slogan is no fuller name.
    ? [...(lines?.logos ?? []), ...footerNameLines(lines?.footer), ...footerHeads, ...about].find((n) => n.length > first.length && n.length <= 60 && (opens(n) || abbreviates(first, n) || registers(n)) && !isPictureWord(n) && !/\s[–—·-]\s/u.test(n))
    : undefined;
  if (letterhead) return [letterhead, ...names.filter((n) => n !== letterhead)];
  // "Wattle Creek Community Legal Centre is a member of …" in the footer beside "© 2026 Wattle Creek Legal": the name a
  // footer sentence opens, with all the brand's words in their order and more between, is the brand written in full.
  const told = first && !isOrganisationName(first) ? (lines?.footer ?? []).map((l) => FOOTER_SUBJECT.exec(l)?.[1]).find((n) => n !== undefined && writtenOut(first, n)) : undefined;
  if (told) return [told, ...names.filter((n) => n !== told)];
  // "CGCS" (logo) and "Cane Garden Corporate Services Ltd. is licensed …" (footer): the legal name its initials open.
  const initialled = first && !isOrganisationName(first) ? [...legal, ...(lines?.footer ?? []).map((l) => organisationIn(l)).filter((n, i): n is string => !!n && lines!.footer[i]!.startsWith(n))].find((n) => initialsOpen(first, n)) : undefined;
  if (initialled) return [initialled, ...names.filter((n) => n !== initialled)];
  // …and the name the page's text spells out once in brackets: "KHA (Kestrel Housing Association) owns …".
  const spelled = first ? spelledInText(first, lines) : undefined;
  if (spelled) return [spelled, ...names];
  return names;
}

/** "Wattle Creek Community Legal Centre is a member of …", "Fjordhus Barnehage er en del av …": the name a sentence opens. */
const FOOTER_SUBJECT = /^(\p{Lu}[\p{L}'’-]*(?:\s+(?:&|and|og|och|of|\p{Lu}[\p{L}'’-]*)){1,6})\s+(?:is|er|är)\s+(?:a|an|the|et|en|ei|ett|member|medlem|part|del)\s/u;

/** v49: "Mostad Fisk" (logo) for "Mostad Torrfisk" (letterhead): the same words, the last a compound the brand's last word closes. */
function compoundCloses(brand: string, full: string): boolean {
  const [b, f, last] = [normalizeCompanyName(brand).split(' '), normalizeCompanyName(full).split(' '), normalizeCompanyName(brand).split(' ').at(-1)!];
  return b.length >= 2 && b.length === f.length && b.slice(0, -1).every((w, i) => w === f[i]) && last.length >= 4 && f.at(-1)!.length >= last.length + 3 && f.at(-1)!.endsWith(last);
}

/** "Wattle Creek Legal" in "Wattle Creek Community Legal Centre": the same first word, every word in order, and more. */
function writtenOut(brand: string, full: string): boolean {
  const [b, f] = [normalizeCompanyName(brand).split(' '), normalizeCompanyName(full).split(' ')];
  let at = 0;
  for (const w of b) {
    at = f.indexOf(w, at);
    if (at < 0) return false;
    at++;
  }
  return b.length >= 2 && b[0] === f[0] && f.length > b.length;
}

/** "© 2026 Haverlund Biologics. All rights …" → "Haverlund Biologics"; "Lindetun omsorg · Bofellesskapet …" → "Lindetun omsorg". */
function footerHead(line: string): string | undefined {
  const head = line.replace(/^\s*(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*)?/iu, '').split(/\s*[|·•]\s*|\.\s+|\.$/u)[0]!.trim();
  // Up to six words ("Isbrekk Institute for Polar Biology"); a sentence has more, and a verb; v55: not the town it is in (town-tail.ts).
  return /^\p{Lu}[\p{L}&'’-]*(?:\s+[\p{L}&'’-]+){1,5}$/u.test(head) ? withoutTownTail(head) : undefined;
}

/**
 * "HAVERLUND BIO" for "Haverlund Biologics": as many words, each the start of the written one (one cut short at least).
 * A shouted short word may give a compound's parts by their first letters: "GAULDAL LR" for "Gauldal Landbruksrådgivning";
 * letters joined by "&" the last two words' ("Coniston D&B" for "Coniston Drill and Blast", short-forms.ts).
 */
function abbreviates(short: string, full: string): boolean {
  const a = normalizeCompanyName(short).split(' ');
  const b = normalizeCompanyName(full).split(' ');
  const shouted = short === short.toUpperCase();
  const cut = (w: string, i: number): boolean => (w.length >= 3 && b[i]!.startsWith(w)) || (shouted && w.length <= 3 && i > 0 && initialsInOrder(w, b[i]!));
  return (a.length >= 2 && a.length === b.length && a[0]!.length >= 3 && a.every(cut) && a.some((w, i) => w !== b[i])) || ampersandInitials(short, full);
}

/** "lr" in "landbruksradgivning": the first letter opens the word, and each next one comes later in it. */
function initialsInOrder(letters: string, word: string): boolean {
  if (letters.length < 2 || word.length < 8 || word[0] !== letters[0]) return false;
  let at = 1;
  for (const c of letters.slice(1)) {
    at = word.indexOf(c, at + 2) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * "Lövstabröd" (logo) for "Lövsta Brödbageri AB", "Fjordkraft" for "Fjord Kraftlag SA": a brand of one word made of the
 * legal name's first word whole and the start of its second (three letters at least), written together.
 */
export function contractsName(brand: string, full: string): boolean {
  const short = normalizeCompanyName(brand);
  const [first, second] = normalizeCompanyName(full).split(' ');
  if (short.includes(' ') || !first || !second || first.length < 4 || !short.startsWith(first)) return false;
  const rest = short.slice(first.length);
  return rest.length >= 3 && second.startsWith(rest);
}

/**
 * A body's form written before its name: "Stiftelsen …", "Föreningen …", "The Trustees of the …"; and a Finnish firm's
 * legal form, which it may write first ("Ab Smedsby Plåt", "Oy Smedsby Plåt Ab").
 */
const FORM_BEFORE = /^(?:(?:the\s+)?trustees\s+of(?:\s+the)?|stiftelsen|stiftelse|stiftinga|foreningen|föreningen|forbundet|förbundet|andelslaget|samvirkelaget|aktiebolaget|ab|oy|oyj)\s+(?=\p{Lu})/iu;

/** "Kirken i Strømsvik", "Kyrkan i Ljungö", "The Church in Wells": a kind of body, then the place it is in (the place's key word). */
function atPlace(name: string): string | undefined {
  const m = /^(?:[Tt]he\s+)?\p{Lu}\p{Ll}+\s+(?:i|in|på)\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(name.trim());
  return m ? normalizeCompanyName(m[1]!) : undefined;
}

/** A body's kind closing its name: "… Harbour Trust", "… Port Authority", "… Hamnevesen KF", "… Hamnar AB". */
const BODY_WORD = /^(?:trust|authority|commission|board|company|corporation|foundation|stiftelse|stiftelsen|foretak|KF|IKS|AS|AB|Ltd|Limited|plc)$/iu;

/**
 * "The Solway Coast Harbour Trust is governed by …" on a site whose logo is "Maryport Harbour": the body the page's
 * text makes the subject of a sentence, whose name holds the facility's own word ("Harbour", "Hamn"), runs it.
 */
function bodyRunning(facility: string, lines: PageLines | undefined): string | undefined {
  const word = facility.split(/\s+/).pop()!.toLowerCase().slice(0, 4);
  const subject = /(?:^|[.!?]\s+)((?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,5})\s+(?:is|was|are|er|var|är|blev)\s/gu;
  for (const { text } of (lines?.header ?? []).slice(0, 30)) {
    for (const m of text.matchAll(subject)) {
      const words = m[1]!.split(/\s+/);
      if (BODY_WORD.test(words[words.length - 1]!) && words.some((w) => w.toLowerCase().startsWith(word))) return m[1]!;
    }
  }
  return undefined;
}

/** "X is run by Y", "X drives av Y", "X drivs av Y": the brand, then the body that runs it. */
const RUN_BY = new RegExp(String.raw`(?:^|[.!?·|]\s+)(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4}?)\s+(?:${RUN_BY_WORDS})\s+(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:&|og|och|and|\p{Lu}[\p{L}'’&.-]*)){0,5})`, 'u');

/** The body a footer line says runs the brand whose first word opens the page's first name. */
function operatorOf(first: string, footer: readonly string[] | undefined): string | undefined {
  const stem = (w: string | undefined): string => (w ?? '').replace(/s$/u, '');
  const own = stem(normalizeCompanyName(first).split(' ')[0]);
  for (const line of footer ?? []) {
    const m = RUN_BY.exec(line);
    // A short first word ("Hjo Vattenland") is enough where the whole brand runs the line.
    const whole = !!m && normalizeCompanyName(m[1]!) === normalizeCompanyName(first);
    if (!m || (own.length < 4 && !whole) || stem(normalizeCompanyName(m[1]!).split(' ')[0]) !== own) continue;
    const body = m[2]!.replace(/[.,;:]+$/u, '').trim();
    if (normalizeCompanyName(body) !== normalizeCompanyName(first) && body.split(/\s+/).length >= 2) return body;
  }
  return undefined;
}

/**
 * The name a short form stands for where the page's text writes both: "KHA (Kestrel Housing Association)",
 * "Kestrel Housing Association (KHA)", "NTNU (Norges teknisk-naturvitenskapelige universitet)".
 */
export function spelledInText(short: string, lines: PageLines | undefined): string | undefined {
  const s = short.trim();
  if (!/^\p{Lu}[\p{L}]{1,6}$/u.test(s) || s.length < 2) return undefined;
  const esc = escapePattern(s);
  const after = new RegExp(String.raw`(?<![\p{L}\d])${esc}\s*\((\p{Lu}[^()]{3,80})\)`, 'u');
  const before = new RegExp(String.raw`((?:[\p{Lu}][\p{L}'’-]*\s+(?:(?:i|of|for|og|och|and|&)\s+)?){1,7})\(${esc}\)`, 'u');
  for (const { text } of (lines?.header ?? []).slice(0, 30)) {
    const a = after.exec(text)?.[1]?.trim();
    if (a && (isShortFormOf(s, a) || isShortFormOf(s, normalizeCompanyName(a)))) return a;
    const words = before.exec(text)?.[1]?.trim().split(/\s+/);
    // The words before the bracket, as many as the short form has letters (joiners counted in).
    for (let n = 1; words && n <= words.length; n++) {
      const candidate = words.slice(-n).join(' ');
      if (isShortFormOf(s, candidate.replace(/\s+(?:i|of|for|og|och|and|&)\s+/gu, ' ')) || isShortFormOf(s, candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The first words of a name that the site's address spells, when the name goes on with trade words:
 * "Copper Kettle" for "Copper Kettle Coffee Company Ltd" on copperkettlebath.co.uk. The trading name a
 * board writes ("The Copper Kettle") is that short form; two words at least, so no first word alone.
 */
export function namePartOfDomain(name: string, domain: string): string | undefined {
  const label = toAscii((domain.split('.')[0] ?? '').replace(/-/g, '')).toLowerCase();
  // An address that spells the whole name ("caldervalleycycles.co.uk") gives no shorter one: "Calder Valley" is a place.
  if (label.startsWith(toAscii(compact(name)))) return undefined;
  const words = name.replace(/^the\s+/iu, '').split(/\s+/).filter(Boolean);
  for (let k = Math.min(4, words.length - 1); k >= 2; k--) {
    const part = words.slice(0, k).join(' ');
    const key = toAscii(compact(part));
    if (key.length >= 6 && label.startsWith(key) && normalizeCompanyName(part) !== normalizeCompanyName(name)) return part;
  }
  return undefined;
}

/**
 * "strömsholms trädgård · Slottsallén 4, 734 94 Strömsholm": a footer that writes the name in lower case
 * before the address, when the site's address spells it (a design choice, not a slogan).
 */
function lowerCaseOwner(footer: readonly string[] | undefined, domain: string): string[] {
  return (footer ?? []).flatMap((line) => {
    const [head, ...rest] = line.split(/\s*[|·•]\s*/).map((p) => p.trim());
    const address = rest.slice(0, 3).some((p) => /(?:^|\s)\d{3}\s?\d{2}\s+\p{L}|(?:^|\s)\d{4}\s+\p{L}|(?<![A-Za-z\d])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![A-Za-z\d])/u.test(p));
    return head && head === head.toLowerCase() && /^[\p{L}&' -]{4,50}$/u.test(head) && address && compact(head) === toAscii((domain.split('.')[0] ?? '').replace(/-/g, '')) ? [head] : [];
  });
}

export function pageName(title: string, lines: PageLines | undefined, domain: string): string | undefined {
  return pageNames(title, lines, domain)[0];
}
