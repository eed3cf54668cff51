import { describe, expect, test } from 'vitest';
import { extractMicrodata } from '../../../content/microdata';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

describe('schema.org microdata as JSON-LD-like objects', () => {
  test('an item with nested items, attribute values and a list', () => {
    const doc = page(`
      <div itemscope itemtype="https://schema.org/JobPosting" itemid="#job">
        <h1 itemprop="title">Dataingeniør</h1>
        <meta itemprop="datePosted" content="2026-11-02">
        <time itemprop="validThrough" datetime="2026-12-01">1. desember</time>
        <a itemprop="url" href="https://example.com/jobb/1">Lenke</a>
        <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
          <span itemprop="name">Nordlys Energi AS</span>
          <img itemprop="logo" src="https://example.com/logo.png" alt="">
        </div>
        <ul itemprop="responsibilities"><li>Drifte servere</li><li>Automatisere</li></ul>
      </div>`);
    expect(extractMicrodata(doc)).toEqual([
      {
        '@type': 'JobPosting',
        '@id': '#job',
        title: 'Dataingeniør',
        datePosted: '2026-11-02',
        validThrough: '2026-12-01',
        url: 'https://example.com/jobb/1',
        hiringOrganization: { '@type': 'Organization', name: 'Nordlys Energi AS', logo: 'https://example.com/logo.png' },
        responsibilities: '• Drifte servere\n• Automatisere',
      },
    ]);
  });

  test("a nested item's properties are its own, not its parent's", () => {
    const [job] = extractMicrodata(page(`
      <div itemscope itemtype="https://schema.org/JobPosting">
        <span itemprop="title">Designer</span>
        <div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">
          <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="addressLocality">Bergen</span></div>
        </div>
      </div>`));
    expect(job).toEqual({
      '@type': 'JobPosting',
      title: 'Designer',
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Bergen' } },
    });
  });

  test('repeated properties become arrays, and several names share one value', () => {
    const [item] = extractMicrodata(page(`
      <div itemscope itemtype="https://schema.org/JobPosting">
        <span itemprop="skills">Go</span><span itemprop="skills">SQL</span>
        <span itemprop="title name">Utvikler</span>
      </div>`));
    expect(item).toMatchObject({ skills: ['Go', 'SQL'], title: 'Utvikler', name: 'Utvikler' });
  });

  test('itemref pulls in properties from elsewhere in the page', () => {
    const [item] = extractMicrodata(page(`
      <div itemscope itemtype="https://schema.org/JobPosting" itemref="extra"><span itemprop="title">Styrer</span></div>
      <p id="extra"><span itemprop="employmentType">Heltid</span></p>`));
    expect(item).toMatchObject({ title: 'Styrer', employmentType: 'Heltid' });
  });

  test('an itemref loop does not hang', () => {
    const items = extractMicrodata(page(`
      <div id="a" itemscope itemtype="https://schema.org/Thing" itemref="b"><span itemprop="name">A</span></div>
      <div id="b" itemprop="related" itemscope itemref="a"><span itemprop="name">B</span></div>`));
    expect(items).toHaveLength(1);
  });

  test('a page without microdata gives nothing', () => {
    expect(extractMicrodata(page('<p>Hei</p>'))).toEqual([]);
  });

  // Canada's Job Bank marks its ads with RDFa Lite, not microdata: `vocab` on an ancestor, `typeof` and `property`.
  test('RDFa Lite items under a schema.org vocab read the same way', () => {
    const doc = page(`
      <div vocab="http://schema.org/" typeof="WebPage">
        <div typeof="JobPosting">
          <h1 property="title">cabinetmaker</h1>
          <span property="hiringOrganization" typeof="Organization"><span property="name">Okanagan Ridge Millwork Ltd.</span></span>
          <span property="jobLocation" typeof="Place"><span property="address" typeof="PostalAddress"><span property="addressLocality">Kelowna</span> (<span property="addressRegion">BC</span>)</span></span>
          <span property="datePosted" content="2026-12-01">December 1</span>
        </div>
      </div>`);
    const job = extractMicrodata(doc).find((item) => item['@type'] === 'JobPosting');
    expect(job).toEqual({
      '@type': 'JobPosting',
      title: 'cabinetmaker',
      hiringOrganization: { '@type': 'Organization', name: 'Okanagan Ridge Millwork Ltd.' },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Kelowna', addressRegion: 'BC' } },
      datePosted: '2026-12-01',
    });
  });

  test('RDFa of another vocabulary keeps its own type names', () => {
    const doc = page('<article typeof="sioc:Item foaf:Document"><h1 property="dc:title">Nyheter</h1></article>');
    expect(extractMicrodata(doc)).toEqual([{ '@type': ['sioc:Item', 'foaf:Document'], 'dc:title': 'Nyheter' }]);
  });
});
