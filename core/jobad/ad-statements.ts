import { isOrganisationName, organisationIn } from '../company/org-names';
import { normalizeCompanyName } from '../company/names';
import type { TextBlock } from '../model';
import { knownTown, townOfAddress, townsInLine } from './places';
import type { JobAdInput, JobLocation } from './types';

/**
 * What an ad says about its employer and place outside labelled facts: the
 * title's pattern, the lines beside the heading, the logo next to it, the
 * first sentence that names an organisation, the address in the footer.
 */

const SEPARATOR = /\s+[|–—·•]\s+|\s+-\s+|\s*\|\s*/;
/** Title segments that name the site's section, not the employer. */
const GENERIC = /^(?:jobs?|jobb|jobber|ledige stillinger|lediga jobb|stillinger|career|careers|karriere|karriär|vacancies|job openings|stillingsannonse|platsannons|annonse|ledig stilling|ledig jobb)$/iu;
const AT = /\s(?:at|hos|på|vid|för|with|i)\s+([^|–—·•,]+?)\s*(?:[|–—·•-]\s|,\s|$)/iu;

function same(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && normalizeCompanyName(a) === normalizeCompanyName(b);
}

/** The segments of a page title that are not the site's name or section. */
function titleSegments(input: JobAdInput): string[] {
  const site = input.siteName;
  return input.title
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s && !GENERIC.test(s) && !same(s, site) && !/\.(?:no|se|com|dk|fi|io|co)$/i.test(s));
}

/** "Title at Employer", "Title, Employer AB – City", "Title – Employer | Jobs". */
export function employerFromTitle(input: JobAdInput, heading: string | undefined): string | undefined {
  const at = AT.exec(` ${input.title}`);
  if (at?.[1] && !knownTown(at[1])) return at[1].trim();
  const segments = titleSegments(input);
  const [first, ...rest] = segments;
  const comma = first?.split(/,\s+/);
  if (comma && comma.length >= 2) {
    const named = comma.slice(1).find((part) => isOrganisationName(part) || (!knownTown(part) && part.length <= 60 && /^\p{Lu}/u.test(part)));
    if (named) return named;
  }
  const candidates = rest.filter((s) => !knownTown(s) && !same(s, heading) && s.length <= 60);
  const stated = candidates.find(isOrganisationName);
  if (stated) return stated;
  // Without a site name a board's own name usually stands last: "Title – Employer | Board".
  const open = !input.siteName && candidates.length >= 2 ? candidates.slice(0, -1) : candidates;
  return open.length === 1 && segments.length >= 3 ? open[0] : undefined;
}

/** The employer a board shows beside the heading: a logo's alt text, or a line that is an organisation's name. */
export function employerNearHeading(input: JobAdInput): string | undefined {
  const lines = input.lines;
  if (!lines) return undefined;
  const logo = lines.titleLogo;
  if (logo && !same(logo, input.siteName) && logo.length <= 70 && !/^(?:logo|bilde|image|photo)$/iu.test(logo)) return logo;
  for (const line of lines.header.slice(0, 20)) {
    const parts = line.split(/\s*[·•|]\s*/);
    const named = parts.find((part) => isOrganisationName(part) && !same(part, input.siteName));
    if (named) return named;
  }
  return undefined;
}

/** The first organisation the ad's opening sentences name ("Fjellkraft AS er …", "Vi i Tromsø kommune …"). */
export function employerInOpening(blocks: readonly TextBlock[], siteName: string | undefined): string | undefined {
  const h1 = blocks.findIndex((b) => b.tag === 'h1');
  const opening = blocks.slice(h1 + 1).filter((b) => b.tag === 'p' || b.tag === 'div').slice(0, 4);
  for (const block of opening) {
    const name = organisationIn(block.text);
    if (name && !same(name, siteName)) return name;
  }
  return undefined;
}

/** Places the title, the header lines or (on the employer's own site) the footer's address name. */
export function placesStated(input: JobAdInput, onBoard: boolean): JobLocation[] {
  const fromTitle = titleSegments(input).flatMap((s) => s.split(/,\s+/)).map((s) => knownTown(s) ?? /\s(?:i|in)\s+(\p{Lu}[\p{L}-]+)$/u.exec(s)?.[1]);
  const titled = fromTitle.map((t) => (t ? knownTown(t) : undefined)).filter((t): t is string => !!t);
  if (titled.length) return [...new Set(titled)].map((city) => ({ city }));
  for (const line of input.lines?.header ?? []) {
    const towns = townsInLine(line);
    if (towns.length) return towns.slice(0, 4).map((city) => ({ city }));
  }
  for (const line of input.lines?.header ?? []) {
    const town = townOfAddress(line);
    if (town) return [{ city: town }];
  }
  if (onBoard) return [];
  for (const line of input.lines?.footer ?? []) {
    const town = townOfAddress(line);
    if (town) return [{ city: town }];
  }
  return [];
}
