// HTML building blocks of the printed reports: escaping, tables, number formatting and the print stylesheet.
export type Lang = 'de' | 'en';

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function fmt(x: number | null, lang: Lang, digits = 1): string {
  if (x === null || !Number.isFinite(x)) return '–';
  return x.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A table; `right` marks the numeric columns. Cells are escaped unless wrapped by `raw`. */
export function table(
  header: string[],
  rows: (string | Raw)[][],
  right: ReadonlySet<number> = new Set(),
): string {
  const cell = (tag: string, c: string | Raw, i: number) =>
    `<${tag}${right.has(i) ? ' class="num"' : ''}>${typeof c === 'string' ? esc(c) : c.html}</${tag}>`;
  return (
    `<table><thead><tr>${header.map((h, i) => cell('th', h, i)).join('')}</tr></thead><tbody>` +
    rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('') +
    '</tbody></table>'
  );
}

export interface Raw {
  html: string;
}

export function raw(html: string): Raw {
  return { html };
}

/** A complete HTML document with the print stylesheet (A4, page numbers come from the PDF footer). */
export function document(title: string, lang: Lang, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; color: #1b1b1b; line-height: 1.4; margin: 0; }
h1 { font-size: 24pt; margin: 0 0 6mm; color: #0b3c5d; }
h2 { font-size: 15pt; color: #0b3c5d; border-bottom: 1.5pt solid #0b3c5d; padding-bottom: 1mm; margin: 0 0 4mm; }
h3 { font-size: 11pt; color: #0b3c5d; margin: 5mm 0 2mm; }
section.chapter { break-before: page; }
section.title { height: 250mm; display: flex; flex-direction: column; justify-content: center; }
section.title .subtitle { font-size: 13pt; color: #444; }
.notice { border: 1pt solid #b35900; background: #fff4e5; color: #6b3500; padding: 2mm 3mm; margin: 4mm 0; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 8.5pt; }
th, td { border-bottom: 0.5pt solid #c8c8c8; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #eef3f7; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
p { margin: 0 0 2.5mm; }
sup.fn { font-size: 6.5pt; color: #0b3c5d; }
ol.footnotes { font-size: 7.5pt; color: #333; padding-left: 6mm; }
ol.footnotes li { margin-bottom: 1mm; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-size: 8pt; color: #555; margin-top: 1mm; }
.small { font-size: 8pt; color: #555; }
.bar { display: inline-block; height: 2.6mm; background: #3a7bbf; vertical-align: middle; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
`;
