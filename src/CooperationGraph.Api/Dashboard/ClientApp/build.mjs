// Bundles the cooperation dashboard into one output folder (argument 1) for the API host to embed.
// Everything comes from node_modules and ../queries: the page never loads anything from a CDN.
import { build } from 'esbuild';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The budget, in bytes, for the minified script and stylesheet together, and for the same gzip-compressed (what
// travels when a proxy compresses). Cytoscape (443 KB minified) and the part of ECharts the page imports (bar
// charts, SVG renderer: 524 KB with zrender) are 97 % of it, the page's own code 33 KB; the budget leaves about
// 15 % to grow. GraphiQL's bundle is 1.6 MB; 380 KB compressed is a fraction of a second on any office network and
// is cached for an hour. Past it, the build fails: a library crept in, or one stopped being tree-shaken.
export const BUDGET = { minified: 1_150_000, gzip: 380_000 };

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(process.argv[2] ?? path.join(here, 'dist'));

await mkdir(outDir, { recursive: true });
await build({
  absWorkingDir: here,
  entryPoints: { dashboard: 'src/main.js' },
  outdir: outDir,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  loader: { '.graphql': 'text' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'eof',
  logLevel: 'warning',
});
await copyFile(path.join(here, 'index.html'), path.join(outDir, 'index.html'));

let minified = 0;
let gzip = 0;
for (const file of ['dashboard.js', 'dashboard.css']) {
  const full = path.join(outDir, file);
  minified += (await stat(full)).size;
  gzip += gzipSync(readFileSync(full), { level: 9 }).length;
}
const line = `dashboard bundle: ${minified} bytes minified (budget ${BUDGET.minified}), ${gzip} bytes gzip (budget ${BUDGET.gzip})`;
if (minified > BUDGET.minified || gzip > BUDGET.gzip) {
  console.error(`error: ${line}: over budget`);
  process.exit(1);
}
console.log(line);
