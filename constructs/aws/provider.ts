import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import type { Construct } from "constructs";

export interface AccountProviderProps {
  region: string;
  /** When set, Terraform refuses to run against any other account. */
  accountId?: string;
  alias?: string;
  tags: Record<string, string>;
}

/** An AWS provider pinned to one account and region, tagging everything it creates. */
export function accountProvider(scope: Construct, id: string, props: AccountProviderProps): AwsProvider {
  return new AwsProvider(scope, id, {
    region: props.region,
    alias: props.alias,
    allowedAccountIds: props.accountId ? [props.accountId] : undefined,
    defaultTags: [{ tags: props.tags }],
  });
}
