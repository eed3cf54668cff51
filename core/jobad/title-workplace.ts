/**
 * The workplace named after the role is where the job is, not the job: a named school or hospital after "ved"/"at"
 * ("Lærar i naturbruk ved Liafjøra vidaregåande skule", "Teacher at Northfield Academy"), and a generic site in its
 * definite form after "til"/"to" ("Produktionsplanerare till fabriken", "Operator for the plant"). A unit of the
 * workplace stays ("Sykepleier til korttidsavdelingen"), and so does a site named without the article ("Kock till
 * lunchrestaurang", the convention's kind of workplace).
 */

/** A named institution: a capitalised name of up to six words after "ved"/"at", its last word the kind of place it is. */
const NAMED = /\s+(?:ved|vid|at|på)\s+(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5})$/u;
const INSTITUTION = /(?:skule|skole|skola|skolan|school|academy|gymnas|gymnasium|gymnasiet|college|sjukhus|sjukhuset|sykehus|sjukehus|hospital|barnehage|barnehagen|förskola|förskolan|universitet|universitetet|university|høgskule|høgskole|högskola|högskolan)$/iu;

/** A generic site in its definite form: the factory, the sawmill, the plant. */
const SITE = /\s+(?:til|till|to|for|för)\s+(?:the\s+)?(?:fabriken|fabrikken|fabrikkene|anlegget|anlegga|anläggningen|sågverket|sagbruket|butikken|butiken|hotellet|factory|plant|sawmill|site)$/iu;

/** Where the workplace's tail starts, or -1. */
export function workplaceTail(title: string): number {
  const named = NAMED.exec(title);
  if (named && INSTITUTION.test(named[1]!)) return named.index;
  const site = SITE.exec(title);
  // v52: "Maintenance Technician for the Sawmill": a site written with a capital is named as the employer's unit, and stays.
  if (!site || /\s\p{Lu}\p{Ll}+$/u.test(site[0])) return -1;
  return site.index;
}
