// Lint, with the module boundaries of STYLE.md §1 enforced as import zones (a wrong-direction
// import or a cycle fails the build), as graphql-js does.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const zone = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'neo4j/target/', '.neo4j/', '.bench/', 'src/api/generated/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone('./src/domain', ['./src/config', './src/graph', './src/export', './src/api', './src/cli', './ingest'], 'src/domain imports nothing of ours'),
            zone('./src/config', ['./src/graph', './src/export', './src/api', './src/cli', './ingest'], 'src/config may import only src/domain'),
            zone('./src/graph', ['./src/export', './src/api', './src/cli', './ingest'], 'src/graph may import only src/domain and src/config'),
            // Exports (issue 13): formats over the graph's event stream, shared by the CLI and the API's download route.
            zone('./src/export', ['./src/api', './src/cli', './ingest'], 'src/export may import only src/domain, src/config and src/graph'),
            zone('./src/api', ['./src/cli', './ingest'], 'src/api never imports ingest/ or the CLI'),
            zone('./ingest', ['./src/api', './src/cli'], 'ingest/ never imports src/api or the CLI'),
            zone(['./src', './ingest', './bench', './scripts'], './test', 'nothing imports test/'),
            // The explorer talks to the public GraphQL API only (issue 11); the server never imports it.
            zone('./web', ['./src', './ingest', './bench', './scripts'], 'web/ talks to the GraphQL API only, never to server code'),
            zone(['./src', './ingest', './bench', './scripts'], './web', 'server code never imports the explorer'),
          ],
        },
      ],
    },
  },
  // The only places that touch a library: neo4j-driver in src/graph, Apollo in src/api,
  // compromise in ingest/ (STYLE.md §1). One block per folder, since a later block's
  // no-restricted-imports replaces an earlier one's.
  ...[
    [['src/domain/**', 'src/config/**', 'src/cli/**', 'src/export/**'], ['neo4j-driver', '@apollo/server', 'compromise']],
    [['src/graph/**'], ['@apollo/server', 'compromise']],
    [['src/api/**'], ['neo4j-driver', 'compromise']],
    [['ingest/**'], ['neo4j-driver', '@apollo/server']],
  ].map(([files, banned]) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: banned.map((name) => ({ name, message: `${name} belongs to its own layer (STYLE.md §1)` })),
          patterns: banned.map((name) => `${name}/*`),
        },
      ],
    },
  })),
  { files: ['bin/**/*.js', 'scripts/**/*.{js,mjs}', 'eslint.config.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
