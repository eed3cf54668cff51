// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { workerClient, type SearchRequest } from '../../../components/search/client';

/** A stand-in for the worker: answers with `answer`, or does nothing. */
function fakeWorker(answer?: (request: SearchRequest) => unknown) {
  const target = new EventTarget();
  return Object.assign(target, {
    postMessage(request: SearchRequest) {
      if (answer) queueMicrotask(() => target.dispatchEvent(new MessageEvent('message', { data: answer(request) })));
    },
  });
}

describe('the page’s side of the search worker', () => {
  test('pairs each answer with its question', async () => {
    const client = workerClient(
      fakeWorker((request) =>
        request.op === 'search'
          ? { id: request.id, ok: true, hits: [{ id: 'clip:1', type: 'clip', key: '1', companyId: 'c', title: request.text, snippet: '', score: 1 }] }
          : { id: request.id, ok: true, changed: 3 },
      ),
    );
    const [hits, changed] = await Promise.all([client.search('tromso', 5), client.sync()]);
    expect(hits.map((hit) => hit.title)).toEqual(['tromso']);
    expect(changed).toBe(3);
  });

  test('a worker that fails answers every question with an error, then and later: nothing waits forever', async () => {
    const worker = fakeWorker();
    const client = workerClient(worker);
    const pending = client.search('tromso', 5);
    worker.dispatchEvent(Object.assign(new Event('error'), { message: 'could not load' }));
    await expect(pending).rejects.toThrow('could not load');
    await expect(client.sync()).rejects.toThrow('could not load');
  });

  test('an error the worker reports reaches the page', async () => {
    const client = workerClient(fakeWorker((request) => ({ id: request.id, ok: false, message: 'DatabaseClosedError' })));
    await expect(client.search('x', 5)).rejects.toThrow('DatabaseClosedError');
  });
});
