import 'reflect-metadata';
import { ConfigError, loadConfig } from '@salw/config';
import { createLogger } from '@salw/observability';
import { REGISTRY_CONFIG_SECTIONS } from './config/registry-config-sections';
import { createRegistryApp } from './create-registry-app';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig(REGISTRY_CONFIG_SECTIONS);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`salw-registry: ${error.message}\n`);
    process.exit(1);
  }
  const logger = createLogger({ service: 'registry', level: config.log.level });
  try {
    const app = await createRegistryApp({ config });
    await app.listen(config.http.port, config.http.host);
    logger.info({ host: config.http.host, port: config.http.port }, 'registry running; OpenAPI at /api/docs');
  } catch (error) {
    logger.fatal(
      { err: error },
      `registry failed to start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}

void bootstrap();
