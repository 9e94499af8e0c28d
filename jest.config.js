// Four projects, run in this order by `npm test` after the H5 and weapp builds:
// unit (pure code), integration (real handlers on DynamoDB Local), build (bundle checks), e2e (the whole stack in Chromium).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } }, module: { type: 'commonjs' } }];

const moduleNameMapper = {
  '^@contract$': '<rootDir>/contract/index.ts',
  '^@contract/(.*)$': '<rootDir>/contract/$1',
  '^#commons/(.*)$': '<rootDir>/functions/commons/$1',
  '^#adapters/(.*)$': '<rootDir>/functions/adapters/$1',
  '^#domain/(.*)$': '<rootDir>/functions/domain/$1',
  '^@/(.*)$': '<rootDir>/src/$1',
};

const base = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  // jose ships ESM only
  transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
  moduleNameMapper,
  testEnvironment: 'node',
};

module.exports = {
  verbose: false,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/functions/**/*.test.ts', '<rootDir>/contract/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/scripts/**/*.test.ts'] },
    {
      ...base,
      displayName: 'integration',
      testTimeout: 20_000,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/integration/global-setup.ts',
      globalTeardown: '<rootDir>/tests/integration/global-teardown.ts',
    },
    { ...base, displayName: 'build', testMatch: ['<rootDir>/tests/build/**/*.test.ts'] },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/tests/e2e/global-teardown.ts',
    },
  ],
};
