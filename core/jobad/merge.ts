import { knownTown, sameTown } from '../places';
import { escapePattern } from '../text/pattern';
import { tidyTitle } from './title-tidy';
import { OFFICE_WORDS } from './heading-place';
import { REGION_CLOSING } from './location';
import type { JobAd, JobAdDraft, JobAdField, JobLocation, SourceDraft } from './types';
import { foldTerm } from '../search/normalize';

const FIELDS: readonly JobAdField[] = [
  'title',
  'hiringOrganization',
  'locations',
  'remote',
  'employmentType',
  'datePosted',
  'validThrough',
  'salary',
  'description',
  'requirements',
  'responsibilities',
];

function hasValue(fields: JobAdDraft, field: JobAdField): boolean {
  const value = fields[field];
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (field === 'requirements') return fields.requirements!.must.length + fields.requirements!.nice.length > 0;
  return true;
}

/**
 * Each field from the best source that has it: JSON-LD, then microdata, then
 * the page's headings. A weak field (a list the markup gave as one unsplit run
 * of prose) is taken only when no source has a proper list: the page's own
 * bullet list of five requirements beats one JSON-LD string holding all five.
 */
export function mergeDrafts(drafts: readonly SourceDraft[], fallbackTitle: string): JobAd {
  const ad: JobAd = {
    title: fallbackTitle,
    locations: [],
    employmentType: [],
    requirements: { must: [], nice: [] },
    responsibilities: [],
    sources: {},
  };
  // Copied field by field; each value comes from a draft typed like the ad itself.
  const target = ad as unknown as Record<JobAdField, unknown>;
  const placesShown = shownPlaces(drafts);
  for (const field of FIELDS) {
    // The deadline the page shows under its label beats a structured one, which is often the listing's expiry.
    const page = field === 'validThrough' ? drafts.find((d) => d.source === 'heuristic' && hasValue(d.fields, field)) : undefined;
    const shown = (page && drafts.some((d) => d !== page && hasValue(d.fields, field) && d.fields.validThrough !== page.fields.validThrough) ? page : undefined) ?? (field === 'locations' ? placesShown?.page : undefined);
    const strong = shown ?? drafts.find((d) => hasValue(d.fields, field) && !d.weak.has(field));
    const chosen = strong ?? drafts.find((d) => hasValue(d.fields, field));
    if (!chosen) continue;
    target[field] = chosen.fields[field];
    ad.sources[field] = chosen.source;
  }
  ad.title = tidyTitle(ad.title);
  headOfficeToPage(ad, drafts);
  // JSON-LD's "Lund, Sweden" and the page's "Lund, Skåne län" are one place, told in full.
  ad.locations = ad.locations.map((l) => ({ ...l }));
  const onPage = new Set(drafts.filter((d) => d.source === 'heuristic').flatMap((d) => d.fields.locations ?? []));
  for (const location of ad.locations) {
    const city = location.city?.toLowerCase();
    // v66: "Ukmerge" in the data, "Ukmergė" on the page: one town, its letters' marks aside.
    const same = city ? drafts.flatMap((d) => d.fields.locations ?? []).filter((l) => sameTown(l.city, city)) : [];
    for (const other of same) {
      if (!location.region && other.region) location.region = other.region;
      // "AC" in the structured data, "Västerbottens län" on the page: the region as the reader sees it written.
      else if (location.region && other.region && isRegionCode(location.region) && !isRegionCode(other.region) && onPage.has(other)) location.region = other.region;
      // "Shefa" in the structured data, "Port Vila, Shefa Province" on the page: the region as the page writes it in full; v61:
      // "Donegal" in the data, "Dungloe, Co. Donegal" on the page, Ireland's county word before the name.
      else if (location.region && other.region && onPage.has(other) && (other.region.toLowerCase().startsWith(`${location.region.toLowerCase()} `) || (/^(?:co\.|county)\s/iu.test(other.region) && other.region.toLowerCase().endsWith(` ${location.region.toLowerCase()}`)))) location.region = other.region;
      // v52: "Valga maakond" in the structured data, "Valga, Valga County" on the page: one region, in the words the reader reads.
      else if (location.region && other.region && onPage.has(other) && sameRegionOtherWord(location.region, other.region)) location.region = other.region;
      if (!location.country && other.country) location.country = other.country;
    }
    // "Cebu" in the structured data, "Location: Cebu City, Cebu" on the page: the town as the page writes it in full, in
    // the region the page gives it.
    const fuller = city ? [...onPage].find((l) => l.city?.toLowerCase().startsWith(`${city} `) && l.region) : undefined;
    if (fuller?.city && ad.sources.locations !== 'heuristic') [location.city, location.region] = [fuller.city, fuller.region];
  }
  // The page's places over the structured data's one of them: the one country that data states still stands, for its own town.
  const structured = drafts.filter((d) => d.source !== 'heuristic').flatMap((d) => d.fields.locations ?? []);
  if (ad.sources.locations === 'heuristic' && placesShown?.more) {
    const countries = new Set(structured.map((l) => l.country));
    const [country] = [...countries];
    // v52: only to the places the data names ("Ceduna, SA, AU" in the data, "Ceduna SA 5690; Streaky Bay SA 5680" on the page).
    const named = new Set(structured.map((l) => l.city && foldTerm(l.city)));
    if (countries.size === 1 && country) for (const location of ad.locations) if (location.city && !location.country && named.has(foldTerm(location.city))) location.country = country;
  }
  // "Arbeidssted: Rjukan" and "Fylke: Telemark" over a JSON-LD "Tinn, Telemark, Norge" (the municipality the town lies
  // in): the page's town stands, and in the region both name, the country the structured data states.
  if (ad.sources.locations === 'heuristic') {
    // v52: where the data's own town stands among the page's, its country is that town's alone (above).
    const stands = structured.some((l) => ad.locations.some((a) => sameTown(a.city, l.city)));
    if (!stands) for (const location of ad.locations) {
      const region = location.region?.toLowerCase();
      if (!region || location.country) continue;
      const countries = new Set(structured.filter((l) => l.region?.toLowerCase() === region && l.country).map((l) => l.country));
      if (countries.size === 1) location.country = [...countries][0];
    }
  }
  // "Ort: Gävle" in the facts and "Gävle" in the header are one place.
  const places = new Set<string>();
  ad.locations = ad.locations.filter((l) => {
    const key = [l.city, l.region, l.country].map((v) => (v ?? '').toLowerCase()).join('|');
    return !places.has(key) && places.add(key);
  });
  return ad;
}

