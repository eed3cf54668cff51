import { isJobBoardName } from '../company/job-boards';
import { normalizeCompanyName } from '../company/names';
import type { HiringOrganization, JobAdInput } from './types';

/**
 * "Byggeindustrien" as the hiring organisation of a JobPosting on a trade paper whose site name is "Byggeindustrien":
 * the structured data names the site that published the ad, not the firm that hires. The employer the page itself
 * states (its registration line, a labelled row, its opening) is then the one; a guess from the page never is, nor a
 * name only the site's footer writes (its maker, its owner), and with nothing stated the structured name stands. A
 * site whose address spells the structured name is the employer's own.
 */
export function siteNamedAsEmployer(structured: HiringOrganization | undefined, page: HiringOrganization | undefined, input: JobAdInput): HiringOrganization | undefined {
  if (!structured?.name || !page?.name || page.guessed) return undefined;
  const key = normalizeCompanyName(structured.name);
  const site = input.siteName ? normalizeCompanyName(input.siteName) : undefined;
  if (key !== site && !isJobBoardName(structured.name)) return undefined;
  if (ownSite(structured.name, input.url) || (input.lines?.footer ?? []).some((line) => line.includes(page.name))) return undefined;
  const own = normalizeCompanyName(page.name);
  return own !== key && own !== site ? page : undefined;
}

/**
 * "tverrvikbygg.no" for "Tverrvik Bygg": the address spells the whole name (or the name and more). A shorter address
 * inside a longer name ("bygg.no" for "Byggeindustrien") is a trade word, not the name.
 */
function ownSite(name: string, url: string): boolean {
  let label: string;
  try {
    label = new URL(url).hostname.replace(/^(?:www\d?|jobb|jobs|karriere|karriar|careers?)\./u, '').split('.')[0]!.replace(/-/g, '');
  } catch {
    return false;
  }
  const compact = normalizeCompanyName(name).replace(/[^\p{L}\d]/gu, '');
  return compact.length >= 3 && label.startsWith(compact);
}
