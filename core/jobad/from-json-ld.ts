import type { JsonLdNode } from '../model';
import { toIsoDate } from './dates';
import { normalizeEmploymentTypes } from './employment';
import { blocksToText, inlineText, richTextToBlocks } from './html';
import { readApplicantCountries, readItems, readLocations, readOrganization, readSalary } from './ld-fields';
import { isNiceItem } from './lists';
import { readSections } from './sections';
import type { JobAdDraft, JobAdField, JobAdInput, JobAdSource, SourceDraft } from './types';
import { allNodes, asArray, asText, hasType, indexById } from './values';

const MAX_DESCRIPTION = 30_000;
const EXPERIENCE_SUMMARY = /^\d+ (?:years|months) of experience$/;
const REQUIREMENT_KEYS = ['qualifications', 'experienceRequirements', 'educationRequirements', 'skills', 'physicalRequirement', 'sensoryRequirement'];
const COMPLETENESS_KEYS = ['title', 'hiringOrganization', 'jobLocation', 'description', 'datePosted', 'validThrough', 'baseSalary', 'employmentType'];

function withoutHash(url: string): string {
  return url.replace(/#.*$/, '').replace(/\/+$/, '');
}

/** The posting this page is about: the one whose `url` is the page, else the most complete, else the first. */
export function pickJobPosting(postings: readonly JsonLdNode[], pageUrl: string): JsonLdNode | undefined {
  let best: { node: JsonLdNode; score: number } | undefined;
  for (const node of postings) {
    const url = asText(node['url']);
    const isThisPage = url !== undefined && pageUrl !== '' && withoutHash(url) === withoutHash(pageUrl);
    const score = COMPLETENESS_KEYS.filter((k) => node[k] !== undefined && node[k] !== null && node[k] !== '').length + (isThisPage ? 100 : 0);
    if (!best || score > best.score) best = { node, score };
  }
  return best?.node;
}

/**
 * Everything a schema.org JobPosting says, from JSON-LD or converted
 * microdata (the same shapes). Undefined when there is no JobPosting.
 */
export function fromSchemaOrg(nodes: readonly JsonLdNode[], source: JobAdSource, input: JobAdInput): SourceDraft | undefined {
  const all = allNodes(nodes);
  const posting = pickJobPosting(all.filter((n) => hasType(n, 'JobPosting')), input.url);
  if (!posting) return undefined;
  const ids = indexById(all);
  const fields: JobAdDraft = {};
  const weak = new Set<JobAdField>();

  const title = asText(posting['title']) ?? asText(posting['name']);
  if (title) fields.title = inlineText(title);
  const org = readOrganization(posting['hiringOrganization'], ids, input.url);
  if (org) fields.hiringOrganization = org;

  const places = readLocations(posting['jobLocation'], ids);
  const telecommute = asArray(posting['jobLocationType']).some((t) => /telecommute/i.test(asText(t) ?? ''));
  const applicantCountries = readApplicantCountries(posting['applicantLocationRequirements'], ids);
  // TELECOMMUTE with an office as well is how Google asks hybrid jobs to be marked up.
  if (telecommute) fields.remote = places.length > 0 ? 'hybrid' : 'remote';
  else if (applicantCountries.length > 0 && places.length === 0) fields.remote = 'remote';
  const locations = places.length > 0 ? places : applicantCountries;
  if (locations.length > 0) fields.locations = locations;

  const types = normalizeEmploymentTypes(asArray(posting['employmentType']).map((t) => asText(t) ?? ''));
  if (types.length > 0) fields.employmentType = types;
  const posted = toIsoDate(asText(posting['datePosted']));
  if (posted) fields.datePosted = posted;
  const through = toIsoDate(asText(posting['validThrough']));
  if (through) fields.validThrough = through;
  const salary = readSalary(posting['baseSalary'], posting['salaryCurrency'], input.lang) ?? readSalary(posting['estimatedSalary'], posting['salaryCurrency'], input.lang);
  if (salary) fields.salary = salary;

  const descriptionText = asText(posting['description']);
  const descriptionBlocks = descriptionText ? richTextToBlocks(descriptionText) : [];
  const description = blocksToText(descriptionBlocks).slice(0, MAX_DESCRIPTION);
  if (description) fields.description = description;

  // Explicit properties first; the description's own sections when those are missing or mere prose.
  const sections = readSections(descriptionBlocks);
  const required = readItems(posting, REQUIREMENT_KEYS, ids);
  const fromSections = sections.must.length + sections.nice.length > 0;
  if (required.items.length > 0 && (required.structured || !fromSections)) {
    fields.requirements = { must: required.items.filter((i) => !isNiceItem(i)), nice: required.items.filter(isNiceItem) };
    // "3 years of experience" read from an experience object says less than the page's own list.
    if (!required.structured || required.items.every((i) => EXPERIENCE_SUMMARY.test(i))) weak.add('requirements');
  } else if (fromSections) {
    fields.requirements = { must: sections.must, nice: sections.nice };
  }
  const tasks = readItems(posting, ['responsibilities'], ids);
  if (tasks.items.length > 0 && (tasks.structured || sections.responsibilities.length === 0)) {
    fields.responsibilities = tasks.items;
    if (!tasks.structured) weak.add('responsibilities');
  } else if (sections.responsibilities.length > 0) {
    fields.responsibilities = sections.responsibilities;
  }
  return { source, fields, weak };
}
