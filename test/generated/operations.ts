/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type StatementKind =
  /** The speaker's own words, in quotation marks. */
  | 'DIRECT_QUOTE'
  /** What the article says the speaker said, in its own words. */
  | 'PARAPHRASE';

export type PersonRecordQueryVariables = Exact<{
  name: string;
}>;


export type PersonRecordQuery = { person: { id: string, name: string, aliases: Array<string>, party: string | null, offices: Array<{ title: string, of:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, evidence: Array<{ excerpt: string }> }>, stances: Array<{ position: string, law: { name: string } | null, evidence: Array<{ excerpt: string }> }>, statements: Array<{ id: string, kind: StatementKind, text: string, speaker:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, evidence: Array<{ start: number, end: number, excerpt: string, article: { id: string } }> }>, evidence: Array<{ start: number, end: number, excerpt: string, article: { id: string } }> } | null };
