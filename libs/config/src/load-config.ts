import { accessSync, constants, statSync } from 'node:fs';
import Ajv, { type ErrorObject } from 'ajv';
import type { AnyConfigSection, ConfigOf, EnvBinding } from './config-section';
import { ConfigError, type ConfigProblem } from './config.error';
import { coerceEnvValue } from './coerce-env-value';
import { displayEnvValue } from './mask-secret';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface LoadConfigOptions {
  /** Whether a path names a readable regular file; replaced in tests. */
  readonly fileExists?: (path: string) => boolean;
}

function readableFileExists(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: true });

/**
 * Reads every section from the environment once, fills defaults, validates, and returns a frozen
 * typed object keyed by section name. Throws one {@link ConfigError} listing every problem found.
 * Variables no section binds (including unknown `SALW_*` ones) are ignored.
 */
export function loadConfig<const Sections extends readonly AnyConfigSection[]>(
  sections: Sections,
  env: Environment = process.env,
  options: LoadConfigOptions = {},
): ConfigOf<Sections> {
  const fileExists = options.fileExists ?? readableFileExists;
  const problems: ConfigProblem[] = [];
  const loaded: Record<string, unknown> = {};

  for (const section of sections) {
    if (section.name in loaded) throw new Error(`Configuration section "${section.name}" is listed twice`);
    const { value, problems: sectionProblems } = loadSection(section, env, fileExists);
    problems.push(...sectionProblems);
    loaded[section.name] = Object.freeze(value);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(loaded) as ConfigOf<Sections>;
}

function loadSection(
  section: AnyConfigSection,
  env: Environment,
  fileExists: (path: string) => boolean,
): { value: Record<string, unknown>; problems: ConfigProblem[] } {
  const bindings = Object.entries(section.env);
  const value: Record<string, unknown> = {};
  const fileProblems: ConfigProblem[] = [];

  for (const [variable, binding] of bindings) {
    const raw = env[variable];
    if (raw === undefined) continue;
    value[binding.field] = coerceEnvValue(raw, binding.kind);
    if (binding.kind === 'file' && raw.length > 0 && !fileExists(raw)) {
      fileProblems.push({
        variable,
        message: `must name a readable file (got ${displayEnvValue(raw, binding.secret)})`,
      });
    }
  }

  const validate = ajv.compile(section.schema);
  const schemaProblems = validate(value) ? [] : describeSchemaErrors(validate.errors ?? [], section, env);
  const crossProblems =
    schemaProblems.length === 0 && fileProblems.length === 0 && section.crossCheck
      ? section.crossCheck(value as never)
      : [];

  // One message per variable, in the order the section declares its variables.
  const byVariable = new Map<string, ConfigProblem>();
  for (const problem of [...schemaProblems, ...fileProblems, ...crossProblems]) {
    if (!byVariable.has(problem.variable)) byVariable.set(problem.variable, problem);
  }
  const order = bindings.map(([variable]) => variable);
  const rank = (variable: string) => (order.includes(variable) ? order.indexOf(variable) : order.length);
  const problems = [...byVariable.values()].sort((a, b) => rank(a.variable) - rank(b.variable));
  return { value, problems };
}

function describeSchemaErrors(
  errors: ErrorObject[],
  section: AnyConfigSection,
  env: Environment,
): ConfigProblem[] {
  const variableOf = new Map<string, [string, EnvBinding]>(
    Object.entries(section.env).map(([variable, binding]) => [binding.field, [variable, binding]]),
  );
  return errors.map((error) => {
    const field =
      error.keyword === 'required'
        ? String((error.params as { missingProperty: string }).missingProperty)
        : (error.instancePath.split('/')[1] ?? '');
    const bound = variableOf.get(field);
    if (!bound) {
      return { variable: `${section.name}.${field || '(root)'}`, message: error.message ?? error.keyword };
    }
    const [variable, binding] = bound;
    const raw = env[variable];
    if (raw === undefined) return { variable, message: `is required (not set); must be ${binding.expect}` };
    return { variable, message: `must be ${binding.expect} (got ${displayEnvValue(raw, binding.secret)})` };
  });
}
