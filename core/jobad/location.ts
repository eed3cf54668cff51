import { isMunicipality, knownTown, withoutLeadingSymbols } from '../places';
import { townOfDistrict } from './district';
import { districtOf, municipalityOf } from './municipal-places';
import { isDistrictNamedForArea, REGION_NAMED_LIKE_TOWN } from './nz-places';
export { REGION_NAMED_LIKE_TOWN };
import type { JobLocation, RemoteMode } from './types';
import { escapePattern } from '../text/pattern';

const COUNTRIES = new Set(
  [
    'norway|norge|noreg|sweden|sverige|denmark|danmark|finland|suomi|iceland|island|germany|tyskland|deutschland',
    'united kingdom|uk|storbritannia|storbritannien|england|scotland|usa|united states|united states of america|us',
    'netherlands|nederland|nederländerna|poland|polen|spain|spania|spanien|france|frankrike|ireland|irland',
    'estonia|estland|latvia|lithuania|canada|australia|portugal|italy|italia|italien|switzerland|sveits|schweiz',
    'austria|østerrike|belgium|belgia|belgien|india|europe|europa|emea|nordics|norden|skandinavia|scandinavia',
    // Where aid, mission and regional posts are (not those named like a town or a person: Singapore, Luxembourg, Jordan, Chad, Georgia).
    'kenya|uganda|tanzania|rwanda|ethiopia|etiopia|etiopien|somalia|sudan|south sudan|nigeria|ghana|senegal|cameroon|zambia|malawi|mozambique|zimbabwe',
    'south africa|sør-afrika|sydafrika|egypt|egypten|morocco|marokko|marocko|tunisia|tunisien|malaysia|indonesia|indonesien|thailand|vietnam',
    'philippines|filippinene|filippinerna|bangladesh|pakistan|nepal|sri lanka|myanmar|cambodia|kambodsja|kambodja|afghanistan|iraq|irak|syria|syrien',
    'lebanon|libanon|yemen|jemen|turkey|türkiye|tyrkia|turkiet|greece|hellas|grekland|ukraine|ukraina|moldova|romania|rumänien|hungary|ungarn|ungern',
    'czech republic|czechia|tsjekkia|tjeckien|slovakia|slovenia|croatia|kroatia|kroatien|serbia|serbien|bosnia and herzegovina|bulgaria|bulgarien',
    'japan|china|kina|south korea|sør-korea|sydkorea|new zealand|mexico|mexiko|brazil|brasil|brasilien|argentina|chile|colombia|peru|guatemala|haiti',
    'united arab emirates|uae|qatar|saudi arabia|saudi-arabia|saudiarabien|israel|faroe islands|færøyene|färöarna|greenland|grønland|grönland',
    // Island states and territories ("Road Town, British Virgin Islands"): a country's name after the town.
    'british virgin islands|turks and caicos islands|cook islands|falkland islands|saint lucia|st lucia|dominica|saint vincent and the grenadines|st vincent and the grenadines|palau',
  ]
    .join('|')
    .split('|'),
);

