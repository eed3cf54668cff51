/**
 * A rule of protective gear or hygiene, laid down for whoever is in a place: "All visitors must wear hairnets …", "Alle
 * som går inn i klekkeriet skal desinfisere støvler …", "Alla besökare ska bära hjälm, hörselskydd och varselväst …".
 * What the law and the trade ask of anyone at the site, not what the company is for (a vision) nor how its people
 * choose to work (a value). Gear or hygiene, and a word of must; gear worn in passing ("… och bär hjälm som alla
 * andra") is no rule. Folded words (stems.ts).
 */

/** Gear and hygiene, as stems: a word that starts with one ("hjelmer", "hörselskydden", "disinfected"; v50: "fallsikring", "verneutrustning"; v51: "førstehjelpsutstyr", "flytedress", "nødpeilesender"). */
const GEAR =
  /^(?:helmet|hard|hearing|hi-vis|high-vis|hairnet|goggles|gloves|overalls|disinfect|sanitis|sanitiz|harness|hjelm|hørselvern|vernesko|vernebrille|verneutstyr|verneutrust|fallsikr|fallskydd|verneklær|refleksvest|hårnett|hansker|desinfiser|smittevern|hjälm|hörselskydd|skyddsskor|skyddsglasögon|skyddsutrustning|skyddskläder|skyddsrock|varselväst|varselkläder|reflexväst|hårnät|handskar|desinficer|seatbelt|setebelte|bilbelte|bilbälte|säkerhetsbälte|breathalys|alkotest|alkoholtest|promilletest|alkolås|førstehjelp|förstahjälp|flytedress|flytevest|redningsvest|flytväst|räddningsväst|flytoverall|nødpeil|nödsändare|lifejacket)/;
/** "hard hats", "hearing protection", "safety shoes": English gear in two words. */
const EN_SAFETY = /^(?:safety|protective)$/;
const EN_GEAR_AFTER = /^(?:shoes|boots|glasses|goggles|helmets?|clothing|equipment|vests?|gear)$/;
/** "seat belts", "an alcohol test", "life jackets", "a first aid kit": a rule of the road or the water in two words. */
const ROAD_RULE = (word: string, next: string | undefined): boolean =>
  (word === 'seat' && /^belts?$/.test(next ?? '')) || (word === 'alcohol' && /^tests?$/.test(next ?? '')) || (word === 'life' && /^jackets?$/.test(next ?? '')) || (word === 'first' && next === 'aid');
/** "… are worn at all times", "… til enhver tid", "… hela tiden": always, as a rule says it. */
const ALWAYS = (text: readonly string[], i: number): boolean => (text[i] === 'times' && text[i - 1] === 'all') || (text[i] === 'tid' && text[i - 1] === 'enhver') || (text[i] === 'tiden' && text[i - 1] === 'hela');
const MUST = /^(?:must|required|compulsory|mandatory|skal|ska|skall|må|måste|påbudt|påbjudet|obligatorisk|obligatoriska|obligatoriskt|kreves|krävs)$/;

const holdsGear = (text: readonly string[]): boolean =>
  text.some((word, i) => (GEAR.test(word) && !(word === 'hard' && !/^hats?$/.test(text[i + 1] ?? '')) && !(word === 'hearing' && !/^protection/.test(text[i + 1] ?? ''))) || (EN_SAFETY.test(word) && EN_GEAR_AFTER.test(text[i + 1] ?? '')) || ROAD_RULE(word, text[i + 1]));

/**
 * A course the law asks of whoever works there, done before the work: "Alle som arbeider nær høyspentanlegg skal ha
 * gjennomført FSE-kurs", "Alla som arbetar i tornen ska ha genomgått GWO-utbildning", "Everyone working on live equipment
 * must have completed the safety course". A course taken, with a word of must: a rule, not a habit.
 */
const TAKEN = /^(?:completed|passed|taken|done|attended|gjennomført|gjennomgått|tatt|fullført|genomgått|gått|avklarat|klarat)$/;
const COURSE = /(?:kurs|kurset|course|training|opplæring|opplæringen|utbildning|utbildningen|certificate|sertifikat|certifikat)$/;
const holdsCourseTaken = (text: readonly string[]): boolean => text.some((w) => TAKEN.test(w)) && text.some((w) => COURSE.test(w));

/** Whether a sentence (folded words) lays down a rule of gear, hygiene or a course the work requires: see the comments above. */
export function tellsSafetyRule(text: readonly string[]): boolean {
  return (text.some((w, i) => MUST.test(w) || ALWAYS(text, i)) && holdsGear(text)) || (text.some((w) => MUST.test(w)) && holdsCourseTaken(text));
}
