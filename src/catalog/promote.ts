import * as fs from "node:fs";
import * as path from "node:path";
import { Document, isMap, isPair, isScalar, parseDocument, type Node, type Pair, type YAMLMap } from "yaml";
import { servedShares, servedVariations } from "./served";
import type { Catalog } from "./catalog";
import { didYouMean } from "./suggest";

/** Why a promotion is refused: the variation is not ready for that environment. */
export class PromotionRefused extends Error {}

/** The config, variation or environment asked for does not exist: a mistake in the command, not in the catalog. */
export class UnknownPromotionTarget extends Error {}

/** The edit a promotion makes, not yet written: `text` replaces the file's `before`. */
export interface Promotion {
  /** The AI Config file, relative to the catalog root. */
  file: string;
  before: string;
  text: string;
  /** False when the environment already serves exactly this: nothing to write. */
  changed: boolean;
  /** The new fallthrough, in words. */
  fallthrough: string;
  percent: number;
}

/** Shares that sum to 100 with one decimal: `share` for the promoted variation, the rest scaled from `others`. */
function weights(others: Array<[string, number]>, variation: string, share: number): Array<[string, number]> {
  const rest = others.filter(([key]) => key !== variation);
  const total = rest.reduce((sum, [, w]) => sum + w, 0);
  const scaled = rest.map(([key, w]): [string, number] => [key, Math.round((w / total) * (100 - share) * 10) / 10]);
  const drift = Math.round((100 - share - scaled.reduce((sum, [, w]) => sum + w, 0)) * 10) / 10;
  if (scaled.length > 0) scaled[0]![1] = Math.round((scaled[0]![1] + drift) * 10) / 10;
  return [...scaled, [variation, share] as [string, number]].filter(([, w]) => w > 0);
}

/** Whether the current fallthrough already is the promoted one (same variation, or the same weights and bucketing). */
function alreadyServed(
  serve: Catalog["aiConfigs"][number]["targeting"][string]["fallthrough"] | undefined,
  next: Record<string, unknown>,
): boolean {
  if (!serve) return false;
  if ("variation" in next) return serve.variation === next.variation;
  const rollout = next.rollout as { bucketBy: string; weights: Record<string, number> };
  if (!serve.rollout || serve.rollout.bucketBy !== rollout.bucketBy) return false;
  const current = Object.entries(serve.rollout.weights).filter(([, w]) => w > 0);
  return (
    current.length === Object.keys(rollout.weights).length && current.every(([key, w]) => rollout.weights[key] === w)
  );
}

/**
 * Makes `environment` serve `variation` of `configKey`: fully, or as the next step of a progressive rollout
 * (`rollout.steps` in configs/project.yaml), or at `percent`. Returns the edited AI Config file, changed only
 * where the fallthrough is (comments, layout and flow style elsewhere stay byte for byte), and refuses when the
 * variation is not yet served in the environment before, or when a running experiment measures the fallthrough.
 */
export function promote(
  catalog: Catalog,
  configKey: string,
  variation: string,
  environment: string,
  percent?: number,
): Promotion {
  const config = catalog.aiConfigs.find((c) => c.key === configKey);
  const configKeys = catalog.aiConfigs.map((c) => c.key);
  if (!config)
    throw new UnknownPromotionTarget(
      `unknown AI Config "${configKey}"${didYouMean(configKey, configKeys)}; known: ${configKeys.join(", ")}`,
    );
  const variationKeys = config.variations.map((v) => v.key);
  if (!variationKeys.includes(variation))
    throw new UnknownPromotionTarget(
      `${configKey} has no variation "${variation}"${didYouMean(variation, variationKeys)}; it has ${variationKeys.join(", ")}`,
    );
  const order = catalog.environments.map((e) => e.key);
  const at = order.indexOf(environment);
  if (at === -1)
    throw new UnknownPromotionTarget(
      `unknown environment "${environment}"${didYouMean(environment, order)}; known: ${order.join(", ")}`,
    );
  const previous = order[at - 1];
  if (previous && !servedVariations(config, previous).has(variation)) {
    throw new PromotionRefused(`${variation} is not served in ${previous} yet: promote it there first`);
  }

  const targeting = config.targeting[environment];
  const serve = targeting?.fallthrough;
  const current = servedShares(serve);
  const share = current.find(([key]) => key === variation)?.[1] ?? 0;
  // With nothing served yet there is nothing to split with: the first promotion into an environment is full.
  const next = percent ?? (current.length === 0 ? 100 : (catalog.rollout.steps.find((step) => step > share) ?? 100));
  if (next < 100 && current.length === 0)
    throw new PromotionRefused(
      `${environment} serves nothing of ${configKey} yet, so there is nothing to split with: promote it fully (--percent 100)`,
    );
  const split = weights(current, variation, next);
  const fallthrough: Record<string, unknown> =
    next === 100
      ? { variation }
      : { rollout: { bucketBy: serve?.rollout?.bucketBy ?? "key", weights: Object.fromEntries(split) } };
  const words = next === 100 ? variation : split.map(([key, w]) => `${key} ${w}%`).join(", ");
  const before = fs.readFileSync(path.join(catalog.root, config.file), "utf8");
  if (alreadyServed(serve, fallthrough))
    return { file: config.file, before, text: before, changed: false, fallthrough: words, percent: next };

  const experiment = config.experiments[environment]?.find((e) => e.state === "running" && e.rule === undefined);
  if (experiment) {
    throw new PromotionRefused(
      `the running experiment "${experiment.key}" splits ${environment}'s fallthrough of ${configKey}: set its state to stopped in ${config.file} (with its winner), then promote`,
    );
  }
  return {
    file: config.file,
    before,
    text: withFallthrough(before, environment, fallthrough),
    changed: true,
    fallthrough: words,
    percent: next,
  };
}

