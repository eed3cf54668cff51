import { rolesBeforeNames } from '../evidence/people';
import type { FoundPerson, JobAd, JsonLdNode, TextBlock } from '../model';
import { normPersonName } from './person-name';

export type { FoundPerson };

export interface ClipForPeople {
  clipId: string;
  jobAd?: JobAd;
  jsonLd?: readonly JsonLdNode[];
  blocks?: readonly TextBlock[];
}

const NAME_WORD = String.raw`\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:van|von|de|af|av|der)\s+)?${NAME_WORD}){1,3}`;
const WHOLE_NAME = new RegExp(`^${NAME}$`, 'u');

/** Words of headings that look like names but are not ("Our Team", "Om Oss"). */
const NOT_NAMES = new Set(
  'our team about us contact people management leadership board careers jobs values news the vår våre vårt om oss kontakt ledelse ledelsen styret ansatte jobb verdier nyheter våra ledning ledningen styrelsen medarbetare karriär värderingar nyheter'.split(' '),
);

/** What stands before a contact's name in an ad, in en/nb/sv (case does not matter here, it does for the name). */
const CONTACT_LABEL = new RegExp(
  [
    String.raw`\b(?:contact persons?|contact|hiring manager|kontaktpersoner|kontaktperson|kontakt|ansettende leder|nærmeste leder|rekryterande chef|närmaste chef)\s*:?\s*`,
    String.raw`\b(?:questions about the (?:role|position|job)[^.:]*?\b(?:to|contact)|spørsmål om stillingen[^.:]*?\b(?:til|kontakt)|frågor om tjänsten[^.:]*?\b(?:till|av|kontakta))\s*:?\s*`,
  ].join('|'),
  'giu',
);
/** The name right after a label, then a role after a comma, a bracket or a dash. */
const NAME_AND_ROLE = new RegExp(String.raw`(${NAME})(?:\s*(?:,|\(|\s[-–]\s)\s*([^,()\n.;]{2,60}))?`, 'uy');

function isPersonName(text: string): boolean {
  const trimmed = text.trim();
  if (!WHOLE_NAME.test(trimmed)) return false;
  return !normPersonName(trimmed)
    .split(' ')
    .some((word) => NOT_NAMES.has(word));
}

function cleanRole(role: string | undefined): string {
  return (role ?? '').replace(/\s+/g, ' ').replace(/\b(?:tlf|tel|phone|telefon|e-?post|e-?mail)\b.*$/i, '').trim().replace(/[,:;]$/, '');
}

function fromJsonLd(nodes: readonly JsonLdNode[]): Array<{ name: string; role: string }> {
  const found: Array<{ name: string; role: string }> = [];
  for (const node of nodes) {
    for (const key of ['applicationContact', 'hiringManager', 'contactPoint']) {
      const values = ([] as unknown[]).concat(node[key] ?? []);
      for (const value of values) {
        if (!value || typeof value !== 'object') continue;
        const { name, jobTitle, contactType } = value as Record<string, unknown>;
        if (typeof name === 'string' && isPersonName(name)) {
          found.push({ name: name.trim(), role: typeof jobTitle === 'string' ? jobTitle : typeof contactType === 'string' ? contactType : '' });
        }
      }
    }
  }
  return found;
}

function fromContactLines(blocks: readonly TextBlock[]): Array<{ name: string; role: string }> {
  const found: Array<{ name: string; role: string }> = [];
  for (const block of blocks) {
    for (const label of block.text.matchAll(CONTACT_LABEL)) {
      NAME_AND_ROLE.lastIndex = label.index + label[0].length;
      const match = NAME_AND_ROLE.exec(block.text);
      if (match && isPersonName(match[1]!)) found.push({ name: match[1]!, role: cleanRole(match[2]) });
    }
  }
  return found;
}

