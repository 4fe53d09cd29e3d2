import { type LoadedFile, defineRule, environmentKeys } from "../context";
import { didYouMean } from "../suggest";
import type { PathSegment } from "../yaml-file";

export const environmentExists = defineRule({
  id: "environment-exists",
  summary:
    "Every environment named in segments, access, observability, targeting or experiments is declared in configs/project.yaml.",
  check(ctx, report) {
    const known = environmentKeys(ctx);
    if (!known) return;
    const check = (target: LoadedFile<unknown>, path: PathSegment[], keys: string[]) => {
      for (const env of keys) {
        if (!known.has(env)) {
          report.at(
            target,
            [...path, env],
            `unknown environment "${env}"${didYouMean(env, known)}; configs/project.yaml declares ${[...known].join(", ")}`,
            { at: "key" },
          );
        }
      }
    };
    if (ctx.segments) check(ctx.segments, ["segments"], Object.keys(ctx.segments.data.segments));
    if (ctx.observability) check(ctx.observability, ["environments"], Object.keys(ctx.observability.data.environments));
    ctx.access?.data.teams.forEach((team, i) => check(ctx.access!, ["teams", i, "access"], Object.keys(team.access)));
    for (const config of ctx.aiConfigs) {
      check(config, ["targeting"], Object.keys(config.data.targeting));
      check(config, ["experiments"], Object.keys(config.data.experiments));
    }
  },
});
