import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { cachedKafkaLib, KafkaServerProcess } from '../../integration/screener/support/kafka-server-process';
import { makeTestCertificates, type TestCertificates } from './test-certificates';

/** A SCRAM user of the test broker. Passwords are random hex, so they need no quoting anywhere. */
export interface ScramUser {
  readonly name: string;
  readonly password: string;
}

export interface SecuredBrokerOptions {
  /** Turns on KRaft's StandardAuthorizer: only `admin` (super user) may do anything without an ACL. */
  readonly authorizer?: boolean;
  /** More SCRAM users (random passwords), e.g. one that holds no ACL; read them back with `user(name)`. */
  readonly extraUsers?: readonly string[];
}

const MECHANISM = 'SCRAM-SHA-512';

/** Settings the stack.sh template sets and a secured broker replaces. */
const REPLACED = [
  'listeners',
  'advertised.listeners',
  'inter.broker.listener.name',
  'listener.security.protocol.map',
];

/**
 * A private single-node KRaft broker whose only client listener is SASL_SSL with SCRAM-SHA-512, as
 * production clusters run it: certificates made by openssl/keytool for this run, SCRAM credentials
 * written at format time (`--add-scram`), the inter-broker link on the same secured listener. The
 * controller listener stays PLAINTEXT on loopback (clients never get it in metadata). Own ports and
 * temp folder; `stop()` ends the process and removes the folder.
 */
export class SecuredBroker {
  private constructor(
    private readonly server: KafkaServerProcess,
    readonly certificates: TestCertificates,
    readonly admin: ScramUser,
    readonly app: ScramUser,
    private readonly extraUsers: readonly ScramUser[],
    private readonly dir: string,
  ) {}

  /** Undefined, with the reason, when java or the broker jars cannot be had on this machine. */
  static available(): { lib?: string; reason: string } {
    return cachedKafkaLib();
  }

  static async start(dir: string, options: SecuredBrokerOptions = {}): Promise<SecuredBroker> {
    const { lib, reason } = cachedKafkaLib();
    if (!lib) throw new Error(`cannot start a secured Kafka broker: ${reason}`);
    const certificates = makeTestCertificates(join(dir, 'tls'));
    const [admin, app, ...extraUsers] = ['admin', 'salw', ...(options.extraUsers ?? [])].map((name) => ({
      name,
      password: randomBytes(16).toString('hex'),
    }));
    const server = await KafkaServerProcess.start(lib, join(dir, 'broker'), {
      configure: (template, { port, controllerPort }) =>
        [
          ...template.split('\n').filter((line) => !REPLACED.includes(line.split('=')[0]!.trim())),
          '# --- secured listener (tests/support/secured-kafka/secured-broker.ts) ---',
          `listeners=SASL_SSL://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
          `advertised.listeners=SASL_SSL://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
          'listener.security.protocol.map=CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL',
          'inter.broker.listener.name=SASL_SSL',
          `sasl.enabled.mechanisms=${MECHANISM}`,
          `sasl.mechanism.inter.broker.protocol=${MECHANISM}`,
          `listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${admin.name}" password="${admin.password}";`,
          'ssl.keystore.type=PKCS12',
          `ssl.keystore.location=${certificates.brokerKeystore}`,
          `ssl.keystore.password=${certificates.storePassword}`,
          `ssl.key.password=${certificates.storePassword}`,
          'ssl.truststore.type=PKCS12',
          `ssl.truststore.location=${certificates.truststore}`,
          `ssl.truststore.password=${certificates.storePassword}`,
          'ssl.client.auth=none',
          ...(options.authorizer
            ? [
                'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
                // ANONYMOUS is the broker talking to its own controller over the loopback PLAINTEXT listener.
                `super.users=User:${admin.name};User:ANONYMOUS`,
                'allow.everyone.if.no.acl.found=false',
              ]
            : []),
          '',
        ].join('\n'),
      formatArguments: [admin, app, ...extraUsers].flatMap((user) => [
        '--add-scram',
        `${MECHANISM}=[name=${user.name},password=${user.password}]`,
      ]),
    });
    return new SecuredBroker(server, certificates, admin, app, extraUsers, dir);
  }

  user(name: string): ScramUser {
    const user = [this.admin, this.app, ...this.extraUsers].find((u) => u.name === name);
    if (!user) throw new Error(`the secured broker has no SCRAM user "${name}"`);
    return user;
  }

  get brokers(): string[] {
    return this.server.brokers;
  }

  /** The documented settings (docs/kafka-security.md) for an app or CLI connecting as `user`. */
  clientEnv(user: ScramUser = this.app, password = user.password): NodeJS.ProcessEnv {
    return {
      KAFKA_BROKERS: this.brokers.join(','),
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: this.certificates.caFile,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: user.name,
      KAFKA_SASL_PASSWORD: password,
    };
  }

  /** A kafkajs client of the test itself (admin by default), trusting only the test CA. */
  kafka(clientId: string, user: ScramUser = this.admin): Kafka {
    return new Kafka({ clientId, ...this.clientSecurity(user), logLevel: logLevel.NOTHING });
  }

  /** Brokers, TLS and SASL options for a kafkajs client connecting as `user`. */
  clientSecurity(user: ScramUser = this.admin) {
    return {
      brokers: this.brokers,
      ssl: { ca: [readFileSync(this.certificates.caFile)] },
      sasl: { mechanism: 'scram-sha-512' as const, username: user.name, password: user.password },
    };
  }

  tail(lines = 30): string {
    return this.server.tail(lines);
  }

  async stop(options: { keepFiles?: boolean } = {}): Promise<void> {
    await this.server.stop(30_000);
    if (!options.keepFiles) rmSync(this.dir, { recursive: true, force: true });
  }
}
