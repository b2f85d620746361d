/**
 * `npm run codegen:check`: fails when schema/generated/ or the graphql-codegen outputs are stale, that is,
 * when someone changed the schema or a query without running `npm run codegen`.
 */
import * as fs from "fs";
import * as path from "path";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { SERVED_SCHEMA_PATH, servedSchemaText } from "./print-schema";

async function main(): Promise<void> {
  const stale: string[] = [];
  const root = path.resolve(__dirname, "..");
  const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined);

  if (read(SERVED_SCHEMA_PATH) !== (await servedSchemaText())) stale.push(path.relative(root, SERVED_SCHEMA_PATH));
  const { config } = await loadCodegenConfig({ configFilePath: path.join(root, "codegen.yml") });
  const outputs = await generate({ ...config, cwd: root, silent: true }, false);
  for (const output of outputs) {
    if (read(path.resolve(root, output.filename)) !== output.content) stale.push(output.filename);
  }
  if (stale.length > 0) {
    console.error(`generated code is stale: ${stale.join(", ")}. Run \`npm run codegen\` and commit the result.`);
    process.exit(1);
  }
  console.log("generated code is up to date");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
