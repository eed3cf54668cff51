import { normalizeCompanyName, opensNameWords } from '../company/names';
import { endsInBoardWord } from '../company/job-boards';
import { isCareersClaim, withoutOwnPlace } from './title-parts';
import { tidyTitle } from './title-tidy';
import { GENERIC_TITLE } from './generic-title';
import type { JobLocation } from './types';
import { withoutEmployer } from './agency-client';
import { asksOnly } from './question-heading';

/** The words of a title, folded: "Wind Turbine Service Technician" → wind, turbine, service, technician. */
function words(title: string): Set<string> {
  return new Set(
    title
      .toLocaleLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 2),
  );
}

/**
 * The title the page's own heading shows, where the structured data names the job with none of its words:
 * a board that keeps the Danish "Servicetekniker til vindmøller" in its JSON-LD above the English heading
 * "Wind Turbine Service Technician", or an ATS's internal name for a post the heading calls otherwise. The
 * heading is what the reader sees and answers to. Titles that share a word ("Resepsjonist" and
 * "Resepsjonist – vintersesong", tidied alike) are one title told at two lengths, and the structured one stands,
 * unless the heading holds all of its words and more.
 */
export function headingOverStructured(structured: string, heading: string | undefined, h1s: readonly string[], employer?: string, places: readonly JobLocation[] = []): string | undefined {
  // The heading read from the page's title part that the heading opens with ("Prosessoperatør til ovnsdrift" for the h1
  // "… – helkontinuerlig skift") is the heading too.
  // The employer's header read as the heading ("Garliava Freight" over the job's h2): the heading the job is shown in.
  // v58: "Sawmill Millwright – Journeyperson" shown where the data writes "Sawmill Millwright - Journeyperson": the page's dash.
  const byDash = h1s.find((h) => h.trim() !== structured.trim() && h.replace(/\s[-–—]\s/gu, ' - ').trim() === structured.replace(/\s[-–—]\s/gu, ' - ').trim());
  if (byDash) return byDash.trim();
  if (heading && namesEmployer(heading, employer)) heading = h1s.find((h) => h.length > structured.length && h.toLowerCase().startsWith(structured.toLowerCase()));
  const shownAsH1 = !!heading && h1s.some((h) => h === heading || (h !== '' && tidyTitle(h) === heading));
  // v64: "Vil du holde lyset på i Ottadalen?" as the h1 over the data's "Driftstekniker vannkraft": a question naming no role is the ad's hook.
  if (!heading || !shownAsH1 || isCareersClaim(heading) || namesEmployer(heading, employer) || asksOnly(heading)) return undefined;
  // "Embedded Software Engineer for the Battery Management team – Sfax": the job's own place after a dash is no more of the role,
  // nor is the employer ("Vävmästare till vävsalen – Mårdaklev Väveri"), nor its brand as a label before it ("Puitaken: Warehouse …").
  const label = /^([^:]{2,40}):\s+(?=\p{Lu})/u.exec(heading);
  if (label && employer && ` ${normalizeCompanyName(employer)} `.includes(` ${normalizeCompanyName(label[1]!)} `)) heading = heading.slice(label[0].length);
  // "Plant Operator for our Roads Crew (Casual) – Cooma": the terms before the place go once the place has.
  const shown = tidyTitle(withoutOwnPlace(tidyTitle(employer ? withoutEmployer(heading, employer) : heading), places));
  // "Diesel Fitter – Road Train Fleet" shown where the data writes "Diesel Fitter - Road Train Fleet": the page's dash.
  const dashes = (t: string): string => t.replace(/\s[-–—]\s/gu, ' - ');
  if (shown !== tidyTitle(structured) && dashes(shown) === dashes(tidyTitle(structured))) return shown;
  // v57: "Aircraft Maintenance Technician (A&P) - Kotzebue" in the data: its place is no word of the job either.
  const given = words(tidyTitle(withoutOwnPlace(tidyTitle(structured), places)));
  const seen = words(shown);
  if (given.size === 0 || seen.size === 0) return undefined;
  if (![...seen].some((w) => given.has(w))) return shown;
  // v66: Job Bank's "heavy-duty equipment mechanic", a classification's name in lower case, under the h1 "Heavy Duty Mechanic –
  // Underground Maintenance": the employer's own title, in capitals, is how the ad names the job.
  if (structured === structured.toLocaleLowerCase() && shown !== shown.toLocaleLowerCase() && /\p{Lu}/u.test(shown[0]!)) return shown;
  // "Founding Backend Engineer" over a stale "Backend Engineer", "Sykepleier til korttidsavdelingen" over "Sykepleier":
  // the heading keeps every word of the structured title and says more in one run of words, and the page is what was
  // updated. A heading whose more is hung on after a dash, a bracket or a slash ("Resepsjonist – vintersesong og helårs",
  // "Däcksman / Kansimies") is the same title with a tail.
  const more = [...given].every((w) => seen.has(w)) && seen.size > given.size;
  if (!more) return undefined;
  // v60: a dash between two names with no space round it ("til sambandet Forvik–Tjøtta", a ferry's route) is no tail.
  if (!/\s[–—]|[–—]\s|[|/(),]|\s-\s/u.test(shown)) return shown;
  // "Brewer – Cellar & Packaging" over "Brewer", "Line Cook – Raw Bar" over "Line Cook": after a dash, a unit or field
  // written with capitals that tidying kept (a term, a season or a town would have gone) is the role the page shows.
  const base = tidyTitle(structured);
  const rest = shown.toLocaleLowerCase().startsWith(base.toLocaleLowerCase()) ? shown.slice(base.length) : '';
  // Two words or more: one capitalised word after a dash ("Data Engineer – Pinebrook") is as likely a brand or a place.
  // "Driftstekniker – settefisk og matfisk": two fields of the work joined, in lower case as Nordic headings write them.
  // "Finance Officer, Programmes Unit", "Sykepleier, kirurgisk avdeling": after a comma, a unit named by its word.
  if (/^,\s+(?!home\s)[\p{L}'’&-]+(?:\s+[\p{L}'’&-]+){0,3}\s+(?:unit|team|department|office|division|section|branch|avdeling|avdelingen|avdelning|avdelningen|enhet|enheten|eining|eininga|seksjon|seksjonen|sektion|sektionen|teamet)$/iu.test(rest)) return shown;
  const tail = /^\s+[-–—]\s+(\p{Lu}[\p{L}'’]*(?:\s+(?:&|and|og|och|\p{Lu}[\p{L}'’]*))+|\p{Ll}[\p{L}'’-]*\s+(?:og|och|and|&)\s+\p{Ll}[\p{L}'’-]*)$/u.exec(rest)?.[1];
  // "Dataingenjör till prognosteamet – Klimra": the employer after a dash is no part of the role.
  const first = (text: string): string => text.toLocaleLowerCase().split(/\s+/)[0] ?? '';
  // "– vintersesong og helårs": seasons and terms joined are the post's terms, not its field.
  const terms = /sesong|säsong|season|helår|sommer|sommar|summer|vinter|winter|natt|kveld|kväll|helg|vikariat|deltid|heltid/iu;
  // v56: "heavy equipment operator - winter road patrol" over "heavy equipment operator": a board that writes its titles in
  // lower case writes the unit so too (its last word no term: "– sommer og vinter" is when).
  const lower = shown === shown.toLocaleLowerCase() ? /^\s+[-–—]\s+(\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){1,3})$/u.exec(rest)?.[1] : undefined;
  if (lower && !terms.test(lower.split(/\s+/).at(-1)!) && !/^(?:og|och|and|i|in|på|at|for|för)$/u.test(lower.split(/\s+/)[0]!)) return shown;
  return tail && !terms.test(tail) && (!employer || first(tail) !== first(employer)) ? shown : undefined;
}

