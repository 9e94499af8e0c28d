import { httpHandler } from '#commons/http';
import { buildOpenApiDocument } from '@contract/openapi';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A plain, self-contained page (no CDN: the docs must open on a closed network too). */
export const handler = httpHandler('docs', async () => {
  const doc = buildOpenApiDocument();
  const rows = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, { summary: string; tags: string[]; security: unknown[]; responses: Record<string, unknown> }>).map(
      ([method, op]) =>
        `<tr><td>${escapeHtml(op.tags[0])}</td><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(op.summary)}</td><td>${op.security.length ? '需登录' : '公开'}</td><td>${Object.keys(op.responses).join(' ')}</td></tr>`,
    ),
  );
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(doc.info.title)}</title><style>body{font:18px/1.6 system-ui,sans-serif;margin:24px;color:#1a1a1a}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:8px;text-align:left;vertical-align:top}code{font-size:16px}</style></head>
<body><h1>${escapeHtml(doc.info.title)}</h1><p>${escapeHtml(doc.info.description)}</p><p>机器可读文档：<a href="openapi.json">/openapi.json</a>（OpenAPI ${doc.openapi}）</p>
<table><thead><tr><th>分组</th><th>方法</th><th>路径</th><th>说明</th><th>权限</th><th>状态码</th></tr></thead><tbody>${rows.join('')}</tbody></table></body></html>`;
});
