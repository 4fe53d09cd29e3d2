import type { StackJson } from "./synth";

/** An IAM policy document as AWS evaluates it. */
export interface PolicyDocument {
  Version: "2012-10-17";
  Statement: Array<Record<string, unknown>>;
}

/**
 * What `data.aws_bedrock_inference_profile.<x>.models` returns at plan time for an `eu.` cross-region profile:
 * the foundation model in each region the profile routes to. A sample of the EU profiles' regions; the policy
 * must not depend on which ones they are.
 */
export const EU_PROFILE_REGIONS = ["eu-central-1", "eu-west-1", "eu-west-3", "eu-north-1"];

export const foundationModelArn = (region: string, modelId: string) =>
  `arn:aws:bedrock:${region}::foundation-model/${modelId}`;

/**
 * Renders a synthesized stack's `aws_iam_policy_document` data sources as IAM JSON, as Terraform would at plan
 * time. References to other resources become the ARNs AWS would give them (accounts and regions from each
 * resource's provider); any reference this does not know fails, so no test simulates a policy it misread.
 */
export class StackPolicies {
  private readonly providers = new Map<string, { region: string; account: string }>();

  constructor(private readonly stack: StackJson) {
    for (const provider of stack.provider?.aws ?? []) {
      this.providers.set(provider.alias ? `aws.${provider.alias}` : "aws", {
        region: provider.region,
        account: provider.allowed_account_ids?.[0],
      });
    }
  }

  /** The document of the data source whose id starts with `prefix`. */
  document(prefix: string): PolicyDocument {
    const docs = this.stack.data?.aws_iam_policy_document ?? {};
    const ids = Object.keys(docs).filter((id) => id.startsWith(prefix));
    if (ids.length !== 1) throw new Error(`expected one policy document ${prefix}*, found ${ids.join(", ") || "none"}`);
    return this.render(docs[ids[0]!]);
  }

  /** Every policy document of the stack, by data source id. */
  all(): Record<string, PolicyDocument> {
    const docs: Record<string, { statement: Array<Record<string, any>> }> =
      this.stack.data?.aws_iam_policy_document ?? {};
    return Object.fromEntries(Object.entries(docs).map(([id, doc]) => [id, this.render(doc)]));
  }

  /** The inline policies of the role named `name`, as the role's identity policies. */
  rolePolicies(name: string): Array<{ name: string; policy: PolicyDocument }> {
    const [roleId] = this.resources("aws_iam_role").find(([, r]) => r.name === name) ?? [];
    if (!roleId) throw new Error(`no role named ${name}`);
    return this.resources("aws_iam_role_policy")
      .filter(([, p]) => p.role === `\${aws_iam_role.${roleId}.name}` || p.role === `\${aws_iam_role.${roleId}.id}`)
      .map(([, p]) => ({ name: p.name, policy: this.documentRef(p.policy) }));
  }

  /** The trust policy of the role named `name`. */
  trustPolicy(name: string): PolicyDocument {
    const role = this.resources("aws_iam_role").find(([, r]) => r.name === name)?.[1];
    if (!role) throw new Error(`no role named ${name}`);
    return this.documentRef(role.assume_role_policy);
  }

  /** The document a resource's policy attribute refers to (`${data.aws_iam_policy_document.<id>.json}`). */
  documentRef(ref: string): PolicyDocument {
    const id = /^\$\{data\.aws_iam_policy_document\.([^.]+)\.json\}$/.exec(ref)?.[1];
    if (!id) throw new Error(`not a policy document reference: ${ref}`);
    return this.render(this.stack.data.aws_iam_policy_document[id]);
  }

  resources(type: string): Array<[string, Record<string, any>]> {
    return Object.entries(this.stack.resource?.[type] ?? {});
  }

