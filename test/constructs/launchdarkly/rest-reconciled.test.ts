import { Construct } from "constructs";
import { RestReconcilers } from "../../../constructs/launchdarkly/rest-reconciled";
import { emptyStack, resourcesOf, synthAlone } from "../../helpers/construct-synth";

const DESIRED = { fallthrough: { variation: "v2" }, rules: [] };

describe("RestReconcilers alone", () => {
  const json = synthAlone((scope) => {
    const reconcilers = new RestReconcilers(scope, "reconcilers");
    const targeting = reconcilers.reconcile("targeting-assistant", {
      subject: "assistant",
      environment: "staging",
      desired: DESIRED,
      command: "npm run --silent aic -- targeting apply --env staging --config assistant",
      workingDir: "../../..",
    });
    reconcilers.reconcile("experiment-assistant-tone", {
      subject: "assistant/tone",
      environment: "staging",
      desired: { state: "running" },
      command: "reconcile experiment",
      workingDir: "../../..",
      dependsOn: [targeting],
    });
  });
  const data = resourcesOf(json, "terraform_data");
  const byAddress = (prefix: string) => Object.entries(data).find(([address]) => address.startsWith(prefix))!;

  it("GIVEN desired state THEN a terraform_data shows it as input, for a readable plan", () => {
    const [, targeting] = byAddress("targeting-assistant_");
    expect(targeting.input).toEqual({ subject: "assistant", environment: "staging", desired: DESIRED });
  });

  it("THEN it is replaced whenever the desired state changes, so its provisioner runs the reconciler again", () => {
    const [, targeting] = byAddress("targeting-assistant_");
    expect(JSON.parse(targeting.triggers_replace.desired)).toEqual(DESIRED);
    expect(targeting.provisioner).toEqual([
      {
        "local-exec": {
          command: "npm run --silent aic -- targeting apply --env staging --config assistant",
          working_dir: "../../..",
        },
      },
    ]);
  });

  it("GIVEN desired state whose text holds Terraform template syntax THEN Terraform reads it as text, not as an expression", () => {
    const desired = {
      rules: [
        { description: 'Beta ${file("/etc/passwd")} %{ if true }x%{ endif }', clauses: [{ values: ["${a}", 7] }] },
      ],
      fallthrough: { variation: "v2" },
    };
    const alone = synthAlone((scope) => {
      new RestReconcilers(scope, "reconcilers").reconcile("targeting-assistant", {
        subject: "assistant",
        environment: "staging",
        desired,
        command: "reconcile",
        workingDir: ".",
      });
    });
    const [targeting] = Object.values(resourcesOf(alone, "terraform_data"));
    expect(targeting.input.desired).toEqual({
      rules: [
        { description: 'Beta $${file("/etc/passwd")} %%{ if true }x%%{ endif }', clauses: [{ values: ["$${a}", 7] }] },
      ],
      fallthrough: { variation: "v2" },
    });
    expect(targeting.triggers_replace.desired).not.toMatch(/(?<!\$)\$\{|(?<!%)%\{/);
    expect(targeting.triggers_replace.desired.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{")).toBe(
      JSON.stringify(desired),
    );
  });

  it("GIVEN something to reconcile first THEN it depends on it", () => {
    const [targetingAddress] = byAddress("targeting-assistant_");
    const [, experiment] = byAddress("experiment-assistant-tone_");
    expect(experiment.depends_on).toEqual([`terraform_data.${targetingAddress}`]);
    expect(byAddress("targeting-assistant_")[1].depends_on).toBeUndefined();
  });

  it("GIVEN two reconcilers with one id THEN the second is refused, as two constructs with one id are", () => {
    expect(() =>
      synthAlone((scope) => {
        const reconcilers = new RestReconcilers(scope, "reconcilers");
        const props = { subject: "a", environment: "dev", desired: {}, command: "x", workingDir: "." };
        reconcilers.reconcile("targeting-a", props);
        reconcilers.reconcile("targeting-a", props);
      }),
    ).toThrow(/already a Construct with name 'targeting-a\/targeting'/);
  });

  it("GIVEN a construct added after a reconciler, under the id the reconciler stands at THEN validation refuses it", () => {
    const stack = emptyStack();
    const props = { subject: "a", environment: "dev", desired: {}, command: "x", workingDir: "." };
    const reconcilers = new RestReconcilers(stack, "reconcilers");
    reconcilers.reconcile("targeting-a", props);
    reconcilers.reconcile("targeting-b", props);
    expect(reconcilers.node.validate()).toEqual([]);
    new Construct(stack, "targeting-b");
    expect(reconcilers.node.validate()).toEqual(["There is already a resource with name 'targeting-b' in test"]);
  });

  it("GIVEN an attribute named like cdktf's metadata key THEN it is refused", () => {
    expect(() =>
      new RestReconcilers(emptyStack(), "reconcilers").add("terraform_data", ["x"], { "//": "comment" }),
    ).toThrow(/metadata key/);
  });
});
