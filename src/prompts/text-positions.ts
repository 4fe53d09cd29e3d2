/** A 1-based line and column in a text. */
export interface Position {
  line: number;
  col: number;
}

/** Maps character offsets in a text to 1-based line and column. */
export class TextPositions {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }

  at(offset: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - this.lineStarts[low]! + 1 };
  }

  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }
}
