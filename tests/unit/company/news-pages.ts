import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import type { RoundTwoDB } from '../../../core/db/schema';

/** Pages for the news-filing tests: a researched company's own page, and an article on a paper's site. */
export const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export const article = (lang: string, headline: string, paragraphs: readonly string[]): string =>
  `<html lang="${lang}"><head><title>${headline}</title><meta property="og:type" content="article"></head><body><main><article><h1>${headline}</h1>` +
  `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;

/** Saves the company's own "Om oss" page, its name in the copyright line: the user researches it. */
export const research = (db: RoundTwoDB, name: string, domain: string, at: number) =>
  saveCapture(db, capturePage(doc(`<html><head><title>Om oss</title></head><body><main><h1>Om oss</h1><p>Vi finns här.</p></main><footer><p>© 2026 ${name}</p></footer></body></html>`), `https://www.${domain}/om-oss`), at);
