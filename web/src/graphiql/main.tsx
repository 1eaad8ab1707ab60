import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { EXAMPLE_QUERIES } from './exampleQueries.js';

// GraphiQL from local assets, replacing Apollo's landing page, which loads its sandbox from a
// CDN and shows nothing on a machine without internet.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });
const explorer = explorerPlugin();
const first = EXAMPLE_QUERIES[0];

createRoot(document.getElementById('graphiql') as HTMLElement).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      plugins={[explorer]}
      defaultQuery={first?.query}
      defaultTabs={EXAMPLE_QUERIES.map((q) => ({ query: q.query, variables: q.variables }))}
    >
      <GraphiQL.Logo>diplograph</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
