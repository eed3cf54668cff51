/**
 * New Zealand's place names as its boards write them after a town ("Twizel, Canterbury", "Dargaville, Kaipara, Northland"),
 * where a name alone does not tell a town from an area.
 */

/** v63: "Twizel, Canterbury": New Zealand's regions named like a town, a region only after a town no register knows. */
export const REGION_NAMED_LIKE_TOWN = /^(?:Canterbury|Northland|Auckland|Wellington|Tasman|Nelson|Gisborne)$/u;

/**
 * v64: "Dargaville, Kaipara, Northland" (Trade Me): the district council's area between the town and its region. Only the
 * districts named for an area, no town of their own ("Waimate, Waimate, Canterbury" names the town twice); "Te Rapa,
 * Hamilton, Waikato" is a suburb and its city. Southland is left out: its district is written "Southland District", its region
 * "Southland".
 */
const DISTRICT_NAMED_FOR_AREA = new Set(
  [
    'Far North', 'Kaipara', 'Hauraki', 'Thames-Coromandel', 'Matamata-Piako', 'Waipa', 'Waitomo', 'Western Bay of Plenty', 'Ruapehu',
    'Rangitikei', 'Manawatu', 'Tararua', 'Horowhenua', 'Kapiti Coast', 'South Wairarapa', 'South Taranaki', "Central Hawke's Bay",
    'Selwyn', 'Waimakariri', 'Hurunui', 'Mackenzie', 'Waitaki', 'Clutha', 'Central Otago', 'Queenstown-Lakes', 'Westland', 'Buller',
    'Grey', 'Kaikoura', 'Chatham Islands',
  ].map((d) => d.toLowerCase()),
);

export const isDistrictNamedForArea = (part: string): boolean => DISTRICT_NAMED_FOR_AREA.has(part.trim().toLowerCase());
