import type { CapturedPage, Clip, Company } from '../model';
import type { RoundTwoDB } from '../db/schema';
import { addNewClip, refreshAggregates } from '../company/aggregates';
import { carriesManyEmployers } from '../company/boards-seen';
import { guessCompany } from '../company/identity';
import { newsSubject, type NewsParts } from '../company/news-subject';
import { isNewsHost } from '../company/news-sites';
import { isBylineOrCaption } from '../company/news-lines';
import { CHROME } from '../jobad/lists';
import { resolveCompany } from '../company/resolve';
import { peopleFromClips } from '../interview/people-from-clips';
import { analyseCapture, type CaptureAnalysis } from './analyse';
import { clipUrl, countWords } from './clip-url';
import { cleanLine } from './limits';

export interface SavedCapture {
  clip: Clip;
  company: Company;
  /** True when the URL had been clipped before and that clip was updated. */
  updated: boolean;
}

function clipFields(page: CapturedPage, url: string, domain: string, analysis: CaptureAnalysis) {
  const { metadata } = page;
  return {
    ...analysis,
    url,
    pageUrl: page.pageUrl,
    title: cleanLine(metadata.title),
    siteName: metadata.siteName === undefined ? undefined : cleanLine(metadata.siteName),
    domain,
    byline: metadata.byline,
    excerpt: page.excerpt,
    lang: metadata.lang,
    publishedTime: metadata.publishedTime,
    method: page.method,
    wordCount: countWords(page.textContent),
    truncated: page.truncated,
  };
}

/**
 * "– Vi regner med å doble, sier daglig leder i Fjordsund Ferjer.": a Nordic paper opens a quote with a dash, and the
 * capture reads a dash-led paragraph as a list item. A long one that ends a sentence is the article's paragraph.
 */
const isDashQuote = (b: CapturedPage['blocks'][number]): boolean => b.tag === 'li' && /^[–—-]\s/u.test(b.text) && /[.!?»”"]$/u.test(b.text.trim());

/** An article's headline, its page title, its standfirst and its opening paragraphs, in the order a subject is looked for. */
function newsParts(page: CapturedPage): NewsParts {
  // The standfirst is the lead already; the byline and a photo's caption are no text of the article.
  // A cookie notice over the article is no part of it either, nor the reader's excerpt when it is that notice.
  const lead = page.metadata.description?.trim();
  const paragraphs = page.blocks.filter((b) => (b.tag === 'p' || isDashQuote(b)) && b.text.length >= 60 && b.text.trim() !== lead && !isBylineOrCaption(b.text) && !CHROME.test(b.text)).map((b) => b.text);
  const excerpt = page.excerpt && !CHROME.test(page.excerpt) ? page.excerpt : undefined;
  const opening = paragraphs.slice(0, 2).join(' ');
  // "Et heisfirma på Heimdal …" as the lead, "Jobben går til Aunvik Heis" two paragraphs on: when the opening only
  // describes the firm, the next paragraphs name it (read only when nothing before names a researched firm).
  const further = paragraphs.slice(2, 4).join(' ');
  return [
    ['headline', page.lines?.h1],
    ['headline', page.metadata.title],
    // The <title> a site writes for search and sharing often names the firm the headline only describes.
    ['headline', page.lines?.title],
    ['lead', page.metadata.description],
    ['lead', excerpt],
    ['text', opening],
    ['text', further],
  ];
}

/** A job ad's title and employer are one line of sensible length, whatever the page's data said. */
function withCleanNames(analysis: CaptureAnalysis): CaptureAnalysis {
  const { jobAd } = analysis;
  if (!jobAd) return analysis;
  const organization = jobAd.hiringOrganization;
  const cleaned = { ...jobAd, title: cleanLine(jobAd.title) };
  if (organization?.name !== undefined) cleaned.hiringOrganization = { ...organization, name: cleanLine(organization.name) };
  return { ...analysis, jobAd: cleaned };
}

/**
 * Stores a captured page in one transaction. The same canonical URL updates its
 * clip in place: its id, company and the user's own words are kept.
 */
export async function saveCapture(db: RoundTwoDB, page: CapturedPage, now = Date.now()): Promise<SavedCapture> {
  const url = clipUrl(page.metadata.canonicalUrl);
  const fresh = withCleanNames(analyseCapture(page, url, now));
  return db.transaction('rw', [db.companies, db.clips, db.clipContents, db.companyEvidence], async () => {
    const existing = await db.clips.where('url').equals(url).first();
    // An ad that has expired since it was clipped no longer reads as one: keep what it said.
    const analysis = !fresh.jobAd && existing?.jobAd ? { ...fresh, kind: existing.kind, jobAd: existing.jobAd } : fresh;
    const guessed = guessCompany(url, page.metadata, page.jsonLd, analysis.jobAd, page.lines);
    const guess = { ...guessed, name: cleanLine(guessed.name) };
    // A site whose ads name different employers is a board, known or not.
    if (analysis.jobAd && guess.domainIdentifies && (await carriesManyEmployers(db, guess.domain, analysis.jobAd.hiringOrganization?.name))) guess.domainIdentifies = false;
    const news = !existing && (analysis.kind === 'news' || isNewsHost(new URL(url).hostname)) ? await newsSubject(db, guess.domain, newsParts(page), page.blocks.map((b) => b.text).join('\n'), page.metadata.siteName) : undefined;
    const company =
      (existing && (await db.companies.get(existing.companyId))) ?? news?.company ?? (await resolveCompany(db, guess, now));
    const filedBecause = existing ? existing.filedBecause : news?.filedBecause;
    const id = existing?.id ?? crypto.randomUUID();
    const clip: Clip = {
      ...clipFields(page, url, guess.domain, analysis),
      ...(filedBecause ? { filedBecause } : {}),
      id,
      // The people the page names, read now so that the company's list of them never reads the pages again.
      people: peopleFromClips([{ clipId: id, ...(analysis.jobAd ? { jobAd: analysis.jobAd } : {}), jsonLd: page.jsonLd, blocks: page.blocks }]),
      companyId: company.id,
      userNote: existing?.userNote,
      jobAdCorrections: existing?.jobAdCorrections,
      clippedAt: existing?.clippedAt ?? now,
      updatedAt: now,
    };
    await db.clips.put(clip);
    await db.clipContents.put({ id: clip.id, contentHtml: page.contentHtml, textContent: page.textContent, blocks: page.blocks, jsonLd: page.jsonLd });
    // A new clip joins the company's aggregates as they are; a re-clip recomputes them.
    await (existing ? refreshAggregates(db, [company.id]) : addNewClip(db, clip));
    if (existing || news) await db.companies.update(company.id, { updatedAt: now });
    return { clip, company: { ...company, updatedAt: now }, updated: existing !== undefined };
  });
}
