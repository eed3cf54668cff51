/**
 * Learning the company pays for: a certificate, a course, a school, an exam, with the fees or the days paid
 * ("firmaet betaler skolen og gir fri med lønn til eksamen", "får ta fagbrev … med lønn under kursdagene og
 * eksamen", "bruket betalar resorna", "we pay the course fees and the exam day", "tar fagbrev i arbeidstiden"). A path the company offers, for
 * career goals; not a shortfall, whatever a heading over it says ("Å bli bedre i faget"). Works on folded words.
 */

/** A course, a certificate, a school, an exam (stems from a word's start). */
const LEARNING = /^(?:master(?:s|grad|en|examen)?$|course|training|certificat|qualificat|apprentic|degree|diploma|exam|school|college|kurs|utdann|opplær|sertifi|fagbrev|mesterbrev|fagskol|fagprøv|eksam|studi|utbild|certifi|yrkesbevis|yrkeshögskol|gesällbrev|mästarbrev|examen)/;
/** Paid for: "pays", "betaler", "betalar", "bekostar", "dekker", "funds". */
const PAYS = /^(?:pay|pays|paid|funds|funded|covers|sponsors|betaler|betalar|betalte|betalade|betalt|betald|betalda|bekostar|bekostade|dekker|dekket|finansierer|finansierar|lønnet|lønna)$/;
/** "with pay", "med lønn", "med lön", "on full pay". */
const WITH = /^(?:with|med|on|full)$/;
const PAY = /^(?:pay|lønn|løn|lön)$/;
/** Pay kept through the course: "med bibehållen lön", "med full lønn", "on full pay". */
const KEPT = /^(?:full|bibehållen|beholdt|behållen|oavkortad|kept)$/;
/** Alongside the job: "mens hun jobbet", "medan hon arbetade", "while working", "while she worked". */
const WHILE = /^(?:mens|medan|while)$/;
const WORKING = /^(?:working|worked|works|jobbet|jobber|jobba|arbeidet|arbeider|jobbade|jobbar|arbetade|arbetar)$/;
const WHILE_REACH = 3;
/**
 * Learning in working hours is paid by the employer as much as a fee is: "i arbeidstiden", "på arbetstid", "in working
 * hours", "on company time".
 */
const WORK_TIME = /^(?:arbeidstid|arbeidstida|arbeidstiden|arbetstid|arbetstiden)$/;
const inWorkingHours = (text: readonly string[], i: number): boolean =>
  WORK_TIME.test(text[i] ?? '') ||
  (/^(?:hours|time)$/.test(text[i] ?? '') && /^(?:working|work|company)$/.test(text[i - 1] ?? '') && /^(?:in|during|on)$/.test(text[i - 2] ?? ''));

const READER = /^(?:you|du|dere|ni|deg|dig)$/;
const SELF = /^(?:yourself|yourselves|selv|själv|sjølv)$/;

/** Whether a sentence (folded words) names a course, a certificate, a school or an exam. */
// v58: "Nu läser han till sågverkstekniker på distans": studying towards a trade is learning too.
const STUDYING = /^(?:läser|studerar|leser|studerer|studies|studying)$/;
const TO = /^(?:till|til|to)$/;
export const tellsLearning = (text: readonly string[]): boolean =>
  text.some((word, i) => LEARNING.test(word) || (STUDYING.test(word) && (TO.test(text[i + 1] ?? '') || (/^(?:han|hon|hun|de|dom|he|she|they)$/.test(text[i + 1] ?? '') && TO.test(text[i + 2] ?? '')))));

