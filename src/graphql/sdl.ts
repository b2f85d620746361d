/**
 * The SDL the served schema is built from: schema/*.graphql and the name lookups. A module of its own, importing
 * no resolvers, so projection (translate/schema-model.ts) can read it without an import cycle through schema.ts.
 */
import * as fs from "fs";
import * as path from "path";
import { LOOKUP_TYPE_DEFS } from "./lookups";

export const SCHEMA_DIR = path.resolve(__dirname, "../../schema");

export function typeDefs(): string[] {
  const sdl = (file: string) => fs.readFileSync(path.join(SCHEMA_DIR, file), "utf8");
  return [sdl("factgraph.graphql"), sdl("factchecking.graphql"), sdl("ingest.graphql"), LOOKUP_TYPE_DEFS];
}
