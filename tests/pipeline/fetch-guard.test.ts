import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../src/core/errors.js';
import { allowAll, checkHostLiteral, guardedLookup, unicastOnly, type Resolver } from '../../src/pipeline/fetch-guard.js';

describe('unicastOnly', () => {
  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows public %s', (ip) => {
    expect(unicastOnly(ip)).toBeUndefined();
  });

  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['127.255.0.9', 'a loopback address'],
    ['::1', 'a loopback address'],
    ['10.0.0.5', 'a private address'],
    ['172.16.3.4', 'a private address'],
    ['192.168.1.1', 'a private address'],
    ['169.254.169.254', 'a link-local address'],
    ['fe80::1', 'a link-local address'],
    ['fd00:ec2::254', 'a unique-local (private) address'],
    ['100.64.0.1', 'a carrier-grade NAT address'],
    ['0.0.0.0', 'an unspecified address'],
    ['::', 'an unspecified address'],
    ['224.0.0.1', 'a multicast address'],
    ['255.255.255.255', 'a broadcast address'],
    ['192.0.2.1', 'a reserved address'],
    // IPv4 hidden in IPv6: mapped addresses are unwrapped, the other embeddings refused outright.
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:10.0.0.1', 'a private address'],
    ['64:ff9b::a00:1', 'a special-purpose address (rfc6052)'],
    ['2002:7f00:1::', 'a special-purpose address (6to4)'],
    ['not-an-ip', 'not a valid IP address'],
  ])('refuses %s as %s', (ip, why) => {
    expect(unicastOnly(ip)).toBe(why);
  });
});

describe('checkHostLiteral', () => {
  it('ignores names (they are checked at lookup) and allowed literals', () => {
    expect(() => checkHostLiteral('localhost', unicastOnly)).not.toThrow();
    expect(() => checkHostLiteral('8.8.8.8', unicastOnly)).not.toThrow();
    expect(() => checkHostLiteral('[::1]', allowAll)).not.toThrow();
  });

  it('throws blocked-address for bracketed IPv6 and shows the IPv4 inside a mapped address', () => {
    expect(() => checkHostLiteral('[::1]', unicastOnly)).toThrow(
      new FeedFetchError('blocked-address', 'blocked: ::1 is a loopback address (set FEED_ALLOW_PRIVATE_HOSTS to allow)'),
    );
    expect(() => checkHostLiteral('[::ffff:7f00:1]', unicastOnly)).toThrow(/blocked: ::ffff:7f00:1 \(127\.0\.0\.1\) is a loopback address/);
  });
});

/** Calls a LookupFunction the way net.connect does and returns what it calls back with. */
function lookup(fn: ReturnType<typeof guardedLookup>, host: string, all: boolean) {
  return new Promise<{ err: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number }>((resolve) => {
    fn(host, { all }, (err, address, family) => resolve({ err, address, family }));
  });
}

const fakeDns =
  (table: Record<string, LookupAddress[]>): Resolver =>
  async (host) => {
    const answer = table[host];
    if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return answer;
  };

describe('guardedLookup', () => {
  const dns = fakeDns({
    'feeds.example': [
      { address: '93.184.215.14', family: 4 },
      { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
    ],
    'rebind.example': [
      { address: '93.184.215.14', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ],
    'mapped.example': [{ address: '::ffff:169.254.169.254', family: 6 }],
  });

  it('answers in both shapes net.connect asks for (all: true with autoSelectFamily, single otherwise)', async () => {
    const fn = guardedLookup(unicastOnly, dns);
    const all = await lookup(fn, 'feeds.example', true);
    expect(all.err).toBeNull();
    expect(all.address).toHaveLength(2);
    const one = await lookup(fn, 'feeds.example', false);
    expect(one).toEqual({ err: null, address: '93.184.215.14', family: 4 });
  });

  it('refuses the whole answer when any address is private (DNS rebinding, mixed answers)', async () => {
    const { err } = await lookup(guardedLookup(unicastOnly, dns), 'rebind.example', true);
    expect(err).toBeInstanceOf(FeedFetchError);
    expect(err).toMatchObject({
      code: 'blocked-address',
      message: 'blocked: rebind.example resolves to 10.0.0.7, which is a private address (set FEED_ALLOW_PRIVATE_HOSTS to allow)',
    });
  });

  it('unwraps IPv4-mapped answers', async () => {
    const { err } = await lookup(guardedLookup(unicastOnly, dns), 'mapped.example', false);
    expect(err?.message).toMatch(/resolves to ::ffff:169\.254\.169\.254 \(169\.254\.169\.254\), which is a link-local address/);
  });

  it('lets private answers through with allowAll', async () => {
    const { err, address } = await lookup(guardedLookup(allowAll, dns), 'rebind.example', true);
    expect(err).toBeNull();
    expect(address).toHaveLength(2);
  });

  it('maps resolver failures and empty answers to dns', async () => {
    const missing = await lookup(guardedLookup(unicastOnly, dns), 'nowhere.invalid', true);
    expect(missing.err).toMatchObject({ code: 'dns', message: 'DNS lookup failed for nowhere.invalid (ENOTFOUND)' });
    const empty = await lookup(guardedLookup(unicastOnly, async () => []), 'empty.example', false);
    expect(empty.err).toMatchObject({ code: 'dns', message: 'DNS lookup failed for empty.example (no addresses)' });
  });

  it('checks the real resolver answer for localhost', async () => {
    const { err } = await lookup(guardedLookup(unicastOnly), 'localhost', true);
    expect(err).toMatchObject({ code: 'blocked-address' });
    expect(err?.message).toMatch(/^blocked: localhost resolves to (127\.0\.0\.1|::1), which is a loopback address/);
  });
});
