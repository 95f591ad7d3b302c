// Which pages of a firm's site to fetch first: home page, imprint, about us, products and services, careers.

/** Path words by category, most informative first; matched against the lower-cased path. */
const CATEGORIES: RegExp[] = [
  /(^|[/_-])(impressum|imprint|legal-notice|legal|anbieterkennzeichnung)([/._-]|$)/,
  /(^|[/_-])(ueber-uns|uber-uns|über-uns|about|about-us|unternehmen|company|firma|wir|team|geschichte|history|profil|philosophie)([/._-]|$)/,
  /(^|[/_-])(leistungen|leistung|produkte|produkt|products|product|services|service|dienstleistungen|loesungen|lösungen|solutions|angebot|angebote|portfolio|kompetenzen|branchen|referenzen|technologie|technology|digital\w*|software|shop)([/._-]|$)/,
  /(^|[/_-])(karriere|jobs|job|careers|career|stellenangebote|stellen|ausbildung)([/._-]|$)/,
];

/** Paths that rarely say anything about the firm: legal boilerplate, accounts, carts, feeds, searches. */
const LOW_VALUE =
  /(^|[/_-])(datenschutz|privacy|cookie\w*|agb|terms|login|logout|anmelden|register|warenkorb|cart|checkout|account|konto|suche|search|feed|rss|tag|tags|print|drucken|wp-admin|wp-login|cgi-bin)([/._-]|$)/;

/** Extensions that are not HTML; such links are never queued. */
export const NON_HTML_EXTENSION =
  /\.(pdf|jpe?g|png|gif|webp|svg|ico|bmp|tiff?|mp[34]|m4a|mov|avi|wmv|webm|ogg|wav|zip|gz|tgz|rar|7z|exe|dmg|msi|docx?|xlsx?|pptx?|odt|ods|csv|xml|json|js|css|woff2?|ttf|eot|ics|vcf|apk)$/i;

/**
 * The priority of a URL within its site: lower is fetched earlier. The category (home 0, imprint 1, about 2,
 * products/services 3, careers 4, other 6, low-value 8) dominates; within one, shallower and shorter paths
 * come first, and a query string costs a little.
 */
export function urlPriority(url: URL): number {
  const path = decodeSafe(url.pathname).toLowerCase();
  const segments = path.split('/').filter((s) => s !== '');
  let category: number;
  if (segments.length === 0 || /^\/(index|home|start|startseite)(\.\w+)?\/?$/.test(path)) category = 0;
  else if (LOW_VALUE.test(path)) category = 8;
  else {
    const found = CATEGORIES.findIndex((re) => re.test(path));
    category = found === -1 ? 6 : found + 1;
  }
  const length = Math.min(path.length + (url.search === '' ? 0 : 40 + url.search.length), 899);
  return category * 10_000 + segments.length * 1_000 + length;
}

function decodeSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
