// The synthetic-data notice every payload of a synthetic edition carries.
import type { Edition } from '../../store/editions.js';
import type { EditionScoped, Text } from './types.js';

export const SYNTHETIC_NOTICE: Text = {
  de: 'Synthetische Demodaten: keine amtlichen Statistiken. Nur Namen, Schlüssel, Fläche, Einwohnerzahl und Koordinaten der Kommunen sind echt.',
  en: 'Synthetic demo data: not official statistics. Only the names, keys, areas, population and coordinates of the municipalities are real.',
};

export function editionScope(edition: Pick<Edition, 'year' | 'synthetic'>): EditionScoped {
  return {
    edition: edition.year,
    synthetic: edition.synthetic,
    notice: edition.synthetic ? SYNTHETIC_NOTICE : null,
  };
}