/** Studying towards a trade: "läser till veterinär", "studerer til sykepleier", "is studying to become", "utdanner seg til". */
const STUDIES = /^(?:läser|studerar|studerer|studies|studying|training|utdanner|utdannar|utbildar|vidareutbildar|videreutdanner)$/;
/** Studying towards a trade as something colleagues may do: "får fyra operatörer studera till ingenjör", "can train to become". */
const MAY = /^(?:får|kan|may|can)$/;
const STUDY = /^(?:studera|studere|study|train|läsa|utdanne|utbilda|vidareutbilda|videreutdanne)$/;
const MAY_REACH = 4;
const TOWARDS = /^(?:till|til|to|for|för|sig|seg|become)$/;
/** The company's backing: "med stöd från oss", "med støtte fra oss", "with our support", "supported by us", "with support from us". */
const SUPPORT = /^(?:stöd|støtte|stötte|support|supported|backing)$/;
const BY_US = /^(?:oss|us|our|vår|vårt|våra|våre)$/;
const SUPPORT_REACH = 3;

/** "Två av våra djursjukskötare läser nu till veterinär med stöd från oss": learning towards a trade that the company backs. */
function studiesWithOurSupport(text: readonly string[]): boolean {
  const studies = text.some((w, i) => STUDIES.test(w) && text.slice(i + 1, i + 3).some((t) => TOWARDS.test(t)));
  return studies && text.some((w, i) => SUPPORT.test(w) && text.slice(Math.max(0, i - 1), i + 1 + SUPPORT_REACH).some((t) => BY_US.test(t)));
}

/** Offering: "offers", "erbjuder", "tilbyr". */
const OFFERS = /^(?:offer|offers|offered|erbjuder|erbjöd|tilbyr|tilbød|tilbyd)$/;
/**
 * v51: "Vi erbjuder alla operatörer en intern utbildning till sågverkstekniker", "We offer training to become a setter": a course
 * towards a post that the company offers ("training to new customers" is no post).
 */
function learningOffered(text: readonly string[]): boolean {
  const offer = text.findIndex((w) => OFFERS.test(w));
  const towards = (next: string | undefined, post: string | undefined): boolean => (/^(?:till|til|som|as)$/.test(next ?? '') && /^\p{L}{3,}/u.test(post ?? '')) || (next === 'to' && post === 'become');
  return offer >= 0 && text.slice(offer + 1).some((w, i, after) => LEARNING.test(w) && towards(after[i + 1], after[i + 2]));
}
/** "We will support you through the Certified Housing Professional program", "Vi støtter deg gjennom fagbrevet": carried through a course. */
const CARRIES = /^(?:support|supports|støtter|stötter|stöttar|stöder|help|helps|hjelper|hjälper)$/;
const THROUGH = /^(?:through|gjennom|genom)$/;
const supportedThrough = (text: readonly string[]): boolean => tellsLearning(text) && text.some((w, i) => CARRIES.test(w) && READER.test(text[i + 1] ?? '') && THROUGH.test(text[i + 2] ?? ''));

/** Whether a sentence (folded words) tells learning that the company pays for: see the module comment. */
export function tellsPaidLearning(text: readonly string[]): boolean {
  if (studiesWithOurSupport(text) || learningOffered(text) || supportedThrough(text)) return true;
  // … or a trade colleagues may study towards ("Varje år får fyra operatörer studera till ingenjör"); not "you may study" (the reader's own).
  if (text.some((w, i) => STUDY.test(w) && TOWARDS.test(text[i + 1] ?? '') && text.slice(Math.max(0, i - MAY_REACH), i).some((t) => MAY.test(t)) && !text.slice(0, i).some((t) => READER.test(t)))) return true;
  if (!tellsLearning(text)) return false;
  // A degree taken alongside the job ("tok master … mens hun jobbet") is learning the work made room for.
  if (text.some((w, i) => WHILE.test(w) && text.slice(i + 1, i + 1 + WHILE_REACH).some((t) => WORKING.test(t)))) return true;
  // The reader paying ("Kursavgiften betaler du selv", "you pay the fee yourself") is a cost, not a path offered.
  const readerPays = (i: number): boolean => READER.test(text[i - 1] ?? '') || READER.test(text[i + 1] ?? '') || text.some((w) => SELF.test(w));
  return text.some((word, i) => (PAYS.test(word) && !readerPays(i)) || (PAY.test(word) && (WITH.test(text[i - 1] ?? '') || (KEPT.test(text[i - 1] ?? '') && WITH.test(text[i - 2] ?? '')))) || inWorkingHours(text, i));
}
