/**
 * Small words several readers of a sentence test alike, in English, Bokmål, Nynorsk and Swedish, on folded words
 * (see stems.ts): one list each, so a form added to one is added for all that read it.
 */

/** "and", "og", "och". */
export const AND = /^(?:and|og|och)$/;

/** "from", "fra", "frå", "från". */
export const FROM = /^(?:from|fra|frå|från)$/;

/** "we", "vi": the company speaking. */
export const WE = /^(?:we|vi)$/;

/** The company's own: "we", "our", "us", "vi", "vår", "vårt", "våre", "våra", "oss". */
export const OUR = /^(?:we|our|us|vi|vår|vårt|våre|våra|oss)$/;

/** A time ahead told by its auxiliary: "will", "shall", "skal", "ska", "skall", "kommer (att)". */
export const WILL = /^(?:will|shall|skal|ska|skall|kommer)$/;

/** The reader addressed: "you", "your", "du", "deg", "dig", "din", "ditt", "dine", "dina", "dere". */
export const READER = /^(?:you|your|du|deg|dig|din|ditt|dine|dina|dere)$/;

/** A Swedish past in -ade or -ades ("ökade", "lämnades", "skadades"): told as done. */
export const SWEDISH_PAST = /^\p{L}{3,}ades?$/u;
