import { describe, expect, it } from 'vitest';
import { csvField, formatCsv, parseCsv, UTF8_BOM } from './csv';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "Seoul"', '"say ""Seoul"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
    ['인천', '인천'],
  ])('%j -> %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  // OWASP "CSV Injection": a cell that begins with = + - @ tab or CR is read as a formula by Excel, LibreOffice
  // and Google Sheets; a leading apostrophe makes it text, and the quotes keep a separator inside it harmless.
  it.each([
    ['=HYPERLINK("http://example.invalid","click")', `"'=HYPERLINK(""http://example.invalid"",""click"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['=1,2', `"'=1,2"`],
    ['a=1', 'a=1'],
    [' =1', ' =1'],
  ])('neutralises a formula-leading cell: %j -> %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('leaves numbers alone, negative ones too: a number cell is data, not a formula', () => {
    expect(csvField(-12.5)).toBe('-12.5');
  });

  it('writes numbers as they are and null as an empty field', () => {
    expect(csvField(37.4563)).toBe('37.4563');
    expect(csvField(null)).toBe('');
  });
});

describe('formatCsv and parseCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    expect(formatCsv([['a', 'b'], ['1', '2']])).toBe(`${UTF8_BOM}a,b\r\n1,2\r\n`);
  });

  it.each([
    ['quoted comma, quote and newline', [['id', 'text'], ['o1', 'He said "go, now"\nthen left'], ['o2', '']]],
    ['Hangul and Hanja', [['name'], ['인천'], ['仁川']]],
    ['empty fields at both ends', [['', 'x', '']]],
  ])('reads back what it writes: %s', (_name, rows) => {
    expect(parseCsv(formatCsv(rows))).toEqual(rows);
  });

  it.each([
    ['a,b\r\n"c,d",e\r\n', [['a', 'b'], ['c,d', 'e']]],
    ['"x ""y"""\r\n', [['x "y"']]],
    ['no,final,line end', [['no', 'final', 'line end']]],
    ['"multi\r\nline",z\r\n', [['multi\r\nline', 'z']]],
  ])('parses %j', (text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it.each([
    ['"never closed', /not closed/],
    ['bare "quote" inside\r\n', /outside quotes/],
    ['bare\nLF\r\n', /outside quotes/],
  ])('rejects %j', (text, message) => {
    expect(() => parseCsv(text)).toThrow(message);
  });
});
