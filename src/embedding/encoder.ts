/**
 * Sentence embeddings: text in, a unit vector of MODEL.dimensions out, so that the cosine of two texts says how
 * close their meanings are, whatever their words. The model runs on a worker thread (and ONNX Runtime's own), so
 * the event loop waits on a promise, never on the arithmetic.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parentPort, Worker } from "node:worker_threads";
import type { InferenceSession, Tensor } from "onnxruntime-node";
import { ensureModel, MODEL, type ModelFiles } from "./model";
import { WordPiece, type TokenizerFile } from "./wordpiece";

export class Encoder {
  private constructor(
    private readonly session: InferenceSession,
    private readonly tokenizer: WordPiece,
    private readonly ort: typeof import("onnxruntime-node"),
  ) {}

  static async load(files: ModelFiles): Promise<Encoder> {
    const ort = await import("onnxruntime-node");
    const tokenizer = new WordPiece(JSON.parse(fs.readFileSync(files.tokenizer, "utf8")) as TokenizerFile);
    const session = await ort.InferenceSession.create(files.weights, { intraOpNumThreads: 1, interOpNumThreads: 1 });
    return new Encoder(session, tokenizer, ort);
  }

  /** One unit vector a text, in the texts' order. */
  /** `stopped` is asked between texts: a run cannot be interrupted, so stopping waits for the one under way. */
  async embed(texts: readonly string[], stopped: () => boolean = () => false): Promise<number[][]> {
    const vectors: number[][] = [];
    for (const text of texts) {
      if (stopped()) throw new Error("the encoder was closed");
      vectors.push(await this.run(this.tokenizer.encode(text, MODEL.maxTokens)));
    }
    return vectors;
  }

  /**
   * One text a run, on one thread: the model's int8 arithmetic scales each run's activations together, so a text
   * sent with others would get a vector that depends on them. About 400 texts a second on one core.
   */
  private async run(tokens: number[]): Promise<number[]> {
    const dims = [1, tokens.length];
    const feeds: Record<string, Tensor> = {
      input_ids: new this.ort.Tensor("int64", BigInt64Array.from(tokens, BigInt), dims),
      attention_mask: new this.ort.Tensor("int64", new BigInt64Array(tokens.length).fill(1n), dims),
    };
    if (this.session.inputNames.includes("token_type_ids")) feeds.token_type_ids = new this.ort.Tensor("int64", new BigInt64Array(tokens.length), dims);
    const output = (await this.session.run(feeds))[this.session.outputNames[0]];
    const hidden = output.data as Float32Array;
    const dimensions = output.dims[2];
    const vector = new Array<number>(dimensions).fill(0);
    const rows = MODEL.pooling === "mean" ? tokens.length : 1;
    for (let t = 0; t < rows; t++) for (let d = 0; d < dimensions; d++) vector[d] += hidden[t * dimensions + d];
    const norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0)) || 1;
    return vector.map((x) => x / norm);
  }
}

interface EmbedRequest {
  id: number;
  files?: ModelFiles;
  texts: string[];
}

interface StopRequest {
  stop: true;
}

interface EmbedReply {
  id: number;
  vectors?: Float32Array[];
  error?: string;
}

/**
 * What the thread runs: this module's `serveEmbeddings`, as code for the reason src/ingest/extract-pool.ts gives.
 * The model runs on threads of its own so that its tensors live in a plain Node realm (under jest, typed arrays
 * of the test's realm are not ONNX Runtime's), and so that tokenizing stays off the request thread.
 */
const WORKER_CODE = [
  ...(path.extname(__filename) === ".ts" ? [`require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register();`] : []),
  `require(${JSON.stringify(__filename)}).serveEmbeddings();`,
].join("\n");

/** Vectors kept for texts seen lately (384 numbers each: about 3 KB). */
const RECENT_TEXTS = 5000;

/** Fewer texts than this go to one thread: a thread's message costs more than a short text's run. */
const TEXTS_PER_THREAD = 16;

interface EncoderThread {
  worker: Worker;
  /** Texts sent and not answered yet. */
  outstanding: number;
  waiting: Map<number, { texts: number; resolve(v: number[][]): void; reject(e: Error): void }>;
}

/**
 * The process's sentence encoder: up to one thread a core holding the model, started as work needs them; idle
 * threads do not keep the process alive. A long list of texts is shared among the threads, one query goes to the
 * least busy.
 */
export class SentenceEncoder {
  private readonly threads: EncoderThread[] = [];
  private next = 0;

