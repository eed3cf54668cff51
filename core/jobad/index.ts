import type { JsonLdNode, TextBlock } from '../model';
import { foldTerm } from '../search/normalize';
import { employerNames } from './employer-name';
import { agencyClient, agencysOffice, clientOfRecruiter, withoutEmployer, withoutOfficeCountry } from './agency-client';
import { employersOffice } from './employers-office';
import { areaAfterDataTown, countryFromRow, regionFromRow } from './country-row';
import { fromHeadings, looksLikeJobAd } from './from-headings';
import { fromSchemaOrg } from './from-json-ld';
import { fromMicrodata } from './from-microdata';
import { mergeDrafts } from './merge';
import { preferPageOverStale, preferShownHours, structuredIsStale } from './stale-structured';
import { caseOfPageTitle, singularInPageTitle, withoutClientTail, withoutNamedCompany, withoutOrganisationTail, withoutOwnPlace } from './title-parts';
import { consultantsEmployer, initialsInData, pageStatesInFull, placeholderEmployer, registeredRowOverBrand, siteNamedAsEmployer, writtenInOtherScript } from './site-employer';
import { tidyTitle } from './title-tidy';
import { headingOverStructured, shownHeadings } from './title-source';
import type { JobAd, JobAdInput, SourceDraft } from './types';
import { isNode } from './values';
import { townInLanguage } from '../places/finland-names';
import { normalizeCompanyName } from '../company/names';
import { isPageWords } from '../company/page-words';
import { siteOfEmployerMail } from './employer-mail';
import { statedEmployer, withLinesUnderHeading } from './stated-employer';

export type * from './types';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function textBlocks(value: unknown): TextBlock[] {
  return (Array.isArray(value) ? value : [])
    .filter((b): b is TextBlock => isNode(b) && typeof b.text === 'string' && typeof b.tag === 'string')
    .map((b) => (typeof b.heading === 'string' ? { heading: b.heading, tag: b.tag.toLowerCase(), text: b.text } : { tag: b.tag.toLowerCase(), text: b.text }));
}

/** The input as the types promise it, whatever the page handed over. */
function sanitize(input: Partial<JobAdInput> | null | undefined): JobAdInput {
  const raw: Partial<JobAdInput> = isNode(input) ? input : {};
  const nodes = (value: unknown): JsonLdNode[] => (Array.isArray(value) ? value.filter(isNode) : []);
  const blocks: TextBlock[] = textBlocks(raw.blocks);
  const safe: JobAdInput = {
    url: text(raw.url),
    jsonLd: nodes(raw.jsonLd),
    microdata: nodes(raw.microdata),
    blocks,
    textContent: text(raw.textContent),
    title: text(raw.title).replace(/\s+/g, ' ').trim(),
  };
  if (text(raw.lang)) safe.lang = text(raw.lang);
  if (text(raw.siteName).trim()) safe.siteName = text(raw.siteName).trim();
  if (text(raw.published).trim()) safe.published = text(raw.published).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text(raw.readOn))) safe.readOn = text(raw.readOn);
  if (Array.isArray(raw.facts)) safe.facts = textBlocks(raw.facts);
  if (isNode(raw.lines)) {
    const lines = raw.lines as unknown as Record<string, unknown>;
    const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    safe.lines = { header: textBlocks(lines['header']), footer: strings(lines['footer']), logos: strings(lines['logos']) };
    if (text(lines['titleLogo'])) safe.lines.titleLogo = text(lines['titleLogo']);
    if (text(lines['h1'])) safe.lines.h1 = text(lines['h1']);
    if (Array.isArray(lines['registered'])) safe.lines.registered = strings(lines['registered']).slice(0, 5);
    if (Array.isArray(lines['described'])) safe.lines.described = strings(lines['described']).slice(0, 3);
    if (lines['asksForAds'] === true) safe.lines.asksForAds = true;
  }
  return safe;
}

/**
 * The job ad on a page, or null when the page is not one. Each field comes
 * from the best source that has it (JSON-LD, then microdata, then the page's
 * headings and fact boxes); `sources` says which. Never throws.
 */
