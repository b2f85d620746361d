/** connections and timeline: graph/ finds the ids; hydration fetches the entities, evidence and events selected. */
import type { GraphQLResolveInfo } from "graphql";
import { connectionsBetween, MAX_HOPS } from "../../graph/connections";
import { resolveName } from "../../graph/names";
import { timelineOf } from "../../graph/timeline";
import type { FactgraphContext } from "../context";
import { hydrate } from "../hydrate";
import { badInput, checkText } from "./input";

export const connectionResolvers = {
  Query: {
    connections: async (_: unknown, args: { from: string; to: string; maxHops: number }, context: FactgraphContext, info: GraphQLResolveInfo) => {
      if (!Number.isInteger(args.maxHops) || args.maxHops < 1 || args.maxHops > MAX_HOPS) {
        throw badInput(`maxHops must be between 1 and ${MAX_HOPS}, not ${args.maxHops}`);
      }
      const [from, to] = await Promise.all([
        resolveName(context.reader, checkText("from", args.from, 300)),
        resolveName(context.reader, checkText("to", args.to, 300)),
      ]);
      if (!from || !to || from === to) return [];
      const paths = await connectionsBetween(context.reader, from, to, args.maxHops);
      const hops = paths.flat();
      const [fromNodes, toNodes, evidence] = await Promise.all([
        hydrate(info, context, "entities", [...new Set(hops.map((h) => h.from))], ["steps", "from"]),
        hydrate(info, context, "entities", [...new Set(hops.map((h) => h.to))], ["steps", "to"]),
        hydrate(info, context, "evidences", [...new Set(hops.flatMap((h) => h.evidence))], ["steps", "evidence"]),
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
    timeline: async (_: unknown, args: { name: string }, context: FactgraphContext, info: GraphQLResolveInfo) => {
      const id = await resolveName(context.reader, checkText("name", args.name, 300));
      if (!id) return [];
      const ids = await timelineOf(context.reader, id);
      const events = await hydrate(info, context, "events", ids, []);
      return ids.flatMap((e) => (events.has(e) ? [events.get(e)] : []));
    },
  },
};
