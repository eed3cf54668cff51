/**
 * A person the company calls its own: "our", "vår" before what they are ("is our head baker", "er vår nye renholder",
 * "Fiona Laird, our harbour master since 2019, …"), or new in a post ("är ny distriktsveterinär", "is the new site manager"). Whatever the words after it, they say the person's role, unless
 * they name a business the company deals with ("our biggest customer", "vår største kunde") or a name in capitals.
 */

/** "our", "vår", "vårt", "våre", "våra". */
export const OUR = /^(?:our|vår|vårt|våre|våra)$/iu;
/** Businesses and people the company deals with, not its own. */
const RELATION = /^(?:customers?|clients?|partners?|suppliers?|sponsors?|owners?|landlord|tenant|kunde|kunder|kund|kunden|leverandør|leverantör|samarbeidspartner|samarbetspartner|eier|ägare|huseier|hyresvärd|utleier)$/iu;
/** How many words after "our" are read for a relation. */
const ROLE_REACH = 3;

/** New in the post: "er ny distriktsveterinær", "är ny rektor", "is the new district vet": a role newly taken, whatever its word. */
const NEW = /^(?:ny|nye|nya|new)$/iu;

/** Whether words (raw tokens, after a copula or a name's comma) open with "our" or "new" and a role: see the module comment. */
export function ownRole(after: readonly string[]): boolean {
  const from = OUR.test(after[0] ?? '') || NEW.test(after[0] ?? '') ? 1 : /^the$/iu.test(after[0] ?? '') && NEW.test(after[1] ?? '') ? 2 : 0;
  // After "new" the role is the next word ("ny distriktsveterinär i Kalmar": the place after it may take a capital).
  const reach = OUR.test(after[0] ?? '') ? ROLE_REACH : 1;
  const role = after.slice(from, from + reach).map((w) => w.replace(/[,.;:!?]+$/u, ''));
  return from > 0 && role.length > 0 && role.every((w) => !RELATION.test(w) && !/^\p{Lu}/u.test(w));
}
