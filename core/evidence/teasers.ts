/**
 * An article's teaser, naming whom it talks to and what about: "Trade Weekly talks to the founder of X about repairs,
 * wool and growing slowly", "Avisa møter daglig leder om …", "Vi pratar med grundaren om …" in a standfirst. It lists
 * topics the article goes on to tell; by itself it tells none of them, nor who the person is.
 */

const TALKS = /^(?:talks|talked|speaks|spoke|meets|met|snakker|snakket|pratar|pratade|møter|møtte|möter|mötte|träffar|träffade|treffer|traff)$/;
const ABOUT = /^(?:about|om)$/;
/** The company or its people speaking ("We talk to every tenant about …") tell a habit, not a teaser. */
const OWN = /^(?:we|our|vi|jeg|eg|jag|vår|vårt|våre|våra|you|du|ni|dere)$/;
/**
 * The English "I" folds to "i", the Bokmål, Nynorsk and Swedish "in": a speaker only right before the verb ("Last week I
 * spoke to every tenant about …"); "Lokalavisa i Sogndal møter …", "Tidningen i Umeå träffar …" name the paper's place.
 */
const speakerI = (folded: readonly string[], verb: number): boolean => folded[verb - 1] === 'i';
/** The teaser's verb opens its first clause; what it is about follows within a dozen words. */
const VERB_REACH = 6;
const ABOUT_REACH = 12;

export function announcesTopics(folded: readonly string[]): boolean {
  const verb = folded.findIndex((word, i) => i > 0 && i <= VERB_REACH && TALKS.test(word));
  if (verb < 0 || speakerI(folded, verb) || folded.slice(0, verb).some((word) => OWN.test(word))) return false;
  return folded.slice(verb + 1, verb + 1 + ABOUT_REACH).some((word) => ABOUT.test(word));
}
