import { organisationIn } from '../company/org-names';
import type { TextBlock } from '../model';
import type { JobAdInput } from './types';

/**
 * Who employs the hire, where the ad says it in so many words: "Du blir anställd av Västgöta Personalpartner AB och
 * arbetar som konsult hos kunden", "This position is advertised by Fynbos Recruitment Solutions (Pty) Ltd, who employ
 * the successful candidate on behalf of the client". A staffing firm named so is the employer, whoever else the ad names.
 */

/** "anställd av X och arbetar som konsult", "ansatt i X og jobber som konsulent", "employed by X and work as a contractor". */
// Case-sensitive, so that the name after "av"/"by" opens with a capital (with "i", \p{Lu} would match any letter).
const EMPLOYED_AS_CONSULTANT =
  /(?<!\p{L})(?:[Aa]nställd|[Aa]nställs|[Aa]nsatt|[Aa]nsettes|[Tt]ilsett|[Tt]ilsette|[Ee]mployed)(?: \p{Ll}+)? (?:av|hos|i|by) (?=\p{Lu})([^.]{3,90}?),? (?:och|og|and) (?:arbetar|jobbar|jobber|arbeider|arbeidar|work|works|working) (?:som|as an?|as) (?:konsult|konsulent|innleid|consultant|contractor)/u;
/**
 * "Tjänsten är en tillsvidareanställning hos X AB med placering hos kunden", "fast ansettelse i X AS med arbeidssted hos
 * kunden", "permanent employment with X Ltd, placed with the client": the firm employs, the client (unnamed) is where the work is.
 */
const EMPLOYED_PLACED_AT_CLIENT =
  /(?<!\p{L})(?:\p{Ll}*anställning|\p{Ll}*ansettelse|\p{Ll}*tilsetjing|employment) (?:hos|i|ved|vid|with|by) (?=\p{Lu})([^.]{3,90}?),? (?:med (?:placering|arbeidssted|arbetsplats|tjänstgöring) hos|og (?:jobber|arbeider) hos|och (?:arbetar|jobbar) hos|(?:and )?(?:placed|based|working) (?:with|at)) (?:kunden|vår kund|vår kunde|oppdragsgiveren|uppdragsgivaren|the client|our client)(?!\p{L})/u;
/** "X, who employ the successful candidate", "X, som ansetter den som får jobben", "X, som anställer": the name before it. */
const WHO_EMPLOYS = /,? (?:who|which|som) (?:will )?(?:employs?|ansetter|anställer|tilset)(?!\p{L})/u;

export function statedEmployer(blocks: readonly TextBlock[]): string | undefined {
  for (const { text } of blocks.slice(0, 80)) {
    const consultant = EMPLOYED_AS_CONSULTANT.exec(text)?.[1];
    const named = consultant && organisationIn(consultant);
    if (named && consultant.startsWith(named)) return named;
    const placed = EMPLOYED_PLACED_AT_CLIENT.exec(text)?.[1];
    const firm = placed && organisationIn(placed);
    if (firm && placed.startsWith(firm)) return firm;
    const who = WHO_EMPLOYS.exec(text);
    if (!who) continue;
    const before = text.slice(0, who.index);
    const sentence = before.slice(before.search(/[^.!?]*$/u));
    // The organisation that closes the words before "who employ".
    for (let at = sentence.search(/\p{Lu}/u); at >= 0; ) {
      const name = organisationIn(sentence.slice(at));
      if (name && sentence.endsWith(name)) return name;
      const next = sentence.slice(at + 1).search(/(?<=\s)\p{Lu}/u);
      at = next < 0 ? -1 : at + 1 + next;
    }
  }
  return undefined;
}

/** The page's lines under the ad's own heading (its h1), not those under a list of other ads further down. */
export function linesUnderHeading(input: JobAdInput): TextBlock[] {
  const header = input.lines?.header ?? [];
  const heading = header.find((l) => l.tag === 'h1')?.text;
  if (heading !== undefined) return header.filter((l) => l.heading === heading);
  // A page with no h1 draws its heading as an h2 or a plain div: the line the tab's title holds, and the lines after it
  // up to the next heading ("Produksjonsleder fiskemottak – Øksfjord" over "Polarkompetanse søker for Øksfjord Hvitfisk AS").
  const at = header.findIndex((l) => l.text.length >= 8 && input.title.includes(l.text));
  const end = header.findIndex((l, i) => i > at && /^h[1-6]$/.test(l.tag));
  return at < 0 ? [] : header.slice(at + 1, end < 0 ? at + 21 : Math.min(end, at + 21));
}

/** The ad's blocks with the lines under its heading first, which a reader's view may leave out ("X rekrutterer for Y"). */
export function withLinesUnderHeading(input: JobAdInput): TextBlock[] {
  const own = new Set(input.blocks.map((b) => b.text));
  return [...linesUnderHeading(input).filter((l) => !own.has(l.text) && l.text.length >= 12), ...input.blocks];
}
