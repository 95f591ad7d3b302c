// The views by name: each renders the main content of the page from the context.
import type { Context } from '../context.js';
import type { View } from '../state.js';
import { compare } from './compare.js';
import { downloads } from './downloads.js';
import { mapView } from './mapView.js';
import { methodology } from './methodology.js';
import { overview } from './overview.js';
import { profile } from './profile.js';
import { regions } from './regions.js';
import { weights } from './weights.js';

export const views: Record<View, (context: Context) => Promise<Node[]>> = {
  overview,
  map: mapView,
  profile,
  compare,
  regions,
  weights,
  methodology,
  downloads,
};
