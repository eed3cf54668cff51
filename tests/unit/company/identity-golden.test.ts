import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { captureAd, captureEach, evaluateIdentity as evaluate, type IdentityCase, type IdentityResult } from '../../fixtures/companies/identity-eval';
import { companyPagesJoinAds, newsFiledWithEmployer } from '../../fixtures/companies/identity-join';
import { heldOutIdentityCases, scoreIdentity, tunedIdentityCases } from '../../fixtures/companies/identity-table';

/**
 * Pages in the layouts of real boards, ATSs and company sites, read as a tab is
 * read: the company the clip lands in, and the ad's title, place and deadline.
 * Pages moved in from the earlier held-out set name the checks they still fail
 * (`knownMisses` in their expected.json); every other check must hold.
 */
const tuned = tunedIdentityCases();
// Each page is read once (jsdom and Readability are the slow part) and checked by both tests below.
const results = new Map<IdentityCase, IdentityResult>();
const evaluateIdentity = (c: IdentityCase): IdentityResult => results.get(c) ?? results.set(c, evaluate(c)).get(c)!;
// Each page read once, a turn of the event loop after each, so that jsdom frees its window (identity-eval.ts).
beforeAll(() => captureEach([...tuned, ...heldOutIdentityCases()]), 480_000);
// Measured with v1–v5 in tuning (164 pages) after v5's classes: employer 162, all four right on 151;
// with v6 in (192 pages) after its classes: employer 187, all four right on 171; with v7 in (220 pages),
// before any fix for its classes (two titles relabelled to the settled convention): employer 208, all four 188;
// after v7's title classes (terms, shift, sector tag, places after a dash, a sentence heading): employer 208, all four 191;
// after its employer forms (unit, charity form, registration sentence, short form spelled out): employer 215, all four 196;
// after its deadlines in words: employer 215, all four 197; after its NGO page is read as an ad: employer 217, all four 198;
// after 'Where:' as a place's label: employer 217, all four 199; with v8 in (248 pages), before any fix for it:
// employer 241, all four 218; after v8's employer classes (a social network, a board nobody listed, a platform's
// tenant, a brand's legal name, a short form spelled out in brackets): employer 246, all four 222; after a footer's
// name in lower case before the address: employer 247, all four 223; after v8's fact classes (a reference in brackets,
// the heading over a JSON-LD title in other words, an extended deadline, a post saved as a page, an icon row through
// the capture path): employer 247, all four 227; one v8 place label brought to its set's convention: all four 228;
// with v9 in (276 pages), before any fix for it: employer 271, all four 248; a date without a year read after the
// page's own date or the day it was read, US month-first dates and two more deadline labels: all four 252; titles
// without an ordinal shift, a season, the number of posts, a sector tag, their own town or a file name: 254; v9's
// employer classes (a label ending in 'name', the board's card 'About the employer', a logo of initials spelled by a
// written name, a digest's dotted line, a logo's one word giving way to the footer's name): employer 276 on their own
// branch (all four 251 there); merged with the fact classes: employer 276, all four 258; with v10 in (304 pages),
// before any fix for it: employer 297, all four 274; v10's employer classes (a part of the heading no employer, the
// advertiser line, the name in full over a brand or a partial name, a short form in brackets, a board whose brand ends
// in 'jobs', the job in <title> on the employer's own site): employer 303, all four 275; v10's fact classes on their own
// (a working arrangement, a season's year or a place after the terms in a title, a heading that says more than a stale
// JSON-LD, a stale JSON-LD's deadline and hours, the date an ad stays up until, a town with its municipality): employer
// 297, all four 280; both merged: employer 303, all four 283; with v11 in (332 pages, twelve of its places relabelled
// to the earlier sets' convention for countries), before any fix for it: employer 323, all four 296; v11's fact classes on
// their own branch (terms glued to the role, a sentence heading's unit, a label of several words, a work mode after a town, the page's
// places over a structured one, towns before their municipality, a day and month without a year): all four 303.
// v11's employer classes on theirs (a legal form after a comma, the employer's 'Om …' box, a club's form and a genitive written out, a harbour's logo giving
// way to the body that runs it, a charity number marking the footer's name): employer 330, all four 301; a platform's page
// not read as an ad belonging to the tenant its title names: employer 331, all four 301. Both merged: employer 331, all
// four 309; an icon drawn in shapes no block, so the row of facts beside it is read: all four 310. With v12 in (360 pages,
// ten of its places relabelled the same way), before any fix for it: employer 352, all four 328. v12's employer and
// site-owner classes on their own branch (an employer label over an advertiser's, a feed's page card, a founder or funder
// no employer, a slash between two labels, an imprint's legal name for a translated brand, a bracketed short form after a
// footer's legal name, a parish and a logo naming a kind of body at a place, a foundation's form before the name):
// employer 359, all four 330.
// Its fact classes on their own branch from 352 / 328 (a gender tag, the number of posts after a dash, a temporary post's words, a capitalised unit after a
// dash over a shorter JSON-LD title, a post's opening line above a card's heading; a town that ends like a street, a site
// before its town, a board's path 'Germany › Kiel'): title 217 → 223, place 211 → 213; employer 352, all four 331;
// 'Essential Functions' read as a US ad's duties (paylocity's page read as an ad): title 224, place 214, all four 332.
// Both merged, euraxess's country relabelled to the page's own 'Germany': employer 359, all four 339. With v13 in (388
// pages, written to the convention for countries), before any fix for it: employer 379, all four 353.
// Its fact classes on their own branch (a shift in brackets, an agency's 'till kund', a question heading's role, the open
// item of a <details> list, a district with its town; 'Sista ansökan', 'Ansökningstiden går ut', a 'Län' row, Finland's
// Swedish-named places; a climbing gym's own page read as an ad): title 236 → 242, place 226 → 231, deadline 206 → 208;
// employer 379, all four 353 → 358; a heading asking for more hands, the role its opening seeks (v5's café): title 243,
// all four 359.
// On their own branch, v13's employer
// and company classes (a legal form of several words or after a comma, a role word as a logo's alt, the host's own name
// beside another in the title, a trade paper's job section, the employer's card opening with its legal name, a guessed
// employer over the host's word, a body's form before the logo's word, a legal name trading as another): employer 387,
// all four 356.
// Both merged: employer 387, all four 365; avature's country relabelled to the JSON-LD's own word ('Norge'): all four 366.
// With v14's 40 pages in (428), before any fix for it: employer 417, title 263/278, place 250/278, deadline 229/233, all four 383.
// v14's employer and company classes (a Finnish 'Ab' after or before the name, a one-word brand's legal name in the closing
// address line, a logo of compound initials, of the legal name's words with another ending or of its first word and a
// start of the second, an about title in general words no name): employer 423, all four 388.
// v14's fact classes on their own branch (German hours, a share then a place, a start date, times in a row, 'Vi søker' after a
// question, an issue's or list's heading, a name after the workplace, a leading share, the employer after the role, a plural
// the page's title names once; a run-on place row, a lead-in, 'Dublin 2', US and German states, the page's region over a
// code, a bilingual Finnish town in a Swedish ad; a period's end, 'snarast, og seinast', 'Søk før'): employer 417, title
// 263 → 272, place 250 → 257, deadline 229 → 232, all four 383 → 395.
// Both merged, and five places relabelled to the convention (a country the page writes, as it writes it: 'Sweden',
// 'Norway', 'United Kingdom', 'United States'; 'Devon' the page's region): employer 423, title 272, place 262, deadline 232,
// all four 405.
// With v15 in (468 pages), before any fix for it: employer 450, title 290/306, place 284/306, deadline 252/255, all four 424.
// After v15's employer classes (Finnish 'Oy … Ab' and two registered names, a named client, a group's company, a footer's
// registered name over a brand, no employer of the page's own words): employer 463, all four 432.
// With v16 in (488 pages), before any fix for it: employer 475, title 302/320, place 295/320, deadline 263/267, all four 442.
// After v16's employer classes: employer 483, title 303, all four 449. After v15's and v16's title and fact classes: title
// 310, place 297, deadline 264, all four 455. With the facts branch merged (its title rules, a region row for every
// town, a country's own row, 'Vi ønsker søknaden din innen'): title 313, place 298, deadline 265, all four 460.
// With v17 in (514 pages), before any fix for it: employer 502, title 330/340, place 313/340, deadline 281/283, all four 473.
// After v17's employer classes (and RDFa read as microdata, which gives Job Bank's place): employer 508, place 314, all four 478.
// On a branch beside those, v17's fact classes: a vacancy label before the role, a careers site's heading, a span of
// shares (title 333, all four 475); a region in brackets or before a postcode, a suburb before its town and region,
// regions of Denmark, Canada and New Zealand, the structured country in the page's region, a remote post's continent
// (place 318, all four 479). Both merged: employer 508, title 333, place 318, deadline 281, all four 485.
// With v18 in (540 pages), before any fix for it: employer 525, title 347/360, place 334/360, deadline 294/298, all four 495.
// A client named in the genitive before 'räkning' / 'behalf' / 'vegne': employer 526, all four 496.
// With v19 in (566 pages), before any fix for it: employer 541, title 365/380, place 352/380, deadline 310/315, all four 510.
// v19's employer classes (employer-v19-classes.test.ts), two of v18's ('… omsorg KF'): employer 555, all four 519.
// With v19's fact classes merged (a passive deadline sentence, a town with its state's code, a heading's place tail, a page
// title opening with the site's name, offices in prose no place): title 367, place 354, deadline 311, all four 523.
// With v20 in (592 pages): employer 567, all four 532; v20's classes: employer 583, title 387, place 373, all four 548.
// With v21 in (618 pages), before any fix for it: employer 602, title 405/420, place 389/420, deadline 343/347, all four 562.
// v21's classes (v21-employers.test.ts, v21-facts.test.ts), two places relabelled: employer 609, title 407, place 391,
// deadline 344, all four 572.
// With v22 in (644 pages), before any fix for it: employer 623, title 423/440, place 404/440, deadline 358/362, all four 582.
// After v22's employer and fact classes (v22-employers.test.ts, v22-facts.test.ts): employer 633, title 427, place 411,
// deadline 359, all four 596. A board's company card the reader's view leaves out (Rozee): employer 634, all four 597.
// A footer line saying which body runs the brand (Hoshizora's about page): employer 635, all four 598.
// v23's classes (v23-classes.test.ts; a header address before the related jobs' towns, further cities): place 412, all four 599.
// With v23 in (670 pages; its identity classes fixed before it moved): employer 661, title 447/460, place 432/460, deadline
// 373/376, all four 625.
// With v24 in (696 pages), before any change for it: employer 681, title 463/480, place 448/480, deadline 387/393, all four 640.
// v24's classes (v24-classes*.test.ts): employer 687, title 467, place 452, deadline 390, all four 651.
// v25's classes (v25-classes*.test.ts), read after its measurement: place 453, deadline 391, all four 652.
// With v25 in (722 pages; its identity classes fixed before it moved): employer 712, title 487/500, place 472/500, deadline
// 407/409, all four 676.
// v26's classes: employer 713, all four 677. v26 in (748 pages): 739, 701. v27 in (774): 764, 725. v28 in (800): 790, 749.
// With v29 in (826 pages; its classes fixed before it moved, six pages' misses named in knownMisses): employer 813, title
// 563/580, place 545/580, deadline 471/473, all four 770. v29's open classes (section-heading-and-tags.test.ts): employer
// 816, all four 774. v30B in (833 pages, its classes fixed): employer 823, title 568/585, place 552/585, all four 781. With v30's parts A and C in (853 pages, classes fixed): employer 843, title 583/600, place 567/600, all four
// 801; older classes after: employer 844, title 590, place 569, all four 808. With v31 in (879 pages, its classes fixed first):
// employer 870, title 610/620, place 589/620, deadline 502/504, all four 834; a print ad's heading in capitals in the page
// title's case, three older titles brought to the brief's convention ('… to our planning team'): title 614, all four 838;
// "We'll stop taking applications on …" as a deadline: 839. With v32's part A in (889 pages, its classes fixed first,
// jobad/v32-classes.test.ts): employer 880, title 624/630, place 599/630, deadline 511/512, all four 849. With v33's
// part B in (902 pages): employer 893, title 634/640, place 607/640, deadline 520/521, all four 860. With v33's part A in
// (915 pages, v33a-classes.test.ts): employer 906, place 617/650, all four 873; eight places relabelled to the settled
// country convention: place 625, all four 881. With v34 in (941 pages, its classes fixed first, v34-classes.test.ts):
// employer 932, title 664/670, place 645/670, deadline 546/547, all four 907. With v35 in (967 pages, v35-classes.test.ts):
// employer 958, title 683/690, place 662/690, deadline 562/563, all four 930. With v36 in (993 pages, v36-classes.test.ts):
// employer 981, title 700/710, place 677/710, deadline 578/581, all four 947. With v37 in (1019 pages, v37-classes.test.ts):
// employer 1006, title 720/730, place 696/730, deadline 594/597, all four 971. With v38 in (1045 pages, v38-classes.test.ts):
// employer 1031, all four 991 (title 738/750). v39 (1071): 1053, 1012 (756/770). v40 (1097): 1078, 1034 (title 775/790,
// place 751/790, deadline 645/648). With v41 in (1123 pages, v41-classes.test.ts):
// employer 1102, place 767/810, all four 1056. v42 in (1149): 1129, 1081. v43 (1175): 1153, 1105. v44 (1201): 1179, 1131. v45
// (1227): 1205, 1156. v46 (1253): 1231, 1182. v47 (1279): 1257, 1208. v48 (1305): 1283, 1235. v49 (1331): 1309, 1261. v50 (1357):
// 1335, 1287 (title 976/990). v51 (1383): 1361, 1313. v52 in (1409, v52-classes): employer 1387, title 1016/1030, place 987/1030,
// deadline 849/852, all four 1339 (Glåmdal's Elverum relabelled: no country, the data's "NO" is Kongsvinger's). v53 in (1435, v53-classes): 1411, 1363. v54 in (1461, v54-classes): 1437, 1390. v55 in (1487): 1462, 1409. v56 in (1513, v56-classes): 1487, 1434. v57 in (1539, v57-classes): 1512, 1458. v58 in (1565, v58-classes): 1537, 1483. v59 in (1591, v59-classes): 1563, 1509. v60 in (1617, v60-classes): 1590, 1537. v61's classes: 1591 (Quetico Shore's ad). v61 in (1643, v61-classes): 1617, 1563. v62 in (1669, v62-classes; Tohora Bay's contact page named): 1642, 1588. v63 in (1695, v63-classes): 1668, 1614. v64's classes: 1669 (Tammiste's ad). v64 in (1721, v64-classes): 1695, 1640. v65 in (1747, v65-classes; its hosts without "example.", Chic-Chocs' ad named by its own site's brand): 1720, 1664. v66's classes: 1722, 1665 (Québec's reordered legal names, the menu's towns). v66 in (1773, v66-classes; Larder Ridge's careers page named): 1747, 1692. v67 in (1799, v67-classes; Gevåg's two places named): 1773, 1717.
const TUNED_FLOOR = { company: 1773, allRight: 1717 };

