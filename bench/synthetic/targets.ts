/**
 * What the benchmark asks about, planted in the corpus at every size so each operation has a meaningful,
 * known answer: a heavily quoted state representative, her much-repeated and misquoted remark, a figure about
 * a federal program, and a chain of exactly four evidenced hops to a small program.
 */
export const TARGETS = {
  /** The most quoted speaker (Zipf rank 1): about 1-2% of all statements. */
  speaker: { id: "person:linda-campbell", name: "Linda Campbell" },
  /** Her remark, reported in SIGNATURE_APPEARANCES articles, relayed by outlets, and misquoted in others. */
  signature: {
    id: "statement:campbell-precedent",
    text: "This bill is clearly an attempt to undermine federal law, and it would set a dangerous precedent for every town in the commonwealth",
    /** How a reader remembers it: reworded, shortened, a typo. */
    misquote: "clearly an attempt to undermin the federal laws, it sets a dangerous precedent for every town",
    /** Near-duplicates of it, each a Statement of its own in a later article. */
    variants: [
      "This bill is clearly an attempt to undermine federal law, and it would set a dangerous precedent for every town in the state",
      "This bill is an attempt to undermine federal law and would set a dangerous precedent for every town in the commonwealth",
      "The bill is clearly an attempt to undermine the federal law, it would set a dangerous precedent for every town",
    ],
  },
  /** A figure about the busiest program, with its part and whole. */
  claim: {
    id: "claim:sc-criminal-records",
    text: "Only 46 percent of the 768 Massachusetts immigrants deported through Secure Communities had criminal records as of December 2012.",
    misquote: "46 percent of 768 immigrants deported under secure communities had a criminal record",
  },
  /** connections(from: speaker, to: chainEnd): four hops through a caucus, a colleague and a commission. */
  chainEnd: { id: "program:harbor-access", name: "Harbor Access Program" },
  /** The saidOn prefix (the 2010s) of the speaker's direct quotes the generic paginated query pages through. */
  period: "201",
} as const;

/** Articles the signature remark appears in (the first, then re-reports), the same at every corpus size. */
export const SIGNATURE_APPEARANCES = 12;
