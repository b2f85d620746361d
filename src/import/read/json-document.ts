/**
 * Why: a JSON or JSON-LD document can be one huge array (a 2 GB dump), so it is read as a stream and each record
 * is handed over as soon as its text is complete. A small validating scanner finds where each record starts and
 * ends, knows its line, and says on which line the JSON goes wrong; JSON.parse then builds each record from its
 * text. Which values are records: every element of a top-level array; every element of the `@graph` array (given
 * the document's `@context`) or of the `claims` array (Google's Fact Check Tools API) of a top-level object; else
 * the top-level object itself. Several top-level values one after another (as `jq` prints them) are each read so.
 */
import { count, problem, sizeInWords, type Found } from "./found";
import { hexByte, utf8Text } from "./utf8";

/** Records of a JSON document; a problem where it stops being valid, after every record before that point. */
export async function* readJsonDocument(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Found> {
  const document = new JsonDocument(maxBytes, 1);
  for await (const text of utf8Text(chunks)) {
    if (typeof text !== "string") {
      yield problem(document.line, `the text is not valid UTF-8 (byte ${hexByte(text.byte)}); the rest of it is not read`);
      return;
    }
    yield* document.write(text);
    if (document.stopped) return;
  }
  yield* document.end();
}

// What the scanner expects next.
const BETWEEN = 0; // a top-level value, or the end
const VALUE = 1;
const VALUE_OR_CLOSE = 2; // after "["
const KEY_OR_CLOSE = 3; // after "{"
const KEY = 4; // after "," in an object
const COLON = 5;
const COMMA_OR_CLOSE = 6;
const STRING = 7;
const ESCAPE = 8;
const UNICODE = 9;
const NUMBER = 10;
const LITERAL = 11;

// Where the scanner is in a number: after "-", after a leading "0", in the integer digits, after ".", in the
// fraction, after "e", after the exponent's sign, in the exponent.
const MINUS = 0;
const ZERO = 1;
const INTEGER = 2;
const DOT = 3;
const FRACTION = 4;
const E = 5;
const E_SIGN = 6;
const EXPONENT = 7;
const NUMBER_MAY_END = [false, true, true, false, true, false, false, true];

// Which values of the current top-level value are records.
const ARRAY = 0; // a top-level array: its elements
const OBJECT = 1; // a top-level object, until it shows an @graph or claims array: the object itself
const MEMBERS = 2; // the elements of that @graph or claims array
const REST = 3; // the rest of that object, after the array: no more records

/** The keys of a top-level object whose array holds the records. */
export const MEMBER_ARRAYS = new Set(["@graph", "claims"]);
/** A key longer than this (as written, escapes included) cannot be "@graph" or "claims". */
const LONGEST_MEMBER_KEY = 64;

/** The characters that may follow a backslash, but "u": " \ / b f n r t. */
const ESCAPED = new Set([...'"\\/bfnrt'].map((c) => c.charCodeAt(0)));
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** A character for a message: 'x', or U+000B for one that does not print. */
function shown(c: number): string {
  return c > 32 && c < 127 ? `'${String.fromCharCode(c)}'` : `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The text of the record being read, piece by piece across chunks; past the limit only its size is kept.
 * Offsets are in the current chunk.
 */
class RecordText {
  private pieces: string[] = [];
  private bytes = 0;
  private chars = 0;
  /** Where the record starts in the current chunk (0 once it began in an earlier one); -1: none is being read. */
  private from = -1;

  constructor(private readonly maxBytes: number) {}

  get active(): boolean {
    return this.from >= 0;
  }

  start(at: number): void {
    this.pieces = [];
    this.bytes = 0;
    this.chars = 0;
    this.from = at;
  }

  /** The chunk ends: keep its part of the record. */
  carry(text: string): void {
    if (!this.active) return;
    this.add(text.slice(this.from));
    this.from = 0;
  }

  /** Characters of the record before offset `at` of the current chunk. */
  offset(at: number): number {
    return this.chars + at - this.from;
  }

  /** The record's text up to offset `at` of the current chunk; undefined if it is over the limit. */
  peek(text: string, at: number): string | undefined {
    return this.bytes > this.maxBytes ? undefined : this.pieces.join("") + text.slice(this.from, at);
  }

  /** The whole record, ending before offset `end`: its text, or its size in bytes if that is over the limit. */
  finish(text: string, end: number): string | number {
    this.add(text.slice(this.from, end));
    this.from = -1;
    const whole = this.bytes > this.maxBytes ? this.bytes : this.pieces.join("");
    this.pieces = [];
    return whole;
  }

  drop(): void {
    this.from = -1;
    this.pieces = [];
  }

  private add(piece: string): void {
    this.bytes += Buffer.byteLength(piece);
    this.chars += piece.length;
    if (this.bytes > this.maxBytes) this.pieces = [];
    else this.pieces.push(piece);
  }
}

/** A push parser: text goes in chunk by chunk, the records completed by each chunk come out. */
export class JsonDocument {
  /** The line being read (1-based). */
  line: number;
  /** A problem ended the document: the rest of it is not read. */
  stopped = false;

  private state = BETWEEN;
  /** The open arrays and objects, outermost first (true: an object). */
  private readonly containers: boolean[] = [];
  private mode = ARRAY;
  /** The depth at which values are records; -1: none are. */
  private recordDepth = -1;
  private readonly record: RecordText;
  private recordLine = 0;
  private seenValue = false;
  private numberState = MINUS;
  private literal = "";
  private literalAt = 0;
  private hexLeft = 0;
  private stringIsKey = false;
  /** The document's @context when its records are the elements of its @graph. */
  private context: unknown;

  // The top-level object's current key, as written, while it may still be "@graph" or "claims".
  private keyWatched = false;
  private keyFrom = 0;
  private keyText = "";
  /** Where the current key starts in the object's text, to read the members before it (its @context). */
  private keyOffset = 0;
  private memberKey: string | undefined;

  private out: Found[] = [];

  constructor(
    private readonly maxBytes: number,
    firstLine: number,
  ) {
    this.line = firstLine;
    this.record = new RecordText(maxBytes);
  }

  write(text: string): Found[] {
    const n = text.length;
    let i = 0;
    while (i < n && !this.stopped) {
      let c = text.charCodeAt(i);
      switch (this.state) {
        case STRING:
          while (c !== 34 && c !== 92 && c >= 32) {
            if (++i === n) break;
            c = text.charCodeAt(i);
          }
          if (i === n) break;
          if (c === 34) this.stringEnded(text, i);
          else if (c === 92) this.state = ESCAPE;
          else this.fail(c === 10 ? "a line break inside a string" : `a control character (${shown(c)}) inside a string`);
          i++;
          break;
        case ESCAPE:
          if (c === 117) {
            this.state = UNICODE;
            this.hexLeft = 4;
          } else if (ESCAPED.has(c)) {
            this.state = STRING;
          } else {
            this.fail(`an invalid escape \\${String.fromCharCode(c)} in a string`);
          }
          i++;
          break;
        case UNICODE:
          if (!isHex(c)) this.fail(`an invalid \\u escape in a string (${shown(c)} is not a hex digit)`);
          else if (--this.hexLeft === 0) this.state = STRING;
          i++;
          break;
        case NUMBER:
          if (this.numberGoesOn(c)) i++;
          else if (NUMBER_MAY_END[this.numberState]) this.valueEnded(text, i); // c is read again, after the number
          else this.fail(`${shown(c)} in a number`);
          break;
        case LITERAL:
          if (c !== this.literal.charCodeAt(this.literalAt)) this.fail(`${shown(c)} where ${this.literal} was expected`);
          else if (++this.literalAt === this.literal.length) this.valueEnded(text, i + 1);
          i++;
          break;
        default:
          if (c === 10) this.line++;
          else if (c !== 32 && c !== 9 && c !== 13 && !(c === 0xfeff && !this.seenValue)) this.structure(text, i, c);
          i++;
      }
    }
    if (!this.stopped) {
      this.record.carry(text);
      if (this.keyWatched) {
        this.keyText += text.slice(this.keyFrom);
        this.keyFrom = 0;
        if (this.keyText.length > LONGEST_MEMBER_KEY) this.keyWatched = false;
      }
    }
    return this.take();
  }

  /** The text is over. */
  end(): Found[] {
    if (!this.stopped) {
      if (this.state !== BETWEEN) this.stop("not valid JSON: the document ends before its JSON is complete");
      else if (!this.seenValue) this.stop("the document is empty");
    }
    return this.take();
  }

  private take(): Found[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  /** A character outside strings, numbers and literals. */
  private structure(text: string, i: number, c: number): void {
    const inObject = this.containers[this.containers.length - 1];
    switch (this.state) {
      case BETWEEN:
        if (c !== 91 && c !== 123) return this.fail(`${shown(c)} where an array or an object should start`);
        this.seenValue = true;
        this.mode = c === 91 ? ARRAY : OBJECT;
        this.recordDepth = c === 91 ? 1 : 0;
        return this.valueStarts(text, i, c);
      case VALUE:
        return this.valueStarts(text, i, c);
      case VALUE_OR_CLOSE:
        return c === 93 ? this.closes(text, i) : this.valueStarts(text, i, c);
      case KEY_OR_CLOSE:
        if (c === 125) return this.closes(text, i);
        if (c !== 34) return this.fail(`${shown(c)} where a key in quotes or '}' should be`);
        return this.keyStarts(i);
      case KEY:
        if (c !== 34) return this.fail(`${shown(c)} where a key in quotes should be`);
        return this.keyStarts(i);
      case COLON:
        if (c !== 58) return this.fail(`${shown(c)} where ':' should be`);
        this.state = VALUE;
        return;
      case COMMA_OR_CLOSE:
        if (c === 44) this.state = inObject ? KEY : VALUE;
        else if (c === (inObject ? 125 : 93)) this.closes(text, i);
        else this.fail(`${shown(c)} where ',' or '${inObject ? "}" : "]"}' should be`);
    }
  }

  private valueStarts(text: string, i: number, c: number): void {
    const depth = this.containers.length;
    if (c === 91 && depth === 1 && this.mode === OBJECT && this.memberKey !== undefined) {
      // The top-level object's @graph or claims array: its elements are the records, not the object.
      this.context = this.contextBefore(text, i);
      this.record.drop();
      this.mode = MEMBERS;
      this.recordDepth = 2;
    }
    if (depth === this.recordDepth) {
      this.record.start(i);
      this.recordLine = this.line;
    }
    if (c === 123 || c === 91) {
      this.containers.push(c === 123);
      this.state = c === 123 ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
    } else if (c === 34) {
      this.stringIsKey = false;
      this.state = STRING;
    } else if (c === 45 || isDigit(c)) {
      this.numberState = c === 45 ? MINUS : c === 48 ? ZERO : INTEGER;
      this.state = NUMBER;
    } else if (c === 116 || c === 102 || c === 110) {
      this.literal = c === 116 ? "true" : c === 102 ? "false" : "null";
      this.literalAt = 1;
      this.state = LITERAL;
    } else {
      this.fail(`${shown(c)} where a value should start`);
    }
  }

  private keyStarts(i: number): void {
    this.stringIsKey = true;
    this.state = STRING;
    this.memberKey = undefined;
    this.keyWatched = this.containers.length === 1 && this.mode === OBJECT;
    if (this.keyWatched) {
      this.keyFrom = i;
      this.keyText = "";
      this.keyOffset = this.record.offset(i);
    }
  }

  /** The closing quote at offset i. */
  private stringEnded(text: string, i: number): void {
    if (!this.stringIsKey) return this.valueEnded(text, i + 1);
    this.state = COLON;
    if (!this.keyWatched) return;
    this.keyWatched = false;
    const written = this.keyText + text.slice(this.keyFrom, i + 1);
    if (written.length > LONGEST_MEMBER_KEY) return;
    const key = JSON.parse(written) as string;
    if (MEMBER_ARRAYS.has(key)) this.memberKey = key;
  }

  /** The "]" or "}" at offset i. */
  private closes(text: string, i: number): void {
    this.containers.pop();
    if (this.mode === MEMBERS && this.containers.length === 1) {
      this.mode = REST;
      this.recordDepth = -1;
    }
    this.valueEnded(text, i + 1);
  }

  /** A value ended just before offset `end`. */
  private valueEnded(text: string, end: number): void {
    const depth = this.containers.length;
    if (depth === this.recordDepth && this.record.active) this.recordEnded(text, end);
    this.state = depth === 0 ? BETWEEN : COMMA_OR_CLOSE;
  }

  private recordEnded(text: string, end: number): void {
    const whole = this.record.finish(text, end);
    if (typeof whole === "number") {
      const size = `the record is longer than ${sizeInWords(this.maxBytes)} (${count(whole)} bytes)`;
      this.out.push(problem(this.recordLine, size));
      return;
    }
    let value: unknown = JSON.parse(whole);
    if (this.mode === MEMBERS && this.context !== undefined && isObject(value) && !("@context" in value)) {
      value = { "@context": this.context, ...value };
    }
    this.out.push({ kind: "record", line: this.recordLine, value });
  }

  /** The @context among the top-level object's members before its @graph, read from the object's text so far. */
  private contextBefore(text: string, i: number): unknown {
    const before = this.record.peek(text, i)?.slice(0, this.keyOffset).trimEnd().replace(/,$/, "");
    if (before === undefined) return undefined;
    const members = JSON.parse(`${before}}`) as Record<string, unknown>;
    return members["@context"];
  }

  /** Whether c goes on the number being read. */
  private numberGoesOn(c: number): boolean {
    const digit = isDigit(c);
    switch (this.numberState) {
      case MINUS:
        if (digit) this.numberState = c === 48 ? ZERO : INTEGER;
        return digit;
      case ZERO:
      case INTEGER:
      case FRACTION:
        if (digit) return this.numberState !== ZERO;
        if (c === 46 && this.numberState !== FRACTION) this.numberState = DOT;
        else if (c === 101 || c === 69) this.numberState = E;
        else return false;
        return true;
      case DOT:
        if (digit) this.numberState = FRACTION;
        return digit;
      case E:
        if (c === 43 || c === 45) this.numberState = E_SIGN;
        else if (digit) this.numberState = EXPONENT;
        else return false;
        return true;
      default: // E_SIGN, EXPONENT
        if (digit) this.numberState = EXPONENT;
        return digit;
    }
  }

  private fail(what: string): void {
    this.stop(`not valid JSON: ${what}; the rest of the document is not read`);
  }

  private stop(message: string): void {
    this.out.push(problem(this.line, message));
    this.stopped = true;
    this.record.drop();
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
