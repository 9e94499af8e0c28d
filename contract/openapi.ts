import { z } from 'zod';
import { ERRORS, ErrorBodySchema } from './errors';
import type { RouteDef } from './route';
import { routeList } from './routes';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[]; $defs?: Record<string, JsonSchema> };

const COMPONENT_REF = '#/components/schemas/';

/** Schemas registered with `.meta({ id })` become shared components; `$defs` of inline schemas are hoisted beside them. */
function toSchema(schema: z.ZodType, io: 'input' | 'output', components: Record<string, JsonSchema>): JsonSchema {
  const id = z.globalRegistry.get(schema)?.id;
  if (id && io === 'output') return { $ref: `${COMPONENT_REF}${id}` };
  const json = JSON.parse(JSON.stringify(z.toJSONSchema(schema, { io, unrepresentable: 'any' })).replaceAll('#/$defs/', COMPONENT_REF)) as JsonSchema;
  delete json.$schema;
  for (const [name, def] of Object.entries(json.$defs ?? {})) components[name] ??= def;
  delete json.$defs;
  return json;
}

function parameters(route: RouteDef, components: Record<string, JsonSchema>) {
  const list: object[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input', components);
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = property as JsonSchema & { description?: string };
      list.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: rest, ...(description ? { description } : {}) });
    }
  }
  if (route.idempotent) {
    list.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 128 }, description: '重试同一请求时带相同的值，服务器只执行一次' });
  }
  return list;
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: `${COMPONENT_REF}ErrorBody` } } } });

const TAG_DESCRIPTIONS: Record<string, string> = {
  系统: '健康检查与接口文档',
  登录: '演示账号登录与微信登录，签发 JWT',
  区划: '威海市区市、镇街、社区（村）与就业服务圈',
  我的: '当前用户的资料与我的社区',
  工作人员: '社区、镇街、区市、市四级工作人员，按管辖范围访问',
  岗位: '家门口岗位、零工与推荐',
  报名: '零工报名、候补递补、审核、签到、完工与未结清工资反映；消息通知',
};

const STATUS_TEXT: Record<number, string> = {
  400: '输入有误（字段级原因见 details）', 401: '未登录或登录已过期', 403: '无权限或不在管辖范围内', 404: '不存在',
  409: '冲突', 413: '请求体过大', 429: '请求太频繁', 500: '服务器内部错误', 503: '依赖的服务暂不可用',
};

function operation(route: RouteDef, components: Record<string, JsonSchema>) {
  const success = route.success;
  const successContent =
    'raw' in success
      ? success.raw === 'html'
        ? { 'text/html': { schema: { type: 'string' } } }
        : { 'application/json': { schema: { type: 'object' } } }
      : { 'application/json': { schema: toSchema(success.schema, 'output', components) } };
  const errorStatuses = new Set<number>([400, 500, ...(route.access === 'public' ? [] : [401, 403]), ...(route.body ? [413] : []), ...(route.errors ?? [])]);
  return {
    operationId: route.id,
    summary: route.summary,
    tags: [route.tag],
    ...(route.access === 'public' ? { security: [] } : { security: [{ bearerAuth: [] }] }),
    parameters: parameters(route, components),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input', components) } } } } : {}),
    responses: {
      [String(success.status)]: { description: '成功', content: successContent },
      ...Object.fromEntries([...errorStatuses].sort().map((status) => [String(status), errorResponse(STATUS_TEXT[status] ?? '错误')])),
    },
  };
}

/** The OpenAPI 3.1 document, generated from the same route table and zod schemas the API validates with. */
export function buildOpenApiDocument(serverUrl = '/') {
  const registered = z.toJSONSchema(z.globalRegistry, { uri: (id) => `${COMPONENT_REF}${id}`, unrepresentable: 'any' }) as { schemas: Record<string, JsonSchema> };
  const components: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(registered.schemas)) {
    const { $schema: _drop, $id: _id, ...rest } = schema as JsonSchema & { $schema?: string; $id?: string };
    components[id] = rest;
  }
  components.ErrorBody ??= toSchema(ErrorBodySchema, 'input', components);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routeList as RouteDef[]) {
    paths[route.path] ??= {};
    paths[route.path][route.method.toLowerCase()] = operation(route, components);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '家门口就业 API',
      version: '0.1.0',
      description: `威海「就在威海」家门口就业服务与山东「社区微业」行动的接口。所有错误均为 { error: { code, message, details } }；错误码：${Object.keys(ERRORS).join(', ')}。`,
      license: { name: 'UNLICENSED', identifier: 'LicenseRef-Proprietary' },
      contact: { name: '家门口就业项目组' },
    },
    servers: [{ url: serverUrl }],
    tags: [...new Set((routeList as RouteDef[]).map((r) => r.tag))].map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? name })),
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      schemas: components,
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
