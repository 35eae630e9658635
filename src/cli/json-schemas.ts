/** `npm run schemas`: writes the editor JSON Schemas to .vscode/schemas/ (see src/output/json-schemas.ts). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { editorSchemas, serialiseSchema } from '../output/json-schemas.ts';

const dir = path.resolve('.vscode/schemas');
await mkdir(dir, { recursive: true });
for (const [name, schema] of Object.entries(editorSchemas())) {
  await writeFile(path.join(dir, name), serialiseSchema(schema));
  console.log(`wrote .vscode/schemas/${name}`);
}