/** A team page: a heading that is a name, and a short line under it that is the role. */
function fromTeamHeadings(blocks: readonly TextBlock[]): Array<{ name: string; role: string }> {
  const found: Array<{ name: string; role: string }> = [];
  blocks.forEach((block, index) => {
    if (!/^h[2-6]$/.test(block.tag) || !isPersonName(block.text)) return;
    const next = blocks[index + 1];
    if (!next || /^h[1-6]$/.test(next.tag)) return;
    const role = next.text.trim();
    if (role.length > 60 || /[.!?]$/.test(role)) return;
    found.push({ name: block.text.trim(), role });
  });
  return found;
}

/** Headings over a list of contacts ("Kontaktpersoner", "Kontakt", "Contacts", "Questions?"). */
const CONTACT_HEADING = /^(?:kontaktpersoner|kontaktperson|kontakter|kontakt|contacts?|contact persons?|questions\??|spørsmål\??|frågor\??|har du spørsmål\??|har du frågor\??)\s*:?$/iu;
/** "Avdelingsleder: Kari Nordmann" in such a list. */
const ROLE_THEN_NAME = new RegExp(String.raw`^([^:]{2,40}):\s*(${NAME})`, 'u');

/** Each line under a contacts heading that is a name with its role, either way round. */
function fromContactSection(blocks: readonly TextBlock[]): Array<{ name: string; role: string }> {
  const found: Array<{ name: string; role: string }> = [];
  for (const block of blocks) {
    if (/^h[1-6]$/.test(block.tag) || !block.heading || !CONTACT_HEADING.test(block.heading.trim())) continue;
    const text = block.text.trim();
    const roleFirst = ROLE_THEN_NAME.exec(text);
    if (roleFirst && isPersonName(roleFirst[2]!)) {
      found.push({ name: roleFirst[2]!, role: cleanRole(roleFirst[1]) });
      continue;
    }
    NAME_AND_ROLE.lastIndex = 0;
    const match = NAME_AND_ROLE.exec(text);
    if (match && isPersonName(match[1]!)) found.push({ name: match[1]!, role: cleanRole(match[2]) });
  }
  return found;
}

/** "… sier produksjonssjef Geir Ove Nerland", "besvaras av avdelningschef Anna Berg": the role right before the name. */
function fromRolesBeforeNames(blocks: readonly TextBlock[]): Array<{ name: string; role: string }> {
  return blocks.flatMap((block) => (/^h[1-6]$/.test(block.tag) ? [] : rolesBeforeNames(block.text))).filter((p) => isPersonName(p.name));
}

/** The people one clip names, one per name (the first role found wins). */
function peopleOfClip(clip: ClipForPeople): FoundPerson[] {
  const blocks = clip.blocks ?? [];
  const description = clip.jobAd?.description ? [{ tag: 'p', text: clip.jobAd.description }] : [];
  const contacts = [
    ...fromJsonLd(clip.jsonLd ?? []),
    ...fromContactLines(description),
    ...fromContactLines(blocks),
    ...fromContactSection(blocks),
    ...fromRolesBeforeNames([...description, ...blocks]),
  ];
  const found = [...contacts.map((p) => ({ ...p, via: 'contact' as const })), ...fromTeamHeadings(blocks).map((p) => ({ ...p, via: 'team' as const }))];
  return joinFound([found.map((person) => ({ ...person, clipId: clip.clipId }))]);
}

/**
 * Lists of found people joined, one per name: the first list naming someone gives the card, a
 * later one fills in a missing role. Joining clips' lists gives what reading the clips in that
 * order would, so a company's list can take in a new clip without reading the others.
 */
export function joinFound(lists: ReadonlyArray<readonly FoundPerson[]>): FoundPerson[] {
  const byName = new Map<string, FoundPerson>();
  for (const person of lists.flat()) {
    const key = normPersonName(person.name);
    const known = byName.get(key);
    if (!known) byName.set(key, { name: person.name, role: person.role, clipId: person.clipId, via: person.via });
    else if (!known.role && person.role) known.role = person.role;
  }
  return [...byName.values()];
}

/** The people a company's clips name, one per name (the first role found wins). */
export function peopleFromClips(clips: readonly ClipForPeople[]): FoundPerson[] {
  return joinFound(clips.map(peopleOfClip));
}
