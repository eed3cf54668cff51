// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { linkListBlocks, sentenceQuality } from '../../../core/evidence/quality';

const prose = 'Vi skal doble produksjonen fra vind og sol innen 2030.';

describe('sentenceQuality', () => {
  it('rates ordinary prose as good', () => {
    expect(sentenceQuality(prose)).toBe(1);
    expect(sentenceQuality('Our mission is to help public services make better decisions.')).toBe(1);
  });

  it.each([
    ['Vi bruker informasjonskapsler for å gi deg en bedre opplevelse på nettsiden.'],
    ['Vi använder kakor för att förbättra din upplevelse på webbplatsen.'],
    ['By clicking "Accept all", you agree to our use of cookies.'],
    ['© 2025 Vestlys Energi AS · Org.nr. 912 345 678 · Personvern'],
    ['Integritetspolicy | Cookies | Tillgänglighet'],
    ['Abonner på nyhetsbrevet vårt og få tilbud først.'],
    ['Copyright 2025 Brightwater Foods plc. All rights reserved.'],
  ])('rejects boilerplate: %s', (text) => {
    expect(sentenceQuality(text)).toBeLessThan(0.15);
  });

  it('rejects menus, shouting and fragments', () => {
    expect(sentenceQuality('Hjem Om Oss Tjenester Karriere Kontakt Presse')).toBeLessThan(0.15);
    expect(sentenceQuality('VI SØKER DEG SOM VIL JOBBE MED FORNYBAR ENERGI!')).toBeLessThan(0.5);
    expect(sentenceQuality('Les mer')).toBe(0);
    expect(sentenceQuality('Ring oss på 22 33 44 55 i dag.')).toBeLessThan(0.5);
  });

  it('lets terse list items through but not terse paragraphs', () => {
    expect(sentenceQuality('Gode samarbeidsevner', 'li')).toBeGreaterThan(0.5);
    expect(sentenceQuality('Gode samarbeidsevner', 'p')).toBe(0);
  });

  it('rates table cells of figures low', () => {
    expect(sentenceQuality('Driftsinntekter 4 812 MNOK (2023: 4 955 MNOK)', 'td')).toBeLessThan(0.15);
  });

  it('weakens pointers to other pages', () => {
    expect(sentenceQuality('Mer om konsernet og historien finner du i årsrapporten.')).toBeLessThan(0.5);
    expect(sentenceQuality('Revisors beretning er tatt inn på side 112.')).toBeLessThan(0.5);
  });
});

describe('linkListBlocks', () => {
  it('flags runs of short list items and keeps wordier lists', () => {
    const blocks = [
      { tag: 'li', text: 'Privat' },
      { tag: 'li', text: 'Bedrift' },
      { tag: 'li', text: 'Om oss' },
      { tag: 'h2', text: 'Kvalifikasjoner' },
      { tag: 'li', heading: 'Kvalifikasjoner', text: 'Høyere utdanning innen informatikk' },
      { tag: 'li', heading: 'Kvalifikasjoner', text: 'Erfaring med TypeScript' },
      { tag: 'li', heading: 'Kvalifikasjoner', text: 'Gode kommunikasjonsevner på norsk og engelsk' },
    ];
    expect([...linkListBlocks(blocks)]).toEqual([0, 1, 2]);
  });
});
