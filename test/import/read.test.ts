/**
 * src/import/read: every format and compression the importers read, on small hand-written fixtures
 * (test/fixtures/import/README.md), and on files made here in a temporary folder where size matters. No Neo4j.
 */
import childProcess = require("node:child_process"); // the module object itself, so that spawn can be spied on
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { readRecords, ReadError, type ReadItem, type ReadOptions } from "../../src/import/read";
import { JsonDocument } from "../../src/import/read/json-document";

const realSpawn = childProcess.spawn;
const FIXTURES = path.join(__dirname, "..", "fixtures", "import");
const fixture = (name: string) => path.join(FIXTURES, name);

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "factgraph-read-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every item of a file, and the ReadError that ended it if one did. */
async function readAll(file: string, options?: ReadOptions): Promise<{ items: ReadItem[]; error?: Error }> {
  const items: ReadItem[] = [];
  try {
    for await (const item of readRecords(file, options)) items.push(item);
  } catch (error) {
    return { items, error: error as Error };
  }
  return { items };
}

const records = (items: ReadItem[]) => items.filter((item) => item.kind === "record");
const problems = (items: ReadItem[]) => items.filter((item) => item.kind === "problem");
/** [line, key] of each record: where it starts, and a field that tells it apart. */
const recordsBy = (items: ReadItem[], key: string) =>
  records(items).map((item) => [item.line, (item.value as Record<string, unknown>)[key]]);
const problemsAt = (items: ReadItem[]) =>
  problems(items).map((item) => [item.line, (item as { message: string }).message]);

/** Runs `body` as on a machine without the bzip2 program, so the pure-JavaScript decoder is used. */
async function withoutBzip2Program<T>(body: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  process.env.PATH = tmp;
  try {
    return await body();
  } finally {
    process.env.PATH = saved;
  }
}

const QUOTE_IDS = [
  [1, "2015-03-02-000123"],
  [2, "2015-03-02-000456"],
  [3, "2015-03-03-000017"],
  [4, "2015-03-04-000901"],
];

