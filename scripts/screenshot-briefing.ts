/** `npx tsx scripts/screenshot-briefing.ts`: the briefing of a well-prepared company, saved as docs/briefing.png, and its round 2 on the board as docs/interview.png. */
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, newProfile } from '../tests/e2e/browser';
import { seed, wellPreparedCompany } from '../tests/e2e/seed-briefing';

const ROOT = join(import.meta.dirname, '..');
if (!process.argv.includes('--no-build')) execSync('npx wxt build --mode e2e', { cwd: ROOT, stdio: 'ignore' });
const session = await launch(await newProfile());
const { companyId, stores } = wellPreparedCompany(Date.now());
const page = await session.context.newPage();
await page.goto(`chrome-extension://${session.extensionId}/board.html`);
await page.locator('.board[data-settled="true"]').waitFor();
await seed(page, stores);
await page.goto(`chrome-extension://${session.extensionId}/briefing.html#company=${companyId}`);
await page.locator('article.briefing').waitFor();
await page.setViewportSize({ width: 820, height: 1000 });
await page.screenshot({ path: join(ROOT, 'docs', 'briefing.png') });
await page.goto(`chrome-extension://${session.extensionId}/board.html#company=${companyId}`);
const round2 = page.locator('article.iv-round[data-round="2"]');
await round2.waitFor();
await round2.screenshot({ path: join(ROOT, 'docs', 'interview.png') });
await session.context.close();
console.log('Saved docs/briefing.png and docs/interview.png');
