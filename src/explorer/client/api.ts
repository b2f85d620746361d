/**
 * The explorer's only way to the data: the public GraphQL API, one operation per request, its result and
 * variables typed by graphql-codegen (../generated/operations.ts) from the documents in ../queries/.
 */
import connections from "../queries/connections.graphql";
import details from "../queries/details.graphql";
import neighborhood from "../queries/neighborhood.graphql";
import search from "../queries/search.graphql";
import timeline from "../queries/timeline.graphql";
import type * as Op from "../generated/operations";

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string }[];
}

/** The document of `name` in a .graphql file; fails when the page loads rather than on first use. */
function operation(file: Readonly<Record<string, string>>, name: string): string {
  const document = file[name];
  if (!document) throw new Error(`no GraphQL operation named ${name}`);
  return document;
}

export function createApi(endpoint: string) {
  function op<TData, TVariables>(file: Readonly<Record<string, string>>, operationName: string) {
    const query = operation(file, operationName);
    return async (variables: TVariables): Promise<TData> => {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
        body: JSON.stringify({ query, operationName, variables }),
      });
      let body: GraphQLResponse<TData>;
      try {
        body = (await response.json()) as GraphQLResponse<TData>;
      } catch {
        throw new Error(`${operationName}: the server answered HTTP ${response.status} without a GraphQL response`);
      }
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
      if (!body.data) throw new Error(`${operationName}: no data (HTTP ${response.status})`);
      return body.data;
    };
  }

  return {
    search: op<Op.SearchQuery, Op.SearchQueryVariables>(search, "Search"),
    personNeighborhood: op<Op.PersonNeighborhoodQuery, Op.PersonNeighborhoodQueryVariables>(neighborhood, "PersonNeighborhood"),
    organizationNeighborhood: op<Op.OrganizationNeighborhoodQuery, Op.OrganizationNeighborhoodQueryVariables>(neighborhood, "OrganizationNeighborhood"),
    jurisdictionNeighborhood: op<Op.JurisdictionNeighborhoodQuery, Op.JurisdictionNeighborhoodQueryVariables>(neighborhood, "JurisdictionNeighborhood"),
    lawNeighborhood: op<Op.LawNeighborhoodQuery, Op.LawNeighborhoodQueryVariables>(neighborhood, "LawNeighborhood"),
    programNeighborhood: op<Op.ProgramNeighborhoodQuery, Op.ProgramNeighborhoodQueryVariables>(neighborhood, "ProgramNeighborhood"),
    statementNeighborhood: op<Op.StatementNeighborhoodQuery, Op.StatementNeighborhoodQueryVariables>(neighborhood, "StatementNeighborhood"),
    claimNeighborhood: op<Op.ClaimNeighborhoodQuery, Op.ClaimNeighborhoodQueryVariables>(neighborhood, "ClaimNeighborhood"),
    eventNeighborhood: op<Op.EventNeighborhoodQuery, Op.EventNeighborhoodQueryVariables>(neighborhood, "EventNeighborhood"),
    entityDetails: op<Op.EntityDetailsQuery, Op.EntityDetailsQueryVariables>(details, "EntityDetails"),
    statementDetails: op<Op.StatementDetailsQuery, Op.StatementDetailsQueryVariables>(details, "StatementDetails"),
    claimDetails: op<Op.ClaimDetailsQuery, Op.ClaimDetailsQueryVariables>(details, "ClaimDetails"),
    eventDetails: op<Op.EventDetailsQuery, Op.EventDetailsQueryVariables>(details, "EventDetails"),
    evidence: op<Op.EvidenceQuery, Op.EvidenceQueryVariables>(details, "Evidence"),
    connections: op<Op.ConnectionsQuery, Op.ConnectionsQueryVariables>(connections, "Connections"),
    timeline: op<Op.TimelineQuery, Op.TimelineQueryVariables>(timeline, "Timeline"),
  };
}

export type Api = ReturnType<typeof createApi>;