describe("JSON lines", () => {
  test.each(["quotes.jsonl", "quotes.jsonl.gz", "quotes.jsonl.bz2", "quotes-lines.json", "quotes-2015.json.bz2"])(
    "%s: one record a line, with its line number",
    async (name) => {
      const { items, error } = await readAll(fixture(name));
      expect(error).toBeUndefined();
      expect(problems(items)).toEqual([]);
      expect(recordsBy(items, "quoteID")).toEqual(QUOTE_IDS);
      expect(items[0]).toEqual({
        kind: "record",
        file: fixture(name),
        line: 1,
        value: expect.objectContaining({ speaker: "Dana Whitcombe", probas: [["Dana Whitcombe", "0.8123"], ["None", "0.1877"]] }),
      });
      expect((records(items)[2].value as { quotation: string }).quotation).toContain("— café owners");
    },
  );

  test(".bz2 without the bzip2 program: the same records, decoded in JavaScript", async () => {
    const { items, error } = await withoutBzip2Program(() => readAll(fixture("quotes-2015.json.bz2")));
    expect(error).toBeUndefined();
    expect(recordsBy(items, "quoteID")).toEqual(QUOTE_IDS);
  });

  test("a malformed line is a problem at its line, and the lines after it are still read", async () => {
    const { items, error } = await readAll(fixture("malformed.jsonl"));
    expect(error).toBeUndefined();
    expect(recordsBy(items, "quoteID")).toEqual([
      [1, "2015-04-01-000001"],
      [4, "2015-04-01-000003"],
    ]);
    expect(problemsAt(items)).toEqual([[3, expect.stringMatching(/^not valid JSON: /)]]);
    expect(problems(items)[0].file).toBe(fixture("malformed.jsonl"));
  });

  test("a byte-order mark, CRLF line ends, a blank line, and a last line without a newline", async () => {
    const { items } = await readAll(fixture("crlf.jsonl"));
    expect(problems(items)).toEqual([]);
    expect(recordsBy(items, "quotation")).toEqual([
      [1, "one"],
      [2, "two"],
      [4, "three"],
    ]);
  });

  test("a line with a byte that is not UTF-8 is a problem naming the byte; its neighbours keep their accents", async () => {
    const { items } = await readAll(fixture("not-utf8.jsonl"));
    expect(recordsBy(items, "quotation")).toEqual([
      [1, "café owners agreed"],
      [3, "naïve — but fair"],
    ]);
    const column = Buffer.from('{"quoteID":"2015-06-01-000002","quotation":"caf').length + 1;
    expect(problemsAt(items)).toEqual([[2, `the line is not valid UTF-8 (byte 0xE9 at column ${column})`]]);
  });

  test("each kind of invalid UTF-8 sequence is found where it starts", async () => {
    const file = path.join(tmp, "bad-sequences.jsonl");
    const bad = [
      [0xc0, 0xaf], // an overlong "/"
      [0xed, 0xa0, 0x80], // a UTF-16 surrogate
      [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
      [0xf5], // never a lead byte
      [0xe2, 0x82], // unfinished at the end of the line
    ];
    const lines = bad.map((bytes) => Buffer.concat([Buffer.from('"é'), Buffer.from(bytes)]));
    fs.writeFileSync(file, Buffer.concat(lines.flatMap((line) => [line, Buffer.from("\n")])));
    const { items } = await readAll(file);
    expect(problemsAt(items)).toEqual(
      bad.map((bytes, i) => [i + 1, `the line is not valid UTF-8 (byte 0x${bytes[0].toString(16).toUpperCase()} at column 4)`]),
    );
  });

  test("a line over the limit (1 MiB by default) is a problem, and the lines around it are read", async () => {
    const file = path.join(tmp, "long-line.jsonl");
    const long = JSON.stringify({ quoteID: "long", quotation: "x".repeat(1.5 * 2 ** 20) });
    fs.writeFileSync(file, `{"quoteID":"a"}\n${long}\n{"quoteID":"b"}\n`);
    const { items } = await readAll(file);
    expect(recordsBy(items, "quoteID")).toEqual([
      [1, "a"],
      [3, "b"],
    ]);
    expect(problemsAt(items)).toEqual([[2, `the line is longer than 1 MiB (${long.length.toLocaleString("en-US")} bytes)`]]);
  });

  test("maxRecordBytes sets the limit; a line exactly at it, with its \\r\\n, is still read", async () => {
    const file = path.join(tmp, "limit.jsonl");
    fs.writeFileSync(file, '{"a":"1234"}\r\n{"a":"12345"}\r\n');
    const { items } = await readAll(file, { maxRecordBytes: 12 });
    expect(recordsBy(items, "a")).toEqual([[1, "1234"]]);
    expect(problemsAt(items)).toEqual([[2, "the line is longer than 12 bytes (13 bytes)"]]);
  });
});

describe("JSON documents", () => {
  test("a top-level array: each element is a record, at the line where it starts", async () => {
    const { items, error } = await readAll(fixture("claimreviews.json"));
    expect(error).toBeUndefined();
    expect(problems(items)).toEqual([]);
    expect(recordsBy(items, "url")).toEqual([
      [2, "https://factcheck.example/2019/detainers"],
      [17, "https://factcheck.example/2019/grants"],
      [25, "https://factcheck.example/2019/ordinance"],
    ]);
    expect((records(items)[0].value as { reviewRating: unknown }).reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Mostly false",
    });
  });

  test("@graph: each element is a record, given the document's @context unless it has its own", async () => {
    const { items } = await readAll(fixture("graph.jsonld"));
    expect(problems(items)).toEqual([]);
    expect(recordsBy(items, "url")).toEqual([
      [4, "https://checkers.example/claims/42"],
      [10, "https://checkers.example/claims/43"],
    ]);
    expect(records(items).map((item) => (item.value as Record<string, unknown>)["@context"])).toEqual([
      "https://schema.org",
      { "@vocab": "https://schema.org/" },
    ]);
  });

  test("the Fact Check Tools API answer: each of its claims is a record", async () => {
    const { items } = await readAll(fixture("factcheck-api.json"));
    expect(problems(items)).toEqual([]);
    expect(recordsBy(items, "claimant")).toEqual([
      [3, "Dana Whitcombe"],
      [18, "Harlan Okafor"],
    ]);
    expect(records(items)[0].value).toEqual(expect.objectContaining({ claimReview: [expect.objectContaining({ textualRating: "Mostly false" })] }));
  });

  test("any other object is the one record (a `claims` that is not an array included)", async () => {
    const { items } = await readAll(fixture("single.jsonld"));
    expect(problems(items)).toEqual([]);
    expect(recordsBy(items, "url")).toEqual([[1, "https://checkers.example/claims/45"]]);
  });

  test("malformed JSON: the records before it, then a problem at its line, and the document stops", async () => {
    const file = path.join(tmp, "broken.json");
    fs.writeFileSync(file, '[\n  {"url": "a"},\n  {"url": "b"},\n  {"url": "c",\n   "x": tru},\n  {"url": "d"}\n]\n');
    const { items, error } = await readAll(file);
    expect(error).toBeUndefined();
    expect(recordsBy(items, "url")).toEqual([
      [2, "a"],
      [3, "b"],
    ]);
    expect(problemsAt(items)).toEqual([[5, "not valid JSON: '}' where true was expected; the rest of the document is not read"]]);
  });

  test("a document that ends early, or holds no JSON, is a problem", async () => {
    const cut = path.join(tmp, "cut.json");
    fs.writeFileSync(cut, '[{"url": "a"},\n{"url": "b"');
    const empty = path.join(tmp, "empty.json");
    fs.writeFileSync(empty, "\n\n");
    const cutItems = (await readAll(cut)).items;
    expect(recordsBy(cutItems, "url")).toEqual([[1, "a"]]);
    expect(problemsAt(cutItems)).toEqual([[2, "not valid JSON: the document ends before its JSON is complete"]]);
    expect((await readAll(empty)).items).toEqual([{ kind: "problem", file: empty, line: 3, message: "the document is empty" }]);
  });

  test("an element over maxRecordBytes is a problem at its line; the elements around it are read", async () => {
    const file = path.join(tmp, "big-element.json");
    fs.writeFileSync(file, `[{"url": "a"},\n{"url": "${"é".repeat(40)}"},\n{"url": "c"}]`);
    const { items } = await readAll(file, { maxRecordBytes: 50 });
    expect(recordsBy(items, "url")).toEqual([
      [1, "a"],
      [3, "c"],
    ]);
    expect(problemsAt(items)).toEqual([[2, "the record is longer than 50 bytes (91 bytes)"]]);
  });

  test("a JSON document with a byte that is not UTF-8: the records before it, then a problem at its line", async () => {
    const file = path.join(tmp, "latin1.json");
    fs.writeFileSync(file, Buffer.concat([Buffer.from('[{"url": "a"},\n{"url": "caf'), Buffer.from([0xe9]), Buffer.from('"}]')]));
    const { items } = await readAll(file);
    expect(recordsBy(items, "url")).toEqual([[1, "a"]]);
    expect(problemsAt(items)).toEqual([[2, "the text is not valid UTF-8 (byte 0xE9); the rest of it is not read"]]);
  });

  test("a .json whose first line is a whole array is a document, not JSON lines", async () => {
    const file = path.join(tmp, "one-line.json");
    fs.writeFileSync(file, '\uFEFF[{"url": "a"}, {"url": "b"}]\n'); // after a byte-order mark
    expect(recordsBy((await readAll(file)).items, "url")).toEqual([
      [1, "a"],
      [1, "b"],
    ]);
  });

  test("a 2 GB-style array, minified on one line, is streamed: the first record comes long before the end", async () => {
    const file = path.join(tmp, "many.json");
    const element = JSON.stringify({ quoteID: "x", quotation: "y".repeat(400) });
    fs.writeFileSync(file, `[${Array(20000).fill(element).join(",")}]`); // about 8 MB
    let bytesRead = 0;
    const reading = readRecords(file, { onBytes: (read) => (bytesRead = read) });
    const first = await reading.next();
    expect(first.value).toEqual(expect.objectContaining({ kind: "record", line: 1 }));
    await new Promise((resolve) => setTimeout(resolve, 100)); // a busy consumer: reading must not run ahead
    expect(bytesRead).toBeLessThan(3 * 2 ** 20);
    await reading.return(undefined);
  });

  test("a minified JSON-LD document on one line is a document, not JSON lines: its @graph elements are the records", async () => {
    const file = path.join(tmp, "minified.jsonld");
    fs.writeFileSync(file, JSON.stringify({ "@context": "https://schema.org", "@graph": [{ url: "a" }, { url: "b" }] }));
    expect(records((await readAll(file)).items).map((item) => item.value)).toEqual([
      { "@context": "https://schema.org", url: "a" },
      { "@context": "https://schema.org", url: "b" },
    ]);
  });

  test("characters cut in two by the 64 KiB chunks of a document are read whole", async () => {
    const file = path.join(tmp, "accents.json");
    const quotation = "é—ü€😀".repeat(2000); // 2-, 3- and 4-byte characters, 32 kB
    fs.writeFileSync(file, JSON.stringify(Array(8).fill({ quotation }), null, 1));
    const { items } = await readAll(file);
    expect(problems(items)).toEqual([]);
    // Compared one by one: a failure printing eight 32 kB strings would bury the report.
    expect(records(items).map((item) => (item.value as { quotation: string }).quotation === quotation)).toEqual(Array(8).fill(true));
  });
});

