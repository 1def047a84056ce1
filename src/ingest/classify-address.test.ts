import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyAddress } from './classify-address.ts';

test('public unicast addresses pass', () => {
  for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34']) assert.equal(classifyAddress(a), null, a);
});

test('loopback, private, link-local, multicast, unspecified, CGNAT and mapped forms are refused', () => {
  const cases: Record<string, string> = {
    '127.0.0.1': 'loopback', '127.8.9.10': 'loopback', '::1': 'loopback', '[::1]': 'loopback',
    '10.0.0.1': 'private', '172.16.5.4': 'private', '172.31.255.255': 'private', '192.168.1.1': 'private',
    'fc00::1': 'private', 'fd12:3456::1': 'private',
    '169.254.169.254': 'link-local', 'fe80::1': 'link-local', 'fe80::1%eth0': 'link-local',
    '224.0.0.1': 'multicast', 'ff02::1': 'multicast',
    '0.0.0.0': 'unspecified', '::': 'unspecified', '100.64.0.1': 'carrier-grade NAT',
    '::ffff:127.0.0.1': 'loopback', '::ffff:10.1.2.3': 'private', '::ffff:169.254.1.1': 'link-local',
    '255.255.255.255': 'broadcast', 'not-an-ip': 'unparseable',
  };
  for (const [address, range] of Object.entries(cases)) assert.equal(classifyAddress(address), range, address);
  assert.notEqual(classifyAddress('64:ff9b::7f00:1'), null); // NAT64 of 127.0.0.1
  assert.notEqual(classifyAddress('2002:7f00:1::'), null); // 6to4 of 127.0.0.1
});
