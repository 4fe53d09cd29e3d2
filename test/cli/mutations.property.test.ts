import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { runCli } from "../../src/cli/program";
import type { Output } from "../../src/cli/output";
import { EXAMPLE_ROOT } from "../helpers/catalog-fixture";

/**
 * What `validate` accepts always synthesizes: random mutations of the example catalog, as a careless user or an
 * attacker makes them, never crash either command, and whatever validate accepts, synth turns into stacks.
 * Runs in this process (no CLI spawned per case), so that hundreds of cases fit in well under a minute.
 */

const FILES = listFiles(EXAMPLE_ROOT);
const TEXTS = new Map(FILES.map((file) => [file, fs.readFileSync(path.join(EXAMPLE_ROOT, file), "utf8")]));
/** Every word of the catalog: mutations swap names for other names, so references break (or still hold) in earnest. */
const WORDS = [...new Set([...TEXTS.values()].flatMap((t) => t.match(/[A-Za-z$][\w.$-]*/g) ?? []))].sort();

/** Values that break parsers, schemas and the code behind them. */
const NASTY = [
  "",
  "~",
  "null",
  "[]",
  "{}",
  "[[]]",
  "{a: 1}",
  "-1",
  "0",
  "1e309",
  "-0",
  ".nan",
  ".inf",
  "0x1F",
  "1_000",
  "2.5",
  "100",
  "101",
  "true",
  "yes",
  "'yes'",
  '""',
  '"\\u0000"',
  '"\\uFEFF"',
  "'\u202e'",
  "x".repeat(5000),
  "&a [1]",
  "*a",
  "&a",
  "!!binary aGk=",
  "!!js/function 'f'",
  "? complex",
  "|",
  ">-",
  '"{{x}}"',
  "'{{#a}}'",
  "{{ldctx}}",
  "'---'",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "-",
  "- x",
  ": x",
  "'a: b'",
  "[a, b, c]",
  "{ variation: x }",
  "{ rollout: { weights: {} } }",
  "42",
  "limit: 42",
  "javascript:alert(1)",
  "http://x",
  "https://",
  "../../etc/passwd",
  "/etc/passwd",
  "prompts/../x.md",
  "a/b.md",
];

type Mutation =
  | { kind: "replace-word"; file: number; at: number; word: number }
  | { kind: "replace-value"; file: number; line: number; value: number }
  | { kind: "insert-line"; file: number; line: number; value: number; indent: number }
  | { kind: "delete-line"; file: number; line: number }
  | { kind: "duplicate-line"; file: number; line: number }
  | { kind: "swap-lines"; file: number; line: number; other: number }
  | { kind: "indent"; file: number; line: number; by: number }
  | { kind: "truncate"; file: number; at: number }
  | { kind: "alias"; file: number; line: number; other: number }
  | { kind: "bomb"; file: number; line: number }
  | { kind: "link"; file: number; target: number }
  | { kind: "encoding"; file: number; bom: boolean; crlf: boolean }
  | { kind: "delete-file"; file: number }
  | { kind: "new-file"; dir: number; value: number };

const index = fc.nat({ max: 10_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("replace-word" as const), file: index, at: index, word: index }),
  fc.record({ kind: fc.constant("replace-value" as const), file: index, line: index, value: index }),
  fc.record({
    kind: fc.constant("insert-line" as const),
    file: index,
    line: index,
    value: index,
    indent: fc.nat({ max: 8 }),
  }),
  fc.record({ kind: fc.constant("delete-line" as const), file: index, line: index }),
  fc.record({ kind: fc.constant("duplicate-line" as const), file: index, line: index }),
  fc.record({ kind: fc.constant("swap-lines" as const), file: index, line: index, other: index }),
  fc.record({ kind: fc.constant("indent" as const), file: index, line: index, by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant("truncate" as const), file: index, at: index }),
  fc.record({ kind: fc.constant("alias" as const), file: index, line: index, other: index }),
  fc.record({ kind: fc.constant("bomb" as const), file: index, line: index }),
  fc.record({ kind: fc.constant("link" as const), file: index, target: index }),
  fc.record({ kind: fc.constant("encoding" as const), file: index, bom: fc.boolean(), crlf: fc.boolean() }),
  fc.record({ kind: fc.constant("delete-file" as const), file: index }),
  fc.record({ kind: fc.constant("new-file" as const), dir: index, value: index }),
);

/** Nine levels of nine aliases: 387 420 489 values once expanded. */
const BOMB = [
  "lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
  ...Array.from({ length: 8 }, (_, i) => `lol${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(", ")}]`),
];

/** A file outside every catalog root, whose text must never be printed or synthesized. */
const OUTSIDE_SECRET = "outside-the-catalog-7c1f";
const OUTSIDE = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "aic-outside-")), "environ");
fs.writeFileSync(OUTSIDE, `${OUTSIDE_SECRET}\n`);

/** Catalog files replaced by a symbolic link: to OUTSIDE, or to another catalog file. */
let links = new Map<string, string>();

