/** Decodes EUC-KR / CP949 (Unified Hangul Code) bytes, including the 8,822 syllables outside KS X 1001. */

// Node's ICU "euc-kr" decoder covers only KS X 1001 and silently drops the lead byte of a CP949
// extension pair ("똠" 0x8C63 comes out as "c"). Korean sites labelled euc-kr actually send CP949,
// so we build the full table: KS X 1001 pairs from ICU, the extension pairs computed, because CP949
// places the missing syllables in code-point order over fixed byte ranges.
const LEAD_MIN = 0x81;
const TRAIL_MIN = 0x41;
const TRAIL_SPAN = 0xfe - TRAIL_MIN + 1;

let table: Uint16Array | null = null;

/**
 * Decodes `bytes` as CP949 (a superset of EUC-KR). Undecodable sequences become U+FFFD.
 * @example decodeCp949(Uint8Array.of(0x8c, 0x63)) // '똠'
 */
export function decodeCp949(bytes: Uint8Array): string {
  const map = table ??= buildTable();
  const out: string[] = [];
  const units = new Uint16Array(Math.min(bytes.length, 8192));
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    let unit: number;
    if (b < 0x80) unit = b;
    else if (b >= LEAD_MIN && b <= 0xfe && i + 1 < bytes.length && bytes[i + 1] >= TRAIL_MIN && bytes[i + 1] <= 0xfe) {
      unit = map[(b - LEAD_MIN) * TRAIL_SPAN + bytes[i + 1] - TRAIL_MIN] || 0xfffd;
      // An ASCII trail byte after an invalid pair stays ASCII, as the WHATWG decoder does.
      if (unit !== 0xfffd || bytes[i + 1] >= 0x80) i++;
    } else unit = 0xfffd;
    units[n++] = unit;
    if (n === units.length) {
      out.push(String.fromCharCode(...units));
      n = 0;
    }
  }
  out.push(String.fromCharCode(...units.subarray(0, n)));
  return out.join('');
}

function buildTable(): Uint16Array {
  const map = new Uint16Array((0xfe - LEAD_MIN + 1) * TRAIL_SPAN);
  const icu = new TextDecoder('euc-kr');
  const inKsx = new Set<number>();
  for (let lead = 0xa1; lead <= 0xfe; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const s = icu.decode(Uint8Array.of(lead, trail));
      if (s.length !== 1 || s === '\ufffd') continue;
      const code = s.charCodeAt(0);
      if (code >= 0xe000 && code <= 0xf8ff) continue; // user-defined area: not text anyone can read
      map[(lead - LEAD_MIN) * TRAIL_SPAN + trail - TRAIL_MIN] = code;
      if (code >= 0xac00 && code <= 0xd7a3) inKsx.add(code);
    }
  }
  // Added to CP949 after ICU's table was made.
  map[(0xa2 - LEAD_MIN) * TRAIL_SPAN + 0xe6 - TRAIL_MIN] = 0x20ac;
  map[(0xa2 - LEAD_MIN) * TRAIL_SPAN + 0xe7 - TRAIL_MIN] = 0x00ae;
  // The extension syllables, in code-point order, fill lead 0x81–0xA0 with every trail
  // (0x41–0x5A, 0x61–0x7A, 0x81–0xFE), then lead 0xA1–0xC6 with trails 0x41–0x5A, 0x61–0x7A, 0x81–0xA0.
  let syllable = 0xac00;
  for (let lead = 0x81; lead <= 0xc6 && syllable <= 0xd7a3; lead++) {
    for (let trail = 0x41; trail <= 0xfe && syllable <= 0xd7a3; trail++) {
      if ((trail > 0x5a && trail < 0x61) || (trail > 0x7a && trail < 0x81)) continue;
      if (lead >= 0xa1 && trail >= 0xa1) break;
      while (inKsx.has(syllable)) syllable++;
      if (syllable > 0xd7a3) break;
      map[(lead - LEAD_MIN) * TRAIL_SPAN + trail - TRAIL_MIN] = syllable++;
    }
  }
  return map;
}
