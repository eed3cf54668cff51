/**
 * The stores of released schema versions, exactly as they were declared: the databases users
 * have today, which upgrade tests write before opening them with the current schema.
 */

export const V1_STORES = {
  companies: 'id, *domains, *normNames, updatedAt',
  clips: 'id, &url, companyId, clippedAt',
  clipContents: 'id',
  notes: 'id, companyId, [companyId+promptId]',
  interviews: 'id, companyId',
};

/** Versions 4 and 5 (version 5 changed no index, nor did 6). */
export const V4_STORES = {
  companies: 'id, *domains, *normNames, updatedAt',
  clips: 'id, &url, companyId, clippedAt, [companyId+updatedAt], domain',
  clipContents: 'id',
  notes: 'id, companyId, [companyId+promptId]',
  interviews: 'id, companyId',
  people: 'id, companyId, [companyId+normName]',
  interviewPrep: 'companyId',
  reminders: 'id, companyId, interviewId, fireAt',
  companyEvidence: 'companyId',
  searchLog: '++seq',
  searchIndex: 'id',
};
