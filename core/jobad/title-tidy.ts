import { knownTown, placeList } from '../places';
import { roleOfQuestion } from './question-heading';
import { withoutInnerTags, withoutLead } from './title-lead';
import { MONTH, START_TAIL } from './title-start';
import { workplaceTail } from './title-workplace';

/**
 * A title as the ad names the job, without what boards hang on it: "Coded Welder - job post",
 * "Formidler (60 %) (ref. 2026/4417)", "Utvikler (stillingsnr. 1234)", a requisition or case number in brackets
 * ("QA Lead (Req ID 2291)", "Inköpare [Referensnummer 2026/311]", "Rådgiver (saksnr. 24/1187)"). A title that is only
 * such a tail stays as it is.
 */
const TITLE_TAIL = /(?:\s+[-–—|]\s+(?:job post(?:ing)?|job ad(?:vert)?|stillingsannonse|platsannons)|\s*\((?:\d{1,3}(?:[.,]\d)?(?:\s?%?\s?[-–—]\s?\d{1,3}(?:[.,]\d)?)?\s?%|ref(?:erence|eranse)?\.?(?:\s?(?:no|nr|nummer|number)\.?)?:?\s*[\w/.-]+|(?:stillingsnr|stillings-?id|annonsenr|id|job id|jobb-?id)\.?:?\s*[\w/.-]+)\)|\s*[([]#?(?:req(?:uisition)?\.?(?:\s?(?:id|no|nr|number|#))?|job\s?(?:ref(?:erence)?|req(?:uisition)?|no|number|code)\.?|vacancy\s?(?:id|no|ref(?:erence)?|number)\.?|posting\s?id|referens(?:nummer|nr)?|ref\.?\s?nr|annons-?(?:id|nummer|nr)|diarie(?:nummer|nr)|dnr|(?:arkiv)?saks?(?:nummer|nr)|utlysnings-?(?:id|nummer|nr))\.?:?\s*(?=[\w/.-]*\d)[\w/.-]+[)\]])\s*$/iu;

/**
 * When the work is done, not what it is: "- 2nd Shift", "– andre skift", "- Nights", "– Weekends", "– skiftgång", "– ettermiddag",
 * "till kvällsskift", "– skollov", ", 2-shift work", "(2 shifts)" (v56); how a remote site is reached and worked: "| FIFO/DIDO", "– 7/7 roster",
 * "| FIFO ex Perth | 2:1 Roster" (v56), v66 "- Rotating Roster".
 */
const SHIFT = String.raw`(?:(?:fifo|dido|bibo)(?:\s+(?:ex|from)\s+\p{Lu}[\p{L}-]+)?|\d{1,2}\s?[/:]\s?\d{1,2}\s(?:roster|swing|rotation)|shift\s?work|(?:\d(?:st|nd|rd|th)|first|second|third|graveyard|swing|\d\.|andre|tredje|andra)[- ]?(?:shifts?|skift)|(?:\d|to|tre|två)[- ]skift|(?:\d|two|three)[- ]shifts?(?:\s?work)?|nights?|days?|evenings?|afternoons?|weekends?|(?:night|day|late|early|rotating|rotational|continuous|afternoon|evening|morning|weekend) (?:shifts?|duty|rosters?)|shifts?|nattskift|kveldsskift|kvällsskift|dagskift|(?:to|två|tre|fem)skift|(?:hel|døgn|halv)?kontinuerlig(?:t)?(?:\s+skift(?:ordning|gång)?)?|(?:to|tre)delt(?:\s+(?:skift|turnus))?|skift(?:gång|arbete|arbeid)?|dagtid|kveldstid|kvällstid|ettermiddag|eftermiddag|kväll|kveld|natt|dag|helg(?:er|or)?|helgturnus|(?:school |bank )?holidays|skoleferie(?:ne|r|ar)?|skollov(?:en|et)?|sommarlov(?:et)?|sommerferie(?:n|ar)?|helligdager|helgdagar)`;

/** Times joined in a row: "– Weekends & School Holidays", "– kväll/helg", "– natt og helg". */
const SHIFTS = String.raw`${SHIFT}(?:\s*(?:[,/&+]|\s(?:and|og|och))\s*${SHIFT})*`;

/** How long the post lasts: "4 år", "12 months", "12 måneders vikariat", "Seasonal", "sesong", "2027 Season", "2027 Shipping Season", "Harvest 2026/27" (v52), v65 "- Cherry Season", "March–October 2027", v66 "(sesong feb.–okt.)", "sommar 2027", "säsong vintern 2027", "tillsvidare", "until 30.4.2027" (v56). */
const DURATION = String.raw`(?:\d{1,2}\s?(?:måneders|månaders|ukers|veckors|års)\s(?:vikariat|engasjement|stilling|tjänst|anställning|visstidsanställning)|\d{1,2}(?:[.,]\d)?\s?(?:år|years?|months?|måneder|månader|mnd\.?|mån\.?|weeks?|uker|veckor)|(?:one|two|three|four|five|six|\d{1,2})[- ](?:year|month|week)(?:[- ]long)?(?:\s(?:position|post|contract|appointment|assignment|placement|secondment|role|fixed[- ]term(?: contract| position)?))?|(?:ett|eitt|to|två|tre|fire|fyra|fem|seks|sex|\d{1,2}-?)?årig(?:t|e)?\s(?:stilling|tilsetjing|engasjement|anställning|visstidsanställning|tjänst|vikariat)|${MONTH}\.?\s?[-–—]\s?${MONTH}\.?(?:\s+\d{4})?|(?:sommer|sommar|summer|vinter|winter)(?:en|et|n)?(?:\s+\d{4})?|seasonal|(?:20\d{2}\s(?:\p{L}+\s)?|\p{L}+\s)?season|harvest|(?:long|short)[- ]term(?: contract)?|(?:sommer|vinter)?sesong(?:en|arbeid|stilling|jobb)?|(?:sommar|vinter)?säsong(?:en|sanställning|sarbete|sjobb)?|tillsvidare|(?:until|till|til|t\.o\.m\.?|fram till|fram til|frem til|inntil)\s+(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\.?\s+${MONTH}(?:\s+\d{4})?)|fixed[- ]term|visstid|engasjement|tidsbegränsad(?: anställning)?|visstidsanställning|vikariat|midlertidig(?: stilling)?|mellombels(?: stilling)?|befristet)`;

/**
 * Where and on what footing the work is done, not the work: "(Hybrid)", "– Remote", "– hjemmekontor", "(distans)",
 * "- Live-in Available", "– bolig inkludert", "– boende ordnas". Only as a tail: "Remote Sensing Analyst" is a trade.
 */
const WORK_MODE = String.raw`(?:hybrid(?:[- ]?(?:working|arbeid|arbete|remote))?|(?:fully |100 ?% )?remote(?:[- ](?:first|friendly|possible|optional))?|work from home|wfh|on[- ]?site|in[- ]office|(?:delvis |mulighet for )?hjemmekontor|fjernarbeid|(?:på )?distans(?:arbete)?|hemifrån|live[- ]in(?: accommodation)?(?: available| provided| possible| included| option)|(?:staff )?accommodation (?:available|provided|included)|(?:personal)?bolig (?:tilgjengelig|inkludert|ordnes)|(?:personal)?bostad (?:ordnas|finns|ingår)|boende (?:ordnas|finns|ingår)|visa sponsorship(?: available)?)`;

/** A share of a full post, or a span of shares: "80 %", "80–100 %", "50 - 75%". */
const SHARE = String.raw`\d{1,3}(?:[.,]\d)?(?:\s?%?\s?[-–—]\s?\d{1,3}(?:[.,]\d)?)?\s?%`;

/** A rota is when, not what: "2-2-turnus", "14/14 rotation", "turnus", "rotasjon"; v60: "turnus 14/14". */
const ROTA = String.raw`(?:\d{1,2}[-/]\d{1,2}[- ]?)?(?:turnus|rotation|rotasjon|rota)(?:\s\d{1,2}[-/:]\d{1,2})?`;
/** The extent in days: "4 days/week", "3 days a week", "4 dager i uka", "4 dagar/vecka". */
const DAYS_A_WEEK = String.raw`\d(?:[.,]5)?\s?(?:days?|dager|dagar|dagars)\s?(?:\/|per|a|i|pr\.?|in the)\s?(?:week|wk|uke|uka|veke|vecka|veckan)`;
/** The hours a week, or a span of them: "20–30 Std./Woche", "20-30 hrs/week", "15 timer i uka", "20 tim/vecka". */
const HOURS_A_WEEK = String.raw`\d{1,2}(?:\s?[-–]\s?\d{1,2})?\s?(?:std\.?|stunden|hrs|hours|h|timer|timar|tim(?:mar)?)\s?(?:\/|per|pro|a|i|pr\.?|in the)\s?(?:woche|week|wk|uke|uka|veke|vecka|veckan)`;

/** A share of a post in New Zealand's and Britain's health services: "0.8 FTE", "10 PAs" (programmed activities). */
const FTE_OR_PAS = String.raw`(?:[01](?:[.,]\d{1,2})?\s?FTE|\d{1,2}(?:[.,]5)?\s?PAs?)`;
/** An agency's assignment and its length: "bemanningsuppdrag 6 månader", "innleieoppdrag 3 mnd", "assignment of 6 months". */
const ASSIGNMENT_SPAN = String.raw`(?:(?:bemannings|konsult|inhyrnings|innleie|vikar)(?:uppdrag|oppdrag)(?:\s+(?:på\s+|om\s+|i\s+)?${DURATION})?|(?:uppdrag|oppdrag|assignment|placement)\s+(?:på\s+|om\s+|of\s+|for\s+)?${DURATION})`;
/** The terms of the post: "deltid", "Part Time", "Teilzeit", "50 %", "37.5 hrs", "vikariat", "sommervikariat", "(4 år)", "(Hybrid)". */
const TERMS = String.raw`(?:deltid|heltid|heiltid|part[- ]time|full[- ]time|teilzeit|vollzeit|fast(?: stilling| ansettelse| tilsetjing)?|tillsvidareanställning|${ROTA}|${DAYS_A_WEEK}|${HOURS_A_WEEK}|(?:sommer|sommar|vinter|jule|jul|påske|påsk|sesong|säsongs?|föräldra|foreldre|svangerskaps)?vikariat|(?:maternity|paternity|parental(?:[- ]leave)?|sick[- ]leave)\s+cover|year[- ]round|all[- ]year|helårs(?:stilling|anställning|jobb)?|sommarjobb|sommerjobb|(?:utbildning|opplæring|utdanning|training)\s(?:med|with)\s(?:anställning|ansettelse|tilsetjing|jobb|employment|a job)|temp(?:orary)?(?: to perm(?:anent)?)?|permanent|contract|casual|term(?: position| contract| appointment)?|${ASSIGNMENT_SPAN}|${DURATION}|${WORK_MODE}|${SHARE}(?:\s(?:stilling|stillingar|tjänst|tjeneste|position|post|role))?|\d{1,2}(?:[.,]\d)?\s?(?:hrs|hours|timer|tim)|${FTE_OR_PAS})`;
/** A term and the year it is for: "sommervikariat 2027", "Seasonal 2027/28"; v62: "vikariat ut 2027", "vikariat ut skoleåret". */
const TERM_YEAR = String.raw`${TERMS}(?:\s+(?:(?:ut|through)\s+)?20\d{2}(?:\s?[-–/]\s?\d{2,4})?|\s+ut\s+(?:året|skoleåret|läsåret|sesongen|säsongen))?`;
/** Terms in a row: "deltid 75 %", "sommar och tillsvidare", "Permanent, Full time". */
const TERMS_ROW = String.raw`${TERM_YEAR}(?:(?:[\s,]+|\s+(?:og|och|and|&|i|in|on|på)\s+)${TERM_YEAR})*`;
/**
 * Places a board hangs after the terms: "– 60 % fast, Fagernes", "- Live-in Available - Lake District". Names only (each
 * word capitalised, up to three): "– natt, Avdeling for rus og psykiatri" names a unit and stays.
 */
const PLACES_AFTER = String.raw`(?:(?:\s+[-–—|]|,)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})*`;

/** A time of day written after the role, without a dash: "Lokalvårdare kvällstid", "Renholder kveldstid", "Cleaner evenings". */
const GLUED_TIME = String.raw`(?:kvällstid|kveldstid|dagtid|nattetid|natt?tid|helgtid|evenings|nights|weekends)`;
/** A season with its year, without a dash: "Greenkeeper säsong 2027", "Resepsjonist sesong 2027/28", "Lifeguard summer 2027". */
const SEASON_YEAR = String.raw`(?:säsong|sesong|season|seasonal|sommar|sommer|summer|vinter|winter|sommarjobb|sommerjobb|sommervikariat|sommarvikariat)(?:en|et|n)?\s+20\d{2}(?:\s?[-–/]\s?\d{2,4})?`;

const SCHEDULE_TAIL = new RegExp(
  String.raw`(?:\s+[-–—|]\s+(?:${SHIFTS}|${TERMS_ROW})${PLACES_AFTER}|(?<=\p{L})(?<!(?:^|\s)(?:of|for|av|för|på|till|til|to|i|in))\s+(?:deltid|heltid|part[- ]time|full[- ]time|natt|nattskift|kvällsskift|kveldsskift|${GLUED_TIME}|${SEASON_YEAR})|,\s*(?:${SEASON_YEAR}|${TERMS}|${SHIFT})(?:[\s,]+(?:${SEASON_YEAR}|${TERMS}|${SHIFT}))*(?:,.*)?|\s+(?:till|til|på|for|on)\s+${SHIFT}|\s*\(${TERMS_ROW}${PLACES_AFTER}\)|\s*\(${SHIFT}(?:\s*[,/&]\s*${SHIFT})*\)|(?<=\p{L})\s+${SHARE}(?:\s+(?:stilling|stillingar|tjänst|tjeneste|tenest|position|post))?(?:\s+${TERMS})*${PLACES_AFTER}|(?<=\p{L})\s+${SHARE}(?:\s+${TERMS})+\s+[-–—].*|(?<=\p{L})\s+${SHARE}(?:\s+${TERMS})*\s+(?:på|ved|vid|at)\s+.*)\s*$`,
  'iu',
);

/**
 * How many are hired is not the job: "Røkter 2 stillinger", "Nurse (3 positions)", "Chef de Partie (2 posts)", "Lärare (2 tjänster)",
 * also after a dash ("Sveiser – 2 stillinger", "Kock – 3 tjänster"), so the place before it is a tail of its own.
 */
const COUNT_TAIL = /(?:\s+(?:[-–—|]\s+)?\(?\d{1,2}\s+(?:stillinger|stillingar|stillingsandeler|tjänster|platser|plasser|positions|posts|places|roles|vacancies|openings)\)?)\s*$/u;

/**
 * An agency's placement is not the job: "Montör till kund", "Lagerarbeider til kunde", "Fitter for our client",
 * "Operator – for a client", "Linjeoperatör till kund inom livsmedel": where the agency sends the worker, after the role.
 */
const CLIENT_TAIL = /\s+(?:[-–—|]\s+)?(?:till|til|hos|for|för|to|at|with)\s+(?:(?:en|ein|ett|a|an|our|one of our|vår|vårt|våre|våra)\s+)?(?:kund(?:en)?|kunde(?:n)?|klient(?:en)?|oppdragsgiver(?:en)?|uppdragsgivare(?:n)?|clients?)(?:\s+(?:inom|innen|innenfor|i|in|within)\s+(?:the\s+)?\p{L}[\p{L} -]{1,40})?\s*$/iu;

/** A client told by its kind: "… hos expansivt logistikföretag", "… for a leading logistics company", "… i ledende industribedrift". */
const KIND_TAIL = /\s+(?:hos|at|with|for|för|til|till|i|ved|vid)\s+(?:(?:en|ett|et|ei|a|an)\s+)?(?:(?!(?:hos|at|with|for|för|til|till|i|ved|vid)\s)\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}*(?:företag|foretak|firma|bolag|selskap|bedrift|virksomhet|company|business|firm|employer|koncern|konsern)\s*$/u;

/** An agency's assignment at a named client: "… – uppdrag hos Skärhamns Fiskförädling", "… – oppdrag hos X", "… – assignment at X". */
const ASSIGNMENT_TAIL = /\s+[-–—]\s+(?:uppdrag|oppdrag|assignment|placement)\s+(?:hos|at|with|för|for|på)\s+\p{Lu}.*$/u;

/**
 * Whom the ad addresses is not the job: "(m/f/d)", "(f/m/d)", "(m/w/d)", "(w/m/x)", "(h/f)", "(M/K)", "(all genders)",
 * "– m/w/d". Letters for sexes and "diverse" only, so "Sveiser (TIG/MIG)" stays.
 */
const GENDER_TAIL = /(?:\s*\(\s*(?:[mfwdhkx]\s?\*?\s?\/\s?){1,3}[mfwdhkx]\*?\s*\)|\s+[-–—|]\s+(?:[mfwdhkx]\/){1,3}[mfwdhkx]|\s*\((?:all genders|alle kjønn|alla kön|gn\*?|genderneutral|any gender)\))\s*$/iu;

/**
 * The sector an agency files the job under, after a dash: "Financial Controller - Manufacturing", "Konsulent – IT", "Lagermedarbeider - Lager og logistikk".
 * Only sector names: "Product Manager – Payments" names the product, "Graduate Engineer – Offshore Wind Operations" the field.
 */
const SECTOR_TAIL = /\s+[-–—|]\s+(?:manufacturing|industrial|industry|construction|(?:warehouse|transport) (?:and|&) logistics|logistics|supply chain|hospitality|healthcare|retail|IT|office (?:and|&) admin(?:istration)?|industri(?: og produksjon| och produktion)?|tillverkning|bygg(?: og anlegg| och anläggning)?|(?:lager|transport) (?:og|och|&) logisti(?:kk|k)|logistikk|logistik|kontor og administrasjon|kontor och administration|helse(?: og omsorg)?|vård och omsorg)\s*$/iu;

const AFTER_WORKPLACE = /\s+(?:till|til|for|för|to)\s+(?:(?:vår|vårt|våre|våra|our|the|en|ett|ein|ei|et|a|an)\s+)?\p{Ll}[\p{L}-]+(\s+(?:i|in|på|at|ved|vid)\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)$/u;

/** A place named by its kind: "Denarau Island", "Bondi Beach", "Hout Bay", "Grand Harbour", "Ivalo Airport" (v56). */
const PLACE_KIND = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:Island|Islands|Beach|Bay|Harbour|Harbor|Valley|Coast|Peninsula|Airport|lufthavn|flyplass|flygplats)$/u;

/** A word for the work before where it is done: "– oppdrag i Hammerfest og Alta", "– based in Leeds". */
const WORK_WORD = '(?:oppdrag|uppdrag|assignments?|arbeid|arbete|jobb|work|based|basert|baserad|stasjonert|stationed|plassering|placering)';

/** "Tømrer – Tromsø og Finnsnes", "Overingeniør – Molde eller Ålesund", "Truckförare, Sollefteå", "Nurse (Leeds)", "… till Göteborg": where the job is. */
function placeTail(title: string): number {
  // "Projektledare bygg till Göteborg", "Lektor i Molde": a town after a word of place.
  const town = new RegExp(String.raw`(?:\s+[-–—]\s+${WORK_WORD})?\s+(?:till|til|to|in|i|på|at)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)$`, 'u').exec(title);
  if (town && knownTown(town[1]!)) {
    // "– Mo i Rana": a town whose own name holds "i" goes whole, with the dash or word of place before it.
    const whole = new RegExp(String.raw`(?:\s+[-–—]|,|\s+(?:till|til|to|in|i|på|at))\s+(\p{Lu}[\p{L}-]+\si\s${town[1]!.replace(/[^\p{L}\s-]/gu, '')})$`, 'u').exec(title);
    return whole && knownTown(whole[1]!) ? whole.index : town.index;
  }
  // "Virkesköpare Kramfors/Härnösand": towns in a slashed list, hung on without a dash.
  const slashed = /(?<=\p{L})\s+(\p{Lu}[\p{L}-]+(?:\s?\/\s?\p{Lu}[\p{L}-]+)+)$/u.exec(title);
  if (slashed && slashed.index > 0 && slashed[1]!.split('/').every((t) => knownTown(t.trim()))) return slashed.index;
  // "Kock till lunchrestaurang i Västra Hamnen", "Chef for our bistro in Old Town": after the workplace the role is for
  // (a common noun), a name after a word of place is where that workplace stands.
  const where = AFTER_WORKPLACE.exec(title);
  if (where) return where.index + where[0].length - where[1]!.length;
  // "– oppdrag i Hammerfest og Alta", "– based in Leeds": a word for the work and a word of place before the towns.
  const m = new RegExp(String.raw`(?:\s+[-–—]|,)\s+(?:${WORK_WORD}\s+(?:i|in|på|at)\s+)?([^-–—,]+(?:,\s+[^-–—,]+)*)$|\s*\(([^()]+)\)$`, 'u').exec(title);
  if (!m) return -1;
  // "Guest Services Manager – Denarau Island", "Lifeguard – Bondi Beach": a name that closes with a kind of place.
  if (m[1] && PLACE_KIND.test(m[1])) return m.index;
  const parts = placeList(m[1] ?? m[2]!).flatMap((p) => p.split(/\s+(?:eller|or|alternativt)\s+/u));
  return parts.every((p) => /^\p{Lu}[\p{L}-]+$/u.test(p)) && parts.some((p) => knownTown(p)) ? m.index : -1;
}

/** A leading word for the terms: "Seasonal Estate Ranger", "Temporary Nurse", "100% stilling fysioterapeut" ("Temporary Works Coordinator" is a trade). */
const TERMS_HEAD = /^(?:seasonal|temporary(?!\s+works\b)|tillfällig|midlertidig|\d{1,3}(?:[.,]\d)?\s?%\s+(?:(?:fast|faste|midlertidig|mellombels|tillsvidare|permanent|vikariat)\s+)?(?:stilling|stillingar|tjänst|tjeneste|tenest|position|post|role)(?:\s+(?:som|as|for|for en|för))?)\s+(?=\p{L})/iu;

/**
 * A heading that is a sentence names the role in it: "Vi treng ein sykkelmekanikar til!", "Vi söker en
 * lagerarbetare!", "We're hiring a barista!". "Vi söker dig som …" names no role and stays.
 */
const SENTENCE = /^(?:vi|we|we['’]re|we are)\s+(?:søker|søkjer|treng|trenger|ser etter|leter etter|söker|behöver|letar efter|looking for|hiring|need|seeking)\s+(?:(?:en|ein|ei|et|eit|ett|a|an)\s+)?(?:(?:ny|nye|nytt|nyy|new|flere|fleire|fler|more)\s+)?(.+?)(?:\s+(?:til oss|till oss|til teamet|till teamet|to join (?:us|our team|the team)|til|till))?\s*[!.]*$/iu;
/** "Vi trenger flere hender!", "We need more hands on deck": a figure for people, not a role. */
const NOT_A_ROLE = /^(?:deg|dig|you|someone|somebody|nokon|någon|hender|hendene|händer|hands|armer|armar|folk|people)(?!\p{L})/iu;

/** "… på Smøla", "… i Malmö", "… in Keswick": a name after a word of place, in a sentence, is where, not what. */
const SENTENCE_PLACE = /\s+(?:på|i|in|at|ved|vid)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;
/**
 * "… til anlegget", "… till våra kor", "… for our kitchen": what a sentence says the person is wanted for, unless it
 * names a unit ("… til korttidsavdelingen", "… to our data team", "… till akutmottagningen").
 */
const SENTENCE_FOR = /\s+(?:til|till|to|for|för)\s+(?:(?:vår|vårt|våre|våra|vårat|our|the|den|det|de)\s+)?(\p{L}+)$/u;
const UNIT = /(?:avdeling(?:en|a)?|avdelning(?:en)?|gruppe(?:n|a)?|grupp(?:en)?|team(?:et)?|seksjon(?:en)?|sektion(?:en)?|enhet(?:en)?|mottak(?:et)?|mottagning(?:en)?|department|unit|ward|clinic|klinikk(?:en)?|klinik(?:en)?)$/iu;

/** "smådyrpoliklinikken", "the ward": a word that names a unit of the workplace. */
export function namesUnit(word: string): boolean {
  return UNIT.test(word);
}

export function roleOfSentence(title: string): string {
  // "Har du fagbrev som taktekker? Bli med på laget": the role the question names.
  const asked = roleOfQuestion(title);
  if (asked) return asked;
  // "Vil du kjøre losene ut? Vi søker båtfører", "Love the outdoors? We're hiring a ranger": the sentence after the question.
  const answer = /\?\s+(\p{L}[^?]*)$/u.exec(title)?.[1];
  if (answer && SENTENCE.test(answer)) {
    const role = roleOfSentence(answer);
    if (role !== answer) return role;
  }
  const m = SENTENCE.exec(title);
  let role = m?.[1]?.trim();
  if (!role || NOT_A_ROLE.test(role) || role.split(/\s+/).length > 5) return title;
  role = role.replace(SENTENCE_PLACE, '');
  const wantedFor = SENTENCE_FOR.exec(role);
  if (wantedFor && !UNIT.test(wantedFor[1]!)) role = role.slice(0, wantedFor.index);
  return capitalised(role);
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

const nonNegative = (at: number): number | undefined => (at >= 0 ? at : undefined);

/** "Agronomist (Term, 18 months) for the Seed Potato Program": the terms in brackets before the unit the title goes on to. */
const TERMS_INSIDE = new RegExp(String.raw`\s*\((?:term,?\s*)?${TERMS_ROW}\)(?=\s+(?:for|to|til|till|i|in|at|på|ved|vid|hos|with)\s)`, 'giu');

export function tidyTitle(title: string): string {
  let out = withoutInnerTags(roleOfSentence(withoutLead(title.trim()))).replace(TERMS_INSIDE, '');
  const head = TERMS_HEAD.exec(out);
  if (head && out.length > head[0].length) out = capitalised(out.slice(head[0].length));
  const next = (): number =>
    TITLE_TAIL.exec(out)?.index ?? GENDER_TAIL.exec(out)?.index ?? SCHEDULE_TAIL.exec(out)?.index ?? COUNT_TAIL.exec(out)?.index ?? CLIENT_TAIL.exec(out)?.index ?? KIND_TAIL.exec(out)?.index ?? ASSIGNMENT_TAIL.exec(out)?.index ?? SECTOR_TAIL.exec(out)?.index ?? START_TAIL.exec(out)?.index ?? nonNegative(workplaceTail(out)) ?? placeTail(out);
  for (let at = next(); at > 0; at = next()) out = out.slice(0, at).trim();
  // "Bli CNC-operatör hos … – utbildning med anställning": the invitation read once its tails are gone.
  const led = withoutLead(out);
  return led !== out ? tidyTitle(led) : out;
}

/** "skiftgång", "Part Time", "Manufacturing", "Molde eller Ålesund": a title's segment that is a tail tidying drops, never the employer. */
export function isTitleTail(segment: string): boolean {
  return tidyTitle(`Tekniker – ${segment}`) === 'Tekniker';
}