describe('the identity set (tuned)', () => {
  test('holds at least 10 job ads and 6 company pages without site-name data', () => {
    expect(tuned.filter((c) => c.kind === 'job-ad').length).toBeGreaterThanOrEqual(10);
    expect(tuned.filter((c) => c.kind === 'company').length).toBeGreaterThanOrEqual(6);
  });

  // A little below the measured scores, so a lost class of pages fails.
  test('keeps its employer and all-four-right scores', () => {
    const score = scoreIdentity(tuned.map(evaluateIdentity));
    expect(score.fields.company.right).toBeGreaterThanOrEqual(TUNED_FLOOR.company);
    expect(score.allRight).toBeGreaterThanOrEqual(TUNED_FLOOR.allRight);
    // Some 390 pages through jsdom and Readability: over two minutes on a loaded 2-core machine.
  }, 300_000);

  test.each(tuned.map((c) => [c.name, c] as const))('%s: employer, title, place and deadline right', (_name, c) => {
    const { ok, got } = evaluateIdentity(c);
    const known = new Set(c.knownMisses ?? []);
    if (!known.has('company')) expect(ok.company, `the company it lands in (got "${got.company}")`).toBe(true);
    // A page not read as an ad at all (`detected`) has none of the ad's fields.
    if (c.jobAd && !known.has('detected')) {
      if (!known.has('title')) expect(got.title).toBe(c.jobAd.title);
      if (!known.has('locations')) expect(ok.place, `place (got "${got.place}")`).toBe(true);
      if (!known.has('validThrough')) expect(got.deadline, 'deadline (none when the ad gives none)').toBe(c.jobAd.validThrough);
    }
  });
});

