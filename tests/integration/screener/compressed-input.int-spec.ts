import { generatedDeclarations } from './support/declaration-sets';
import { produceWithJavaConsoleProducer, produceWithKcat, type Codec } from './support/foreign-producers';
import { screenerSuite } from './support/screener-suite';

const CODECS: Codec[] = ['gzip', 'snappy', 'lz4', 'zstd'];

/**
 * Clearance systems write with whatever client they have: the screener reads record batches
 * compressed with each codec Kafka knows, as librdkafka (kcat) and the Java client (Kafka's console
 * producer) write them, and screens every declaration in them.
 */
describe('screener: compressed input from librdkafka and the Java producer', () => {
  const suite = screenerSuite('codec');

  const producers = [
    ['kcat (librdkafka)', produceWithKcat],
    ['the console producer (Java client)', produceWithJavaConsoleProducer],
  ] as const;

  it.each(producers.flatMap(([name, produce]) => CODECS.map((codec) => [codec, name, produce] as const)))(
    'screens every declaration of a %s batch written by %s',
    async (codec, name, produce) => {
      await suite.test(async (bed) => {
        const declarations = generatedDeclarations(`codec-${codec}-${name}-${bed.id}`, 20, 0.1);
        const outputs = await bed.freshOutputs();
        await produce(
          bed.brokers,
          bed.topics.declarations,
          codec,
          declarations.map((d) => ({ key: d.declarationId, value: JSON.stringify(d) })),
        );
        const wanted = new Set(declarations.map((d) => d.declarationId));
        await outputs.waitFor(
          `results of the ${declarations.length} declarations`,
          () =>
            outputs.records(bed.topics.screeningResults).filter((r) => wanted.has(r.key!)).length >=
            wanted.size,
          60_000,
        );
        const results = outputs.records(bed.topics.screeningResults).filter((r) => wanted.has(r.key!));
        expect(results.map((r) => r.key).sort()).toEqual([...wanted].sort());
        expect(outputs.records(bed.topics.declarationsDlq)).toEqual([]);
      })();
    },
    90_000,
  );
});
