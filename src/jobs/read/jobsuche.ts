// The job-search service's formats (Bundesagentur für Arbeit, jobsuche-service pc/v4): result pages and ad details.
import type { AdRecord } from '../types.js';
import { adFromRecord } from './fields.js';

/** The `source` of every ad from the job-search service. */
export const JOBSUCHE_SOURCE = 'jobsuche';

type Json = Record<string, unknown>;

/** Whether a parsed JSON document is a result page of the job search (`stellenangebote`). */
export function isSearchPage(doc: unknown): doc is Json & { stellenangebote: unknown[] } {
  return isObject(doc) && Array.isArray(doc.stellenangebote);
}

/** Whether a parsed JSON document is the details of one ad (`refnr` with `titel` or `stellenbeschreibung`). */
export function isDetails(doc: unknown): doc is Json {
  return isObject(doc) && 'refnr' in doc && ('stellenbeschreibung' in doc || 'titel' in doc);
}

/**
 * One entry of `stellenangebote`: refnr → id, titel → title (else beruf), arbeitgeber → employer,
 * arbeitsort.plz/ort/koordinaten → postcode, town, lat, lon, aktuelleVeroeffentlichungsdatum → date (else the
 * day of modifikationsTimestamp). A result page has no description: the ad waits for its details.
 */
export function adFromSearchItem(item: unknown, line: number): AdRecord {
  if (!isObject(item)) {
    return {
      line,
      problems: [{ line, field: null, reason: 'an entry of stellenangebote is not an object' }],
    };
  }
  const place = isObject(item.arbeitsort) ? item.arbeitsort : {};
  const record = recordOf(item, place, '');
  const result = adFromRecord(record, line);
  if ('ad' in result) result.ad.detailsPending = true;
  return renamed(result);
}

/** The details of one ad: as a result-page entry, plus `stellenbeschreibung` as the description. */
export function adFromDetails(doc: unknown, line = 1): AdRecord {
  if (!isObject(doc)) {
    return { line, problems: [{ line, field: null, reason: 'the details are not a JSON object' }] };
  }
  const place = firstPlace(doc);
  const description = typeof doc.stellenbeschreibung === 'string' ? doc.stellenbeschreibung : '';
  return renamed(adFromRecord(recordOf(doc, place, description), line));
}

function recordOf(item: Json, place: Json, description: string): Json {
  const coordinates = isObject(place.koordinaten) ? place.koordinaten : {};
  const date =
    item.aktuelleVeroeffentlichungsdatum ??
    (typeof item.modifikationsTimestamp === 'string' ? item.modifikationsTimestamp.slice(0, 10) : undefined);
  return {
    id: item.refnr,
    title: item.titel ?? item.beruf,
    description,
    employer: item.arbeitgeber ?? '',
    postcode: place.plz ?? null,
    town: place.ort ?? null,
    date,
    source: JOBSUCHE_SOURCE,
    lat: coordinates.lat ?? null,
    lon: coordinates.lon ?? null,
  };
}

/** The work place of the details: `arbeitsorte[0]` (older versions) or `stellenlokationen[0].adresse`. */
function firstPlace(doc: Json): Json {
  if (Array.isArray(doc.arbeitsorte) && isObject(doc.arbeitsorte[0])) return doc.arbeitsorte[0];
  if (Array.isArray(doc.stellenlokationen) && isObject(doc.stellenlokationen[0])) {
    const location = doc.stellenlokationen[0];
    if (isObject(location.adresse)) {
      return { ...location.adresse, koordinaten: location.koordinaten ?? location.adresse.koordinaten };
    }
  }
  if (isObject(doc.arbeitsort)) return doc.arbeitsort;
  return {};
}

/** Problems named by the service's own field names, so that a user finds them in the file. */
function renamed(result: AdRecord): AdRecord {
  if ('ad' in result) return result;
  const names: Record<string, string> = {
    id: 'refnr',
    title: 'titel',
    employer: 'arbeitgeber',
    postcode: 'arbeitsort.plz',
    town: 'arbeitsort.ort',
    date: 'aktuelleVeroeffentlichungsdatum',
    lat: 'arbeitsort.koordinaten.lat',
    lon: 'arbeitsort.koordinaten.lon',
  };
  return {
    line: result.line,
    problems: result.problems.map((p) => ({ ...p, field: p.field ? (names[p.field] ?? p.field) : null })),
  };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
