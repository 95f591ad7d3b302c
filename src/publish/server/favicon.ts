// A 16×16 icon (ICO, 32-bit) drawn in code, served at /favicon.ico when the dashboard build has none.

const SIZE = 16;
/** Background (petrol blue) and bars (white), as B, G, R, A. */
const BACKGROUND = [0x6b, 0x4d, 0x00, 0xff];
const BAR = [0xff, 0xff, 0xff, 0xff];
/** Three bars of a bar chart: [first column, last column, height]. */
const BARS: [number, number, number][] = [
  [3, 5, 6],
  [7, 9, 9],
  [11, 13, 12],
];

let icon: Uint8Array | null = null;

export function faviconIco(): Uint8Array {
  if (icon) return icon;
  const pixels = SIZE * SIZE * 4;
  const mask = SIZE * 4; // 1 bit per pixel, rows padded to 32 bits: 4 bytes × 16 rows
  const image = 40 + pixels + mask;
  const out = new Uint8Array(6 + 16 + image);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  out[6] = SIZE;
  out[7] = SIZE;
  view.setUint16(10, 1, true); // planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, image, true);
  view.setUint32(18, 22, true); // offset of the image
  const bmp = 22;
  view.setUint32(bmp, 40, true);
  view.setInt32(bmp + 4, SIZE, true);
  view.setInt32(bmp + 8, SIZE * 2, true); // colour and mask stacked
  view.setUint16(bmp + 12, 1, true);
  view.setUint16(bmp + 14, 32, true);
  view.setUint32(bmp + 20, pixels + mask, true);
  // Rows bottom-up: row 0 is the bottom row.
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const isBar = BARS.some(([from, to, height]) => x >= from && x <= to && y >= 2 && y < 2 + height);
      out.set(isBar ? BAR : BACKGROUND, bmp + 40 + (y * SIZE + x) * 4);
    }
  }
  icon = out;
  return out;
}
