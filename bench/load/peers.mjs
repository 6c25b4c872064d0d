// The npm peers (graphql, graphql-http) live in tests/js/node_modules, installed by scripts/install-test-deps.sh;
// both are resolved from there so that graphql-http and this folder share one graphql instance.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const peersRoot = fileURLToPath(new URL('../../tests/js/', import.meta.url));
const require = createRequire(peersRoot);

const load = (specifier) => import(pathToFileURL(require.resolve(specifier)).href);

export const graphql = await load('graphql');
export const { createHandler } = await load('graphql-http/lib/use/http');
