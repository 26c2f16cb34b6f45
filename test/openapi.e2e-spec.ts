import SwaggerParser from '@apidevtools/swagger-parser';
import { loadConfig } from '@app/config';
import { RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ApiModule } from '../apps/api/src/api.module';
import { API_PREFIX } from '../apps/api/src/create-api-app';
import { startTestApp, TestApp } from './helpers/test-app';

interface OpenApiDocument {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        summary?: string;
        parameters?: Array<{ name: string; example?: unknown; schema?: { example?: unknown } }>;
        responses: Record<string, unknown>;
      }
    >
  >;
  components: { schemas: Record<string, { properties?: Record<string, Record<string, unknown>> }> };
}

/** Every route the API's controllers declare, as `METHOD /path/{param}`. */
function declaredRoutes(): string[] {
  const controllers = (ApiModule.forRoot(loadConfig({})).controllers ?? []) as Array<Type<unknown>>;
  const join = (...parts: string[]) =>
    `/${parts
      .flatMap((p) => p.split('/'))
      .filter(Boolean)
      .join('/')}`;
  return controllers.flatMap((controller) => {
    const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
    const prototype = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(prototype)
      .map((name) => prototype[name])
      .filter(
        (handler): handler is object =>
          typeof handler === 'function' && Reflect.hasMetadata(METHOD_METADATA, handler),
      )
      .map((handler) => {
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const path = join(
          API_PREFIX,
          base,
          Reflect.getMetadata(PATH_METADATA, handler) as string,
        ).replace(/:(\w+)/g, '{$1}');
        return `${method} ${path}`;
      });
  });
}

describe('OpenAPI document (/api/docs-json)', () => {
  let api: TestApp;
  let document: OpenApiDocument;

  beforeAll(async () => {
    api = await startTestApp();
    document = (await api.http.get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => api.close());

  it('is a valid OpenAPI 3 document', async () => {
    expect(document.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('covers every route the controllers declare, with a summary and a success response', () => {
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const routes = declaredRoutes();
    expect(routes.length).toBeGreaterThan(5);
    expect(documented.sort()).toEqual(routes.sort());
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations)) {
        expect(operation.summary).toBeTruthy();
        // A success answer, or the redirect that is one (single sign-on hands over to the provider).
        expect(
          Object.keys(operation.responses).some((status) => /^(2\d\d|302)$/.test(status)),
        ).toBe(true);
      }
    }
  });

  it('gives an example for every parameter and every DTO field', () => {
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const parameter of operation.parameters ?? []) {
          if (parameter.example === undefined && parameter.schema?.example === undefined) {
            missing.push(`${method.toUpperCase()} ${path} ?${parameter.name}`);
          }
        }
      }
    }
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      for (const [property, definition] of Object.entries(schema.properties ?? {})) {
        const items = definition.items as Record<string, unknown> | undefined;
        const isReference =
          '$ref' in definition || 'allOf' in definition || (items !== undefined && '$ref' in items);
        if (!isReference && definition.example === undefined) missing.push(`${name}.${property}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('serves Swagger UI', async () => {
    const res = await api.http.get('/api/docs').expect(200);
    expect(res.text).toContain('swagger-ui');
  });
});
