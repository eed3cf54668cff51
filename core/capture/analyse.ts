import { jobAdEvidence, lenderShown, scoreBlocks, withoutListedItems, type EvidenceHit } from '../evidence';
import { extractJobAd } from '../jobad';
import { readOn as readDay } from '../jobad/page-date';
import type { CapturedPage, ClipKind, JobAd } from '../model';
import { PROMPTS } from '../prompts';
import { looksLikeNews, withoutPaperBoxes } from './news-page';

export interface CaptureAnalysis {
  kind: ClipKind;
  jobAd?: JobAd;
  evidence: EvidenceHit[];
}

/**
 * What a captured page means for the interview: is it a job ad (and what does it
 * say), news, or the company's own page; and which of its sentences may answer
 * which prompt. Runs once, when the clip is stored.
 */
export function analyseCapture(page: CapturedPage, url: string, readAt?: number): CaptureAnalysis {
  const jobAd = readJobAd(page, url, readAt);
  const kind: ClipKind = jobAd ? 'job-ad' : looksLikeNews(page) ? 'news' : 'company';
  const evidence = clipEvidence(page.blocks, page.metadata.lang, kind, jobAd);
  return jobAd ? { kind, jobAd, evidence } : { kind, evidence };
}

/** The job ad a captured page holds, read as `analyseCapture` reads it (without scoring its sentences), or undefined. */
export function readJobAd(page: CapturedPage, url: string, readAt?: number): JobAd | undefined {
  const { metadata } = page;
  // The day the page was read: its capture's own time, else when it is analysed (an older capture).
  const readOn = readDay(page.capturedAt ?? readAt);
  return (
    extractJobAd({
      url,
      jsonLd: page.jsonLd,
      microdata: page.microdata,
      blocks: page.blocks,
      facts: page.factBlocks,
      textContent: page.textContent,
      lang: metadata.lang,
      // The tab's own title: Readability's shorter one drops the employer ("Title - Employer AB").
      title: page.lines?.title ?? metadata.title,
      siteName: metadata.siteName,
      ...(metadata.publishedTime ? { published: metadata.publishedTime } : {}),
      ...(readOn ? { readOn } : {}),
      ...(page.lines ? { lines: page.lines } : {}),
    }) ?? undefined
  );
}

/**
 * The evidence stored with a clip: its sentences scored for the prompts that read its kind of
 * page, and for a job ad the ad's own lists (requirements, responsibilities) as the prompts'
 * `jobAdFields` say. What the board ranks (with `topEvidence`) is exactly this.
 */
export function clipEvidence(blocks: CapturedPage['blocks'], lang: string | undefined, kind: ClipKind, jobAd?: JobAd): EvidenceHit[] {
  let evidence: EvidenceHit[];
  try {
    evidence = scoreBlocks(kind === 'news' ? withoutPaperBoxes(blocks) : blocks, lang, PROMPTS, { clipKind: kind });
  } catch (error) {
    // A fault in the scoring costs the clip its evidence, never the clip: the page is still stored.
    console.error('Round Two could not score the page for the prompts:', error);
    evidence = [];
  }
  // An ad's listed items are its fields' evidence; a page of another kind keeps every sentence it scored.
  if (jobAd) evidence = [...(kind === 'job-ad' ? withoutListedItems(evidence, jobAd) : evidence), ...jobAdEvidence(jobAd, lang)];
  return lenderShown(evidence, PROMPTS, kind);
}
