import { BALTIC_FORM, hasRegistrationNo } from '../company/org-names';
import { knownTown, sameTown } from '../places';
import { escapePattern } from '../text/pattern';
import { OFFICE, ownSentences, townPattern } from './agency-client';
import type { JobAd, JobAdInput, SourceDraft } from './types';

/** A legal form written before the name ("SIA …", "UAB …", "AS …"). */
const FORM_FIRST = new RegExp(String.raw`^${BALTIC_FORM}\s+`, 'u');

/**
 * "Stångå Rekrytering AB · Storgatan 21, Linköping" closing the ad, "Testingenjör … – Åtvidaberg" its heading; "Hovedkontoret
 * ligger i Kristiansand" beside the icon line's Åseral: the structured place is the employer's office when the ad names that
 * town only in lines the employer's name opens or that call it the office, and the page shows one other town (a register's)
 * that the heading ends in, or the ad names the data's town only as the office.
 */
export function employersOffice(ad: Pick<JobAd, 'hiringOrganization' | 'locations' | 'sources'>, page: SourceDraft, input: Pick<JobAdInput, 'blocks' | 'lines'>): boolean {
  const employer = ad.hiringOrganization?.name;
  const [shown] = page.fields.locations ?? [];
  const [given] = ad.locations;
  if (!employer || ad.sources.locations === 'heuristic' || page.fields.locations?.length !== 1 || ad.locations.length !== 1) return false;
  // v66: "Ukmerge" in the data is the page's "Ukmergė". The shown town is one the gazetteer knows, or the value of a place row ("Location: Invercargill"), or v58 one with its postcode ("Weipa QLD 4874").
  if (!given?.city || !shown?.city || sameTown(given.city, shown.city) || !(knownTown(shown.city) || page.shown?.has('locations') || [...input.blocks, ...(input.lines?.header ?? [])].some((b) => new RegExp(`^${escapePattern(shown.city!)},?(?: [A-Z]{2,3})? \\d{4,5}$`, 'u').test(b.text.trim())))) return false;
  const first = employer.replace(FORM_FIRST, '').split(/\s+/)[0]!;
  const town = townPattern(given.city);
  // The ad's own sentences, and the employer's letterhead among the site's footer lines (the paper's own address is not the ad's); v58: not "… flights from Cairns".
  // v62: "SIA Stārķis Personnel · Reg. No. … · Elizabetes iela 41, Rīga": the letterhead with its form first, and its registration
  // number marking the town as the office's, beside the page's "Jūrmala (Majori)".
  const footer = input.lines?.footer ?? [];
  const letterheads = footer.filter((t) => t.replace(FORM_FIRST, '').startsWith(first));
  const naming = [...ownSentences(input.blocks).filter((t) => !footer.some((line) => line.includes(t))), ...letterheads].filter((t) => town.test(t) && !new RegExp(`(?:flights?|fly|flies|flown|travel)(?: in| out)? from ${escapePattern(given.city!)}`, 'iu').test(t));
  if (naming.length === 0 || !naming.every((t) => t.startsWith(first) || letterheads.includes(t) || OFFICE.test(t))) return false;
  return new RegExp(`[–—-]\\s*${escapePattern(shown.city)}$`, 'u').test(input.lines?.h1?.trim() ?? '') || naming.every((t) => OFFICE.test(t) || (letterheads.includes(t) && hasRegistrationNo(t)));
}
