import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import type { RoundTwoDB } from '../../../core/db/schema';

/** News tests: a company researched from its ad (as the identity eval researches it), then an article clipped. */

/** A page read as the content script reads a tab. */
export const page = (html: string, url: string) => capturePage(new DOMParser().parseFromString(html, 'text/html'), url);

/** A company researched from its ad on a board: the ad's legal name in its JSON-LD, no page of its own. */
export function researchAd(db: RoundTwoDB, name: string, lang: string, at: number) {
  const ld = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Coordinator', datePosted: '2026-11-20', hiringOrganization: { '@type': 'Organization', name } };
  const html = `<html lang="${lang}"><head><title>Coordinator | Jobs</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main><h1>Coordinator</h1>
    <h2>Duties</h2><ul><li>Plan the work</li></ul><h2>Requirements</h2><ul><li>A degree</li></ul><p>Apply by 15 January 2027.</p></main></body></html>`;
  return saveCapture(db, page(html, `https://www.jobs.example/job/${at}`), at);
}

/** A paper's article (Open Graph `article`): its headline, its paragraphs, a publisher in the footer. */
export const article = (lang: string, headline: string, paragraphs: readonly string[], publisher = 'Island Media Ltd') =>
  `<html lang="${lang}"><head><title>${headline}</title><meta property="og:type" content="article"></head><body><main><article><h1>${headline}</h1>` +
  `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main><footer><p>© 2026 ${publisher}</p></footer></body></html>`;
