// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { readSalary } from '../../../core/jobad/ld-fields';
import { parseSalaryText } from '../../../core/jobad/salary';

describe('salaries written in the text', () => {
  test.each([
    ['650 000 – 750 000 kr per år', 'nb', { min: 650000, max: 750000, currency: 'NOK', period: 'year' }],
    ['NOK 720,000–820,000 per year', 'en', { min: 720000, max: 820000, currency: 'NOK', period: 'year' }],
    ['45 000 kr/mån', 'sv', { min: 45000, max: 45000, currency: 'SEK', period: 'month' }],
    ['$120k–$150k a year', 'en', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['£45,000 to £55,000', 'en', { min: 45000, max: 55000, currency: 'GBP' }],
    ['Opptil 800 000 kr', 'nb', { max: 800000, currency: 'NOK' }],
    ['Fra 55 000 kroner i måneden', 'nb', { min: 55000, currency: 'NOK', period: 'month' }],
    ['EUR 35,50 per hour', 'en', { min: 35.5, max: 35.5, currency: 'EUR', period: 'hour' }],
  ])('"%s" (%s)', (text, lang, salary) => {
    expect(parseSalaryText(text, lang)).toEqual(salary);
  });

  test('"kr" says no currency on a page of unknown language', () => {
    expect(parseSalaryText('650 000 kr')).toEqual({ min: 650000, max: 650000 });
  });

  test('words without an amount, or small bare numbers, are not a salary', () => {
    expect(parseSalaryText('Konkurransedyktig lønn')).toBeUndefined();
    expect(parseSalaryText('Lønnstrinn 52')).toBeUndefined();
    expect(parseSalaryText('Salary reviewed every year since 2019')).toBeUndefined();
  });
});

describe('baseSalary in JSON-LD', () => {

  test('a bare number with salaryCurrency beside it', () => {
    expect(readSalary(100000, 'usd')).toEqual({ min: 100000, max: 100000, currency: 'USD' });
    expect(readSalary('100000', 'USD')).toEqual({ min: 100000, max: 100000, currency: 'USD' });
  });

  test('a MonetaryAmount with a QuantitativeValue range', () => {
    const value = { '@type': 'MonetaryAmount', currency: 'GBP', value: { '@type': 'QuantitativeValue', minValue: 75000, maxValue: 90000, unitText: 'YEAR' } };
    expect(readSalary(value, undefined)).toEqual({ min: 75000, max: 90000, currency: 'GBP', period: 'year' });
  });

  test('a MonetaryAmount with a single value and an hourly unit', () => {
    const value = { '@type': 'MonetaryAmount', currency: 'SEK', value: { '@type': 'QuantitativeValue', value: '210', unitText: 'HOUR' } };
    expect(readSalary(value, undefined)).toEqual({ min: 210, max: 210, currency: 'SEK', period: 'hour' });
  });

  test('a MonetaryAmount whose value is a plain number', () => {
    expect(readSalary({ '@type': 'MonetaryAmount', currency: 'NOK', value: 650000 }, undefined)).toEqual({ min: 650000, max: 650000, currency: 'NOK' });
  });

  test('a range written as a string', () => {
    expect(readSalary('650 000 – 750 000 kr per år', undefined, 'nb')).toEqual({ min: 650000, max: 750000, currency: 'NOK', period: 'year' });
  });

  test('nonsense gives no salary', () => {
    expect(readSalary({ '@type': 'MonetaryAmount', currency: 'NOK' }, undefined)).toBeUndefined();
    expect(readSalary('etter avtale', undefined, 'nb')).toBeUndefined();
    expect(readSalary(null, 'NOK')).toBeUndefined();
  });
});