describe("HTML", () => {
  test("each ld+json block is a document: a bad block is a problem, the next block is still read", async () => {
    const { items, error } = await readAll(fixture("review-page.html"));
    expect(error).toBeUndefined();
    expect(recordsBy(items, "url")).toEqual([[21, "https://factcheck.example/2019/grants"]]);
    expect(problemsAt(items)).toEqual([[15, "not valid JSON: '}' where a key in quotes should be; the rest of the document is not read"]]);
  });
});

describe("broken and unreadable files", () => {
  /** The records of test/fixtures/import/truncated.jsonl.*: line i holds quote i. */
  const expectLeadingQuotes = (items: ReadItem[], atLeast: number) => {
    expect(problems(items)).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(atLeast);
    expect(recordsBy(items, "quoteID")).toEqual(items.map((_, i) => [i + 1, `2016-01-01-${String(i + 1).padStart(6, "0")}`]));
  };

  test("a truncated .bz2: the records before the break, then a ReadError saying it looks truncated", async () => {
    const { items, error } = await readAll(fixture("truncated.jsonl.bz2"));
    expectLeadingQuotes(items, 560); // two whole 100 kB blocks, less bzip2's last 5,000-byte piece
    expect(error).toBeInstanceOf(ReadError);
    expect(error?.message).toBe(
      `${fixture("truncated.jsonl.bz2")}: the bzip2 stream ends early, the file looks truncated (read 7,000 bytes); ` +
        `the ${items.length} records before this point were read`,
    );
  });

  test("a truncated .bz2 without the bzip2 program: the same, by the JavaScript decoder", async () => {
    const { items, error } = await withoutBzip2Program(() => readAll(fixture("truncated.jsonl.bz2")));
    expectLeadingQuotes(items, 579); // every whole line of the two whole blocks
    expect(error).toBeInstanceOf(ReadError);
    expect(error?.message).toMatch(/: the bzip2 stream ends early, the file looks truncated \(read 7,000 bytes\); the 579 records/);
  });

  test("a truncated .gz: the records before the break, then a ReadError saying it looks truncated", async () => {
    const { items, error } = await readAll(fixture("truncated.jsonl.gz"));
    expectLeadingQuotes(items, 375);
    expect(error).toBeInstanceOf(ReadError);
    expect(error?.message).toBe(
      `${fixture("truncated.jsonl.gz")}: the gzip stream ends early, the file looks truncated (read 6,500 bytes); ` +
        "the 375 records before this point were read",
    );
  });

  test("corrupt compressed data is a ReadError saying so", async () => {
    const gz = path.join(tmp, "corrupt.jsonl.gz");
    const gzBytes = fs.readFileSync(fixture("quotes.jsonl.gz"));
    gzBytes[gzBytes.length - 6] ^= 0xff; // the CRC of the data
    fs.writeFileSync(gz, gzBytes);
    const bz2 = path.join(tmp, "corrupt.jsonl.bz2");
    const bz2Bytes = fs.readFileSync(fixture("quotes.jsonl.bz2"));
    bz2Bytes[200] ^= 0xff;
    fs.writeFileSync(bz2, bz2Bytes);
    const notBz2 = path.join(tmp, "plain.jsonl.bz2");
    fs.copyFileSync(fixture("quotes.jsonl"), notBz2);

    // The check fails at the very end, after the 4 records were decoded: zlib keeps back the last piece it decoded.
    expect((await readAll(gz)).error?.message).toMatch(/: the gzip data is corrupt \(incorrect data check\) \(read 569 bytes\); no record was/);
    expect((await readAll(bz2)).error?.message).toMatch(/: the bzip2 data is corrupt .*; no record was read before this point$/);
    expect((await readAll(notBz2)).error?.message).toMatch(/: the file is not bzip2 data /);
    expect((await withoutBzip2Program(() => readAll(notBz2))).error?.message).toMatch(/: the file is not bzip2 data /);
  });

  test("an unknown extension is a ReadError naming the accepted ones", async () => {
    const file = path.join(tmp, "quotes.csv");
    fs.writeFileSync(file, "quoteID,quotation\n");
    const { items, error } = await readAll(file);
    expect(items).toEqual([]);
    expect(error).toBeInstanceOf(ReadError);
    expect(error?.message).toBe(
      `${file}: cannot tell its format from its name; accepted: .jsonl, .ndjson, .json, .jsonld, .html, .htm, each also as .gz or .bz2`,
    );
  });

  test("a missing file is a ReadError", async () => {
    const file = path.join(tmp, "missing.jsonl.bz2");
    expect((await readAll(file)).error).toEqual(new ReadError(`${file}: cannot open it: there is no such file`));
  });
});

