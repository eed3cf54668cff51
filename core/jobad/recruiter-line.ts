import { organisationIn } from '../company/org-names';
import type { TextBlock } from '../model';

/**
 * A recruitment firm's ad for a client it does not name: "Vår kund, ett växande handelsföretag i Uppsala, söker …
 * Rekryteringen sköts av Lindqvist Ekonomirekrytering." With no client to name, the firm that runs the recruitment is
 * who the applicant deals with, and the employer the ad states.
 */

/** "Rekryteringen sköts av", "Rekrutteringen gjennomføres av", "This recruitment is handled by". */
const HANDLED_BY =
  /(?<!\p{L})(?:rekryteringen|rekryteringsprocessen|rekrutteringen|rekrutteringsprosessen|(?:this|the) recruitment(?: process)?)\s+(?:sköts|genomförs|hanteras|leds|görs|gjennomføres|håndteres|ledes|administreres|utføres|is (?:being )?(?:handled|managed|run|conducted|led))\s+(?:av|by)\s+/iu;
/** The client described, not named: "Vår kund, ett …", "Our client, a …", "Vår oppdragsgiver er et …", "Our client is a …". */
const CLIENT_DESCRIBED = /(?<!\p{L})(?:vår|our) (?:kund|kunde|client|oppdragsgiver|uppdragsgivare)(?:,|\s+(?:är|er|is))\s+(?:ett|en|et|ei|a|an)\s/iu;
/** The firm's name as the sentence writes it: a run of capitalised words ("Lindqvist Ekonomirekrytering", "Hale & Rowe Search"). */
const NAME_RUN = /^\p{Lu}[\p{L}\d'’-]*(?:\s(?:&\s|og\s|och\s|and\s)?\p{Lu}[\p{L}\d'’-]*){0,4}/u;

export function recruiterForUnnamedClient(blocks: readonly TextBlock[]): string | undefined {
  const opening = blocks.slice(0, 60);
  if (!opening.some((b) => CLIENT_DESCRIBED.test(b.text))) return undefined;
  for (const block of opening) {
    const m = HANDLED_BY.exec(block.text);
    if (!m) continue;
    const after = block.text.slice(m.index + m[0].length);
    const named = organisationIn(after);
    return named && after.startsWith(named) ? named : NAME_RUN.exec(after)?.[0];
  }
  return undefined;
}
