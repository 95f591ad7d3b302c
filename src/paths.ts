// Locates files shipped with the package (bundled data), whether running from src/ or dist/src/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the digitalindex package root');
    dir = parent;
  }
  root = dir;
  return dir;
}

export function bundledDataDir(): string {
  return join(packageRoot(), 'data');
}