/**
 * The held-out set (tests/fixtures/heldout) is written apart and never tuned on; it may be empty
 * while a new one is written. When it has pages, these loose floors catch a collapse without
 * fitting them.
 */
describe('the identity set (held out)', () => {
  test('the held-out pages stay above a collapse floor for the company they land in and all four fields', () => {
    const cases = heldOutIdentityCases();
    if (cases.length === 0) return;
    const score = scoreIdentity(cases.map(evaluateIdentity));
    // Measured once each: v3 employer 20/29, all four right on 14/29 pages; v4 17/28 and 11/28; v5 21/28
    // and 12/28; v6 21/28 and 12/28; v7 21/28 and 14/28; v8 24/28 and 19/28; v9 24/28 and 20/28; v10 21/28 and 16/28; v11 20/28 and 10/28; v12 21/28 and 13/28; v13 20/28 and 14/28; v14 (two parts, 40 pages) 30/40 and 17/40; v15 (two parts, 40 pages) 27/40 and 19/40; v16 (part A, 20 pages) 12/20 and 10/20, before and after v15's study; v17 (two parts, 26 pages) 19/26 and 13/26, before and after v16's study; v18 (two parts, 26 pages) 17/26 and 10/26 with the code at v17's measurement; v19 (two parts, 26 pages) 15/26 and 14/26, before and after v18's study; v20 (two parts, 26 pages) 11/26 → 12/26 and 9/26, before and after v19's study; v21 (part A only, 13 pages) 8/13 and 8/13, before and after v20's study; v21 part B (13 pages) 11/13 and 6/13; v22 (two parts, 26 pages) 13/26 → 14/26 and 9/26 → 10/26, before and after v21's study; v23 (two parts, 26 pages) 18/26 and 13/26, before and after v22's study; v24 (two parts, 26 pages) 20/26 and 15/26, before and after v23's prompt classes; v25 (two parts, 26 pages) 19/26 and 14/26, before and after v24's study; v26 (two parts, 26 pages) 19/26 and 13/26, before and after v24's and v25's studies; v27 (two parts, 26 pages) 17/26 and 15/26, before and after v26's study; v28 (two parts, 26 pages) 18/26 → 20/26 and 13/26 → 16/26, before and after v26's and v27's studies; v29 (two parts, 26 pages) 21/26 and 17/26, before and after v28's study; v31 (two parts, 26 pages) 15/26 and 12/26, before and after v30's study. The floors sit
    // below all of them: they catch a collapse, they are not targets. v20's employers (12/26) were the first to fall below
    // the 0.5 that held from v3 to v19, so the employer floor is 0.4.
    expect(score.fields.company.right / score.fields.company.checked).toBeGreaterThanOrEqual(0.4);
    expect(score.allRight / score.pages).toBeGreaterThanOrEqual(0.3);
    // Thirty-odd pages through jsdom and Readability take a while on a busy machine.
  }, 120_000);
});

