import { namesWithForm, shortTexts } from './employer-fuller';
import type { JobAdInput } from './types';

/** A poster's account after the brand ("BaktiJaya HR", "Nordkap Careers"): the firm's people who post, not a name. */
const ACCOUNT_WORD = /^(?:HR|Recruitment|Recruiting|Careers|Jobs|Talent|Rekruttering|Rekrytering|Karriere|Karriär)$/u;

/** The word for a firm some languages write before its name: "Syarikat" (Malay), "PT" and "CV" (Indonesian). */
const FIRM_WORD = /^(?:Syarikat|Perusahaan|PT|CV)\s+/u;

/**
 * "BaktiJaya HR" (the board's poster box) for "Syarikat Bakti Jaya Sdn Bhd, a supplier of …" in the ad: a brand that
 * writes the name's first words joined as one, where the ad writes them apart with a legal form. The name as the ad
 * writes it, with the word for a firm before it ("Syarikat", "PT") where it does.
 */
export function joinedBrand(name: string, input: JobAdInput): string | undefined {
  const [brand, ...rest] = name.trim().split(/\s+/);
  if (!brand || brand.length < 6 || rest.length > 1 || (rest.length === 1 && !ACCOUNT_WORD.test(rest[0]!))) return undefined;
  const joined = brand.toLocaleLowerCase();
  const names = shortTexts(input).flatMap(namesWithForm);
  const found = names
    .map((n) => n.replace(FIRM_WORD, ''))
    .filter((n) => [2, 3].some((k) => n.split(/\s+/).length > k && n.split(/\s+/).slice(0, k).join('').toLocaleLowerCase() === joined))
    .sort((a, b) => b.length - a.length)[0];
  return found && (names.find((n) => FIRM_WORD.test(n) && n.replace(FIRM_WORD, '') === found) ?? found);
}
