/** The interface languages; page languages are mapped onto these by `toLang`. */
export const LANGS = ['en', 'nb', 'sv'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every interface language. */
export type Localized<T = string> = Record<Lang, T>;

export type ClipKind = 'company' | 'job-ad' | 'news';
/** `purpose`: the sentence of the ad in which the employer says what it does and is for. */
export type JobAdField = 'requirements' | 'responsibilities' | 'description' | 'purpose';

/**
 * Which sentences in clipped pages may serve as evidence for a prompt.
 * Cues are stems or prefixes (`strategi` also finds `strategiske` and, in
 * compounding languages, `konsernstrategien`); see `core/evidence/cues.ts`.
 */
export interface EvidenceRule {
  cues: Localized<string[]>;
  /**
   * Pairs of cue lists: a sentence holding a cue from each list of a pair counts as one cue more,
   * for wording whose words mean little apart ("Next spring | we open …", "sick leave | rose").
   */
  pairedCues?: Localized<Array<readonly [string[], string[]]>>;
  /** Headings that mark a whole section as evidence ("Vår visjon"). Defaults to `cues`. */
  headingCues?: Localized<string[]>;
  /** The kinds of clip worth searching; all kinds when absent. */
  clipKinds?: ClipKind[];
  /** Fields of an extracted job ad that feed this prompt directly. */
  jobAdFields?: JobAdField[];
  /** Cues of a broader view than the prompt asks for (a whole group's overview): a sentence holding one weighs less. */
  broaderCues?: Localized<string[]>;
  /**
   * Cues of a sentence that says something else than the prompt asks although it holds its cues
   * (a statement of values that mentions problems is not something to do better): not evidence.
   */
  notCues?: Localized<string[]>;
  /**
   * Openings of a sentence that make it something else than the prompt asks (a routine told as
   * "When a … fails, we …", a question to the reader): not evidence, wherever the cues stand, unless
   * the sentence names a year or a month (then it tells what happened).
   */
  notOpenings?: Localized<string[]>;
  /** Deadlines that make a sentence a target, not this prompt's evidence, unless it names the prompt by a heading cue ("Vår visjon er … innen 2035"). */
  notTargets?: Localized<string[]>;
  /** A plan whose subject is someone outside the company (the government, a competitor, a customer, the industry): not evidence. */
  notOthersPlans?: boolean;
  /** Who leads the unit, or whom the reader reports to ("The team is led by …"): not evidence, unless the sentence also counts the unit's people. */
  notLeaders?: Localized<string[]>;
  /**
   * A sentence that opens with a name ("Bokbinderiet lager …", "Central Planning forecasts …") counts
   * half in a section where another sentence holds a cue: on a department page, the units are named.
   */
  namedInSection?: boolean;
  /**
   * Another prompt's evidence that also answers this one in some kinds of clip, at a share of its score:
   * in an ad, a company plan is a reason to want the job ("… and this role is how we get there").
   */
  borrows?: { promptId: string; clipKinds: ClipKind[]; weight: number };
  /** `people`: a name with its role (and bio) on the lines below counts as one sentence. */
  units?: 'people';
  /**
   * Structures that count as one cue each (core/evidence/structures.ts): `shortfall`, a figure that fell
   * short or a shortfall told as an event (against a target, "only four of eight", weeks to answer, a bad
   * figure that rose, a figure worse than an earlier one: "88 procent …, mot 96 procent ett år tidigare"); `unit-subject`, a unit named as the sentence's subject ("Skadeavdelningen i Malmö har …"); `unit-compound`, a unit named inside a Bokmål or Swedish compound anywhere in it ("jourteamet", "maskinlaget");
   * `habit`, what is always done by or for everyone ("Vi ringer alltid …", "Whoever is on the rota, …", "Every driver
   * washes down the tanker …, even when running late");
   * `norm`, what should be so in the world served ("Every kilo of feed … should end up in an animal");
   * `purpose`, what the company does so that something follows ("We make games that two friends can play …");
   * `plan`, a plan told in the present after its time ("Under 2027 anställer vi tio personer");
   * `career-path`, a colleague's path told as then and now ("Last year she finished …, and she now trains …"), or a
   * route on open to the staff ("Montører som vil bli ledere, …", "after two years you can apply for our … course").
   */
  structures?: Structure[];
}

/** Structural signals a rule may count as cues: see `EvidenceRule.structures`. */
export type Structure = 'shortfall' | 'unit-subject' | 'unit-compound' | 'habit' | 'norm' | 'purpose' | 'plan' | 'career-path';

export interface Prompt {
  /** Kebab-case, unique across all sections; notes refer to it. */
  id: string;
  /** The id of the section the prompt belongs to. */
  section: string;
  question: Localized;
  /** One or two sentences: why it matters and what a good answer holds. */
  guidance: Localized;
  /** `answer-only` when the answer comes from the candidate, not from clips. */
  evidence: EvidenceRule | 'answer-only';
}

export interface PromptSection {
  id: string;
  title: Localized;
  intro?: Localized;
  prompts: Prompt[];
}

/** A prompt that can be fed by clips. */
export type EvidencePrompt = Prompt & { evidence: EvidenceRule };

export function hasEvidence(prompt: Prompt): prompt is EvidencePrompt {
  return prompt.evidence !== 'answer-only';
}

const LANG_ALIASES: Record<string, Lang> = {
  en: 'en',
  nb: 'nb',
  no: 'nb',
  nn: 'nb',
  // Danish is close enough to Bokmål for stem matching to find something.
  da: 'nb',
  sv: 'sv',
};

/** `nb-NO`, `no`, `nn` → `nb`; `sv-SE` → `sv`; anything unknown → undefined. */
export function toLang(tag: string | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LANG_ALIASES[primary];
}
