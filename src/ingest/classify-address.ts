/** Classifies IP addresses for fetch safety: public unicast or a named refused range. */
import ipaddr from 'ipaddr.js';

const RANGE_NAMES: Record<string, string> = {
  loopback: 'loopback', private: 'private', uniqueLocal: 'private', linkLocal: 'link-local',
  multicast: 'multicast', unspecified: 'unspecified', broadcast: 'broadcast',
  carrierGradeNat: 'carrier-grade NAT', reserved: 'reserved',
};

/**
 * Returns null for a public unicast address, else the name of the range that makes it unsafe to
 * fetch from ("loopback", "private", "link-local", …). IPv4-mapped IPv6 addresses are judged by
 * their IPv4 part; IPv6 forms that embed an IPv4 address (6to4, NAT64, Teredo) and anything that
 * does not parse are refused too, since their real destination is not what it seems.
 * @example classifyAddress('::ffff:127.0.0.1') // 'loopback'
 */
export function classifyAddress(address: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return 'unparseable';
  }
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  if (range === 'unicast') return null;
  return RANGE_NAMES[range] ?? range;
}
