// SSRF guard for feed fetches: only public unicast addresses may be contacted, unless
// FEED_ALLOW_PRIVATE_HOSTS is set. Names are checked at connect time, on the very DNS answer the
// socket uses (an undici `connect.lookup`), so DNS rebinding between check and connect is moot;
// IP-literal hosts never reach a lookup and are checked before the request is made.
import { promises as dns, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { FeedFetchError } from '../core/errors.js';

/** Why an address must not be contacted, as a phrase ("a private address"), or undefined when it may. */
export type AddressPolicy = (ip: string) => string | undefined;

/** Resolves a name to all its addresses, like dns.lookup(name, { all: true, family }). */
export type Resolver = (hostname: string, family: 0 | 4 | 6) => Promise<LookupAddress[]>;

const HINT = '(set FEED_ALLOW_PRIVATE_HOSTS to allow)';

const RANGE_PHRASES: Record<string, string> = {
  private: 'a private address',
  loopback: 'a loopback address',
  linkLocal: 'a link-local address',
  uniqueLocal: 'a unique-local (private) address',
  unspecified: 'an unspecified address',
  carrierGradeNat: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
  reserved: 'a reserved address',
};

/** FEED_ALLOW_PRIVATE_HOSTS: anything goes. */
export const allowAll: AddressPolicy = () => undefined;

/**
 * The default policy: ipaddr.js `range() === 'unicast'` only. IPv4-mapped IPv6 (::ffff:a.b.c.d) is
 * judged by the IPv4 address inside; every other special range (6to4, Teredo, NAT64, ULA, …) is refused.
 */
export const unicastOnly: AddressPolicy = (ip) => {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(ip); // parses, and unwraps IPv4-mapped IPv6
  } catch {
    return 'not a valid IP address';
  }
  const range = parsed.range();
  if (range === 'unicast') return undefined;
  return RANGE_PHRASES[range] ?? `a special-purpose address (${range})`;
};

/** Throws blocked-address when `hostname` (as in URL.hostname, IPv6 in brackets) is an IP literal the policy refuses. */
export function checkHostLiteral(hostname: string, policy: AddressPolicy): void {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  if (isIP(host) === 0) return; // a name: judged by the guarded lookup at connect time
  const why = policy(host);
  if (why === undefined) return;
  const shown = describeAddress(host);
  throw new FeedFetchError('blocked-address', `blocked: ${shown} is ${why} ${HINT}`);
}

const systemResolver: Resolver = (hostname, family) => dns.lookup(hostname, { all: true, family });

/**
 * A `lookup` for net/tls connect, and so for undici's `connect` option. Resolves the name and refuses
 * the connection when ANY address fails the policy (a mixed answer is treated as hostile). Its errors
 * are FeedFetchError ('blocked-address' or 'dns'); undici rejects the request with them unchanged.
 */
export function guardedLookup(policy: AddressPolicy, resolve: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
    const checked = resolve(hostname, family).then((addresses) => {
      if (addresses.length === 0) throw new FeedFetchError('dns', `DNS lookup failed for ${hostname} (no addresses)`);
      for (const { address } of addresses) {
        const why = policy(address);
        if (why !== undefined) {
          throw new FeedFetchError('blocked-address', `blocked: ${hostname} resolves to ${describeAddress(address)}, which is ${why} ${HINT}`);
        }
      }
      return addresses;
    });
    checked.then(
      (addresses) => {
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (err: unknown) => callback(lookupError(err, hostname), []),
    );
  };
}

/** "::ffff:7f00:1 (127.0.0.1)" for IPv4-mapped IPv6, the address itself otherwise. */
function describeAddress(ip: string): string {
  try {
    const parsed = ipaddr.parse(ip);
    if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
      return `${ip} (${(parsed as ipaddr.IPv6).toIPv4Address().toString()})`;
    }
  } catch {
    // not an address: shown as is
  }
  return ip;
}

function lookupError(err: unknown, hostname: string): FeedFetchError {
  if (err instanceof FeedFetchError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  const why = typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
  const wrapped = new FeedFetchError('dns', `DNS lookup failed for ${hostname} (${why})`);
  wrapped.cause = err;
  return wrapped;
}
