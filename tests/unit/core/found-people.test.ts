// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { backupText, restoreBackup } from '../../../core/backup';
import { saveCapture } from '../../../core/capture/save-capture';
import { evidenceOf } from '../../../core/company/aggregates';
import { mergeCompanies, moveClip } from '../../../core/company/actions';
import { RoundTwoDB } from '../../../core/db/schema';
import type { CapturedPage, TextBlock } from '../../../core/model';
import { V4_STORES } from './released-stores';

let db: RoundTwoDB;
beforeEach(() => {
  db = new RoundTwoDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

function page(url: string, blocks: TextBlock[], siteName = 'Nordlys Energi'): CapturedPage {
  const text = blocks.map((block) => block.text).join('\n');
  return {
    pageUrl: url,
    metadata: { canonicalUrl: url, title: blocks[0]!.text, siteName, lang: 'nb' },
    method: 'readability',
    contentHtml: blocks.map((block) => `<${block.tag}>${block.text}</${block.tag}>`).join(''),
    textContent: text,
    excerpt: text.slice(0, 100),
    blocks,
    factBlocks: [],
    jsonLd: [],
    microdata: [],
    jsonLdErrors: 0,
    truncated: false,
    readabilityMs: 1,
  };
}

const about = (url = 'https://nordlys-energi.no/om-oss') => page(url, [{ tag: 'h1', text: 'Om Nordlys' }, { tag: 'p', text: 'Vi bygger ren kraft i Tromsø for hele landsdelen.' }]);
const team = (url = 'https://nordlys-energi.no/team') =>
  page(url, [{ tag: 'h1', text: 'Ledelsen i Nordlys' }, { tag: 'h3', text: 'Magnus Berg' }, { tag: 'p', text: 'Teknisk direktør' }, { tag: 'h3', text: 'Ingrid Solberg' }, { tag: 'p', text: 'Leder for drift' }]);
const contact = (url = 'https://nordlys-energi.no/kontakt') => page(url, [{ tag: 'h1', text: 'Kontakt oss' }, { tag: 'p', text: 'Kontaktperson: Ingrid Solberg, avdelingsleder drift. Kontakt: Per Hansen' }]);

/** The record as kept, and as recomputed from every clip of the company. */
async function keptAndRecomputed(companyId: string) {
  const clips = await db.clips.where('companyId').equals(companyId).toArray();
  return { kept: (await db.companyEvidence.get(companyId))?.people, recomputed: evidenceOf(companyId, clips).people };
}
const names = (people: ReadonlyArray<{ name: string; role: string }> | undefined) => (people ?? []).map((p) => `${p.name} (${p.role})`).sort();

describe('the people a company’s clips name, kept on its evidence record', () => {
  test('a new clip naming people updates the record without reading the other pages; it equals a full recompute', async () => {
    const first = await saveCapture(db, about(), 1000);
    expect((await db.companyEvidence.get(first.company.id))?.people).toEqual([]);
    await saveCapture(db, contact(), 2000);
    await saveCapture(db, team(), 3000);
    const { kept, recomputed } = await keptAndRecomputed(first.company.id);
    expect(names(kept)).toEqual(['Ingrid Solberg (Leder for drift)', 'Magnus Berg (Teknisk direktør)', 'Per Hansen ()']);
    expect(kept).toEqual(recomputed);
  });

  test('clipping a page again, moving a clip and merging companies keep it equal to a full recompute', async () => {
    const nordlys = (await saveCapture(db, team(), 1000)).company.id;
    await saveCapture(db, contact(), 2000);
    const skogsjo = (await saveCapture(db, page('https://skogsjo.se/om', [{ tag: 'h1', text: 'Om Skogsjö' }, { tag: 'h3', text: 'Åsa Lindström' }, { tag: 'p', text: 'VD' }], 'Skogsjö Trä'), 3000)).company.id;
    // The team page no longer names Magnus Berg.
    await saveCapture(db, page('https://nordlys-energi.no/team', [{ tag: 'h1', text: 'Ledelsen i Nordlys' }, { tag: 'h3', text: 'Ingrid Solberg' }, { tag: 'p', text: 'Driftsdirektør' }]), 4000);
    let state = await keptAndRecomputed(nordlys);
    expect(names(state.kept)).not.toContain('Magnus Berg (Teknisk direktør)');
    expect(state.kept).toEqual(state.recomputed);

    const contactClip = (await db.clips.where('url').equals('https://nordlys-energi.no/kontakt').first())!;
    await moveClip(db, contactClip.id, skogsjo, 5000);
    state = await keptAndRecomputed(skogsjo);
    expect(names(state.kept)).toContain('Per Hansen ()');
    expect(state.kept).toEqual(state.recomputed);
    expect(names((await keptAndRecomputed(nordlys)).kept)).toEqual(['Ingrid Solberg (Driftsdirektør)']);

    await mergeCompanies(db, skogsjo, nordlys, 6000);
    state = await keptAndRecomputed(nordlys);
    // The moved contact page is the newest clip now: its role for Ingrid comes first.
    expect(names(state.kept)).toEqual(['Ingrid Solberg (avdelingsleder drift)', 'Per Hansen ()', 'Åsa Lindström (VD)']);
    expect(state.kept).toEqual(state.recomputed);
    expect(await db.companyEvidence.get(skogsjo)).toBeUndefined();
  });

  test('a backup written before clips kept their people gets them from its pages when imported', async () => {
    const saved = await saveCapture(db, team(), 1000);
    const file = JSON.parse(await backupText(db)) as { tables: { clips: Array<Record<string, unknown>> } };
    for (const clip of file.tables.clips) delete clip.people;
    const empty = new RoundTwoDB(`empty-${crypto.randomUUID()}`);
    try {
      expect(await restoreBackup(empty, JSON.stringify(file), 'merge')).toMatchObject({ ok: true });
      expect(names((await empty.companyEvidence.get(saved.company.id))?.people)).toEqual(['Ingrid Solberg (Leder for drift)', 'Magnus Berg (Teknisk direktør)']);
    } finally {
      await empty.delete();
    }
  });
});

describe('version 5 reads the people from the stored pages once', () => {
  const name = `upgrade-${crypto.randomUUID()}`;
  afterEach(() => Dexie.delete(name));

  test('a database written by version 4 opens with every clip’s people and each company’s list', async () => {
    // Written by this schema's version 4, then closed: the next open upgrades it.
    const v4 = new Dexie(name);
    v4.version(4).stores(V4_STORES);
    const company = { id: 'nordlys', name: 'Nordlys Energi', domains: ['nordlys-energi.no'], normNames: ['nordlys energi'], status: 'interview1', createdAt: 1, updatedAt: 1, aggregates: { clipCount: 2, jobAdClipIds: [] } };
    const clip = (id: string, updatedAt: number) => ({ id, companyId: 'nordlys', url: `https://nordlys-energi.no/${id}`, pageUrl: `https://nordlys-energi.no/${id}`, title: id, domain: 'nordlys-energi.no', excerpt: '', method: 'readability', wordCount: 10, truncated: false, kind: 'company', evidence: [], clippedAt: updatedAt, updatedAt });
    await v4.table('companies').add(company);
    await v4.table('clips').bulkAdd([clip('team', 2), clip('om-oss', 1)]);
    await v4.table('clipContents').bulkAdd([
      { id: 'team', contentHtml: '', textContent: '', blocks: team().blocks, jsonLd: [] },
      { id: 'om-oss', contentHtml: '', textContent: '', blocks: about().blocks, jsonLd: [] },
    ]);
    await v4.table('companyEvidence').add({ companyId: 'nordlys', clips: [], sources: [], truncated: [] });
    v4.close();

    const upgraded = new RoundTwoDB(name);
    expect((await upgraded.clips.get('team'))?.people?.map((p) => p.name)).toEqual(['Magnus Berg', 'Ingrid Solberg']);
    // A page that names no one is left as it was.
    expect((await upgraded.clips.get('om-oss'))?.people).toBeUndefined();
    expect(names((await upgraded.companyEvidence.get('nordlys'))?.people)).toEqual(['Ingrid Solberg (Leder for drift)', 'Magnus Berg (Teknisk direktør)']);
    expect((await upgraded.companies.get('nordlys'))?.aggregates?.clipCount).toBe(2);
    upgraded.close();
  });
});
