/**
 * Trains the evidence judge (core/evidence/model) on the labelled prompt cases and writes its weights.
 *
 *   npm run train:evidence                       train on every set, write core/evidence/model/weights.json
 *   npm run train:evidence -- --leave-out v8,v9  measure only: for each set named, train without it and
 *                                                score its cases with the rules alone and rules + judge
 *   … --leave-out all                            every set v3 onwards, one at a time
 *   … --add 0.6 --weaken 0.05                    the hook's thresholds for the measurement
 */
import { writeFileSync } from 'node:fs';
import { useJudgeSettings, ADD_AT, WEAKEN_BELOW } from '../core/evidence/model/hook';
import { sentenceFeatures } from '../core/evidence/model/features';
import { probability, useEvidenceModel, type EvidenceModel } from '../core/evidence/model/judge';
import { sentenceKey } from '../core/evidence/stems';
import { trainingAccuracy } from '../core/evidence/model/train';
import { evaluateCase, formatRows, summarise, type PairResult, type Row } from '../tests/fixtures/prompts/evaluate';
import { shippedAbout, weightsText, EARLY_SET, examplesFor, JUDGED_PROMPTS, loadCases, sentencesOf, trainModel, WEIGHTS_FILE, type Case } from './evidence-model-data';

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

function score(cases: readonly Case[], model: EvidenceModel | undefined): PairResult[] {
  useEvidenceModel(model);
  return cases.flatMap(({ name, fixture }) => evaluateCase(name, fixture));
}

/** The judge alone, no rules: per labelled pair, the case's sentences it rates at least `at`, most likely first. */
function judgeAlone(cases: readonly Case[], model: EvidenceModel, at: number): PairResult[] {
  return cases.flatMap(({ name, fixture }) =>
    JUDGED_PROMPTS.filter((id) => fixture.expected[id]).map((id) => {
      const expected = new Set(fixture.expected[id]!.map(sentenceKey));
      const ranked = sentencesOf(fixture)
        .map((sentence) => ({ sentence, p: probability(model.prompts[id]!, sentenceFeatures(sentence)) }))
        .filter((s) => s.p >= at)
        .sort((a, b) => b.p - a.p)
        .map((s) => sentenceKey(s.sentence));
      const shown = ranked.slice(0, 3);
      const found = ranked.slice(0, 5).filter((k) => expected.has(k));
      const result: PairResult = { caseName: name, lang: 'en', split: 'tuning', promptId: id, top: ranked, missed: [] };
      if (shown.length > 0) result.precisionAt3 = shown.filter((k) => expected.has(k)).length / shown.length;
      if (expected.size > 0) result.recallAt5 = found.length / Math.min(expected.size, 5);
      return result;
    }),
  );
}

function rowsOf(label: string, results: readonly PairResult[]): Row[] {
  const of = (id: string): PairResult[] => results.filter((r) => r.promptId === id);
  return [...JUDGED_PROMPTS.map((id) => summarise(`${label} ${id}`, of(id))), summarise(`${label} all prompts`, results)];
}

function leaveOut(sets: readonly string[], cases: readonly Case[]): void {
  const add = Number(arg('--add') ?? ADD_AT);
  const weaken = Number(arg('--weaken') ?? WEAKEN_BELOW);
  useJudgeSettings({ addAt: add, weakenBelow: weaken });
  console.log(`Leave one set out (judge adds at p ≥ ${add}, weakens a rule hit at p < ${weaken})\n`);
  const rules: PairResult[] = [];
  const judged: PairResult[] = [];
  const alone: PairResult[] = [];
  for (const set of sets) {
    const held = cases.filter((c) => c.set === set);
    const model = trainModel(
      cases.filter((c) => c.set !== set),
      `without ${set}`,
    );
    const before = score(held, undefined);
    const after = score(held, model);
    alone.push(...judgeAlone(held, model, add));
    rules.push(...before);
    judged.push(...after);
    const only = rowsOf(set, judgeAlone(held, model, add));
    const rows = rowsOf(set, before).flatMap((row, i) => [
      { ...row, label: `${row.label} · rules` },
      { ...rowsOf(set, after)[i]!, label: `${row.label} · +judge` },
      ...(i < JUDGED_PROMPTS.length ? [{ ...only[i]!, label: `${row.label} · judge alone` }] : []),
    ]);
    console.log(formatRows(`left out ${set}`, rows));
    console.log();
  }
  const pooledAlone = rowsOf('pooled', alone);
  const total = rowsOf('pooled', rules).flatMap((row, i) => [
    { ...row, label: `${row.label} · rules` },
    { ...rowsOf('pooled', judged)[i]!, label: `${row.label} · +judge` },
    ...(i < JUDGED_PROMPTS.length ? [{ ...pooledAlone[i]!, label: `${row.label} · judge alone` }] : []),
  ]);
  console.log(formatRows(`pooled over ${sets.join(', ')}`, total));
}

const cases = loadCases();
const leave = arg('--leave-out');
if (leave) {
  const all = [...new Set(cases.map((c) => c.set))].filter((s) => s !== EARLY_SET).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  leaveOut(leave === 'all' ? all : leave.split(','), cases);
} else {
  const model = trainModel(cases, shippedAbout(cases));
  for (const id of JUDGED_PROMPTS) {
    const examples = examplesFor(id, cases);
    console.log(`${id}: ${examples.length} sentences, ${examples.filter((e) => e.positive).length} positive, ${Object.keys(model.prompts[id]!.weights).length} features, training accuracy ${trainingAccuracy(model.prompts[id]!, examples).toFixed(3)}`);
  }
  const text = weightsText(model);
  writeFileSync(WEIGHTS_FILE, text);
  console.log(`wrote core/evidence/model/weights.json (${text.length} bytes)`);
}