/** `text` with `targeting.<environment>.fallthrough` set to `serve`, editing only the text of that value where it can. */
export function withFallthrough(text: string, environment: string, serve: Record<string, unknown>): string {
  const doc = parseDocument(text);
  const expected = parseDocument(text);
  if (expected.hasIn(["targeting", environment]))
    expected.setIn(["targeting", environment, "fallthrough"], expected.createNode(serve));
  else expected.setIn(["targeting", environment], expected.createNode({ fallthrough: serve }));
  const wanted = JSON.stringify(expected.toJS());
  const spliced = splice(text, doc, environment, serve);
  if (spliced !== undefined && JSON.stringify(parseDocument(spliced).toJS()) === wanted) return spliced;
  // A layout the splice does not handle: let the yaml library write the document, folding no line.
  return expected.toString({ lineWidth: 0, flowCollectionPadding: /[[{] \S/.test(text) });
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

/** `serve` as YAML text: flow (`{ variation: x }`) or block lines indented by `indent`, each ending in a newline. */
function render(serve: Record<string, unknown>, flow: boolean, padding: boolean, indent: number): string {
  const doc = new Document(serve);
  if (flow) {
    const setFlow = (node: unknown) => {
      if (isMap(node)) {
        node.flow = true;
        for (const item of node.items) setFlow(item.value);
      }
    };
    setFlow(doc.contents);
    return doc.toString({ flowCollectionPadding: padding, lineWidth: 0 }).trimEnd();
  }
  return doc
    .toString({ lineWidth: 0 })
    .trimEnd()
    .split("\n")
    .map((line) => `${" ".repeat(indent)}${line}\n`)
    .join("");
}

function pairOf(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  return map.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key) as
    Pair<Node, Node> | undefined;
}

function splice(
  text: string,
  doc: ReturnType<typeof parseDocument>,
  environment: string,
  serve: Record<string, unknown>,
): string | undefined {
  const targeting = doc.get("targeting", true);
  if (!isMap(targeting) || targeting.flow || !targeting.range) return undefined;
  const envPair = pairOf(targeting, environment);
  if (!envPair) {
    const first = targeting.items[0];
    if (!first || !isScalar(first.key) || !first.key.range) return undefined;
    const indent = columnOf(text, first.key.range[0]);
    const blank = targeting.items.length > 1 && (targeting.items[1]!.key as Node).spaceBefore ? "\n" : "";
    const entry = `${blank}${" ".repeat(indent)}${environment}:\n${" ".repeat(indent + 2)}fallthrough: ${render(serve, true, true, 0)}\n`;
    const end = targeting.range[1];
    return text[end - 1] === "\n" ? `${text.slice(0, end)}${entry}${text.slice(end)}` : undefined;
  }
  const envMap = envPair.value;
  if (!isMap(envMap) || envMap.flow) return undefined;
  const pair = pairOf(envMap, "fallthrough");
  const value = pair?.value;
  if (!pair || !isScalar(pair.key) || !pair.key.range || !value?.range) return undefined;
  const colon = text.indexOf(":", pair.key.range[1]);
  if (colon === -1 || colon > value.range[0]) return undefined;
  const wasFlow = isMap(value) && value.flow === true;
  const keyColumn = columnOf(text, pair.key.range[0]);
  if (wasFlow || "variation" in serve) {
    const padding = wasFlow ? /^[[{] /.test(text.slice(value.range[0])) : true;
    const end = wasFlow ? value.range[1] : value.range[1] - (text[value.range[1] - 1] === "\n" ? 1 : 0);
    return `${text.slice(0, colon + 1)} ${render(serve, true, padding, 0)}${text.slice(end)}`;
  }
  const indent = isMap(value) ? columnOf(text, value.range[0]) : keyColumn + 2;
  const end = value.range[1];
  const block = render(serve, false, false, indent);
  return `${text.slice(0, colon + 1)}\n${text[end - 1] === "\n" ? block : block.slice(0, -1)}${text.slice(end)}`;
}
