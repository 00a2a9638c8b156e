import { createContractAjv, pointerToPath } from '@salw/contracts/validation/contract-ajv';
import { toViolations } from '@salw/contracts/validation/contract-ajv';
import type { ContractViolation } from '@salw/contracts';
import type { TSchema } from '@sinclair/typebox';
import type { ValidateFunction } from 'ajv/dist/2020';
import { RiskProfileSchema, type RiskProfileDocument } from './risk-profile.schema';

const ajv = createContractAjv();
const validateDocument = ajv.compile(RiskProfileSchema) as ValidateFunction<RiskProfileDocument>;
const compiledParams = new WeakMap<TSchema, ValidateFunction>();

export type ProfileValidation =
  | { readonly ok: true; readonly value: RiskProfileDocument }
  | { readonly ok: false; readonly violations: readonly ContractViolation[] };

/** Checks a risk profile document against the schema; violations name the JSON path (`indicators.CASH_PAYMENT.points`). */
export function validateProfileDocument(doc: unknown): ProfileValidation {
  if (validateDocument(doc)) return { ok: true, value: doc };
  return { ok: false, violations: toViolations(validateDocument.errors) };
}

/** Checks an indicator's params against its own schema; paths are prefixed with `basePath`. */
export function validateParams(schema: TSchema, params: unknown, basePath: string): ContractViolation[] {
  let validate = compiledParams.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiledParams.set(schema, validate);
  }
  if (validate(params)) return [];
  return toViolations(validate.errors).map((v) => ({
    ...v,
    path: v.path === '(root)' ? basePath : `${basePath}.${v.path}`,
  }));
}

export { pointerToPath };
