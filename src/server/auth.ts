/**
 * Who may write. Reads are open; writes need one of the keys in FACTGRAPH_API_KEYS (comma-separated), sent as
 * `Authorization: Bearer <key>`. Several keys may be valid at once, which is how keys are rotated: add the new
 * key, move clients to it, remove the old one. Keys are compared in constant time and never logged.
 */
import { createHash, timingSafeEqual } from "crypto";
import type { Caller } from "../graphql/context";

/** Keys are kept as digests: equal-length values for timingSafeEqual, and no key text held in memory. */
const digest = (key: string) => createHash("sha256").update(key).digest();

export function parseApiKeys(value: string | undefined): Buffer[] {
  return (value ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k.length > 0)
    .map(digest);
}

export function identifyCaller(authorization: string | undefined, keys: Buffer[]): Caller {
  if (keys.length === 0) return { writer: false, reason: "this server accepts no writes: FACTGRAPH_API_KEYS is not set" };
  if (!authorization) return { writer: false, reason: "writes need an API key: send Authorization: Bearer <key>" };
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match) return { writer: false, reason: "the Authorization header must be: Bearer <key>" };
  const presented = digest(match[1].trim());
  // Compare against every key so the time taken does not say which (if any) matched.
  const valid = keys.reduce((found, key) => timingSafeEqual(presented, key) || found, false);
  return valid ? { writer: true } : { writer: false, reason: "the API key is not valid" };
}
