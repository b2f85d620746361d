import { deflateRawSync } from "node:zlib";
import { jarEntries } from "../../src/embedding/jar";

/** A zip with the given entries, stored or deflated, as a jar tool writes them (CRCs left 0: the reader ignores them). */
function zip(entries: { name: string; data: Buffer; deflate: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = e.deflate ? deflateRawSync(e.data) : e.data;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    directory.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

const weights = Buffer.from("weights ".repeat(1000));
const jar = zip([
  { name: "META-INF/MANIFEST.MF", data: Buffer.from("Manifest-Version: 1.0\n"), deflate: true },
  { name: "model.onnx", data: weights, deflate: true },
  { name: "tokenizer.json", data: Buffer.from("{}"), deflate: false },
]);

test("named entries come out whole, deflated or stored; the rest are skipped", () => {
  const entries = jarEntries(jar, ["model.onnx", "tokenizer.json"]);
  expect(entries.get("model.onnx")).toEqual(weights);
  expect(entries.get("tokenizer.json")!.toString()).toBe("{}");
  expect([...entries.keys()].sort()).toEqual(["model.onnx", "tokenizer.json"]);
});

test("a missing entry, or bytes that are no jar, are said so", () => {
  expect(() => jarEntries(jar, ["model.onnx", "vocab.txt"])).toThrow("the jar has no vocab.txt");
  expect(() => jarEntries(Buffer.from("<html>404 Not Found</html>".padEnd(100)), ["model.onnx"])).toThrow("not a jar");
});
