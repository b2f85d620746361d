import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { acceptsOnlyLegacyJson } from "../protocol";

/** Request errors: the document does not parse or validate, or the variables do not fit it. */
const REQUEST_ERROR_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]);

/**
 * The GraphQL-over-HTTP spec: a client that accepts only application/json (the legacy type) SHOULD get 200
 * for a well-formed request whose document fails to parse or validate or whose variables do not coerce;
 * 4xx is for application/graphql-response+json. Apollo answers 400 to both. Only the status changes, and only
 * when the client did not mention application/graphql-response+json (then Apollo answers application/json
 * too), so the status always matches the media type sent. CSRF prevention is untouched: it runs earlier.
 */
export function legacyJsonStatus(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (result.data !== undefined || !result.errors?.length) return;
          if (!result.errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) return;
          if (acceptsOnlyLegacyJson(request.http?.headers.get("accept"))) response.http.status = 200;
        },
      };
    },
  };
}
