import * as fs from "node:fs";
import * as path from "node:path";
import { fieldsAt } from "../../src/catalog/schema-walk";
import { CATALOG_FILES, catalogFormatRows, renderCatalogFormat } from "../../src/docs/catalog-format";
import { REPO_ROOT } from "../helpers/catalog-fixture";

describe("docs/catalog-format.md, the field reference", () => {
  it("is what the schemas generate now: after a schema change, run npm run catalog-format", () => {
    expect(fs.readFileSync(path.join(REPO_ROOT, "docs/catalog-format.md"), "utf8")).toBe(renderCatalogFormat());
  });

  it("gives every field a type, its default or whether it is required, a meaning and an example", () => {
    const incomplete = catalogFormatRows().flatMap(({ file, rows }) =>
      rows
        .filter((row) => !row.type || !row.description || !row.example || (!row.presence && !/<[^>]+>$/.test(row.path)))
        .map((row) => `${file.path}: ${row.path}`),
    );
    expect(incomplete).toEqual([]);
  });

  it("lists every top-level field of every file's schema, and every field of an AI Config's variations", () => {
    for (const { file, rows } of catalogFormatRows()) {
      const paths = rows.map((r) => r.path);
      for (const field of fieldsAt(file.schema, [])) expect(paths).toContain(field);
    }
    const aiConfig = catalogFormatRows().find(({ file }) => file.path === "configs/ai-configs/<key>.yaml")!;
    const variationFields = fieldsAt(CATALOG_FILES.find((f) => f.path === "configs/ai-configs/<key>.yaml")!.schema, [
      "variations",
      0,
    ]);
    for (const field of variationFields) expect(aiConfig.rows.map((r) => r.path)).toContain(`variations[].${field}`);
  });
});
