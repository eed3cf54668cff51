/**
 * What a page's text is made of, as the content script reads it. Kept apart from `model.ts` so that the
 * job-ad types and the model can both use it without importing each other.
 */

/** One block of readable text with the heading it stands under. */
export interface TextBlock {
  /** The nearest heading above this block in the readable content, if any. */
  heading?: string;
  /** `p`, `li`, `blockquote`, `td`… or `h1`–`h6` for a heading itself. */
  tag: string;
  text: string;
}

/** Short lines the readable text leaves out, for who the page is about and an ad's facts. */
export interface PageLines {
  /** Short visible lines around the main heading, in page order (an ad's employer, place, terms line), tagged as their element. */
  header: TextBlock[];
  /** The footer's lines: the legal name ("X AS · Org.nr …", "© 2026 X AB"), the address. */
  footer: string[];
  /** Alt texts of the page's logos, "logo" words removed. */
  logos: string[];
  /** The alt text of a logo standing next to the main heading (on a board, the employer's). */
  titleLogo?: string;
  /** The main heading. */
  h1?: string;
  /**
   * Lines outside the footer that carry an organisation number, anywhere on the page: an ad's closing registry
   * line under its text ("Tverrå Bygg AS · Org.nr. 998 217 560 · Lagerveien 41, 4033 Stavanger"), a firm card.
   */
  registered?: string[];
  /**
   * Sentences outside the article that open with a firm's legal name and say what it is: a board's company card beside
   * the ad ("Indus Crescent Textile Mills (Private) Limited is a vertically integrated home textile exporter …").
   */
  described?: string[];
  /** A link anywhere on the page asks employers for their ads ("Employers: post a job", "Legg ut stilling"): the site is a board. */
  asksForAds?: true;
  /**
   * The page's own title as the tab shows it (og:title or `<title>`), before Readability shortens
   * it: "Title - Employer AB" keeps the employer that the shortened one drops.
   */
  title?: string;
}

/** One parsed JSON-LD object (blocks, arrays and `@graph` are flattened). */
export type JsonLdNode = Record<string, unknown>;
