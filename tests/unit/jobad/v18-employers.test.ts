// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { ad, SECTIONS, type Lang } from './employer-pages';

/**
 * A class v18 showed, in English, Norwegian and Swedish: a recruitment firm searching on its client's account ("söker för
 * Hallqvist Livsmedels räkning", "recruiting on Thistlebank's behalf", "søker på Mørkvedts vegne") names the client as
 * the employer, in the fuller form the ad writes, whatever the firm's own structured data says.
 */

const page = (lang: Lang, body: string, firm: string): string => {
  const posting = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Planner', hiringOrganization: { '@type': 'Organization', name: firm }, datePosted: '2026-12-01' });
  return `<html lang="${lang}"><head><title>Planner</title><script type="application/ld+json">${posting}</script></head><body><main><h1>Planner</h1>${body}${SECTIONS[lang]}</main></body></html>`;
};

describe("a recruitment firm searching on its client's account", () => {
  test.each([
    ['sv', 'Kronvik Rekrytering', '<p>Kronvik Rekrytering söker för Hallberg Livsmedels räkning en produktionsplanerare. Hallberg Livsmedel AB tillverkar färdigrätter i Landskrona.</p>', 'Hallberg Livsmedel AB'],
    ['en', 'Carrick Search', "<p>Carrick Search is recruiting on Thistlemoor's behalf for a production planner. Thistlemoor Foods Ltd makes ready meals in Leeds.</p>", 'Thistlemoor Foods Ltd'],
    ['nb', 'Fjeldvik Rekruttering', '<p>Fjeldvik Rekruttering søker på Mørkvedals vegne en produksjonsplanlegger. Mørkvedal Mekaniske AS lager deler til skipsindustrien.</p>', 'Mørkvedal Mekaniske AS'],
  ] as const)('%s: the client, not "%s"', (lang, firm, body, client) => {
    expect(ad(page(lang, body, firm), 'https://www.regional-jobs.example/job/88')?.hiringOrganization?.name).toBe(client);
  });

  test('sv: "för egen räkning" (on its own account) names no client', () => {
    const body = '<p>Kronvik Rekrytering söker för egen räkning en rekryteringskonsult till kontoret i Malmö.</p>';
    expect(ad(page('sv', body, 'Kronvik Rekrytering AB'), 'https://www.regional-jobs.example/job/89')?.hiringOrganization?.name).toBe('Kronvik Rekrytering AB');
  });
});
