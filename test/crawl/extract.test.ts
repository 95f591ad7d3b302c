import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { BodyDecoder } from '../../src/crawl/extract/decodeStream.js';
import {
  charsetFromContentType,
  detectCharset,
  looksBinary,
  looksLikeUtf8,
} from '../../src/crawl/extract/charset.js';
import { HtmlExtractor } from '../../src/crawl/extract/extractor.js';
import { detectLanguage } from '../../src/crawl/extract/language.js';
import { hammingDistance, simhash } from '../../src/crawl/extract/simhash.js';
import { parseSitemap, sitemapText } from '../../src/crawl/sitemap.js';

function extract(html: string, url = 'https://firma.de/a/'): ReturnType<HtmlExtractor['end']> {
  const x = new HtmlExtractor(url);
  // fed in small pieces, as a stream arrives
  for (let i = 0; i < html.length; i += 7) x.write(html.slice(i, i + 7));
  return x.end();
}

describe('HtmlExtractor', () => {
  it('keeps visible content, drops navigation, header, footer, scripts, styles, cookie banners and hidden parts', () => {
    const r = extract(
      '<html lang="de-DE"><head><title>Tischlerei &amp; Co</title><meta name="description" content="Möbel nach Maß"></head><body>' +
        '<header>Logo</header><nav><a href="/x">Menü</a></nav><div id="cookie-consent">Cookies?</div>' +
        '<h1>Tischlerei</h1><p>Wir bauen <b>Möbel</b> nach Maß.</p><ul><li>Küchen</li><li>Türen</li></ul>' +
        '<div hidden>versteckt</div><script>alert(1)</script><style>p{}</style><footer>Impressum</footer></body></html>',
    );
    expect(r.text).toBe('Tischlerei\nWir bauen Möbel nach Maß.\nKüchen\nTüren');
    expect(r.title).toBe('Tischlerei & Co');
    expect(r.description).toBe('Möbel nach Maß');
    expect(r.declaredLang).toBe('de-DE');
    expect(r.scripts).toBe(1);
  });

  it('collects links from anchors, frames and meta refresh, resolved against the page or <base>', () => {
    const r = extract(
      '<head><base href="https://firma.de/basis/"><meta http-equiv="refresh" content="0; URL=/neu"></head>' +
        '<a href="seite">x</a><a href="mailto:a@b.de">m</a><a href="javascript:void(0)">j</a><frame src="/rahmen">',
    );
    expect(r.links.sort()).toEqual([
      'https://firma.de/basis/seite',
      'https://firma.de/neu',
      'https://firma.de/rahmen',
    ]);
  });

  it('reads robots meta directives', () => {
    expect(extract('<meta name="robots" content="noindex, nofollow">')).toMatchObject({
      noindex: true,
      nofollow: true,
    });
    expect(extract('<meta name="robots" content="index">')).toMatchObject({
      noindex: false,
      nofollow: false,
    });
  });
});

describe('charset detection and decoding', () => {
  const text = '<p>Grüße aus Köln – 5 €</p>';
  it('takes the HTTP charset, maps ISO-8859-1 to Windows-1252, and sniffs <meta> and BOM', () => {
    expect(charsetFromContentType('text/html; charset="ISO-8859-1"')).toBe('windows-1252');
    expect(detectCharset(Buffer.from('<meta charset="utf-8">'), 'text/html').charset).toBe('utf-8');
    expect(detectCharset(Buffer.from('<meta charset=latin1>'), undefined).charset).toBe('windows-1252');
    expect(detectCharset(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'text/html; charset=latin1')).toMatchObject({
      charset: 'utf-8',
      bomLength: 3,
    });
    expect(detectCharset(iconv.encode('Grüße', 'win1252'), undefined).charset).toBe('windows-1252');
    expect(detectCharset(Buffer.from('Grüße'), undefined).charset).toBe('utf-8');
  });

  it('decodes a Windows-1252 body split at arbitrary chunk boundaries', () => {
    const bytes = iconv.encode(
      `<html><head><meta charset="windows-1252"></head><body>${text.repeat(100)}</body></html>`,
      'win1252',
    );
    let out = '';
    const decoder = new BodyDecoder('text/html', { text: (t) => (out += t) });
    for (let i = 0; i < bytes.length; i += 13) decoder.write(bytes.subarray(i, i + 13));
    decoder.end();
    expect(decoder.charset).toBe('windows-1252');
    expect(out).toContain(text.repeat(100));
  });

  it('recognises UTF-8 and binary content', () => {
    expect(looksLikeUtf8(Buffer.from('Straße'))).toBe(true);
    expect(looksLikeUtf8(Buffer.from([0x53, 0xdf, 0x65]))).toBe(false);
    expect(looksBinary(Buffer.from('%PDF-1.7 ...'))).toBe(true);
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe(true);
    expect(looksBinary(Buffer.from('<html>Grüße</html>'))).toBe(false);
  });
});

