/** Maps an offset in a (possibly embedded) text to an offset in the outer file. */
export type OffsetMap = (offset: number, isEnd: boolean) => number;

export interface ParseError {
  message: string;
  offset: number;
  end: number;
}
