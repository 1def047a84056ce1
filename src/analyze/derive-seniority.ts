/** Classifies a stated role as senior or not from its title words, in English and Korean. */

// Whole-word English titles that mark someone others may follow. Matched on word tokens, so
// "lead" does not fire inside "misleading" and no pattern can backtrack.
const SENIOR_WORDS = new Set([
  'lead', 'leader', 'head', 'chief', 'vp', 'svp', 'evp', 'director', 'principal', 'distinguished',
  'founder', 'cofounder', 'co-founder', 'president', 'partner', 'cto', 'ceo', 'cso', 'cfo', 'coo',
  'cpo', 'cio', 'chair', 'chairman',
]);
// Left out on purpose: 'fellow' (a research fellow is junior), 'manager' and 'architect' (often
// individual contributors), 'officer' (any C-level title already matches through its acronym).
// Two-word English titles whose words are not senior alone.
const SENIOR_PHRASES = ['vice president', 'staff research', 'senior staff', 'tech lead', 'team lead'];
// Korean titles are matched as substrings: they attach to names and particles without spaces.
const SENIOR_KOREAN = ['수석', '리드', '총괄', '부사장', '사장', '상무', '전무', '이사', '대표', '책임자', '팀장', '본부장', '센터장', '연구소장', '실장', '소장', '부문장', '창업자', '공동창업', '의장', '회장', '임원', '리더'];

/**
 * 'senior' when the role names a leading position (lead, head, chief, VP, director, principal,
 * distinguished, C-level; 수석, 리드, 총괄, 부사장, 상무, 이사, …), 'other' for any other stated
 * role, undefined when no role is stated.
 * @example deriveSeniority('head of foundation models') // 'senior'
 */
export function deriveSeniority(role: string | null | undefined): 'senior' | 'other' | undefined {
  if (!role || !role.trim()) return undefined;
  const lower = role.normalize('NFKC').toLowerCase();
  for (const k of SENIOR_KOREAN) if (lower.includes(k)) return 'senior';
  const tokens = lower.split(/[^a-z0-9-]+/).filter((t) => t.length > 0);
  for (const t of tokens) if (SENIOR_WORDS.has(t)) return 'senior';
  const spaced = ` ${tokens.join(' ')} `;
  for (const p of SENIOR_PHRASES) if (spaced.includes(` ${p} `)) return 'senior';
  return 'other';
}
