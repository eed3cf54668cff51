import * as v from 'valibot';
import { COMPANY_STATUSES } from '../model';

/**
 * What each table's records must hold to be usable: the fields the app reads without a
 * fallback. Records keep any other field (`looseObject`), so a backup from a version with
 * extra fields on a record still imports. A table with no entry here (one added by a later
 * schema version) is checked for its primary key only.
 */
const id = v.pipe(v.string(), v.minLength(1));
const time = v.pipe(v.number(), v.finite());
const strings = v.array(v.string());

export const RECORD_SCHEMAS: Record<string, v.GenericSchema<unknown, Record<string, unknown>>> = {
  companies: v.looseObject({ id, name: v.string(), domains: strings, normNames: strings, status: v.picklist(COMPANY_STATUSES), createdAt: time, updatedAt: time }),
  clips: v.looseObject({
    id,
    companyId: id,
    url: v.string(),
    pageUrl: v.string(),
    title: v.string(),
    domain: v.string(),
    excerpt: v.string(),
    method: v.string(),
    kind: v.string(),
    wordCount: v.number(),
    evidence: v.optional(v.array(v.looseObject({}))),
    clippedAt: time,
    updatedAt: time,
  }),
  clipContents: v.looseObject({ id, contentHtml: v.string(), textContent: v.string(), blocks: v.array(v.looseObject({ tag: v.string(), text: v.string() })), jsonLd: v.array(v.unknown()) }),
  notes: v.looseObject({ id, companyId: id, promptId: v.string(), kind: v.string(), text: v.string(), createdAt: time, updatedAt: time }),
  interviews: v.looseObject({ id, companyId: id }),
  people: v.looseObject({ id, companyId: id, name: v.string(), role: v.string(), createdAt: time, updatedAt: time }),
  interviewPrep: v.looseObject({ companyId: id }),
  reminders: v.looseObject({ id, companyId: id }),
};

/** A table without its own schema: any object with its primary key. */
export function genericRecordSchema(primaryKey: string | null): v.GenericSchema<unknown, Record<string, unknown>> {
  return primaryKey ? v.looseObject({ [primaryKey]: v.union([v.string(), v.number()]) }) : v.looseObject({});
}
