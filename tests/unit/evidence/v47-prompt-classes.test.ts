// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the forty-seventh held-out set showed, read on purpose after its one measurement: a person told by what
 * they have owned, or by the post they started in ("who has owned the yard since 2011", "har börjat som inköpare"); a
 * Nordic planner or buyer as a role beside a name (not the English "Planner": a job ad's title line read as a person);
 * deadlines missed; a share of the staff who left (in figures, not a doing stopped); a scrap rate in per cent that was
 * (not one set as a goal); the job put simply as the company's purpose; a unit counted as "elleve" and the teens
 * ("Klekkeriet har elleve ansatte"; "femten" was read by another path already). Left out: a contract lost "to maintain … in 2025" (the infinitive and the year read
 * as a plan), a team counted after "på" ("vårt monteringslag på nio personer"), a habit of one role ("Crew leaders ring
 * every new starter's family …"), and the judge's veto of "Kundene våre venter i dag for lenge på svar …". Sentences
 * written for this test.
 */

describe('what a sentence is evidence of', () => {
  test.each([
    ['en', 'Ulla Tremayne, who has owned Ulvport Marine since 2009, says the yard is full.', 'news', 'people'],
    ['nb', 'Kari Ulvestad, som har eid verftet siden 2009, sier at det er fullt.', 'news', 'people'],
    ['sv', 'Sanna Ulvberg har börjat som inköpare och ansvarar för lack och beslag.', 'company', 'people'],
    ['nb', 'Tor Ulvik har begynt som innkjøper og har ansvar for råvarene.', 'company', 'people'],
    ['sv', 'Ida Ulvström, produktionsplanerare', 'company', 'people'],
    ['en', 'The yard missed service deadlines on two response boats last year.', 'news', 'do-better'],
    ['en', 'Last season 19 of the 45 seasonal staff quit before the end of the run.', 'news', 'do-better'],
    ['nb', 'I fjor sluttet 19 av de 45 som jobbet her i sesongen.', 'news', 'do-better'],
    ['sv', 'I fjol slutade 12 av de 40 säsongsanställda innan säsongen var slut.', 'news', 'do-better'],
    ['sv', 'När lackeringen i våras hade tolv procent kassation fick personalen hitta orsaken.', 'news', 'do-better'],
    ['nb', 'Lakkeringen hadde tolv prosent kassasjon i vår.', 'news', 'do-better'],
    ['en', 'The paint line had twelve percent scrap in the spring.', 'news', 'do-better'],
    ['en', 'Our job is simple: when a boat breaks down, we get the crew fishing again the same day.', 'news', 'vision'],
    ['nb', 'Jobben vår er enkel: når en båt stopper, får vi den på sjøen igjen samme dag.', 'news', 'vision'],
    ['sv', 'Vårt jobb är enkelt: när en båt går sönder får vi ut den igen samma dag.', 'news', 'vision'],
    ['nb', 'Klekkeriet har elleve ansatte som går i turnus og følger eggene til startfôring.', 'company', 'department'],
  ] as const)('%s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).toContain(prompt);
  });
});

describe('what a sentence is not evidence of', () => {
  test.each([
    // Guards: a firm that owns; stopping a doing, and a share that is no staff's; a scrap rate with no figure.
    ['nb', 'Selskapet har eid kraftverket siden 2009.', 'company', 'people'],
    ['nb', 'I fjor sluttet vi å bruke en av de to gamle maskinene.', 'news', 'do-better'],
    ['en', 'Three of the five runners quit smoking this year.', 'news', 'do-better'],
    ['sv', 'Vi mäter kassationen varje vecka.', 'company', 'do-better'],
    ['sv', 'Målet för 2027 är att få ner kassationen till under tre procent.', 'company', 'do-better'],
  ] as const)('%s: not %s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).not.toContain(prompt);
  });
});
