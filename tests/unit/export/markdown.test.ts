import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { exportCompanyFile, exportFolders, zipFiles, type ExportOptions } from '../../../core/export';
import { interviewWords } from '../../../components/backup/export-words';
import { htmlToMarkdown } from '../../../components/backup/html-to-markdown';
import { useTestDb } from '../notes/db';
import { seed } from '../backup/seed';

const db = useTestDb();

const options: ExportOptions = {
  lang: 'nb',
  toMarkdown: htmlToMarkdown,
  labels: {
    role: 'Role',
    status: 'Status',
    statusName: (status) => `status:${status}`,
    interviews: 'Interviews',
    clips: 'Clips',
    original: 'Original page',
    idea: 'Idea',
    otherNotes: 'Other notes',
    date: (timestamp) => new Date(timestamp).toISOString().slice(0, 10),
    interview: interviewWords(),
  },
};

async function seeded() {
  const data = await seed(db());
  await db().clipContents.update(data.nordlys.clip.id, {
    contentHtml: '<h2>Vår visjon</h2><p>Ren <b>kraft</b> i <a href="https://nordlys-energi.no/tromso">Tromsø</a>.</p><script>alert(1)</script><p><a href="javascript:alert(2)">klikk</a></p>',
  });
  await db().clips.update(data.nordlys.clip.id, { jobAd: { title: 'Backend-utvikler' } as never, jobAdCorrections: { title: 'Senior backend-utvikler' } });
  await db().companies.update(data.nordlys.company.id, { name: 'Nordlys: "Energi" #1' });
  return data;
}

describe('a company as one Markdown file', () => {
  test('front matter Obsidian reads: company, role, status, interview dates, sources and tags', async () => {
    const { nordlys } = await seeded();
    const file = (await exportCompanyFile(db(), nordlys.company.id, options))!;
    const front = file.text.split('---\n')[1]!;
    expect(front).toContain('company: "Nordlys: \\"Energi\\" #1"');
    expect(front).toContain('role: "Senior backend-utvikler"');
    expect(front).toContain('status: "researching"');
    expect(front).toContain('interviews:\n  - "2026-12-10T10:00"');
    expect(front).toContain('sources:\n  - "https://nordlys-energi.no/om-oss"\n  - "https://nordlys-energi.no/strategi"');
    expect(front).toContain('tags:\n  - "round-two"\n  - "round-two/researching"\n  - "company/nordlys-energi-1"');
    expect(file.path).toBe('Nordlys Energi 1.md');
  });

  test('the briefing: each answer and pin under its question, with a link back to the source', async () => {
    const { nordlys } = await seeded();
    const { text } = (await exportCompanyFile(db(), nordlys.company.id, options))!;
    expect(text).toMatch(/### .+\n\nJeg kjenner kraftmarkedet\./);
    expect(text).toContain('> Fornybar drift innen 2030.\n>\n> [Om Nordlys](https://nordlys-energi.no/om-oss)');
  });

  test('clips in Markdown: structure and links kept, scripts and javascript: links gone', async () => {
    const { nordlys } = await seeded();
    const { text } = (await exportCompanyFile(db(), nordlys.company.id, options))!;
    expect(text).toContain('## Vår visjon');
    expect(text).toContain('Ren **kraft** i [Tromsø](https://nordlys-energi.no/tromso).');
    expect(text).toContain('[Original page](https://nordlys-energi.no/om-oss)');
    expect(text).not.toContain('alert');
    expect(text).not.toContain('javascript:');
  });
});

describe('every company as a zip of folders', () => {
  test('a folder per company with its briefing note linking to a note per clip', async () => {
    await seeded();
    const files = unzipSync(zipFiles(await exportFolders(db(), options)));
    expect(Object.keys(files).sort()).toEqual([
      'Nordlys Energi 1/Nordlys Energi 1.md',
      'Nordlys Energi 1/clips/Om Nordlys.md',
      'Nordlys Energi 1/clips/Strategi 2030.md',
      'Skogsjö Trä/Skogsjö Trä.md',
      'Skogsjö Trä/clips/Om Skogsjö.md',
    ]);
    const skogsjo = strFromU8(files['Skogsjö Trä/Skogsjö Trä.md']!);
    expect(skogsjo).toContain('- **Ingen chatt** — Idea: Chatt på kvällstid — [Om Skogsjö](https://skogsjo.se/om)');
    expect(skogsjo).toContain('- [Om Skogsjö](clips/Om%20Skogsjö.md) · [Original page](https://skogsjo.se/om)');
    const clip = strFromU8(files['Skogsjö Trä/clips/Om Skogsjö.md']!);
    expect(clip).toContain('source: "https://skogsjo.se/om"');
    expect(clip).toContain('Trähus från Umeå.');
  });
});
