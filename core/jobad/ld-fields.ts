import { jobBoardFor } from '../company/job-boards';
import type { JsonLdNode } from '../model';
import { inlineText } from './html';
import { splitList, tidyItems, type SplitList } from './lists';
import { isStateCode, parseAddressText, unshout } from './location';
import { parseAmount, parseSalaryText, periodFromUnit } from './salary';
import type { HiringOrganization, JobLocation, Salary } from './types';
import { absoluteUrl, asArray, asText, isNode, resolveRef } from './values';

/** Readers for the schema.org JobPosting properties that come in several shapes. */

type Ids = ReadonlyMap<string, JsonLdNode>;

function name(value: unknown): string | undefined {
  if (isNode(value)) return name(value['name'] ?? value['legalName']);
  const text = asText(value);
  return text ? inlineText(text) || undefined : undefined;
}

/** "Recruitee" on bequiasoundferries.recruitee.com: the platform the page runs on, named in the data as its employer. */
function namesPlatform(orgName: string, base: string): boolean {
  const brand = jobBoardFor(base)?.domain.split('.')[0];
  return !!brand && orgName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') === brand.replace(/[^\p{L}\p{N}]+/gu, '');
}

export function readOrganization(value: unknown, ids: Ids, base: string): HiringOrganization | undefined {
  for (const raw of asArray(value)) {
    const org = resolveRef(raw, ids);
    const orgName = name(org);
    if (!orgName || namesPlatform(orgName, base)) continue;
    const result: HiringOrganization = { name: orgName };
    if (isNode(org)) {
      const sameAs = absoluteUrl(asArray(org['sameAs']).find((s) => typeof s === 'string'), base);
      const url = absoluteUrl(org['url'], base);
      const logoValue = resolveRef(org['logo'], ids);
      const logo = absoluteUrl(isNode(logoValue) ? (logoValue['url'] ?? logoValue['contentUrl']) : logoValue, base);
      if (sameAs) result.sameAs = sameAs;
      if (url) result.url = url;
      if (logo) result.logo = logo;
    }
    return result;
  }
  return undefined;
}

