import { isListedTown, isMunicipality, knownTown } from '../places';
import type { JobLocation } from './types';

/**
 * Two names in a place line, a part and the whole it lies in: a town and its municipality, a district and its town,
 * a village and the municipality named for an area ("Korgen, Hemnes", "Sand, Suldal").
 */

/**
 * "Fagernes, Nord-Aurdal", "Jessheim, Ullensaker", "Mysen, Indre Østfold": a town that is no municipality of its own,
 * then a municipality, is the town and the municipality it lies in, one place; so is a village no register knows before
 * a municipality named for its area ("Korgen, Hemnes") ("Hamar, Gjøvik" are two municipalities, two
 * places; "Järvsö, Ljusdal och Ramsjö", three names, is a list of sites).
 */
export function municipalityOf(town: JobLocation | undefined, place: JobLocation): boolean {
  if (!town?.city || !place.city || town.region || town.country || place.region || place.country) return false;
  return (knownTown(town.city) !== undefined ? !isMunicipality(town.city) : namedForArea(place.city)) && isMunicipality(place.city);
}

/** "Hemnes", "Suldal", "Nord-Aurdal": a municipality the register knows that no town of the list shares its name with. */
const namedForArea = (name: string): boolean => isMunicipality(name) && !isListedTown(name);

/**
 * "Vollan, Skien": a place no register knows, right before one it knows, is a part of that town. "Te Rapa, Hamilton,
 * Waikato", "Parramatta, Sydney, New South Wales": the suburb, the town and its region, as Trade Me and Seek write them.
 */
export function districtOf(place: JobLocation, next: JobLocation | undefined, last: boolean): boolean {
  if (!place.city || knownTown(place.city) || place.region || place.country || !next?.city) return false;
  // "Korgen, Hemnes": a village no register knows, before the municipality it lies in, is the place (municipalityOf drops the municipality).
  if (last && namedForArea(next.city) && !next.region && !next.country) return false;
  return knownTown(next.city) !== undefined || (last && !!next.region);
}

