import { Construct } from "constructs";
import { Segment } from "./bindings";
import { literal } from "./terraform-text";

/** A condition on a context: either membership of segments, or an attribute compared with values. */
export interface SegmentClauseProps {
  /** Matches contexts in any of these segments (of the same environment); not with attribute, op and values. */
  readonly segments?: readonly string[];
  /** The context attribute tested. */
  readonly attribute?: string;
  /** LaunchDarkly's operator comparing the attribute with the values, e.g. `in`. */
  readonly op?: string;
  /** Matches when the attribute compares true with any of these; they must share one type. */
  readonly values?: readonly (string | number | boolean)[];
  /** Matches when the clause would not. */
  readonly negate?: boolean;
  /** The context kind whose attribute is tested. */
  readonly contextKind?: string;
}

/** One segment of the environment. */
export interface SegmentProps {
  /** The segment's key, as targeting rules name it. */
  readonly key: string;
  /** The segment's name in LaunchDarkly. */
  readonly name: string;
  /** Who is in it; written as text, never read as a Terraform template. */
  readonly description?: string;
  /** Context keys always in the segment. */
  readonly included: readonly string[];
  /** Context keys never in the segment. */
  readonly excluded: readonly string[];
  /** Contexts matching any rule (all of its clauses) are in the segment. */
  readonly rules: readonly { readonly clauses: readonly SegmentClauseProps[] }[];
}

export interface SegmentsProps {
  /** The project's key. */
  readonly projectKey: string;
  /** The environment the segments live in. */
  readonly environmentKey: string;
  /** The segments, each a resource named by its key. */
  readonly segments: readonly SegmentProps[];
  /** Tags on every segment. */
  readonly tags: readonly string[];
}

/** A clause in the provider's shape: values are strings, with their type alongside. */
export function segmentClause(clause: SegmentClauseProps) {
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
