// Bytes → text lines: detects UTF-8 (with or without BOM) versus Windows-1252/ISO-8859-1 while streaming, and rejects lossily converted files.
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { IngestError } from '../errors.js';

export type TextEncoding = 'utf-8' | 'windows-1252';

/** What a sample of bytes says: `ascii` while no byte ≥ 0x80 has been seen (both encodings read it alike). */
export interface EncodingGuess {
  encoding: TextEncoding | 'ascii';
  bom: boolean;
}

/**
 * Guesses the encoding of a sample (the start of a file): a UTF-8 byte order mark, else UTF-8 when the sample
 * from its first non-ASCII byte on is valid UTF-8 (a sequence cut off at the end is ignored), else Windows-1252
 * (which reads every ISO-8859-1 text alike, apart from the C1 control range no real file uses).
 */
export function detectEncoding(sample: Uint8Array): EncodingGuess {
  if (hasBom(sample)) return { encoding: 'utf-8', bom: true };
  const first = firstNonAscii(sample, 0);
  if (first < 0) return { encoding: 'ascii', bom: false };
  const body = sample.subarray(first, sample.length - incompleteTail(sample));
  return { encoding: body.length === 0 || isUtf8(body) ? 'utf-8' : 'windows-1252', bom: false };
}

/** Decodes a whole sample with the guessed encoding (tests, format detection, file heads and tails). */
export function decodeSample(sample: Uint8Array): string {
  const guess = detectEncoding(sample);
  if (guess.encoding === 'windows-1252') return windows1252(sample);
  return Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength)
    .toString('utf8', guess.bom ? 3 : 0)
    .replace(/\uFFFD$/, '');
}

/** A decoding problem inside a chunk; `newlinesBefore` locates it for the line reader. */
export class DecodeFailure extends Error {
  constructor(
    readonly problem: string,
    readonly newlinesBefore: number,
  ) {
    super(problem);
  }
}

/**
 * Streaming decoder. Until the first non-ASCII byte the encoding is open; that byte decides: when it starts a
 * valid UTF-8 sequence the file is UTF-8 (and from then on an invalid sequence is an error: the file mixes
 * encodings), otherwise Windows-1252. (German Latin-1 text puts an ASCII letter after an umlaut, which is never
 * valid UTF-8.) A declared encoding skips the detection.
 */
export class TextStreamDecoder {
  encoding: TextEncoding | 'ascii';
  bom = false;
  private pending: Buffer = Buffer.alloc(0);
  private started = false;

  constructor(declared?: TextEncoding) {
    this.encoding = declared ?? 'ascii';
  }

  decode(chunk: Uint8Array, final = false): string {
    let bytes = this.pending.length === 0 ? toBuffer(chunk) : Buffer.concat([this.pending, chunk]);
    this.pending = Buffer.alloc(0);
    if (!this.started) {
      if (bytes.length < 3 && !final && isBomPrefix(bytes)) {
        this.pending = bytes;
        return '';
      }
      this.started = true;
      if (hasBom(bytes)) {
        this.bom = true;
        if (this.encoding === 'ascii') this.encoding = 'utf-8';
        bytes = bytes.subarray(3);
      }
    }
    if (this.encoding === 'ascii') return this.decodeUndecided(bytes, final);
    if (this.encoding === 'windows-1252') return windows1252(bytes);
    return this.decodeUtf8(bytes, final);
  }

  private decodeUndecided(bytes: Buffer, final: boolean): string {
    const first = firstNonAscii(bytes, 0);
    if (first < 0) return bytes.toString('latin1');
    const tail = final ? 0 : incompleteTail(bytes);
    if (first >= bytes.length - tail) {
      // the first non-ASCII byte starts a sequence the next chunk completes: decide then
      this.pending = Buffer.from(bytes.subarray(first));
      return bytes.toString('latin1', 0, first);
    }
    this.encoding = sequenceLength(bytes, first) > 0 ? 'utf-8' : 'windows-1252';
    if (this.encoding === 'windows-1252') return windows1252(bytes);
    return this.decodeUtf8(bytes, final);
  }

  private decodeUtf8(bytes: Buffer, final: boolean): string {
    const tail = final ? 0 : incompleteTail(bytes);
    const body = tail === 0 ? bytes : bytes.subarray(0, bytes.length - tail);
    if (!isUtf8(body)) {
      const at = firstInvalidUtf8(body);
      const shown = Array.from(body.subarray(at, at + 3), (b) =>
        b.toString(16).toUpperCase().padStart(2, '0'),
      );
      throw new DecodeFailure(
        `bytes ${shown.join(' ')} are not valid UTF-8, but the text before was UTF-8: the file mixes encodings`,
        countNewlines(body, at),
      );
    }
    if (tail > 0) this.pending = Buffer.from(bytes.subarray(bytes.length - tail));
    return body.toString('utf8');
  }
}

