import { isOrganisationName } from '../company/org-names';
import { knownTown } from '../places';
import type { TextBlock } from '../model';
import { escapePattern } from '../text/pattern';
import { withoutLead } from './title-lead';

/**
 * Who the ad's opening says is looking for the post in the heading: "Djurhälsan Smedby söker en distriktsveterinär"
 * under "Distriktsveterinär till Kalmar", "Nordlys Dyreklinikk søker veterinær", "Harbourlight Logistics is looking for
 * an operations manager", "Vi på Storsjö Bemanning söker receptionister", "We at Harbourlight are hiring". A name needs no
 * legal form when the sentence seeks the very role the heading names, or the last part of its compound
 * ("receptionister" under "Hotellreceptionist"). A firm that seeks "för kunds räkning", "på vegne av en kunde", "on behalf of a
 * client" seeks for a client it does not name: the firm is who the ad says seeks.
 */
const SEEKS = /^(?:(?:Vi|We)\s+(?:på|i|hos|at|here\s+at)\s+)?(\p{Lu}[\p{L}\d'’-]*(?:\s(?:&\s|og\s|och\s|and\s|i\s|på\s)?\p{Lu}[\p{L}\d'’-]*){0,4})\s+(?:söker|søker|is looking for|are looking for|is seeking|are seeking|seeks|is hiring|are hiring)\s+(?:(?:nu|nå|now)\s+)?(?:(?:för (?:en )?kunds räkning|på uppdrag av (?:vår |en )?kund|på vegne av (?:vår |en )?kunde|for (?:vår |en )?kunde|on behalf of (?:a|our) client)\s+)?(?:(?:ett|en|ei|et|an|a|one|two|två|to|\d+)\s+)?(?:(?:nya|nye|ny|new|erfaren|erfarne|experienced)\s+)?([\p{L}-]+)/u;
/** Words that open a sentence and never a name. */
const NOT_A_NAME = /^(?:vi|we|nu|nå|now|du|you|hon|han|hun|they|de|dere|ni|here|här|her|this|the|our|vår|vårt|denne|detta)$/iu;

const stem = (word: string): string => word.toLocaleLowerCase().replace(/(?:er|ar|en|et|e|s|a)$/u, '');

export function seekerOfRole(blocks: readonly TextBlock[], heading: string | undefined): string | undefined {
  const role = heading?.trim().split(/\s+/)[0];
  if (!role || role.length < 4) return undefined;
  const h1 = blocks.findIndex((b) => b.tag === 'h1');
  // The opening's sentences: a fact grid's short lines above them ("Placering", "Skellefteå") are no opening.
  for (const block of blocks.slice(h1 + 1).filter((b) => (b.tag === 'p' || b.tag === 'div') && b.text.split(/\s+/).length >= 5).slice(0, 4)) {
    const m = SEEKS.exec(block.text.trim());
    if (!m) continue;
    const name = m[1]!;
    const first = name.split(/\s+/)[0]!;
    if (NOT_A_NAME.test(first) || (knownTown(name) && !isOrganisationName(name))) continue;
    const [sought, wanted] = [stem(m[2]!), stem(role)];
    if (sought === wanted || sought.startsWith(wanted) || (sought.length >= 6 && wanted.endsWith(sought))) return name;
  }
  return undefined;
}

/** A heading that ends where the seeking begins: "Nolhaga Pumpteknik söker", "Havbris AS søkjer", "Kestrel Trust is hiring". */
const SEEKER_HEADING = /^\p{Lu}.*\s(?:söker|søker|søkjer|rekryterar|rekrutterer|ansetter|tilset|is hiring|are hiring|is looking for|are looking for|seeks)\s*[:!]?$/u;

/**
 * "Nolhaga Pumpteknik söker" as the h1, "Inköpare – Alingsås" as the line under it: the line names the job the heading's
 * firm seeks.
 */
export function roleUnderSeeker(blocks: readonly TextBlock[], heading: TextBlock): string | undefined {
  if (!SEEKER_HEADING.test(heading.text.trim())) return undefined;
  const next = blocks[blocks.indexOf(heading) + 1]?.text.trim();
  return next && next.split(/\s+/).length <= 8 && !/[.!?:]$/.test(next) && /^\p{Lu}/u.test(next) ? next : undefined;
}

/** A press release's headline that someone seeks a role: "Vardåsen omsorg søker ny leder for hjemmetjenesten". */
const SEEKS_ROLE = /\s(?:söker|søker|søkjer|is hiring|are hiring|is looking for|are looking for|seeks)\s+(?:(?:en|ett|ei|et|ein|eit|a|an)\s+)?(?:(?:ny|nytt|nye|nya|new)\s+)?([\p{L}-]+)((?:\s+[\p{L}-]+){0,4})$/u;

/**
 * "Vardåsen omsorg søker ny leder for hjemmetjenesten" as the h1 of a press release, "Enhetsleder for hjemmetjenesten"
 * as the h2 of the ad under it: the h2 names the post the headline seeks, in full (it ends with the headline's role).
 */
export function roleTheHeadlineSeeks(blocks: readonly TextBlock[], heading: TextBlock): string | undefined {
  const m = SEEKS_ROLE.exec(heading.text.trim());
  if (!m) return undefined;
  const sought = `${m[1]!}${m[2]!}`.trim().toLocaleLowerCase();
  // The heading may be the page's own line appended after the reader's blocks, which hold the ad's h2 before it.
  const h2 = (list: readonly TextBlock[]): string | undefined => list.find((b) => b.tag === 'h2')?.text.trim();
  const post = h2(blocks.slice(blocks.indexOf(heading) + 1)) ?? h2(blocks);
  return post && post.length > sought.length && post.toLocaleLowerCase().endsWith(sought) ? post : undefined;
}

