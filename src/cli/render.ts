/** Turning rows into text: aligned tables for people (wide Hangul/Han counted as two columns), CSV and JSON for programs. */
import { stringify } from 'csv-stringify/sync';

/** Columns a string takes in a terminal: East Asian wide characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x300 && c < 0x370)) continue;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
      || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
      || (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

function fit(s: string, width: number): string {
  if (displayWidth(s) <= width) return s + ' '.repeat(width - displayWidth(s));
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…' + ' '.repeat(Math.max(0, width - displayWidth(out) - 1));
}

/** An aligned text table; cells longer than `maxWidth` are cut with an ellipsis. Control characters are removed. */
export function renderTable(headers: string[], rows: Array<Array<string | number | null>>, maxWidth = 40): string {
  const clean = (v: string | number | null) => (v === null || v === undefined ? '' : String(v)).replace(/[\u0000-\u001f\u007f]+/g, ' ');
  const cells = rows.map((r) => r.map(clean));
  const widths = headers.map((h, i) => Math.min(maxWidth, Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i] ?? '')))));
  const line = (r: string[]) => r.map((c, i) => fit(c, widths[i])).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n') + '\n';
}

/** RFC 4180 CSV with a header row. */
export function renderCsv(headers: string[], rows: Array<Array<string | number | boolean | null>>): string {
  return stringify([headers, ...rows.map((r) => r.map((v) => (v === null ? '' : typeof v === 'boolean' ? String(v) : v)))]);
}

export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