const JOBADS = join(import.meta.dirname, '..', '..', 'fixtures', 'jobads');
const adCases = readdirSync(JOBADS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

interface AdExpected {
  url: string;
  jobAd: null | { title: string; locations?: unknown[]; validThrough?: string; requirements?: { must: string[] }; responsibilities?: string[] };
  /** Fields the page is known to get wrong today (see tests/fixtures/jobads/PROVENANCE.md). */
  knownMisses?: string[];
}

// The job-ad golden tests check the extractor on whole pages; this checks what the real capture path
// (Readability's article plus the page's short fact blocks) gives it. It reads each page once with the
// identity checks above (captureAd keeps the capture).
describe('job ads through the capture path', () => {
  test.each(adCases)('%s: the stored ad has the fields a user looks for', (name) => {
    const expected = JSON.parse(readFileSync(join(JOBADS, name, 'expected.json'), 'utf8')) as AdExpected;
    const { jobAd } = captureAd(readFileSync(join(JOBADS, name, 'page.html'), 'utf8'), expected.url);
    if (!expected.jobAd) {
      expect(jobAd).toBeUndefined();
      return;
    }
    const known = new Set(expected.knownMisses ?? []);
    if (known.has('detected')) return;
    if (!known.has('title')) expect(jobAd?.title).toBe(expected.jobAd.title);
    if (!known.has('locations')) expect(jobAd?.locations.length ?? 0).toBe(expected.jobAd.locations?.length ?? 0);
    if (!known.has('validThrough')) expect(jobAd?.validThrough).toBe(expected.jobAd.validThrough);
    if (!known.has('requirements')) expect(jobAd?.requirements.must.length).toBe(expected.jobAd.requirements?.must.length ?? 0);
    if (!known.has('responsibilities')) expect(jobAd?.responsibilities.length).toBe(expected.jobAd.responsibilities?.length ?? 0);
  });
});

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/**
 * Pages of different sites that must form one company as stored: a company page saved after its
 * employer's ad, and news filed with the employer it names (with a reason, the news site never a
 * company). Cases moved in from a held-out set name the check they still fail (`knownMisses`:
 * `join` or `filed`); every other case must hold. `npx tsx scripts/jobad-accuracy.ts` prints them.
 */
describe('company pages and news join their employer (tuned)', () => {
  // Measured with v1–v9 in: joins 71/73, news 65/67 (v9's two of each named in knownMisses); after v9's employer
  // classes (a label ending in 'name', the board's card 'About the employer', initials spelled): joins 73/73, news 66/67;
  // after a digest's employer and a venue's first words ending in a word of place ('Charlbury Park'): news 67/67.
  // With v10 in, before any fix for it: joins 80/81, news 69/75 (v10's one join and five filings named in knownMisses,
  // and an earlier Tidewell Energy article, now filed with v10's start-up whose ad reads its employer as the bare brand
  // 'Tidewell'). After v10's employer classes (the name in full over a brand, a short form in brackets, a heading's
  // parts no employer) and a venue's kind ('Hotell') not its word: joins 81/81, news 73/75 (the two Tidewell articles,
  // now that two researched firms open with 'Tidewell', file with neither: a shared first word decides nothing).
  // With v11 in, before any fix for it: joins 88/89, news 79/83 (v11's one join and two filings named in knownMisses).
  // After v11's employer classes (a footer's name marked by a charity number, a harbour's logo giving way to the body that
  // runs it): joins 89/89, news 80/83; a recruiting platform's page not read as an ad belonging to the tenant its title names
  // (not the platform): news 81/83 (the trade paper's article on Cardinal Ridge files with it).
  // With v12 in, before any fix for it: joins 95/97, news 87/91 (v12's two joins and two filings named in knownMisses).
  // After v12's employer classes (the agency's client by its label, a feed's page card, an imprint's legal name with the
  // brand kept as its alternate name) and a reporter's dated byline making an article at any address: joins 97/97,
  // news 89/91; two researched firms that share the first word an article uses alone told apart by the words their
  // own pages share with it (news-tiebreak.ts): news 91/91, the two Tidewell articles filed with their own firm.
  // With v13 in, before any fix for it: joins 103/105, news 94/99 (v13's two joins and five filings named in knownMisses).
  // After v13's classes (a name's abbreviated words and a legal form before the name in the loose key; the employers in
  // full; a sentence's opening 'The' kept, so 'The harbour smokehouse' names no firm called 'Harbour …'; the paragraphs
  // after the opening read when it only describes the firm): joins 105/105, news 99/99.
  // With v14 in, before any fix for it: joins 111/115, news 105/109 (v14's four joins and three filings named in
  // knownMisses, and v10's GridWatch article on Tidewell, now filed with v14's pilot station 'Eriboll Pilots').
  // v14's classes (no key from an about title in general words, 'the station'; compound initials, 'Ck'/'Mt' and a foundation's
  // leading form in the keys; a definite compound keyed as the two-word name; a cooperative's 'ek. för.' in the loose key; a
  // dash-led quote as a paragraph; culture sections and article numbers as news): joins 114/115, news 109/109.
  // With v15 in, before any fix for it: joins 123/127, news 116/119 (v15's three joins and three filings named in knownMisses).
  // After v15's employer classes (and a byline's dates or a caption no paragraph of the article): joins 127/127, news 119/119.
  // With v16 in, before any fix for it: joins 129/133, news 121/124 (v16's four joins and three filings named in knownMisses).
  // After v16's employer classes (and a short name opening the fuller one the page writes; a word that only opens a
  // sentence filing nothing while a firm is named further on): joins 133/133, news 124/124.
  // v17 in, before any fix: 138/139, 129/130, after: 139/139, 130/130. v18: 144/145, 134/136 (135). v19: 148/151, 137/142 (150, 141).
  // With v20 in, before any fix: joins 153/157, news 142/148 (three joins and five filings named).
  // After v20's classes (a shouted compound's initials, a logo's dash tail, a genitive place, a word closing another pair,
  // the kind of firm before a name): joins 157/157 (v18's Grevberg page too), news 147/148 (Kapitalbladet's left).
  // With v21 in, before any fix: 162/163, 149/154; after its classes: 163/163, 150/154; a paper's '/naering/': news 151/154.
  // With v22 in, before any fix for it: joins 167/169, news 154/160 (v22's two joins and three filings named in knownMisses).
  // After its classes: joins 169/169 (a footer sentence writing the brand out in full), news 156/160 (Rozee's capture path
  // still reads the brand, so Loom Weekly files with it).
  // With the company card read on the capture path too: news 157/160. With v23 in: joins 175/175, news 163/166.
  // With v24 in, before any change for it: joins 179/181, news 167/172 (v24's two joins and two filings named in knownMisses).
  // After its classes: joins 181/181, news 169/172. With v25 in: joins 186/187 (TGB's page names itself by initials), 175/178.
  // With v26 in: joins 192/193, news 181/184. With v27 in: joins 198/199, news 187/190. With v28 in (its classes fixed: a charity's registration line, British and American spelling
  // keyed alike, a firm named up to 'Coast'): joins 204/205, news 193/196. With v29 in (its classes fixed: a part of the
  // world's word names no body, 'På Sandskogens'): joins 210/211, news 198/202 (Storsjöposten's filing in knownMisses:
  // its employer's ad names it only in a line the reader's view drops; read since: 199/202). With v30 in (its classes
  // fixed, v30-news.test.ts, v30ac-employers.test.ts): joins 217/218, news 206/209. With v31 in: joins 223/224, news 212/215.
  // v33B in: joins 226/227, news 215/218; v33A: 229/230, 218/221; v34: 235/236, 224/227; v35: 241/242, 230/233; v36:
  // 246/248, 234/239 (a brand-only contact page, two filings named in knownMisses); v37: 251/254, 239/245 (Lunnebo's page and
  // the Pine Weekly's filing named); v38: 257/260, 244/251 (the Sark Courier's filing named); v39: 261/266, 249/257
  // (two brand pages in another language's spelling and one filing named); v40: 267/272, 255/263; v41: 272/278, 260/269; v42: 278/284, 267/275; v43: 284/290,
  // 273/281; v44: 290/296, 279/287; v45: 296/302, 285/293; v46: 303/308, 290/299 (one filing named); v47: 309/314, 296/305; v48:
  // 315/320, 301/311; v49: 321/326, 307/317 (Delta Tundra Times' filing named); v50: 327/332, 314/323 (that filing read); v51: 333/338, 320/329; v52: 339/344, 326/335; v53: 345/350, 332/341; v54: 351/356, 338/347; v55: 356/362, 342/353 (one join, two filings named); v56: 362/368, 348/359; v57: 368/374, 354/365; v58: 374/380, 360/371; v59: 380/386, 366/377; v60's classes: 381/386 (TGB's contact page joins its ad, known join misses 6); v60 in: 387/392, 372/383. v61 in: 393/398, 378/389. v62 in: 398/404, 384/395 (Tohora Bay's join named: known join misses 7). v63 in: 404/410, 389/401 (the Mackenzie Basin Bulletin's filing named: known news misses 13). v64's classes: 405/410 (Tammiste's page joins); v64 in: 411/416, 395/407 (a works in a village named like another firm, read). v65 in: 417/422, 401/413 (Clare River's co-op page joins by the co-operative's one form). v66 in: 423/428, 407/419 (Linnavesi's article filed by the data's brand kept as the registered name's other name). v67 in: 429/434, 413/425.
  test('every company page lands with its employer\'s ad', async () => {
    const results = await companyPagesJoinAds(FIXTURES);
    expect(results.length).toBeGreaterThanOrEqual(434);
    expect(results.filter((r) => !r.ok && !r.known).map((r) => `${r.name}: ${r.detail}`)).toEqual([]);
    expect(results.filter((r) => r.known).length, 'known join misses do not grow').toBeLessThanOrEqual(7);
    // The first of the two checks saves the whole set (about 1,800 pages with v52 in, once past 480 s; since news filing reads each firm's names once per article, about 180 s).
  }, 900_000);

  test('every news article is filed with the employer it names', async () => {
    const results = await newsFiledWithEmployer(FIXTURES);
    expect(results.length).toBeGreaterThanOrEqual(425);
    expect(results.filter((r) => !r.ok && !r.known).map((r) => `${r.name}: ${r.detail}`)).toEqual([]);
    expect(results.filter((r) => r.known).length, 'known news misses do not grow').toBeLessThanOrEqual(13);
  }, 300_000);
});
