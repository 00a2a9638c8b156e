import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The TLS material of one test broker, all files under one folder, valid for two days. */
export interface TestCertificates {
  /** PEM certificate of the test CA: what clients get as KAFKA_SSL_CA_FILE. */
  readonly caFile: string;
  /** PKCS12 keystore with the broker key and its CA-signed certificate (SAN IP:127.0.0.1, DNS:localhost). */
  readonly brokerKeystore: string;
  /** PKCS12 truststore with the test CA, made with keytool (the broker checks its own inter-broker link). */
  readonly truststore: string;
  /** Password of both stores (random per run). */
  readonly storePassword: string;
}

function run(command: string, args: readonly string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`${command} ${args[0]} failed (${result.status}): ${result.stderr.trim()}`);
}

/**
 * Makes, with openssl and keytool as an operator would: a throw-away CA, a broker key and certificate
 * signed by it for 127.0.0.1/localhost, the broker's PKCS12 keystore, and a truststore with the CA.
 */
export function makeTestCertificates(dir: string): TestCertificates {
  mkdirSync(dir, { recursive: true });
  const storePassword = randomBytes(12).toString('hex');
  const days = '2';
  // Options and their values in pairs, as an operator would type them.
  // prettier-ignore
  run('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', days,
    '-subj', '/CN=salw-screen test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    '-keyout', 'ca.key', '-out', 'ca.pem',
  ], dir);
  // prettier-ignore
  run('openssl', [
    'req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost',
    '-keyout', 'broker.key', '-out', 'broker.csr',
  ], dir);
  writeFileSync(
    join(dir, 'broker.ext'),
    [
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth,clientAuth',
      '',
    ].join('\n'),
  );
  // prettier-ignore
  run('openssl', [
    'x509', '-req', '-in', 'broker.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
    '-days', days, '-extfile', 'broker.ext', '-out', 'broker.pem',
  ], dir);
  // prettier-ignore
  run('openssl', [
    'pkcs12', '-export', '-in', 'broker.pem', '-inkey', 'broker.key', '-certfile', 'ca.pem',
    '-name', 'broker', '-out', 'broker.p12', '-passout', `pass:${storePassword}`,
  ], dir);
  // prettier-ignore
  run('keytool', [
    '-importcert', '-noprompt', '-alias', 'salw-test-ca', '-file', 'ca.pem',
    '-keystore', 'truststore.p12', '-storetype', 'PKCS12', '-storepass', storePassword,
  ], dir);
  return {
    caFile: join(dir, 'ca.pem'),
    brokerKeystore: join(dir, 'broker.p12'),
    truststore: join(dir, 'truststore.p12'),
    storePassword,
  };
}
