/** Briefing rendering: one organization's moves, bursts, cascades and forecast as Markdown, in Korean or English. */
import type { Gazetteer } from '../orgs/index.ts';
import { defaultGazetteer } from '../orgs/index.ts';
import type { BriefingData } from '../queries/briefing.ts';
import { renderEnglish } from './render-en.ts';
import { renderKorean } from './render-ko.ts';

export type BriefLang = 'ko' | 'en';

export { particle, withParticle, hasFinalConsonant, type ParticlePair } from './korean-particles.ts';
export { koDate, enDate, koUsd, usd, probability } from './format.ts';
export { koOrgName, koStoredOrgName, koPersonName } from './display-names.ts';

/** The briefing's Markdown; Korean organization names come from `gazetteer` (default: the bundled one). */
export function renderBriefing(data: BriefingData, options: { gazetteer?: Gazetteer } = {}): string {
  return data.lang === 'ko' ? renderKorean(data, options.gazetteer ?? defaultGazetteer()) : renderEnglish(data);
}
