import { AMBIGUOUS, NORWAY_MUNICIPALITIES, PLACE_NAMES, SWEDEN_MUNICIPALITIES } from './gazetteer';
import { foldTerm } from '../search/normalize';

/** One town written with or without its letters' marks: "Ukmerge" in a board's data, "Ukmergė" on its page. */
export const sameTown = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && foldTerm(a) === foldTerm(b);

/**
 * Place names, for job-ad places and company identity alike. Towns an ad names without a label ("Tromsø · Fast stilling", "Utvikler – Bergen"):
 * the larger towns of Norway, Sweden, Denmark and Finland and the cities Nordic
 * ads name abroad. A postal code before a name ("0155 Oslo", "411 05 Göteborg")
 * marks a town that is not listed.
 */
const TOWNS = [
  // Norway
  'Oslo Bergen Trondheim Stavanger Drammen Fredrikstad Kristiansand Sandnes Tromsø Sarpsborg Skien Ålesund Sandefjord Haugesund',
  'Tønsberg Moss Porsgrunn Bodø Arendal Hamar Larvik Halden Lillehammer Molde Harstad Gjøvik Kongsberg Horten Mo_i_Rana Kristiansund',
  'Jessheim Lillestrøm Ski Asker Bærum Sandvika Lysaker Fornebu Hønefoss Elverum Alta Narvik Steinkjer Levanger Namsos Førde Florø',
  'Stord Leirvik Egersund Bryne Mandal Grimstad Notodden Kongsvinger Raufoss Gjøvik Hammerfest Kirkenes Vadsø Finnsnes Svolvær',
  'Sogndal Voss Ulvik Odda Orkanger Stjørdal Verdal Ås Drøbak Kolbotn Sørumsand Eidsvoll Askim Mysen Honningsvåg Longyearbyen',
  // Sweden
  'Stockholm Göteborg Malmö Uppsala Västerås Örebro Linköping Helsingborg Jönköping Norrköping Lund Umeå Gävle Borås Södertälje',
  'Eskilstuna Halmstad Växjö Karlstad Sundsvall Östersund Trollhättan Luleå Borlänge Falun Kalmar Kristianstad Skövde Karlskrona',
  'Uddevalla Varberg Örnsköldsvik Nyköping Motala Visby Kiruna Skellefteå Piteå Solna Sundbyberg Kista Nacka Lidingö Täby Huddinge',
  'Mölndal Kungsbacka Landskrona Trelleborg Ystad Ängelholm Västervik Karlskoga Sandviken Enköping Norrtälje Härnösand Arlanda',
  // Denmark, Finland, Iceland
  'København Copenhagen Aarhus Odense Aalborg Esbjerg Randers Kolding Horsens Vejle Roskilde Herning Silkeborg Lyngby Ballerup',
  'Helsinki Helsingfors Espoo Esbo Tampere Tammerfors Vantaa Oulu Uleåborg Turku Åbo Jyväskylä Lahti Kuopio Pori Vaasa Vasa Reykjavík',
  // Abroad, as Nordic ads name it
  'London Berlin Hamburg München Munich Paris Amsterdam Dublin Warszawa Warsaw Kraków Krakow Gdańsk Tallinn Riga Vilnius Madrid',
  'Barcelona Lisbon Lisboa Zürich Zurich Vienna Wien Prague Praha Brussels Bruxelles Edinburgh Manchester Cambridge Oxford',
  'Birmingham Leeds Sheffield Liverpool Bristol Glasgow Newcastle Nottingham Leicester Cardiff Belfast York Bath Brighton Reading',
  'New_York Boston Chicago Seattle San_Francisco Austin Toronto Singapore Sydney',
]
  .join(' ')
  .split(' ')
  .map((town) => town.replace(/_/g, ' '));

const KNOWN = new Map(TOWNS.map((town) => [town.toLowerCase(), town]));

/** A town of the list above ("Skien", "Molde"), not only a municipality or a village of the gazetteer. */
export function isListedTown(text: string): boolean {
  return KNOWN.has(text.trim().toLowerCase());
}

/**
 * The town as it is usually written, when the text is one: a town of the list above, or a place of the
 * gazetteer written with a capital ("Sollefteå", "Averøy"), unless the name is also a word ("Hole", "Mark").
 */
export function knownTown(text: string): string | undefined {
  // "Swansea SA3", "Bristol BS1 6QH": a British postcode after the town.
  const name = text.trim().replace(/[.,;:]+$/, '').replace(/\s+[A-Z]{1,2}\d[A-Z\d]?(?:\s?\d[A-Z]{2})?$/u, '');
  const key = name.toLowerCase();
  const listed = KNOWN.get(key);
  if (listed) return listed;
  return /^\p{Lu}/u.test(name) && PLACE_NAMES.has(key) && !AMBIGUOUS.has(key) ? name : undefined;
}

