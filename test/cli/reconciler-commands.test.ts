import { COMMANDS, type CommandEntry } from "../../src/cli/command-table";
import { buildProgram } from "../../src/cli/program";
import { RECONCILER_COMMANDS } from "../../src/cli/reconciler-commands";

const PREFIX = "npm run --silent aic -- ";

interface Parsed {
  usage: string;
  args: string[];
  opts: Record<string, unknown>;
}

/** Parses a provisioner's command line with the CLI's own command table, recording what would run instead. */
async function parse(line: string): Promise<Parsed> {
  expect(line.startsWith(PREFIX)).toBe(true);
  const parsed: Parsed[] = [];
  const recording = COMMANDS.map((entry): CommandEntry => ({
    ...entry,
    run: ({ args, opts }) => {
      parsed.push({ usage: entry.usage, args, opts });
      return 0;
    },
  }));
  const silent = { out: () => undefined, err: () => undefined };
  await buildProgram(silent, () => undefined, recording).parseAsync(line.slice(PREFIX.length).split(" "), {
    from: "user",
  });
  expect(parsed).toHaveLength(1);
  return parsed[0]!;
}

describe("the command lines Terraform's provisioners run", () => {
  it("GIVEN an environment's approval settings THEN the line is `targeting apply` for it, approvals only", async () => {
    const { usage, args, opts } = await parse(RECONCILER_COMMANDS.approvals("staging"));
    expect(usage).toBe("targeting <action>");
    expect(args).toEqual(["apply"]);
    expect(opts).toMatchObject({ env: "staging", approvals: true });
  });

  it("GIVEN one AI Config's targeting THEN the line is `targeting apply` for that config alone", async () => {
    const { usage, args, opts } = await parse(RECONCILER_COMMANDS.targeting("dev", "support-assistant"));
    expect(usage).toBe("targeting <action>");
    expect(args).toEqual(["apply"]);
    expect(opts).toMatchObject({ env: "dev", config: ["support-assistant"] });
    expect(opts.approvals).toBeUndefined();
  });

  it("GIVEN one experiment THEN the line is `experiments apply` for that config and experiment", async () => {
    const { usage, args, opts } = await parse(RECONCILER_COMMANDS.experiment("production", "docs-agent", "tone-test"));
    expect(usage).toBe("experiments <action>");
    expect(args).toEqual(["apply"]);
    expect(opts).toMatchObject({ env: "production", config: ["docs-agent"], experiment: "tone-test" });
  });
});
