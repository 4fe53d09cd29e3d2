import { evalVerdict, summary, synthVerdict, validateVerdict } from "../../bench/budgets";

describe("npm run bench's budgets", () => {
  it("GIVEN every budget met THEN the bench exits 0", () => {
    expect(
      summary([
        validateVerdict(2000, 9.4),
        synthVerdict(500, 1.9, "1.9x empty app"),
        synthVerdict(2000, 4.8, "4.8x empty app"),
        validateVerdict(50, 99),
        synthVerdict(50, 99, "99x empty app"),
        evalVerdict(4000, 3750),
      ]),
    ).toEqual({ line: "every budget met", exitCode: 0 });
  });

  it("GIVEN validate of 2,000 configs over 10x node's start-up THEN the bench exits 1 and says so", () => {
    expect(summary([validateVerdict(2000, 10.3), synthVerdict(500, 1.5, "1.5x empty app")])).toEqual({
      line: "budget missed: 10.3x node start-up: OVER 10x",
      exitCode: 1,
    });
  });

  it("GIVEN synth of 500 over 2x or of 2,000 over 5x the empty app THEN the bench exits 1 and says which", () => {
    expect(summary([synthVerdict(500, 2.1, "2.1x empty app (4.4x bare cdktf)")])).toEqual({
      line: "budget missed: 2.1x empty app (4.4x bare cdktf): OVER 2x",
      exitCode: 1,
    });
    expect(summary([synthVerdict(500, 1.8, "1.8x empty app"), synthVerdict(2000, 5.2, "5.2x empty app")])).toEqual({
      line: "budget missed: 5.2x empty app: OVER 5x",
      exitCode: 1,
    });
  });
});
