import { AppError } from '#commons/errors';
import { GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

/**
 * The uploads bucket: licences and documents people upload, and exports staff download. Uploads go straight from
 * the phone to S3 with a browser-form (POST) policy that fixes key, content type and size, so a file never passes
 * through a Lambda and WeChat's uploadFile (multipart, with progress) can send it. Locally this is s3rver.
 */
let client: S3Client | undefined;
let clientEndpoint: string | undefined;

function s3(): S3Client {
  const endpoint = process.env.S3_ENDPOINT || undefined;
  if (!client || clientEndpoint !== endpoint) {
    client = new S3Client({
      endpoint,
      forcePathStyle: !!endpoint,
      region: process.env.AWS_REGION || 'cn-northwest-1',
      ...(endpoint ? { credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } } : {}),
    });
    clientEndpoint = endpoint;
  }
  return client;
}

function bucket(): string {
  const name = process.env.UPLOADS_BUCKET;
  if (!name) throw new Error('UPLOADS_BUCKET is not set');
  return name;
}

export const LINK_TTL_SECONDS = 15 * 60;

export interface UploadTicket {
  url: string;
  fields: Record<string, string>;
  key: string;
  expiresAt: string;
  maxBytes: number;
}

export async function uploadTicket(key: string, contentType: string, maxBytes: number, now = Date.now()): Promise<UploadTicket> {
  const { url, fields } = await createPresignedPost(s3(), {
    Bucket: bucket(),
    Key: key,
    Conditions: [['content-length-range', 1, maxBytes], ['eq', '$Content-Type', contentType]],
    Fields: { 'Content-Type': contentType },
    Expires: LINK_TTL_SECONDS,
  });
  return { url, fields, key, expiresAt: new Date(now + LINK_TTL_SECONDS * 1000).toISOString(), maxBytes };
}

/** Size and type of an uploaded object, or undefined when nothing was uploaded under that key. */
export async function uploadedObject(key: string): Promise<{ size: number; contentType: string } | undefined> {
  try {
    const head = await s3().send(new HeadObjectCommand({ Bucket: bucket(), Key: key }));
    return { size: head.ContentLength ?? 0, contentType: head.ContentType ?? '' };
  } catch (error) {
    // Without s3:ListBucket (deliberately not granted) S3 answers a missing key with 403, not 404.
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (error instanceof NotFound || (error as { name?: string }).name === 'NotFound' || status === 404 || status === 403) return undefined;
    // Storage itself failing is not the user's mistake, and not a 500 either: ask them to try again shortly.
    throw new AppError('UPSTREAM_UNAVAILABLE', '文件存储暂时无法访问，请稍后再试');
  }
}

/** An uploaded object's bytes, or undefined when nothing is there (same 403-or-404 reading as uploadedObject). */
export async function readFile(key: string): Promise<Uint8Array | undefined> {
  try {
    const object = await s3().send(new GetObjectCommand({ Bucket: bucket(), Key: key }));
    return object.Body ? await object.Body.transformToByteArray() : undefined;
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if ((error as { name?: string }).name === 'NoSuchKey' || status === 404 || status === 403) return undefined;
    throw new AppError('UPSTREAM_UNAVAILABLE', '文件存储暂时无法访问，请稍后再试');
  }
}

export async function putFile(key: string, body: Uint8Array | string, contentType: string): Promise<void> {
  await s3().send(new PutObjectCommand({ Bucket: bucket(), Key: key, Body: body, ContentType: contentType }));
}

/** A short-lived link to read an object; `fileName` makes the browser save it under that name. */
export function downloadUrl(key: string, fileName?: string): Promise<string> {
  return getSignedUrl(
    s3(),
    new GetObjectCommand({
      Bucket: bucket(),
      Key: key,
      ...(fileName ? { ResponseContentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}` } : {}),
    }),
    { expiresIn: LINK_TTL_SECONDS },
  );
}
