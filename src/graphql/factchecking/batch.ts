/**
 * Field resolvers on list items (a statement's appearances, for each of 50 statements) must not run one query
 * per item. Each field selection in a request gets one DataLoader, which gathers every item's key and makes
 * one call for them all.
 */
import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import type { FactgraphContext } from "../context";

/**
 * The loader for this field selection. `load` receives the keys and the `info` of the first item; the
 * selection, and so the hydration it needs, is the same for every item under one field node.
 */
export function loaderFor<K, V>(
  context: FactgraphContext,
  info: GraphQLResolveInfo,
  load: (keys: readonly K[], info: GraphQLResolveInfo) => Promise<V[]>,
  cacheKey?: (key: K) => string,
): DataLoader<K, V, unknown> {
  const slot = info.fieldNodes[0];
  let loader = context.loaders.get(slot) as DataLoader<K, V, unknown> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V, unknown>((keys) => load(keys, info), { cacheKeyFn: cacheKey });
    context.loaders.set(slot, loader);
  }
  return loader;
}
