import { saveCapture } from '../../../core/capture/save-capture';
import type { RoundTwoDB } from '../../../core/db/schema';
import { addImprovement, pinEvidence, saveAnswer } from '../../../core/notes';
import { capturedPage } from '../search/page';

/** Two companies with clips, an answer, a pin, an improvement and an interview. */
export async function seed(db: RoundTwoDB) {
  const nordlys = await saveCapture(db, capturedPage('https://nordlys-energi.no/om-oss', 'Om Nordlys', 'Vi bygger ren kraft i Tromsø.'), 1000);
  await saveCapture(db, capturedPage('https://nordlys-energi.no/strategi', 'Strategi 2030', 'Fornybar drift innen 2030.'), 1100);
  const skogsjo = await saveCapture(db, capturedPage('https://skogsjo.se/om', 'Om Skogsjö', 'Trähus från Umeå.', 'Skogsjö Trä'), 1200);
  const answer = await saveAnswer(db, nordlys.company.id, 'why-you', 'Jeg kjenner kraftmarkedet.', 1300);
  await pinEvidence(db, nordlys.company.id, 'vision', { sentence: 'Fornybar drift innen 2030.', clipId: nordlys.clip.id, url: nordlys.clip.url }, 1400);
  await addImprovement(db, skogsjo.company.id, { area: 'digital', observation: 'Ingen chatt', idea: 'Chatt på kvällstid', clipId: skogsjo.clip.id, sourceUrl: skogsjo.clip.url }, 1500);
  await db.interviews.add({ id: 'i1', companyId: nordlys.company.id, round: 2, when: '2026-12-10T10:00', createdAt: 1600 });
  return { nordlys, skogsjo, answer: answer! };
}
