/**
 * `npm run seed` (and later verbs of ingestion): loads into the Neo4j that NEO4J_URI names, or into the
 * project-managed local one (started for the command and stopped after, unless it was already running).
 */
import { applySchema } from "../graph/constraints";
import { openGraphDatabase, type GraphDatabase } from "../neo4j/connection";
import { ingestCommand } from "./ingest-cli";
import { loadSeed } from "./seed";

const log = (message: string) => console.log(`[factgraph] ${message}`);

type Command = (db: GraphDatabase, args: string[]) => Promise<void>;

const COMMANDS: Record<string, { usage: string; run: Command }> = {
  seed: {
    usage: "seed [--force]   load the seed graph (idempotent; --force rewrites it even if this version is there)",
    run: async (db, args) => {
      await applySchema(db.driver, db.database);
      const result = await loadSeed(db.driver, { force: args.includes("--force"), database: db.database });
      log(result.loaded ? `seed graph ${result.version} loaded: ${result.nodes} nodes, ${result.relationships} relationships` : `seed graph ${result.version} is already loaded`);
    },
  },
  ingest: ingestCommand,
};

async function main(): Promise<void> {
  const [verb, ...args] = process.argv.slice(2);
  const command = verb ? COMMANDS[verb] : undefined;
  if (!command) {
    console.error(`usage: tsx src/ingest/cli.ts <command>\n${Object.values(COMMANDS).map((c) => `  ${c.usage}`).join("\n")}`);
    process.exit(2);
  }
  const db = await openGraphDatabase({ log });
  try {
    await command.run(db, args);
  } finally {
    await db.close();
  }
}

main().catch((error: Error) => {
  console.error(`[factgraph] ${error.message}`);
  process.exit(1);
});
