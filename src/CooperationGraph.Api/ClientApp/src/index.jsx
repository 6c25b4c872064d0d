import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { exampleTabs } from './exampleTabs.js';
import { createSameOriginFetcher } from './fetcher.js';

// The page is served at the GraphQL endpoint itself, so its own path (path base included) is the URL
// every operation is posted to.
const fetcher = createSameOriginFetcher(window.location.pathname);

const root = createRoot(document.getElementById('graphiql'));
root.render(
  <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} defaultEditorToolsVisibility={false} />,
);
