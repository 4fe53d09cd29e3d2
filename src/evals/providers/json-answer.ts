/** The instruction that asks a model without native structured output for JSON of one schema. */
export function jsonInstruction(schema: Record<string, unknown>): string {
  return `Answer with one JSON object and nothing else (no prose, no code fence), valid against this JSON Schema:\n${JSON.stringify(schema)}`;
}

/** The JSON object in a model's answer: the whole text, or the text inside a code fence or between the outer braces. */
export function parseJsonAnswer(text: string): Record<string, unknown> | undefined {
  const candidates = [
    text.trim(),
    /```(?:json)?\s*([\s\S]*?)```/.exec(text)?.[1]?.trim(),
    text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const value = JSON.parse(candidate) as unknown;
      if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // the next candidate
    }
  }
  return undefined;
}
