/** The intake never creates the declarations topic itself: a typo in a prefix would silently create a stray topic. */
export class DeclarationsTopicMissingError extends Error {
  override readonly name = 'DeclarationsTopicMissingError';

  constructor(
    readonly topic: string,
    brokers: readonly string[],
  ) {
    super(
      `Kafka topic "${topic}" does not exist on ${brokers.join(', ')}. Create the contract topics first ` +
        '(locally `npm run stack:up` provisions them; elsewhere the platform topic provisioning), ' +
        'or correct KAFKA_TOPIC_PREFIX.',
    );
  }
}
