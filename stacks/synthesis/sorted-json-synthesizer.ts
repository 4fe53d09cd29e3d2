import * as fs from "node:fs";
import * as path from "node:path";
import { AnnotationMetadataEntryType, Aspects, type ISynthesisSession, type TerraformStack } from "cdktf";
import { encounteredAnnotationWithLevelError } from "cdktf/lib/errors";
import type { StackAnnotation } from "cdktf/lib/manifest";
import { StackSynthesizer } from "cdktf/lib/synthesize/synthesizer";
import type { IConstruct } from "constructs";

const ANNOTATION_LEVELS: string[] = [
  AnnotationMetadataEntryType.INFO,
  AnnotationMetadataEntryType.WARN,
  AnnotationMetadataEntryType.ERROR,
];
/** The key under which cdktf keeps a construct's own synthesis step (assets have one). */
const CUSTOM_SYNTHESIS = Symbol.for("cdktf/customSynthesis");

/**
 * cdktf's StackSynthesizer, writing the stack's cdk.tf.json with `sortedJson` instead of json-stable-stringify:
 * the same text in about two thirds of the time (json-stable-stringify was a tenth of synth at 500 AI Configs).
 * Besides writing, it does what cdktf's does for a stack that writes JSON: run the stack's validations, record its
 * annotations in the manifest, and stop at an error annotation. What else cdktf's synthesizer handles (aspects,
 * moved resources, a construct's own synthesis step, HCL output) the stacks never use; when a stack does,
 * cdktf's synthesizer runs instead, as it is.
 * A test compares every file both synthesizers write.
 */
export class SortedJsonSynthesizer extends StackSynthesizer {
  /** `text` returns the stack's JSON as cdktf writes it (StandaloneStack's `toSortedJson`). */
  constructor(
    stack: TerraformStack,
    private readonly continueOnErrors: boolean,
    private readonly text: () => string,
  ) {
    super(stack, continueOnErrors);
  }

  synthesize(session: ISynthesisSession): void {
    const nodes = this.stack.node.findAll();
    if (this.stack.hasResourceMove() || nodes.some(needsCdktfSynthesis)) {
      super.synthesize(session);
      return;
    }
    if (!session.skipValidation) this.stack.runAllValidations();
    const manifest = session.manifest.forStack(this.stack);
    fs.mkdirSync(path.join(session.outdir, manifest.workingDirectory), { recursive: true });
    const annotations = annotationsOf(nodes);
    // The manifest's annotations are read-only to everyone but the stack's synthesizer.
    (manifest as { annotations: StackAnnotation[] }).annotations = annotations;
    const errors = annotations.filter((a) => a.level === AnnotationMetadataEntryType.ERROR);
    if (!this.continueOnErrors && errors.length > 0)
      throw encounteredAnnotationWithLevelError(errors.map((a) => `[${a.constructPath}] ${a.message}`).join("\n"));
    fs.writeFileSync(path.join(session.outdir, manifest.synthesizedStackPath), this.text());
  }
}

function needsCdktfSynthesis(node: IConstruct): boolean {
  return Aspects.of(node).all.length > 0 || CUSTOM_SYNTHESIS in node;
}

function annotationsOf(nodes: readonly IConstruct[]): StackAnnotation[] {
  return nodes.flatMap((node) =>
    node.node.metadata
      .filter((entry) => ANNOTATION_LEVELS.includes(entry.type))
      .map((entry) => ({
        constructPath: node.node.path,
        level: entry.type as AnnotationMetadataEntryType,
        message: entry.data as string,
        stacktrace: entry.trace as string[] | undefined,
      })),
  );
}