const HEAD_OFFICE = String.raw`${OFFICE_WORDS}(?:\s+(?:ligger|finns|er|är|is|is based))?\s+(?:i|in|på|at)`;

/**
 * v52: "Huvudkontoret ligger i Malmö" in the ad, Malmö the structured data's only town: the head office's address, and the
 * place the page gives ("Truckförare till kyllagret – Rydsgård", "… vid stationen i Rydsgård") is the job's.
 */
function headOfficeToPage(ad: JobAd, drafts: readonly SourceDraft[]): void {
  const page = drafts.find((d) => d.source === 'heuristic' && hasValue(d.fields, 'locations'));
  const text = page?.fields.description ?? '';
  const headOffice = (city: string): boolean => new RegExp(String.raw`${HEAD_OFFICE}\s+${escapePattern(city)}(?!\p{L})`, 'iu').test(text);
  if (!page || ad.sources.locations === 'heuristic' || ad.locations.length === 0 || !ad.locations.every((l) => !!l.city && headOffice(l.city))) return;
  if (page.fields.locations!.some((l) => ad.locations.some((a) => a.city === l.city))) return;
  ad.locations = page.fields.locations!.map((l) => ({ ...l }));
  ad.sources.locations = page.source;
}

/** The word that closes a region's name, in the languages of the boards read ("Valga maakond", "Valga County"). */
const REGION_WORD_END = new RegExp(String.raw`\s+${REGION_CLOSING}$`, 'iu');
const sameRegionOtherWord = (a: string, b: string): boolean =>
  a.trim().toLowerCase() !== b.trim().toLowerCase() && REGION_WORD_END.test(a.trim()) && REGION_WORD_END.test(b.trim()) && a.trim().replace(REGION_WORD_END, '').toLowerCase() === b.trim().replace(REGION_WORD_END, '').toLowerCase();

