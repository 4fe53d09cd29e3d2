import { TextPositions } from "../../prompts/text-positions";
import { findCredentials } from "../../secrets/credential-shapes";
import { defineRule } from "../context";

export const credentials = defineRule({
  id: "credentials",
  summary:
    "No file under configs/, prompts/ or evals/ holds or is named by something shaped like a credential (AWS keys, LaunchDarkly SDK/API/mobile keys, private keys, bearer tokens, OpenAI and GitHub tokens).",
  check(ctx, report) {
    for (const { file, text } of ctx.texts) {
      for (const { kind } of findCredentials(file)) {
        report.atPosition(
          file,
          { line: 1, col: 1 },
          `this file's name looks like ${kind}; secrets never belong in the repository, not even in a file name`,
        );
      }
      const found = findCredentials(text);
      if (found.length === 0) continue;
      const positions = new TextPositions(text);
      for (const { kind, index } of found) {
        report.atPosition(
          file,
          positions.at(index),
          `this looks like ${kind}; secrets never belong in the repository: name an environment variable or a sensitive Terraform variable instead`,
        );
      }
    }
  },
});
