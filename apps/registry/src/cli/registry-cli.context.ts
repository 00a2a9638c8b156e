import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '@salw/config';
import { LoggingModule } from '@salw/observability';
import pino from 'pino';
import { REGISTRY_CONFIG_SECTIONS, type RegistryAppConfig } from '../config/registry-config-sections';
import { RegistryCoreModule } from '../registry-core.module';
import { REGISTRY_FEATURE_MODULES } from '../registry-features';

/** The CLI's modules: the configuration, a logger on standard error, and the same core as the REST app. */
@Module({})
export class RegistryCliModule {
  static forRoot(config: RegistryAppConfig): DynamicModule {
    return {
      module: RegistryCliModule,
      imports: [
        ConfigModule.forRoot(REGISTRY_CONFIG_SECTIONS, { loaded: config }),
        LoggingModule.forRoot({
          service: 'registry-cli',
          level: config.log.level,
          destination: pino.destination(2),
        }),
        RegistryCoreModule.forRoot(config, { connectionName: 'salw-registry-cli' }),
        ...REGISTRY_FEATURE_MODULES,
      ],
    };
  }
}

/** One Nest application context for a CLI run: the services a command uses are those the REST app uses. */
export async function createRegistryCliContext(config: RegistryAppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(RegistryCliModule.forRoot(config), {
    logger: false,
    abortOnError: false,
  });
  await app.init();
  return app;
}
