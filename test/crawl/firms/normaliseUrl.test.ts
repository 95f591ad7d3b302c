import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseFirmUrl } from '../../../src/crawl/firms/normaliseUrl.js';

const ok = (text: string) => {
  const r = normaliseFirmUrl(text);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('normaliseFirmUrl', () => {
  it('adds the scheme, lower-cases the host, drops the default port and writes the root path as /', () => {
    expect(ok('www.Müller.DE').url).toBe('http://www.xn--mller-kva.de/');
    expect(ok('  HTTPS://Example.COM:443 ').url).toBe('https://example.com/');
    expect(ok('http://example.com:80/Kontakt').url).toBe('http://example.com/Kontakt');
    expect(ok('example.com:8080/a?b=1#top').url).toBe('http://example.com:8080/a?b=1');
    expect(ok('//cdn.example.org/x').url).toBe('http://cdn.example.org/x');
    expect(ok('127.0.0.1:4000').url).toBe('http://127.0.0.1:4000/');
  });

  it('keeps www as given but compares without it, without scheme and trailing slash', () => {
    const a = ok('www.firma.de/');
    const b = ok('https://firma.de');
    expect(a.url).toBe('http://www.firma.de/');
    expect(b.url).toBe('https://firma.de/');
    expect(a.siteKey).toBe('firma.de');
    expect(b.siteKey).toBe('firma.de');
    expect(ok('firma.de/de/').siteKey).toBe('firma.de/de');
    expect(ok('firma.de:8080').siteKey).toBe('firma.de:8080');
  });

  it.each([
    ['mailto:info@firma.de', '"mailto:info@firma.de" has the scheme mailto:, not http or https'],
    ['ftp://firma.de', '"ftp://firma.de" has the scheme ftp:, not http or https'],
    ['info@firma.de', '"info@firma.de" is an e-mail address, not a website'],
    ['www.firma de', '"www.firma de" contains blanks'],
    ['http://user:pw@firma.de', '"http://user:pw@firma.de" contains a user name or password'],
    ['firma', '"firma": host "firma" has no top-level domain'],
    ['http://firma.123', '"http://firma.123" is not a valid URL'],
    ['firma_gmbh.de', '"firma_gmbh.de": host "firma_gmbh.de" is not a valid host name'],
    ['http://', '"http://" is not a valid URL'],
  ])('refuses %s', (text, reason) => {
    expect(normaliseFirmUrl(text)).toEqual({ ok: false, reason });
  });

  it('is idempotent: normalising a normalised URL changes nothing (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = normaliseFirmUrl(url);
        fc.pre(once.ok);
        if (!once.ok) return;
        const twice = normaliseFirmUrl(once.url);
        expect(twice).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on URLs written without scheme, in upper case, with default ports (property)', () => {
    const label = fc.stringMatching(/^[a-zA-Z0-9]([a-zA-Z0-9-]{0,8}[a-zA-Z0-9])?$/);
    const written = fc
      .record({
        scheme: fc.constantFrom('', 'http://', 'HTTPS://', 'https://'),
        www: fc.boolean(),
        labels: fc.array(label, { minLength: 1, maxLength: 3 }),
        tld: fc.constantFrom('de', 'COM', 'ruhr', 'xn--p1ai'),
        port: fc.constantFrom('', ':80', ':443', ':8080'),
        path: fc.constantFrom('', '/', '/Impressum', '/de/', '/a/b?x=1'),
      })
      .map((p) => `${p.scheme}${p.www ? 'WWW.' : ''}${p.labels.join('.')}.${p.tld}${p.port}${p.path}`);
    fc.assert(
      fc.property(written, (text) => {
        const once = normaliseFirmUrl(text);
        expect(once.ok).toBe(true);
        if (!once.ok) return;
        expect(normaliseFirmUrl(once.url)).toEqual(once);
        expect(once.url).toBe(once.url.replace(/^[^/]*\/\/[^/]*/, (h) => h.toLowerCase()));
      }),
      { numRuns: 500 },
    );
  });
});
