/**
 * Production mode: what a public server shows of itself. NODE_ENV=production or FACTGRAPH_MODE=production
 * (FACTGRAPH_MODE wins when both are set) turns introspection and the playground off unless
 * FACTGRAPH_INTROSPECTION=true / FACTGRAPH_PLAYGROUND=true, masks internal errors and never sends stack traces.
 */

export interface ServerMode {
  production: boolean;
  /** Whether clients may ask for the schema (__schema, __type). */
  introspection: boolean;
  /** Whether GET / serves the GraphiQL playground. */
  playground: boolean;
}

/** A true/false setting from the environment; anything else stops the server with what was wrong. */
export function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === "") return fallback;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new Error(`${name} must be true or false, not "${env[name]}"`);
}

export function serverMode(env: NodeJS.ProcessEnv = process.env): ServerMode {
  const mode = env.FACTGRAPH_MODE?.trim().toLowerCase();
  if (mode && mode !== "production" && mode !== "development") {
    throw new Error(`FACTGRAPH_MODE must be production or development, not "${env.FACTGRAPH_MODE}"`);
  }
  const production = mode ? mode === "production" : env.NODE_ENV === "production";
  return {
    production,
    introspection: flag(env, "FACTGRAPH_INTROSPECTION", !production),
    playground: flag(env, "FACTGRAPH_PLAYGROUND", !production),
  };
}
