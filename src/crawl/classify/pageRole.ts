// What a page is for, judged from its URL: legal pages (privacy, terms) never count as evidence of affinity.

const LEGAL_PATH =
  /\/(?:datenschutz|privacy|data-protection|dsgvo|agb|terms|cookie|nutzungsbedingungen|haftungsausschluss|disclaimer)/i;
const IMPRINT_PATH = /\/(?:impressum|imprint|legal-notice|kontakt|contact)/i;

export type PageRole = 'legal' | 'imprint' | 'content';

export function pageRole(url: string): PageRole {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not an absolute URL: judge the string as it is
  }
  if (LEGAL_PATH.test(path)) return 'legal';
  if (IMPRINT_PATH.test(path)) return 'imprint';
  return 'content';
}
