// The first and last bytes of a file: enough to recognise a format and read a table's metadata without reading it all.
import { open } from 'node:fs/promises';
import { unreadableFile } from '../../errors.js';

export async function readHead(file: string, bytes = 64 * 1024): Promise<Uint8Array> {
  return readRange(file, bytes, 'head');
}

export async function readTail(file: string, bytes = 16 * 1024): Promise<Uint8Array> {
  return readRange(file, bytes, 'tail');
}

async function readRange(file: string, bytes: number, where: 'head' | 'tail'): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw unreadableFile(file, error);
  }
  try {
    const size = (await handle.stat()).size;
    const length = Math.min(bytes, size);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, where === 'head' ? 0 : size - length);
    return buffer;
  } finally {
    await handle.close();
  }
}
