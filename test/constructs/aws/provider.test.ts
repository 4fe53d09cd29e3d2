import { accountProvider } from "../../../constructs/aws/provider";
import { synthAlone } from "../../helpers/construct-synth";

describe("accountProvider alone", () => {
  it("GIVEN an account THEN the provider refuses any other and tags everything it creates", () => {
    const json = synthAlone((scope) => {
      accountProvider(scope, "aws", { region: "eu-west-1", accountId: "123456789012", tags: { team: "sre" } });
    });
    expect(json.provider.aws).toEqual([
      { region: "eu-west-1", allowed_account_ids: ["123456789012"], default_tags: [{ tags: { team: "sre" } }] },
    ]);
  });

  it("GIVEN an alias and no account THEN the provider is aliased and not pinned", () => {
    const json = synthAlone((scope) => {
      accountProvider(scope, "aws-dev", { region: "eu-central-1", alias: "dev", tags: {} });
    });
    expect(json.provider.aws[0]).toMatchObject({ alias: "dev", region: "eu-central-1" });
    expect(json.provider.aws[0].allowed_account_ids).toBeUndefined();
  });
});
