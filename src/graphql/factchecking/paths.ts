/**
 * connections and timeline: graph/ finds the ids. For connections the names, the path and (when the selection
 * allows, ../translate/projection.ts) the entities and evidence come from one query; for a timeline the name and its events.
 * What cannot be projected is hydrated.
 */
import type { GraphQLResolveInfo } from "graphql";
import { pathsBetween, MAX_HOPS } from "../../graph/paths";
import { timelineByName } from "../../graph/timeline";
import type { FactgraphContext } from "../context";
import { hydrate } from "../translate/hydrate";
import { badInput, checkText } from "./input";
import { projectionFor } from "../translate/projection";

export const pathResolvers = {
  Query: {
    connections: async (_: unknown, args: { from: string; to: string; maxHops: number }, context: FactgraphContext, info: GraphQLResolveInfo) => {
      if (!Number.isInteger(args.maxHops) || args.maxHops < 1 || args.maxHops > MAX_HOPS) {
        throw badInput(`maxHops must be between 1 and ${MAX_HOPS}, not ${args.maxHops}`);
      }
      const [fromName, toName] = [checkText("from", args.from, 300), checkText("to", args.to, 300)];
      const projections = { from: projectionFor(info, ["steps", "from"]), to: projectionFor(info, ["steps", "to"]), evidence: projectionFor(info, ["steps", "evidence"]) };
      const found = await pathsBetween(context.graph, fromName, toName, args.maxHops, {
        from: projections.from?.cypher("n"),
        to: projections.to?.cypher("n"),
        evidence: projections.evidence?.cypher("ev"),
      });
      const paths = found.paths;
      if (paths.length === 0) return [];
      const hops = paths.flat();
      const [fromNodes, toNodes, evidence] = await Promise.all([
        projections.from ? projections.from.shapeAll(found.from) : hydrate(info, context, "entities", [...new Set(hops.map((h) => h.from))], ["steps", "from"]),
        projections.to ? projections.to.shapeAll(found.to) : hydrate(info, context, "entities", [...new Set(hops.map((h) => h.to))], ["steps", "to"]),
        projections.evidence
          ? projections.evidence.shapeAll(found.evidence)
          : hydrate(info, context, "evidences", [...new Set(hops.flatMap((h) => h.evidence))], ["steps", "evidence"]),
      ]);
      return paths.map((path) => ({
        steps: path.map((h) => ({
          from: fromNodes.get(h.from),
          to: toNodes.get(h.to),
          relation: h.relation,
          forward: h.forward,
          evidence: h.evidence.flatMap((id) => (evidence.has(id) ? [evidence.get(id)] : [])),
        })),
      }));
    },
    timeline: async (_: unknown, args: { name: string; limit?: number | null; offset: number }, context: FactgraphContext, info: GraphQLResolveInfo) => {
      const projection = projectionFor(info, []);
      // The input guards (src/graphql/input-guards.ts) refuse a negative page or one over the maximum page size.
      const page = { limit: args.limit ?? undefined, offset: args.offset };
      const found = await timelineByName(context.graph, checkText("name", args.name, 300), projection?.cypher("e"), page);
      if (found.length === 0) return [];
      const events = projection ? projection.shapeAll(found.map((e) => [e.id, e.node] as const)) : await hydrate(info, context, "events", found.map((e) => e.id), []);
      return found.flatMap((e) => (events.has(e.id) ? [events.get(e.id)] : []));
    },
  },
};
