import { TextPositions } from "../../prompts/text-positions";
import { CONFIG_FILES } from "../config-files";
import { defineRule, type CheckContext, type LoadedFile, type Reporter } from "../context";
import type { PathSegment } from "../yaml-file";
import { encodingInText, encodingMessage, isEncodedNumber } from "./private/cdktf-encodings";

/**
 * cdktf resolves every value the stacks hand it, catalog text included: a prompt holding `${TfToken[TOKEN.5]}` was
 * synthesized with another resource's address in its place, while the pull request's preview showed the file as
 * written; `#{TfToken[…]}` or an encoded number stopped synth with an internal error. The values checked are the
 * parsed ones, as they reach the stacks (a YAML escape cannot spell a marker past the check). Eval datasets are left
 * out: no stack reads them.
 */
export const tokenEncoding = defineRule({
  id: "token-encoding",
  summary:
    "No value in configs/ or prompts/ holds what cdktf reads as a reference of its own (`${TfToken[…]}` and its list and map forms, an encoded number, a map placeholder), which synth would replace or stop on.",
  check(ctx, report) {
    for (const loaded of yamlFiles(ctx)) checkValue(loaded.data, [], loaded, report);
    let texts: Map<string, string> | undefined;
    for (const { file, parsed, frontMatter } of ctx.prompts.values()) {
      for (const message of parsed.messages) {
        const found = encodingInText(message.content);
        if (!found) continue;
        texts ??= new Map(ctx.texts.map((t) => [t.file, t.text]));
        const text = texts.get(file) ?? "";
        const positions = new TextPositions(text);
        const start = text.indexOf(message.content, positions.lineStart(message.line));
        report.atPosition(file, positions.at(Math.max(start, 0) + found.index), encodingMessage(found));
      }
      const inDescription = frontMatter.description === undefined ? undefined : encodingInText(frontMatter.description);
      if (inDescription)
        report.atPosition(
          file,
          { line: parsed.frontMatter?.line ?? 1, col: 1 },
          encodingMessage(inDescription, "in the description"),
        );
    }
  },
});

/** Every configs/ file that loaded: those the loader's registry names, then the AI Configs. */
function yamlFiles(ctx: CheckContext): Array<LoadedFile<unknown>> {
  const named = (Object.keys(CONFIG_FILES) as Array<keyof typeof CONFIG_FILES>).map((name) => ctx[name]);
  return [...named, ...ctx.aiConfigs].filter((loaded): loaded is NonNullable<typeof loaded> => loaded !== undefined);
}

/**
 * Every string, number and mapping key below `value`; each finding at its own value or key. `path` is one list,
 * pushed and popped on the way (a copy only for a finding): a catalog of 2,000 configs holds 150,000 values.
 */
function checkValue(value: unknown, path: PathSegment[], loaded: LoadedFile<unknown>, report: Reporter): void {
  if (typeof value === "string") {
    const found = encodingInText(value);
    if (found) report.at(loaded, [...path], encodingMessage(found));
  } else if (typeof value === "number") {
    if (isEncodedNumber(value)) report.at(loaded, [...path], encodingMessage({ text: String(value), kind: "number" }));
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      checkValue(value[i], path, loaded, report);
      path.pop();
    }
  } else if (value !== null && typeof value === "object") {
    for (const key in value) {
      path.push(key);
      const found = encodingInText(key);
      if (found) report.at(loaded, [...path], encodingMessage(found, "in this key"), { at: "key" });
      checkValue((value as Record<string, unknown>)[key], path, loaded, report);
      path.pop();
    }
  }
}
