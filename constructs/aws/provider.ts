import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import type { Construct } from "constructs";

export interface AccountProviderProps {
  /** The region the provider works in. */
  readonly region: string;
  /** When set, Terraform refuses to run against any other account. */
  readonly accountId?: string;
  /** The provider's alias, where a stack has several. */
  readonly alias?: string;
  /** Tags on everything the provider creates. */
  readonly tags: Readonly<Record<string, string>>;
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
