/**
 * Abbreviations that end in a full stop inside a sentence. `Intl.Segmenter`
 * knows some English ones; these also cover Norwegian and Swedish ("bl.a.",
 * "f.eks.", "t.ex.") and the cases ICU splits ("ca. 5 %", "Mr. Smith").
 * Lower-case, compared with the last word of a segment.
 */
const NEVER_FINAL = [
  // Norwegian (Bokmål)
  'bl.a.', 'f.eks.', 'ca.', 'mht.', 'dvs.', 'evt.', 'jf.', 'nr.', 'pga.', 'inkl.', 'ekskl.', 'ift.', 'iht.', 'adm.',
  'dir.', 'tlf.', 'ev.', 'mv.', 'vedr.', 'hhv.', 'iflg.', 'kl.', 'st.', 'avd.',
  // Swedish
  't.ex.', 'resp.', 'exkl.', 's.k.', 'p.g.a.', 'fr.o.m.', 't.o.m.', 'enl.', 'tel.', 'f.d.', 'ang.', 'kap.',
  // English
  'e.g.', 'i.e.', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'approx.', 'vs.', 'no.', 'jr.', 'sr.', 'dept.', 'est.', 'fig.', 'cf.',
];

/** These may also close a sentence, so they only join a following lower-case word or number. */
const SOMETIMES_FINAL = [
  'etc.', 'osv.', 'm.m.', 'mm.', 'o.l.', 'o.s.v.', 'm.fl.', 'mill.', 'mrd.', 'mnok.', 'kr.', 'mkr.', 'mdkr.', 'inc.',
  'ltd.', 'co.', 'corp.', 'bn.', 'asa.', 'ab.',
];

const neverFinal = new Set(NEVER_FINAL);
const sometimesFinal = new Set(SOMETIMES_FINAL);

/** A single capital and a full stop is an initial: "J. Hansen". */
const INITIAL = /(?:^|\s)\p{Lu}\.$/u;

/** Should the segment ending in `previous` run on into `next`? */
export function joinsNext(previous: string, next: string): boolean {
  const trimmed = previous.trimEnd();
  const last = (trimmed.split(/\s+/).pop() ?? '').toLowerCase().replace(/^[("«“]+/, '');
  if (neverFinal.has(last) || INITIAL.test(trimmed)) return true;
  const continues = /^[\p{Ll}\p{N}]/u.test(next.trimStart());
  if (continues && sometimesFinal.has(last)) return true;
  // A sentence hardly ever starts in lower case, so ICU's break there was a wrong guess.
  return continues && /^\p{Ll}/u.test(next.trimStart()) && /[.]$/.test(trimmed);
}
