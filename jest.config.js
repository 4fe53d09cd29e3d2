/** Tests are transpiled by swc only; `tsc --noEmit` is the separate type gate (see package.json "test"). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["@swc/jest", {}] },
  testTimeout: 30000,
};
