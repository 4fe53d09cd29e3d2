/**
 * Estimated model tokens for a text. Bedrock models use different tokenizers, none published for offline use,
 * so this is the common planning heuristic of one token per four characters, rounded up; it over-counts
 * slightly for plain English, which is the safe side for context-window warnings and cost estimates.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
