/**
 * What `npm ci` installs is a tree npm itself finds sound: every dependency, peers included, within its declared
 * range. A peer conflict is what makes `npm ci` print its wall of ERESOLVE warnings (graphiql-explorer declares
 * graphql ≤15 and React ≤16; package.json's `overrides` says it gets the project's own, as it always did).
 */
import { execFileSync } from "child_process";
import * as path from "path";

test("npm ls finds no missing, invalid or conflicting dependency", () => {
  let problems: string[] = [];
  try {
    execFileSync("npm", ["ls", "--all", "--json"], { cwd: path.join(__dirname, ".."), stdio: "pipe", maxBuffer: 64 << 20 });
  } catch (error) {
    // npm ls exits 1 on ELSPROBLEMS and lists them in its JSON answer.
    const stdout = (error as { stdout?: Buffer }).stdout?.toString() ?? "";
    problems = (JSON.parse(stdout || "{}") as { problems?: string[] }).problems ?? [String(error)];
  }
  expect(problems).toEqual([]);
});
