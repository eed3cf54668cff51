/** Phone numbers, e-mail and web addresses: contact details, not what a person is. */
export const CONTACT_DETAILS = /(?:\+?\d[\d\s-]{6,}\d)|\S+@\S+\.\w{2,}|https?:\/\/\S+|www\.\S+|\b(?:tlf|tel|telefon|phone|mob|mobil|e-?post|e-?mail|mail)\b\.?:?/giu;

/** A sentence naming someone, with its phone number and address taken out: what the people prompt judges. */
export function withoutContactDetails(sentence: string): string {
  return sentence.replace(CONTACT_DETAILS, ' ').replace(/\s+([,.;:])/g, '$1').replace(/[,;:\s]+([.!?]?)$/u, '$1').replace(/\s+/g, ' ').trim();
}