export interface LineBatch {
  /** 1-based number of the first line in `lines`. */
  first: number;
  lines: string[];
}

export interface ReadLinesOptions {
  encoding?: TextEncoding;
  /** Told once the encoding is known (or at the end, `ascii` when every byte was ASCII). */
  onEncoding?: (guess: EncodingGuess) => void;
  /** Bytes read at a time (default 128 KiB: several hundred lines in flight keep the garbage collector's work small). */
  chunkSize?: number;
}

/**
 * Reads a text file (or byte stream) as batches of lines, without holding the file in memory. Line ends are
 * LF or CRLF. Fails with an IngestError naming the line when the bytes are not valid in the detected
 * encoding, or when UTF-8 text carries U+FFFD replacement characters: such a file was converted lossily
 * (e.g. a Latin-1 export opened as UTF-8 and saved), and its umlauts are lost for good.
 */
export async function* readTextLines(
  file: string,
  source: AsyncIterable<Uint8Array> | null = null,
  options: ReadLinesOptions = {},
): AsyncGenerator<LineBatch> {
  const decoder = new TextStreamDecoder(options.encoding);
  const input = source ?? createReadStream(file, { highWaterMark: options.chunkSize ?? 1 << 17 });
  let told = false;
  let partial = '';
  let emitted = 0;
  const decode = (chunk: Uint8Array, final: boolean): string => {
    let text: string;
    try {
      text = decoder.decode(chunk, final);
    } catch (error) {
      if (error instanceof DecodeFailure)
        throw new IngestError(file, emitted + 1 + error.newlinesBefore, null, error.problem);
      throw error;
    }
    if (!told && (decoder.encoding !== 'ascii' || final)) {
      told = true;
      options.onEncoding?.({ encoding: decoder.encoding, bom: decoder.bom });
    }
    if (decoder.encoding === 'utf-8' && text.includes('\uFFFD')) {
      checkReplacementCharacters(file, partial + text, emitted + 1);
    }
    return text;
  };
  const split = (text: string): LineBatch | null => {
    const lines = (partial + text).split('\n');
    partial = lines.pop()!;
    if (lines.length === 0) return null;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
    }
    const batch = { first: emitted + 1, lines };
    emitted += lines.length;
    return batch;
  };
  try {
    for await (const chunk of input) {
      const batch = split(decode(chunk, false));
      if (batch) yield batch;
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new IngestError(file, null, null, `cannot read the file (${code ?? (error as Error).message})`);
  }
  const batch = split(decode(new Uint8Array(0), true));
  if (batch) yield batch;
  const last = partial.endsWith('\r') ? partial.slice(0, -1) : partial;
  if (last !== '') yield { first: emitted + 1, lines: [last] };
}

function checkReplacementCharacters(file: string, text: string, firstLine: number): void {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const line = firstLine + countChar(text, '\n', at);
  const excerpt = text.slice(Math.max(lineStart, at - 30), Math.min(lineEnd, at + 30)).replace(/\r$/, '');
  throw new IngestError(
    file,
    line,
    null,
    `the text contains U+FFFD replacement characters ("${excerpt}"): the file was converted lossily from another ` +
      'encoding (e.g. a Latin-1 export opened as UTF-8 and saved again) and its umlauts are lost; use the original download',
  );
}

// Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F; the five undefined bytes stay C1 controls.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function windows1252(bytes: Uint8Array): string {
  const text = toBuffer(bytes).toString('latin1');
  if (!/[\u0080-\u009F]/.test(text)) return text;
  return text.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function isBomPrefix(bytes: Uint8Array): boolean {
  const bom = [0xef, 0xbb, 0xbf];
  return bytes.every((b, i) => b === bom[i]);
}

function firstNonAscii(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

/** How many bytes at the end start a UTF-8 sequence that is not complete yet. */
export function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0) return 0;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return need > back ? back : 0;
  }
  return 0;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length <= 0) return i;
    i += length;
  }
  return -1;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when it is invalid or cut off. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let need: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) low = 0xa0;
    if (b === 0xed) high = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) low = 0x90;
    if (b === 0xf4) high = 0x8f;
  } else return 0;
  if (i + need >= bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < low || second > high) return 0;
  for (let k = 2; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return need + 1;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

function countChar(text: string, char: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0 && i < end; i = text.indexOf(char, i + 1)) n++;
  return n;
}
