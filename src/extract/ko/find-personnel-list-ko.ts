/** Moves in personnel notices ("[인사] 카카오 ◇ 신규 영입 ▲AI연구소장 정다은(전 네이버클라우드 리더)"): one line per person, origin in the bracket. */
import type { MoveClaim } from '../../core/types.ts';
import type { Gazetteer } from '../../orgs/types.ts';
import { FAMILY_NAMES } from './ko-lexicon.ts';

// "[인사] 카카오", "<인사> 카카오", "■ 카카오 인사": the organization the notice is about.
const HEADER_RE = /^\s{0,4}[[<〈【(]\s{0,2}인사\s{0,2}[\]>〉】)]\s{0,4}(.{1,40})$/;
// A section: "◇ 신규 영입", "◆ 선임", "◇ 승진".
const SECTION_RE = /^\s{0,4}[◇◆■□]\s{0,4}(.{1,30})$/;
// One entry: "▲ AI연구소장 정다은(전 네이버클라우드 AI 리더)"; the name is the last word before the bracket.
const ENTRY_RE = /^\s{0,4}▲\s{0,4}([^(▲\n]{0,60}?)\s?([가-힣]{2,4})\s{0,2}\((?:전|前)\s{1,2}([^)\n]{2,60})\)/;
const OUTSIDE_SECTION = /영입|신규|선임|입사|임명|채용|외부/;
const INSIDE_SECTION = /승진|전보|보임|전무|상무|부사장|이동/;

/**
 * Reads a personnel notice: entries under a hiring section whose bracket names a former employer
 * ("(전 삼성전자 상무)") are moves from that employer to the notice's organization. Promotions and
 * transfers are not. Returns no claims for text that is not such a notice.
 */
export function findPersonnelListKo(text: string, gazetteer: Gazetteer, published: string | null): MoveClaim[] {
  const out: MoveClaim[] = [];
  let host: { org: string; team: string | null; mention: string } | null = null;
  let hiring = false;
  let pos = 0;
  for (const line of text.split('\n')) {
    const start = pos;
    pos += line.length + 1;
    const header = HEADER_RE.exec(line);
    if (header) {
      const m = gazetteer.findMentions(header[1])[0];
      host = m ? { ...topOf(gazetteer, m.entry), mention: header[1].slice(m.start, m.end) } : null;
      hiring = false;
      continue;
    }
    const section = SECTION_RE.exec(line);
    if (section) { hiring = OUTSIDE_SECTION.test(section[1]) && !INSIDE_SECTION.test(section[1]); continue; }
    if (!host || !hiring) continue;
    const e = ENTRY_RE.exec(line);
    if (!e || !FAMILY_NAMES.has(e[2][0]) || e[2].length !== 3) continue;
    const originMention = gazetteer.findMentions(e[3])[0];
    if (!originMention) continue;
    const origin = topOf(gazetteer, originMention.entry);
    if (origin.org === host.org) continue;
    const role = e[1].trim() || null;
    out.push({
      person: e[2], aliases: [],
      from: { org: origin.org, team: origin.team, verified: true, mention: e[3].slice(originMention.start, originMention.end) },
      to: { org: host.org, team: host.team, verified: true, mention: host.mention },
      date: published, role, compensation: null, confidence: 0.8, history: false,
      evidence: [{ start, end: start + line.length, text: line }],
    });
  }
  return out;
}

function topOf(gazetteer: Gazetteer, entry: Parameters<Gazetteer['topLevel']>[0]): { org: string; team: string | null } {
  const top = gazetteer.topLevel(entry);
  return { org: top.name, team: top.id !== entry.id ? entry.name : null };
}
