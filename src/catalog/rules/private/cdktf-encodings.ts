/**
 * What cdktf reads as one of its tokens (a reference to be filled in at synth) when it meets it in a value, so that
 * catalog text can be held apart from them. cdktf resolves every string and number the stacks hand it, whoever
 * wrote it; the catalog layer does not load cdktf, so its encodings are stated here, as cdktf 0.21 defines them
 * (tokens/private/encoding.js and tokens/token.js). test/catalog/rules/cdktf-encodings.test.ts holds each of them to
 * cdktf's own encoder, so an upgrade that changes them fails there.
 */

/** In every encoded string, list and map token: `${TfToken[TOKEN.1]}`, `#{TfToken[…]}`, `&{TfToken[…]}`. */
const TOKEN_MARKER = "TfToken[";
/** Strings cdktf takes as the placeholder of a map token wherever they stand whole. */
const MAP_PLACEHOLDERS: ReadonlySet<string> = new Set(["String Map Token Value", "Any Map Token Value"]);
/** The number cdktf takes as the placeholder of a number-map token. */
const NUMBER_MAP_PLACEHOLDER = -123456789;
/** cdktf's pattern for a number written inside a string; each match is read with parseFloat and looked up. */
const NUMBER_IN_TEXT = /[-|\d.+]+(e[-|\d.eE+]+)/g;
/** What every match of NUMBER_IN_TEXT holds: one test of it spares a list of matches for most strings. */
const MAY_HOLD_NUMBER = /[-|\d.+]e[-|\d.eE+]/;
/** The top 16 bits of an encoded number (the sign and exponent of a double), and of an item of a number list. */
const NUMBER_MARKERS: ReadonlySet<number> = new Set([0xfdff, 0xfbff]);

const bits = new DataView(new ArrayBuffer(8));

/** Whether cdktf reads this number as an encoded token (or a list item of one), or as a map placeholder. */
export function isEncodedNumber(n: number): boolean {
  if (n === NUMBER_MAP_PLACEHOLDER) return true;
  bits.setFloat64(0, n, true);
  return NUMBER_MARKERS.has(bits.getUint16(6, true));
}

export interface EncodingInText {
  /** Where it starts in the string. */
  index: number;
  /** What cdktf would read: the marker, the number as written, or the whole placeholder. */
  text: string;
  kind: "marker" | "number" | "placeholder";
}

/** The first part of `s` cdktf would read as a token, or undefined when it reads none. */
export function encodingInText(s: string): EncodingInText | undefined {
  const marker = s.indexOf(TOKEN_MARKER);
  if (marker !== -1) {
    // Reported from its opening "${", "#{" or "&{" when it has one, as cdktf writes it.
    const opened = marker >= 2 && s[marker - 1] === "{" && "$#&".includes(s[marker - 2]!);
    const index = opened ? marker - 2 : marker;
    return { index, text: s.slice(index, marker + TOKEN_MARKER.length), kind: "marker" };
  }
  if (MAP_PLACEHOLDERS.has(s)) return { index: 0, text: s, kind: "placeholder" };
  // Almost no text holds an "e" between the characters of a number; only then is the whole pattern run.
  if (!MAY_HOLD_NUMBER.test(s)) return undefined;
  for (const match of s.matchAll(NUMBER_IN_TEXT)) {
    if (isEncodedNumber(parseFloat(match[0]))) return { index: match.index, text: match[0], kind: "number" };
  }
  return undefined;
}

/** Why such a value cannot stay, for a problem message; `where` names what holds it ("here", "the key"). */
export function encodingMessage(found: Pick<EncodingInText, "text" | "kind">, where = "here"): string {
  const consequence =
    "synth would put another resource's reference in its place or stop, so what LaunchDarkly gets would differ from this file";
  switch (found.kind) {
    case "marker":
      return `"${found.text}" ${where} is how cdktf writes a reference into text: ${consequence}; reword it`;
    case "placeholder":
      return `"${found.text}" ${where} is cdktf's placeholder for a map reference: ${consequence}; reword it`;
    case "number":
      return `${found.text} ${where} is a number cdktf reads as an encoded reference: ${consequence}; write another value`;
  }
}
