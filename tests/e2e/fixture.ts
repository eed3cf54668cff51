import { afterAll, beforeAll } from 'vitest';
import { launch, newProfile, type Session } from './browser';
import { startServer, type PageServer } from './server';

export interface BrowserFixture {
  server: PageServer;
  session: Session;
  /** A test page under tests/fixtures/pages, as served. */
  page: (name: string) => string;
}

/** One page server and one Chromium with the extension for the test file, closed after it. */
export function useBrowser(): BrowserFixture {
  const fixture = { page: (name: string) => `${fixture.server.origin}/fixtures/pages/${name}` } as BrowserFixture;
  beforeAll(async () => {
    fixture.server = await startServer();
    fixture.session = await launch(await newProfile());
  });
  afterAll(async () => {
    await fixture.session?.context.close();
    await fixture.server?.close();
  });
  return fixture;
}
