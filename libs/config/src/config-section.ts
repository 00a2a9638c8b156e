import type { Static, TObject } from '@sinclair/typebox';
import type { ConfigProblem } from './config.error';

/**
 * How a raw environment string becomes a field value before schema validation:
 * `integer` and `boolean` are parsed, `list` splits on commas, `file` is a path that must name a readable file.
 */
export type EnvValueKind = 'string' | 'integer' | 'boolean' | 'list' | 'file';

/**
 * `full` never shows the value; `url-credentials` shows a URL with its user and password replaced by `***`.
 */
export type SecretKind = 'full' | 'url-credentials';

export interface EnvBinding<Field extends string = string> {
  readonly field: Field;
  readonly kind: EnvValueKind;
  /** Completes "must be ..." in an error message, e.g. `a comma-separated list of host:port`. */
  readonly expect: string;
  readonly secret?: SecretKind;
}

export interface ConfigSection<Name extends string = string, Schema extends TObject = TObject> {
  /** Key of this section in the loaded configuration and suffix of its injection token. */
  readonly name: Name;
  readonly schema: Schema;
  /** Environment variable name -> the field it fills. */
  readonly env: Readonly<Record<string, EnvBinding<Extract<keyof Static<Schema>, string>>>>;
  /** Rules spanning several fields; runs only once the section matches its schema. */
  crossCheck?(value: Static<Schema>): ConfigProblem[];
}

/** Any section, whatever its schema: what the loader and the Nest module accept. */
export interface AnyConfigSection {
  readonly name: string;
  readonly schema: TObject;
  readonly env: Readonly<Record<string, EnvBinding>>;
  crossCheck?(value: never): ConfigProblem[];
}

/** Identity helper that keeps the literal section name and lets `env` refer to schema fields by name. */
export function defineConfigSection<const Name extends string, Schema extends TObject>(
  section: ConfigSection<Name, Schema>,
): ConfigSection<Name, Schema> {
  return section;
}

export type ConfigOf<Sections extends readonly AnyConfigSection[]> = {
  readonly [S in Sections[number] as S['name']]: Readonly<Static<S['schema']>>;
};
