import { declaredKeys, defineRule } from "../context";
import { unknownReference } from "./private/unknown-reference";

export const maintainerExists = defineRule({
  id: "maintainer-exists",
  summary: "An AI Config's maintainer is a team declared in configs/access.yaml.",
  check(ctx, report) {
    if (!ctx.access) return;
    const known = declaredKeys(ctx.access, ["teams"]);
    for (const config of ctx.aiConfigs) {
      const maintainer = config.data.maintainer;
      if (maintainer !== undefined && !known.includes(maintainer))
        unknownReference(report, config, ["maintainer"], "team", maintainer, known);
    }
  },
});
