// UI texts in German (default) and English; data (names of units, indicators) come from the API.
import type { Language } from './state.js';

export type { Language };

const texts = {
  skip: { de: 'Zum Inhalt springen', en: 'Skip to content' },
  siteTitle: { de: 'Digital-Index', en: 'Digital Index' },
  mainNav: { de: 'Hauptnavigation', en: 'Main navigation' },
  language: { de: 'Sprache', en: 'Language' },
  switchTo: { de: 'English', en: 'Deutsch' },
  switchToLabel: { de: 'Switch to English', en: 'Auf Deutsch umschalten' },
  edition: { de: 'Ausgabe', en: 'Edition' },
  loading: { de: 'Daten werden geladen …', en: 'Loading data …' },
  loadError: { de: 'Die Daten konnten nicht geladen werden', en: 'The data could not be loaded' },
  syntheticTitle: { de: 'Synthetische Demodaten', en: 'Synthetic demo data' },
  syntheticText: {
    de: 'Diese Ausgabe zeigt synthetische Demodaten. Nur Namen, Schlüssel, Fläche, Bevölkerung und Lage der Kommunen sind echt.',
    en: 'This edition shows synthetic demo data. Only the names, keys, areas, populations and locations of the municipalities are real.',
  },
  'view.overview': { de: 'Überblick', en: 'Overview' },
  'view.map': { de: 'Karte', en: 'Map' },
  'view.profile': { de: 'Kommunenprofil', en: 'Municipality profile' },
  'view.compare': { de: 'Vergleich', en: 'Comparison' },
  'view.regions': { de: 'Metropolregionen', en: 'Metropolitan regions' },
  'view.weights': { de: 'Gewichte', en: 'Weights' },
  'view.methodology': { de: 'Methodik', en: 'Methodology' },
  'view.downloads': { de: 'Downloads', en: 'Downloads' },
  colourBy: { de: 'Einfärben nach', en: 'Colour by' },
  ranking: { de: 'Rangliste', en: 'Ranking' },
  rank: { de: 'Rang', en: 'Rank' },
  municipality: { de: 'Kommune', en: 'Municipality' },
  region: { de: 'Metropolregion', en: 'Metropolitan region' },
  score: { de: 'Punktwert', en: 'Score' },
  value: { de: 'Wert', en: 'Value' },
  sortBy: {
    de: 'Karte nach dieser Spalte einfärben und sortieren',
    en: 'Colour the map by this column and sort',
  },
  legend: { de: 'Legende', en: 'Legend' },
  noData: { de: 'keine Daten', en: 'no data' },
  schematic: { de: 'Schematische Karte', en: 'Schematic map' },
  schematicNote: {
    de: 'Schematische Karte: Zellen um die Mittelpunkte der Kommunen, keine Gemeindegrenzen. Mit „digitalindex geodata import“ lassen sich echte Grenzen einlesen.',
    en: 'Schematic map: cells around the centres of the municipalities, not their boundaries. Import real boundaries with “digitalindex geodata import”.',
  },
  boundaryMap: { de: 'Karte der Gemeindegrenzen', en: 'Map of municipal boundaries' },
  mapLabel: { de: 'Karte der Kommunen, eingefärbt nach', en: 'Map of the municipalities, coloured by' },
  mapTable: { de: 'Tabelle zur Karte', en: 'Table for the map' },
  chooseMunicipality: { de: 'Kommune wählen', en: 'Choose a municipality' },
  show: { de: 'Anzeigen', en: 'Show' },
  index: { de: 'Index', en: 'Index' },
  subIndices: { de: 'Teilindizes', en: 'Sub-indices' },
  indicators: { de: 'Indikatoren', en: 'Indicators' },
  indicator: { de: 'Indikator', en: 'Indicator' },
  node: { de: 'Index / Teilindex', en: 'Index / sub-index' },
  rankInterval: { de: 'Rang-Unsicherheit (5–95 %)', en: 'Rank uncertainty (5–95 %)' },
  rankIntervalText: {
    de: 'Rang {rank}; in 90 % der Simulationen zwischen Rang {p5} und {p95} (Median {median}).',
    en: 'Rank {rank}; in 90 % of simulations between rank {p5} and {p95} (median {median}).',
  },
  ruhrMedian: { de: 'Median Ruhr', en: 'Ruhr median' },
  similarMean: { de: 'Mittel ähnlicher Kommunen', en: 'Mean of similar municipalities' },
  similar: { de: 'Die fünf ähnlichsten Kommunen', en: 'The five most similar municipalities' },
  strengths: { de: 'Stärken', en: 'Strengths' },
  weaknesses: { de: 'Schwächen', en: 'Weaknesses' },
  change: { de: 'Veränderung zur Vorausgabe', en: 'Change since the previous edition' },
  previous: { de: 'Vorausgabe', en: 'Previous edition' },
  rankChange: { de: 'Rangänderung', en: 'Rank change' },
  sources: { de: 'Quellen', en: 'Sources' },
  raw: { de: 'Rohwert', en: 'Raw value' },
  flagImputed: { de: 'geschätzt', en: 'imputed' },
  flagDistrict: { de: 'Kreiswert', en: 'district value' },
  flagConfidential: { de: 'vertraulich', en: 'confidential' },
  compareChoose: { de: 'Kommunen für den Vergleich (2 bis 5)', en: 'Municipalities to compare (2 to 5)' },
  compareHint: {
    de: 'Wählen Sie zwei bis fünf Kommunen aus.',
    en: 'Choose two to five municipalities.',
  },
  compareTooMany: { de: 'Höchstens fünf Kommunen.', en: 'Five municipalities at most.' },
  add: { de: 'Hinzufügen', en: 'Add' },
  remove: { de: 'Entfernen: {name}', en: 'Remove: {name}' },
  focus: { de: 'Fokusregion', en: 'Focus region' },
  regionsIntro: {
    de: 'Die Metropolregionen im Vergleich; die Metropole Ruhr ist hervorgehoben.',
    en: 'The metropolitan regions compared; the Ruhr is highlighted.',
  },
  weightsIntro: {
    de: 'Verändern Sie die Gewichte der Teilindizes: die Rangliste wird sofort im Browser neu berechnet. Der Link unten gibt die gewählten Gewichte wieder.',
    en: 'Change the weights of the sub-indices: the ranking is recomputed at once in the browser. The link below reproduces the chosen weights.',
  },
  weight: { de: 'Gewicht', en: 'Weight' },
  share: { de: 'Anteil', en: 'Share' },
  reset: { de: 'Zurücksetzen', en: 'Reset' },
  weightsLink: { de: 'Link zu diesen Gewichten', en: 'Link to these weights' },
  officialRank: { de: 'Offizieller Rang', en: 'Official rank' },
  newRank: { de: 'Neuer Rang', en: 'New rank' },
  newScore: { de: 'Neuer Index', en: 'New index' },
  weightsZero: {
    de: 'Mindestens ein Gewicht muss größer als null sein.',
    en: 'At least one weight must be above zero.',
  },
  methodologyIntro: {
    de: 'Aus der Spezifikation der Ausgabe erzeugt.',
    en: 'Generated from the edition’s specification.',
  },
  direction: { de: 'Richtung', en: 'Direction' },
  unit: { de: 'Einheit', en: 'Unit' },
  normalisation: { de: 'Normierung', en: 'Normalisation' },
  version: { de: 'Version', en: 'Version' },
  otherSteps: { de: 'Auswahl / Imputation / Behandlung', en: 'Screening / imputation / treatment' },
  ags: { de: 'AGS (Gemeindeschlüssel)', en: 'AGS (municipality key)' },
  aggregation: { de: 'Aggregation', en: 'Aggregation' },
  source: { de: 'Quelle', en: 'Source' },
  licence: { de: 'Lizenz', en: 'Licence' },
  editions: { de: 'Ausgaben', en: 'Editions' },
  computedAt: { de: 'Berechnet am', en: 'Computed on' },
  positive: { de: 'positiv', en: 'positive' },
  negative: { de: 'negativ', en: 'negative' },
  downloadsIntro: {
    de: 'Alle Tabellen als CSV und XLSX, die Ergebnisse als JSON, die Kartendaten als GeoJSON.',
    en: 'Every table as CSV and XLSX, the results as JSON, the map data as GeoJSON.',
  },
  table: { de: 'Tabelle', en: 'Table' },
  'table.municipalities': { de: 'Kommunen', en: 'Municipalities' },
  'table.regions': { de: 'Metropolregionen', en: 'Metropolitan regions' },
  mapData: { de: 'Kartendaten (GeoJSON)', en: 'Map data (GeoJSON)' },
  embed: { de: 'Zum Einbetten', en: 'For embedding' },
  embedMap: { de: 'Karte einbetten (HTML)', en: 'Embed the map (HTML)' },
  embedChart: { de: 'Rangliste einbetten (HTML)', en: 'Embed the ranking (HTML)' },
  openFull: { de: 'Vollständiges Dashboard öffnen', en: 'Open the full dashboard' },
  notFound: { de: 'Nicht gefunden', en: 'Not found' },
  unknownUnit: { de: 'Unbekannte Kommune: {code}', en: 'Unknown municipality: {code}' },
  population: { de: 'Einwohner', en: 'Population' },
  type: { de: 'Typ', en: 'Type' },
  district: { de: 'Kreis', en: 'District' },
  profileOf: { de: 'Profil', en: 'Profile' },
  vsMedian: { de: 'Abstand zum Median', en: 'Difference to median' },
  barsNote: {
    de: 'Balken: Punktwert der Kommune (0–100); Strich: Median Ruhr.',
    en: 'Bars: the municipality’s score (0–100); tick: Ruhr median.',
  },
  notAvailable: { de: 'nicht verfügbar', en: 'not available' },
  footer: {
    de: 'digitalindex – offener Quellcode. Zahlenformat: Deutsch.',
    en: 'digitalindex – open source. Number format: British English.',
  },
} as const;

export type TextKey = keyof typeof texts;

let language: Language = 'de';

export function current(): Language {
  return language;
}

export function setLanguage(next: Language): void {
  language = next;
  document.documentElement.lang = next;
}

/** The UI text for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: TextKey, values: Record<string, string> = {}): string {
  const text: string = texts[key][language];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** A text given in both languages by the API. */
export function pick(de: string | null | undefined, en: string | null | undefined): string {
  return (language === 'de' ? de || en : en || de) ?? '';
}
