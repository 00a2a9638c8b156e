/**
 * `npm run bench:validate`: Ajv validation throughput of the Declaration v1 contract on one core,
 * for a typical 3-item declaration with 4 parties. Target: >= 100,000 validations/s.
 */
import { declarationValidator } from '@salw/contracts';
import { aThreeItemDeclaration } from '@salw/contracts/testing';
import { opsPerSecond, writeBenchReport } from '@salw/benchmarking';

const TARGET_PER_SECOND = 100_000;

function main(): void {
  const declaration = aThreeItemDeclaration();
  const bytes = Buffer.from(JSON.stringify(declaration), 'utf8');
  if (!declarationValidator.check(declaration).ok) throw new Error('benchmark declaration is not valid');

  const checkPerSecond = opsPerSecond(() => {
    if (!declarationValidator.check(declaration).ok) throw new Error('unexpected rejection');
  });
  const parsePerSecond = opsPerSecond(() => {
    if (!declarationValidator.parse(bytes).ok) throw new Error('unexpected rejection');
  });

  const figures = {
    messageBytes: bytes.length,
    items: declaration.items.length,
    validationsPerSecond: Math.round(checkPerSecond),
    parseAndValidatePerSecond: Math.round(parsePerSecond),
    target: TARGET_PER_SECOND,
    meetsTarget: checkPerSecond >= TARGET_PER_SECOND,
  };
  const file = writeBenchReport('validate', figures);
  console.log(
    `Declaration v1 validation, one core, ${bytes.length}-byte message with ${declaration.items.length} items`,
  );
  console.log(
    `  schema validation (object in memory): ${figures.validationsPerSecond.toLocaleString('en')} /s  (target >= ${TARGET_PER_SECOND.toLocaleString('en')})`,
  );
  console.log(
    `  bytes -> checks -> JSON.parse -> schema: ${figures.parseAndValidatePerSecond.toLocaleString('en')} /s`,
  );
  console.log(`report: ${file}`);
}

main();
