// Renders slipway.schema.json from the one definition in packages/delivery (npm run schema).
// A repository test fails when the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedSchema } from '../packages/delivery/src/slipway-schema';

export const schemaPath = join(new URL('..', import.meta.url).pathname, 'slipway.schema.json');
export const schemaText = () => `${JSON.stringify(publishedSchema(), null, 2)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(schemaPath, schemaText());
  console.log(`wrote ${schemaPath}`);
}
