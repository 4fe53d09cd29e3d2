import type { AiConfig, Catalog, Variation } from "../../catalog";
import type { EnvironmentImpact } from "../impact";

/**
 * What one comparator found in one environment: the reasons it reaches it, and the entries of the impact's detail
 * lists that go with them. `analyseImpact` appends them in the comparators' order.
 */
export type Findings = Partial<
  Pick<EnvironmentImpact, "reasons" | "prompts" | "models" | "targeting" | "experiments" | "cost">
>;

/** The two catalogs a pull request compares (`base` absent for a first commit), seen from one environment. */
export interface Scope {
  base: Catalog | undefined;
  head: Catalog;
  /** The head's environment. */
  environment: Catalog["environments"][number];
}

/** One AI Config in either catalog: `before` in the base, `after` in the head. */
export interface ConfigPair {
  key: string;
  before?: AiConfig;
  after?: AiConfig;
}

/** One variation the environment serves before or after the change, by its key in its AI Config. */
export interface ServedPair {
  config: ConfigPair;
  key: string;
  old?: Variation;
  now?: Variation;
  /** `<config>/<variation>`, as the reasons name it. */
  name: string;
}

/** Compares what applies to the environment as a whole (project, segments, teams, ...). */
export type EnvironmentComparator = (scope: Scope) => Findings;
/** Compares one AI Config as the environment sees it. */
export type ConfigComparator = (config: ConfigPair, scope: Scope) => Findings;
/** Compares one variation the environment serves. */
export type VariationComparator = (served: ServedPair, scope: Scope) => Findings;

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A single reason, or none. */
export const reasonIf = (condition: unknown, reason: string): Findings => (condition ? { reasons: [reason] } : {});
