export type { OrgEntry, OrgKind, OrgMention, Gazetteer } from './types.ts';
export { loadGazetteer, buildGazetteer, defaultGazetteer, orgKey } from './gazetteer.ts';
export { stripKoreanParticle } from './korean-particles.ts';
export { parseOrgFile, type OrgPatch } from './parse-org-file.ts';
export { mergeOrgEntries } from './merge-org-entries.ts';
