import type { JobAdInput } from './types';

const fold = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øö]/g, 'o')
    .replace(/[æä]/g, 'a')
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * "EuroBrussels - Policy Adviser … (Brussels)" on eurobrussels.com, "Fjordjobb – Sykepleier" on fjordjobb.no: a page
 * title's segment that is the site's own name (its host's word, or the name it gives itself) is no job title.
 */
export function namesSite(segment: string, input: Pick<JobAdInput, 'url' | 'siteName'>): boolean {
  const key = fold(segment);
  if (key.length < 3) return false;
  if (input.siteName && fold(input.siteName) === key) return true;
  try {
    const label = new URL(input.url).hostname.replace(/^www\d?\./, '').split('.')[0] ?? '';
    return fold(label) === key;
  } catch {
    return false;
  }
}
