// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { guessCompany, nameFromDomain, registrableDomain } from '../../../core/company/identity';

describe('company identity from a page', () => {
  test('the registrable domain ignores subdomains and knows two-level suffixes', () => {
    expect(registrableDomain('https://www.nordlys-energi.no/om-oss')).toBe('nordlys-energi.no');
    expect(registrableDomain('https://careers.fjordlaks.co.uk/jobs/1')).toBe('fjordlaks.co.uk');
    expect(registrableDomain('http://127.0.0.1:8080/page')).toBe('127.0.0.1');
  });

  test('knows the suffixes of the compact list: country second levels, wildcards and shared hosts', () => {
    expect(registrableDomain('https://www.skogsjo.com.au/om')).toBe('skogsjo.com.au');
    expect(registrableDomain('https://jobb.kommune.oslo.no/')).toBe('kommune.oslo.no');
    expect(registrableDomain('https://a.b.nordlys.ck/')).toBe('b.nordlys.ck'); // *.ck
    expect(registrableDomain('https://www.ck/')).toBe('www.ck'); // !www.ck
    // Private suffixes: two companies on one shared host stay apart.
    expect(registrableDomain('https://nordlys.github.io/karriere')).toBe('nordlys.github.io');
    expect(registrableDomain('https://fjordlaks.blogspot.com/')).toBe('fjordlaks.blogspot.com');
    expect(registrableDomain('https://www.nordlys-energi.xn--mgbai9azgqp6j/')).toBe('nordlys-energi.xn--mgbai9azgqp6j');
  });

  test('prefers the JSON-LD Organization name, then og:site_name, then the domain', () => {
    const url = 'https://www.nordlys-energi.no/';
    const meta = { canonicalUrl: url, title: 'Om oss', siteName: 'Nordlys' };
    expect(guessCompany(url, meta, [{ '@type': 'Organization', name: 'Nordlys Energi AS' }]).name).toBe('Nordlys Energi AS');
    expect(guessCompany(url, meta, [{ '@type': 'WebSite', name: 'Nordlys web' }]).name).toBe('Nordlys');
    expect(guessCompany(url, { canonicalUrl: url, title: 'Om oss' }, []).name).toBe('Nordlys-energi');
  });

  test('a domain without a site name still gives a readable name', () => {
    expect(nameFromDomain('skogsjo.se')).toBe('Skogsjo');
  });
});
