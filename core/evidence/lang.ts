import type { TextBlock } from '../model';
import { toLang, type Lang } from '../prompts/types';
import { fold, words } from './stems';

// Short words frequent in one language and rare in the other two.
const MARKERS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'are', 'our', 'we', 'with', 'that', 'for', 'will']),
  nb: new Set(['og', 'ikke', 'å', 'til', 'er', 'vår', 'våre', 'også', 'være', 'hvor', 'skal', 'mye', 'deg']),
  sv: new Set(['och', 'inte', 'att', 'till', 'är', 'våra', 'också', 'vara', 'ska', 'mycket', 'dig', 'hos']),
};

const SAMPLE_WORDS = 600;
const SAMPLE_CHARS = 8000;

/** The most likely of our languages for a text, by counting marker words. */
export function guessLang(text: string): Lang {
  const sample = words(fold(text.slice(0, SAMPLE_CHARS))).slice(0, SAMPLE_WORDS);
  let best: Lang = 'en';
  let bestCount = 0;
  for (const lang of Object.keys(MARKERS) as Lang[]) {
    const markers = MARKERS[lang];
    const count = sample.filter((w) => markers.has(w)).length;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}

/** The page's declared language when it is one of ours, else a guess from its text. */
export function resolveLang(declared: string | undefined, blocks: readonly TextBlock[]): Lang {
  return toLang(declared) ?? guessLang(blocks.map((b) => b.text).join(' '));
}
