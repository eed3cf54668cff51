import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { hostilePage } from '../fixtures/hostile/generate';

const ROOT = join(import.meta.dirname, '..');

/** Serves the test pages on 127.0.0.1: fixtures, the Readability corpus and generated pages. */
export interface PageServer {
  origin: string;
  /** The path of every request served, in order (to check that a view loads nothing from a clipped site). */
  requests: string[];
  close: () => Promise<void>;
}

function hugePage(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>Paragraph ${i}: the company reported steady growth in its northern markets and plans to hire more engineers next year.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><title>A very long annual report</title></head><body><article><h1>A very long annual report</h1>${body}</article></body></html>`;
}

const TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.xml': 'application/xml' };

async function resolve(path: string, query: URLSearchParams): Promise<string | undefined> {
  if (path === '/generated/huge.html') return hugePage(30_000);
  if (path.startsWith('/generated/hostile/')) return hostilePage(path.slice('/generated/hostile/'.length), query);
  const corpus = path.match(/^\/corpus\/([\w.-]+)\/$/);
  const file = corpus ? join(ROOT, 'corpus', 'readability', corpus[1]!, 'source.html') : join(ROOT, normalize(path));
  if (!file.startsWith(ROOT)) return undefined;
  return readFile(file, 'utf8').catch(() => undefined);
}

export async function startServer(): Promise<PageServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const requested = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(requested.pathname);
    requests.push(path);
    if (path === '/generated/slow.html') {
      // The head arrives, the body does not (yet): the document is still loading.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.write(`<!doctype html><html><head><title>Slow page</title></head><body><p>Half a page${' '.repeat(4096)}`);
      const timer = setTimeout(() => response.end('</p></body></html>'), 15_000);
      response.on('close', () => clearTimeout(timer));
      return;
    }
    void resolve(path, requested.searchParams).then((html) => {
      if (html === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const type = TYPES[extname(path)] ?? 'text/html';
      response.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(html);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
