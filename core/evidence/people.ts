import { ownRole } from './own-role';
import { CONTACT_DETAILS } from './contact-details';
import { namesDeskOrTrade, namesNoPerson } from './not-person-names';
import { IRISH_PARTICLE, isPersonName, NAME_PART, NOT_NAMES, PARTICLE } from './people-names';
import { tellsNewInPost } from './new-in-post';

export { isPersonName, NAME_PART };

/**
 * People as team pages and ads show them: a name (often a heading), its role on a
 * short line below, and a short bio. Read together they are one piece of evidence
 * ("Kari Nordmann – Daglig leder. Kari har ledet …"), not three fragments too
 * short to count. Contact lines in ads ("Kontaktperson: Kari Nordmann, avdelingsleder,
 * tlf …") are people evidence too, their phone number and address aside.
 */

// The short forms ("CEO", "VD", "Koncern-VD") as words of their own: "Rovde", a surname, holds "vd" (v51).
const SHORT_ROLES = String.raw`(?:\p{L}+-)?(?:ceo|cto|cfo|coo|cmo|cpo|vd|vp)`;
/** The words of a role, also closing a compound ("avdelingsleder", "maskinfører", "co-founders"), with their Nordic endings. */
const ROLE_ENDS = String.raw`(?:leder|leiar|ledare|sjef|chef|direktør|direktör|director|manager|ansvarlig|ansvarig|rådgiver|rådgivare|konsulent|consultant|advisor|adviser|ingeniør|ingenjör|engineer|utvikler|utvecklare|developer|designer|arkitekt|architect|analytiker|analyst|controller|økonom|ekonom|koordinator|coordinator|spesialist|specialist|partner|founder|gründer|grundare|grundarna|grunnlegger|grunnleggerne|founders|co-founders|chief executive|president|officer|ordförande|styreleder|chair|chairman|chairwoman|chairperson|vice president|head of|lead|owner|rekrutterer|rekryterare|recruiter|sekretær|secretary|sekreterare|assistent|assistant|mester|mästare|sjuksköterska|undersköterska|sykepleier|nurse|lærer|lärare|rektor|technologist|teknolog|metallurgist|metallurg|biolog|veterinær|veterinär|veterinarian|distiller|brewer|brygger|bryggare|chemist|kjemiker|kemist|ologist|technician|tekniker|supervisor|superintendent|foreman|forewoman|formann|förman|redaktør|redaktör|editor|planlegger|planerare|innkjøper|inköpare|talsperson|talesperson|spokesperson|pressesjef|presschef|ombud|ombudet|steward|tillitsvalgt|tillitsvalgte|förtroendevald|lawyer|solicitor|advokat|jurist|apprentice|lærling|lärling|skipper|kaptein|kapten|captain|guide|styrmann|styrman|matros|deckhand|therapist|terapeut|teacher|counsellor|counselor|doctor|läkare|(?<=\p{L})(?:operatør|operatör|operator)|mekaniker|mechanic|elektriker|electrician|montør|montör|sveiser|svetsare|welder|(?:maskin|kran|truck|bil|lastebil|buss|lok|tog|båt|skotar|hogstmaskin|gravemaskin|hjullaster|anleggs|skördar|lastbils|tåg|grävmaskins|hjullastar|anläggnings)(?:fører|förare)|sjåfør|chaufför)(?:en|n|er|erna|ar|arna|e)?`;
/**
 * A role's word anywhere in a text. Its end needs no start of a word before it: whatever letters or hyphens stand before it
 * begin after a non-letter (written with a run of them before each word, the pattern took a sentence's every word back letter
 * by letter, a tenth of the time a whole set's saving took: stop 54's profile).
 */
const ROLE = new RegExp(String.raw`(?<!\p{L})${SHORT_ROLES}(?!\p{L})|${ROLE_ENDS}(?!\p{L})`, 'iu');
const MAX_ROLE_WORDS = 9;

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export function isRoleLine(text: string): boolean {
  const t = text.trim();
  return wordCount(t) <= MAX_ROLE_WORDS && ROLE.test(t) && !/[.!?]\s/.test(t);
}