  private render(doc: { statement: Array<Record<string, any>> }): PolicyDocument {
    return {
      Version: "2012-10-17",
      Statement: doc.statement.map((s) => {
        const out: Record<string, unknown> = { Effect: s.effect ?? "Allow" };
        if (s.sid) out.Sid = s.sid;
        if (s.actions) out.Action = s.actions;
        if (s.not_actions) out.NotAction = s.not_actions;
        if (s.resources !== undefined) out.Resource = this.resolveList(s.resources);
        if (s.principals) {
          const principal: Record<string, string[]> = {};
          for (const p of s.principals)
            principal[p.type] = [...(principal[p.type] ?? []), ...this.resolveList(p.identifiers)];
          out.Principal = principal["*"] ? "*" : principal;
        }
        if (s.condition) {
          const condition: Record<string, Record<string, string[]>> = {};
          for (const c of s.condition) (condition[c.test] ??= {})[c.variable] = this.resolveList(c.values);
          out.Condition = condition;
        }
        return out;
      }),
    };
  }

  private resolveList(value: string | string[]): string[] {
    return (Array.isArray(value) ? value : [value]).flatMap((v) => this.resolve(v));
  }

  /** One value, or the list a `${[for ...]}` expression yields. */
  private resolve(value: string): string[] {
    const models = /^\$\{\[for m in data\.aws_bedrock_inference_profile\.([^.]+)\.models : m\.model_arn\]\}$/.exec(
      value,
    );
    if (models) {
      const profile = this.stack.data.aws_bedrock_inference_profile[models[1]!].inference_profile_id as string;
      return EU_PROFILE_REGIONS.map((region) => foundationModelArn(region, profile.replace(/^[a-z-]+\./, "")));
    }
    if (!value.includes("${")) return [value];
    return [value.replace(/\$\{([^}]+)\}/g, (_all, ref: string) => this.arnOf(ref))];
  }

  private arnOf(ref: string): string {
    const [kind, ...rest] = ref.split(".");
    const data = kind === "data";
    const [type, id, attribute] = data ? rest : [kind!, ...rest];
    const resource = (data ? this.stack.data : this.stack.resource)?.[type!]?.[id!];
    if (!resource || attribute !== "arn") throw new Error(`cannot resolve \${${ref}}`);
    const { region, account } = this.providers.get(resource.provider ?? "aws")!;
    switch (`${data ? "data." : ""}${type}`) {
      case "aws_kms_key":
        return `arn:aws:kms:${region}:${account}:key/${this.aliasOf(id!)}`;
      case "data.aws_kms_key":
        return `arn:aws:kms:${region}:${account}:key/${String(resource.key_id).replace(/^alias\//, "")}`;
      case "aws_iam_openid_connect_provider":
        return `arn:aws:iam::${account}:oidc-provider/${String(resource.url).replace(/^https:\/\//, "")}`;
      case "aws_s3_bucket":
        return `arn:aws:s3:::${resource.bucket}`;
      case "aws_iam_role":
        return `arn:aws:iam::${account}:role${resource.path ?? "/"}${resource.name}`;
      case "aws_iam_policy":
        return `arn:aws:iam::${account}:policy${resource.path ?? "/"}${resource.name}`;
      case "aws_sns_topic":
        return `arn:aws:sns:${region}:${account}:${resource.name}`;
      case "aws_cloudwatch_log_group":
        return `arn:aws:logs:${region}:${account}:log-group:${resource.name}`;
      case "aws_secretsmanager_secret":
        return `arn:aws:secretsmanager:${region}:${account}:secret:${resource.name}-AbCdEf`;
      default:
        throw new Error(`cannot resolve \${${ref}}`);
    }
  }

  /** A key's stand-in id: the name of the alias that targets it, so that a key and its lookups by alias agree. */
  private aliasOf(keyId: string): string {
    const alias = this.resources("aws_kms_alias").find(
      ([, a]) => a.target_key_id === `\${aws_kms_key.${keyId}.key_id}`,
    )?.[1];
    if (!alias) throw new Error(`no alias for key ${keyId}`);
    return String(alias.name).replace(/^alias\//, "");
  }
}
