import type { BackupRecord } from './format';

/** Two texts the user wrote: both are kept, the one already here first. */
export function joinTexts(here: string, incoming: string): string {
  const a = here.trim();
  const b = incoming.trim();
  if (!a || a.includes(b)) return here;
  if (!b || b.includes(a)) return incoming;
  return `${a}\n\n${b}`;
}

const time = (record: BackupRecord) => (typeof record.updatedAt === 'number' ? record.updatedAt : 0);
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Whether merging changed anything worth telling (both versions of the user's words kept). */
export interface Merged {
  record: BackupRecord;
  keptBoth: boolean;
}

/**
 * One record that exists both here and in the file. The newer version wins field by field,
 * except the user's own words: an answer or a clip's note that differs keeps both texts, and a
 * company keeps every domain and name it was known by.
 */
export function mergeRecord(table: string, here: BackupRecord, incoming: BackupRecord): Merged {
  const newer = time(incoming) >= time(here) ? incoming : here;
  const record: BackupRecord = { ...(newer === incoming ? here : incoming), ...newer, id: here.id };
  let keptBoth = false;
  const keep = (field: string) => {
    const a = typeof here[field] === 'string' ? here[field] : '';
    const b = typeof incoming[field] === 'string' ? incoming[field] : '';
    const joined = joinTexts(a, b);
    if (joined !== a && joined !== b) keptBoth = true;
    if (joined) record[field] = joined;
  };
  if (table === 'notes' && here.kind === 'answer' && incoming.kind === 'answer') keep('text');
  if (table === 'clips') keep('userNote');
  if (table === 'companies') {
    record.domains = [...new Set([...strings(here.domains), ...strings(incoming.domains)])];
    record.normNames = [...new Set([...strings(here.normNames), ...strings(incoming.normNames)])];
  }
  return { record, keptBoth };
}
