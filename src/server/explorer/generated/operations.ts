/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type StatementKind =
  /** The speaker's own words, in quotation marks. */
  | 'DIRECT_QUOTE'
  /** What the article says the speaker said, in its own words. */
  | 'PARAPHRASE';

export type ConnectionsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops: number;
}>;


export type ConnectionsQuery = { connections: Array<{ steps: Array<{ relation: string, forward: boolean, from:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
      , to:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
      , evidence: Array<{ id: string }> }> }>, fromEntity: Array<
    | { __typename: 'Jurisdiction', id: string, name: string }
    | { __typename: 'Law', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Program', id: string, name: string }
  >, toEntity: Array<
    | { __typename: 'Jurisdiction', id: string, name: string }
    | { __typename: 'Law', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Program', id: string, name: string }
  > };

type PathEnd_Jurisdiction_Fragment = { __typename: 'Jurisdiction', id: string, name: string };

type PathEnd_Law_Fragment = { __typename: 'Law', id: string, name: string };

type PathEnd_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

type PathEnd_Person_Fragment = { __typename: 'Person', id: string, name: string };

type PathEnd_Program_Fragment = { __typename: 'Program', id: string, name: string };

export type PathEndFragment =
  | PathEnd_Jurisdiction_Fragment
  | PathEnd_Law_Fragment
  | PathEnd_Organization_Fragment
  | PathEnd_Person_Fragment
  | PathEnd_Program_Fragment
;

export type EntityDetailsQueryVariables = Exact<{
  id: string;
}>;


export type EntityDetailsQuery = { entities: Array<
    | { __typename: 'Jurisdiction', kind: string | null, id: string, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ id: string, start: number, end: number, excerpt: string, article: { text: string, id: string, title: string | null, summary: string | null, publishedOn: string | null, publishedOnInferred: boolean | null, publisher: { name: string } | null } }> }
    | { __typename: 'Law', kind: string | null, status: string | null, id: string, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ id: string, start: number, end: number, excerpt: string, article: { text: string, id: string, title: string | null, summary: string | null, publishedOn: string | null, publishedOnInferred: boolean | null, publisher: { name: string } | null } }> }
    | { __typename: 'Organization', kind: string | null, id: string, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ id: string, start: number, end: number, excerpt: string, article: { text: string, id: string, title: string | null, summary: string | null, publishedOn: string | null, publishedOnInferred: boolean | null, publisher: { name: string } | null } }> }
    | { __typename: 'Person', party: string | null, id: string, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ id: string, start: number, end: number, excerpt: string, article: { text: string, id: string, title: string | null, summary: string | null, publishedOn: string | null, publishedOnInferred: boolean | null, publisher: { name: string } | null } }> }
    | { __typename: 'Program', id: string, name: string, aliases: Array<string>, description: string | null, evidence: Array<{ id: string, start: number, end: number, excerpt: string, article: { text: string, id: string, title: string | null, summary: string | null, publishedOn: string | null, publishedOnInferred: boolean | null, publisher: { name: string } | null } }> }
  > };

export type StatementDetailsQueryVariables = Exact<{
  id: string;
}>;


