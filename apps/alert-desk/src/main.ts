import 'reflect-metadata';
import { ConfigError, loadConfig } from '@salw/config';
import { describeKafkaStartupError } from '@salw/messaging';
import { createLogger } from '@salw/observability';
import { ALERT_DESK_CONFIG_SECTIONS } from './config/alert-desk-config-sections';
import { createAlertDeskApp } from './create-alert-desk-app';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig(ALERT_DESK_CONFIG_SECTIONS);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`salw-alert-desk: ${error.message}\n`);
    process.exit(1);
  }
  const logger = createLogger({ service: 'alert-desk', level: config.log.level });
  try {
    const app = await createAlertDeskApp({ config });
    await app.listen(config.http.port, config.http.host);
    await app.startAllMicroservices();
    logger.info({ host: config.http.host, port: config.http.port }, 'alert desk running; console at /');
  } catch (error) {
    // A refused login or a missing ACL is a settings problem: one line naming it, not a stack trace.
    const kafkaProblem = describeKafkaStartupError(error, config.kafka);
    if (kafkaProblem) {
      process.stderr.write(`salw-alert-desk: ${kafkaProblem}\n`);
      process.exit(1);
    }
    logger.fatal(
      { err: error },
      `alert desk failed to start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}

void bootstrap();
