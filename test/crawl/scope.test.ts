import { describe, expect, it } from 'vitest';
import { urlPriority, NON_HTML_EXTENSION } from '../../src/crawl/scope/priority.js';
import { TrapGuard, DEFAULT_TRAP_LIMITS } from '../../src/crawl/scope/traps.js';
import { isSameSite, normaliseUrl, originOf, siteKeyOf } from '../../src/crawl/url/normalise.js';
import { SiteQueue } from '../../src/crawl/state/siteQueue.js';

describe('normaliseUrl', () => {
  it('resolves relative links, drops fragments, default ports and session or tracking parameters', () => {
    expect(normaliseUrl('../impressum#kontakt', 'https://www.Firma.de:443/a/b')).toBe(
      'https://www.firma.de/impressum',
    );
    expect(normaliseUrl('/p?id=3&PHPSESSID=abc&utm_source=x', 'http://firma.de/')).toBe(
      'http://firma.de/p?id=3',
    );
    expect(normaliseUrl('/shop;jsessionid=A1B2?x=1', 'http://firma.de/')).toBe('http://firma.de/shop?x=1');
    expect(normaliseUrl('/?sid=1', 'http://firma.de/')).toBe('http://firma.de/');
  });

  it('refuses what is not an http(s) page', () => {
    expect(normaliseUrl('mailto:a@b.de', 'http://firma.de/')).toBeNull();
    expect(normaliseUrl('ftp://firma.de/x')).toBeNull();
    expect(normaliseUrl('http://user:pw@firma.de/')).toBeNull();
    expect(normaliseUrl('http://[zz')).toBeNull();
  });

  it('scopes origins (scheme, host, port) and sites (host with or without www., sub-domains, same port)', () => {
    expect(originOf('https://firma.de/x')).toBe('https://firma.de');
    expect(originOf('http://firma.de:8080/x')).toBe('http://firma.de:8080');
    const site = siteKeyOf('https://www.firma.de/');
    expect(isSameSite('http://firma.de/a', site)).toBe(true);
    expect(isSameSite('https://shop.firma.de/a', site)).toBe(true);
    expect(isSameSite('https://andere-firma.de/', site)).toBe(false);
    expect(isSameSite('https://firma.de.evil.com/', site)).toBe(false);
    expect(isSameSite('http://firma.de:8080/', site)).toBe(false);
  });
});

describe('urlPriority', () => {
  const p = (path: string) => urlPriority(new URL(path, 'https://firma.de'));
  it('orders home, imprint, about, products and services, careers, others, low-value pages', () => {
    const ordered = ['/', '/impressum', '/ueber-uns', '/leistungen', '/karriere', '/blog/x', '/datenschutz'];
    expect([...ordered].sort((a, b) => p(a) - p(b))).toEqual(ordered);
  });
  it('puts shorter and shallower paths first within a category', () => {
    expect(p('/news')).toBeLessThan(p('/news/2020/artikel'));
    expect(p('/a')).toBeLessThan(p('/a?page=2'));
  });
  it('knows non-HTML extensions', () => {
    expect(NON_HTML_EXTENSION.test('/katalog.PDF')).toBe(true);
    expect(NON_HTML_EXTENSION.test('/seite.html')).toBe(false);
  });
});

describe('TrapGuard', () => {
  it('bounds depth, URL length, query parameters, repeated segments and URLs per path shape', () => {
    const guard = new TrapGuard();
    const u = (s: string) => new URL(s, 'https://firma.de');
    expect(guard.admit(u('/a'), DEFAULT_TRAP_LIMITS.maxDepth + 1)).toBe('depth');
    expect(guard.admit(u(`/${'x'.repeat(400)}`), 1)).toBe('url_length');
    expect(guard.admit(u('/s?a=1&b=2&c=3&d=4&e=5&f=6'), 1)).toBe('query_params');
    expect(guard.admit(u('/a/b/a/b/a'), 1)).toBe('repeated_segments');
    const verdicts = Array.from({ length: 30 }, (_, i) => guard.admit(u(`/kalender/2024/${i + 1}`), 1));
    expect(verdicts.filter((v) => v === null)).toHaveLength(DEFAULT_TRAP_LIMITS.maxPerShape);
    expect(verdicts.at(-1)).toBe('shape_limit');
    expect(guard.admit(u('/impressum'), 1)).toBeNull();
  });
});

describe('SiteQueue', () => {
  it('pops by priority, then by discovery order', () => {
    const q = new SiteQueue();
    const items = [5, 1, 3, 1, 2].map((priority, order) => ({
      url: `u${order}`,
      depth: 0,
      priority,
      order,
      attempts: 0,
    }));
    for (const i of items) q.push(i);
    const popped: string[] = [];
    for (let i = q.pop(); i; i = q.pop()) popped.push(i.url);
    expect(popped).toEqual(['u1', 'u3', 'u4', 'u2', 'u0']);
  });
});
