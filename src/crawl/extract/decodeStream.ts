// Turns a stream of body bytes into text for the extractor: the encoding is decided on the first KiB, then decoded on the fly.
import iconv from 'iconv-lite';
import { detectCharset, looksBinary } from './charset.js';

/** Bytes gathered before the encoding (and binary content) is decided. */
const SNIFF_BYTES = 1024;

export interface DecodeSink {
  /** Called with decoded text, in order. */
  text(chunk: string): void;
}

/** Feed body chunks with `write` (false = stop: binary content); `end` flushes and reports the encoding used. */
export class BodyDecoder {
  readonly #contentType: string | undefined;
  readonly #sink: DecodeSink;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #decoder: ReturnType<typeof iconv.getDecoder> | undefined;
  charset: string | null = null;
  binary = false;

  constructor(contentType: string | undefined, sink: DecodeSink) {
    this.#contentType = contentType;
    this.#sink = sink;
  }

  write(chunk: Buffer): boolean {
    if (this.binary) return false;
    if (this.#decoder) {
      this.#emit(this.#decoder.write(chunk));
      return true;
    }
    this.#pending.push(chunk);
    this.#pendingBytes += chunk.length;
    if (this.#pendingBytes >= SNIFF_BYTES) return this.#start();
    return true;
  }

  end(): void {
    if (!this.#decoder && !this.binary) this.#start();
    if (this.#decoder) this.#emit(this.#decoder.end() ?? '');
  }

  #start(): boolean {
    const head = Buffer.concat(this.#pending);
    this.#pending = [];
    if (looksBinary(head)) {
      this.binary = true;
      return false;
    }
    const { charset, bomLength } = detectCharset(head, this.#contentType);
    this.charset = charset;
    this.#decoder = iconv.getDecoder(charset, { stripBOM: true });
    this.#emit(this.#decoder.write(head.subarray(bomLength)));
    return true;
  }

  #emit(text: string): void {
    if (text !== '') this.#sink.text(text);
  }
}
