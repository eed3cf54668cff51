import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadBriefing } from '../../../components/briefing/load-briefing';
import { FoundPeople } from '../../../components/interview/FoundPeople';
import { OwnQuestionsView } from '../../../components/interview';
import { saveCapture } from '../../../core/capture/save-capture';
import { getDb } from '../../../core/db/schema';
import type { CapturedPage, TextBlock } from '../../../core/model';

const SLOW = { timeout: 5000 };

function page(url: string, blocks: TextBlock[], jsonLd: CapturedPage['jsonLd'] = []): CapturedPage {
  const text = blocks.map((block) => block.text).join('\n');
  return {
    pageUrl: url,
    metadata: { canonicalUrl: url, title: blocks[0]!.text, siteName: 'Fjellkraft', lang: 'en' },
    method: 'readability',
    contentHtml: blocks.map((block) => `<${block.tag}>${block.text}</${block.tag}>`).join(''),
    textContent: text,
    excerpt: text.slice(0, 100),
    blocks,
    factBlocks: [],
    jsonLd,
    microdata: [],
    jsonLdErrors: 0,
    truncated: false,
    readabilityMs: 1,
  };
}

/** A company with a team page, a strategy page and two job ads (the newer one last), on its own site. */
async function company() {
  const site = `https://fjellkraft-${crypto.randomUUID().slice(0, 8)}.no`;
  const posting = (title: string) => [{ '@type': 'JobPosting', title, hiringOrganization: { '@type': 'Organization', name: 'Fjellkraft AS', sameAs: site }, description: 'You will run our platform.' }];
  const { company } = await saveCapture(getDb(), page(`${site}/team`, [{ tag: 'h1', text: 'Our leadership' }, { tag: 'h3', text: 'Ingrid Solberg' }, { tag: 'p', text: 'Head of Platform' }]), 1000);
  await saveCapture(getDb(), page(`${site}/strategy`, [{ tag: 'h1', text: 'Strategy' }, { tag: 'p', text: 'Our strategy is to double renewable production towards 2030 with new wind parks in the north.' }]), 2000);
  await saveCapture(getDb(), page(`${site}/jobs/1`, [{ tag: 'h1', text: 'Operations engineer' }, { tag: 'p', text: 'We are hiring an operations engineer for our grid.' }], posting('Operations engineer')), 3000);
  await saveCapture(getDb(), page(`${site}/jobs/2`, [{ tag: 'h1', text: 'Platform engineer' }, { tag: 'p', text: 'We are hiring a platform engineer for our grid.' }], posting('Platform engineer')), 4000);
  return company.id;
}

/** Fails the test if a view reads every clip of a company or any page's content. */
function forbidScans() {
  const db = getDb();
  return [vi.spyOn(db.clips, 'where'), vi.spyOn(db.clipContents, 'bulkGet'), vi.spyOn(db.clipContents, 'get'), vi.spyOn(db.clipContents, 'toArray')];
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the interview views read what is kept on the company, not every clip', () => {
  test('found people: the team page’s person is offered, with no clip or page read', async () => {
    const id = await company();
    const scans = forbidScans();
    render(<FoundPeople companyId={id} people={[]} />);
    const region = await screen.findByRole('region', { name: 'Found in your clips' }, SLOW);
    expect(region.textContent).toContain('Ingrid Solberg · Head of Platform');
    fireEvent.click(within(region).getByRole('button', { name: 'Add Ingrid Solberg' }));
    await waitFor(async () => expect(await getDb().people.where('companyId').equals(id).count()).toBe(1), SLOW);
    for (const scan of scans) expect(scan).not.toHaveBeenCalled();
  });

  test('own questions: a clipped strategy sentence is suggested and the newest ad’s facts fill the terms', async () => {
    const id = await company();
    const scans = forbidScans();
    render(<OwnQuestionsView companyId={id} />);
    const suggestions = await screen.findByRole('region', { name: 'Questions suggested by your clips' }, SLOW);
    expect(suggestions.textContent).toContain('towards 2030');
    await waitFor(async () => expect((await getDb().interviewPrep.get(id))?.termsPrefilled).toBe(true), SLOW);
    for (const scan of scans) expect(scan).not.toHaveBeenCalled();
  });

  test('the briefing’s role is the newest job ad, read by its id', async () => {
    const id = await company();
    const scans = forbidScans();
    const data = await loadBriefing(getDb(), id);
    expect(data.ad?.jobAd?.title).toBe('Platform engineer');
    for (const scan of scans) expect(scan).not.toHaveBeenCalled();
  });
});
