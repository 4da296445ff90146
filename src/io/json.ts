import type { ClaimgraphError, ErrorLocation } from '../errors';

type ErrorClass = new (message: string, location?: ErrorLocation, options?: { cause?: unknown }) => ClaimgraphError;

/**
 * `JSON.parse` whose failure is a typed error naming the file, line and column:
 * `caller: file.json:3:17: Unexpected token } in JSON`.
 */
export function parseJson(text: string, caller: string, file: string | undefined, ErrorType: ErrorClass): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const message = (cause as Error).message;
    // V8 names the offending position; without one ("Unexpected end") the text ended too soon.
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? text.length);
    const before = text.slice(0, position).split('\n');
    const location: ErrorLocation = { ...(file !== undefined && { file }), line: before.length, column: before.at(-1)!.length + 1 };
    const where = [file, location.line, location.column].filter((p) => p !== undefined).join(':');
    throw new ErrorType(`${caller}: ${where ? `${where}: ` : ''}not valid JSON (${message})`, location, { cause });
  }
}