export type StatementDetailsQuery = { statements: Array<{ __typename: 'Statement', id: string, text: string, kind: StatementKind, speakerLabel: string | null, saidOn: string | null, saidOnInferred: boolean | null, speaker:
      | { __typename: 'Jurisdiction', id: string, name: string }
      | { __typename: 'Law', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Program', id: string, name: string }
     | null, appearances: Array<{ start: number, end: number, excerpt: string, article: { id: string, title: string | null, summary: string | null, publishedOn: string | null, publishedOnInferred: boolean | null, publisher: { name: string } | null }, relayedBy: { name: string } | null }>, variants: Array<{ similarity: number, statement: { id: string, text: string, speaker:
          | { __typename: 'Jurisdiction', id: string, name: string }
          | { __typename: 'Law', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Program', id: string, name: string }
         | null } }>, evidence: Array<{ id: string, start: number, end: number, excerpt: string, article: { text: string, id: string, title: string | null, summary: string | null, publishedOn: string | null, publishedOnInferred: boolean | null, publisher: { name: string } | null } }> }> };

export type ClaimDetailsQueryVariables = Exact<{
  id: string;
}>;


export type ClaimDetailsQuery = { claims: Array<{ __typename: 'Claim', id: string, text: string, value: number | null, unit: string | null, qualifier: string | null, asOf: string | null, asOfInferred: boolean | null, source:
      | { __typename: 'Jurisdiction', id: string, name: string }
      | { __typename: 'Law', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Program', id: string, name: string }
     | null, appearances: Array<{ start: number, end: number, excerpt: string, article: { id: string, title: string | null, summary: string | null, publishedOn: string | null, publishedOnInferred: boolean | null, publisher: { name: string } | null }, relayedBy: { name: string } | null }>, arithmetic: Array<{ expression: string, computed: number, stated: number, consistent: boolean }>, evidence: Array<{ id: string, start: number, end: number, excerpt: string, article: { text: string, id: string, title: string | null, summary: string | null, publishedOn: string | null, publishedOnInferred: boolean | null, publisher: { name: string } | null } }> }> };

export type EventDetailsQueryVariables = Exact<{
  id: string;
}>;


export type EventDetailsQuery = { events: Array<{ __typename: 'Event', id: string, name: string, kind: string, date: string | null, dateInferred: boolean | null, dateBasis: string | null, lawStatus: string | null, evidence: Array<{ id: string, start: number, end: number, excerpt: string, article: { text: string, id: string, title: string | null, summary: string | null, publishedOn: string | null, publishedOnInferred: boolean | null, publisher: { name: string } | null } }> }> };

export type EvidenceQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type EvidenceQuery = { evidences: Array<{ id: string, start: number, end: number, excerpt: string, article: { text: string, id: string, title: string | null, summary: string | null, publishedOn: string | null, publishedOnInferred: boolean | null, publisher: { name: string } | null } }> };

type DetailRef_Jurisdiction_Fragment = { __typename: 'Jurisdiction', id: string, name: string };

type DetailRef_Law_Fragment = { __typename: 'Law', id: string, name: string };

type DetailRef_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

type DetailRef_Person_Fragment = { __typename: 'Person', id: string, name: string };

type DetailRef_Program_Fragment = { __typename: 'Program', id: string, name: string };

export type DetailRefFragment =
  | DetailRef_Jurisdiction_Fragment
  | DetailRef_Law_Fragment
  | DetailRef_Organization_Fragment
  | DetailRef_Person_Fragment
  | DetailRef_Program_Fragment
;

export type ArticleSourceFragment = { id: string, title: string | null, summary: string | null, publishedOn: string | null, publishedOnInferred: boolean | null, publisher: { name: string } | null };

export type EvidenceSpanFragment = { id: string, start: number, end: number, excerpt: string, article: { text: string, id: string, title: string | null, summary: string | null, publishedOn: string | null, publishedOnInferred: boolean | null, publisher: { name: string } | null } };

export type AppearanceItemFragment = { start: number, end: number, excerpt: string, article: { id: string, title: string | null, summary: string | null, publishedOn: string | null, publishedOnInferred: boolean | null, publisher: { name: string } | null }, relayedBy: { name: string } | null };

export type PersonNeighborhoodQueryVariables = Exact<{
  id: string;
}>;


export type PersonNeighborhoodQuery = { people: Array<{ __typename: 'Person', id: string, name: string, offices: Array<{ id: string, title: string, of:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, memberships: Array<{ id: string, organization: { __typename: 'Organization', id: string, name: string } | null, evidence: Array<{ id: string }> }>, stances: Array<{ id: string, position: string, on:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, relays: Array<{ via: { name: string } | null }>, evidence: Array<{ id: string }> }>, statements: Array<{ __typename: 'Statement', id: string, text: string, evidence: Array<{ id: string }> }>, claims: Array<{ __typename: 'Claim', id: string, text: string, evidence: Array<{ id: string }> }>, relations: Array<{ id: string, relation: string, note: string | null, object:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, relatedBy: Array<{ id: string, relation: string, note: string | null, subject:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, events: Array<{ __typename: 'Event', id: string, name: string, date: string | null, dateInferred: boolean | null, evidence: Array<{ id: string }> }>, statementsAbout: Array<{ __typename: 'Statement', id: string, text: string, speaker:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }> }> };

export type OrganizationNeighborhoodQueryVariables = Exact<{
  id: string;
}>;


export type OrganizationNeighborhoodQuery = { organizations: Array<{ __typename: 'Organization', id: string, name: string, offices: Array<{ id: string, title: string, holder: { __typename: 'Person', id: string, name: string } | null, evidence: Array<{ id: string }> }>, members: Array<{ id: string, member:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, memberships: Array<{ id: string, organization: { __typename: 'Organization', id: string, name: string } | null, evidence: Array<{ id: string }> }>, stances: Array<{ id: string, position: string, on:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, relays: Array<{ via: { name: string } | null }>, evidence: Array<{ id: string }> }>, statements: Array<{ __typename: 'Statement', id: string, text: string, evidence: Array<{ id: string }> }>, claims: Array<{ __typename: 'Claim', id: string, text: string, evidence: Array<{ id: string }> }>, relays: Array<{ id: string, reported:
        | { __typename: 'Claim', id: string, text: string, evidence: Array<{ id: string }> }
        | { __typename: 'Event', id: string, name: string, date: string | null, dateInferred: boolean | null, evidence: Array<{ id: string }> }
        | { __typename: 'Statement', id: string, text: string, evidence: Array<{ id: string }> }
        | Record<PropertyKey, never>
       | null, via: { __typename: 'Organization', id: string, name: string } | null, evidence: Array<{ id: string }> }>, lawsConcerning: Array<{ __typename: 'Law', id: string, name: string, evidence: Array<{ id: string }> }>, relations: Array<{ id: string, relation: string, note: string | null, object:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, relatedBy: Array<{ id: string, relation: string, note: string | null, subject:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, events: Array<{ __typename: 'Event', id: string, name: string, date: string | null, dateInferred: boolean | null, evidence: Array<{ id: string }> }>, statementsAbout: Array<{ __typename: 'Statement', id: string, text: string, speaker:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, claimsAbout: Array<{ __typename: 'Claim', id: string, text: string, source:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }> }> };

export type JurisdictionNeighborhoodQueryVariables = Exact<{
  id: string;
}>;


export type JurisdictionNeighborhoodQuery = { jurisdictions: Array<{ __typename: 'Jurisdiction', id: string, name: string, evidence: Array<{ id: string }>, partOf: { __typename: 'Jurisdiction', id: string, name: string } | null, parts: Array<{ __typename: 'Jurisdiction', id: string, name: string, evidence: Array<{ id: string }> }>, laws: Array<{ __typename: 'Law', id: string, name: string, evidence: Array<{ id: string }> }>, programs: Array<{ __typename: 'Program', id: string, name: string, evidence: Array<{ id: string }> }>, offices: Array<{ id: string, title: string, holder: { __typename: 'Person', id: string, name: string } | null, evidence: Array<{ id: string }> }>, relations: Array<{ id: string, relation: string, note: string | null, object:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, relatedBy: Array<{ id: string, relation: string, note: string | null, subject:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, events: Array<{ __typename: 'Event', id: string, name: string, date: string | null, dateInferred: boolean | null, evidence: Array<{ id: string }> }>, statementsAbout: Array<{ __typename: 'Statement', id: string, text: string, speaker:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, claimsAbout: Array<{ __typename: 'Claim', id: string, text: string, source:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }> }> };

export type LawNeighborhoodQueryVariables = Exact<{
  id: string;
}>;


export type LawNeighborhoodQuery = { laws: Array<{ __typename: 'Law', id: string, name: string, evidence: Array<{ id: string }>, jurisdiction: { __typename: 'Jurisdiction', id: string, name: string } | null, concerns: Array<
      | { __typename: 'Jurisdiction', id: string, name: string }
      | { __typename: 'Law', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Program', id: string, name: string }
    >, stances: Array<{ id: string, position: string, holder:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, relays: Array<{ via: { name: string } | null }>, evidence: Array<{ id: string }> }>, events: Array<{ __typename: 'Event', id: string, name: string, date: string | null, dateInferred: boolean | null, evidence: Array<{ id: string }> }>, relations: Array<{ id: string, relation: string, note: string | null, object:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, relatedBy: Array<{ id: string, relation: string, note: string | null, subject:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, statementsAbout: Array<{ __typename: 'Statement', id: string, text: string, speaker:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, claimsAbout: Array<{ __typename: 'Claim', id: string, text: string, source:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }> }> };

export type ProgramNeighborhoodQueryVariables = Exact<{
  id: string;
}>;


export type ProgramNeighborhoodQuery = { programs: Array<{ __typename: 'Program', id: string, name: string, evidence: Array<{ id: string }>, jurisdiction: { __typename: 'Jurisdiction', id: string, name: string } | null, stances: Array<{ id: string, position: string, holder:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, relays: Array<{ via: { name: string } | null }>, evidence: Array<{ id: string }> }>, events: Array<{ __typename: 'Event', id: string, name: string, date: string | null, dateInferred: boolean | null, evidence: Array<{ id: string }> }>, relations: Array<{ id: string, relation: string, note: string | null, object:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, relatedBy: Array<{ id: string, relation: string, note: string | null, subject:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, statementsAbout: Array<{ __typename: 'Statement', id: string, text: string, speaker:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }>, claimsAbout: Array<{ __typename: 'Claim', id: string, text: string, source:
        | { __typename: 'Jurisdiction', id: string, name: string }
        | { __typename: 'Law', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Program', id: string, name: string }
       | null, evidence: Array<{ id: string }> }> }> };

export type StatementNeighborhoodQueryVariables = Exact<{
  id: string;
}>;


export type StatementNeighborhoodQuery = { statements: Array<{ __typename: 'Statement', id: string, text: string, about: Array<
      | { __typename: 'Jurisdiction', id: string, name: string }
      | { __typename: 'Law', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Program', id: string, name: string }
    >, relays: Array<{ id: string, via: { __typename: 'Organization', id: string, name: string } | null, evidence: Array<{ id: string }> }>, speaker:
      | { __typename: 'Jurisdiction', id: string, name: string }
      | { __typename: 'Law', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Program', id: string, name: string }
     | null, evidence: Array<{ id: string }> }> };

export type ClaimNeighborhoodQueryVariables = Exact<{
  id: string;
}>;


export type ClaimNeighborhoodQuery = { claims: Array<{ __typename: 'Claim', id: string, text: string, about: Array<
      | { __typename: 'Jurisdiction', id: string, name: string }
      | { __typename: 'Law', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Program', id: string, name: string }
    >, relays: Array<{ id: string, via: { __typename: 'Organization', id: string, name: string } | null, evidence: Array<{ id: string }> }>, corroboratesConnection: { edges: Array<{ properties: { reasoning: string }, node: { __typename: 'Claim', id: string, text: string, evidence: Array<{ id: string }> } }> }, conflictsWithConnection: { edges: Array<{ properties: { reasoning: string }, node: { __typename: 'Claim', id: string, text: string, evidence: Array<{ id: string }> } }> }, source:
      | { __typename: 'Jurisdiction', id: string, name: string }
      | { __typename: 'Law', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Program', id: string, name: string }
     | null, evidence: Array<{ id: string }> }> };

export type EventNeighborhoodQueryVariables = Exact<{
  id: string;
}>;


export type EventNeighborhoodQuery = { events: Array<{ __typename: 'Event', id: string, name: string, date: string | null, dateInferred: boolean | null, involves: Array<
      | { __typename: 'Jurisdiction', id: string, name: string }
      | { __typename: 'Law', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Program', id: string, name: string }
    >, relays: Array<{ id: string, via: { __typename: 'Organization', id: string, name: string } | null, evidence: Array<{ id: string }> }>, evidence: Array<{ id: string }> }> };

type Ref_Jurisdiction_Fragment = { __typename: 'Jurisdiction', id: string, name: string };

type Ref_Law_Fragment = { __typename: 'Law', id: string, name: string };

type Ref_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

type Ref_Person_Fragment = { __typename: 'Person', id: string, name: string };

type Ref_Program_Fragment = { __typename: 'Program', id: string, name: string };

export type RefFragment =
  | Ref_Jurisdiction_Fragment
  | Ref_Law_Fragment
  | Ref_Organization_Fragment
  | Ref_Person_Fragment
  | Ref_Program_Fragment
;

export type OfficeFactFragment = { id: string, title: string, evidence: Array<{ id: string }> };

export type MembershipFactFragment = { id: string, evidence: Array<{ id: string }> };

export type StanceFactFragment = { id: string, position: string, relays: Array<{ via: { name: string } | null }>, evidence: Array<{ id: string }> };

export type RelationFactFragment = { id: string, relation: string, note: string | null, evidence: Array<{ id: string }> };

export type RelayFactFragment = { id: string, via: { __typename: 'Organization', id: string, name: string } | null, evidence: Array<{ id: string }> };

export type StatementNodeFragment = { __typename: 'Statement', id: string, text: string, evidence: Array<{ id: string }> };

export type StatementWithSpeakerFragment = { __typename: 'Statement', id: string, text: string, speaker:
    | { __typename: 'Jurisdiction', id: string, name: string }
    | { __typename: 'Law', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Program', id: string, name: string }
   | null, evidence: Array<{ id: string }> };

export type ClaimNodeFragment = { __typename: 'Claim', id: string, text: string, evidence: Array<{ id: string }> };

export type ClaimWithSourceFragment = { __typename: 'Claim', id: string, text: string, source:
    | { __typename: 'Jurisdiction', id: string, name: string }
    | { __typename: 'Law', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Program', id: string, name: string }
   | null, evidence: Array<{ id: string }> };

export type EventNodeFragment = { __typename: 'Event', id: string, name: string, date: string | null, dateInferred: boolean | null, evidence: Array<{ id: string }> };

export type SearchQueryVariables = Exact<{
  text: string;
  titleCase: string;
  lowerCase: string;
  limit: number;
}>;


export type SearchQuery = { lookup: Array<
    | { __typename: 'Jurisdiction', id: string, name: string, description: string | null }
    | { __typename: 'Law', id: string, name: string, description: string | null }
    | { __typename: 'Organization', id: string, name: string, description: string | null }
    | { __typename: 'Person', id: string, name: string, description: string | null }
    | { __typename: 'Program', id: string, name: string, description: string | null }
  >, entities: Array<
    | { __typename: 'Jurisdiction', id: string, name: string, description: string | null }
    | { __typename: 'Law', id: string, name: string, description: string | null }
    | { __typename: 'Organization', id: string, name: string, description: string | null }
    | { __typename: 'Person', id: string, name: string, description: string | null }
    | { __typename: 'Program', id: string, name: string, description: string | null }
  >, searchStatements: Array<{ statement: { id: string, text: string, speaker:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null } }>, searchClaims: Array<{ claim: { id: string, text: string } }> };

type SearchEntity_Jurisdiction_Fragment = { __typename: 'Jurisdiction', id: string, name: string, description: string | null };

type SearchEntity_Law_Fragment = { __typename: 'Law', id: string, name: string, description: string | null };

type SearchEntity_Organization_Fragment = { __typename: 'Organization', id: string, name: string, description: string | null };

type SearchEntity_Person_Fragment = { __typename: 'Person', id: string, name: string, description: string | null };

type SearchEntity_Program_Fragment = { __typename: 'Program', id: string, name: string, description: string | null };

export type SearchEntityFragment =
  | SearchEntity_Jurisdiction_Fragment
  | SearchEntity_Law_Fragment
  | SearchEntity_Organization_Fragment
  | SearchEntity_Person_Fragment
  | SearchEntity_Program_Fragment
;

export type TimelineQueryVariables = Exact<{
  name: string;
}>;


export type TimelineQuery = { subject: Array<
    | { __typename: 'Jurisdiction', id: string, name: string }
    | { __typename: 'Law', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Program', id: string, name: string }
  >, timeline: Array<{ id: string, name: string, kind: string, date: string | null, dateInferred: boolean | null, lawStatus: string | null, involves: Array<
      | { __typename: 'Jurisdiction', id: string, name: string }
      | { __typename: 'Law', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Program', id: string, name: string }
    > }> };
