export default async function globalTeardown() {
  const stack = globalThis as { __dynamo?: { stop(): Promise<void> }; __s3?: { stop(): Promise<void> } };
  await Promise.all([stack.__dynamo?.stop(), stack.__s3?.stop()]);
}
