// The SSRF guard: which IP addresses the crawler may connect to, checked after DNS resolution.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** Loopback, private, link-local, shared, documentation, multicast and other special-purpose ranges. */
const NON_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NON_PUBLIC.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  NON_PUBLIC.addSubnet(net, prefix, 'ipv6');
}

/** Whether `address` (an IPv4 or IPv6 literal) is a public unicast address. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return false;
  if (family === 6) {
    // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible and NAT64 (64:ff9b::/96) addresses carry an IPv4 address.
    const embedded = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
    if (embedded) return isPublicAddress(embedded[1]!);
    const mappedHex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(bare);
    if (mappedHex) {
      const hi = parseInt(mappedHex[1]!, 16);
      const lo = parseInt(mappedHex[2]!, 16);
      return isPublicAddress(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
    }
    return !NON_PUBLIC.check(bare, 'ipv6');
  }
  return !NON_PUBLIC.check(bare, 'ipv4');
}

/** Raised when a host resolves only to non-public addresses (or is such an address). */
export class BlockedAddressError extends Error {
  readonly code = 'ERR_CRAWL_BLOCKED_ADDRESS';
  constructor(host: string, addresses: string[]) {
    super(
      `${host} resolves to a non-public address (${addresses.join(', ')}); use --allow-private to allow it`,
    );
    this.name = 'BlockedAddressError';
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for net/tls connect that resolves with the system resolver and keeps only public addresses;
 * a host with none left fails with BlockedAddressError. Runs on every new connection, so every redirect hop
 * to another host is checked again after its own resolution.
 */
export function guardedLookup(
  hostname: string,
  options: { family?: number | string; all?: boolean; hints?: number },
  callback: LookupCallback,
): void {
  lookupAllowed(isPublicAddress)(hostname, options, callback);
}

/** A `lookup` that keeps only the addresses `allowed` accepts (guardedLookup with another address policy). */
export function lookupAllowed(allowed: (address: string) => boolean) {
  return (
    hostname: string,
    options: { family?: number | string; all?: boolean; hints?: number },
    callback: LookupCallback,
  ): void => resolveAllowed(allowed, hostname, options, callback);
}

function resolveAllowed(
  isAllowed: (address: string) => boolean,
  hostname: string,
  options: { family?: number | string; all?: boolean; hints?: number },
  callback: LookupCallback,
): void {
  const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : Number(options.family ?? 0);
  const query: LookupAllOptions = { all: true, family: family as 0 | 4 | 6, hints: options.hints };
  dnsLookup(hostname, query, (error, addresses) => {
    if (error) {
      callback(error, options.all ? [] : '');
      return;
    }
    const allowed = addresses.filter((a) => isAllowed(a.address));
    if (allowed.length === 0) {
      callback(
        new BlockedAddressError(
          hostname,
          addresses.map((a) => a.address),
        ),
        options.all ? [] : '',
      );
      return;
    }
    if (options.all) callback(null, allowed);
    else callback(null, allowed[0]!.address, allowed[0]!.family);
  });
}

/** For a URL host that is an IP literal (no DNS involved): the BlockedAddressError to raise, if any. */
export function checkLiteralHost(
  hostname: string,
  allowed: (address: string) => boolean = isPublicAddress,
): BlockedAddressError | null {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 0) return null;
  return allowed(bare) ? null : new BlockedAddressError(hostname, [bare]);
}
