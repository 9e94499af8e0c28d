import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import S3rver from 's3rver';

/** The H5 app uploads straight to S3 from another origin, as it does to the real bucket (CORS set on deploy). */
const CORS = `<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><AllowedMethod>HEAD</AllowedMethod><AllowedMethod>POST</AllowedMethod><AllowedMethod>PUT</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;

/** S3 for local use (s3rver), persisted in the data folder, with the uploads bucket created. */
export async function startS3Local(port: number, directory: string, bucket: string): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const absolute = resolve(directory);
  mkdirSync(absolute, { recursive: true });
  const server = new S3rver({ port, address: '127.0.0.1', directory: absolute, silent: true, configureBuckets: [{ name: bucket, configs: [CORS] }] });
  await server.run();
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
