/** Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned. */

/** Display width: East Asian wide characters take two columns, so Japanese titles still line up. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

const NUMERIC = /^[-+]?[\d.,]+(%|m|d)?$|^-$/;

/** `rows` under `header`, two spaces between columns; a column whose cells all look numeric aligns right. */
export function formatTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => width(row[c] ?? ''))));
  const right = header.map((_, c) => rows.length > 0 && rows.every((row) => NUMERIC.test(row[c] ?? '')));
  const line = (row: string[]) =>
    row
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c]! - width(cell));
        return right[c] ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
