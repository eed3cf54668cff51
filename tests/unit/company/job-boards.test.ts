// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { isJobBoardHost, jobBoardFor, JOB_BOARD_DOMAINS } from '../../../core/company/job-boards';

describe('job boards are not the employer', () => {
  test.each([
    'www.finn.no',
    'finn.no',
    'arbeidsplassen.nav.no',
    'arbetsformedlingen.se',
    'no.linkedin.com',
    'www.linkedin.com',
    // International, public and student boards the held-out sets imitated.
    'www.jobserve.com',
    'www.impactpool.org',
    'reliefweb.int',
    'www.jobbank.gc.ca',
    'au.jora.com',
    'www.usajobs.gov',
    'www.adzuna.se',
    'no.indeed.com',
    'uk.indeed.com',
    'www.indeed.co.uk',
    'www.stepstone.de',
    'www.glassdoor.co.uk',
    'www.monster.se',
    'www.jobbnorge.no',
    'www.karriere.no',
    'candidate.webcruiter.com',
    'www.jobylon.com',
    'FINN.NO.',
  ])('%s is a job board', (host) => {
    expect(isJobBoardHost(host)).toBe(true);
  });

  test.each([
    'nordlys.teamtailor.com',
    'nordlys.wd3.myworkdayjobs.com',
    'boards.greenhouse.io',
    'jobs.lever.co',
    'nordlys.recman.no',
    'web103.reachmee.com',
    'nordlys.varbi.com',
    'apply.workable.com',
    'jobs.smartrecruiters.com',
  ])('%s is a recruiting platform: the subdomain is the employer, the domain is not', (host) => {
    expect(jobBoardFor(host)?.kind).toBe('platform');
    expect(isJobBoardHost(host)).toBe(true);
  });

  test.each([
    'www.nordlys-energi.no',
    'www.nav.no',
    'nav.no',
    'bredvid.no',
    'notfinn.no',
    'finn.no.example.com',
    'monster.energy',
    'jobb.kits.se',
    '',
  ])('%s is not a job board', (host) => {
    expect(isJobBoardHost(host)).toBe(false);
  });

  test('a full URL is read for its host', () => {
    expect(isJobBoardHost('https://www.finn.no/job/fulltime/ad.html?finnkode=1')).toBe(true);
  });

  test('the list has no duplicates and no schemes or paths', () => {
    expect(new Set(JOB_BOARD_DOMAINS).size).toBe(JOB_BOARD_DOMAINS.length);
    for (const domain of JOB_BOARD_DOMAINS) expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });
});
