// Builds the dashboard (web/) into dist/web/: one hashed ES module and stylesheet, index.html pointing at them, the favicon.
/* global console, process */
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'web');

await rm(out, { recursive: true, force: true });
await mkdir(join(out, 'assets'), { recursive: true });

const result = await build({
  entryPoints: { app: join(root, 'web/src/main.ts'), style: join(root, 'web/src/styles.css') },
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
  outdir: join(out, 'assets'),
  entryNames: '[name]-[hash]',
  sourcemap: 'linked',
  metafile: true,
  legalComments: 'eof',
  logLevel: 'warning',
});

const outputs = Object.keys(result.metafile.outputs).map((file) => relative(out, join(root, file)));
const find = (prefix, ext) => {
  const file = outputs.find((f) => basename(f).startsWith(prefix) && f.endsWith(ext));
  if (!file) throw new Error(`build-web: no ${prefix}*${ext} among the outputs`);
  return file.split('\\').join('/');
};
const html = (await readFile(join(root, 'web/index.html'), 'utf8'))
  .replace('%APP_JS%', find('app-', '.js'))
  .replace('%APP_CSS%', find('style-', '.css'));
await writeFile(join(out, 'index.html'), html);
// The page for iframes (embed/index.html): the same app, its references one folder up.
await mkdir(join(out, 'embed'));
await writeFile(
  join(out, 'embed', 'index.html'),
  html.replace(/(href|src)="(?!https?:|\/)/g, '$1="../').replace('href="../#main"', 'href="#main"'),
);
await copyFile(join(root, 'web/favicon.svg'), join(out, 'favicon.svg'));
console.log(
  `dashboard built into ${relative(process.cwd(), out) || '.'}: ${find('app-', '.js')}, ${find('style-', '.css')}`,
);