/** Counties and provinces an ad writes after its town: "Keswick, Cumbria", "Lund, Skåne län", "Voss, Vestland". */
const REGIONS = new Set(
  [
    'akershus|buskerud|østfold|innlandet|vestfold|telemark|agder|rogaland|vestland|møre og romsdal|trøndelag|nordland|troms|finnmark',
    'viken|hordaland|sogn og fjordane|oppland|hedmark|skåne|halland|småland|blekinge|västra götaland|dalarna|värmland|norrbotten',
    'västerbotten|jämtland|gotland|uppland|östergötland|södermanland|västmanland|gästrikland|hälsingland|medelpad|ångermanland',
    'bohuslän|dalsland|närke|cumbria|cornwall|devon|kent|essex|surrey|yorkshire|north yorkshire|south yorkshire|west yorkshire',
    'east yorkshire|lancashire|cheshire|norfolk|suffolk|hampshire|dorset|somerset|wiltshire|gloucestershire|oxfordshire|berkshire',
    'derbyshire|nottinghamshire|lincolnshire|northumberland|county durham|merseyside|greater manchester|greater london',
    'west midlands|tyne and wear|fife|lothian|highland|highlands',
    // v54: "Thurso, Caithness, KW14": Scotland's and Wales's counties and council areas (not those named like their town).
    'caithness|sutherland|moray|argyll|argyll and bute|angus|orkney|shetland|dumfries and galloway|scottish borders|gwynedd|powys|ceredigion|anglesey',
    // The United States' states (not those named like a town or a country: New York, Washington, Georgia).
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas',
    'kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire',
    'new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota',
    'tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming',
    // Germany's states (not the city states, which are towns as well).
    'bayern|baden-württemberg|brandenburg|hessen|mecklenburg-vorpommern|niedersachsen|nordrhein-westfalen|rheinland-pfalz|saarland|sachsen|sachsen-anhalt|schleswig-holstein|thüringen',
    // Finland's regions, in Swedish and in Finnish.
    'österbotten|pohjanmaa|mellersta österbotten|keski-pohjanmaa|södra österbotten|etelä-pohjanmaa|nyland|uusimaa|egentliga finland',
    'varsinais-suomi|åland|ahvenanmaa|birkaland|pirkanmaa|satakunta|lappland|lappi|kajanaland|kainuu|norra österbotten|pohjois-pohjanmaa',
    'ostrobothnia|central ostrobothnia|south ostrobothnia|north ostrobothnia|southwest finland|lapland',
    // Denmark's regions, in Danish and in English.
    'hovedstaden|sjælland|syddanmark|midtjylland|nordjylland|region hovedstaden|region sjælland|region syddanmark|region midtjylland|region nordjylland',
    'capital region of denmark|region zealand|region of southern denmark|central denmark region|north denmark region',
    // Canada's provinces and territories, New Zealand's regions and Australia's states (none named like a town).
    'british columbia|alberta|saskatchewan|manitoba|ontario|quebec|québec|nova scotia|new brunswick|newfoundland and labrador|prince edward island|yukon|nunavut|northwest territories',
    "waikato|bay of plenty|hawke's bay|taranaki|manawatū-whanganui|manawatu-whanganui|otago|southland|marlborough|west coast|new south wales|queensland|tasmania|western australia|south australia|northern territory",
    // Further afield (none named like its capital town): New Zealand's regions by their Māori names, Japan's prefectures,
    // the provinces and states of South Africa, Pakistan, India, Malaysia, Indonesia and the Philippines, Poland's voivodeships.
    'tairāwhiti|tairawhiti|te tai tokerau|hokkaido|hokkaidō|okinawa|kanagawa|aichi|hyogo|hyōgo|saitama|chiba|shizuoka|ibaraki|tochigi|gunma|miyagi|kumamoto|kagoshima',
    'gauteng|kwazulu-natal|western cape|eastern cape|northern cape|free state|limpopo|mpumalanga|north west',
    'punjab|sindh|khyber pakhtunkhwa|balochistan|islamabad capital territory|maharashtra|karnataka|tamil nadu|telangana|kerala|gujarat|uttar pradesh|west bengal|haryana|rajasthan',
    'selangor|johor|sabah|sarawak|perak|pahang|kedah|negeri sembilan|west java|east java|central java|jawa barat|jawa timur|jawa tengah|metro manila|calabarzon',
    'mazowieckie|małopolskie|malopolskie|śląskie|slaskie|wielkopolskie|dolnośląskie|dolnoslaskie|pomorskie|łódzkie|lodzkie|lubelskie|podkarpackie|zachodniopomorskie|kujawsko-pomorskie',
  ]
    .join('|')
    .split('|'),
);
/** Two-letter codes of the countries Nordic and British ads name: "Trondheim, NO". */
const COUNTRY_CODES = new Set(['NO', 'SE', 'DK', 'FI', 'IS', 'GB', 'UK']);

