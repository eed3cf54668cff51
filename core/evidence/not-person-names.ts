import { escapePattern } from '../text/pattern';

/**
 * Capitalised words that read like a person's name but name something else: a desk or a service ("Contact Customer
 * Services", "Kontakt Kundeservice Bergen"), a street ("the main burst under Shap Road"), or a firm — named by the word
 * of its trade or kind ("led by Sampaguita Ventures", "Nordvik Logistics", "Fjellheim Holding") or followed by its legal
 * form ("owned by Namdal Slakteri AS", "Berglund Bygg AB"); or a part of the business ("Payments Platform").
 */

/** Capitalised words of a desk or a service, not of a person. */
export const SERVICE_WORDS = /(?<![\p{L}])(?:customer|services?|support|sales|desk|office|centre|center|team|kundeservice|kundesenter|kundservice|kundtjänst|sentralbord|växeln?)(?![\p{L}])/iu;

/** A street or a road is a place. */
const STREET = /\s(?:Road|Street|Avenue|Square|Terrace|Bridge)$/u;

/**
 * A firm's last word, the word of its kind or trade ("Ventures", "Capital", "Holding", "Logistics", "Gruppen") or a legal form read as a name ("Ltd");
 * also a firm of services named by its trade: "Kyriakou Shipping Management", "Skånsk Rekrytering", "Nordlys Bemanning", "Fjord Consulting",
 * "Vestkyst Rederi", "Brage Rådgivning".
 */
const FIRM_WORD =
  /\s(?:Ventures|Capital|Partners|Holding|Holdings|Invest|Investments|Group|Gruppen|Konsern|Koncern|Logistics|Logistikk|Logistik|Bank|Banken|Fund|Fond|Fonden|Foundation|Stiftelse|Stiftelsen|Technologies|Systems|Solutions|Ltd|Limited|Inc|Plc|Oy|Management|Shipping|Recruitment|Staffing|Consulting|Consultants|Rekrytering|Rekruttering|Bemanning|Konsult|Rådgivning|Rederi|Rederiet|Department|Division|Unit|Avdeling|Avdelingen|Avdelning|Avdelningen|Seksjon|Sektion|Møbel|Møbler|Möbler|Furniture)$/u;

/** … or a compound of a trade's word that no surname ends in: "Eidsfjord Sjøtransport", "Vika Sjømat", "Lunds Byggentreprenad"; v61 "Sørnamsen Ferjedrift". */
const TRADE_COMPOUND = /\s\p{L}*(?:transport|frakt|rederi|logistikk|logistik|sjømat|sjömat|havbruk|entreprenør|entreprenad|ferjedrift|fergedrift|færgedrift|verft|varv)$/iu;

/** Whether a name's last word is a firm's (FIRM_WORD): "Skånsk Rekrytering" reads like a person's name of two words and is none. */
export const endsInFirmWord = (name: string): boolean => FIRM_WORD.test(name.trim());

/** A part of the business or a product named as a unit's last word ("Payments Platform", "Cloud Infrastructure", "Betaling Plattform"), as an ad's title puts it after the role. */
const BUSINESS_PART = /\s(?:Platform|Platforms|Payments|Infrastructure|Operations|Engineering|Analytics|Cloud|Reliability|Security|Plattform|Plattformen|Infrastruktur|Betaling|Betalningar)$/u;
/** A stage of the work as a unit's last word ("Final Assembly builds 140 engines per shift", "Engine Test runs every engine …"). */
const WORK_STAGE = /\s(?:Assembly|Test|Testing|Production|Maintenance|Quality|Calibration|Procurement|Montering|Monteringen|Produksjon|Produksjonen|Produktion|Produktionen|Vedlikehold|Underhåll|Kvalitet)$/u;

/** v50: a school or a programme as the name's last word ("Kuldīga Technical School runs …", "Behavioral Health Program – Registered Nurse"). */
const INSTITUTION = /\s(?:School|College|University|Academy|Institute|Program|Programme|Skole|Skolen|Høgskole|Høgskolen|Universitet|Universitetet|Skola|Skolan|Högskola|Högskolan|Gymnasium|Gymnasiet|Akademi|Programmet)$/u;

/** A legal form right after the name: "Namdal Slakteri AS", "Berglund Bygg AB", "Harbour Foods Ltd". */
const LEGAL_FORM_NEXT = /^\s+(?:AS|ASA|AB|Ltd|Limited|plc|PLC|Inc|LLC|GmbH|Oy|ApS|A\/S|SA|IKS|KS|HB|KB)(?![\p{L}])/u;

/** Whether a name read from a sentence names no person: see the module comment. `after` is the text that follows it. */
export function namesNoPerson(name: string, after = ''): boolean {
  return namesDeskOrTrade(name) || STREET.test(name) || FIRM_WORD.test(name) || BUSINESS_PART.test(name) || LEGAL_FORM_NEXT.test(after);
}

/**
 * The narrower test for a sentence's subject: a desk, a firm named by its trade's compound, a stage of the work. A street's
 * or a platform's word may be a surname there ("Tom Bridge runs the night shift", "Andrew Cloud leads …").
 */
/** v52: a crew's word, before its name ("Lag Holm driver de to ytterste lokalitetene", "Skift B", "Crew North"; unit-subject.ts reads it too). */
export const CREW_WORD = /^(?:lag|laget|skift|skiftet|team|teamet|crew|shift|gruppe|grupp|avdeling|avdelning)$/iu;
const crewFirst = (name: string): boolean => /^\p{Lu}/u.test(name.trim()) && CREW_WORD.test(name.trim().split(/\s+/)[0]!) && /\s/.test(name.trim());

export function namesDeskOrTrade(name: string): boolean {
  return SERVICE_WORDS.test(name) || crewFirst(name) || TRADE_COMPOUND.test(name) || WORK_STAGE.test(name) || INSTITUTION.test(name);
}

/** The unit words a page may put after a unit's name: "The Lending Platform team", "Kundeservice-teamet", "Enheten". */
const UNIT_AFTER = String.raw`(?:team|teams|teamet|unit|group|department|gruppen|gruppa|avdeling|avdelingen|avdelning|avdelningen|enhet|enheten)`;

/**
 * A "name" the page itself calls a unit elsewhere ("Lending Platform" in an ad headed "Senior Backend Engineer – Lending
 * Platform" that goes on to "The Lending Platform team is 14 engineers …"): the title's role and unit, not a person.
 */
export function namedAsUnit(name: string, pageText: string): boolean {
  return new RegExp(String.raw`(?<![\p{L}])${escapePattern(name)}[\s-]*${UNIT_AFTER}(?![\p{L}])`, 'iu').test(pageText);
}
