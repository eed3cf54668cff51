/** "Internship", "Praktikant", "Lärling": a header line's word for a post that is an internship or apprenticeship. */
const INTERNSHIP = /^(?:internship|intern|traineeship|apprenticeship|praktikant|praktikantstilling|praktikplats|praktik|lærling|lærlingplass|lärling|lärlingsplats)$/iu;
/** "Temporary", "Vikariat", "Midlertidig", "Tidsbegränsad", "Seasonal", v51: "Engasjement": a header line's word for a post that ends. */
const TEMPORARY = /^(?:temporary|temp|vikariat|vikar|midlertidig|mellombels|tidsbegränsad|visstid|visstidsanställning|fixed[- ]term|seasonal|sesong|säsong|sesongarbeid|säsongsanställning|engasjement|tidsbegrenset|projektanställning|prosjektstilling)$/iu;

/**
 * "Internship · Full-time", "Praktikant · Heltid", "Lärling · Heltid", "Vikariat, heltid": a header line that gives the
 * hours, and beside them the kind of post, gives both, in the line's order; "Temporary" on an icon line of its own, the kind alone.
 */
export function headerTerms(line: string, hours: readonly string[]): string[] {
  // "⚲ Gildeskål ◷ Vikariat, heltid": the icons drawn before each fact part the line too.
  const parts = line.split(/\s*[·•|,/\p{So}]\s*/u).map((p) => p.trim()).filter(Boolean);
  const kind = parts.filter((p) => INTERNSHIP.test(p) || TEMPORARY.test(p));
  if (hours.length === 0) return kind.length === parts.length ? kind : [];
  if (kind.length === 0) return [...hours];
  return parts.filter((p) => INTERNSHIP.test(p) || TEMPORARY.test(p) || hours.some((h) => p.includes(h)));
}

/** A heading's bracket, up to its first comma: "(vikariat 12 månader)", "(fixed-term, 12 months)". */
export const HEADING_BRACKET = /\(([^),]{3,40})[),]/u;

/**
 * v48: "Seasonal" on a tag line of its own beside "Full-time" on the next: the kind of post a line gives alone (not a menu's
 * item), kept beside the hours read elsewhere.
 */
export function kindLines(header: ReadonlyArray<{ text: string; tag: string }> | undefined): string[] {
  // v51: "Marine Engineer (Fixed-term, 12 months)" over "Full time": the heading's bracket gives the kind beside the hours.
  const bracket = (b: { text: string; tag: string }): string | undefined => (/^h[12]$/.test(b.tag) ? HEADING_BRACKET.exec(b.text)?.[1]?.trim() : undefined);
  return (header ?? []).filter((b) => b.tag !== 'li').flatMap((b) => [...headerTerms(b.text, []), ...[bracket(b) ?? ''].filter((k) => TEMPORARY.test(k))]);
}