/** "AC", "MO", "ON": a region written as its letter code, not its name. */
function isRegionCode(region: string): boolean {
  return /^\p{Lu}{1,3}$/u.test(region.trim());
}

/**
 * The places the page shows under its label, where the structured data names none of them (a stale or an office
 * address) or only some of them (`more`).
 */
function shownPlaces(drafts: readonly SourceDraft[]): { page: SourceDraft; more: boolean } | undefined {
  const page = drafts.find((d) => d.shown?.has('locations') && hasValue(d.fields, 'locations'));
  if (!page) return undefined;
  // "Kirkland WA" and "Kirkland": one place written two ways.
  const first = (l: JobLocation): string => (l.city ?? '').toLowerCase().split(/[\s,]+/)[0] ?? '';
  const cities = new Set((page.fields.locations ?? []).map(first).filter(Boolean));
  const others = drafts.filter((d) => d !== page && hasValue(d.fields, 'locations'));
  // "Location: Kiambu" over the structured data's Thika in the region Kiambu: the row names the town's region, no other place.
  const regions = new Set(others.flatMap((d) => d.fields.locations ?? []).map((l) => (l.region ?? '').toLowerCase().replace(/\s+county$/u, '')).filter(Boolean));
  const regionOnly = [...cities].every((c) => regions.has(c));
  const disagree = others.length > 0 && !regionOnly && others.every((d) => !(d.fields.locations ?? []).some((l) => cities.has(first(l))));
  // "Kongsvinger eller Elverum" shown where the structured data names Kongsvinger alone: the page names them all.
  // Only towns a register knows: "Walton-le-Dale, Preston" is a district and its town, one place.
  // A town with its region ("Dalanzadgad, Ömnögovi") or the one the structured data names is a place of its own too.
  const given = new Set(others.flatMap((d) => d.fields.locations ?? []).map(first).filter(Boolean));
  // … and a town no register knows that the ad's text puts the work at ("Arbetsorter: Skinnskatteberg, Kolsva", "… skogen vid Kolsva").
  // Where the company is registered ("registered in Guernsey") puts no work there; "bases in Rovaniemi and Levi" seats it in both.
  const seated = (city: string): boolean =>
    new RegExp(String.raw`(?<!\p{L})(?<!(?:registered|incorporated|registrert|registrerad)\s)(?:[Ii]n|[Ii]|[Pp]å|[Aa]t|[Vv]ed|[Vv]id)\s+(?:\p{Lu}[\p{L}-]+(?:,\s*|\s+(?:and|og|och|&)\s+))?${escapePattern(city)}(?!\p{L})`, 'u').test(page.fields.description ?? '');
  const known = (page.fields.locations ?? []).every((l) => !l.city || !!l.region || given.has(first(l)) || knownTown(l.city) !== undefined || seated(l.city));
  const more = known && others.length > 0 && others.every((d) => (d.fields.locations ?? []).every((l) => !l.city || cities.has(first(l))) && cities.size > new Set((d.fields.locations ?? []).map(first)).size);
  // "Arbeidssted: Fagernesterminalen" (a terminal no register knows) where the data's Narvik is the town the heading names.
  const headed = (city: string): boolean => drafts.some((d) => (d.fields.title ?? '').toLowerCase().includes(city.toLowerCase()));
  // A region row beside it ("Fylke: Nordland") makes the site no town.
  const unknownSite = (page.fields.locations ?? []).some((l) => !!l.city && !given.has(first(l)) && knownTown(l.city) === undefined);
  // "Arbeidsstad: Straumsli Fjellhotell" where the data names the hotel as its employer and Vrådal as its town: the venue is no town.
  const employers = drafts.map((d) => d.fields.hiringOrganization?.name.toLowerCase()).filter(Boolean);
  const venue = (page.fields.locations ?? []).some((l) => !!l.city && employers.includes(l.city.toLowerCase()));
  const site = unknownSite && others.some((d) => (d.fields.locations ?? []).some((l) => !!l.city && ((knownTown(l.city) !== undefined && headed(l.city)) || venue)));
  return (disagree && !site) || more ? { page, more } : undefined;
}
