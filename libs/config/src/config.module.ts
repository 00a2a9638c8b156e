import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import type { AnyConfigSection } from './config-section';
import { APP_CONFIG, configToken } from './config.constants';
import { loadConfig, type Environment, type LoadConfigOptions } from './load-config';

export interface ConfigModuleOptions extends LoadConfigOptions {
  /** The environment to read; the process environment when absent. */
  readonly env?: Environment;
  /**
   * The configuration the process already loaded from these sections (its entry point validates it
   * before anything connects): provided as it is, so the process loads it once.
   */
  readonly loaded?: Readonly<Record<string, unknown>>;
}

/**
 * Loads the given sections once when the application is created (or takes them as already loaded) (a bad environment fails the
 * bootstrap with the full `ConfigError`) and provides each section globally under `configToken(name)`.
 */
@Module({})
export class ConfigModule {
  static forRoot(sections: readonly AnyConfigSection[], options: ConfigModuleOptions = {}): DynamicModule {
    const sectionProviders: Provider[] = sections.map((section) => ({
      provide: configToken(section.name),
      useFactory: (config: Record<string, unknown>) => config[section.name],
      inject: [APP_CONFIG],
    }));
    const rootProvider: Provider = {
      provide: APP_CONFIG,
      useFactory: () => options.loaded ?? loadConfig(sections, options.env ?? process.env, options),
    };
    return {
      module: ConfigModule,
      global: true,
      providers: [rootProvider, ...sectionProviders],
      exports: [APP_CONFIG, ...sectionProviders.map((provider) => (provider as { provide: string }).provide)],
    };
  }
}
