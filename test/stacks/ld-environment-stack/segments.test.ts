import { exampleCatalog, replace, EXAMPLE_ROOT } from "../../helpers/catalog-fixture";
import { catalogAt, synthAll } from "../../helpers/synth";

describe("ld-<env> stacks of the example catalog: Segments", () => {
  const stacks = synthAll(catalogAt(EXAMPLE_ROOT));
  const segments = (stack: string) =>
    Object.values(stacks[stack]!.resource.launchdarkly_segment).map(({ "//": _m, ...rest }: any) => rest);

  it("GIVEN segments per environment THEN each ld-<env> stack declares its own", () => {
    for (const env of ["dev", "staging", "production"]) {
      expect(
        segments(`ld-${env}`)
          .map((s) => [s.env_key, s.key])
          .sort(),
      ).toEqual([
        [env, "beta-users"],
        [env, "internal-staff"],
      ]);
    }
    expect(stacks.launchdarkly!.resource.launchdarkly_segment).toBeUndefined();
  });

  it("THEN rules carry their clauses with typed values, and included keys where declared", () => {
    const production = segments("ld-production").find((s) => s.key === "beta-users")!;
    expect(production).toMatchObject({
      project_key: "support-ai",
      name: "Beta users",
      rules: [
        {
          clauses: [
            {
              attribute: "betaOptIn",
              op: "in",
              values: ["true"],
              value_type: "boolean",
              negate: false,
              context_kind: "user",
            },
            {
              attribute: "plan",
              op: "in",
              values: ["business", "enterprise"],
              value_type: "string",
              negate: false,
              context_kind: "user",
            },
          ],
        },
      ],
    });
    expect(segments("ld-staging").find((s) => s.key === "beta-users")!.included).toEqual(["qa-beta-1", "qa-beta-2"]);
    expect(production.included).toBeUndefined();
  });

  it("GIVEN a change to production's segments THEN only ld-production's output changes", () => {
    const edited = synthAll(
      catalogAt(
        exampleCatalog({ "configs/segments.yaml": replace("values: [business, enterprise]", "values: [enterprise]") }),
      ),
    );
    expect(JSON.stringify(edited["ld-production"])).not.toBe(JSON.stringify(stacks["ld-production"]));
    for (const stack of ["ld-dev", "ld-staging", "launchdarkly", "aws-production"])
      expect(JSON.stringify(edited[stack])).toBe(JSON.stringify(stacks[stack]));
  });
});