/** "Kari Nordmann, daglig leder", "Kari Nordmann – CTO", "CTO: Kari Nordmann", "Kontakt: rektor Annika Ek" in one short line. */
export function inlinePerson(text: string, roleBefore = false): { name: string; role: string } | undefined {
  let t = text.trim().replace(CONTACT_DETAILS, ' ').replace(/[\s,;]+$/u, '').replace(/\s+/g, ' ');
  // "Styreleder: Ola Kravik.": a short caption's closing full stop.
  if (wordCount(t) <= 4) t = t.replace(/\.$/u, '');
  if (wordCount(t) > 14) return undefined;
  const parts = t.split(/\s*[,–—|:]\s*|\s+-\s+/).filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    // "Kontaktperson Kari Nordmann", "Contact Jane Smith": the name ends the part.
    const words = parts[i]!.split(' ');
    const name = [2, 3, 4].map((n) => words.slice(-n).join(' ')).filter((n) => n.split(' ').length >= 2).reverse().find((n) => isPersonName(n) && !ROLE.test(n) && !namesDeskOrTrade(n));
    if (!name) continue;
    // … or, read as a sentence, the words before the name ending in a role: "Chief Executive Officer Ragnhild Seljestad".
    const before = words.slice(0, words.length - name.split(' ').length);
    const role = [parts[i + 1] ?? parts[i - 1], roleBefore && ROLE.test(before.at(-1) ?? '') ? before.join(' ') : undefined].find((r) => r && isRoleLine(r));
    if (role) return { name, role };
  }
  return undefined;
}

const NAME_IN_TEXT = new RegExp(String.raw`(?<![\p{L}])${NAME_PART}\s+(?:${PARTICLE}\s+)?${NAME_PART}(?![\p{L}])`, 'gu');

/** Words that put a person in charge of, or behind, something; or invite the reader to talk to them. */
const RELATIONS = [
  'under', 'led by', 'run by', 'headed by', 'owned by', 'founded by', 'started by', 'set up by', 'talk to', 'say hello to', 'contact person', 'contact', 'call', 'phone', 'email',
  'ledes av', 'ledet av', 'drives av', 'eies av', 'eid av', 'startet av', 'grunnlagt av', 'stiftet av', 'snakk med', 'kontaktperson', 'kontakt', 'ring',
  'leds av', 'drivs av', 'ägs av', 'startat av', 'startad av', 'startades av', 'grundat av', 'grundad av', 'grundades av', 'prata med', 'kontakta', 'ringa',
];
// Written out, not the `i` flag: with it, \p{Lu} would match any letter and every word would start a name.
const capitalisable = (r: string): string => `[${r[0]}${r[0]!.toUpperCase()}]${r.slice(1)}`;
/** "startat 2016 av syskonen …", "leds sedan 2022 av …", "founded by the brothers …": a year, a pronoun or a word of kin may come between. */
const BY = String.raw`(?:\s+(?:\d{4}|(?:in|i|sedan|siden) \d{4}|vi|we))?\s+(?:av|by)(?:\s+(?!(?:a|an|the|en|et|ett|ei|den|det)\s)\p{Ll}+)?`;
const RELATION_WORDS = RELATIONS.map((r) => (/ (?:av|by)$/.test(r) ? capitalisable(r.replace(/ (?:av|by)$/, '')) + BY : capitalisable(r))).join('|');
/**
 * "under Malin Rask", "eies av Siri Håland og Per Aas", "startat 2016 av syskonen Elin och Samir Bönvik", "Prata med Elin Bönvik",
 * and as an ad labels it: "Contact: Oliver Grant, …", "Kontaktperson: Siri Dahl".
 */
