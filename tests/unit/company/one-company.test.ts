import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { moveClip } from '../../../core/company/actions';
import { useTestDb } from '../notes/db';

/**
 * What a user sees after clipping pages from different sites: which companies the
 * board lists, and which clips each holds. Pages are read as a tab is read.
 */

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const read = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');
const db = useTestDb();

function page(html: string, url: string) {
  return capturePage(new DOMParser().parseFromString(html, 'text/html'), url);
}

const AD = ['jobads/unknown-board-jobbtorget-driftstekniker/page.html', 'https://www.jobbtorget-nord.no/stilling/8812'] as const;
const SITE = ['companies/fjellkraft-om-oss/page.html', 'https://www.fjellkraft.no/om-oss'] as const;
const NEWS = ['companies/news-fjellkraft.html', 'https://www.nordlysnyheter.example/nyheter/fjellkraft-ruster-opp'] as const;

describe('an ad on an unknown board, the employer\'s site and news about it form one company', () => {
  test('all three land in one company named as the ad states it; the board and the news site are not its domains', async () => {
    const ad = await saveCapture(db(), page(read(AD[0]), AD[1]), 1);
    const site = await saveCapture(db(), page(read(SITE[0]), SITE[1]), 2);
    const news = await saveCapture(db(), page(read(NEWS[0]), NEWS[1]), 3);
    const companies = await db().companies.toArray();
    expect(companies.map((c) => c.name)).toEqual(['Fjellkraft AS']);
    expect(new Set([ad.company.id, site.company.id, news.company.id]).size).toBe(1);
    expect(companies[0]!.domains).toEqual(['fjellkraft.no']);
    expect(news.clip.filedBecause).toEqual({ part: 'headline', name: 'Fjellkraft AS' });
    expect(ad.clip.filedBecause).toBeUndefined();
  });

  test('news that names no researched company is not filed with one, and moving a clip drops the reason', async () => {
    await saveCapture(db(), page(read(AD[0]), AD[1]), 1);
    const other = await saveCapture(db(), page(read('companies/news-other.html'), 'https://www.nordlysnyheter.example/nyheter/bru'), 2);
    expect(other.company.name).not.toBe('Fjellkraft AS');
    expect(other.clip.filedBecause).toBeUndefined();
    const news = await saveCapture(db(), page(read(NEWS[0]), NEWS[1]), 3);
    await moveClip(db(), news.clip.id, other.company.id, 4);
    expect((await db().clips.get(news.clip.id))?.filedBecause).toBeUndefined();
  });

  test('a second employer\'s ad on the same board is a company of its own, and the board is no one\'s domain', async () => {
    await saveCapture(db(), page(read(AD[0]), AD[1]), 1);
    const second = read(AD[0]).replace(/Fjellkraft AS/g, 'Havbruk Nord AS').replace('Driftstekniker vannkraft', 'Røkter');
    await saveCapture(db(), page(second, 'https://www.jobbtorget-nord.no/stilling/9001'), 2);
    const companies = await db().companies.toArray();
    expect(companies.map((c) => c.name).sort()).toEqual(['Fjellkraft AS', 'Havbruk Nord AS']);
    expect(companies.flatMap((c) => c.domains)).not.toContain('jobbtorget-nord.no');
  });

  test('an ad whose employer the site only names (its site name) is not the site\'s on a site that carried other employers\' ads', async () => {
    await saveCapture(db(), page(read(AD[0]), AD[1]), 1);
    await saveCapture(db(), page(read(AD[0]).replace(/Fjellkraft AS/g, 'Havbruk Nord AS'), 'https://www.jobbtorget-nord.no/stilling/2'), 2);
    const unnamed = read(AD[0]).replace(/<img src="\/logos[^>]*>/, '').replace(/<span>Fjellkraft AS<\/span>/, '');
    const third = await saveCapture(db(), page(unnamed, 'https://www.jobbtorget-nord.no/stilling/3'), 3);
    expect(third.company.domains).not.toContain('jobbtorget-nord.no');
  });
});

describe('names that differ only by spelling are one employer', () => {
  const ad = (employer: string) =>
    `<html lang="sv"><head><title>Ekonom</title></head><body><h1>Ekonom</h1><p>Arbetsgivare: ${employer}</p>` +
    '<h2>Arbetsuppgifter</h2><ul><li>Bokföring och bokslut</li></ul><h2>Kvalifikationer</h2><ul><li>Ekonomiutbildning</li></ul>' +
    '<p>Sista ansökningsdag: 2027-01-31</p></body></html>';

  test.each([
    ['Skog & Sjö AB', 'Skog & Sjø AS'],
    ['Skog & Sjö AB', 'Skog og Sjø'],
    ['Skog och Sjö', 'SKOG-&-SJÖ AB'],
    ['Skog and Sjö Ltd', 'skog & sjö'],
  ])('"%s" and "%s"', async (a, b) => {
    await saveCapture(db(), page(ad(a), 'https://jobbland.example/jobb/1'), 1);
    await saveCapture(db(), page(ad(b), 'https://annanboard.example/jobb/2'), 2);
    expect(await db().companies.count()).toBe(1);
  });

  test('a company page read by its legal line joins the company of an ad with the same name', async () => {
    await saveCapture(db(), page(read('jobads/teamtailor-skogsjo-ekonomiassistent/page.html'), 'https://skogsjo.teamtailor.com/jobs/1'), 1);
    await saveCapture(db(), page(read('companies/skogsjo-om-foretaget/page.html'), 'https://skogsjo.se/om'), 2);
    const companies = await db().companies.toArray();
    expect(companies).toHaveLength(1);
    expect(companies[0]!.domains).toEqual(['skogsjo.se']);
  });
});
