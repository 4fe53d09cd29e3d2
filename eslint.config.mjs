// ESLint for the TypeScript of the engine, constructs, stacks, tests, bench and scripts (npm test runs it).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      ".gen/**",
      "src/catalog/meta-schemas/**",
      "node_modules/**",
      "cdktf.out/**",
      "**/*.d.ts",
      "examples/*/src/generated/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      // Unused bindings are tsc's job (noUnusedLocals, noUnusedParameters); `_name` marks a deliberate one.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          caughtErrors: "none",
        },
      ],
      // Lazy `require` keeps start-up fast for commands that do not need cdktf (see src/cli/commands/synth.ts).
      "@typescript-eslint/no-require-imports": "off",
      eqeqeq: ["error", "always"],
      "no-console": "off",
    },
  },
  {
    // Tests read synthesized Terraform JSON and stand-in request bodies, which have no types worth writing.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
  },
);