describe('language, near-duplicates, sitemaps', () => {
  it('detects German and English by stop words, else falls back to the declared language', () => {
    expect(detectLanguage('Wir sind ein Unternehmen und arbeiten mit der Region für die Kunden.', null)).toBe(
      'de',
    );
    expect(detectLanguage('We are a company and we work with the region for our customers.', 'de')).toBe(
      'en',
    );
    expect(detectLanguage('Kontakt', 'fr-FR')).toBe('fr');
    expect(detectLanguage('', null)).toBeNull();
  });

  it('gives near-identical texts near SimHashes and different texts distant ones', () => {
    const base =
      'Wir sind ein Familienunternehmen aus Dortmund und fertigen seit vielen Jahren Treppen Geländer und Balkone aus Stahl und Edelstahl für private und gewerbliche Kunden in der ganzen Region. ' +
      'Unsere Werkstatt liegt im Norden der Stadt, nahe der Autobahn, und wir beschäftigen heute zwanzig Mitarbeiterinnen und Mitarbeiter, darunter vier Auszubildende im Metallbau. ' +
      'Von der Beratung über das Aufmaß bis zur Montage erhalten Sie alles aus einer Hand, termingerecht und zu fairen Preisen, mit Garantie auf alle Schweißarbeiten und Oberflächen.';
    const a = simhash(base)!;
    const b = simhash(`${base} heute`)!;
    const c = simhash(
      'Our bakery sells bread rolls cakes and coffee every morning from six o clock in the city centre of Essen near the station',
    )!;
    expect(hammingDistance(a, a)).toBe(0);
    expect(hammingDistance(a, b)).toBeLessThanOrEqual(3);
    expect(hammingDistance(a, c)).toBeGreaterThan(10);
    expect(simhash('zu kurz')).toBeNull();
  });

  it('reads URL sets and sitemap indexes', () => {
    expect(
      parseSitemap(
        '<urlset><url><loc> https://f.de/a </loc></url><url><loc>https://f.de/b</loc></url></urlset>',
      ),
    ).toEqual({ pages: ['https://f.de/a', 'https://f.de/b'], sitemaps: [] });
    expect(
      parseSitemap(
        '<sm:sitemapindex xmlns:sm="x"><sm:sitemap><sm:loc>https://f.de/s.xml</sm:loc></sm:sitemap></sm:sitemapindex>',
      ),
    ).toEqual({ pages: [], sitemaps: ['https://f.de/s.xml'] });
  });

  it('unpacks gzipped sitemaps up to a size limit; a broken or too large one is skipped', () => {
    const xml = '<urlset><url><loc>https://f.de/a</loc></url></urlset>';
    expect(sitemapText(Buffer.from(xml), 1000)).toBe(xml);
    expect(sitemapText(gzipSync(xml), 1000)).toBe(xml);
    expect(sitemapText(gzipSync('x'.repeat(10_000)), 1000)).toBeNull(); // a zip bomb in small
    expect(sitemapText(Buffer.from([0x1f, 0x8b, 1, 2, 3]), 1000)).toBeNull();
  });
});
