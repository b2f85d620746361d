/**
 * Setup file of jest.config.js's unit project: its tests need no Neo4j, so none is offered. A NEO4J_URI from the
 * environment is hidden and the tier is marked, so a Neo4j helper called from a unit test fails at once, naming
 * the fix (test/support/neo4j.ts, test/support/app.ts) instead of reaching some server or starting one.
 */
import { UNIT_TIER_ENV } from "./tier";

for (const name of ["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"]) delete process.env[name];
process.env[UNIT_TIER_ENV] = "1";
