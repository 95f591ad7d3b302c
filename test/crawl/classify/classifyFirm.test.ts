import { describe, expect, it } from 'vitest';
import {
  AI_THRESHOLD,
  CLASSIFIER_VERSION,
  classifyFirm,
  DIGITAL_THRESHOLD,
  type FirmPageText,
} from '../../../src/crawl/classify/index.js';
import { bestFoundingYear, findFoundingYears } from '../../../src/crawl/classify/founded.js';

const page = (path: string, text: string, title = ''): FirmPageText => ({
  url: `https://www.example-firma.de${path}`,
  title,
  description: '',
  text,
  lang: 'de',
});

describe('classifyFirm (contract)', () => {
  it('returns scores, decisions, evidence and the classifier version', () => {
    const result = classifyFirm([
      page(
        '/',
        'Wir sind Ihr IT-Systemhaus für Cloud-Lösungen. Wir entwickeln KI-Lösungen mit maschinellem Lernen.',
      ),
    ]);
    expect(result.digitalAffine).toBe(true);
    expect(result.aiAffine).toBe(true);
    expect(result.digitalScore).toBeGreaterThanOrEqual(DIGITAL_THRESHOLD);
    expect(result.aiScore).toBeGreaterThanOrEqual(AI_THRESHOLD);
    expect(result.classifierVersion).toBe(CLASSIFIER_VERSION);
    expect(result.evidence.map((e) => `${e.kind}:${e.term}`)).toEqual(
      expect.arrayContaining(['digital:IT-Systemhaus', 'digital:Cloud', 'ai:maschinellem Lernen']),
    );
    for (const e of result.evidence) {
      expect(e.snippet.length).toBeLessThanOrEqual(160);
      expect(e.url).toBe('https://www.example-firma.de/');
    }
  });

  it('gives an empty site no affinity and no founding year', () => {
    expect(classifyFirm([])).toMatchObject({
      digitalScore: 0,
      aiScore: 0,
      digitalAffine: false,
      aiAffine: false,
      foundedFromSite: null,
      evidence: [],
    });
  });

  it('does not take Kita, Ski, Kiosk or a mascot called KIKI for AI', () => {
    const result = classifyFirm([
      page(
        '/',
        'Unsere Kita mit Maskottchen KIKI. Ski-Verleih und Kiosk. KIKI freut sich auf euch.',
        'KiTa KIKI',
      ),
    ]);
    expect(result.aiScore).toBe(0);
    expect(result.aiAffine).toBe(false);
  });

  it('ignores social-media links, web-agency credits and privacy pages', () => {
    const result = classifyFirm([
      page(
        '/',
        'Malerbetrieb seit 1987. Folgen Sie uns auf Facebook und Instagram! Webdesign by Pixelfabrik.',
      ),
      page(
        '/datenschutz',
        'Wir nutzen Google Analytics; Daten liegen auf Cloud-Servern. E-Commerce, Software, IoT.',
      ),
    ]);
    expect(result.digitalScore).toBe(0);
    expect(result.digitalAffine).toBe(false);
  });

  it('does not count firms that merely use or sell AI-enabled products as AI-affine', () => {
    for (const text of [
      'Neu im Sortiment: Smartphones mit KI-Kamera und Fernseher mit AI-Upscaling.',
      'Die Texte auf dieser Website wurden mit Unterstützung von ChatGPT erstellt.',
      'Wir nutzen KI-gestützte Diagnostik-Software zur Auswertung von Röntgenbildern.',
    ]) {
      expect(classifyFirm([page('/', text)]).aiAffine, text).toBe(false);
    }
  });

  it('counts each term once per firm however often it appears', () => {
    const once = classifyFirm([page('/', 'Unser Online-Shop.')]);
    const often = classifyFirm([
      page('/', 'Unser Online-Shop. Onlineshop! Online Shop.'),
      page('/shop', 'Online-Shop'),
    ]);
    expect(often.digitalScore).toBe(once.digitalScore);
  });
});

describe('founding year from imprint and about pages', () => {
  const year = (text: string) => bestFoundingYear(findFoundingYears(text))?.year ?? null;

  it('reads explicit founding statements', () => {
    expect(year('Gegründet 2021 von zwei Freunden.')).toBe(2021);
    expect(year('Das Unternehmen wurde 1998 in Essen gegründet.')).toBe(1998);
    expect(year('Gründungsjahr: 2019.')).toBe(2019);
    expect(year('gegruendet am 1. März 2020')).toBe(2020);
    expect(year('Founded in 2016.')).toBe(2016);
  });

  it('reads register entries with dates and "seit"', () => {
    expect(year('Amtsgericht Bochum HRB 19876, eingetragen am 14.03.2022.')).toBe(2022);
    expect(year('Ihr Malerbetrieb seit 1987.')).toBe(1987);
  });

  it('prefers an explicit statement over "seit" and ignores numbers that are no years', () => {
    expect(year('Seit 2005 in Bochum. Gegründet 1962 von Heinrich.')).toBe(1962);
    expect(year('Telefon 0201 2021 55, 1.500 m², Preis 1999,50 Euro')).toBeNull();
    expect(year('Seit über 30 Jahren für Sie da.')).toBeNull();
    expect(year('Seit 2021 bieten wir auch Online-Kurse an.')).toBeNull(); // a change, not the founding
    expect(year('Seit 2021 gibt es unseren neuen Shop. Tradition seit 1950.')).toBe(1950);
  });

  it('reports the year with its evidence', () => {
    const result = classifyFirm([page('/impressum', 'Impressum. Gegründet 2021. HRB 1234.')]);
    expect(result.foundedFromSite).toBe(2021);
    expect(result.evidence).toContainEqual(
      expect.objectContaining({ kind: 'founded', url: 'https://www.example-firma.de/impressum' }),
    );
  });
});
