import { summary, synthVerdict, validateVerdict } from "../../bench/budgets";

describe("npm run bench's budgets", () => {
  it("GIVEN every budget met THEN the bench exits 0", () => {
    expect(
      summary([validateVerdict(2000, 1500), synthVerdict(500, 3.2, "3.2x empty app"), validateVerdict(50, 99999)]),
    ).toEqual({ line: "every budget met", exitCode: 0 });
  });

  it("GIVEN validate over 2 s or synth over 4x THEN the bench exits 1 and says which", () => {
    expect(summary([validateVerdict(2000, 2100), synthVerdict(500, 3.9, "3.9x empty app")])).toEqual({
      line: "budget missed: OVER 2 s",
      exitCode: 1,
    });
    expect(summary([synthVerdict(500, 4.3, "4.3x empty app (9.1x bare cdktf)")])).toEqual({
      line: "budget missed: 4.3x empty app (9.1x bare cdktf): OVER 4x",
      exitCode: 1,
    });
  });
});
