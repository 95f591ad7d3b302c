// The 30+ simulated firm sites of the test web, each showing one behaviour the crawler must handle.
import { gzipSync } from 'node:zlib';
import { page, type Reply, type SiteDefinition } from './server.js';

const LOREM_DE =
  'Wir sind ein Familienunternehmen aus dem Ruhrgebiet und arbeiten seit vielen Jahren für unsere Kunden in der Region. ' +
  'Unsere Mitarbeiter sind gut ausgebildet und haben viel Erfahrung mit den Aufgaben, die auf sie zukommen.';

/** A firm site: home page linking impressum, about, services and careers, with `services` as the services text. */
function firm(name: string, services: string, extra: Record<string, Reply> = {}): SiteDefinition {
  const links = ['/impressum', '/ueber-uns', '/leistungen', '/karriere'];
  const pages: Record<string, Reply> = {
    '/robots.txt': { status: 404, body: '' },
    '/': page(`${name} – Startseite`, `<h1>${name}</h1><p>${LOREM_DE}</p>`, links),
    '/impressum': page(
      `Impressum ${name}`,
      `<h1>Impressum</h1><p>${name} GmbH, Musterstraße 1, 44135 Dortmund. Geschäftsführer: Max Mustermann. Gegründet 2021.</p>`,
      links,
    ),
    '/ueber-uns': page(
      `Über uns`,
      `<h1>Über uns</h1><p>${LOREM_DE} Wir sind ein Team von zwölf Leuten.</p>`,
      links,
    ),
    '/leistungen': page(`Leistungen`, `<h1>Leistungen</h1><p>${services}</p>`, links),
    '/karriere': page(
      `Karriere`,
      `<h1>Karriere</h1><p>Wir suchen Verstärkung für unser Team in Dortmund und Essen.</p>`,
      links,
    ),
    ...extra,
  };
  return { name, handler: (path) => pages[path] };
}

