import { Lazy, Token } from "cdktf";
import {
  BEGIN_LIST_TOKEN_MARKER,
  BEGIN_MAP_TOKEN_MARKER,
  BEGIN_STRING_TOKEN_MARKER,
  createTokenDouble,
  extractTokenDouble,
  TokenString,
} from "cdktf/lib/tokens/private/encoding";
import * as fc from "fast-check";
import { encodingInText, isEncodedNumber } from "../../../src/catalog/rules/private/cdktf-encodings";

/**
 * The catalog layer states cdktf's token encodings without loading cdktf; these tests hold every one of them to
 * cdktf's own encoder and decoder, so that a cdktf upgrade changing them fails here rather than letting catalog
 * text pass as a reference again.
 */
/** Whether cdktf's search for numbers in a string (resolve.js) meets an encoded one. */
function decodesNumber(text: string): boolean {
  let found = false;
  TokenString.forNumbers(text).split((id) => {
    found ||= extractTokenDouble(parseFloat(id), false) !== undefined;
    return undefined;
  });
  return found;
}

describe("cdktf's token encodings, as the token-encoding rule knows them", () => {
  const stringToken = Token.asString(Lazy.stringValue({ produce: () => "x" }));
  const listToken = Token.asList(Lazy.listValue({ produce: () => ["x"] }))[0]!;
  const mapKey = Object.keys(Token.asStringMap(Lazy.anyValue({ produce: () => ({}) })))[0]!;
  const numberToken = Token.asNumber(Lazy.numberValue({ produce: () => 1 }));
  const numberListItem = Token.asNumberList(Lazy.numberValue({ produce: () => 1 }))[0]!;

  it.each([
    ["a string token", stringToken],
    ["a string token inside text", `Answer ${stringToken} briefly`],
    ["a list token", listToken],
    ["a map token's key", mapKey],
    ["a number token written into text", `costs ${numberToken} a call`],
    ["a number-list item written into text", `${numberListItem}`],
    ["the string map placeholder", Token.STRING_MAP_TOKEN_VALUE],
    ["the any map placeholder", Token.ANY_MAP_TOKEN_VALUE],
  ])("GIVEN %s THEN it is found", (_, text) => {
    expect(encodingInText(text)).toBeDefined();
  });

  it("GIVEN cdktf's markers THEN each holds the one the rule looks for", () => {
    for (const marker of [BEGIN_STRING_TOKEN_MARKER, BEGIN_LIST_TOKEN_MARKER, BEGIN_MAP_TOKEN_MARKER])
      expect(encodingInText(`${marker}TOKEN.1]}`)?.kind).toBe("marker");
  });

  it("GIVEN cdktf's encoded numbers and its number-map placeholder THEN each is an encoded number", () => {
    expect([numberToken, numberListItem, Token.NUMBER_MAP_TOKEN_VALUE].map(isEncodedNumber)).toEqual([
      true,
      true,
      true,
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), fc.boolean(), (index, list) =>
        isEncodedNumber(createTokenDouble(index, list)),
      ),
    );
  });

  it("GIVEN any other double THEN it is an encoded number exactly when cdktf decodes it", () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        const decoded = extractTokenDouble(n, false) !== undefined || extractTokenDouble(n, true) !== undefined;
        expect(isEncodedNumber(n)).toBe(decoded || n === Token.NUMBER_MAP_TOKEN_VALUE);
      }),
    );
  });

  it("GIVEN any text in which cdktf finds a token THEN the rule finds one too", () => {
    const pieces = fc.constantFrom(
      "${",
      "#{",
      "&{",
      "TfToken[",
      "TOKEN.1]}",
      "e+",
      "1.5",
      "-",
      " ",
      "x",
      "{{v}}",
      String(numberToken),
      String(numberListItem),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 8 }), (parts) => {
        const text = parts.join("");
        const cdktfFinds =
          TokenString.forString(text).test() ||
          TokenString.forListToken(text).test() ||
          TokenString.forMapToken(text).test() ||
          text === Token.STRING_MAP_TOKEN_VALUE ||
          text === Token.ANY_MAP_TOKEN_VALUE ||
          decodesNumber(text);
        // The rule is stricter than cdktf's patterns on purpose: a marker refused even where cdktf's would not match.
        if (cdktfFinds) expect(encodingInText(text)).toBeDefined();
      }),
    );
  });
});
