/** Names as a briefing shows them: the gazetteer's Korean name of an organization, a person's Hangul name. */
import type { Gazetteer } from '../orgs/index.ts';

const HANGUL_NAME = /^[\uac00-\ud7a3\s·\d]+$/u;
/** A Korean press name: Hangul, with Latin letters before or after it ('오픈AI', 'SK텔레콤', 'LG AI연구원'), no Kana or Han. */
const KOREAN_PRESS_NAME = /^(?=[^\uac00-\ud7a3]*[\uac00-\ud7a3])[\uac00-\ud7a3A-Za-z\d][\uac00-\ud7a3A-Za-z\d\s·.&-]*$/u;
const HAS_HANGUL = /[\uac00-\ud7a3]/u;

/** The organization's Korean name (its first alias the Korean press would write: '오픈AI', '앤트로픽'), else the name as stored. */
export function koOrgName(name: string, gazetteer: Gazetteer | undefined): string {
  if (HAS_HANGUL.test(name)) return name;
  const entry = gazetteer?.lookup(name);
  const korean = entry ? [entry.name, ...entry.aliases].find((a) => KOREAN_PRESS_NAME.test(a)) : undefined;
  return korean ?? name;
}

/**
 * A stored organization's name on a Korean page: the gazetteer's Korean press name when it is verified
 * ('Apple' → '애플', 'OpenAI' → '오픈AI'), else a Hangul form it was reported under (unverified 'Tidewater
 * Robotics' with the alias '타이드워터 로보틱스'), else its canonical name.
 *
 * @example koStoredOrgName({ name: 'Apple', verified: true, aliases: ['Apple'] }, gazetteer) // '애플'
 */
export function koStoredOrgName(org: { name: string; verified: boolean; aliases: readonly string[] }, gazetteer: Gazetteer | undefined): string {
  if (HAS_HANGUL.test(org.name)) return org.name;
  // Only a verified organization is the gazetteer's: an unverified one sharing a name with an alias is another organization.
  const press = org.verified ? koOrgName(org.name, gazetteer) : org.name;
  if (press !== org.name) return press;
  return org.aliases.find((a) => KOREAN_PRESS_NAME.test(a)) ?? org.name;
}

/** '루오밍 팡(Ruoming Pang)' when a Hangul form is known; the stored name otherwise. */
export function koPersonName(name: string, aliases: readonly string[]): string {
  if (HAS_HANGUL.test(name)) return name;
  // The fullest Hangul form: '레오 하트만' rather than a surname-only '하트만'.
  const korean = aliases.filter((a) => HANGUL_NAME.test(a)).sort((a, b) => b.length - a.length)[0];
  return korean ? `${korean}(${name})` : name;
}

/** The stored (Latin-preferred) name, with a Hangul form only when no other is known. */
export function enPersonName(name: string): string {
  return name;
}

/** Where a document came from, for the Sources list: the host of its URL, else the file name. */
export function outletOf(source: { url: string | null; source: string }): string {
  const raw = source.url ?? source.source;
  try {
    if (/^https?:\/\//i.test(raw)) return new URL(raw).host.replace(/^www\./, '');
  } catch {
    // Not a URL after all: fall through to the file name.
  }
  return raw.split(/[\\/]/).pop() || raw;
}
