/**
 * A person the company calls its own: "our", "vår" before what they are ("is our head baker", "er vår nye renholder",
 * "Fiona Laird, our harbour master since 2019, …"). Whatever the words after it, they say the person's role, unless
 * they name a business the company deals with ("our biggest customer", "vår største kunde") or a name in capitals.
 */

/** "our", "vår", "vårt", "våre", "våra". */
export const OUR = /^(?:our|vår|vårt|våre|våra)$/iu;
/** Businesses and people the company deals with, not its own. */
const RELATION = /^(?:customers?|clients?|partners?|suppliers?|sponsors?|owners?|landlord|tenant|kunde|kunder|kund|kunden|leverandør|leverantör|samarbeidspartner|samarbetspartner|eier|ägare|huseier|hyresvärd|utleier)$/iu;
/** How many words after "our" are read for a relation. */
const ROLE_REACH = 3;

/** Whether words (raw tokens, after a copula or a name's comma) open with "our" and a role: see the module comment. */
export function ownRole(after: readonly string[]): boolean {
  const role = after.slice(1, 1 + ROLE_REACH).map((w) => w.replace(/[,.;:!?]+$/u, ''));
  return OUR.test(after[0] ?? '') && role.length > 0 && role.every((w) => !RELATION.test(w) && !/^\p{Lu}/u.test(w));
}
