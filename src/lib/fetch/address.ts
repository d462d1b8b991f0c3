/**
 * Which IP addresses newsdesk may connect to: public unicast only. Loopback (127.0.0.0/8, ::1) is
 * allowed only with `allowLoopback` (tests and the local sandbox); nothing else private, ever.
 */
import ipaddr from 'ipaddr.js';

export type AddressVerdict = { ok: true; address: string; family: 4 | 6 } | { ok: false; range: string };

/**
 * Checks one literal address (as resolved by DNS or written in a URL). IPv4-mapped IPv6 forms are
 * judged as the IPv4 address they carry. Anything that does not parse is refused.
 */
export function vetAddress(literal: string, allowLoopback: boolean): AddressVerdict {
  const text = literal.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(text)) return { ok: false, range: 'invalid' };
  // isValid accepts shorthand like "127.1" or "0x7f.1"; parse() normalises them the same way the
  // WHATWG URL parser does, so the checked address is the one that would be connected to.
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.process(text);
  } catch {
    return { ok: false, range: 'invalid' };
  }
  if (addr.kind() === 'ipv6') {
    const v6 = addr as ipaddr.IPv6;
    const parts = v6.parts;
    // ::/96 (IPv4-compatible, deprecated) and friends other than ::1 carry an IPv4 address in
    // disguise; refuse them all.
    if (parts.slice(0, 6).every((p) => p === 0) && !(parts[6] === 0 && parts[7] === 1)) {
      return { ok: false, range: 'ipv4Compatible' };
    }
  }
  const range = addr.range();
  if (range === 'unicast') {
    return { ok: true, address: addr.toString(), family: addr.kind() === 'ipv4' ? 4 : 6 };
  }
  if (range === 'loopback' && allowLoopback) {
    return { ok: true, address: addr.toString(), family: addr.kind() === 'ipv4' ? 4 : 6 };
  }
  return { ok: false, range };
}

/** True when the host part of a URL is an IP literal (IPv4 dotted form after URL normalisation, or [IPv6]). */
export function isIpLiteral(hostname: string): boolean {
  const text = hostname.replace(/^\[|\]$/g, '');
  return ipaddr.IPv4.isValidFourPartDecimal(text) || ipaddr.IPv6.isValid(text);
}
