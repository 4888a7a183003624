// One command, every layer: each layer is a Jest project so `npm test` reports them separately.

// The app's phones and its people are in China: local dates (a date picker's "today") follow
// Asia/Shanghai whatever the machine's zone; on a UTC machine they parted for 8 hours a day.
// Set here, before Jest starts its workers, which read the zone once.
process.env.TZ = 'Asia/Shanghai';
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@api/(.*)$': '<rootDir>/types/api/$1',
  },
};

const serverProject = (displayName, setupFiles) => ({
  ...shared,
  displayName,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/server/**/*.test.ts'],
  // *.postgres.test.ts need PostgreSQL itself (several server processes on one database);
  // *.sqlite.test.ts are about SQLite alone (its online backup): once is enough.
  testPathIgnorePatterns: [
    displayName === 'server' ? '\\.postgres\\.test\\.ts$' : '\\.sqlite\\.test\\.ts$',
  ],
  setupFiles,
  // cookie@2 (used by Fastify's inject) is an ES module: let swc compile it.
  transformIgnorePatterns: ['/node_modules/(?!cookie/)'],
});

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    serverProject('server', []),
    // The same server suite against a real PostgreSQL server when CI provides one.
    ...(process.env.TEST_DATABASE_URL
      ? [serverProject('server-postgres', ['<rootDir>/test/server/support/use-postgres.ts'])]
      : []),
    {
      ...shared,
      displayName: 'client',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/client/**/*.test.{ts,tsx}'],
      setupFiles: ['<rootDir>/test/client/support/globals.ts'],
      // After the framework: @testing-library/react registers its cleanup with afterEach.
      setupFilesAfterEnv: ['<rootDir>/test/client/support/async-timeout.ts'],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/test/client/support/taro-mock.ts',
        '^@nutui/nutui-react-taro$': '<rootDir>/test/client/support/nutui-on-demand.js',
        '\\.(s?css|less)$': '<rootDir>/test/client/support/style-mock.js',
        '\\.(png|jpe?g|svg|gif)$': '<rootDir>/test/client/support/file-mock.js',
        ...shared.moduleNameMapper,
      },
      // Taro's web components and their dependencies ship ES modules: compile node_modules too
      // (swc is fast and Jest caches the result).
      transformIgnorePatterns: [],
    },
    {
      ...shared,
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      // The build output runs as WeChat would run it: untransformed.
      transformIgnorePatterns: ['/node_modules/', '/dist/'],
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
};
