import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, newProfile, openTab, readStore, type Session } from './browser';
import { clickClip, waitForClip } from './popup';
import { openAllSections } from './ui';
import { openPopup } from './browser';
import { startServer, type PageServer } from './server';

const DAY = 86_400_000;
let server: PageServer;
let profile: string;
let session: Session;
let companyId: string;

/** `yyyy-mm-dd` of a day counted from today, in the browser's zone (the test machine's). */
function day(offset: number): string {
  const d = new Date(Date.now() + offset * DAY);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function clip(path: string) {
  const page = await openTab(session, `${server.origin}/fixtures/pages/${path}`);
  const popup = await openPopup(session);
  expect(await clickClip(popup)).not.toBe('');
  const stored = await waitForClip(popup, `${server.origin}/fixtures/pages/${path}`);
  await popup.close();
  await page.close();
  return stored;
}

async function openBoard(): Promise<Page> {
  const board = await session.context.newPage();
  await board.goto(`chrome-extension://${session.extensionId}/board.html#company=${companyId}&view=interview`);
  await board.locator('.iv[data-view="interview"]').waitFor();
  return board;
}

const round = (board: Page, n: number) => board.locator(`article.iv-round[data-round="${n}"]`);
const asked = (board: Page, n: number) => round(board, n).locator('.iv-asked > li');

/** Counts the pages of a PDF by its page objects (`/Type /Page`, not `/Pages`). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

type Door = { roundTwoReminders: { onAlarm: (alarm: object, now?: number) => Promise<void>; onNotificationClick: (id: string) => Promise<void> } };

beforeAll(async () => {
  server = await startServer();
  profile = await newProfile();
  session = await launch(profile);
});

afterAll(async () => {
  await session?.context.close();
  await server?.close();
});

describe('the round-two journey', () => {
  test('clip → round 1 with a person from the ad → debrief → round 2 with earlier answers → own questions and terms → reminder → briefing → PDF → restart', async () => {
    // Clip an ad and the company's own page: one company.
    const ad = await clip('havbris-ad.html');
    const about = await clip('havbris-about.html');
    expect(about.companyId).toBe(ad.companyId);
    companyId = ad.companyId;

    // Plan round 1 (it was last week) with the contact person the ad names.
    let board = await openBoard();
    await board.getByRole('button', { name: 'Plan a round' }).click();
    await round(board, 1).waitFor();
    await board.getByRole('region', { name: 'Found in your clips' }).getByRole('button', { name: 'Add Ingrid Solberg' }).click();
    await board.locator('li.iv-person[data-person="Ingrid Solberg"]').waitFor();
    expect(await board.locator('li.iv-person[data-person="Ingrid Solberg"]').innerText()).toContain('Head of Platform');
    await round(board, 1).getByLabel('Date', { exact: true }).fill(day(-7));
    await round(board, 1).getByLabel('Time', { exact: true }).fill('10:00');
    await round(board, 1).getByRole('checkbox', { name: /Ingrid Solberg/ }).check();

    // The round is over: write the debrief, with two questions they asked.
    const debrief = round(board, 1).getByRole('region', { name: 'Debrief of round 1' });
    await debrief.getByLabel('What went well?').fill('Good conversation about on-call duty and the migration plan.');
    await debrief.getByRole('button', { name: 'Add a question they asked' }).click();
    await asked(board, 1).nth(0).getByLabel('Which question').selectOption('career-goals');
    await asked(board, 1).nth(0).getByLabel('What you answered').fill(
      'I want to lead a small platform team that keeps critical systems running, and automate operations so people sleep at night.',
    );
    await debrief.getByRole('button', { name: 'Add a question they asked' }).click();
    await asked(board, 1).nth(1).getByLabel('Which question').selectOption('why-you');
    await asked(board, 1).nth(1).getByLabel('What you answered').fill(
      'I have run cloud platforms for five years, automated deployments for a shipping company, and I like working close to customers.',
    );
    await debrief.getByLabel('What will you deepen and underline next time?').fill('The monitoring project numbers.');
    await expect.poll(async () => (await board.evaluate(readRounds))[0]?.debrief?.asked?.filter((a: { answer: string }) => a.answer).length).toBe(2);

    // Plan round 2, somewhere else, in two days.
    await board.getByRole('button', { name: 'Plan a round' }).click();
    await round(board, 2).waitFor();
    await round(board, 2).getByLabel('Date', { exact: true }).fill(day(2));
    await round(board, 2).getByLabel('Time', { exact: true }).fill('10:00');
    await round(board, 2).getByLabel(/^Place/).fill('Havbris HQ, Strandkaien 4, Bergen');
    await board.getByRole('region', { name: 'Found in your clips' }).getByRole('button', { name: 'Add Magnus Berg' }).click();
    await round(board, 2).getByRole('checkbox', { name: /Magnus Berg/ }).check();
    await round(board, 2).getByRole('checkbox', { name: /Ingrid Solberg/ }).check();

    // Add to calendar: an .ics file at 10:00 in the user's zone.
    const download = board.waitForEvent('download');
    await round(board, 2).getByRole('button', { name: 'Add to calendar (.ics)' }).click();
    const ics = await readFile((await (await download).path())!, 'utf8');
    const start = /DTSTART:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})00Z/.exec(ics)!;
    expect(Date.UTC(+start[1]!, +start[2]! - 1, +start[3]!, +start[4]!, +start[5]!)).toBe(new Date(`${day(2)}T10:00:00`).getTime());
    expect(ics).toContain('Strandkaien 4');

    // Round 2 shows the round-one answers beside the new ones; a drifting answer gets the note.
    const earlier = round(board, 2).getByRole('region', { name: 'Asked before: your answers for round 2' });
    const careerRow = earlier.locator('li.iv-again', { hasText: 'What are your career goals?' });
    const whyYouRow = earlier.locator('li.iv-again', { hasText: 'Why should we choose you?' });
    expect(await careerRow.innerText()).toContain('lead a small platform team');
    expect(await whyYouRow.innerText()).toContain('run cloud platforms for five years');
    await careerRow.getByLabel('Your answer now').fill('Honestly I see myself moving into sales, travelling across Europe and closing large deals with new customers.');
    await whyYouRow.getByLabel('Your answer now').fill(
      'I have run cloud platforms for five years and automated deployments for a shipping company; I like working close to customers.',
    );
    await careerRow.getByRole('note').waitFor();
    expect(await careerRow.getByRole('note').innerText()).toContain('moved far from what you said in round 1');
    expect(await whyYouRow.getByRole('note').count()).toBe(0);

    // An answer on the prep board, with a pinned sentence from the about page.
    await board.getByRole('navigation').getByRole('link', { name: 'Prepare' }).click();
    await openAllSections(board);
    const vision = board.locator('[data-prompt-id="vision"]');
    await vision.locator('.prep-evidence li', { hasText: 'every ferry crossing runs on time' }).getByRole('button', { name: /^Pin: / }).click();
    await vision.locator('textarea').fill('Punctual, emission-free ferries: my monitoring work keeps the platform behind them reliable.');

    // Own questions and terms: the ad's salary is already there.
    await board.getByRole('navigation').getByRole('link', { name: 'Your questions, your decision, the terms' }).click();
    const own = board.locator('.iv[data-view="own"]');
    await own.getByLabel('A question you want to ask them').fill('What would success look like after six months?');
    await own.getByRole('button', { name: 'Add', exact: true }).first().click();
    const suggestions = own.getByRole('region', { name: 'Questions suggested by your clips' });
    await suggestions.locator('li', { hasText: 'towards 2030' }).getByRole('button', { name: 'Add' }).click();
    await own.getByRole('radio', { name: 'Yes' }).check();
    const salary = own.locator('tr[data-term="salary"] input[type="text"]');
    await expect.poll(() => salary.inputValue()).toMatch(/650,000.*750,000/);
    await own.locator('tr[data-term="start"] input[type="text"]').fill('Ask whether March works');
    await own.locator('tr[data-term="hours"]').getByRole('checkbox', { name: 'settled' }).check();
    await expect.poll(async () => (await board.evaluate(readPrep))?.ownQuestions?.length).toBe(2);
    await expect.poll(async () => (await board.evaluate(readPrep))?.terms?.find((t: { key: string }) => t.key === 'start')?.value).toBe('Ask whether March works');
    await board.close();

    // The reminder: an alarm is set for the evening before; when it fires, its notification opens the briefing.
    const alarms = await session.worker.evaluate(() => chrome.alarms.getAll());
    const evening = alarms.find((alarm) => alarm.name.startsWith('reminder:') && alarm.name.endsWith(':evening'));
    expect(evening).toBeTruthy();
    await session.worker.evaluate(({ alarm }) => (globalThis as unknown as Door).roundTwoReminders.onAlarm(alarm, alarm.scheduledTime), { alarm: evening! });
    const notifications = await session.worker.evaluate(() => chrome.notifications.getAll());
    const id = Object.keys(notifications).find((key) => key.startsWith(`briefing:${companyId}:`));
    expect(id).toBeTruthy();
    const opened = session.context.waitForEvent('page', (page) => page.url().includes('/briefing.html'));
    await session.worker.evaluate((notificationId) => (globalThis as unknown as Door).roundTwoReminders.onNotificationClick(notificationId), id!);
    const briefing = await opened;
    expect(briefing.url()).toContain(`#company=${companyId}`);
    await briefing.locator('article.briefing').waitFor();
    await checkBriefing(briefing);

    // Printed, it fits on two A4 pages.
    const pdf = await briefing.pdf({ format: 'A4', printBackground: true });
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    // The page count is real: a long page prints on more than two.
    const long = await session.context.newPage();
    await long.setContent(`<body>${'<p>A long paragraph of text that fills the page line after line.</p>'.repeat(400)}</body>`);
    expect(pdfPages(await long.pdf({ format: 'A4' }))).toBeGreaterThan(2);
    await long.close();

    // Restart the browser with the same profile: everything is there.
    await session.context.close();
    session = await launch(profile);
    // The reminder still to come (two hours before) has its alarm after the restart; the shown one has none.
    await expect
      .poll(async () => (await session.worker.evaluate(() => chrome.alarms.getAll())).map((a) => a.name.split(':').at(-1)).sort())
      .toEqual(['two-hours']);
    const again = await session.context.newPage();
    await again.goto(`chrome-extension://${session.extensionId}/briefing.html#company=${companyId}`);
    await again.locator('article.briefing').waitFor();
    await checkBriefing(again);
    board = await openBoard();
    await round(board, 2).waitFor();
    expect(await round(board, 2).getByLabel(/^Place/).inputValue()).toBe('Havbris HQ, Strandkaien 4, Bergen');
    expect(await asked(board, 1).nth(0).getByLabel('What you answered').inputValue()).toContain('lead a small platform team');
    expect((await readStore(board)).clips).toHaveLength(2);
    // The whole journey, with two browser starts: longer than one step's default.
  }, 240_000);
});

async function checkBriefing(briefing: Page) {
  const when = await briefing.locator('[data-section="when"]').innerText();
  expect(when).toContain('Round 2');
  expect(when).toContain('10:00');
  expect(await briefing.locator('[data-section="where"]').innerText()).toContain('Strandkaien 4');
  const who = await briefing.locator('[data-section="who"]').innerText();
  expect(who).toContain('Ingrid Solberg');
  expect(who).toContain('Magnus Berg');
  expect(await briefing.locator('[data-section="role"]').innerText()).toContain('Platform Engineer');
  const vision = await briefing.locator('[data-section="vision-strategy"]').innerText();
  expect(vision).toContain('my monitoring work keeps the platform behind them reliable');
  expect(vision).toContain('every ferry crossing runs on time');
  const answers = await briefing.locator('[data-section="questions"]').innerText();
  expect(answers).toContain('moving into sales');
  expect(answers).toContain('run cloud platforms for five years');
  expect(await briefing.locator('[data-section="own-questions"]').innerText()).toContain('What would success look like after six months?');
  const terms = await briefing.locator('[data-section="terms"]').innerText();
  expect(terms).toContain('Ask whether March works');
  expect(terms).toMatch(/Salary: .*650,000/);
  expect(await briefing.locator('[data-section="not-prepared"]').count()).toBe(1);
  const size = await briefing.locator('[data-section="day"] li').first().evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
  expect(size).toBeGreaterThanOrEqual(14);
}

/** The stored rounds, read straight from IndexedDB in an extension page. */
function readRounds(): Promise<Array<{ round: number; debrief?: { asked?: Array<{ answer: string }> } }>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('round-two');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('interviews').objectStore('interviews').getAll();
      request.onsuccess = () => {
        open.result.close();
        resolve((request.result as Array<{ round: number }>).sort((a, b) => a.round - b.round));
      };
    };
  });
}

function readPrep(): Promise<{ ownQuestions?: unknown[]; terms?: Array<{ key: string; value: string }> } | undefined> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('round-two');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('interviewPrep').objectStore('interviewPrep').getAll();
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result[0]);
      };
    };
  });
}
