import { extractJobAd, type JobAd } from '../../../core/jobad';
import { pageInput } from './page-input';

/** Pages for the employer tests: an ad read as the content script reads a tab. */
export const ad = (html: string, url: string): JobAd | null => extractJobAd(pageInput(html, url).input);

/** The sections every test ad carries, so that it reads as an ad in its language. */
export const SECTIONS = {
  nb: '<h2>Arbeidsoppgaver</h2><ul><li>Planlegge arbeidet</li></ul><h2>Kvalifikasjoner</h2><ul><li>Fagbrev</li></ul><p>Søk på stillingen innen 10. januar 2027.</p>',
  sv: '<h2>Arbetsuppgifter</h2><ul><li>Planera arbetet</li></ul><h2>Kvalifikationer</h2><ul><li>Yrkesbevis</li></ul><p>Ansök senast 10 januari 2027.</p>',
  en: '<h2>What you will do</h2><ul><li>Plan the work</li></ul><h2>What we need</h2><ul><li>A relevant qualification</li></ul><p>Apply now. Closing date: 10 January 2027.</p>',
};
export type Lang = keyof typeof SECTIONS;

/** A board nobody listed. */
export const BOARD = 'https://www.regional-jobs.example/job/7741';

/** A JobPosting in JSON-LD, posted on 20 November 2026, with the fields a test gives. */
export const ld = (fields: Record<string, unknown>): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', datePosted: '2026-11-20', ...fields })}</script>`;

/** An ad in its language: the page's title and head, the body's lines, the sections every test ad carries, then more. */
export const page = (lang: Lang, p: { title: string; head?: string; body?: string; after?: string }): string =>
  `<html lang="${lang}"><head><title>${p.title}</title>${p.head ?? ''}</head><body><main>${p.body ?? ''}${SECTIONS[lang]}${p.after ?? ''}</main></body></html>`;
