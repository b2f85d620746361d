/**
 * The curated knowledge format of seeds/knowledge.yaml: what a curator writes, checked before anything is
 * written to the graph. Every fact names its evidence as excerpts of an article.
 */
import { z } from "zod";

const id = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$|^[a-z0-9][a-z0-9-]*$/, "ids are lowercase words joined by '-', with a 'type:' prefix");

export const EvidenceRef = z
  .object({
    in: z.string(),
    at: z.tuple([z.number().int().nonnegative(), z.number().int().positive()]).optional(),
    text: z.string().min(1),
  })
  .strict();
export type EvidenceRef = z.infer<typeof EvidenceRef>;

const evidence = z.array(EvidenceRef).min(1, "a fact with no evidence is not in the graph");

/** A date as an ISO prefix, with whether the article states it or the curator inferred it (and why). */
export const DateValue = z
  .object({
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "dates are YYYY, YYYY-MM or YYYY-MM-DD"),
    inferred: z.boolean().optional(),
    basis: z.string().optional(),
  })
  .strict()
  .refine((d) => !d.inferred || !!d.basis, "an inferred date needs its basis");
export type DateValue = z.infer<typeof DateValue>;

export const ENTITY_TYPES = ["Person", "Organization", "Jurisdiction", "Law", "Program"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const Article = z
  .object({
    id,
    file: z.string(),
    title: z.string().nullable(),
    summary: z.string(),
    url: z.string().url().nullable().optional(),
    publisher: id.nullable(),
    published: DateValue.nullable(),
    furniture: z.array(z.object({ at: z.tuple([z.number(), z.number()]).optional(), text: z.string() }).strict()).default([]),
  })
  .strict();

const Entity = z
  .object({
    id,
    type: z.enum(ENTITY_TYPES),
    kind: z.string().regex(/^[A-Z_]+$/).optional(),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    description: z.string().optional(),
    partOf: id.optional(),
    jurisdiction: id.optional(),
    concerns: z.array(id).default([]),
    evidence,
  })
  .strict();

const Office = z.object({ holder: id, title: z.string(), of: id, from: z.string().optional(), to: z.string().optional(), evidence }).strict();
const Membership = z.object({ member: id, of: id, evidence }).strict();
export const STANCE_POSITIONS = ["SUPPORTS", "OPPOSES", "THREATENED_VETO", "CRITICIZES"] as const;
const Stance = z.object({ id, holder: id, position: z.enum(STANCE_POSITIONS), on: id, evidence }).strict();
const Relation = z
  .object({ subject: id, relation: z.string().regex(/^[A-Z_]+$/), object: id, note: z.string().optional(), evidence })
  .strict();

const Statement = z
  .object({
    id,
    kind: z.enum(["DIRECT_QUOTE", "PARAPHRASE"]),
    speaker: id.nullable(),
    speakerLabel: z.string(),
    saidOn: DateValue.optional(),
    about: z.array(id).default([]),
    parts: z.array(EvidenceRef).min(1),
    evidence,
  })
  .strict();

const Claim = z
  .object({
    id,
    text: z.string(),
    value: z.number().nullable().optional(),
    qualifier: z.string().optional(),
    unit: z.string().optional(),
    source: id.optional(),
    asOf: DateValue.optional(),
    about: z.array(id).default([]),
    /** A share the article also states the part and whole of, so it can be recomputed. */
    ratioOf: z.object({ part: id, whole: id }).strict().optional(),
    evidence,
  })
  .strict();

export const CLAIM_RELATIONS = ["CORROBORATES", "CONFLICTS_WITH"] as const;
const ClaimLink = z.object({ claim: id, relation: z.enum(CLAIM_RELATIONS), other: id, reasoning: z.string().min(1) }).strict();

const Event = z
  .object({
    id,
    kind: z.string().regex(/^[A-Z_]+$/),
    name: z.string(),
    date: DateValue.optional(),
    involves: z.array(id).min(1),
    lawStatus: z.string().regex(/^[A-Z_]+$/).optional(),
    evidence,
  })
  .strict();

const Relay = z.object({ fact: id, via: id, evidence }).strict();

export const Knowledge = z
  .object({
    articles: z.array(Article).min(1),
    entities: z.array(Entity),
    offices: z.array(Office).default([]),
    memberships: z.array(Membership).default([]),
    stances: z.array(Stance).default([]),
    relations: z.array(Relation).default([]),
    statements: z.array(Statement).default([]),
    claims: z.array(Claim).default([]),
    claimLinks: z.array(ClaimLink).default([]),
    events: z.array(Event).default([]),
    relays: z.array(Relay).default([]),
  })
  .strict();
export type Knowledge = z.infer<typeof Knowledge>;
export type KnowledgeArticle = z.infer<typeof Article>;
export type KnowledgeEntity = z.infer<typeof Entity>;

/** Parses a knowledge document, naming the path of the first problems found. */
export function parseKnowledge(doc: unknown, source: string): Knowledge {
  const result = Knowledge.safeParse(doc);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 10).map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`${source} is not valid knowledge:\n${problems.join("\n")}`);
  }
  return result.data;
}
