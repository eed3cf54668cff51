import { knownTown } from '../places';

/**
 * A part of a town written with the town: "Kokstad (Bergen)" (the district, its town in brackets), "Hamburg-Rothenburgsort"
 * (the town and its district joined by a hyphen). The job is in the town, as a reader would file it. A place a register
 * knows as a town of its own stays as written, and so does a bracket that names no town ("Oslo (hybrid)") or a hyphenated
 * name with a small word in it ("Newcastle-under-Lyme").
 */
export function townOfDistrict(place: string): string {
  const text = place.trim();
  if (knownTown(text)) return text;
  const bracket = /^(\p{Lu}[\p{L}.'’ -]*?)\s*\((\p{Lu}[\p{L}'’ -]*)\)$/u.exec(text);
  if (bracket) {
    const town = knownTown(bracket[2]!.trim());
    if (town && !knownTown(bracket[1]!.trim())) return town;
    return text;
  }
  const joined = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(text);
  if (joined && !knownTown(joined[2]!)) return knownTown(joined[1]!) ?? text;
  return text;
}