describe("progress and stopping early", () => {
  test("onBytes counts the compressed bytes read, up to the file's size", async () => {
    const file = fixture("truncated.jsonl.gz");
    const calls: [number, number][] = [];
    await readAll(file, { onBytes: (read, total) => calls.push([read, total]) });
    const size = fs.statSync(file).size;
    expect(calls.length).toBeGreaterThan(0);
    expect(calls[calls.length - 1]).toEqual([size, size]);
    expect(calls.map(([read]) => read)).toEqual([...calls.map(([read]) => read)].sort((a, b) => a - b));
  });

  test("a consumer may stop after any record: the bzip2 process is ended, nothing is left running", async () => {
    const spawned: ChildProcess[] = [];
    const spawn = jest.spyOn(childProcess, "spawn").mockImplementation((...args: Parameters<typeof childProcess.spawn>) => {
      const child = realSpawn(...args);
      spawned.push(child);
      return child;
    });
    try {
      for await (const item of readRecords(fixture("truncated.jsonl.bz2"))) {
        expect(item.line).toBe(1);
        break;
      }
    } finally {
      spawn.mockRestore();
    }
    expect(spawned).toHaveLength(1);
    const [child] = spawned;
    if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once("exit", resolve));
    expect(child.signalCode).toBe("SIGTERM");
  });
});

