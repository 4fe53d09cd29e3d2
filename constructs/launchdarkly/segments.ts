import { Construct } from "constructs";
import type { Clause, DeepReadonly, Segment as CatalogSegment } from "../../src/catalog";
import { Segment } from "./bindings";
import { literal } from "./terraform-text";

export interface SegmentsProps {
  projectKey: string;
  environmentKey: string;
  segments: ReadonlyArray<DeepReadonly<CatalogSegment>>;
  tags: readonly string[];
}

/** A catalog clause in the provider's shape: values are strings, with their type alongside. */
export function segmentClause(clause: DeepReadonly<Clause>) {
  if (clause.segments) {
    return {
      attribute: "segmentMatch",
      op: "segmentMatch",
      values: [...clause.segments],
      negate: clause.negate,
      contextKind: clause.contextKind,
    };
  }
  const values = clause.values ?? [];
  const valueType = typeof values[0] === "number" ? "number" : typeof values[0] === "boolean" ? "boolean" : "string";
  return {
    attribute: clause.attribute!,
    op: clause.op!,
    values: values.map(String),
    valueType,
    negate: clause.negate,
    contextKind: clause.contextKind,
  };
}

/** One environment's segments, which targeting rules refer to by key. */
export class Segments extends Construct {
  constructor(scope: Construct, id: string, props: SegmentsProps) {
    super(scope, id);
    for (const segment of props.segments) {
      new Segment(this, segment.key, {
        projectKey: props.projectKey,
        envKey: props.environmentKey,
        key: segment.key,
        name: segment.name,
        description: literal(segment.description),
        tags: [...props.tags],
        included: segment.included.length > 0 ? [...segment.included] : undefined,
        excluded: segment.excluded.length > 0 ? [...segment.excluded] : undefined,
        rules:
          segment.rules.length > 0
            ? segment.rules.map((rule) => ({ clauses: rule.clauses.map(segmentClause) }))
            : undefined,
      });
    }
  }
}