function mutate(texts: Map<string, string>, m: Mutation): void {
  const files = [...texts.keys()];
  if (m.kind === "new-file") {
    const dirs = ["configs", "configs/ai-configs", "prompts", "prompts/support-assistant"];
    const dir = dirs[m.dir % dirs.length]!;
    texts.set(
      `${dir}/extra-${m.value % 7}.${dir.startsWith("prompts") ? "md" : "yaml"}`,
      `${NASTY[m.value % NASTY.length]}\n`,
    );
    return;
  }
  const file = files[m.file % files.length]!;
  const text = texts.get(file)!;
  const lines = text.split("\n");
  const at = (n: number) => n % Math.max(lines.length, 1);
  switch (m.kind) {
    case "replace-word": {
      const words = [...text.matchAll(/[A-Za-z$][\w.$-]*/g)];
      if (words.length === 0) return;
      const target = words[m.at % words.length]!;
      texts.set(
        file,
        text.slice(0, target.index) + WORDS[m.word % WORDS.length]! + text.slice(target.index + target[0].length),
      );
      return;
    }
    case "replace-value":
      lines[at(m.line)] = lines[at(m.line)]!.replace(
        /(:\s*|-\s+).*$/,
        (_all, head) => `${head}${NASTY[m.value % NASTY.length]}`,
      );
      break;
    case "insert-line":
      lines.splice(at(m.line), 0, `${" ".repeat(m.indent)}${NASTY[m.value % NASTY.length]}`);
      break;
    case "delete-line":
      lines.splice(at(m.line), 1);
      break;
    case "duplicate-line":
      lines.splice(at(m.line), 0, lines[at(m.line)]!);
      break;
    case "swap-lines": {
      const [a, b] = [at(m.line), at(m.other)];
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      break;
    }
    case "indent":
      lines[at(m.line)] =
        m.by >= 0
          ? `${" ".repeat(m.by)}${lines[at(m.line)]}`
          : lines[at(m.line)]!.slice(
              Math.min(-m.by, lines[at(m.line)]!.length - lines[at(m.line)]!.trimStart().length),
            );
      break;
    case "truncate":
      texts.set(file, text.slice(0, m.at % (text.length + 1)));
      return;
    case "alias": {
      // An anchor on one value and an alias to it on another, which may come before it, or inside it.
      const [a, b] = [at(m.line), at(m.other)];
      lines[a] = lines[a]!.replace(/:(\s+|$)/, ": &m ");
      lines[b] = lines[b]!.replace(/(:|^\s*-)\s+\S.*$/, "$1 *m");
      break;
    }
    case "bomb": {
      // A billion laughs, as a sibling of the line it is inserted before.
      const before = lines[at(m.line)]!;
      const indent = before.slice(0, before.length - before.trimStart().length).replace(/- /g, "  ");
      lines.splice(at(m.line), 0, ...BOMB.map((l) => `${indent}${l}`));
      break;
    }
    case "link":
      links.set(file, m.target % 2 === 0 ? OUTSIDE : files[m.target % files.length]!);
      return;
    case "encoding":
      texts.set(file, `${m.bom ? "\uFEFF" : ""}${m.crlf ? text.replace(/\n/g, "\r\n") : text}`);
      return;
    case "delete-file":
      texts.delete(file);
      return;
  }
  texts.set(file, lines.join("\n"));
}

async function run(args: string[]): Promise<{ code: number; printed: string }> {
  const lines: string[] = [];
  const output: Output = { out: (l) => lines.push(l), err: (l) => lines.push(l) };
  const code = await runCli(args, output);
  return { code, printed: lines.join("\n") };
}

describe("random mutations of the example catalog", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "aic-mutations-"));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
  let runs = 0;
  let accepted = 0;

  it("GIVEN any of them THEN validate exits 0 or 1 and never fails inside; whatever it accepts, synth turns into stacks, in seconds", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const texts = new Map(TEXTS);
        links = new Map();
        for (const m of mutations) mutate(texts, m);
        const root = path.join(scratch, `case-${runs++}`);
        for (const [file, text] of texts) {
          fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
          const target = links.get(file);
          if (target) fs.symlinkSync(path.isAbsolute(target) ? target : path.join(root, target), path.join(root, file));
          else fs.writeFileSync(path.join(root, file), text);
        }
        try {
          const started = Date.now();
          const validate = await run(["validate", "--root", root, "--format", "json"]);
          expect(validate.printed).not.toContain("internal error");
          expect(validate.printed).not.toContain(OUTSIDE_SECRET);
          expect([0, 1]).toContain(validate.code);
          expect(JSON.parse(validate.printed).ok).toBe(validate.code === 0);
          if (validate.code === 0) {
            accepted++;
            const synth = await run(["synth", "--root", root, "--out", path.join(root, "out")]);
            expect(synth.printed).not.toContain("internal error");
            expect(synth.code).toBe(0);
            const stacks = fs.readdirSync(path.join(root, "out/stacks"));
            expect(stacks.length).toBeGreaterThan(0);
            for (const stack of stacks)
              expect(fs.readFileSync(path.join(root, "out/stacks", stack, "cdk.tf.json"), "utf8")).not.toContain(
                OUTSIDE_SECRET,
              );
          }
          expect(Date.now() - started).toBeLessThan(10_000);
        } finally {
          fs.rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.AIC_MUTATION_RUNS ?? 300) },
    );
    // A property that only ever sees rejected catalogs would prove nothing about synth.
    expect(accepted).toBeGreaterThan(runs / 10);
  }, 120_000);
});

function listFiles(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}
