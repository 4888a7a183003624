// Flat config: typescript-eslint's recommended rules, the React hooks rules for the app, and the
// import boundaries that keep one shape for every feature (see ARCHITECTURE.md, "Layout").
const { readdirSync } = require('node:fs');
const { builtinModules } = require('node:module');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

/**
 * Server: SQL lives in repositories. Outside them, no Kysely and nothing from server/src/db but
 * db/audit and db/counters: the one function each for two tables every feature shares, called
 * inside the service's transaction. Type imports are allowed (naming the handle a service passes
 * through builds no query); the query-builder calls themselves are refused instead. Services
 * keep `db.transaction()`: they decide what is atomic (ARCHITECTURE.md, "Layout").
 */
const SERVER_INFRASTRUCTURE = [
  'server/src/db/**', // the database itself: dialects, migrations, seed data
  'server/src/**/*-repository.ts',
  'server/src/**/repository/**',
  'server/src/app.ts', // wiring: opens nothing itself, hands the database to plugins
  'server/src/build-app.ts',
  'server/src/main.ts',
  'server/src/deps.ts',
  'server/src/cli/**', // the admin CLI opens and prepares the database
  'server/src/plugins/idempotency.ts', // claims a key inside the handler's transaction
];
const QUERY_BUILDER_CALLS =
  'CallExpression > MemberExpression.callee[property.name=/^(selectFrom|insertInto|updateTable|deleteFrom)$/]';

/** src/features/<X> reaches another feature only through its index.ts. */
const FEATURES = readdirSync(`${__dirname}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const NOT_INDEX = '(?!index(\\.tsx?)?$)[^/]';
const MAX_FEATURE_DEPTH = 5;
const featureBoundaries = FEATURES.flatMap((feature) =>
  Array.from({ length: MAX_FEATURE_DEPTH }, (_, depth) => ({
    // One block per folder depth: a relative path from there to a sibling feature is exact.
    files: [`src/features/${feature}/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: FEATURES.filter((other) => other !== feature).map((other) => ({
            regex: `^(@/features/|(\\.\\./)+features/|(\\.\\./){${depth + 1}})${other}/${NOT_INDEX}`,
            message: `Import the ${other} feature through src/features/${other}/index.ts.`,
          })),
        },
      ],
    },
  })),
);

module.exports = tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: SERVER_INFRASTRUCTURE,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'kysely',
              allowTypeImports: true,
              message: 'Queries belong in a *-repository.ts.',
            },
          ],
          patterns: [
            {
              regex: '^(\\.\\.?/)+db(/(?!(audit|counters)$).*)?$',
              allowTypeImports: true,
              message: 'Only repositories use server/src/db (db/audit and db/counters excepted).',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: QUERY_BUILDER_CALLS, message: 'Queries belong in a *-repository.ts.' },
      ],
    },
  },
  {
    // Pure rules shared by the mini-program and the server.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules,
          patterns: [
            { group: ['node:*'], message: 'src/domain runs in the mini-program: no Node.' },
            {
              group: ['@tarojs/*', 'react', 'react/*', 'react-dom', '@nutui/*'],
              message: 'src/domain is pure: no Taro, React or NutUI.',
            },
          ],
        },
      ],
    },
  },
  {
    // The contract: TypeBox schemas built from the domain's rules, nothing else.
    files: ['types/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@sinclair/typebox(/|$)|\\./[^/]+$|(\\.\\./)+src/domain/|@/domain/)',
              message: 'types/api imports only src/domain and @sinclair/typebox.',
            },
          ],
        },
      ],
    },
  },
  {
    // NutUI's Empty draws a picture from a third-party CDN unless given one: use EmptyState.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/components/empty-state.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nutui/nutui-react-taro',
              importNames: ['Empty'],
              message: 'Use EmptyState (src/components/empty-state.tsx): no third-party images.',
            },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
);
