import type { TextBlock } from '../model';
import { classifyHeading } from './headings';

/**
 * A heading that asks the reader something names the role only after "som" or "as": "Har du fagbrev som taktekker?",
 * "Vill du jobba som undersköterska hos oss?", "Do you have experience as a welder?". The role is that word.
 */
const ASKS = /^(?:har du|har dere|er du|e du|är du|vil du|vill du|kan du|ønsker du|ønskjer du|önskar du|drømmer du|drömmer du|do you|are you|would you|could you|want to|fancy|have you)\s[^?]*?(?<!\p{L})(?:som|as)\s+(?:(?:en|ein|ei|ett|et|eit|a|an|our|vår|vårt|vår nye|vår nya|vår neste|next)\s+)?(\p{L}[\p{L}-]{2,})(?:\s+(?:i|in|på|at|hos|hjå|with|med|for|för|til|till|to)\s+[^?]*)?\?/iu;
/** Words after "som" that are no role: "som oss", "som meg", "som vil", "som liker". */
const NOT_ROLE = /^(?:oss|meg|mig|deg|dig|us|me|you|well|vil|vill|will|kan|liker|gillar|likes|har|have|has|er|är|is|are|trives|want|wants)$/iu;

const capitalised = (role: string): string => role.charAt(0).toLocaleUpperCase() + role.slice(1);

export function roleOfQuestion(heading: string): string | undefined {
  const role = ASKS.exec(heading.trim())?.[1];
  if (!role || NOT_ROLE.test(role)) return undefined;
  return capitalised(role);
}

/** Where the h1 stands in the blocks; Readability may have made the page's h1 an h2: then the heading that holds its text. */
function headingAt(blocks: readonly TextBlock[], h1: TextBlock): number {
  const at = blocks.indexOf(h1);
  return at >= 0 ? at : blocks.findIndex((b) => /^h[1-3]$/.test(b.tag) && b.text.trim() === h1.text.trim());
}

/** "Vill du hjälpa familjer i en svår stund?", "Ready for a new challenge?": a heading that asks and names no role. */
export function asksOnly(text: string): boolean {
  return /\?\s*$/u.test(text.trim()) && roleOfQuestion(text) === undefined;
}

const MAX_ROLE_WORDS = 8;
/**
 * The role under a heading that only asks: the first short h2 or h3 after it that opens no section ("Begravningsrådgivare,
 * 80 %" under "Vill du hjälpa familjer i en svår stund?"), within the few blocks that open the ad.
 */
export function roleUnderQuestion(blocks: readonly TextBlock[], h1: TextBlock): string | undefined {
  if (!asksOnly(h1.text)) return undefined;
  const at = headingAt(blocks, h1);
  if (at < 0) return undefined;
  const next = blocks.slice(at + 1, at + 6).find((b) => /^h[23]$/.test(b.tag));
  if (!next || /[?!.]\s*$/u.test(next.text.trim()) || next.text.split(/\s+/).length > MAX_ROLE_WORDS || classifyHeading(next.text) !== undefined) return undefined;
  return next.text.trim();
}

/** "… og nå ser vi etter en kafémedarbeider i deltid", "… we're looking for a barista": whom the opening says is sought. */
const SOUGHT_IN_TEXT = /(?<!\p{L})(?:ser (?:vi )?etter|søker(?: vi)?|søkjer(?: vi)?|leter (?:vi )?etter|söker(?: vi)?|letar (?:vi )?efter|(?:we(?:'re| are) )?looking for|(?:we(?:'re| are) )?hiring|seeking)\s+(?:en|ein|ei|ett|a|an)\s+(?:(?:ny|nye|nytt|new)\s+)?(\p{L}[\p{L}-]{3,})/iu;

/**
 * Under a heading that is a sentence naming no role ("Vi trenger flere hender bak disken!", "Come and join the crew!"),
 * the role the opening paragraph says is sought. `namesRole` tells whether the heading itself names one.
 */
export function roleInOpening(blocks: readonly TextBlock[], h1: TextBlock, namesRole: (text: string) => boolean): string | undefined {
  if (!/[!?]\s*$/u.test(h1.text.trim()) || namesRole(h1.text)) return undefined;
  const at = headingAt(blocks, h1);
  if (at < 0) return undefined;
  const opening = blocks.slice(at + 1, at + 3).filter((b) => b.tag === 'p');
  const role = opening.map((b) => SOUGHT_IN_TEXT.exec(b.text)?.[1]).find((r) => r !== undefined);
  return role ? capitalised(role) : undefined;
}
