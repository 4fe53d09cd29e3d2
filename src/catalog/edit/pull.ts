import * as fs from "node:fs";
import * as path from "node:path";
import { isMap, isSeq, parseDocument, type YAMLMap } from "yaml";
import type { AiConfig, Catalog } from "../catalog";
import { promptPath } from "../context";
import type { EnvironmentTargeting, VariationFile } from "../schema";
import { assign, renderEdited } from "./yaml-assign";

/** A variation as LaunchDarkly serves it, in the files' terms; `messages` undefined when it cannot be read. */
export interface PulledVariation {
  key: string;
  name: string;
  model: string;
  /** Overrides of the model's defaults, as the file writes them. */
  parameters: VariationFile["parameters"];
  tools: string[];
  judges: VariationFile["judges"];
  messages?: Array<{ role: string; content: string }>;
}

/** What one AI Config should say after a pull: the variations to update or add, and one environment's targeting. */
export interface PulledConfig {
  key: string;
  variations: PulledVariation[];
  /** Undefined: the environment's targeting already agrees, or cannot be pulled. */
  targeting?: { environment: string; value: EnvironmentTargeting };
}

/** One file a pull rewrites (or creates: `before` undefined), relative to the catalog root. */
export interface PulledFile {
  file: string;
  before?: string;
  text: string;
}

const sorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sorted)
    : value !== null && typeof value === "object"
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, v]) => [k, sorted(v)]),
        )
      : value;
const same = (a: unknown, b: unknown) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

const MARKER_LINE = /^(system|user|assistant|developer):[ \t]*$/m;

/** A prompt file holding `messages`, keeping its front matter and the style it had (role markers or none). */
function promptText(before: string | undefined, messages: Array<{ role: string; content: string }>): string {
  let head = "";
  let body = before ?? "";
  const fence = /^---[ \t]*\r?\n[\s\S]*?^---[ \t]*(\r?\n|$)/m.exec(body);
  if (fence && fence.index === 0) {
    head = fence[0];
    body = body.slice(head.length);
  }
  const leading = /^\s*/.exec(body)![0].replace(/[^\n]/g, "");
  const bare = messages.length === 1 && messages[0]!.role === "system" && !MARKER_LINE.test(body);
  const rendered = bare ? `${messages[0]!.content}\n` : messages.map((m) => `${m.role}:\n${m.content}\n`).join("\n");
  return `${head}${leading}${rendered}`;
}

function variationRaw(
  existing: Record<string, unknown>,
  current: AiConfig["variations"][number] | undefined,
  pulled: PulledVariation,
  config: string,
) {
  if (!current)
    return {
      key: pulled.key,
      name: pulled.name,
      model: pulled.model,
      parameters: Object.keys(pulled.parameters).length > 0 ? pulled.parameters : undefined,
      prompt: `${config}/${pulled.key}.md`,
      tools: pulled.tools.length > 0 ? pulled.tools : undefined,
      judges: pulled.judges.length > 0 ? pulled.judges : undefined,
    };
  const raw = { ...existing };
  if (pulled.name !== current.name) raw.name = pulled.name;
  if (pulled.model !== current.model) raw.model = pulled.model;
  if (!same(pulled.parameters, current.parameterOverrides)) raw.parameters = pulled.parameters;
  if (!same(pulled.tools, current.tools)) raw.tools = pulled.tools;
  if (!same(pulled.judges, current.judges)) raw.judges = pulled.judges;
  return raw;
}

/**
 * The files a pull changes: each AI Config file edited through the yaml Document API (comments, order and layout
 * of everything else kept byte for byte), prompt files rewritten with their front matter kept, and a new prompt
 * file per new variation. A file whose content already agrees is not in the list.
 */
export function pullEdits(catalog: Catalog, pulled: readonly PulledConfig[]): PulledFile[] {
  const files: PulledFile[] = [];
  const read = (file: string) => {
    const full = path.join(catalog.root, file);
    return fs.existsSync(full) ? fs.readFileSync(full, "utf8") : undefined;
  };
  for (const want of pulled) {
    const config = catalog.aiConfigs.find((c) => c.key === want.key)!;
    const before = read(config.file)!;
    const doc = parseDocument(before);
    const variations = doc.get("variations", true);
    if (!isSeq(variations)) continue;
    for (const variation of want.variations) {
      const current = config.variations.find((v) => v.key === variation.key);
      const index = config.variations.findIndex((v) => v.key === variation.key);
      const existing = index === -1 ? {} : ((variations.items[index] as YAMLMap).toJSON() as Record<string, unknown>);
      assign(
        doc,
        variations,
        index === -1 ? variations.items.length : index,
        variationRaw(existing, current, variation, config.key),
      );
      if (!variation.messages) continue;
      const file = current
        ? current.prompt.file
        : promptPath(config, { key: variation.key, prompt: `${config.key}/${variation.key}.md` });
      const unchanged =
        current &&
        same(
          current.prompt.messages.map((m) => ({ role: m.role, content: m.content })),
          variation.messages.map((m) => ({ role: m.role, content: m.content.trim() })),
        );
      if (unchanged) continue;
      const old = read(file);
      files.push({ file, before: old, text: promptText(old, variation.messages) });
    }
    if (want.targeting) {
      const { environment, value } = want.targeting;
      if (!doc.has("targeting")) doc.set("targeting", doc.createNode({}));
      const targeting = doc.get("targeting", true);
      if (isMap(targeting)) assign(doc, targeting, environment, targetingRaw(targeting, environment, config, value));
    }
    const text = renderEdited(before, doc);
    if (text !== before) files.push({ file: config.file, before, text });
  }
  return files;
}

/** The environment's targeting as the file should write it: what already agrees is left as written. */
function targetingRaw(targeting: YAMLMap, environment: string, config: AiConfig, value: EnvironmentTargeting) {
  const node = targeting.get(environment, true);
  const existing = (isMap(node) ? node.toJSON() : {}) as Record<string, unknown>;
  const current = config.targeting[environment];
  const raw: Record<string, unknown> = { ...existing };
  if (!current || current.enabled !== value.enabled) raw.enabled = value.enabled;
  if (current?.offVariation !== value.offVariation) raw.offVariation = value.offVariation;
  if (!same(current?.fallthrough, value.fallthrough)) raw.fallthrough = value.fallthrough;
  const rawRules = (existing.rules ?? []) as unknown[];
  const rules = value.rules.map((rule, i) => (same(current?.rules[i], rule) ? rawRules[i] : rule));
  if (!same(current?.rules ?? [], value.rules)) raw.rules = rules;
  return raw;
}