/**
 * The headings a page shows its job in: its h1s; where it has none, or only the employer's header ("Garliava Freight" over
 * "Customs Declarant to the Brokerage Team") or the board's words ("Job Details"), the first h2 that opens with the structured title.
 */
export function shownHeadings(h1s: readonly string[], others: readonly string[], title: string | undefined, employer?: string): string[] {
  const fold = (t: string): string => t.toLowerCase().replace(/\s[-–—]\s/gu, ' - ');
  const opening = title ? others.find((h) => fold(h).startsWith(fold(title))) : undefined;
  // v58: or a board's own name ("Liard Country Jobs" over the h2 "Sawmill Millwright – Journeyperson").
  return opening && h1s.every((h) => !h || namesEmployer(h, employer) || GENERIC_TITLE.test(h.trim()) || endsInBoardWord(h)) ? [...h1s, opening] : [...h1s];
}

/**
 * "Orrnäs Glas" as the h1 over the job in an h2, the structured data's employer "Orrnäs Glas" (or the registered
 * "Orrnäs Glasbruk AB"): a heading that is the employer's name, its words opening the name's, is the employer's header.
 */
function namesEmployer(heading: string, employer: string | undefined): boolean {
  if (!employer) return false;
  const own = normalizeCompanyName(heading).split(' ');
  return own[0]!.length >= 3 && opensNameWords(own, normalizeCompanyName(employer).split(' '));
}

/**
 * "Field Service Engineer – Feed Barges" under a facts row "Job title: Field Service Engineer": after a dash, a unit
 * or field in capitals (two words or more) that tidying keeps is the role the heading shows; a slogan after the
 * dash ("– bli med og fornye …") is not.
 */
export function unitAfterLabel(heading: string, labelled: string): boolean {
  const rest = heading.slice(labelled.length);
  return /^\s+[-–—]\s+\p{Lu}[\p{L}'’]*(?:\s+(?:&|and|og|och|\p{Lu}[\p{L}'’]*))+$/u.test(rest) && tidyTitle(heading) === heading;
}
