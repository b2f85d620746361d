/**
 * The command line, one entry for every command but `npm start` (src/main.ts). Commands that touch the graph run
 * against the Neo4j that NEO4J_URI names, or the project-managed local one (started for the command and stopped
 * after, unless it was already running).
 */
import * as fs from "fs";
import neo4j from "neo4j-driver";
import * as os from "os";
import * as path from "path";
import { applySchema } from "./graph/constraints";
import { Graph } from "./graph/graph";
import { FACTCHECK_SPLITS, formatScores, importEvalReviews, loadQueries, loadReviews, scoreFactChecks, type FactCheckSplit } from "./import/factcheck-eval";
import { evalCommand } from "./ingest/eval";
import { bulkImportCommand, importCommand, parseImportArgs, USAGE as IMPORT_USAGE } from "./import/command";
import { ingestCommand } from "./ingest/command";
import { openGraphDatabase } from "./neo4j/connection";
import { neo4jCommand } from "./neo4j/local/command";
import { Neo4jSetupError } from "./neo4j/local/errors";
import { stopOnExit } from "./neo4j/local/exit-hooks";
import { startNeo4j } from "./neo4j/local/lifecycle";
import { TEST_MEMORY } from "./neo4j/local/pins";
import { findFreePort } from "./neo4j/local/ports";
import { loadSeed, SEEDS_DIR } from "./seed/seed";
import { fillSpans } from "./seed/spans-fill";

const log = (message: string) => console.log(`[factgraph] ${message}`);

interface Command {
  usage: string;
  /** The exit code, when not 0. */
  run(args: string[]): Promise<number | void>;
}

/** A command run on the graph, opened for it and closed after. */
function onGraph(run: (graph: Graph, args: string[]) => Promise<number | void>): Command["run"] {
  return async (args) => {
    const db = await openGraphDatabase({ log });
    try {
      return await run(new Graph(db.driver, db.database), args);
    } finally {
      await db.close();
    }
  };
}

/** A command run on a Neo4j of its own in a temporary folder, stopped and deleted after. */
async function onThrowawayGraph(run: (graph: Graph) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factgraph-eval-neo4j-"));
  const server = await startNeo4j({ dir, boltPort: await findFreePort(), memory: TEST_MEMORY, detached: false, log, onSpawn: (s) => stopOnExit(s) });
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
  try {
    await run(new Graph(driver));
  } finally {
    await driver.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
  import: {
    usage: IMPORT_USAGE,
    run: (args) => {
      // A mistyped command fails before Neo4j is started for it; a bulk load needs no running Neo4j at all.
      if (parseImportArgs(args).bulk) return bulkImportCommand(args, log);
      return onGraph((graph) => importCommand(graph, args, log))(args);
    },
  },
  eval: {
    usage: "eval [--split dev|heldout] [--quiet] [--by-part]   extraction against the annotated articles (no database; --quiet: each part's figures only; --by-part: each writer's part)\n" +
      "  eval factchecks [--split dev|heldout|heldout2|heldout3|heldout4] [--verbose]   factChecks against the eval reviews, on a throwaway Neo4j",
    run: async (args) => {
      if (args[0] !== "factchecks") return evalCommand(args);
      const splitAt = args.indexOf("--split");
      const splits = (splitAt >= 0 ? [args[splitAt + 1]] : Object.keys(FACTCHECK_SPLITS)) as FactCheckSplit[];
      for (const split of splits) if (!(split in FACTCHECK_SPLITS)) throw new Error(`--split takes ${Object.keys(FACTCHECK_SPLITS).join(", ")}, not ${split}`);
      await onThrowawayGraph(async (graph) => {
        const reviews = loadReviews();
        await applySchema(graph);
        await importEvalReviews(graph, reviews);
        for (const split of splits) {
          console.log(formatScores(split, await scoreFactChecks(graph, loadQueries(split), reviews), reviews.length, args.includes("--verbose")));
        }
      });
    },
  },
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
