import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestCertificates {
  readonly ca: string;
  readonly serverCert: string;
  readonly serverKey: string;
  readonly clientCert: string;
  readonly clientKey: string;
}

/** A private CA, a server certificate for 127.0.0.1 and a client certificate, made with openssl in `dir`. */
export async function makeTestCertificates(dir: string): Promise<TestCertificates> {
  const path = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => run('openssl', args, { cwd: dir, timeout: 60_000 });
  await openssl(
    ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem'],
    ...['-days', '1', '-subj', '/CN=salw-test-ca'],
  );
  return {
    ca: path('ca.pem'),
    ...(await signed('server', '/CN=127.0.0.1', 'subjectAltName=IP:127.0.0.1')),
    ...(await signed('client', '/CN=salw-test-client', 'extendedKeyUsage=clientAuth')),
  } as TestCertificates;

  async function signed(name: 'server' | 'client', subject: string, extension: string) {
    writeFileSync(path(`${name}.ext`), `${extension}\n`);
    await openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      subject,
    );
    await openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.pem`,
      '-days',
      '1',
      '-extfile',
      `${name}.ext`,
    );
    return name === 'server'
      ? { serverCert: path('server.pem'), serverKey: path('server.key') }
      : { clientCert: path('client.pem'), clientKey: path('client.key') };
  }
}
