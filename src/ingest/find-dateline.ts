/** Finds a news dateline ("입력 2025.08.14 09:12", "SAN FRANCISCO, Aug. 4, 2025 (Reuters) -") in a text's header or footer. */
import type { PartialDate } from '../core/types.ts';
import { scanDateTokens, type DateToken } from './scan-date-tokens.ts';

/** How much of the start and the end of a text may hold a dateline; the body in between never does. */
export const HEADER_CHARS = 600;
export const FOOTER_CHARS = 300;

const KOREAN_MARKERS = ['입력', '등록', '승인', '수정', '게재', '발행', '작성', '송고', '업데이트'];
const ENGLISH_MARKERS = ['published', 'posted', 'updated', 'date:', 'dated', 'released', 'issued'];

/**
 * Returns the publication day a dateline states, looking only in the first ~600 and the last ~300
 * characters, or null. A date counts as a dateline when a marker precedes it (입력, Published, Posted on…),
 * when it stands on a short line of its own (with a byline or a time), when it opens a wire story
 * (`CITY, Aug. 4, 2025 (Agency) -`, `August 4, 2025 —`) or ends a Korean wire lead (`… = 2025.07.29`).
 * Dates inside sentences ("in 2019 he joined…", "on March 3, 2024 the company…") are ignored.
 */
export function findDateline(text: string): PartialDate | null {
  const lead = text.length - text.trimStart().length;
  const header = findInWindow(text, lead, Math.min(text.length, lead + HEADER_CHARS));
  if (header) return header;
  const footerStart = Math.max(lead + HEADER_CHARS, text.length - FOOTER_CHARS);
  return footerStart < text.length ? findInWindow(text, footerStart, text.length) : null;
}

function findInWindow(text: string, from: number, to: number): PartialDate | null {
  let lineStart = text.lastIndexOf('\n', from - 1) + 1;
  while (lineStart < to) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const segStart = Math.max(lineStart, from);
    const segEnd = Math.min(lineEnd, to);
    if (segEnd > segStart) {
      for (const token of scanDateTokens(text.slice(segStart, segEnd))) {
        const at = { ...token, start: token.start + segStart, end: token.end + segStart };
        if (isDateline(text, at, lineStart, lineEnd)) return at.date;
      }
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return null;
}

function isDateline(text: string, token: DateToken, lineStart: number, lineEnd: number): boolean {
  const before = text.slice(Math.max(lineStart, token.start - 40), token.start);
  const after = text.slice(token.end, Math.min(lineEnd, token.end + 80));
  return hasMarkerBefore(before) || hasMarkerAfter(after) || isShortLine(text, token, lineStart, lineEnd)
    || opensWireStory(token.start - lineStart, after) || endsKoreanWireLead(before);
}

function hasMarkerBefore(before: string): boolean {
  const lower = before.toLowerCase();
  return KOREAN_MARKERS.some((m) => before.includes(m)) || ENGLISH_MARKERS.some((m) => lower.includes(m));
}

/** `2025/07/29 09:00 송고` — Yonhap and others put the verb after the stamp. */
function hasMarkerAfter(after: string): boolean {
  return /^ {0,3}(?:\d{1,2}:\d{2}(?::\d{2})? {0,3})?(?:송고|입력|발행|등록)/.test(after);
}

/** A line that is little more than the date (with a time, weekday, byline or outlet), not a sentence. */
function isShortLine(text: string, token: DateToken, lineStart: number, lineEnd: number): boolean {
  if (lineEnd - lineStart > 100) return false;
  const line = text.slice(lineStart, lineEnd).trim();
  if (!/[.!?]$/.test(line)) return true;
  if (/다[.]$/.test(line)) return false;
  // "She joined on May 4, 2019." is a sentence; "기사입력 2025.07.29." is not: count the words around the date.
  const rest = text.slice(lineStart, token.start) + ' ' + text.slice(token.end, lineEnd);
  const words = rest.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length < 3;
}

/** `SAN FRANCISCO, Aug. 4, 2025 (Reuters) -`, `PALO ALTO, Calif., January 21, 2026 --`, `August 4, 2025 —`. */
function opensWireStory(column: number, after: string): boolean {
  if (column > 80) return false;
  return /^ {0,3}(?:\([^()\n]{1,60}\) {0,3})?(?:--?|[–—])/.test(after);
}

/** `(서울=연합뉴스) 홍길동 기자 = 2025.07.29` */
function endsKoreanWireLead(before: string): boolean {
  return /= ?$/.test(before);
}
