/** The guard every write resolver calls first. */
import { GraphQLError } from "graphql";
import type { FactgraphContext } from "./context";

export function requireWriter(context: FactgraphContext): void {
  if (!context.caller.writer) {
    throw new GraphQLError(context.caller.reason ?? "writes need an API key", {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
    });
  }
}
