// With boundaries imported (`geodata import`), the maps draw them instead of the schematic cells.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBoundaries } from '../../src/geodata/importBoundaries.js';
import { listUnits } from '../../src/store/index.js';
import { axeViolations, chromiumMissing, collectErrors, launchChromium, ready } from './browser.js';
import { startServer, type TestServer } from './server.js';

/**
 * A square of about the municipality's area around its centre, its ring counter-clockwise as RFC 7946 asks
 * (d3-geo reads that winding as "the whole sphere but this", which the dashboard must turn around).
 */
function square(lat: number, lon: number, areaKm2: number): number[][][] {
  const halfKm = Math.sqrt(areaKm2) / 2;
  const dLat = halfKm / 111.2;
  const dLon = halfKm / (111.2 * Math.cos((lat * Math.PI) / 180));
  return [
    [
      [lon - dLon, lat - dLat],
      [lon + dLon, lat - dLat],
      [lon + dLon, lat + dLat],
      [lon - dLon, lat + dLat],
      [lon - dLon, lat - dLat],
    ],
  ];
}

describe.skipIf(chromiumMissing() !== null)('maps with imported boundaries', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer(async (store, dir) => {
      const units = await listUnits(store.db, 'municipalities');
      const features = units.map((u) => ({
        type: 'Feature',
        properties: { AGS: u.code, GEN: u.name },
        geometry: { type: 'Polygon', coordinates: square(u.centerLat!, u.centerLon!, u.areaKm2 ?? 50) },
      }));
      const file = join(dir, 'squares.geojson');
      writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
      await importBoundaries(store, file, { simplifyToleranceM: 0 });
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = collectErrors(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws every municipality inside the frame, not as a schematic map', async () => {
    for (const query of ['', '?view=map&col=gigabit']) {
      await page.goto(server.url + query);
      await ready(page);
      expect(await page.getAttribute('figure.map-figure', 'data-map')).toBe('boundaries');
      expect(await page.textContent('figure.map-figure')).not.toContain('Schematische Karte');
      const boxes = await page.$$eval('svg.map path.unit', (paths) =>
        paths.map((p) => {
          const box = (p as unknown as { getBBox(): { width: number; height: number } }).getBBox();
          return { width: box.width, height: box.height };
        }),
      );
      expect(boxes).toHaveLength(53);
      // Each square is a small part of the 640 × 480 frame (a wrongly wound ring fills all of it).
      for (const box of boxes) {
        expect(box.width).toBeGreaterThan(1);
        expect(box.width).toBeLessThan(320);
        expect(box.height).toBeLessThan(240);
      }
      expect(await axeViolations(page)).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});
