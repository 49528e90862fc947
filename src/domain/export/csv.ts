/** RFC 4180 CSV: CRLF line ends; a field with a comma, quote, CR or LF is quoted, its quotes doubled. */
export type CsvValue = string | number | null;

/** Excel reads a CSV as the local code page unless it starts with a UTF-8 byte order mark; Hangul needs UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula (OWASP, "CSV Injection"): = + - @ tab or CR first. Such a text cell
 * gets a leading apostrophe, which Excel, LibreOffice and Google Sheets read as "this is text", and is quoted.
 * Numbers are written as they are: a number cell is data, and a negative coordinate must stay a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (typeof value === 'number') return String(value);
  const text = value ?? '';
  if (FORMULA_START.test(text)) return `"'${text.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatCsv(rows: readonly (readonly CsvValue[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Reads RFC 4180 text back into rows (a leading BOM is dropped; a final line end does not add an empty row). */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  while (index < input.length) {
    const character = input[index] ?? '';
    if (quoted) {
      if (character === '"' && input[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (character === '"') quoted = false;
      else field += character;
      index += 1;
      continue;
    }
    if (character === '"' && field === '') quoted = true;
    else if (character === ',') endField();
    else if (character === '\r' && input[index + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      index += 1;
    } else if (character === '"' || character === '\r' || character === '\n') {
      throw new Error(`CSV: unexpected ${JSON.stringify(character)} outside quotes at offset ${index}`);
    } else field += character;
    index += 1;
  }
  if (quoted) throw new Error('CSV: a quoted field is not closed');
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