/** "Vi søker en båtmotormekaniker i halv stilling", "We are looking for a welder": the word for whom the ad seeks. */
const WE_SEEK = /(?<!\p{L})(?:vi søker|vi söker|vi leter etter|vi letar efter|vi ser etter|we are looking for|we're looking for|we are hiring|we're hiring|we seek)\s+(?:(?:en|ett|ei|et|a|an|one|two|to|två|tre|three|flere|fler|several)\s+)?(?:ny\s+|nye\s+|new\s+)?(\p{L}[\p{L}-]{3,})/iu;

/**
 * No heading names the job: the short line of the page's header that opens with the word the ad's own text seeks
 * ("Båtmotormekaniker (50 %)" over "Vi søker en båtmotormekaniker i halv stilling …"), not a paper's tagline or a tag.
 */
export function lineTheAdSeeks(blocks: readonly TextBlock[], usable: (b: TextBlock) => boolean): TextBlock | undefined {
  const sought = blocks.map((b) => WE_SEEK.exec(b.text)?.[1]?.toLowerCase()).find((w) => w !== undefined);
  if (!sought) return undefined;
  return blocks.find((b) => usable(b) && b.text.trim().split(/\s+/)[0]!.toLowerCase().replace(/[^\p{L}-]/gu, '') === sought);
}

/**
 * A back link, a page's action or a stamp over an ad ("Tillbaka till alla jobb", "← Back to all jobs", "Søk her", "Søg stillingen",
 * "Publisert 2. desember 2026"), v64: the account links ("Log in · Register"): no job's name.
 */
export const NAV_OR_STAMP =
  /^(?:[←«‹<]\s*)?(?:back to|go back|tilbake til|gå tilbake|tillbaka till|gå tillbaka|published|publisert|publisered|publicerad|publicerat|publiceret|posted|listed|updated|oppdatert|uppdaterad|sist endret)(?!\p{L})|^(?:søk|sök|søg|search|apply|ansök|ansøg|del|dela|share|print|skriv ut)(?:\s+(?:på\s+|for\s+|till\s+)?(?:her|här|here|now|nå|nu|jobs?|jobb|jobber|stillinger|tjänster|stillingen|stillinga|tjänsten|jobbet|jobben|this (?:job|position|role)))?$|^(?:log in|logg inn|logga in|sign in)(?:\s*[·|/]\s*(?:register|registrer deg|registrera dig|sign up|create account))?$/iu;

/**
 * "<h1>Lediga jobb</h1><div class="title">Processoperatör till härderiet</div>": the line a reader's view dropped between a
 * section's h1 and the ad's first block, as the page's header lines keep it right before that block, after the h1.
 */
export function lineDroppedUnderH1(blocks: readonly TextBlock[], header: readonly TextBlock[], h1: string | undefined, usable: (b: TextBlock) => boolean): TextBlock | undefined {
  const under = h1Line(header, h1);
  const h1Block = blocks.findIndex((b) => b.tag === 'h1');
  const next = h1Block >= 0 ? blocks[h1Block + 1] : undefined;
  const at = next ? header.findIndex((b) => b.text === next.text) : -1;
  const before = at > 0 && at - 1 > under ? header[at - 1] : undefined;
  return before && fits(before, h1, usable) ? before : undefined;
}

/** Where the reader's view left the h1 out too, and nothing else names the job: the first of the two header lines under it. */
export function lineUnderH1(header: readonly TextBlock[], h1: string | undefined, usable: (b: TextBlock) => boolean): TextBlock | undefined {
  const under = h1Line(header, h1);
  return under < 0 ? undefined : header.slice(under + 1, under + 3).find((b) => fits(b, h1, usable));
}

const h1Line = (header: readonly TextBlock[], h1: string | undefined): number => (h1 === undefined ? -1 : header.findIndex((b) => b.tag === 'h1' && b.text === h1));
const fits = (b: TextBlock, h1: string | undefined, usable: (b: TextBlock) => boolean): boolean => b.text !== h1 && !NAV_OR_STAMP.test(b.text.trim()) && usable(b);

/**
 * "Drifttekniker till kraftvärmeverket – tvåskift" among the header's lines, the page's title "Lediga jobb: Drifttekniker":
 * the ad's own heading line that opens with the role the title names and says more (its unit), over the title's short form.
 */
export function fullerHeaderLine(header: readonly TextBlock[], titlePart: string, short: (b: TextBlock) => boolean): string | undefined {
  const role = withoutLead(titlePart).trim();
  if (role.length < 3) return undefined;
  // A unit in lower case ("till kraftvärmeverket"); a named workplace ("til Apotek Ulvøy Molde") is the employer's or a place.
  const opens = new RegExp(String.raw`^${escapePattern(role)}\s+(?:till|til|to|for|för|ved|vid|at)\s+\p{Ll}`, 'u');
  // v65: "Production Manager – Fishmeal Plant" as the header's line and the page title's opening: the role and its unit after a dash.
  const unit = new RegExp(String.raw`^${escapePattern(role)}\s+[–—-]\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Plant|Section|Team|Department|Unit|Mill|Factory|Workshop)$`, 'u');
  return header.find((b) => b.tag !== 'li' && short(b) && (opens.test(b.text.trim()) || unit.test(b.text.trim())))?.text.trim();
}
