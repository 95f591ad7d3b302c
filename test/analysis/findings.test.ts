// The findings on the bundled demo data state every finding of the seed article; they follow the data.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFindings, type FindingsInput } from '../../src/analysis/findings/build.js';
import { loadFindingsInput } from '../../src/analysis/findings/load.js';
import { findingsPlainText, renderFindingsText } from '../../src/analysis/findings/render.js';
import type { Findings } from '../../src/analysis/findings/types.js';
import { analyseSpatial } from '../../src/analysis/spatial/spatial.js';
import type { EditionData } from '../../src/analysis/types.js';
import { computeIndex } from '../../src/engine/pipeline.js';
import { readBundle } from '../../src/ingest/bundle.js';
import { openStore } from '../../src/store/index.js';
import { importBundle } from '../../src/workflow/importBundle.js';

let input: FindingsInput;
let de: Findings;
let text: string;

beforeAll(async () => {
  const store = await openStore(':memory:');
  try {
    await importBundle(store, readBundle('data/bundle.json'));
    input = await loadFindingsInput(store, 2025);
  } finally {
    await store.close();
  }
  de = buildFindings(input, 'de');
  text = findingsPlainText(de);
}, 120_000);

/** The sentence that matches, so a failure shows what was said instead. */
const sentence = (pattern: RegExp) => text.split('\n').find((s) => pattern.test(s)) ?? '';

describe('findings on the 2025 demo data (the article in ../shared/seed)', () => {
  it('names the seven front-runners in the article’s order', () => {
    expect(sentence(/über dem Durchschnitt/)).toMatch(
      /^Sieben Kommunen liegen über dem Durchschnitt .*: Dortmund, Holzwickede, Bochum, Essen, Haltern am See, Hünxe und Gelsenkirchen\.$/,
    );
  });

  it('research: Bochum and Dortmund lead, the south is stronger, funding in few places, patents in small towns', () => {
    expect(sentence(/Den Teilindex Forschung/)).toMatch(/führen (Bochum, Dortmund|Dortmund, Bochum)/);
    expect(text).toMatch(
      /Kommunen im Süden schneiden im Teilindex Forschung besser ab als Kommunen im Norden/,
    );
    expect(sentence(/Forschungsprojekte“ konzentriert/)).toMatch(
      /wenige Kommunen.*vorn liegen Kamp-Lintfort und Bochum/,
    );
    expect(text).toMatch(/„Digitale Patente“ liegen mit Hünxe und Ennepetal kleinere Kommunen vorn/);
  });

  it('infrastructure: the northern rim is better served by fibre and gigabit; larger cities lead on 5G', () => {
    expect(text).toMatch(
      /Kommunen im Norden schneiden beim Indikator „FTTB\/H-Verfügbarkeit“ besser ab als Kommunen im Süden/,
    );
    expect(text).toMatch(
      /im Norden und Westen schneiden beim Indikator „Gigabit-Verfügbarkeit.*als Kommunen im Süden und Osten/,
    );
    expect(text).toMatch(
      /„5G-Abdeckung“ liegen mit Bochum, Oberhausen und Gelsenkirchen größere Städte vorn/,
    );
    expect(sentence(/Den Teilindex Infrastruktur/)).toMatch(/führen Hünxe, Schermbeck und Sonsbeck an/);
  });

  it('levers: the best-served against those most in need shows what targeted investment does', () => {
    expect(sentence(/Aufholbedarf zeigt, dass gezielte lokale Investitionen/)).toMatch(
      /mit der besten Infrastruktur \(Hünxe, Schermbeck und Sonsbeck\)/,
    );
  });

  it('employment: tied to research, weak in the north, Dortmund–Holzwickede–Essen ahead, AI demand on the axis', () => {
    const lead = sentence(/Den Teilindex Beschäftigung/);
    expect(lead).toMatch(/führen Dortmund, Holzwickede und Essen an; hinten liegen/);
    for (const name of ['Sonsbeck', 'Xanten', 'Schermbeck']) expect(lead.split('hinten')[1]).toContain(name);
    expect(text).toMatch(/Teilindex Beschäftigung geht eng mit dem Teilindex Forschung einher/);
    expect(text).toMatch(
      /Kommunen im Süden schneiden im Teilindex Beschäftigung besser ab als Kommunen im Norden/,
    );
    expect(sentence(/KI-Kompetenzen“ konzentriert/)).toMatch(/mehr als der Hälfte der Kommunen/);
    expect(sentence(/KI-Kompetenzen“ ziehen sich/)).toMatch(
      /größten absoluten Zahlen .* Achse Duisburg–Dortmund/,
    );
  });

  it('companies: the Kamp-Lintfort–Holzwickede axis, the north lags except Haltern, start-ups', () => {
    expect(text).toMatch(
      /„Digitalaffine Unternehmen“ ziehen sich entlang der Achse Kamp-Lintfort–Holzwickede/,
    );
    expect(text).toMatch(
      /Kommunen im Süden schneiden beim Indikator „Digitalaffine Unternehmen“ besser ab als Kommunen im Norden, mit Ausnahme von Haltern am See/,
    );
    expect(text).toMatch(/„Digitale Start-ups“ liegen Bochum, Bönen/);
    expect(sentence(/„Digitale Start-ups“ bei null/)).toMatch(/^In fünf von 53 Kommunen .*Alpen.*Rheinberg/);
    expect(text).toMatch(/„Digitale Start-ups“ ziehen sich entlang der Achse Essen–Holzwickede/);
  });

  it('regions: the Ruhr 10th of 12, first on 5G with 98,3 %, 4th on IT graduates with 1,6, strong in digital firms', () => {
    expect(text).toMatch(
      /Im Vergleich der zwölf Metropolregionen belegt die Metropole Ruhr im Digital-Index Platz 10\./,
    );
    const strengths = sentence(/Ihre Stärken/);
    expect(strengths).toMatch(/„5G-Abdeckung“ mit 98,3 % der Fläche Platz 1/);
    expect(strengths).toMatch(/„IT-Hochschulabsolventen“ mit 1,6 je 1\.000 SvB am Arbeitsort Platz 4/);
    expect(strengths).toMatch(/„Digitalaffine Unternehmen“ mit [\d,]+ % Platz [12]/);
  });

  it('names the local hot and cold spots of the index that the LISA analysis finds, in both languages', () => {
    const root = input.municipalities.structure.root;
    const spots = analyseSpatial(input.municipalities, { pairs: input.pairs ?? null, seed: 1 }).nodes.find(
      (n) => n.node === root,
    )!;
    expect(spots.hotSpots.length + spots.coldSpots.length).toBeGreaterThan(0);
    const local = sentence(/^Lokal zeigt sich/);
    for (const u of spots.hotSpots) expect(local).toMatch(new RegExp(`hoher Werte um [^.]*${u.name}`));
    for (const u of spots.coldSpots) expect(local).toMatch(new RegExp(`niedriger Werte um [^.]*${u.name}`));
    const english = findingsPlainText(buildFindings(input, 'en'));
    const localEn = english.split('\n').find((l) => l.startsWith('Locally, there is')) ?? '';
    for (const u of spots.hotSpots) expect(localEn).toMatch(new RegExp(`high values around [^.]*${u.name}`));
    for (const u of spots.coldSpots) expect(localEn).toMatch(new RegExp(`low values around [^.]*${u.name}`));
  });

  it('footnotes every sentence with the numbers behind it', () => {
    const sentences = de.paragraphs.flatMap((p) => p.sentences);
    expect(sentences.length).toBeGreaterThan(20);
    expect(sentences.map((s) => s.footnote)).toEqual(de.footnotes.map((f) => f.id));
    for (const f of de.footnotes) {
      expect(f.text).toMatch(/Digital-Index Ruhr, Ausgabe 2025/);
      expect(f.refs.length).toBeGreaterThan(0);
    }
    expect(de.footnotes[0]!.text).toMatch(/Dortmund 96,1 \(Platz 1\)/);
    const rendered = renderFindingsText(de);
    expect(rendered).toMatch(/Hinweis: Die Werte sind synthetische Demodaten/);
    expect(rendered).toMatch(/\[1\] Digital-Index Ruhr, Ausgabe 2025\. Digital-Index: Mittelwert/);
  });

  it('writes English with English number formatting', () => {
    const en = findingsPlainText(buildFindings({ ...input, permutations: 99 }, 'en'));
    expect(en).toMatch(/^Seven municipalities score above the Digital Index average of [\d.]+ points/m);
    expect(en).toMatch(/ranks 10 on the Digital Index/);
    expect(en).toMatch(/rank 1 on “5G coverage” with 98\.3 % of area/);
  });
});

