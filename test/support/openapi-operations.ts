import type { FastifyInstance } from 'fastify';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Fastify-style path, e.g. /api/users/{id} */
  path: string;
  parameters: OpenApiParameter[];
  body: JsonSchema | undefined;
}

/** Every operation in the app's generated OpenAPI document. */
export function operationsOf(app: FastifyInstance): Operation[] {
  const doc = app.swagger() as {
    paths?: Record<
      string,
      Record<
        string,
        { parameters?: OpenApiParameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }
      >
    >;
  };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      const upper = method.toUpperCase();
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(upper)) continue;
      operations.push({
        method: upper as Operation['method'],
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return operations;
}

/** A value that satisfies a JSON schema, using `hint` for ids and e-mail addresses. */
export function exampleFor(schema: JsonSchema | undefined, hint: { id: string; email: string; key?: string }): unknown {
  if (!schema) return {};
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? schema.allOf?.[0];
  if (variant) return exampleFor(variant, hint);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = new Set(schema.required ?? []);
      for (const [key, value] of Object.entries(schema.properties ?? {})) {
        // An optional string with a pattern cannot be made up here: leave it out rather than send an invalid value.
        if (!required.has(key) && value.pattern) continue;
        out[key] = exampleFor(value, hint);
      }
      return out;
    }
    case 'array':
      return [exampleFor(schema.items, hint)];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string': {
      if (schema.format === 'uuid') return hint.id;
      if (schema.format === 'email') return hint.email;
      if (schema.format === 'date') return '2020-06-01';
      if (schema.format === 'date-time') return '2020-06-01T10:00:00.000Z';
      const length = Math.max(schema.minLength ?? 1, 14);
      return 'x'.repeat(schema.maxLength === undefined ? length : Math.min(length, schema.maxLength));
    }
    case 'null':
    case undefined:
    default:
      return schema.default ?? null;
  }
}

/** The URL of an operation with its path parameters filled in. */
export function urlFor(
  operation: Operation,
  pathValue: (name: string) => string,
  query: Record<string, string> = {},
): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(pathValue(name)));
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}
