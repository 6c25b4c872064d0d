// Bundles GraphiQL and its page into one output folder (argument 1) for the API host to embed.
// Everything comes from node_modules: the page never loads anything from a CDN.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(process.argv[2] ?? path.join(here, 'dist'));

// Each README example is a graphql block right after an `<!-- example Name -->` marker.
const readme = await readFile(path.resolve(here, '../../../README.md'), 'utf8');
const examples = [...readme.replace(/\r\n/g, '\n').matchAll(/<!-- example \w+ -->\n```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
if (examples.length === 0) {
  throw new Error('README.md holds no example queries (<!-- example Name --> followed by a graphql block).');
}

await mkdir(outDir, { recursive: true });
await build({
  absWorkingDir: here,
  entryPoints: { graphiql: 'src/index.jsx' },
  outdir: outDir,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  jsx: 'automatic',
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' },
  define: { 'process.env.NODE_ENV': '"production"', __README_EXAMPLES__: JSON.stringify(examples) },
  legalComments: 'eof',
  logLevel: 'warning',
});
await copyFile(path.join(here, 'index.html'), path.join(outDir, 'index.html'));