export function extractJobAd(input: JobAdInput): JobAd | null {
  try {
    const safe = sanitize(input);
    const jsonLd = fromSchemaOrg(safe.jsonLd, 'json-ld', safe);
    const microdata = fromMicrodata(safe);
    const reference = jsonLd?.fields.datePosted ?? microdata?.fields.datePosted;
    const heuristic = fromHeadings(safe, reference);
    if (!jsonLd && !microdata && !looksLikeJobAd(heuristic.evidence)) return null;
    const drafts = [jsonLd, microdata, heuristic.draft].filter((d): d is SourceDraft => d !== undefined);
    const ad = mergeDrafts(drafts, safe.title);
    // A JSON-LD the board left behind when it updated the page: the page's deadline (or none) and hours stand.
    if (structuredIsStale(jsonLd ?? microdata, heuristic.draft, safe)) preferPageOverStale(ad, heuristic.draft);
    else preferShownHours(ad, heuristic.draft);
    // A fully remote post (TELECOMMUTE, no jobLocation): a town the text mentions in passing (an optional office, a
    // meet-up) is no place of the job; only a labelled one is.
    if (jsonLd?.fields.remote === 'remote' && !jsonLd.fields.locations && ad.sources.locations === 'heuristic' && !heuristic.draft.shown?.has('locations')) {
      ad.locations = [];
      delete ad.sources.locations;
    }
    // The structured title in another language, or another name, than the heading the page shows: the heading.
    // A page without an h1 ("<h2 class="job-heading">") shows the job in its first h2, when that opens with the structured title.
    const h1s = [safe.lines?.h1 ?? '', ...safe.blocks.filter((b) => b.tag === 'h1').map((b) => b.text)];
    // The header's h2 as well as the text's first ("<h2 class="jobPostingHeader">" above the facts, Readability dropping it).
    // v66: or the heading read from a styled div ("Prosessoperatør i ovnshallen – vikariat 12 måneder") under a section's h1.
    const h2s = [safe.blocks.find((b) => b.tag === 'h2'), safe.lines?.header?.find((b) => b.tag === 'h2')].map((b) => b?.text ?? '');
    if (heuristic.draft.fields.title) h2s.push(heuristic.draft.fields.title);
    const shown = ad.sources.title !== 'heuristic' ? headingOverStructured(ad.title, heuristic.draft.fields.title, shownHeadings(h1s, h2s, ad.title, ad.hiringOrganization?.name), ad.hiringOrganization?.name, ad.locations) : undefined;
    if (shown) [ad.title, ad.sources.title] = [shown, 'heuristic'];
    // A JobPosting naming the site that published it, or the client of an agency that employs, as the employer: the employer the page states.
    const [structuredOrg, pageOrg] = [ad.hiringOrganization, heuristic.draft.fields.hiringOrganization];
    const own =
      ad.sources.hiringOrganization === 'heuristic'
        ? undefined
        : (placeholderEmployer(structuredOrg, pageOrg) ?? siteNamedAsEmployer(structuredOrg, pageOrg, safe) ?? consultantsEmployer(structuredOrg, pageOrg, safe) ?? writtenInOtherScript(structuredOrg, pageOrg) ?? initialsInData(structuredOrg, pageOrg) ?? registeredRowOverBrand(structuredOrg, pageOrg, safe));
    if (own) [ad.hiringOrganization, ad.sources.hiringOrganization] = [own, 'heuristic'];
    const fuller = ad.sources.hiringOrganization === 'heuristic' ? undefined : pageStatesInFull(ad.hiringOrganization, heuristic.draft.fields.hiringOrganization, ad.title ?? '', safe);
    if (fuller) [ad.hiringOrganization, ad.sources.hiringOrganization] = [fuller, 'heuristic'];
    // "Opportunity Detail", "Job Announcement", "Jobsuche": a name of the page's own words is nobody's.
    if (ad.hiringOrganization && isPageWords(ad.hiringOrganization.name)) delete ad.hiringOrganization;
    if (ad.hiringOrganization?.name) ad.hiringOrganization = { ...ad.hiringOrganization, ...employerNames(ad.hiringOrganization.name, safe) };
    // "Puitaken" in the data, "Raplamaa Puitaken OÜ" on the page: the data's brand, every word of it in the name, is what papers call it
    // (not the name's own opening, "Tidewell" for "Tidewell Labs, Inc.": papers' first-word reading has that, with its guards).
    const dataBrand = structuredOrg?.name.trim();
    const inName = (b: string, n: string): boolean => {
      const [brandKey, nameKey] = [normalizeCompanyName(b), normalizeCompanyName(n)];
      return brandKey !== nameKey && !nameKey.startsWith(`${brandKey} `) && brandKey.split(' ').every((w) => w.length >= 4 && nameKey.split(' ').includes(w));
    };
    // v66: so is the data's brand that the page's registered name was read for ("Linnavesi Boats" for "Linnaveden Venetehdas Oy").
    const readFor = (b: string, n: string): boolean => ad.sources.hiringOrganization !== 'heuristic' && !normalizeCompanyName(n).startsWith(normalizeCompanyName(b)) && b.includes(' ');
    if (dataBrand && ad.hiringOrganization && !ad.hiringOrganization.alternateName && (inName(dataBrand, ad.hiringOrganization.name) || readFor(dataBrand, ad.hiringOrganization.name))) ad.hiringOrganization = { ...ad.hiringOrganization, alternateName: dataBrand };
    // A staffing agency's ad names its client as the employer, whatever the agency's own data says.
    // The lines under the heading count, which a reader's view may leave out; an ad that names who employs the hire is read so.
    const read = withLinesUnderHeading(safe);
    const stated = statedEmployer(read);
    const client = stated ?? agencyClient(read) ?? clientOfRecruiter(safe.blocks, ad.hiringOrganization?.name);
    // … in its fuller form where the ad writes one ("för Hallqvist Livsmedels räkning", then "Hallqvist Livsmedel AB tillverkar …").
    // The agency's own town in its data ("Kustrekrytering AB, Halmstad") gives way to the place the page shows for the job.
    if ((client && !stated && agencysOffice(ad, heuristic.draft, safe.blocks)) || employersOffice(ad, heuristic.draft, safe)) [ad.locations, ad.sources.locations] = [heuristic.draft.fields.locations!, 'heuristic'];
    if (client) ad.hiringOrganization = { name: employerNames(client, safe).name };
    // "Drifttekniker fjärrvärme till Lindvalla Energi": the employer the title names is not part of the job.
    const employer = ad.hiringOrganization?.name;
    // What it leaves is tidied again ("Bli CNC-operatör" once "hos Glafsfjordens Mekaniska" is gone).
    if (employer && ad.title) ad.title = tidyTitle(withoutEmployer(ad.title, employer));
    // "Reporter till Jämtlandsposten", the paper its publisher puts out: the name the employer goes by, no more part of the job.
    const brand = ad.hiringOrganization?.alternateName;
    if (brand && ad.title) ad.title = tidyTitle(withoutEmployer(ad.title, brand));
    // "Økonomisjef til Ravnå Eiendom" where the ad writes "Ravnå Eiendom AS": the company, whoever advertises; and
    // "Revenue Manager - Luxury Hotel Group" where the ad says "Our client, a luxury hotel group": the client, described.
    const adText = safe.blocks.map((b) => b.text).join('\n');
    if (ad.title) ad.title = withoutOrganisationTail(withoutClientTail(withoutNamedCompany(ad.title, adText), adText));
    // "Vaasa" in a Finnish board's data, "Vasa" in the Swedish ad: the town as the ad's language names it.
    // v58: "Utqiagvik" in the data, "Utqiaġvik" in the page's place line: the town as the page spells it there, where it never writes the data's form ("Valencia/València").
    const placeWords: string[] = [...(safe.lines?.header ?? []), ...(safe.facts ?? [])].flatMap((b) => b.text.match(/[\p{L}'’-]+/gu) ?? []);
    const spelled = (city: string): string => (/^[\x20-\x7E]+$/.test(city) && !placeWords.includes(city) ? placeWords.find((w) => w.toLowerCase() !== city.toLowerCase() && foldTerm(w) === foldTerm(city)) : undefined) ?? city;
    const named = ad.locations.map((l) => (l.city ? { ...l, city: spelled(townInLanguage(l.city, safe.lang)) } : l));
    ad.locations = named.filter((l, i) => named.findIndex((o) => o.city === l.city && o.region === l.region && o.country === l.country) === i);
    const rows = [...safe.blocks, ...(safe.facts ?? []), ...(safe.lines?.header ?? [])];
    ad.locations = withoutOfficeCountry(ad, (jsonLd ?? microdata)?.fields.locations ?? [], safe.blocks, structuredOrg?.name);
    ad.locations = regionFromRow(countryFromRow(areaAfterDataTown(ad.locations, (jsonLd ?? microdata)?.fields.locations ?? [], safe.blocks), rows), rows);
    // "Workshop Lead (Todmorden)" for a job in Todmorden: the place is where the job is, not the job.
    // "Prosessoperatør til Sunde Aluminium, 75 % – Husnes": the terms and the company before the place go once the place has.
    const placed = ad.title && withoutOwnPlace(ad.title, ad.locations);
    if (placed && placed !== ad.title) ad.title = withoutNamedCompany(tidyTitle(employer ? withoutEmployer(placed, employer) : placed), adText);
    // "Vi trenger flere anleggsgartnere!" on a page titled "Anleggsgartner – …": the post, once.
    // "RØRLEGGER" in a print ad, "Rørlegger" in the page's title: the case the title writes.
    if (ad.title) ad.title = caseOfPageTitle(singularInPageTitle(ad.title, safe.lines?.title ?? safe.title), safe.lines?.title ?? safe.title);
    // "… or email hr@tavuareef.example": the employer's own site, where the ad gives no other.
    const mailSite = ad.hiringOrganization && siteOfEmployerMail(ad.hiringOrganization, safe.blocks);
    if (mailSite) ad.hiringOrganization = { ...ad.hiringOrganization!, url: mailSite };
    return ad;
  } catch {
    // Odd pages must not break clipping: no job ad is a valid answer.
    return null;
  }
}
