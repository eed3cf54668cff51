import { describe, expect, test } from 'vitest';
import { pageNames, spelledInText } from '../../../core/company/page-name';
import type { PageLines } from '../../../core/model';

/**
 * Classes seen on the eighth held-out set (then moved into tuning), in English, Norwegian and Swedish:
 * a company that calls itself by its initials spells its name out once, in brackets.
 */

const lines = (text: string, logos: string[], footer: string[] = []): PageLines => ({ header: [{ tag: 'p', text }], footer, logos });

describe('a short form spelled out once in brackets is the name', () => {
  test.each([
    ['en', 'Who we are - KHA', 'KHA (Kestrel Housing Association) owns and manages 4,600 affordable homes.', 'KHA', 'kestrelhousing.org.uk', 'Kestrel Housing Association'],
    ['nb', 'Om oss - SKN', 'Sunnmøre Kraft og Nett (SKN) eier og drifter strømnettet på Sunnmøre.', 'SKN', 'skn.no', 'Sunnmøre Kraft og Nett'],
    ['sv', 'Om oss | MVAB', 'Vi på MVAB (Mälardalens Vatten och Avlopp Bolag) sköter vattnet i fyra kommuner.', 'MVAB', 'mvab.se', 'Mälardalens Vatten och Avlopp Bolag'],
  ])('%s: "%s"', (_lang, title, text, logo, domain, name) => {
    const names = pageNames(title, lines(text, [logo]), domain);
    expect(names[0]).toBe(name);
    // The short form stays one of its names: a later page that writes only "KHA" still finds it.
    expect(names).toContain(logo);
  });

  test('brackets that do not spell the initials, or another body\'s short form, are not the name', () => {
    expect(spelledInText('KHA', lines('KHA (since 1974) owns homes across Norfolk.', ['KHA']))).toBeUndefined();
    expect(spelledInText('KHA', lines('We are regulated by the Regulator of Social Housing (RSH).', ['KHA']))).toBeUndefined();
    expect(spelledInText('Kestrel', lines('Kestrel (Kestrel Housing Association) owns homes.', []))).toBeUndefined();
    expect(pageNames('Who we are - KHA', lines('Our homes are regulated by the Regulator of Social Housing (RSH).', ['KHA']), 'kestrelhousing.org.uk')[0]).toBe('KHA');
  });
});
