import type { ApolloServerPlugin, BaseContext } from "@apollo/server";

/** Every GraphQL response is `Cache-Control: no-store`: answers follow the graph, which writes change. */
export function noStore(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set("cache-control", "no-store");
        },
      };
    },
  };
}
