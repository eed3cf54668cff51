import { tidyTitle } from './title-tidy';

/** The words of a title, folded: "Wind Turbine Service Technician" → wind, turbine, service, technician. */
function words(title: string): Set<string> {
  return new Set(
    title
      .toLocaleLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 2),
  );
}

/**
 * The title the page's own heading shows, where the structured data names the job with none of its words:
 * a board that keeps the Danish "Servicetekniker til vindmøller" in its JSON-LD above the English heading
 * "Wind Turbine Service Technician", or an ATS's internal name for a post the heading calls otherwise. The
 * heading is what the reader sees and answers to. Titles that share a word ("Resepsjonist" and
 * "Resepsjonist – vintersesong") are one title told at two lengths, and the structured one stands.
 */
export function headingOverStructured(structured: string, heading: string | undefined, h1s: readonly string[]): string | undefined {
  if (!heading || !h1s.includes(heading)) return undefined;
  const shown = tidyTitle(heading);
  const given = words(tidyTitle(structured));
  const seen = words(shown);
  if (given.size === 0 || seen.size === 0) return undefined;
  return [...seen].some((w) => given.has(w)) ? undefined : shown;
}
