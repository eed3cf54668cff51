import type { CapturedPage } from '../model';

/**
 * Whether a page is a news article. Sites say so in their data (Open Graph `article`, a
 * schema.org article type); many local papers and trade sites say nothing, but their pages still
 * carry what only news carries: a dated byline ("Publisert 26.11.2026", "Publicerad 3 dec",
 * "Published 2 December 2026") or a footer naming the responsible editor.
 */

const NEWS_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|PressRelease)$/;

const DATE = String.raw`(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? \p{L}{3,}|\p{L}{3,} \d{1,2},? \d{4})`;
/**
 * A byline's date: the label, then a date within a few words. Only "published": any page may say
 * when it was last updated ("Sist oppdatert 12.03.2025" on a municipality's own pages).
 */
const DATED_BYLINE = new RegExp(String.raw`(?<!\p{L})(?:publisert|publicerad|publicerat|published)(?!\p{L})[^.!?]{0,20}?${DATE}`, 'iu');
/** Who answers for a paper's content: Norwegian "ansvarlig redaktør", Swedish "ansvarig utgivare". */
const EDITOR = /(?<!\p{L})(?:ansvarlig redaktør|redaktørplakaten|ansvarig utgivare|chefredaktör|editor-in-chief|managing editor)(?!\p{L})/iu;

const BYLINE_MAX = 160;

export function looksLikeNews(page: CapturedPage): boolean {
  if (page.metadata.ogType === 'article') return true;
  const typed = page.jsonLd.some((node) => {
    const type = node['@type'];
    return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && NEWS_TYPES.test(t));
  });
  if (typed) return true;
  const byline = page.blocks.slice(0, 40).some((b) => b.text.length <= BYLINE_MAX && DATED_BYLINE.test(b.text));
  return byline || (page.lines?.footer ?? []).some((line) => EDITOR.test(line));
}
