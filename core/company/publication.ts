import { normalizeCompanyName } from './names';

/**
 * A paper's imprint line: "Civilekonomen ges ut av Akavia", "Farmasiliv utgis av Norges Farmaceutiske Forening",
 * "The Harbour Ledger is published by Wyvern Media Ltd". The title it names is a publication, so a site whose footer
 * writes it is a paper (or a magazine's job pages), never the employer of the ads it carries; and the firm after "by"
 * publishes that title.
 */
/** The words of an imprint line, the newsroom's mark in a paper's footer too. */
export const IMPRINT_WORDS = String.raw`(?:ges ut av|utges av|utgis av|gis ut av|(?:er |blir )?utgitt av|(?:is |are )?published by)`;
const IMPRINT = new RegExp(String.raw`^(?:(\p{Lu}[\p{L}\d&'’. -]{1,60}?)\s+)?${IMPRINT_WORDS}\s+(\p{Lu}[^.;|·•]{1,80}?)\s*\.?$`, 'u');

export interface Imprint {
  /** The publication's title, where the line names it. */
  title?: string;
  /** Who publishes it. */
  publisher: string;
}

/** The title and publisher an imprint line names. */
export function imprintLine(text: string): Imprint | undefined {
  const m = IMPRINT.exec(text.trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const title = m[1]?.replace(/^(?:The|Tidningen|Tidskriften|Magasinet|Avisa|Avisen)\s+(?=\p{Lu})/u, '');
  return title ? { title, publisher: m[2]!.trim() } : { publisher: m[2]!.trim() };
}

/** The publications a site's footer says it is ("Journalisten ges ut av …"), as company-name keys. */
export function publicationTitles(footer: readonly string[] | undefined): Set<string> {
  const titles = (footer ?? []).map((line) => imprintLine(line)?.title).filter((t): t is string => t !== undefined);
  return new Set(titles.map((t) => normalizeCompanyName(t)).filter(Boolean));
}