  /** The latest texts' vectors, oldest first: the same statements and queries come back page after page. */
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly files: ModelFiles,
    private readonly size = Math.max(1, os.availableParallelism()),
  ) {}

  /** One unit vector a text, in the texts' order. */
  async embed(texts: readonly string[]): Promise<number[][]> {
    const missing = [...new Set(texts.filter((t) => !this.recent.has(t)))];
    if (missing.length) {
      const parts = Math.min(this.size, Math.ceil(missing.length / TEXTS_PER_THREAD));
      const per = Math.ceil(missing.length / parts);
      const chunks = Array.from({ length: parts }, (_, i) => missing.slice(i * per, (i + 1) * per));
      const vectors = (await Promise.all(chunks.map((chunk) => this.request(chunk)))).flat();
      missing.forEach((text, i) => this.recent.set(text, vectors[i]));
    }
    const found = texts.map((text) => {
      const vector = this.recent.get(text)!;
      this.recent.delete(text);
      this.recent.set(text, vector);
      return vector;
    });
    for (const oldest of this.recent.keys()) {
      if (this.recent.size <= RECENT_TEXTS) break;
      this.recent.delete(oldest);
    }
    return found;
  }

  private request(texts: string[]): Promise<number[][]> {
    return new Promise((resolve, reject) => {
      const thread = this.leastBusy();
      const id = this.next++;
      thread.waiting.set(id, { texts: texts.length, resolve, reject });
      thread.outstanding += texts.length;
      thread.worker.ref();
      thread.worker.postMessage({ id, files: this.files, texts } satisfies EmbedRequest);
    });
  }

  /**
   * Ends the threads once their runs under way are done; what is still waiting is rejected. Terminating a thread in
   * the middle of a run would abort the whole process (ONNX Runtime's native call throws past it).
   */
  async close(): Promise<void> {
    await Promise.all(
      this.threads.map(({ worker }) => {
        const exited = new Promise((resolve) => worker.once("exit", resolve));
        worker.postMessage({ stop: true } satisfies StopRequest);
        return exited;
      }),
    );
  }

  private leastBusy(): EncoderThread {
    const idle = this.threads.find((t) => t.outstanding === 0);
    if (idle) return idle;
    if (this.threads.length < this.size) return this.start();
    return this.threads.reduce((a, b) => (b.outstanding < a.outstanding ? b : a));
  }

  private start(): EncoderThread {
    const thread: EncoderThread = { worker: new Worker(WORKER_CODE, { eval: true }), outstanding: 0, waiting: new Map() };
    const { worker } = thread;
    worker.unref();
    worker.on("message", (reply: EmbedReply) => {
      const task = thread.waiting.get(reply.id);
      thread.waiting.delete(reply.id);
      thread.outstanding -= task?.texts ?? 0;
      if (!thread.waiting.size) worker.unref();
      if (reply.error) task?.reject(new Error(`sentence embedding failed: ${reply.error}`));
      else task?.resolve(reply.vectors!.map((v) => Array.from(v)));
    });
    const fail = (error: Error) => {
      for (const task of thread.waiting.values()) task.reject(error);
      thread.waiting.clear();
      const at = this.threads.indexOf(thread);
      if (at >= 0) this.threads.splice(at, 1);
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`a sentence-embedding thread stopped (exit code ${code})`)));
    this.threads.push(thread);
    return thread;
  }
}

/** The thread's side: loads the model on the first request, then embeds each request's texts in turn. */
export function serveEmbeddings(): void {
  const port = parentPort!;
  let encoder: Promise<Encoder> | undefined;
  let queue = Promise.resolve();
  let stopping = false;
  port.on("message", (request: EmbedRequest | StopRequest) => {
    if ("stop" in request) {
      stopping = true;
      void queue.then(() => process.exit(0)); // in a worker, ends this thread only
      return;
    }
    const { id, files, texts } = request;
    queue = queue.then(async () => {
      try {
        encoder ??= Encoder.load(files!);
        const vectors = (await (await encoder).embed(texts, () => stopping)).map((v) => Float32Array.from(v));
        port.postMessage({ id, vectors } satisfies EmbedReply, vectors.map((v) => v.buffer as ArrayBuffer));
      } catch (error) {
        port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies EmbedReply);
      }
    });
  });
}

let shared: Promise<SentenceEncoder> | undefined;

/** The process's encoder, downloading the model on first use if need be. */
export function sentenceEncoder(log?: (message: string) => void): Promise<SentenceEncoder> {
  shared ??= ensureModel(log).then((files) => new SentenceEncoder(files));
  shared.catch(() => (shared = undefined)); // a failed download is tried again next time
  return shared;
}

/** The cosine of two unit vectors. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** Closes the process's encoder, if it was started (see SentenceEncoder.close). */
export async function closeSentenceEncoder(): Promise<void> {
  const encoder = shared && (await shared.catch(() => undefined));
  shared = undefined;
  await encoder?.close();
}