describe("the JSON document scanner", () => {
  /** Feeds `text` to a scanner in pieces cut at `cuts`, and returns what came out. */
  const scan = (text: string, cuts: number[]) => {
    const document = new JsonDocument(2 ** 20, 1);
    const out = [];
    let from = 0;
    for (const cut of [...cuts, text.length].sort((a, b) => a - b)) {
      out.push(...document.write(text.slice(from, cut)));
      from = cut;
    }
    return [...out, ...document.end()];
  };

  test("reads any array of JSON values as JSON.parse does, however the text is cut into chunks", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.integer({ min: 0, max: 2 }), fc.array(fc.nat()), (values, indent, cuts) => {
        const text = JSON.stringify(values, null, indent);
        const out = scan(text, cuts.map((cut) => cut % (text.length + 1)));
        // JSON.parse(JSON.stringify(x)) turns -0 into 0; compare with what JSON itself gives back.
        expect(out.map((found) => (found.kind === "record" ? found.value : found))).toEqual(JSON.parse(JSON.stringify(values)));
      }),
    );
  });

  test("rejects exactly the texts that JSON.parse rejects", () => {
    const nearlyJson = fc
      .tuple(fc.jsonValue(), fc.nat(), fc.constantFrom("", "}", "]", ",", ":", '"', "\\", "0", "-", ".", "e", "t", "\n", "\u0001", " "))
      .map(([value, at, inserted]) => {
        const text = JSON.stringify([value]);
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + inserted + text.slice(cut + (at % 2));
      });
    fc.assert(
      fc.property(nearlyJson, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const out = scan(text, []);
        const failed = out.some((found) => found.kind === "problem");
        // Valid JSON is rejected only when it is not an array or an object: a document must be one.
        expect(failed).toBe(!valid || !/^\s*[[{]/.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});
