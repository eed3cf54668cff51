// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shownAlone } from './do-better-alone';

/**
 * A trouble of a whole field ("the biggest challenge for the whole industry") or of a group in general ("Small
 * landlords often struggle with …"), told on a company's own page: the world it works in, not something it should
 * do better. Its own troubles told alike still count: the company's deliveries (definite, ours), an outage across
 * a whole region, many customers who complained.
 */

describe('do-better: a trouble of a whole field or of a group in general is not the company’s', () => {
  it.each([
    ['en', 'Storms are the biggest challenge for the whole industry along the coast, and we test new moorings with the university.'],
    ['en', 'Small landlords often struggle with late rent, lost keys and repairs that never end.'],
    ['en', 'Many households usually have problems reading their meters in winter.'],
    ['nb', 'Rekruttering er den største utfordringen for hele bransjen, og vi samarbeider med fagskolen om lærlinger.'],
    ['nb', 'Sameier har ofte problemer med vaktmestertjenester som ikke svarer.'],
    ['nb', 'Mange bønder sliter ofte med feil i gamle melkeroboter.'],
    ['sv', 'Kompetensbristen är den största utmaningen för hela branschen, och vi utbildar egna svetsare.'],
    ['sv', 'Bostadsrättsföreningar har ofta problem med fakturor som kommer fel.'],
    ['sv', 'Många småföretag har oftast krångel med momsen och sena betalningar.'],
  ])('%s: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([]);
  });

  it.each([
    // The company's own: its deliveries, an outage of its own across a region, customers who complained of it.
    ['en', 'Our deliveries were often late this winter, and we apologise to the shops that waited.'],
    ['en', 'Many customers complained about the delays after the new booking system went live.'],
    ['nb', 'Leveransene våre er ofte forsinket, og det er ikke godt nok.'],
    ['nb', 'Vi hadde driftsavbrudd i hele regionen i tre timer i januar.'],
    ['sv', 'Leveranserna har ofta varit försenade i höstas, och det beklagar vi.'],
    ['sv', 'Många kunder klagade på väntetiden i kundtjänst under våren.'],
  ])('still %s: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });
});