const RELATION_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${RELATION_WORDS}):?\s+(${NAME_PART}(?:\s+(?:og|och|and|&)\s+${NAME_PART})?(?:\s+(?:${PARTICLE}\s+)?${NAME_PART})+)(?![\p{L}])`,
  'gu',
);

/** Names a sentence puts in charge of, behind, or at the end of a call: the relation stands for the role. */
export function namesByRelation(sentence: string): string[] {
  return [...sentence.matchAll(RELATION_NAME)]
    .filter((m) => !namesNoPerson(m[1]!, sentence.slice(m.index + m[0].length)))
    .map((m) => m[1]!)
    .filter((name) => !NOT_NAMES.test(name) && isPersonName(name.replace(/^.*\s(?:og|och|and|&)\s/u, '')));
}

const LIST_SEPARATOR = /\s*[·•|]\s*/;
const ROLE_IN_BRACKETS = /\s*\(([^)]+)\)$/;

/** v48: "Board of Directors: …", "Styret: …", "Ledningsgruppen: …": a body's members listed after its name, which says what they are. */
const BODY_LABEL = /^(?:(?:the )?board(?: of directors)?|styret|styre|styrelsen|styrelse|(?:management|executive|leadership) team|ledelsen|ledergruppen|ledningsgruppen|ledningsgrupp)\s*:\s*/iu;

/**
 * A signature or board line: "Sistranda, 24. mars 2026 · Kari Lie (styreleder) · Ola Dahl · Siri Berg, daglig leder", or a
 * body's members after its name, with commas: "Board of Directors: Torunn Selvær (Chair), Arild Sanna, Beate Husøy".
 */
export function signatureLine(text: string): boolean {
  const body = BODY_LABEL.exec(text.trim());
  const parts = body ? text.trim().slice(body[0].length).replace(/[.\s]+$/u, '').split(/\s*,\s*|\s+(?:and|og|och)\s+/u) : text.trim().split(LIST_SEPARATOR);
  const names = parts.filter((part) => isPersonName(part.replace(ROLE_IN_BRACKETS, '')) || inlinePerson(part) !== undefined);
  const roles = parts.filter((part) => isRoleLine(ROLE_IN_BRACKETS.exec(part)?.[1] ?? '') || inlinePerson(part) !== undefined);
  return names.length >= 2 && (roles.length >= 1 || body !== null);
}

/** A signature line read as a sentence: its separators become commas, and it ends (it is no menu). */
export function asList(text: string): string {
  return `${text.trim().split(LIST_SEPARATOR).join(', ').replace(/[.,;:\s]+$/u, '')}.`;
}

/** Titles of ownership that open a sentence before a name ("Medeier Jonas Kvam brenner …"). */
const OWNER = /^(?:co-owner|owner|medeier|eier|deleier|innehaver|delägare|ägare|innehavare)$/iu;
/** What a named person does as a sentence's subject: holds a role, leads, runs, has worked, joined. */
export const ROLE_VERBS = new RegExp(
  '^(?:leads|led|heads|headed|runs|ran|manages|managed|oversees|oversaw|supervises|supervised|coordinates|coordinated|joined|works|worked|founded|co-founded|trains|owns|' +
    'leder|ledet|driver|jobber|arbeider|begynte|grunnla|styrer|ledde|jobbar|arbetar|började|grundade|styr|befordrades|utnämndes|tillträdde|tiltrådte|tiltrådde)$|' +
    // "Jonas Eriksson har utsetts till ny servicechef": appointed to a post; "who has owned the yard since 2011", "har börjat som inköpare".
    '^(?:has|har) (?:worked|led|run|been|managed|owned|started|jobbet|arbeidet|ledet|drevet|vært|eid|begynt|jobbat|arbetat|lett|drivit|varit|ägt|börjat|utsetts|utnämnts|anställts|rekryterats)$',
  'iu',
);

/** … and becoming one: "Lina Sandberg blir arbetsledare för …", "Tom Reed becomes head of …". */
const COPULA = /^(?:is|was|er|var|är|becomes|became|blir|blev|ble|blei)$/iu;
/** "som ansvarar för odlingen": only after a name and "som", where a unit ("Affärsområdet Elnät ansvarar …") cannot stand. */
const RESPONSIBLE = /^(?:ansvarar|ansvarer|svarar|svarer)$/iu;
/** … or the page introduces them: "Möt Amir Haddad, som är ny servicechef …", "Meet Tom Reed, our …". */
const INTRO = /^(?:jag heter|jeg heter|eg heiter|my name is|i'm|i’m|i am|meet|møt|möt)(?= |$)/iu;
/** "was promoted to", "ble utnevnt til", "blev befordrad till": a post given. */
const PROMOTED = /^(?:promoted|appointed|named|forfremmet|forfremma|utnevnt|utnevnd|befordrad|utnämnd|utsedd)$/iu;
/** "is a qualified Retrofit Coordinator": the role within four words of "is". */
const ROLE_REACH = 4;

/**
 * A named person as a sentence's subject, with a role or a doing that is one: "Priya Okafor is Head Nurse
 * at …", "Lotte Vestergaard leads the support team", "Amina Hadžić har jobbat natt på …"; or a title of
 * ownership before the name, whatever follows ("Medeier Jonas Kvam brenner kaffen selv").
 */
export function personAsSubject(sentence: string): boolean {
  // "Sedan i oktober är Malin Rehnström Ek ny ekonomichef": new in a post after a time put first (new-in-post.ts).
  if (tellsNewInPost(sentence) || speakerWhoLeads(sentence)) return true;
  const raw = sentence.trim().split(/\s+/);
  const tokens = raw.map((t) => t.replace(/^[«"“”'(–-]+|[,.:;!?»"”')]+$/gu, ''));
  // "Jag heter Johan Rask och …", "My name is …": someone introducing themselves is the person, whatever follows.
  const intro = INTRO.exec(tokens.slice(0, 3).join(' '))?.[0].split(' ').length ?? 0;
  // "I'm Graham, and for nine years I have managed …", "Jeg heter Kjell-Arne og har ledet …": a first name alone, with a role told as a doing.
  if (intro > 0 && NAME_WORD.test(tokens[intro] ?? '') && tokens.slice(intro + 1).some((w) => ROLE_VERBS.test(w))) return true;
  const titled = intro > 0 || OWNER.test(tokens[0] ?? '') || (isRoleWord(tokens[0] ?? '') && !/^(?:leder|leiar|lead|leads)$/iu.test(tokens[0] ?? ''));
  // "Bibliotekschef är Hanna Modig sedan …", "Avdelingsleder er Kjetil Brennhovd": the role, "is", then the name.
  const from = intro || (titled ? (COPULA.test(tokens[1] ?? '') && !intro ? 2 : 1) : 0);
  for (let length = 3; length >= 2; length--) {
    const name = tokens.slice(from, from + length);
    if (name.length < length || !name.every((w) => NAME_WORD.test(w)) || !isPersonName(name.join(' ')) || namesDeskOrTrade(name.join(' '))) continue;
    // A name runs on without a comma or a colon ("Meanwhile, Bob …", "Related: Chicago is …").
    if (raw.slice(0, from + length - 1).some((t) => /[,:;]$/.test(t))) continue;
    if (titled) return true;
    // An age in brackets after the name ("Ragnhild Vollan (46) var …"), and a relative clause ("Karin Ahlgren, som ansvarar för …").
    const at = from + length + (/^\(\d{1,3}\)$/.test(raw[from + length] ?? '') ? 1 : 0);
    // v52: "Linnea Vojmark, som är ekonomiansvarig, …": the relative clause names the role.
    if (/^(?:som|who)$/iu.test(tokens[at] ?? '') && ([tokens[at + 1] ?? '', `${tokens[at + 1]} ${tokens[at + 2]}`].some((v) => ROLE_VERBS.test(v) || RESPONSIBLE.test(v)) || (COPULA.test(tokens[at + 1] ?? '') && isRoleWord(tokens[at + 2] ?? '')))) return true;
    const verb = tokens[at] ?? '';
    // The verb is in lower case: "Assess How Deep Is Your Content" is a headline.
    if (!/^\p{Ll}/u.test(verb)) return false;
    // "is", "er", "är" only with a role after it, named or written as a title ("is Head Pharmacist"), or as the company's own ("is our head baker", own-role.ts):
    // "Kestrel Analytics Ltd is an equal opportunity employer" is a company.
    // "was promoted to planer mill superintendent", "ble utnevnt til …": the post after the promotion, two words further.
    const after = tokens.slice(at + 1, at + 1 + ROLE_REACH + (PROMOTED.test(tokens[at + 1] ?? '') ? 2 : 0));
    if (COPULA.test(verb)) return /^\p{Lu}\p{Ll}/u.test(after[0] ?? '') || after.some((w) => isRoleWord(w)) || ownRole(after);
    return ROLE_VERBS.test(verb) || ROLE_VERBS.test(`${verb} ${tokens[at + 1] ?? ''}`);
  }
  return false;
}

/** v62: "Maria leder teknikgruppen och är din närmaste chef", "Kari blir din nærmeste leder": a first name the reader will report to. */
const YOUR_MANAGER = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s.*(?<!\p{L})(?:är|er|blir|is|will be)\s+(?:din|your)\s+(?:närmaste|nærmeste|næraste|direct|line)\s+(?:chef|leder|leiar|ledare|manager)(?!\p{L})/u;

/** A sentence that names someone with a role: "Questions? Contact Jane Smith, Head of Design, at …". */
export function mentionsPerson(sentence: string): boolean {
  if (rolesBeforeNames(sentence).length > 0 || personAsSubject(sentence) || YOUR_MANAGER.test(sentence)) return true;
  if (namesByRelation(sentence).length > 0 || signatureLine(sentence)) return true;
  if (inlinePerson(sentence, true)) return true;
  if (!ROLE.test(sentence)) return false;
  // Not the capitalised pair that opens a sentence ("Vi Søker"), nor a heading's capitals.
  return [...sentence.matchAll(NAME_IN_TEXT)].some((m) => m.index > 0 && !NOT_NAMES.test(m[0]));
}

/** A word that is a role as a whole: a short form, or letters and hyphens that end in a role's word. */
const ROLE_WORD = new RegExp(String.raw`^${SHORT_ROLES}$|(?<=^[\p{L}-]*)${ROLE_ENDS}$`, 'iu');
/** Its answers kept (every word of every sentence is asked, most of them many times), a bounded memory like names.ts's. */
const roleWords = new Map<string, boolean>();
function isRoleWord(word: string): boolean {
  let known = roleWords.get(word);
  if (known === undefined) {
    if (roleWords.size >= 20_000) roleWords.clear();
    roleWords.set(word, (known = ROLE_WORD.test(word)));
  }
  return known;
}
/** Capitalised words that carry a title on in English ("Chief Executive", "Head of Sales"), not a name. */
const TITLE_WORDS = /^(?:executive|officer|operating|financial|technology|technical|marketing|people|product|sales|operations|engineering|of|and|&)$/iu;
/** Words that make a role of the next one ("daglig leder", "hiring manager"). */
const ROLE_QUALIFIERS = /^(?:hiring|teknisk|tekniska|daglig|administrerende|verkställande|ansettende|rekryterande|nærmeste|närmaste|team|project|prosjekt|projekt)$/iu;
const NAME_WORD = new RegExp(String.raw`^(?:${NAME_PART}|${IRISH_PARTICLE})$`, 'u');

/**
 * The name written from `start` on ("Anne Grethe Bøe sier …"): up to four capitalised words, ending at the
 * first that is not one or that ends in punctuation; `at` is where the scan stopped (on that last word when
 * punctuation ended it).
 */
export function nameWordsFrom(tokens: readonly string[], start: number): { words: string[]; at: number } {
  const words: string[] = [];
  let at = start;
  for (; at < tokens.length && words.length < 4; at++) {
    const bare = tokens[at]!.replace(/[.,:;!?»"”')]+$/u, '');
    if (!NAME_WORD.test(bare)) break;
    words.push(bare);
    if (bare !== tokens[at]) break;
  }
  return { words, at };
}

/** Verbs of saying that stand before a speaker's role and name in news and staff magazines. */
const SAYS = /^(?:says|said|säger|sa|sade|sier|seier|uttaler|uttalar)$/iu;
/** Words after a verb of saying that are no role: "says also", "sa då". */
const NOT_A_ROLE = /^(?:also|then|today|now|again|också|även|idag|også|igjen|därefter|deretter)$/iu;

/**
 * "Kommunikasjonssjef Trine Mathisen i …", "besvaras av köksmästare Amir Haddad", "says hiring manager
 * Tom Reed": the role written right before the name, as news and ads write it.
 */
export function rolesBeforeNames(sentence: string): Array<{ name: string; role: string }> {
  const tokens = sentence.split(/\s+/).map((t) => t.replace(/^[«"“'(]+/u, ''));
  const found: Array<{ name: string; role: string }> = [];
  for (let i = 0; i < tokens.length - 2; i++) {
    const word = tokens[i]!.replace(/[,:]$/, '');
    const before = tokens[i - 1]?.replace(/[,:]$/, '');
    // After a verb of saying, a role in its definite form before the name is the speaker's, whatever it is ("säger truckföraren
    // Leila Nyström": the one of the story); an indefinite one ("sier gårdbruker Ola …") is as often a bystander's.
    const spoken = SAYS.test(before ?? '') && /^\p{Ll}{3,}(?:en|et)$/u.test(word) && !NOT_A_ROLE.test(word);
    // v52: "Nu ändrar ägaren Per-Erik Vojmark …": the owner, in the definite form, before the name.
    if (word !== tokens[i] || !(isRoleWord(word) || /^(?:chief|ägaren|delägaren|eieren|eigaren|medeieren|innehaveren|innehavaren)$/iu.test(word) || spoken)) continue;
    // v61: "Maintenance lead Oskar Lindbom and his team …": a trade's word opening the sentence makes a noun of "lead".
    const qualified = before !== undefined && (ROLE_QUALIFIERS.test(before) || (i === 1 && word === 'lead' && /^\p{Lu}\p{Ll}{3,}$/u.test(before) && !before.endsWith('s')));
    // Bare "leder" is as often the verb ("Hun leder Nordkyst Nett").
    if (/^(?:leder|leiar|leda|leads?)$/iu.test(word) && !qualified) continue;
    let first = i + 1;
    while (first < tokens.length && TITLE_WORDS.test(tokens[first]!)) first += 1;
    // "founder of Fellside Outdoor Clothing": the capitals right after "of" name what the role is of, not a person.
    if (/^of$/iu.test(tokens[first - 1] ?? '') && first > i + 1) continue;
    const { words: nameWords, at } = nameWordsFrom(tokens, first);
    const name = nameWords.join(' ');
    if (nameWords.length < 2 || !isPersonName(name)) continue;
    const title = [qualified ? `${before} ${word}` : word, ...tokens.slice(i + 1, at - nameWords.length)];
    found.push({ name, role: title.join(' ') });
  }
  return found;
}

const SPEAKER_LEADS = /^(?:runs|leads|owns|heads|manages|founded|driver|leder|eier|styrer|äger|grunnla|grundade)$/iu;
/** v52: "…, säger Per-Erik Vojmark, som driver företaget …": the speaker, and what they run or are, after "som"/"who". */
function speakerWhoLeads(sentence: string): boolean {
  const tokens = sentence.split(/\s+/);
  return tokens.some((token, i) => {
    if (!SAYS.test(token.replace(/[,.]$/u, ''))) return false;
    const { words, at } = nameWordsFrom(tokens, i + 1);
    const [who, verb, next] = [tokens[at + 1] ?? '', tokens[at + 2] ?? '', (tokens[at + 3] ?? '').replace(/[,.]$/u, '')];
    // What they lead, own or are: "…, som jobber på sykehuset" is a bystander at work elsewhere.
    return words.length >= 2 && isPersonName(words.join(' ')) && /,$/u.test(tokens[at] ?? '') && /^(?:som|who)$/iu.test(who) && (SPEAKER_LEADS.test(verb) || (COPULA.test(verb) && isRoleWord(next)));
  });
}
