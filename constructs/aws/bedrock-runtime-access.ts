import { DataAwsBedrockInferenceProfile } from "@cdktf/provider-aws/lib/data-aws-bedrock-inference-profile";
import {
  DataAwsIamPolicyDocument,
  type DataAwsIamPolicyDocumentStatement,
  type DataAwsIamPolicyDocumentStatementCondition,
} from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { Token } from "cdktf";
import { Construct } from "constructs";
import { APPLICATION_ROLE_PATH } from "./pipeline-roles";

/** Converse and ConverseStream are authorized by these two actions; there is no bedrock:Converse action. */
export const INVOKE_ACTIONS = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"];

export interface BedrockModel {
  /** The model's key in the catalog; names the statements and the profile data sources. */
  readonly key: string;
  /** Foundation model id, e.g. anthropic.claude-haiku-4-5-20251001-v1:0. */
  readonly modelId: string;
  /** Cross-region inference profile id, e.g. eu.anthropic.claude-haiku-4-5-20251001-v1:0. */
  readonly inferenceProfile?: string;
}

/** Who may assume the role: an AWS service on behalf of this account's resources, or an existing role. */
export type RuntimePrincipal = { readonly service: string } | { readonly role: string };

/** A Bedrock guardrail every call must go through. */
export interface Guardrail {
  /** The guardrail's id in the role's region and account. */
  readonly id: string;
  /** Its version number, or DRAFT. */
  readonly version: string;
}

export interface BedrockRuntimeAccessProps {
  /** The role's name. */
  readonly roleName: string;
  /** The region the models are invoked in. */
  readonly region: string;
  /** The role's account. */
  readonly accountId: string;
  /** Who may assume the role. */
  readonly principal: RuntimePrincipal;
  /** Exactly the models the application may invoke. */
  readonly models: readonly BedrockModel[];
  /** When set, every invocation must name this guardrail, and the role may apply it. */
  readonly guardrail?: Guardrail;
  /** The environment's permissions boundary (ApplicationBoundary), without which no apply role may create the role. */
  readonly permissionsBoundary: string;
}

export interface ModelInvokeProps {
  /** The provider of the account the profiles are read in, where the stack has several. */
  readonly provider?: AwsProvider;
  /** The region the models are invoked in. */
  readonly region: string;
  /** The account the inference profiles belong to. */
  readonly accountId: string;
  /** Exactly the models the statements allow. */
  readonly models: readonly BedrockModel[];
  /** The Bedrock actions allowed on them. */
  readonly actions: readonly string[];
  /** The statement's conditions, given those the grant itself needs (a guardrail's, for example). */
  readonly conditions?: (
    needed?: DataAwsIamPolicyDocumentStatementCondition[],
  ) => DataAwsIamPolicyDocumentStatementCondition[] | undefined;
}

/**
 * Statements allowing `actions` on exactly these models: a model without a profile in the region; a cross-region
 * profile's ARN, and the foundation models it routes to, read from the profile at plan time (the regions change
 * over time) and fenced with bedrock:InferenceProfileArn, so they can be reached only through the profile.
 */
export function modelInvokeStatements(scope: Construct, props: ModelInvokeProps): DataAwsIamPolicyDocumentStatement[] {
  const conditions = props.conditions ?? ((needed) => (needed && needed.length > 0 ? needed : undefined));
  const actions = [...props.actions];
  const statements: DataAwsIamPolicyDocumentStatement[] = [];
  for (const model of props.models) {
    const sid = model.key.replace(/[^A-Za-z0-9]/g, "");
    if (!model.inferenceProfile) {
      statements.push({
        sid: `Invoke${sid}`,
        effect: "Allow",
        actions,
        resources: [`arn:aws:bedrock:${props.region}::foundation-model/${model.modelId}`],
        condition: conditions(),
      });
      continue;
    }
    const profileArn = `arn:aws:bedrock:${props.region}:${props.accountId}:inference-profile/${model.inferenceProfile}`;
    const profile = new DataAwsBedrockInferenceProfile(scope, `profile-${model.key}`, {
      provider: props.provider,
      inferenceProfileId: model.inferenceProfile,
    });
    statements.push(
      { sid: `Invoke${sid}Profile`, effect: "Allow", actions, resources: [profileArn], condition: conditions() },
      {
        sid: `Invoke${sid}ThroughProfile`,
        effect: "Allow",
        actions,
        resources: Token.asList(`\${[for m in ${profile.fqn}.models : m.model_arn]}`),
        condition: conditions([
          { test: "StringEquals", variable: "bedrock:InferenceProfileArn", values: [profileArn] },
        ]),
      },
    );
  }
  return statements;
}

/**
 * The application's role for Bedrock inference, allowed to invoke exactly the given models (modelInvokeStatements)
 * and nothing else.
 */
export class BedrockRuntimeAccess extends Construct {
  readonly role: IamRole;

  constructor(scope: Construct, id: string, props: BedrockRuntimeAccessProps) {
    super(scope, id);
    // A service assumes the role on behalf of a resource; aws:SourceAccount keeps that resource in this account
    // (the confused-deputy guard), so another account's ECS tasks cannot run as this role.
    const trusted =
      "service" in props.principal
        ? {
            principals: [{ type: "Service", identifiers: [props.principal.service] }],
            condition: [{ test: "StringEquals", variable: "aws:SourceAccount", values: [props.accountId] }],
          }
        : { principals: [{ type: "AWS", identifiers: [props.principal.role] }] };
    const trust = new DataAwsIamPolicyDocument(this, "trust", {
      statement: [{ effect: "Allow", actions: ["sts:AssumeRole"], ...trusted }],
    });
    this.role = new IamRole(this, "role", {
      name: props.roleName,
      path: APPLICATION_ROLE_PATH,
      description: "Invokes exactly the Bedrock models this environment serves (generated from the AI Config catalog).",
      assumeRolePolicy: trust.json,
      permissionsBoundary: props.permissionsBoundary,
    });

    const guardrailArn =
      props.guardrail && `arn:aws:bedrock:${props.region}:${props.accountId}:guardrail/${props.guardrail.id}`;
    /** The statement's conditions, plus the guardrail's when one is required; undefined when there are none. */
    const withGuardrail = (conditions: DataAwsIamPolicyDocumentStatementCondition[] = []) => {
      const all = guardrailArn
        ? [
            ...conditions,
            {
              test: "StringEquals",
              variable: "bedrock:GuardrailIdentifier",
              values: [`${guardrailArn}:${props.guardrail!.version}`],
            },
          ]
        : conditions;
      return all.length > 0 ? all : undefined;
    };

    const statements = modelInvokeStatements(this, {
      region: props.region,
      accountId: props.accountId,
      models: props.models,
      actions: INVOKE_ACTIONS,
      conditions: withGuardrail,
    });
    if (guardrailArn) {
      statements.push({
        sid: "ApplyGuardrail",
        effect: "Allow",
        actions: ["bedrock:ApplyGuardrail"],
        resources: [guardrailArn],
      });
    }
    if (statements.length === 0) return;
    const policy = new DataAwsIamPolicyDocument(this, "policy", { statement: statements });
    new IamRolePolicy(this, "invoke", { name: "bedrock-invoke", role: this.role.id, policy: policy.json });
  }
}
