// Writes the web app's API types (apps/web/src/api/generated/api.ts) with openapi-typescript from
// the API's OpenAPI document — the one /api/docs-json serves — built in Nest's preview mode, so no
// database, Redis or server is needed. With --check it writes nothing and fails when the file is
// not current (`npm run lint` runs it).
import { loadConfig } from '@app/config';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { ApiModule } from '../../api/src/api.module';
import { API_PREFIX, openApiDocument } from '../../api/src/create-api-app';

const OUTPUT = resolve(__dirname, '../src/api/generated/api.ts');
const HEADER =
  "// Written by `npm run api:types` from the API's OpenAPI document (/api/docs-json): never edit it.\n\n";

async function apiDocument(): Promise<OpenAPI3> {
  // Preview mode reads the modules and controllers without creating a provider: no connection.
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot(loadConfig({})),
    new FastifyAdapter(),
    { preview: true, logger: false },
  );
  app.setGlobalPrefix(API_PREFIX);
  try {
    return openApiDocument(app) as OpenAPI3;
  } finally {
    await app.close();
  }
}

async function generate(): Promise<string> {
  const ast = await openapiTS(await apiDocument(), {
    // `ReportView`, `MeView`… by the API's own names, and each enum's values as an array.
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    enumValues: true,
    emptyObjectsUnknown: true,
    // A property with a default may be left out of a request.
    defaultNonNullable: false,
  });
  const source = HEADER + astToString(ast);
  return format(source, { ...(await resolveConfig(OUTPUT)), filepath: OUTPUT });
}

async function main(): Promise<void> {
  const generated = await generate();
  const name = relative(process.cwd(), OUTPUT);
  if (!process.argv.includes('--check')) {
    mkdirSync(dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, generated);
    return;
  }
  const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
  if (current !== generated) {
    process.stderr.write(`${name} does not match the API: run \`npm run api:types\`.\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exitCode = 1;
});
