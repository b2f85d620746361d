/** A .graphql file, as the bundler's plugin gives it (../operations.ts): operation name → its own document. */
declare module "*.graphql" {
  const operations: Readonly<Record<string, string>>;
  export default operations;
}
