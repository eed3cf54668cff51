// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { troubleFromOutside } from '../../../core/evidence/outside-causes';
import { fold, words } from '../../../core/evidence/stems';
import { shownAlone } from './do-better-alone';

/**
 * Not a shortfall of the company's: trouble the weather, nature or someone else's works caused, told with nothing of the
 * company's own ("most of the faults were caused by the storm", "Vegarbeid på E16 forsinket åpningen", "berodde på
 * ovädret"). Still a shortfall when "we" stand in it, or when a figure falls short of the company's own bar.
 */

const outside = (sentence: string): boolean => troubleFromOutside(words(fold(sentence)));

describe('trouble of an outside cause', () => {
  it.each([
    ['en', 'Most of the faults on the network in November were caused by the storm.'],
    ['en', 'Roadworks on the ring road delayed the opening of the depot by a month.'],
    ['nb', 'To av tre feil på linjene i høst skyldtes uværet.'],
    ['nb', 'Vegarbeid på E16 forsinket åpningen av lageret med tre uker.'],
    ['sv', 'De flesta felen i nätet under december berodde på ovädret.'],
    ['sv', 'Leveranserna var försenade i en vecka på grund av snöfallet.'],
    // v17: what the weather brought about, with the storm as the subject.
    ['en', 'Storms and flooding in the winter of 2025 also disrupted services across the region for several weeks.'],
    ['nb', 'Stormen Ingunn i januar 2024 ga flere strømbrudd enn noe annet vær de siste ti årene.'],
    ['sv', 'Ovädret i januar orsakade fler strömavbrott än något annat väder på tio år.'],
  ])('%s: %s', (lang, sentence) => {
    expect(outside(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([]);
  });

  it.each([
    ['en', 'Because of the storm we did not tell customers about the outage until the next day.'],
    ['nb', 'Avbruddstiden var 4,2 timer i 2026, mot målet på 2 timer, og mye skyldtes uværet.'],
    ['sv', 'På grund av ovädret glömde vi att informera våra kunder om förseningen.'],
    // The company named as the owner of the record: its own shortfall.
    ['nb', 'Stormen i februar ga de lengste avbruddene i selskapets historie, og mange kunder var uten strøm i over et døgn.'],
    ['sv', 'Stormen i februari gav de längsta avbrotten i bolagets historia, och många kunder var utan ström i ett dygn.'],
    ['en', "The storm in February caused the longest outages in the company's history, and many customers were without power for a day."],
  ])('%s, still a shortfall: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });
});