/** States, territories and provinces as Australian, US and Canadian boards write them after a town: "Canberra ACT", "Austin TX". */
const STATE_CODES = new Set(
  'ACT|NSW|VIC|QLD|SA|WA|TAS|NT|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WV|WI|WY|DC|BC|AB|SK|MB|ON|QC|NS|NB|NL|PE|YT|NU'.split('|'),
);
const CODE_AFTER_TOWN = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}\p{Ll}[\p{L}'’.-]*){0,2})\s([A-Z]{2,3})$/u;

/** "Canberra ACT", "Adelaide SA", "Trondheim NO": a town and its state's or its country's code without a comma, one place. */
function codeAfterTown(part: string): JobLocation {
  const [, town, code] = CODE_AFTER_TOWN.exec(part)!;
  if (COUNTRY_CODES.has(code!)) return { city: unshout(town!), country: code! };
  return STATE_CODES.has(code!) ? { city: unshout(town!), region: code! } : { city: unshout(part) };
}

/** "ON", "NSW", "TX": a state's, territory's or province's code as boards write it after a town. */
export function isStateCode(text: string): boolean {
  return STATE_CODES.has(text.trim());
}

/** The words that close a region's name (merge.ts reads two spellings of one region by them). */
export const REGION_CLOSING = String.raw`(?:län|fylke|county|shire|prefecture|province|voivodeship|województwo|kraj|oblast|governorate|region|novads|maakond|apskritis)`;
const CLOSES_REGION = new RegExp(String.raw`(?<!\p{L})${REGION_CLOSING}$`, 'u');

export function isRegion(text: string): boolean {
  const t = text.trim().toLowerCase();
  // "Chiba prefecture", "Košický kraj", "Varna oblast", "Volta Region": the words that close a region's name only.
  // "Talsu novads", "Hiiu maakond", "Tauragės apskritis": the Baltic ones too (v49); v61: Ireland's "Co. Clare".
  return REGIONS.has(t) || CLOSES_REGION.test(t) || COUNTY.test(text.trim());
}

/** A part of the world, not of a country: "Region: EMEA", "Region: Nordics and Baltics". */
const WORLD_PART = /^(?:emea|apac|latam|amer|americas|europe|europa|nordics?|norden|baltics?|baltikum|scandinavia|skandinavia|skandinavien|asia|africa|oceania|global|worldwide|remote|international)$/iu;

/**
 * "Region: Wellington" under "Location: Wellington, Porirua": what a row labelled as the region names is a region,
 * also where the region shares its name with its town (Wellington, Auckland, Oslo); a part of the world or a country
 * is not.
 */
export function isRegionInRow(text: string): boolean {
  const t = text.trim();
  if (isRegion(t)) return true;
  const parts = t.split(/\s+(?:og|and|och|&)\s+/u);
  return /^\p{Lu}[\p{L}'’-]*(?:\s(?:og|and|och|\p{Lu}[\p{L}'’-]*)){0,2}$/u.test(t) && !parts.some((part) => isCountry(part) || WORLD_PART.test(part));
}

const REMOTE_WORD = /^(remote|fully remote|remote[- ]first|anywhere|hjemmekontor|fjernarbeid|distans|på distans|distansarbete|hybrid|delvis hjemmekontor|on[- ]?site|hybrid remote|worldwide)$/i;

export function isCountry(text: string): boolean {
  return COUNTRIES.has(text.trim().toLowerCase());
}

/** "SØRUMSAND" → "Sørumsand", "NEW YORK" → "New York"; mixed case and codes ("USA", "WA") stay. */
export function unshout(text: string): string {
  if (/\p{Ll}/u.test(text) || text.replace(/[^\p{L}]/gu, '').length <= 3) return text;
  const titled = text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m: string, sep: string, first: string) => sep + first.toUpperCase());
  // "NORRBÄCKENS SÅGVERK AB": the legal form keeps its own spelling.
  return titled.replace(/(?<=\s)(?:ab|as|asa|oy|oyj|sa|ba|ans|iks|hf|plc|llp|ltd|aps|gmbh)$/iu, (form) => LEGAL_SPELLING[form.toLowerCase()] ?? form.toUpperCase());
}

