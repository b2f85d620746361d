/** The query the playground opens with: a fact-checker tracing Linda Campbell's words to their evidence. */
export const EXAMPLE_QUERY = `# Who is Linda Campbell, what did she say, and where is it written?
# Press the run button (or Ctrl-Enter). The Docs button lists every type and field.
query TraceCampbell {
  person(name: "Campbell") {
    name
    party
    offices { title of { name } }
    stances { position law { name status } }
    statements {
      kind
      text
      relays { via { name } }
      evidence { excerpt start end article { id publishedOn publishedOnInferred } }
    }
  }
}
`;
