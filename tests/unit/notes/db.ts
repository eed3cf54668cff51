import { afterEach, beforeEach } from 'vitest';
import { RoundTwoDB } from '../../../core/db/schema';

/** A fresh database per test, deleted afterwards. */
export function useTestDb(): () => RoundTwoDB {
  let db: RoundTwoDB | undefined;
  beforeEach(() => {
    db = new RoundTwoDB(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db?.delete();
    db = undefined;
  });
  return () => {
    if (!db) throw new Error('The test database exists only inside a test');
    return db;
  };
}
