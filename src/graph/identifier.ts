/**
 * A plain Cypher identifier (variable, label, relationship type, parameter name): the only text other than
 * fixed query text that may be spliced into Cypher, and only from the code or the SDL, never from a request.
 */
export function isCypherIdentifier(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text);
}