/** A Norwegian/Danish (`0155 Oslo`) or Swedish (`411 05 Göteborg`, `SE-411 05`) postal code and its town; not a sum's currency (`2000 EUR`). */
// v59: "8976 Vik i Helgeland", "8622 Mo i Rana": a Norwegian postal place named with its district after "i".
const POSTAL = /(?<![\d\p{L}])(?:[A-Z]{1,2}-)?(?:\d{3}\s?\d{2}|\d{4})\s+(?!(?:EUR|USD|SEK|NOK|DKK|GBP|CHF|AUD|CAD|NZD|PLN|ISK)(?!\p{L}))(\p{Lu}[\p{L}-]+(?:\s(?:i\s)?\p{Lu}[\p{L}-]+)?)/u;

/** North American and Australian street names after a house number: "Currie Boulevard", "Main Street", "Benetook Avenue". */
const STREET_AFTER_NUMBER = /\s(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Crescent|Cres|Court|Ct|Place|Pl|Highway|Hwy|Terrace|Parade|Close|Row|Trail|Parkway)\.?$/u;

/** The Baltic order, the postcode last: "Tehase 4, Põlva, 63308", "Rūpniecības iela 11, Aizkraukle, LV-5101". */
const BALTIC_ADDRESS = /^\p{Lu}[\p{L}.\s-]{1,40}\s\d{1,4}[a-zA-Z]?,\s*(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?),\s*(?:(?:LV|LT|EE)-)?\d{4,5}$/u;

/** A British town before its postcode: "Sheffield S9 4WJ", "London EC2M 7PY". */
const UK_POSTAL = /(?<![\p{L}])(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?),?\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![A-Za-z\d])/u;

/** The town of a postal address in a line ("Storgata 1, 9008 Tromsø", "Unit 4, Sheffield S9 4WJ"). */
export function townOfAddress(text: string): string | undefined {
  // "© 2026 Simply Hired": a year is no postcode.
  const line = text.replace(/(?:©|\(c\)|copyright)\s*\d{4}(?:\s*[-–]\s*\d{4})?/giu, '');
  const uk = UK_POSTAL.exec(line);
  if (uk?.[1] && !POSTAL.test(line)) return knownTown(uk[1]) ?? (uk[1].length <= 30 ? uk[1] : undefined);
  // "2210 Currie Boulevard": a house number before a street is no postcode.
  const m = [...line.matchAll(new RegExp(POSTAL.source, 'gu'))].find((p) => !STREET_AFTER_NUMBER.test(p[1] ?? ''));
  if (!m?.[1]) return BALTIC_ADDRESS.exec(line.trim())?.[1];
  const town = m[1].replace(/\s+(?:Norway|Norge|Sverige|Sweden|Danmark|Denmark|Tel|Tlf|Telefon|Phone|Org)\b.*$/u, '');
  return knownTown(town) ?? (town.length <= 30 ? town : undefined);
}

/** The parts of a list of places: "Hamar/Gjøvik", "Tromsø og Finnsnes", "Järvsö, Ljusdal och Ramsjö". */
export function placeList(text: string): string[] {
  return text.split(/\s*[/,]\s*|\s+(?:og|och|and|&)\s+/u).map((part) => part.trim());
}

/** "📍 Sykkylven", "🏢 Oslo", "⚲ Hawassa": a pin, a building or another symbol drawn before a place is no part of it. */
export function withoutLeadingSymbols(text: string): string {
  return text.replace(/^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u, '');
}

/** Towns named in a short line: each part between separators that is a known town. */
export function townsInLine(line: string): string[] {
  const parts = withoutLeadingSymbols(line).split(/\s*[·•|,/–—]\s*|\s+-\s+|\s+(?:i|in|på|till|til|og|och|and|&)\s+/u);
  // "Kestrel Rewilding Trust · Bristol (hybrid)": how the work is done, in brackets after the town, is not its name.
  return [...new Set(parts.map((part) => knownTown(part.replace(/\s*\([^()]*\)$/u, ''))).filter((t): t is string => t !== undefined))];
}

const MUNICIPALITIES: ReadonlySet<string> = new Set([...NORWAY_MUNICIPALITIES, ...SWEDEN_MUNICIPALITIES]);

/** A Norwegian or Swedish municipality's name ("Nord-Aurdal", "Ullensaker", "Vara"), written as the register spells it. */
export function isMunicipality(text: string): boolean {
  return MUNICIPALITIES.has(text.trim().toLowerCase());
}
