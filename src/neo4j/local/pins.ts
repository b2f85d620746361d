/**
 * Every version, port and size of the project-managed Neo4j, in one place.
 * Bumping NEO4J_VERSION makes a fresh download into a new cache folder; old ones can be deleted by hand.
 */

/** Neo4j Community LTS; runs on Java 17 and 21. */
export const NEO4J_VERSION = "5.26.30";
/** Newest APOC core published for 5.26 on Maven Central; verified to load into NEO4J_VERSION. */
export const APOC_VERSION = "5.26.19";
/** Pinned so the download does not depend on the Maven version's default plugin. Needs Maven >= 3.6.3. */
export const MAVEN_DEPENDENCY_PLUGIN_VERSION = "3.8.1";

/** Maven coordinates. `org.neo4j:neo4j` already pulls in neo4j-server (CommunityEntryPoint) and neo4j-bolt. */
export const NEO4J_ARTIFACT = { groupId: "org.neo4j", artifactId: "neo4j" } as const;
/** apoc-core's published pom omits apoc-common (apoc.result.*), so both are listed. */
export const APOC_ARTIFACTS = [
  { groupId: "org.neo4j.procedure", artifactId: "apoc-core" },
  { groupId: "org.neo4j.procedure", artifactId: "apoc-common" },
] as const;

export const MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint";
export const ADMIN_CLASS = "org.neo4j.cli.AdminTool";

export const MIN_JAVA_MAJOR = 17;
export const DEFAULT_BOLT_PORT = 7687;
export const BOLT_PORT_ENV = "FACTGRAPH_NEO4J_BOLT_PORT";
/** Overrides where dist/ and local/ live (default: <repo>/.neo4j). */
export const NEO4J_DIR_ENV = "FACTGRAPH_NEO4J_DIR";
export const NEO4J_USER = "neo4j";

export interface MemorySettings {
  heapInitial: string;
  heapMax: string;
  pageCache: string;
}

/** The developer's server: shares a 2-core / 24 GiB machine with node, jest and an editor. */
export const LOCAL_MEMORY: MemorySettings = { heapInitial: "1g", heapMax: "2g", pageCache: "1g" };
/** Throwaway test servers hold little data. */
export const TEST_MEMORY: MemorySettings = { heapInitial: "256m", heapMax: "768m", pageCache: "128m" };

/** Seconds. A cold start on 2 cores takes ~10 s; first start after download is slower. */
export const START_TIMEOUT_S = 120;
export const STOP_TIMEOUT_S = 60;
