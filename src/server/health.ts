/**
 * GET /health: 200 when Neo4j answers a query, 503 (with the reason) when it does not. It answers within a
 * few seconds either way, so a load balancer never waits on a hung database.
 */
import type { Request, Response } from "express";
import type { Graph } from "../graph/graph";

const TIMEOUT_MS = 3000;

export function health(graph: Graph) {
  return async (_req: Request, res: Response): Promise<void> => {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Neo4j did not answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      });
      await Promise.race([graph.ping(), timeout]);
      res.status(200).json({ status: "ok", neo4j: "up", latencyMs: Date.now() - started });
    } catch (error) {
      res.status(503).json({ status: "unavailable", neo4j: "down", error: (error as Error).message });
    } finally {
      clearTimeout(timer);
    }
  };
}