function readAddress(value: unknown, ids: Ids): JobLocation | undefined {
  const address = resolveRef(value, ids);
  const text = asText(address);
  if (text) return parseAddressText(inlineText(text));
  if (!isNode(address)) return undefined;
  const location: JobLocation = {};
  const city = name(address['addressLocality']);
  const region = name(address['addressRegion']);
  const country = name(address['addressCountry']);
  // v44: "Kamloops BC" as the locality, no region given: the town and its province's code.
  const coded = !region && city ? /^(\p{Lu}[\p{L}'’. -]+?),?\s+([A-Z]{2})$/u.exec(city.trim()) : null;
  if (coded && isStateCode(coded[2]!)) [location.city, location.region] = [coded[1]!, coded[2]!];
  else if (city) location.city = unshout(city);
  if (region) location.region = unshout(region);
  if (country) location.country = unshout(country);
  return Object.keys(location).length > 0 ? location : undefined;
}

function sameLocation(a: JobLocation, b: JobLocation): boolean {
  return a.city === b.city && a.region === b.region && a.country === b.country;
}

/** `jobLocation`: a Place or a list of them, each with an address object or string. */
export function readLocations(value: unknown, ids: Ids): JobLocation[] {
  const out: JobLocation[] = [];
  for (const raw of asArray(value).slice(0, 20)) {
    const place = resolveRef(raw, ids);
    const location = isNode(place)
      ? (readAddress(place['address'], ids) ?? (name(place) ? parseAddressText(name(place)!) : undefined))
      : readAddress(place, ids);
    if (location && !out.some((l) => sameLocation(l, location))) out.push(location);
  }
  return out;
}

/** "Europe", "EMEA", "Nordics", "Worldwide", "EU": where applicants may live, too wide to be the job's place. */
const AREA = /^(?:europe|europa|emea|eu|european union|den europeiska unionen|eu\/eøs|eu\/eea|eea|eøs|nordics|the nordics|norden|nordic countries|scandinavia|skandinavia|skandinavien|worldwide|anywhere|global|americas|north america|latin america|apac|asia|asia[- ]pacific|africa|oceania)$/iu;

/** `applicantLocationRequirements`: where a remote worker must live (a country; a continent or a bloc is no place). */
export function readApplicantCountries(value: unknown, ids: Ids): JobLocation[] {
  const out: JobLocation[] = [];
  for (const raw of asArray(value).slice(0, 20)) {
    const country = name(resolveRef(raw, ids));
    if (country && !AREA.test(country.trim())) out.push({ country });
  }
  return out;
}

function amount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
  const m = typeof value === 'string' ? /(\d[\d\s\u00a0.,’']*?)(?:[.,](\d{1,2}))?\s*(k)?$/i.exec(value.trim()) : null;
  return m ? parseAmount(m[1]!, m[2], m[3]) || undefined : undefined;
}

/** `baseSalary` as a number, a string, a MonetaryAmount or a QuantitativeValue; `salaryCurrency` may stand beside it. */
export function readSalary(value: unknown, topCurrency: unknown, lang?: string): Salary | undefined {
  for (const raw of asArray(value)) {
    const salary: Salary = {};
    const currency = asText(topCurrency);
    if (typeof raw === 'number' || typeof raw === 'string') {
      const plain = typeof raw === 'number' || /^\s*\d[\d\s.,]*$/.test(raw) ? amount(raw) : undefined;
      const parsed = plain !== undefined ? { min: plain, max: plain } : parseSalaryText(String(raw), lang);
      if (!parsed) continue;
      Object.assign(salary, parsed);
    } else if (isNode(raw)) {
      const inner = isNode(raw['value']) ? raw['value'] : raw;
      const single = amount(isNode(raw['value']) ? inner['value'] : raw['value']);
      const min = amount(inner['minValue']) ?? single;
      const max = amount(inner['maxValue']) ?? single;
      if (min === undefined && max === undefined) continue;
      if (min !== undefined) salary.min = min;
      if (max !== undefined) salary.max = max;
      const own = asText(raw['currency']);
      if (own) salary.currency = own.toUpperCase();
      const period = periodFromUnit(inner['unitText'] ?? raw['unitText']);
      if (period) salary.period = period;
    } else {
      continue;
    }
    if (!salary.currency && currency) salary.currency = currency.toUpperCase();
    return salary;
  }
  return undefined;
}

/** The text of one requirement value: a string, or a credential, experience or term object. */
function requirementItems(value: unknown, ids: Ids): SplitList {
  const node = resolveRef(value, ids);
  const text = asText(node);
  if (text) return splitList(text);
  if (!isNode(node)) return { items: [], structured: false };
  const months = Number(asText(node['monthsOfExperience']));
  if (Number.isFinite(months) && months > 0) {
    const years = months % 12 === 0 ? `${months / 12} years` : `${months} months`;
    return { items: [`${years} of experience`], structured: true };
  }
  const about = name(node['about']);
  const category = name(node['credentialCategory']);
  const label = name(node) ?? (category && about ? `${category} in ${about}` : category) ?? name(node['description']);
  return { items: label ? [label] : [], structured: true };
}

/** Several properties that each hold a string, a list, or objects → items; structured unless all were prose. */
export function readItems(node: JsonLdNode, keys: readonly string[], ids: Ids): SplitList {
  const items: string[] = [];
  let structured = false;
  for (const key of keys) {
    const values = asArray(node[key]);
    if (values.length > 1) structured = true;
    for (const value of values.slice(0, 40)) {
      const split = requirementItems(value, ids);
      structured ||= split.structured;
      for (const item of split.items) items.push(item); // (a spread of a huge list would overflow the stack)
    }
  }
  return { items: tidyItems(items), structured };
}
