// Splits a JSON array into the texts of its elements as the characters stream in, with each one's line.

/** One element of the array: its JSON text and the line it starts on. */
export interface ArrayElement {
  line: number;
  text: string;
}

/** The array is not well formed at `line`; elements before it were yielded. */
export class ArraySyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'ArraySyntaxError';
  }
}

/**
 * Yields the elements of the JSON array that `chunks` spell (the array's `[` is the first character other
 * than white space), never holding more than one element. Only the structure is checked here (brackets,
 * strings, commas); each element's text is for `JSON.parse`. `firstLine` is the line of the first character.
 */
export async function* arrayElements(
  chunks: AsyncIterable<string> | Iterable<string>,
  firstLine = 1,
): AsyncGenerator<ArrayElement> {
  let line = firstLine;
  let state: 'before' | 'first' | 'value' | 'after' | 'done' = 'before';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: string[] = [];
  let start = 0;
  let elementLine = 0;

  for await (const chunk of chunks) {
    start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (state === 'value') {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 0x5c) escaped = true;
          else if (c === 0x22) inString = false;
          else if (c === 0x0a) line++;
          continue;
        }
        if (c === 0x22) inString = true;
        else if (c === 0x7b || c === 0x5b) depth++;
        else if (c === 0x7d || c === 0x5d) {
          if (depth === 0) {
            if (c === 0x7d) fail(line, 'a "}" without its "{"');
            // The `]` closing the array ends the last element.
            parts.push(chunk.slice(start, i));
            yield { line: elementLine, text: parts.join('') };
            parts = [];
            state = 'done';
            continue;
          }
          depth--;
        } else if (c === 0x2c && depth === 0) {
          parts.push(chunk.slice(start, i));
          yield { line: elementLine, text: parts.join('') };
          parts = [];
          state = 'after';
          continue;
        } else if (c === 0x0a) line++;
        continue;
      }
      if (c === 0x0a) {
        line++;
        continue;
      }
      if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0xfeff) continue;
      if (state === 'before') {
        if (c !== 0x5b) fail(line, 'a JSON array of ads must start with "["');
        state = 'first';
      } else if (state === 'first' && c === 0x5d) {
        state = 'done';
      } else if (state === 'first' || state === 'after') {
        if (c === 0x5d) fail(line, 'a "," before the closing "]"');
        if (c === 0x2c) fail(line, 'two commas in a row');
        // The element starts here: let the value branch see this character too.
        state = 'value';
        elementLine = line;
        start = i;
        parts = [];
        depth = 0;
        inString = false;
        escaped = false;
        i--;
      } else if (state === 'done') {
        fail(line, 'text after the closing "]"');
      }
    }
    if (state === 'value') parts.push(chunk.slice(start));
  }
  if ((state as string) !== 'done') fail(line, 'the file ends inside the array (a "]" is missing)');
}

function fail(line: number, message: string): never {
  throw new ArraySyntaxError(line, message);
}
