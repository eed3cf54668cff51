// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../core/evidence/fragment';

describe('textFragmentUrl', () => {
  it('links a short sentence whole, percent-encoded', () => {
    expect(textFragmentUrl('https://vestlys.example/om-oss', 'Våre verdier er åpen, modig og nær.')).toBe(
      'https://vestlys.example/om-oss#:~:text=V%C3%A5re%20verdier%20er%20%C3%A5pen%2C%20modig%20og%20n%C3%A6r.',
    );
  });

  it('encodes the characters that are syntax in a text directive', () => {
    const url = textFragmentUrl('https://x.example/', 'Nord-Norge & Troms, 2030');
    expect(url).toBe('https://x.example/#:~:text=Nord%2DNorge%20%26%20Troms%2C%202030');
  });

  it('uses start and end words for a long sentence', () => {
    const sentence = 'Innen 2030 skal vi doble produksjonen fra vind og sol i Nord-Norge og samtidig halvere egne utslipp.';
    expect(textFragmentUrl('https://x.example/strategi', sentence)).toBe(
      'https://x.example/strategi#:~:text=Innen%202030%20skal%20vi%20doble,og%20samtidig%20halvere%20egne%20utslipp.',
    );
  });

  it('replaces an existing fragment, text directives included', () => {
    expect(textFragmentUrl('https://x.example/a?b=1#top', 'Vi vokser.')).toBe('https://x.example/a?b=1#:~:text=Vi%20vokser.');
    expect(textFragmentUrl('https://x.example/a#:~:text=old', 'Vi vokser.')).toBe('https://x.example/a#:~:text=Vi%20vokser.');
  });

  it('tidies whitespace and soft hyphens, and returns the bare URL for an empty sentence', () => {
    expect(textFragmentUrl('https://x.example/', ' Strate\u00ADgi   2030 ')).toBe('https://x.example/#:~:text=Strategi%202030');
    expect(textFragmentUrl('https://x.example/#x', '   ')).toBe('https://x.example/');
  });
});
