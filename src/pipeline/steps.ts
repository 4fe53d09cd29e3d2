import type { Step } from "./render";

/** Steps every workflow shares; published actions are pinned to a major version. */
export const steps = {
  checkout: (options: Record<string, unknown> = {}): Step => ({
    uses: "actions/checkout@v6",
    ...(Object.keys(options).length > 0 ? { with: options } : {}),
  }),
  node: (): Step => ({ uses: "./.github/actions/node" }),
  terraform: (role: string, region: string): Step => ({
    uses: "./.github/actions/terraform",
    with: { "aws-role": role, "aws-region": region },
  }),
  awsRole: (role: string, region: string): Step => ({
    uses: "./.github/actions/aws-role",
    with: { "aws-role": role, "aws-region": region },
  }),
  upload: (name: string, path: string, retentionDays: number, extra: Record<string, unknown> = {}): Step => ({
    uses: "actions/upload-artifact@v7",
    with: { name, path, "retention-days": retentionDays, ...extra },
  }),
  download: (options: { name?: string; pattern?: string; path: string }): Step => ({
    uses: "actions/download-artifact@v5",
    with: options.pattern
      ? { pattern: options.pattern, "merge-multiple": true, path: options.path }
      : { name: options.name, path: options.path },
  }),
};

export const RUNNER = "ubuntu-24.04";

/** Joins the lines of a `run:` script; scripts read inputs from `env`, never from `${{ }}`, so nothing is injected. */
export const script = (...lines: string[]) => `${lines.join("\n")}\n`;
