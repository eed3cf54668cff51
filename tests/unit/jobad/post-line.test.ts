// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { ad } from './employer-pages';

/**
 * A "Who is hiring?" comment on its own page (Hacker News' monthly thread, v29's open item): the post's first line joins
 * its fields with pipes ("Company | Role | Place | ONSITE | Full-time"), outside the comment's paragraphs; the page's
 * title repeats it cut short. The role is the second field, the hours a field of their own; "You'll:" heads the duties.
 * Names written for this test.
 */

const post = (lang: string, first: string, duties: string, needs: string, lines: [string, string], legal: string): string =>
  `<html lang="${lang}"><head><title>${first.split(' | ').slice(0, 4).join(' | ')}... | Hacker News</title></head><body><table><tr><td>Hacker News new | past | comments | jobs</td></tr>` +
  `<tr><td><div class="comment"><div class="commtext">${first} | <a href="https://example.org/jobs">https://example.org/jobs</a><p>We build underwater robots. Legal entity is ${legal}.` +
  `<p>${duties}<p>- ${lines[0]}<p>- ${lines[1]}<p>${needs}<p>- C on ARM Cortex-M<p>- An RTOS<p>Email us, I read every one.</div></div></td></tr></table></body></html>`;

describe("a 'Who is hiring?' post: the role, the hours and the duties from its first line and its lists", () => {
  test.each([
    ['en', 'Nettvik Robotics | Embedded Firmware Engineer | Trondheim, Norway | ONSITE | Full-time', "You'll:", 'You have:', 'Nettvik Robotics AS', 'Embedded Firmware Engineer', 'FULL_TIME'],
    ['nb', 'Nettvik Robotics | Fastvareutvikler | Trondheim | ONSITE | Heltid', 'Du skal:', 'Du har:', 'Nettvik Robotics AS', 'Fastvareutvikler', 'FULL_TIME'],
    ['sv', 'Kvarnbo Drönare | Inbyggd utvecklare | Linköping | På plats | Deltid', 'Du ska:', 'Du har:', 'Kvarnbo Drönare AB', 'Inbyggd utvecklare', 'PART_TIME'],
  ] as const)('%s', (lang, first, duties, needs, legal, title, hours) => {
    const job = ad(post(lang, first, duties, needs, ['Write firmware for the thrusters', 'Bring up new boards'], legal), 'https://news.ycombinator.com/item?id=46210799');
    expect([job?.title, job?.hiringOrganization?.name, job?.employmentType]).toEqual([title, legal, [hours]]);
    expect(job?.responsibilities).toEqual(['Write firmware for the thrusters', 'Bring up new boards']);
  });

  test('en: pipes in a line that tells no terms are no post line', () => {
    const html = `<html lang="en"><head><title>Nettvik Robotics | Blog | Trondheim | Hacker News</title></head><body><p>Nettvik Robotics | Blog | Trondheim | News</p><h2>Duties</h2><ul><li>Write firmware</li></ul><h2>Requirements</h2><ul><li>C</li></ul></body></html>`;
    expect(ad(html, 'https://news.ycombinator.com/item?id=1')?.title).not.toBe('Blog');
  });
});

describe('a menu in the text of a page whose title is no post line is no post', () => {
  test('en: "Home | About | Remote | Contact" names no role', () => {
    const html = `<html lang="en"><head><title>Data Engineer - Nettvik Robotics</title></head><body><p>Home | About | Remote | Contact</p><h2>Duties</h2><ul><li>Write pipelines</li></ul><h2>Requirements</h2><ul><li>SQL</li></ul><p>Apply by 10 January 2027.</p></body></html>`;
    expect(ad(html, 'https://jobs.example.org/1')?.title).not.toBe('About');
  });
});
