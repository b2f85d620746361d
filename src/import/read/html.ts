/**
 * Why: fact-check pages carry their ClaimReview as JSON-LD in <script type="application/ld+json"> blocks. The page
 * is scanned as a stream for those blocks (whatever the attribute quoting, letter case or other attributes; other
 * scripts and comments skipped whole), and each block is read by json-document.ts: a bad block is one problem, and
 * the next block is still read. Bytes that are not UTF-8 become U+FFFD, as a browser would show them.
 */
import { JsonDocument } from "./json-document";
import type { Found } from "./found";

export async function* readHtml(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Found> {
  const decoder = new TextDecoder("utf-8");
  const page = new HtmlPage(maxBytes);
  for await (const chunk of chunks) yield* page.write(decoder.decode(chunk, { stream: true }));
  yield* page.write(decoder.decode());
  yield* page.end();
}

const OUTSIDE = 0;
const OPEN_TAG = 1; // "<script" read, its attributes until ">" not yet
const LD_JSON = 2;
const OTHER_SCRIPT = 3;
const COMMENT = 4;

const SCRIPT_OR_COMMENT = /<script[\s>/]|<!--/i;
const SCRIPT_END = /<\/script/i;
/** Kept back at the end of the text read so far: a "<script" or "</script" may go on in the next chunk. */
const KEEP = "</script".length;
/** An opening <script> tag longer than this is taken for a non-JSON-LD script. */
const LONGEST_TAG = 64 << 10;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

class HtmlPage {
  private state = OUTSIDE;
  /** Text read and not yet dealt with. */
  private pending = "";
  /** The line `pending` starts on. */
  private line = 1;
  private block: JsonDocument | undefined;

  constructor(private readonly maxBytes: number) {}

  write(text: string): Found[] {
    this.pending += text;
    const out: Found[] = [];
    for (;;) {
      if (this.state === OUTSIDE) {
        const found = SCRIPT_OR_COMMENT.exec(this.pending);
        if (!found) return this.skip(this.pending.length - KEEP, out);
        this.skip(found.index, out);
        this.state = found[0] === "<!--" ? COMMENT : OPEN_TAG;
      } else if (this.state === OPEN_TAG) {
        const end = tagEnd(this.pending);
        if (end < 0) {
          if (this.pending.length <= LONGEST_TAG) return out;
          this.state = OTHER_SCRIPT;
          continue;
        }
        const isJsonLd = typeOf(this.pending.slice("<script".length, end)) === "application/ld+json";
        this.skip(end + 1, out);
        this.state = isJsonLd ? LD_JSON : OTHER_SCRIPT;
        if (isJsonLd) this.block = new JsonDocument(this.maxBytes, this.line);
      } else if (this.state === COMMENT) {
        const end = this.pending.indexOf("-->", "<!".length); // "<!-->" is a whole (empty) comment
        if (end < 0) return this.skip(this.pending.length - "<!--".length, out);
        this.skip(end + "-->".length, out);
        this.state = OUTSIDE;
      } else {
        const found = SCRIPT_END.exec(this.pending);
        if (!found) return this.skip(this.pending.length - KEEP, out);
        this.skip(found.index, out);
        if (this.block) out.push(...this.block.end());
        this.block = undefined;
        this.state = OUTSIDE; // "</script>" itself is then passed over as text
      }
    }
  }

  /** The page is over (inside a block, that block ends with it). */
  end(): Found[] {
    const out = this.skip(this.pending.length, []);
    if (this.block) out.push(...this.block.end());
    return out;
  }

  /** Done with the first `length` characters of `pending` (a JSON-LD block's go to its document). */
  private skip(length: number, out: Found[]): Found[] {
    if (length <= 0) return out;
    const done = this.pending.slice(0, length);
    this.pending = this.pending.slice(length);
    if (this.block && !this.block.stopped) out.push(...this.block.write(done));
    for (let at = done.indexOf("\n"); at >= 0; at = done.indexOf("\n", at + 1)) this.line++;
    return out;
  }
}

/** The offset of the ">" that ends the opening tag at the start of `text`, or -1 if it is not there yet. */
function tagEnd(text: string): number {
  let quote = "";
  for (let i = "<script".length; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ">") {
      return i;
    }
  }
  return -1;
}

/** The type attribute of a tag's attribute text, lower case, without parameters ("; charset=utf-8"). */
function typeOf(attributes: string): string | undefined {
  for (const [, name, double, single, bare] of attributes.matchAll(ATTRIBUTE)) {
    if (name.toLowerCase() === "type") return (double ?? single ?? bare ?? "").split(";")[0].trim().toLowerCase();
  }
  return undefined;
}