const LEGAL_SPELLING: Record<string, string> = { aps: 'ApS', gmbh: 'GmbH', ltd: 'Ltd' };

/** "0155 Oslo", "SE-411 05 Göteborg", "Silkeborg 8600"; "BC V1Y 8R8", "OH 45402-1234": the region code before a Canadian or US postcode stays. */
function stripPostcode(part: string): string {
  // "Whitby YO21 1DH": a British postcode after its town too; v58: "400 Ísafjörður": Iceland's (and the Faroes') three figures before the town.
  return part.replace(/^(?:[A-Z]{1,2}-)?\d{3}(?:\s?\d{1,2})?\s+(?=\p{Lu})/u, '').replace(/\s+(?:\d{4,5}|\d{5}-\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$/, '').trim();
}

/** "Kingsmoor Airport", "Flesland lufthavn", "Landvetter flygplats", "Northfield Depot": a site named after a place is not the town. */
const SITE = /(?<!\p{L})(?:airport|airfield|aerodrome|lufthavn|flyplass|flygplats|depot|terminal)(?!\p{L})/iu;

/** A street or a building ("Storgata 1", "Rådhuset", "Kunnskapssenteret"): part of an address, not a town. */
function isStreet(part: string): boolean {
  // "Harrogate", "Margate": a town a register knows is no street, whatever its name ends in.
  if (!/\d/.test(part) && knownTown(part)) return false;
  // "St. Julian's", "St. Albans", "Ste. Marie": a saint's name before the town's, not a street.
  if (/^(?:St|Ste)\.\s+\p{Lu}[\p{L}'’-]+$/u.test(part.trim())) return false;
  // "Saigon Riverside Tower", "Level 3", "3. etasje": a building or its floor is part of an address ("Road Town" is a town).
  return /\d/.test(part) || /(?<!^)(?:gata|gate|gaten|veien|vegen|vei|veg|vägen|väg|street|st\.|road|avenue|allé|plass|torg|torget|huset|bygget|bygningen|senteret|centret|gården|campus|skole|skule|skola|school|sykehus|sjukehus|sjukhus|hospital|barnehage|förskola)(?!\p{L})/iu.test(part) || /(?<!\p{L})(?:tower|towers|building|plaza|floor|level|suite|menara|wisma|etasje|etg|våning|våningen)(?!\p{L})/iu.test(part);
}

/** A postal address written as one string: "Storgata 1, 0155 Oslo, Norway" → Oslo, Norway. */
export function parseAddressText(text: string): JobLocation | undefined {
  // v54: "Plantation office, 1184 North River Road, Carnarvon WA 6701 — about ten minutes from town. Produce is …": the address, not what follows it.
  const parts = text.split(/\s+[—–]\s+(?=\p{Ll})|(?<=\p{Ll}{3}|\d)\.\s+(?=\p{Lu})/u)[0]!.split(/\s*,\s*|\n/).map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  const country = last && isCountry(last) ? parts.pop() : undefined;
  // "Kelowna, BC V1Y 8R8", "Dayton, OH 45402": the region code before the postcode.
  const tail = parts.length > 1 ? stripPostcode(parts[parts.length - 1]!) : undefined;
  const region = tail && /^[A-Z]{2}$/.test(tail) ? (parts.pop(), tail) : undefined;
  const places = parts.map((p) => townOfDistrict(stripPostcode(p))).filter((p) => p && !isStreet(p));
  const city = places[places.length - 1];
  // "Carnarvon WA 6701": a town and its state's code, one place.
  const coded = city && !region && CODE_AFTER_TOWN.test(city) ? codeAfterTown(city) : undefined;
  const location: JobLocation = coded ?? {};
  if (city && !coded) location.city = unshout(city);
  if (region) location.region = region;
  if (country) location.country = country;
  return Object.keys(location).length > 0 ? location : undefined;
}

/** A "Location:" value listing places: "Oslo, Bergen og Trondheim", "Stockholm / Remote". */
/** "Aarhus C", "København K", "Odense SØ": a Danish postal district after its town. */
const DANISH_DISTRICT = /^(\p{Lu}[\p{L}-]+)\s(?:C|K|V|N|S|Ø|SV|SØ|NV|NØ)$/u;
/** "Dublin 2", "Dublin 15": a town's numbered postal district is the town (only a town the register knows). */
const NUMBERED_DISTRICT = /^(\p{Lu}[\p{L}-]+)\s\d{1,2}$/u;
const withoutNumberedDistrict = (part: string): string => {
  const town = NUMBERED_DISTRICT.exec(part)?.[1];
  return town && knownTown(town) ? town : part;
};

/** "Vinje i Voss herad", "Ramsjö i Ljusdals kommun": a village named with its municipality is the municipality's. */
const IN_MUNICIPALITY = /^\p{Lu}[\p{L}-]+ i (\p{Lu}[\p{L}-]+(?= (?:herad|kommune)$)|\p{Lu}[\p{L}-]+?(?=s? kommun$)).*$/u;

/** "Blessington, County Wicklow", "Skibbereen, Co. Cork", "Ely, Cambridgeshire County", "Førde, Vestland fylke", "Järvsö, Gävleborgs län": the county a town lies in is no second place. */
const COUNTY = /^(?:(?:County|Co\.)\s+\p{Lu}[\p{L}-]+|\p{Lu}[\p{L}-]+\s+(?:County|fylke|fylkeskommune|län|novads|maakond|apskritis))$/u;

/** "Germany › Kiel", "Norge » Vestland » Bergen": a board's path from the country down to the town. */
const PATH = /\s*[›»]\s*|\s+>\s+/u;

/** The town at the end of a path, with the country and the region the path names before it: one place. */
function placeOfPath(value: string): JobLocation[] {
  const steps = value.split(PATH).map((step) => step.trim()).filter(Boolean);
  const country = steps.find(isCountry);
  const rest = steps.filter((step) => step !== country);
  const city = rest[rest.length - 1];
  const region = rest.slice(0, -1).find(isRegion);
  const place: JobLocation = { ...(city ? { city: unshout(city) } : {}), ...(region ? { region } : {}), ...(country ? { country } : {}) };
  return Object.keys(place).length > 0 ? [place] : [];
}

const SHARED_MUNICIPALITY = /^([^,()]+\s(?:og|och|and)\s[^,()]+?)\s*\(([^()]+)\)$/u;
const REGION_IN_BRACKETS = /(?<=\p{L})\s*\(([^()]{2,40})\)(?=\s*(?:[,/|·;•]|$))/gu;

export function locationsFromText(text: string): JobLocation[] {
  // v52: "Terråk og Holm (Bindal)": the municipality in brackets after places joined by "og" is all of theirs, no place of its own.
  // v55: "Location Meekatharra, WA", a bold label without its colon before the place.
  const value = withoutLeadingSymbols(text).replace(/^(?:[Ll]ocation|[Jj]ob [Ll]ocation|[Ww]ork [Ll]ocation|[Aa]rbetsort|[Aa]rbeidssted|[Ss]ted|[Oo]rt)\s+(?=\p{Lu})/u, '').replace(SHARED_MUNICIPALITY, (whole: string, places: string, home: string) => (isMunicipality(home) ? places : whole));
  if (PATH.test(value)) return placeOfPath(value);
  // "Helsestasjonen, Rådhusvegen 6, 6180 Fjellsund": one postal address, whose town is the place.
  if (/,/.test(value) && /(?<![\d\p{L}])\d{3,4}\s+\p{Lu}/u.test(value) && value.split(',').some((part) => isStreet(part.trim()))) {
    const address = parseAddressText(value);
    return address ? [address] : [];
  }
  // "Kelowna (BC)", "Silkeborg (Midtjylland)", "Lund (Skåne län)": a region in brackets after its town is the town's region.
  // "Joensuu (Science Park, Länsikatu 15)": a site and its street in brackets are no places of their own.
  const bracketed = value.replace(REGION_IN_BRACKETS, (whole: string, region: string) => (/^[A-Z]{2,3}$/.test(region) || isRegion(region) ? `, ${region}` : whole)).replace(/\s*\([^()]*,[^()]*\)/gu, '');
  const parts = bracketed
    .split(/\s*(?:[,/|·;•]|(?<!\p{L})(?:og|och|and|or|eller|eller)(?!\p{L}))\s*/u)
    .map((p) => stripPostcode(townOfDistrict(p).replace(/\(.*?\)/g, '').replace(/[.;:!]+$/u, '').trim()).replace(DANISH_DISTRICT, '$1').replace(IN_MUNICIPALITY, '$1'))
    .map(withoutNumberedDistrict)
    .filter(Boolean)
    // "Averøy, Møre og Romsdal": a region whose name holds "og" is one part.
    .reduce<string[]>((out, part) => {
      const joined = out.length > 0 ? ['og', 'and'].map((and) => `${out[out.length - 1]} ${and} ${part}`).find((r) => REGIONS.has(r.toLowerCase())) : undefined;
      if (joined) out[out.length - 1] = joined;
      else out.push(part);
      return out;
    }, []);
  const out: JobLocation[] = [];
  for (const [index, part] of parts.entries()) {
    // "Kingsmoor Airport, Lincoln": a site before the town it lies in ("Leeds depot" alone still names Leeds).
    if (SITE.test(part) && part.split(/\s+/).length <= 4 && index < parts.length - 1) continue;
    // "This role can be based in Plymouth", "Bristol office optional": the towns a phrase names (v66: "95 boulevard de York Est" none).
    if (!knownTown(part) && !isRegion(part) && !/^\d+\p{L}?\s+\p{Ll}/u.test(part) && /\s\p{Ll}/u.test(part) && !/ (?:kommune|kommun|herad|län|fylke)$/u.test(part) && !/^\p{Lu}[\p{L}-]+ (?:og|och|and|i|of|of the) \p{Lu}/u.test(part)) {
      for (const word of part.split(/\s+/)) {
        const town = knownTown(word);
        if (town && out.length < 8) out.push({ city: town });
      }
      continue;
    }
    // "hybrid, to dager hjemme": a place is written with a capital.
    if (REMOTE_WORD.test(part) || part.length > 40 || isStreet(part) || /^\p{Ll}/u.test(part)) continue;
    const previous = out[out.length - 1];
    // "Naustdal, Sunnfjord kommune", v61 "Mataura, Gore District, Southland", v64 "Dargaville, Kaipara, Northland": the municipality a village lies in is no second place.
    if (previous?.city && (/^\p{Lu}[\p{L}-]+ (?:kommune|kommun|herad|District)$/u.test(part) || isDistrictNamedForArea(part))) continue;
    // "Aviemore, Badenoch & Strathspey": an area of two names after its town is no second place.
    if (previous?.city && /^\p{Lu}[\p{L}-]+ & \p{Lu}[\p{L}-]+$/u.test(part) && !knownTown(part)) continue;
    // "Cebu City, Cebu", "Iloilo City, Iloilo": a city and the province it is named for, as Philippine boards write it.
    if (previous?.city && !previous.region && !previous.country && previous.city.toLowerCase() === `${part.toLowerCase()} city`) previous.region = part;
    else if (isCountry(part)) {
      // "Bergen or Oslo, Norway": the country belongs to every city listed before it.
      const open = out.filter((l) => l.city && !l.country);
      if (open.length > 0) for (const l of open) l.country = part;
      else out.push({ country: part });
    } else if (COUNTRY_CODES.has(part) && previous?.city && !previous.country) {
      previous.country = part;
    } else if ((/^[A-Z]{2}$/.test(part) || STATE_CODES.has(part) || isRegion(part) || COUNTY.test(part) || (REGION_NAMED_LIKE_TOWN.test(part) && !knownTown(previous?.city ?? ''))) && previous?.city && !previous.region && !previous.country) {
      previous.region = part;
    } else if (CODE_AFTER_TOWN.test(part)) {
      out.push(codeAfterTown(part));
    } else {
      out.push({ city: unshout(part) });
    }
    if (out.length >= 8) break;
  }
  // "Sveg eller Östersund", "Harrogate or Ripon": places listed as alternatives are never a town and its municipality.
  const alternatives = /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*\s(?:or|eller)\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*$/u.test(bracketed.trim());
  // "Harmånger och Bergsjö": two places joined by "and" are both the job's, a village no register knows among them.
  const joined = /^[^,]+\s(?:og|och|and)\s[^,]+$/u.test(bracketed.trim());
  return out.filter((l, i) => !(!joined && districtOf(l, out[i + 1], i === out.length - 2)) && !out.some((o) => namedAfter(l, o)) && !(out.length === 2 && !alternatives && municipalityOf(out[i - 1], l)));
}

/** "Cardiff Bay, Cardiff": a district named after the town it is in. */
function namedAfter(place: JobLocation, town: JobLocation): boolean {
  if (!place.city || !town.city || place.city === town.city) return false;
  return new RegExp(`(?<!\\p{L})${escapePattern(town.city)}(?!\\p{L})`, 'u').test(place.city);
}

const REMOTE =
  /(?<!\p{L})(fully remote|100\s?% remote|remote[- ]first|remote[- ]only|full remote|work from anywhere|helt hjemmekontor|kun hjemmekontor|fullt hjemmekontor|100\s?% hjemmekontor|helt på distans|100\s?% distans|fullt på distans|remote position|remote job|remote role)(?!\p{L})/iu;
const HYBRID =
  /(?<!\p{L})(hybrid(?![- ]?(?:cloud|sky|moln|apps?|mobil|infra|bil|car|løsning|lösning|solution|system|energi|energy|vehicle))|delvis hjemmekontor|muligheter? for (?:hjemmekontor|å jobbe hjemmefra)|mulighet til hjemmekontor|möjlighet (?:till|att) (?:distansarbete|arbeta på distans|jobba hemifrån)|delvis på distans|delvis distans|partly remote|partially remote|flexible remote|hjemmekontor (?:én|en|ein|to|tre|[1-3]) dag(?:er)?|(?:en|två|tre|[1-3]) dag(?:ar)? (?:i veckan )?(?:på )?distans|(?:one|two|three|[1-3]) days? (?:a|per) week (?:from home|remote|in the (?:office|studio)))(?!\p{L})/iu;

/** Remote work as the text of an ad states it; only explicit wording counts. */
export function remoteFromText(text: string): RemoteMode | undefined {
  if (REMOTE.test(text)) return 'remote';
  if (HYBRID.test(text)) return 'hybrid';
  return undefined;
}

/** The value of a "Remote:" / "Hjemmekontor:" / "Arbetsplats:" fact. */
export function remoteFromValue(value: string): RemoteMode | undefined {
  const text = value.trim().toLowerCase();
  if (/^(nei|no|nej|ikke|inte|not|none|on[- ]?site|office|kontor|på kontoret|på plats)(?!\p{L})/u.test(text)) return 'onsite';
  if (/delvis|hybrid|partly|partial|mulig|möjlig|kombin|some|flex/u.test(text)) return 'hybrid';
  if (/^(ja|yes|remote|fully|full|helt|kun|100|distans|anywhere|hjemmekontor)(?!\p{L})/u.test(text)) return 'remote';
  return remoteFromText(value);
}
