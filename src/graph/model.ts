/**
 * The graph model: the labels and relationship types factgraph writes, in one place. src/graph/README.md
 * explains why it is shaped this way.
 */

/** Named things: one node per real thing across articles. Each also carries the `Entity` label. */
export const ENTITY_LABELS = ["Person", "Organization", "Jurisdiction", "Law", "Program"] as const;
/** Relations between entities, made nodes so each carries its own evidence. Each also carries `Fact`. */
export const FACT_LABELS = ["Office", "Membership", "Stance", "Relation", "Relay"] as const;
/** What articles report. */
export const REPORT_LABELS = ["Statement", "Claim", "Event"] as const;

export type EntityLabel = (typeof ENTITY_LABELS)[number];
export type FactLabel = (typeof FACT_LABELS)[number];
export type ReportLabel = (typeof REPORT_LABELS)[number];
/** What imported datasets add: a dataset's own record of a quotation, and a fact-checker's review. */
export const DATASET_LABELS = ["DatasetRecord", "FactCheck"] as const;
export type NodeLabel = EntityLabel | FactLabel | ReportLabel | "Article" | "Evidence" | (typeof DATASET_LABELS)[number];

export const NODE_LABELS: readonly NodeLabel[] = [...ENTITY_LABELS, ...FACT_LABELS, ...REPORT_LABELS, "Article", "Evidence", ...DATASET_LABELS];

/** The full label set a node of each kind carries. */
export function labelsOf(label: NodeLabel): string[] {
  if ((ENTITY_LABELS as readonly string[]).includes(label)) return ["Entity", label];
  if ((FACT_LABELS as readonly string[]).includes(label)) return ["Fact", label];
  return [label];
}

export const RELATIONSHIP_TYPES = [
  "SUPPORTED_BY", // any fact -> Evidence that supports it
  "IN_ARTICLE", // Evidence -> Article it is a span of
  "QUOTES", // Statement -> Evidence of each quoted part (its exact words)
  "SUBJECT", // Fact -> the entity (or, for a Relay, the statement or fact) it is about
  "OBJECT", // Fact -> the other side of the relation
  "PART_OF", // Jurisdiction -> Jurisdiction
  "IN_JURISDICTION", // Law or Program -> Jurisdiction
  "CONCERNS", // Law -> the entity it acts on
  "SAID_BY", // Statement -> speaker
  "ABOUT", // Statement or Claim -> what it concerns
  "CREDITED_TO", // Claim -> who the article credits
  "INVOLVES", // Event -> participant
  "PUBLISHED_BY", // Article -> Organization
  "NAMES", // Name -> Entity it names
  "RATIO_OF", // Claim (a share) -> the Claims stating its part and whole {role}
  "CORROBORATES", // Claim -> Claim measuring the same thing and agreeing {reasoning}
  "CONFLICTS_WITH", // Claim -> Claim measuring the same thing and disagreeing {reasoning}
  "CANDIDATE_SAME_AS", // Entity -> an existing Entity it may be, left for a person to confirm {score, reason}
  "RECORDED_IN", // Statement -> DatasetRecord that reports it (Quotebank)
  "CITES", // DatasetRecord or FactCheck -> Article the record names as where the quotation or claim appeared
  "CLAIMED_BY", // FactCheck -> the claimant of the claim it reviews
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * The key a name is looked up by: case, spacing and typographic quotes do not matter. Keys are written with
 * this and looked up in Cypher with `nameKeyCypher`, the same steps, so the two cannot disagree
 * (test/graph/names.test.ts holds them to it).
 */
export function nameKey(name: string): string {
  return name.normalize("NFC").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();
}

/** `nameKey` as a Cypher expression over `expression` (a parameter such as `$name`; never request text). */
export function nameKeyCypher(expression: string): string {
  const quotes = `replace(replace(replace(replace(normalize(${expression}, NFC), '’', "'"), '‘', "'"), '“', '"'), '”', '"')`;
  // (?U): Unicode white space, as JavaScript's \s.
  return `toLower(trim(apoc.text.regreplace(${quotes}, '(?U)\\\\s+', ' ')))`;
}

/**
 * The key two quotations are the same quotation by: their words, case, accents and punctuation aside (Quotebank
 * merges on lower-cased, punctuation-free text; this also forgives accents and quote marks).
 */
export function statementKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['‘’ʼ`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A quotation's text: its pieces in order, joined so the join shows ("…the budget, … We will not…"). */
export const quotationText = (pieces: string[]): string => pieces.join(" … ");
