import type { CapturedPage } from '../model';
import { IMPRINT_WORDS } from '../company/publication';

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

/** A day's name before a byline's date: "Friday 4 December 2026", "fredag 4. desember 2026", "fredag 4 december 2026". */
const WEEKDAY = String.raw`(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|[Mm]andag|[Tt]irsdag|[Oo]nsdag|[Tt]orsdag|[Ff]redag|[Ll]ørdag|[Ss]øndag|[Mm]åndag|[Tt]isdag|[Ll]ördag|[Ss]öndag),?\s+`;

/**
 * A person's name, then a date with its year: "Erik Lundh · 29 november 2026", "By Jane Rowe | 2 December 2026", "Av Kari
 * Nes, 3. des. 2026", "Kefilwe Mosweu, Friday 4 December 2026".
 */
const REPORTER_BYLINE = new RegExp(
  String.raw`^(?:(?:[Aa]v|[Bb]y|[Aa]f|[Tt]ext|[Tt]ekst):?\s+)?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}\s*[·|,–—-]\s*(?:${WEEKDAY})?(?:\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\s+\d{1,2},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})(?:\s*[·|,]?\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2})?$`,
  'u',
);

export function looksLikeNews(page: CapturedPage): boolean {
  if (page.metadata.ogType === 'article') return true;
  const typed = page.jsonLd.some((node) => {
    const type = node['@type'];
    return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && NEWS_TYPES.test(t));
  });
  if (typed) return true;
  const byline = page.blocks.slice(0, 40).some((b) => b.text.length <= BYLINE_MAX && DATED_BYLINE.test(b.text));
  if (byline || (page.lines?.footer ?? []).some((line) => EDITOR.test(line))) return true;
  // "Erik Lundh · 29 november 2026" over the text: a reporter's byline, at any address, with a newsroom's marks.
  const reporter = page.blocks.slice(0, 40).some((b) => b.text.length <= BYLINE_MAX && REPORTER_BYLINE.test(b.text.trim()));
  return (inNewsSection(page.metadata.canonicalUrl || page.pageUrl) || reporter) && carriesNewsroomMarks(page);
}

/** A paper's sections and dated paths: "/nyheter/…", "/news/…", "/naringsliv/…", "/kultur/…", "/2026/11/…". */
const NEWS_SECTION = /^\/(?:[\w-]+\/)?(?:news|nyheter|nyhet|nyheder|uutiset|lokalt|lokal|lokalnytt|local|naringsliv|næringsliv|naeringsliv|naering|næring|business|ekonomi|okonomi|økonomi|economy|artikkel|artikel|article|politikk|politik|kultur|culture|sport|\d{4}\/\d{1,2})\//iu;
/** "…/orkestern-tar-bussen-1.88412": the article number a Nordic paper's publishing system ends each article's address with. */
const ARTICLE_NUMBER = /-1\.\d{4,}$/u;
/** Reported speech: "säger vd Camilla Höglund", "sier hun", "said the chief executive". */
const REPORTED_SPEECH = /(?<!\p{L})(?:säger|sa|sade|sier|sa hun|sa han|says|said|told)(?!\p{L})/iu;
/** The boxes a paper puts beside an article. */
const PAPER_BOX = /^(?:most read|mest lest|mest läst|mest lesne|les også|läs också|read more|related stories|more from|siste nytt|senaste nytt|latest news)$/iu;
/**
 * v53: "Read more" over "Cotton gin expansion approved at Wee Waa": the other articles a paper's box lists, up to the next
 * heading, are their own stories' headlines, never this page's sentences.
 */
export function withoutPaperBoxes<B extends { tag: string; text: string }>(blocks: readonly B[]): B[] {
  let inBox = false;
  return blocks.filter((b) => {
    if (/^h[1-6]$/u.test(b.tag)) inBox = PAPER_BOX.test(b.text.trim());
    return !inBox;
  });
}

/** A paper's publisher in its footer: "Kvarken Media Ab", "Eastern Counties Press Ltd", "is published by Wyvern Media Ltd". */
const PUBLISHER = new RegExp(
  String.raw`(?:[Mm]edia|[Mm]edier|[Mm]ediehus|[Pp]ress|[Tt]idning|[Tt]idningar|[Aa]vis|[Aa]viser|[Ff]örlag|[Ff]orlag|[Pp]ublishing|[Pp]ublications)\s+(?:AS|AB|Ab|Ltd|Limited|Oy|ApS|A\/S)(?!\p{L})|${IMPRINT_WORDS}\s`,
  'u',
);

function inNewsSection(url: string): boolean {
  try {
    const { pathname } = new URL(url);
    return NEWS_SECTION.test(pathname) || ARTICLE_NUMBER.test(pathname.replace(/\/$/, ''));
  } catch {
    return false;
  }
}

/**
 * A local paper or trade site that says nothing in its data, at an address in a news section: the article
 * quotes someone, or the page has a paper's box beside it ("Mest läst") or a publisher in its footer.
 */
function carriesNewsroomMarks(page: CapturedPage): boolean {
  const blocks = [...page.blocks, ...page.factBlocks];
  if (blocks.some((b) => PAPER_BOX.test(b.text.trim()))) return true;
  if ((page.lines?.footer ?? []).some((line) => PUBLISHER.test(line))) return true;
  // "– Vi har fått fler lastbilar, säger vd …": a quote opened by a dash may be read as a list item.
  return page.blocks.filter((b) => b.tag === 'p' || b.tag === 'li').slice(0, 12).some((b) => /[.!?]/.test(b.text) && REPORTED_SPEECH.test(b.text));
}
