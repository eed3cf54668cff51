import { imprintLine } from '../company/publication';
import { isOrganisationName } from '../company/org-names';
import type { TextBlock } from '../model';

/**
 * "Reporter till Jämtlandsposten" over "Jämtlandsposten ges ut av Storsjö Tidnings AB": the ad's own imprint line (not
 * the site's footer) for the paper its heading or opening names; the firm that publishes it hires.
 */
export function publisherOfNamedPaper(blocks: readonly TextBlock[], footer: readonly string[] | undefined, heading: string | undefined): { name: string; paper: string } | undefined {
  const own = new Set(footer ?? []);
  const h1 = blocks.findIndex((b) => b.tag === 'h1');
  const opening = [heading ?? '', ...blocks.slice(h1 + 1, h1 + 4).map((b) => b.text)].join('\n');
  for (const block of blocks) {
    if (own.has(block.text) || block.text.length > 160) continue;
    const imprint = imprintLine(block.text);
    if (imprint?.title && isOrganisationName(imprint.publisher) && opening.includes(imprint.title)) return { name: imprint.publisher, paper: imprint.title };
  }
  return undefined;
}
