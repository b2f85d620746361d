/**
 * The explorer's .graphql files as the client sends them: each operation its own document holding only the
 * fragments it uses. The server refuses documents over its token limit and would validate every operation in a
 * file on each request, so a file is never sent whole.
 */
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";

const isOperation = (d: DefinitionNode): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION;
const isFragment = (d: DefinitionNode): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION;

/** Operation name → printed document (the operation, then its fragments, transitively). */
export function operationDocuments(source: string, file: string): Record<string, string> {
  const document = parse(source);
  const fragments = new Map(document.definitions.filter(isFragment).map((f) => [f.name.value, f]));
  const documents: Record<string, string> = {};
  for (const operation of document.definitions.filter(isOperation)) {
    const name = operation.name?.value;
    if (!name) throw new Error(`${file}: every operation needs a name`);
    const used: FragmentDefinitionNode[] = [];
    const pending: DefinitionNode[] = [operation];
    while (pending.length > 0) {
      visit(pending.pop()!, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (!fragment) throw new Error(`${file}: ${name} uses fragment ${spread.name.value}, which is not defined in this file`);
          if (used.includes(fragment)) return;
          used.push(fragment);
          pending.push(fragment);
        },
      });
    }
    documents[name] = print({ kind: Kind.DOCUMENT, definitions: [operation, ...used] });
  }
  return documents;
}
