/** Finds a news dateline ("입력 2025.08.14 09:12", "SAN FRANCISCO, Aug. 4, 2025 (Reuters) -") in a text's header or footer. */
import type { PartialDate } from '../core/types.ts';
import { scanDateTokens, type DateToken } from './scan-date-tokens.ts';

/** How much of the start and the end of a text may hold a dateline; the body in between never does. */
export const HEADER_CHARS = 600;
export const FOOTER_CHARS = 300;

const KOREAN_MARKERS = ['입력', '등록', '승인', '게재', '발행', '작성', '송고'];
const ENGLISH_MARKERS = ['published', 'posted', 'date:', 'dated', 'released', 'issued'];
// An update stamp dates the article too, but a publication stamp in the same window wins over it.
const KOREAN_UPDATE_MARKERS = ['수정', '업데이트'];
const ENGLISH_UPDATE_MARKERS = ['updated', 'modified'];

type Verdict = 'published' | 'updated' | null;

/**
 * Returns the publication day a dateline states, looking only in the first ~600 and the last ~300
 * characters, or null. A date counts as a dateline when a marker precedes it (입력, Published, Posted on…),
 * when it stands on a short line of its own (with a byline or a time), when it opens a wire story or a
 * press release (`CITY, Aug. 4, 2025 (Agency) -`, `CITY, Calif. (Oct. 27, 2026) —`,
 * `CITY, Country, Oct. 27, 2026 /PRNewswire/ --`, `August 4, 2025 —`) or ends a Korean wire lead
 * (`… = 2025.07.29`). A date marked as an update ("Updated 27 October 2026", 수정) counts only when the
 * same window holds no other dateline. Dates inside sentences ("in 2019 he joined…") are ignored.
 */
export function findDateline(text: string): PartialDate | null {
  const lead = text.length - text.trimStart().length;
  const header = findInWindow(text, lead, Math.min(text.length, lead + HEADER_CHARS));
  if (header) return header;
  const footerStart = Math.max(lead + HEADER_CHARS, text.length - FOOTER_CHARS);
  return footerStart < text.length ? findInWindow(text, footerStart, text.length) : null;
}

function findInWindow(text: string, from: number, to: number): PartialDate | null {
  let updated: PartialDate | null = null;
  let lineStart = text.lastIndexOf('\n', from - 1) + 1;
  while (lineStart < to) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const segStart = Math.max(lineStart, from);
    const segEnd = Math.min(lineEnd, to);
    if (segEnd > segStart) {
      for (const token of scanDateTokens(text.slice(segStart, segEnd))) {
        const at = { ...token, start: token.start + segStart, end: token.end + segStart };
        const verdict = judgeDateline(text, at, lineStart, lineEnd);
        if (verdict === 'published') return at.date;
        if (verdict === 'updated') updated ??= at.date;
      }
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return updated;
}

function judgeDateline(text: string, token: DateToken, lineStart: number, lineEnd: number): Verdict {
  const before = text.slice(Math.max(lineStart, token.start - 40), token.start);
  const after = text.slice(token.end, Math.min(lineEnd, token.end + 80));
  const marker = findMarkerBefore(before);
  if (marker) return marker;
  const dateline = hasMarkerAfter(after) || isShortLine(text, token, lineStart, lineEnd)
    || opensWireStory(token.start - lineStart, before, after) || endsKoreanWireLead(before);
  return dateline ? 'published' : null;
}

/** The marker nearest the date decides: "Updated/Published: 27 October 2026" is a publication stamp. */
function findMarkerBefore(before: string): Verdict {
  const lower = before.toLowerCase();
  const published = Math.max(lastIndexOfAny(before, KOREAN_MARKERS, false), lastIndexOfAny(lower, ENGLISH_MARKERS, true));
  const updated = Math.max(lastIndexOfAny(before, KOREAN_UPDATE_MARKERS, false), lastIndexOfAny(lower, ENGLISH_UPDATE_MARKERS, true));
  if (published === -1 && updated === -1) return null;
  return published > updated ? 'published' : 'updated';
}

/** Korean markers sit inside longer words (기사입력); English ones must start a word ("updated:" is not "date:"). */
function lastIndexOfAny(haystack: string, needles: string[], wordStart: boolean): number {
  let last = -1;
  for (const needle of needles) {
    for (let at = haystack.lastIndexOf(needle); at > last; at = at > 0 ? haystack.lastIndexOf(needle, at - 1) : -1) {
      if (!wordStart || at === 0 || !/\p{L}/u.test(haystack[at - 1])) {
        last = at;
        break;
      }
    }
  }
  return last;
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

/**
 * `SAN FRANCISCO, Aug. 4, 2025 (Reuters) -`, `PALO ALTO, Calif., January 21, 2026 --`, `August 4, 2025 —`,
 * `SEOUL, South Korea, Oct. 27, 2026 /PRNewswire/ --`, and with the date in parentheses
 * `PALO ALTO, Calif. (Oct. 27, 2026) —`.
 */
function opensWireStory(column: number, before: string, after: string): boolean {
  if (column > 80) return false;
  if (/\( ?$/.test(before)) return /^ ?\) {0,3}(?:--?|[–—])/.test(after);
  return /^ {0,3}(?:\([^()\n]{1,60}\) {0,3}|\/[^/\n]{1,40}\/ {0,3})?(?:--?|[–—])/.test(after);
}

/** `(서울=연합뉴스) 홍길동 기자 = 2025.07.29` */
function endsKoreanWireLead(before: string): boolean {
  return /= ?$/.test(before);
}
