export * from './exemption.schema';
export {
  checkExemptionRequest,
  checkStoredExemption,
  EXEMPTION_MAX_DAYS,
  NOT_EXEMPTABLE,
  type ExemptionCheck,
} from './check-exemption';
export {
  compileExemptions,
  NO_EXEMPTIONS,
  type CompiledExemption,
  type CompiledExemptions,
} from './compiled-exemptions';
export { applyExemptions, type ExemptedHits } from './apply-exemptions';
