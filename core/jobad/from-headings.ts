import { isOtherAdsHeading } from './headings';
import { namedDates, writesMonthFirst } from './dates';
import { findDeadline, findPostedDate } from './deadline';
import { extendedDeadline } from './extended-deadline';
import { blocksToText } from './html';
import { CHROME } from './lists';
import {
  asksToApply,
  employmentFacts,
  hasEmploymentFacts,
  locationFacts,
  remoteFact,
  salaryFact,
  titleFact,
} from './page-facts';
import { companyFact } from './employer-fact';
import { pageDate } from './page-date';
import { readSections } from './sections';
import type { TextBlock } from '../model';
import type { JobAdDraft, JobAdField, JobAdInput, SourceDraft } from './types';

const MAX_DESCRIPTION = 30_000;

/** What makes a page without structured data look like a job ad. */
export interface AdEvidence {
  responsibilities: boolean;
  requirements: boolean;
  deadlineLabel: boolean;
  applyText: boolean;
  employmentFacts: boolean;
}

/**
 * Enough heading evidence for an ad: a tasks or requirements section, and
 * something only ads have beside it (a deadline, an apply button, an
 * employment type, or both kinds of section).
 */
export function looksLikeJobAd(e: AdEvidence): boolean {
  const sections = e.responsibilities || e.requirements;
  return sections && (e.deadlineLabel || e.applyText || e.employmentFacts || (e.responsibilities && e.requirements));
}

/** Everything read from the page's own text: headings, fact boxes, labels. */
/** The page's blocks, then its fact boxes and the short lines beside the heading that no semantic element holds. */
function withFacts(input: JobAdInput): TextBlock[] {
  const seen = new Set(input.blocks.map((b) => b.text));
  // A fact row's value stays with its label even when the page said it before ("Arbetsgivare" over "Vallgrund Marin Ab").
  const more = [...(input.facts ?? []), ...(input.lines?.header ?? [])].filter(
    (b, i, all) => (!seen.has(b.text) || (isValueCell(b) && isLabelCell(all[i - 1]) && seen.has(all[i - 1]!.text))) && seen.add(b.text),
  );
  // "Lignende stillinger", "Similar jobs": the list of other ads under it (their places and deadlines) is not this ad's
  // facts; a fact box further down the page keeps that heading above it in the page's order, and is read.
  return [...input.blocks, ...more].filter((b) => !(b.tag === 'li' && b.heading && isOtherAdsHeading(b.heading)));
}


const isLabelCell = (b: TextBlock | undefined): boolean => b?.tag === 'dt' || b?.tag === 'th';
const isValueCell = (b: TextBlock): boolean => b.tag === 'dd' || b.tag === 'td';

const hasSections = (s: ReturnType<typeof readSections>): boolean => s.must.length + s.nice.length + s.responsibilities.length > 0;

export function fromHeadings(input: JobAdInput, reference?: string): { draft: SourceDraft; evidence: AdEvidence } {
  const { blocks } = input;
  const facts = withFacts(input);
  const fields: JobAdDraft = {};
  // The readable text's sections; where it lost an ad's lists (plain div layouts), the page's fact
  // blocks, then the lines beside the heading, still hold them. Appended facts never extend a section.
  const candidates = [() => readSections(blocks), () => readSections(input.facts ?? []), () => readSections(input.lines?.header ?? [])];
  let sections = candidates[0]!();
  for (const next of candidates.slice(1)) if (!hasSections(sections)) sections = next();
  // v62: the duties in the readable text and the requirements only in the fact blocks (a reader's view that kept one card of
  // the ad and dropped "Your profile"): the fact blocks' requirements join the text's duties.
  if (sections.must.length + sections.nice.length === 0 && sections.responsibilities.length > 0 && input.facts?.length) {
    const fromFacts = readSections(input.facts);
    if (fromFacts.must.length > 0) sections = { ...sections, must: fromFacts.must, nice: fromFacts.nice };
  }
  if (sections.must.length + sections.nice.length > 0) fields.requirements = { must: sections.must, nice: sections.nice };
  if (sections.responsibilities.length > 0) fields.responsibilities = sections.responsibilities;

  const title = titleFact(facts, input);
  if (title) fields.title = title;
  const company = companyFact(facts, input);
  if (company) fields.hiringOrganization = company;
  const { locations, labelled } = locationFacts(facts, input);
  if (locations.length > 0) fields.locations = locations;
  const remote = remoteFact(facts);
  if (remote) fields.remote = remote;
  const types = employmentFacts(facts, input);
  if (types.length > 0) fields.employmentType = types;
  const posted = findPostedDate(facts);
  if (posted) fields.datePosted = posted;
  // "senast fredag den 15 januari": the year that puts it next after the page's own date.
  const own = pageDate(facts, input, reference, posted);
  // v56: "Job Order Closes: 01/10/2027" where the text says "through January 10, 2027": the page writes its month first.
  const asRead = findDeadline(facts, own, writesMonthFirst(input.lang));
  const named = asRead.date && /\d\/\d/.test(input.textContent) ? namedDates(input.textContent) : undefined;
  const swapped = named && !named.has(asRead.date!) ? findDeadline(facts, own, !writesMonthFirst(input.lang)) : undefined;
  const deadline = swapped?.date && swapped.date !== asRead.date && named!.has(swapped.date) ? swapped : asRead;
  // "Vi har förlängt ansökningstiden till …": the extended deadline beats the first one, wherever that stands.
  const extended = extendedDeadline(facts, own);
  if (extended ?? deadline.date) fields.validThrough = extended ?? deadline.date;
  const salary = salaryFact(facts, input.lang);
  if (salary) fields.salary = salary;

  // The ad starts under its title; what stands above it is navigation.
  const h1 = blocks.findIndex((b) => b.tag === 'h1');
  const content = (h1 >= 0 ? blocks.slice(h1 + 1) : blocks).filter((b) => !CHROME.test(b.text));
  const body = blocksToText(content) || input.textContent.replace(/[ \t]+/g, ' ').trim();
  if (body) fields.description = body.slice(0, MAX_DESCRIPTION);

  const evidence: AdEvidence = {
    responsibilities: sections.responsibilities.length > 0,
    requirements: sections.must.length + sections.nice.length > 0,
    deadlineLabel: deadline.labelled,
    applyText: asksToApply(facts, input.textContent),
    employmentFacts: hasEmploymentFacts(facts),
  };
  const shown = new Set<JobAdField>(labelled ? ['locations'] : []);
  return { draft: { source: 'heuristic', fields, weak: new Set(), shown }, evidence };
}
