export type { OrgEntry, OrgKind, OrgMention, Gazetteer } from './types.ts';
export { loadGazetteer, buildGazetteer, defaultGazetteer } from './gazetteer.ts';
