/**
 * `npm start`: the whole system locally. Ports from env (DYNAMODB_PORT, S3_PORT, API_PORT, LAMBDA_PORT, H5_PORT),
 * data in DATA_DIR (default .data). Ctrl-C stops everything.
 */
import { resolve } from 'node:path';
import { PERSONAS } from './seed/demo-people';
import { startStack, type RunningStack } from './lib/stack';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main() {
  const root = resolve(__dirname, '..');
  console.log('正在启动 家门口就业 本地环境… starting DynamoDB Local, S3, the API and the H5 app');
  let stack: RunningStack | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n收到 ${signal}，正在停止… stopping`);
    await stack?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  stack = await startStack({
    root,
    dataDir: resolve(root, process.env.DATA_DIR ?? '.data'),
    ports: { dynamodb: port('DYNAMODB_PORT', 8000), s3: port('S3_PORT', 4569), api: port('API_PORT', 3000), lambda: port('LAMBDA_PORT', 3002), h5: port('H5_PORT', 10086) },
  });
  if (stopping) return;
  const width = Math.max(...PERSONAS.map((p) => p.persona.length));
  console.log(`
================ 家门口就业 已启动 / Doorstep Jobs is running ================
  H5 应用 (open this)   ${stack.urls.h5}
  API                   ${stack.urls.api}   (H5 uses ${stack.urls.h5}api)
  接口文档 API docs      ${stack.urls.docs}  ·  ${stack.urls.api}/openapi.json
  DynamoDB Local        ${stack.urls.dynamodb}
  S3 (s3rver)           ${stack.urls.s3}
  数据 Data             ${process.env.DATA_DIR ?? '.data'}/ ${stack.seeded.seeded ? `(seeded ${stack.seeded.items} items)` : '(kept from last run)'}

  演示账号 Demo logins — open the H5 app, tap 登录, pick one:
${PERSONAS.map((p) => `    ${p.persona.padEnd(width)}  ${p.displayName}  ${p.description}`).join('\n')}

  Ctrl-C 停止 / stops everything.
==============================================================================`);
}

main().catch((error) => {
  console.error('启动失败 / start failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
