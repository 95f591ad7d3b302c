import { describe, expect, it } from 'vitest';
import { OriginGate } from '../../src/crawl/politeness/gate.js';
import { backoffMs, parseRetryAfter } from '../../src/crawl/politeness/retryAfter.js';
import { productToken, robotsRulesFrom } from '../../src/crawl/politeness/robots.js';

describe('robots.txt rules per RFC 9309', () => {
  const url = 'https://firma.de/robots.txt';
  it('parses rules for our product token, Crawl-delay and sitemaps', () => {
    const rules = robotsRulesFrom(
      url,
      200,
      'User-agent: *\nDisallow: /\n\nUser-agent: digitalindex\nAllow: /\nDisallow: /intern\nCrawl-delay: 2.5\nSitemap: https://firma.de/s.xml\n',
      'digitalindex',
    );
    expect(rules.allows('https://firma.de/produkte')).toBe(true);
    expect(rules.allows('https://firma.de/intern/x')).toBe(false);
    expect(rules.crawlDelayMs).toBe(2500);
    expect(rules.sitemaps).toEqual(['https://firma.de/s.xml']);
  });
  it('allows everything on 4xx, disallows everything on 5xx and on no answer', () => {
    expect(robotsRulesFrom(url, 404, '', 'digitalindex').allows('https://firma.de/x')).toBe(true);
    expect(robotsRulesFrom(url, 403, '', 'digitalindex').verdict).toBe('allow_all');
    expect(robotsRulesFrom(url, 500, '', 'digitalindex').allows('https://firma.de/')).toBe(false);
    expect(robotsRulesFrom(url, 503, '', 'digitalindex').verdict).toBe('disallow_all');
    expect(robotsRulesFrom(url, null, '', 'digitalindex').verdict).toBe('disallow_all');
  });
  it('takes the product token from the user agent', () => {
    expect(productToken('digitalindex/0.1 (+mailto:crawl@example.org)')).toBe('digitalindex');
  });
});

describe('Retry-After and back-off', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT')),
    ).toBe(60_000);
    expect(parseRetryAfter('bald')).toBeNull();
    expect(parseRetryAfter(undefined)).toBeNull();
  });
  it('backs off exponentially without Retry-After, capped at ten minutes', () => {
    expect(backoffMs(1, null, 1000)).toBe(5000);
    expect(backoffMs(2, null, 1000)).toBe(10_000);
    expect(backoffMs(20, null, 1000)).toBe(600_000);
    expect(backoffMs(1, 2000, 1000)).toBe(2000);
  });
});

describe('OriginGate', () => {
  it('lets one request per origin in flight and keeps the delay after it, on a virtual clock', async () => {
    let now = 0;
    const gate = new OriginGate({ connectionsPerOrigin: 1, now: () => now });
    const order: string[] = [];
    await gate.acquire('a');
    order.push('a1');
    const second = gate.acquire('a').then(() => order.push('a2'));
    await gate.acquire('b');
    order.push('b1');
    await Promise.resolve();
    expect(order).toEqual(['a1', 'b1']);
    now = 100;
    gate.release('a', 0);
    await second;
    expect(order).toEqual(['a1', 'b1', 'a2']);
  });

  it('counts the delay from the given moment (response headers), not from the end of the download', async () => {
    let now = 0;
    const gate = new OriginGate({ connectionsPerOrigin: 1, now: () => now });
    await gate.acquire('a');
    now = 300; // the body took 250 ms after the headers arrived at 50
    gate.release('a', 500, 50);
    let started = false;
    const next = gate.acquire('a').then(() => (started = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(started).toBe(false);
    now = 550;
    await next; // the gate's timer fires (real time) and sees the virtual clock at 550
    expect(started).toBe(true);
  });
});
