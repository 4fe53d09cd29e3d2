import { TextPositions } from "../../prompts/text-positions";
import type { Rule } from "../context";

/** Shapes of credentials that must never be committed. The matched text itself is never printed. */
const CREDENTIAL_SHAPES: Array<{ kind: string; pattern: RegExp }> = [
  { kind: "an AWS access key id", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { kind: "a LaunchDarkly SDK key", pattern: /\bsdk-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi },
  { kind: "a LaunchDarkly API access token", pattern: /\bapi-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi },
  { kind: "a LaunchDarkly mobile key", pattern: /\bmob-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi },
  { kind: "a private key block", pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----/g },
  // Random tokens mix digits and letters; requiring a digit keeps prose such as "Bearer tokens-are-..." quiet.
  { kind: "a bearer token", pattern: /\bBearer\s+(?=[A-Za-z0-9\-._~+/]*\d)[A-Za-z0-9\-._~+/]{20,}=*/g },
  { kind: "an OpenAI API key", pattern: /\bsk-(?:proj-|svcacct-|admin-)?(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{32,}/g },
  { kind: "a GitHub token", pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g },
];

export const credentials: Rule = {
  id: "credentials",
  summary: "No file under configs/, prompts/ or evals/ holds something shaped like a credential (AWS keys, LaunchDarkly SDK/API/mobile keys, private keys, bearer tokens, OpenAI and GitHub tokens).",
  check(ctx, report) {
    for (const { file, text } of ctx.texts) {
      let positions: TextPositions | undefined;
      for (const { kind, pattern } of CREDENTIAL_SHAPES) {
        for (const match of text.matchAll(pattern)) {
          positions ??= new TextPositions(text);
          report.atPosition(file, positions.at(match.index), `this looks like ${kind}; secrets never belong in the repository: name an environment variable or a sensitive Terraform variable instead`);
        }
      }
    }
  },
};
