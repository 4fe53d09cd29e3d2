import type { DataAwsIamPolicyDocumentStatement } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";

/**
 * The first statement of every key policy here: the key's account administers it, which hands its use to IAM
 * policies in that account. Without it a key whose other statements are wrong could not be managed again.
 */
export function accountAdministers(accountId: string): DataAwsIamPolicyDocumentStatement {
  return {
    sid: "AccountAdministers",
    effect: "Allow",
    actions: ["kms:*"],
    resources: ["*"],
    principals: [{ type: "AWS", identifiers: [`arn:aws:iam::${accountId}:root`] }],
  };
}
