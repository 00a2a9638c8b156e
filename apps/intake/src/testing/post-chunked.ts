import type { INestApplication } from '@nestjs/common';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: unknown;
}

/**
 * POSTs `body` with chunked transfer encoding (no Content-Length), as a streaming client does,
 * so limits must hold while reading. Listens on an ephemeral port first if the app is not listening.
 */
export async function postChunked(
  app: INestApplication,
  path: string,
  headers: Record<string, string>,
  body: Buffer,
  chunkBytes = 64 * 1024,
): Promise<RawResponse> {
  const server = app.getHttpServer();
  if (!server.listening) await app.listen(0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return new Promise<RawResponse>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent: false,
        headers: { ...headers, 'Transfer-Encoding': 'chunked' },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: text.length > 0 ? JSON.parse(text) : undefined,
          });
        });
      },
    );
    req.on('error', reject);
    for (let offset = 0; offset < body.length; offset += chunkBytes)
      req.write(body.subarray(offset, offset + chunkBytes));
    req.end();
  });
}
