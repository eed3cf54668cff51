/** "Internship", "Praktikant", "Lärling": a header line's word for a post that is an internship or apprenticeship. */
const INTERNSHIP = /^(?:internship|intern|traineeship|apprenticeship|praktikant|praktikantstilling|praktikplats|praktik|lærling|lærlingplass|lärling|lärlingsplats)$/iu;

/**
 * "Internship · Full-time", "Praktikant · Heltid", "Lärling · Heltid": a header line that gives the hours, and beside them
 * the kind of post, gives both, in the line's order.
 */
export function headerTerms(line: string, hours: readonly string[]): string[] {
  if (hours.length === 0) return [];
  const parts = line.split(/\s*[·•|,/]\s*/u).map((p) => p.trim());
  const kind = parts.filter((p) => INTERNSHIP.test(p));
  if (kind.length === 0) return [...hours];
  return parts.filter((p) => INTERNSHIP.test(p) || hours.some((h) => p.includes(h)));
}