function latin1(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

/** Windows-1252 bytes: latin1 plus € (0x80) and the German quotes „ (0x84) “ (0x93). */
function cp1252(text: string): Buffer {
  const special: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '–': 0x96 };
  return Buffer.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

/** About 5.6 MB of HTML, built once. */
const HUGE_PAGE: Reply = page(
  'Riesige Seite',
  `<p>Anfang.</p>${'<p>Viel Text über Produkte und Leistungen. </p>'.repeat(120_000)}`,
);

export const ISO_TEXT = 'Bäckerei Müller: frische Brötchen für Groß und Klein, täglich geöffnet.';
export const CP1252_TEXT = '„Qualität“ zum fairen Preis – ab 5 € pro Stück, Öffnungszeiten ändern sich.';

export const SITES: SiteDefinition[] = [
  firm('plain', 'Wir entwickeln Software und Apps für die Cloud, mit Schnittstellen (API) und Online-Shop.'),
  firm('craft', 'Heizung, Sanitär und Bäder: Wir planen und bauen Ihr neues Bad.'),
  firm('retail', 'Unser Geschäft in der Innenstadt führt Mode und Schuhe. Besuchen Sie uns.'),
  firm(
    'itservice',
    'IT-Service, Cloud-Migration, Cyber Security und Datenanalyse für den Mittelstand. Wir setzen künstliche Intelligenz und maschinelles Lernen ein.',
  ),
  firm(
    'agency',
    'Webdesign, Online-Marketing und Social Media für Unternehmen. Wir bauen Websites und Online-Shops.',
  ),
  firm('bakery', 'Brot, Brötchen und Kuchen aus eigener Herstellung.'),
  firm(
    'startup',
    'Wir entwickeln eine KI-Plattform mit Large Language Models und Computer Vision für die Industrie 4.0.',
  ),
  firm('manufacturer', 'Wir fertigen Präzisionsteile aus Stahl für den Maschinenbau.'),
  {
    name: 'english',
    handler: (path) =>
      ({
        '/robots.txt': { status: 404, body: '' },
        '/': page(
          'Acme Ltd',
          '<h1>Welcome</h1><p>We are a software company and we build cloud products for our customers. Our team is based in Essen and we are proud of the work that we do for them.</p>',
          [],
        ),
      })[path],
  },
  {
    name: 'robotsDisallow',
    handler: (path) =>
      ({
        '/robots.txt': {
          headers: { 'content-type': 'text/plain' },
          body: 'User-agent: *\nDisallow: /intern/\n\nUser-agent: digitalindex\nDisallow: /intern/\nDisallow: /privat\n',
        },
        '/': page('Firma mit robots.txt', `<p>${LOREM_DE}</p>`, [
          '/intern/geheim',
          '/privat-bereich',
          '/impressum',
        ]),
        '/intern/geheim': page('Geheim', '<p>darf nicht geholt werden</p>'),
        '/privat-bereich': page('Privat', '<p>darf nicht geholt werden</p>'),
        '/impressum': page('Impressum', '<p>Impressum der Firma.</p>'),
      })[path],
  },
  {
    name: 'robots500',
    handler: (path) =>
      path === '/robots.txt'
        ? { status: 500, body: 'kaputt' }
        : page('Firma', `<p>${LOREM_DE}</p>`, ['/impressum']),
  },
  {
    name: 'robotsUnreachable',
    // robots.txt answers only after the crawler's time-out: treated like a server error (disallow all).
    handler: (path) =>
      path === '/robots.txt'
        ? { delayMs: 12_000, body: 'User-agent: *\nAllow: /' }
        : page('Firma', `<p>${LOREM_DE}</p>`),
  },
  {
    name: 'crawlDelay',
    handler: (path) =>
      ({
        '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nCrawl-delay: 1\n' },
        '/': page('Langsam bitte', `<p>${LOREM_DE}</p>`, ['/a', '/b', '/c']),
        '/a': page('A', '<p>Seite A mit eigenem Inhalt über Werkzeuge.</p>', ['/b']),
        '/b': page('B', '<p>Seite B mit eigenem Inhalt über Maschinen.</p>', ['/c']),
        '/c': page('C', '<p>Seite C mit eigenem Inhalt über Fahrzeuge.</p>', ['/a']),
      })[path],
  },
  {
    name: 'redirectChain',
    handler: (path) =>
      ({
        '/robots.txt': { status: 404 },
        '/': { status: 301, headers: { location: '/start' } },
        '/start': { status: 302, headers: { location: '/de/start' } },
        '/de/start': page('Ziel der Kette', `<p>Angekommen nach zwei Umleitungen. ${LOREM_DE}</p>`, [
          '/loop-a',
          '/impressum',
        ]),
        '/loop-a': { status: 302, headers: { location: '/loop-b' } },
        '/loop-b': { status: 302, headers: { location: '/loop-a' } },
        '/impressum': page('Impressum', '<p>Impressum der Kette.</p>'),
      })[path],
  },
  {
    name: 'homeLoop',
    handler: (path) =>
      ({
        '/robots.txt': { status: 404 },
        '/': { status: 302, headers: { location: '/x' } },
        '/x': { status: 302, headers: { location: '/' } },
      })[path],
  },
  {
    name: 'moved',
    handler: (path, urls) =>
      path === '/robots.txt'
        ? { status: 404 }
        : { status: 301, headers: { location: `${urls.movedTarget}/` } },
  },
  firm('movedTarget', 'Neue Website nach dem Umzug: Digitalisierung und Cloud-Lösungen.'),
  {
    name: 'slow',
    handler: (path) =>
      ({
        '/robots.txt': { status: 404 },
        '/': page('Langsame Firma', `<p>${LOREM_DE}</p>`, ['/langsam', '/impressum']),
        '/langsam': { delayMs: 12_000, ...page('Zu spät', '<p>kommt nach dem Time-out</p>') },
        '/impressum': page('Impressum', '<p>Impressum der langsamen Firma.</p>'),
      })[path],
  },
  {
    name: 'huge',
    handler: (path) => (path === '/robots.txt' ? { status: 404 } : path === '/' ? HUGE_PAGE : undefined),
  },
  {
    name: 'binary',
    handler: (path) =>
      ({
        '/robots.txt': { status: 404 },
        '/': page('Binär verlinkt', `<p>${LOREM_DE}</p>`, ['/bild']),
        '/bild': {
          headers: { 'content-type': 'text/html' },
          body: Buffer.concat([
            Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
            Buffer.alloc(3000, 0),
          ]),
        },
      })[path],
  },
  {
    name: 'notFound',
    handler: (path) =>
      ({
        '/robots.txt': { status: 404 },
        '/': page('Firma mit toten Links', `<p>${LOREM_DE}</p>`, [
          '/gibt-es-nicht',
          '/auch-nicht',
          '/impressum',
        ]),
        '/impressum': page('Impressum', '<p>Impressum.</p>'),
      })[path],
  },
  {
    name: 'trap',
    handler: (path) => {
      if (path === '/robots.txt') return { status: 404 };
      const url = new URL(path, 'http://x');
      const cal = /^\/kalender\/(\d+)\/(\d+)$/.exec(url.pathname);
      if (url.pathname === '/' || cal) {
        const [y, m] = cal ? [Number(cal[1]), Number(cal[2])] : [2024, 1];
        const next = m === 12 ? `/kalender/${y + 1}/1` : `/kalender/${y}/${m + 1}`;
        const session = `?PHPSESSID=${Math.random().toString(36).slice(2)}`;
        return page(`Kalender ${y}/${m}`, `<p>Termine im Monat ${m} des Jahres ${y}: keine.</p>`, [
          next,
          `${next}${session}`,
          `/a/b/a/b/a/b${url.pathname}`,
          `/suche?q=${m}&a=1&b=2&c=3&d=4&e=5&f=6`,
        ]);
      }
      if (url.pathname.startsWith('/a/b/'))
        return page('Schleife', '<p>Pfad wiederholt sich.</p>', [`${url.pathname}/a/b`]);
      return undefined;
    },
  },
  {
    name: 'iso',
    handler: (path) =>
      ({
        '/robots.txt': { status: 404 },
        '/': {
          headers: { 'content-type': 'text/html; charset=ISO-8859-1' },
          body: latin1(
            `<html lang="de"><head><title>Bäckerei Müller</title></head><body><p>${ISO_TEXT}</p></body></html>`,
          ),
        },
      })[path],
  },
  {
    name: 'cp1252',
    handler: (path) =>
      ({
        '/robots.txt': { status: 404 },
        '/': {
          headers: { 'content-type': 'text/html' },
          body: cp1252(
            `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Laden</title></head><body><p>${CP1252_TEXT}</p></body></html>`,
          ),
        },
      })[path],
  },
  {
    name: 'jsOnly',
    handler: (path) =>
      ({
        '/robots.txt': { status: 404 },
        '/': {
          body: '<!DOCTYPE html><html><head><title>App</title></head><body><div id="app"></div><noscript>Bitte JavaScript aktivieren.</noscript><script>document.getElementById("app").textContent = "Wir machen Cloud-Software";</script></body></html>',
        },
      })[path],
  },
  {
    name: 'sitemap',
    handler: (path, urls) =>
      ({
        '/robots.txt': {
          headers: { 'content-type': 'text/plain' },
          body: `User-agent: *\nAllow: /\nSitemap: ${urls.sitemap}/sitemap_index.xml\n`,
        },
        '/sitemap_index.xml': {
          headers: { 'content-type': 'application/xml' },
          body: `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${urls.sitemap}/sitemap-pages.xml.gz</loc></sitemap></sitemapindex>`,
        },
        // gzipped, as a file (no Content-Encoding), the way many CMS publish their sitemaps
        '/sitemap-pages.xml.gz': {
          headers: { 'content-type': 'application/gzip' },
          body: gzipSync(
            `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${urls.sitemap}/versteckt</loc></url><url><loc>${urls.plain}/fremd</loc></url></urlset>`,
          ),
        },
        '/': page('Firma mit Sitemap', `<p>${LOREM_DE}</p>`),
        '/versteckt': page(
          'Nur in der Sitemap',
          '<p>Diese Seite ist nicht verlinkt, steht aber in der Sitemap.</p>',
        ),
      })[path],
  },
  (() => {
    let calls = 0;
    return {
      name: 'tooMany',
      handler: (path: string) => {
        if (path === '/robots.txt') return { status: 404 };
        if (path === '/') return page('Firma mit Drossel', `<p>${LOREM_DE}</p>`, ['/leistungen']);
        if (path === '/leistungen') {
          calls++;
          return calls === 1
            ? { status: 429, headers: { 'retry-after': '1' }, body: 'zu viele Anfragen' }
            : page('Leistungen', '<p>Nach der Pause.</p>');
        }
        return undefined;
      },
    };
  })(),
  {
    name: 'nearDup',
    handler: (path) => {
      const text = `${LOREM_DE} ${LOREM_DE} Unser Produkt ist das beste auf dem Markt und hält sehr lange.`;
      return (
        {
          '/robots.txt': { status: 404 },
          '/': page(
            'Produkte',
            `<p>Startseite mit eigenem Text über die Firma und ihre Geschichte seit 1950.</p>`,
            ['/produkt', '/produkt-druckansicht'],
          ),
          '/produkt': page('Produkt', `<p>${text}</p>`),
          '/produkt-druckansicht': page('Produkt (Druck)', `<p>${text} Druckdatum heute.</p>`),
        } as Record<string, Reply>
      )[path];
    },
  },
  {
    name: 'pdfLink',
    handler: (path) =>
      ({
        '/robots.txt': { status: 404 },
        '/': page('Katalog', `<p>${LOREM_DE}</p>`, ['/katalog', '/prospekt.pdf']),
        '/katalog': { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4 …' },
      })[path],
  },
  {
    name: 'offsite',
    handler: (path, urls) =>
      ({
        '/robots.txt': { status: 404 },
        '/': page('Verlinkt nach außen', `<p>${LOREM_DE}</p>`, [
          `${urls.retail}/`,
          `${urls.bakery}/impressum`,
          'mailto:info@example.de',
          'javascript:void(0)',
          '/impressum#oben',
        ]),
        '/impressum': page('Impressum', '<p>Impressum.</p>'),
      })[path],
  },
  {
    name: 'unavailable',
    handler: (path) =>
      path === '/robots.txt'
        ? { status: 404 }
        : { status: 503, headers: { 'retry-after': '1' }, body: 'Wartung' },
  },
  {
    name: 'priority',
    handler: (path) => {
      const links = [
        '/blog/2019/05/ein-langer-beitrag',
        '/datenschutz',
        '/produkte/alle/uebersicht',
        '/karriere',
        '/ueber-uns',
        '/impressum',
      ];
      const pages: Record<string, Reply> = {
        '/robots.txt': { status: 404 },
        '/': page('Start', `<p>${LOREM_DE}</p>`, links),
      };
      for (const l of links) pages[l] = page(l, `<p>Seite ${l} mit Text.</p>`, links);
      return pages[path];
    },
  },
  {
    name: 'nofollow',
    handler: (path) =>
      ({
        '/robots.txt': { status: 404 },
        '/': page(
          'Nofollow',
          `<p>${LOREM_DE}</p>`,
          ['/nicht-folgen'],
          '<meta name="robots" content="nofollow">',
        ),
        '/nicht-folgen': page('Nicht folgen', '<p>x</p>'),
      })[path],
  },
  {
    name: 'boilerplate',
    handler: (path) =>
      ({
        '/robots.txt': { status: 404 },
        '/': {
          body:
            '<html lang="de"><head><title>  Metallbau   Schmidt </title><meta name="description" content="Metallbau in Bochum"><style>p{color:red}</style></head><body>' +
            '<div class="cookie-banner">Wir verwenden Cookies</div><nav><a href="/a">Menüpunkt</a></nav>' +
            '<main><h1>Metallbau Schmidt</h1><p>Geländer &amp; Treppen aus Stahl.</p><script>var tracking = 1;</script></main>' +
            '<div role="contentinfo">Fußzeile mit Adresse</div><footer>Copyright 2024</footer></body></html>',
        },
        '/a': page('A', '<p>Menüseite.</p>'),
      })[path],
  },
];
