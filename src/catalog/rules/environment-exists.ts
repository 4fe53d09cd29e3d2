import { declaredMappingKeys, environmentKeys, type LoadedFile, type Reporter, type Rule } from "../context";
import { didYouMean } from "../suggest";
import type { PathSegment } from "../yaml-file";

export const environmentExists: Rule = {
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
};

/** The files that must speak for every environment do. */
export const environmentCoverage: Rule = {
  id: "environment-coverage",
  summary: "Every team states its access, and observability states a budget, for every environment.",
  check(ctx, report) {
    const known = environmentKeys(ctx);
    if (!known) return;
    // Read from the files as written, so that an entry removed for a schema error does not also count as missing.
    const missing = (declared: string[]) => [...known].filter((env) => !declared.includes(env));
    ctx.access?.data.teams.forEach((team, i) => {
      for (const env of missing(declaredMappingKeys(ctx.access!, ["teams", i, "access"]))) {
        report.at(
          ctx.access!,
          ["teams", i, "access"],
          `team "${team.key}" has no access level for environment "${env}" (use none, read, full or a list of capabilities)`,
        );
      }
    });
    if (ctx.observability) {
      for (const env of missing(declaredMappingKeys(ctx.observability, ["environments"]))) {
        report.at(
          ctx.observability,
          ["environments"],
          `environment "${env}" has no observability settings (monthlyBudgetUsd is required)`,
        );
      }
    }
  },
};

export function unknownReference(
  report: Reporter,
  target: LoadedFile<unknown>,
  path: PathSegment[],
  what: string,
  key: string,
  known: Iterable<string>,
): void {
  const list = [...new Set(known)];
  const hint = list.length > 0 && list.length <= 12 ? `; known: ${list.join(", ")}` : "";
  report.at(target, path, `unknown ${what} "${key}"${didYouMean(key, list)}${hint}`);
}