/** The edition with every input value of two units exchanged (numerators and denominators), recomputed. */
function swapUnits(data: EditionData, a: string, b: string): EditionData {
  const i = data.input.units.indexOf(a);
  const j = data.input.units.indexOf(b);
  const columns = new Map(
    [...data.input.columns].map(([code, col]) => {
      const copy = Float64Array.from(col);
      [copy[i], copy[j]] = [col[j]!, col[i]!];
      return [code, copy];
    }),
  );
  const input = { ...data.input, columns };
  return { ...data, input, result: computeIndex(data.structure, input) };
}

describe('findings follow the data', () => {
  it('swapping Dortmund’s and Xanten’s values moves Xanten to the top and Dortmund to the bottom', () => {
    const dortmund = input.municipalities.units.find((u) => u.name === 'Dortmund')!.code;
    const xanten = input.municipalities.units.find((u) => u.name === 'Xanten')!.code;
    const swapped = buildFindings(
      { ...input, municipalities: swapUnits(input.municipalities, dortmund, xanten), permutations: 99 },
      'de',
    );
    const t = findingsPlainText(swapped);
    const line = (p: RegExp) => t.split('\n').find((s) => p.test(s)) ?? '';
    expect(line(/über dem Durchschnitt/)).toMatch(
      /: Xanten, Holzwickede, Bochum, Essen, Haltern am See, Hünxe und Gelsenkirchen\.$/,
    );
    expect(line(/An der Spitze steht/)).toMatch(/^An der Spitze steht Xanten mit 96,1 Punkten/);
    const employment = line(/Den Teilindex Beschäftigung/);
    expect(employment).toMatch(/führen Xanten, Holzwickede und Essen an/);
    expect(employment.split('hinten')[1]).toContain('Dortmund');
    expect(swapped.footnotes[0]!.text).toMatch(/Xanten 96,1 \(Platz 1\)/);
    expect(swapped.footnotes[0]!.text).not.toMatch(/Dortmund/);
  }, 120_000);
});
