/**
 * The command line, one entry for every command but `npm start` (src/main.ts). Commands that touch the graph run
 * against the Neo4j that NEO4J_URI names, or the project-managed local one (started for the command and stopped
 * after, unless it was already running).
 */
import * as path from "path";
import { applySchema } from "./graph/constraints";
import { Graph } from "./graph/graph";
import { ingestCommand } from "./ingest/command";
import { openGraphDatabase } from "./neo4j/connection";
import { neo4jCommand } from "./neo4j/local/command";
import { Neo4jSetupError } from "./neo4j/local/errors";
import { loadSeed, SEEDS_DIR } from "./seed/seed";
import { fillSpans } from "./seed/spans-fill";

const log = (message: string) => console.log(`[factgraph] ${message}`);

interface Command {
  usage: string;
  /** The exit code, when not 0. */
  run(args: string[]): Promise<number | void>;
}

/** A command run on the graph, opened for it and closed after. */
function onGraph(run: (graph: Graph, args: string[]) => Promise<void>): Command["run"] {
  return async (args) => {
    const db = await openGraphDatabase({ log });
    try {
      await run(new Graph(db.driver, db.database), args);
    } finally {
      await db.close();
    }
  };
}

const COMMANDS: Record<string, Command> = {
  seed: {
    usage: "seed [--force]        load the seed graph (idempotent; --force rewrites it even if this version is there)",
    run: onGraph(async (graph, args) => {
      await applySchema(graph);
      const result = await loadSeed(graph, { force: args.includes("--force") });
      log(result.loaded ? `seed graph ${result.version} loaded: ${result.nodes} nodes, ${result.relationships} relationships` : `seed graph ${result.version} is already loaded`);
    }),
  },
  "seed-spans": {
    usage: "seed-spans [file]     locate each excerpt of seeds/knowledge.yaml (or file) in its article and write its span",
    run: async ([file = path.join(SEEDS_DIR, "knowledge.yaml")]) => {
      const { filled, changedText } = fillSpans(file);
      console.log(`${file}: ${filled} excerpts located, ${changedText} corrected to the article's exact characters`);
    },
  },
  ingest: { usage: ingestCommand.usage, run: onGraph(ingestCommand.run) },
  neo4j: {
    usage: "neo4j <start|stop|status|install>   the project-managed local Neo4j in .neo4j/local",
    run: ([verb]) => neo4jCommand(verb),
  },
};

async function main(): Promise<number | void> {
  const [verb, ...args] = process.argv.slice(2);
  const command = verb ? COMMANDS[verb] : undefined;
  if (!command) {
    console.error(`usage: tsx src/cli.ts <command>\n${Object.values(COMMANDS).map((c) => `  ${c.usage}`).join("\n")}`);
    return 2;
  }
  return command.run(args);
}

main().then(
  (code) => process.exit(code ?? process.exitCode ?? 0),
  (error: Error) => {
    console.error(error instanceof Neo4jSetupError ? `Error: ${error.message}` : `[factgraph] ${error.message}`);
    process.exit(1);
  },
);
