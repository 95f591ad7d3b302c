import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.js';
import { detectEncoding, readTextLines, TextStreamDecoder } from '../../../src/ingest/readers/decode.js';
import { failure, fixture, tempFile } from './helpers.js';

async function lines(file: string, source: AsyncIterable<Uint8Array> | null = null): Promise<string[]> {
  const all: string[] = [];
  for await (const batch of readTextLines(file, source)) all.push(...batch.lines);
  return all;
}

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const latin1 = Buffer.from('Gemeinde;Bevölkerung\r\nMünster;1\nDüsseldorf;2', 'latin1');
const utf8 = Buffer.from('Gemeinde;Bevölkerung\r\nMünster;1\nDüsseldorf;2', 'utf8');

describe('detectEncoding', () => {
  it('tells UTF-8 with and without BOM, Windows-1252 and plain ASCII apart', () => {
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toEqual({
      encoding: 'utf-8',
      bom: true,
    });
    expect(detectEncoding(utf8)).toEqual({ encoding: 'utf-8', bom: false });
    expect(detectEncoding(latin1)).toEqual({ encoding: 'windows-1252', bom: false });
    expect(detectEncoding(Buffer.from('a;b\n1;2'))).toEqual({ encoding: 'ascii', bom: false });
    // a sample cut inside a sequence is still UTF-8
    expect(detectEncoding(utf8.subarray(0, 14))).toEqual({ encoding: 'utf-8', bom: false });
  });
});

describe('readTextLines', () => {
  it('reads Latin-1 and UTF-8 alike, whatever the chunk size, and strips BOM and CR', async () => {
    const expected = ['Gemeinde;Bevölkerung', 'Münster;1', 'Düsseldorf;2'];
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    for (const size of [1, 2, 3, 5, 64]) {
      expect(await lines('latin1.csv', chunksOf(latin1, size))).toEqual(expected);
      expect(await lines('utf8.csv', chunksOf(utf8, size))).toEqual(expected);
      expect(await lines('bom.csv', chunksOf(withBom, size))).toEqual(expected);
    }
  });

  it('decodes the Windows-1252 range 0x80–0x9F (€, „“, –)', () => {
    const decoder = new TextStreamDecoder();
    expect(decoder.decode(Buffer.from([0x80, 0x20, 0x84, 0x61, 0x93, 0x20, 0x96]), true)).toBe('€ „a“ –');
    expect(decoder.encoding).toBe('windows-1252');
  });

  it('decides late when the first chunks are ASCII', async () => {
    const text = Buffer.concat([Buffer.from('a;b\n'.repeat(1000)), Buffer.from('Köln;1\n', 'latin1')]);
    const all = await lines('late.csv', chunksOf(text, 100));
    expect(all.at(-1)).toBe('Köln;1');
  });

  it('rejects a file that switches from UTF-8 to Latin-1, naming the line', async () => {
    const error = await failure(lines(fixture('mixed-encoding.csv')));
    expect(error).toBeInstanceOf(IngestError);
    expect(error.message).toMatch(/mixed-encoding\.csv:4: bytes FC 6E 73 are not valid UTF-8/);
  });

  it('rejects a lossily converted file (U+FFFD) with the line and an excerpt', async () => {
    const error = await failure(lines(fixture('12411-0006-damaged.csv')));
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).line).toBe(2);
    expect(error.message).toContain('Bev\uFFFDlkerung');
    expect(error.message).toContain('converted lossily');
  });

  it('names a file that cannot be read', async () => {
    const error = await failure(lines('/nonexistent/dir/x.csv'));
    expect(error.message).toBe('/nonexistent/dir/x.csv: cannot read the file (ENOENT)');
  });

  it('keeps a last line without line end and empty lines in between', async () => {
    expect(await lines(tempFile('a.csv', 'a\n\nb'))).toEqual(['a', '', 'b']);
  });
});
