import type { ValidateFunction } from "ajv/dist/core";

/** The draft's meta-schema, compiled ahead of time (scripts/generate-meta-schemas.ts). */
declare const validate: ValidateFunction;
export = validate;
