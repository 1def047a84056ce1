/** The resolve stage's public interface. */
export { resolveClaims } from './resolve-claims.ts';
export type { PeopleConstraints } from './cluster-people.ts';
export { romanizeHangul, decomposeSyllable, isHangulSyllable } from './romanize-hangul.ts';
export { personNameKeys } from './person-name-keys.ts';
export { samePersonName, comparePersonNames, type NameMatch } from './same-person-name.ts';
export { normalizeOrgName, sameOrgName } from './org-names.ts';
export { pickMoveDate } from './merge-moves.ts';
export { resolveClaimsWithOrgs, personKeyBase } from './resolve-claims.ts';
export { collectOrgForms, resolveOrgForms, type OrgForm, type OrgFormResolution, type FormSide } from './resolve-org-slots.ts';
export { claimNames, moveSignatures } from './cluster-people.ts';
export { nameLinkKeys, namesLinked, nameLinkStrength, createLinkStrength, bucketPairs, BUCKET_SIDES, bucketSideIndex, type NameLinkKeys, type BucketSide } from './name-links.ts';
