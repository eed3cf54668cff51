import { launch, newProfile } from '../tests/e2e/browser';
import { startServer } from '../tests/e2e/server';
const server = await startServer();
const s = await launch(await newProfile());
const p = await s.context.newPage();
for (const path of ['/generated/hostile/deep-nesting.html?depth=20000', '/generated/hostile/long-article.html']) {
  await p.goto(`${server.origin}${path}`);
  const t0 = Date.now();
  const r = await s.worker.evaluate(async (u) => { const [t] = await chrome.tabs.query({ url: u }); const [i] = await chrome.scripting.executeScript({ target: { tabId: t!.id! }, files: ['/capture.js'] }); const x = i?.result as any; return { timings: x.timings, readabilityMs: x.readabilityMs }; }, `${server.origin}${path}`);
  console.log(path, Date.now() - t0, JSON.stringify(r));
}
await s.context.close(); await server.close();
