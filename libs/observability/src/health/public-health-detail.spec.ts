import { problemOf, publicDetail } from './public-health-detail';
import { TimeoutError } from './with-timeout';

describe('what /health/ready shows of a failing component', () => {
  it('keeps numbers, booleans and short identifiers, and drops any text that may be an error message', () => {
    expect(
      publicDetail({
        reason: 'consumer crashed: connect ECONNREFUSED 10.0.0.5:9092',
        url: 'redis://:secret@redis.internal:6379/0 (auth failed)',
        topic: 'site-a.salw.declarations.v1',
        producer: 'disconnected',
        version: 3,
        loaded: false,
      }),
    ).toEqual({ topic: 'site-a.salw.declarations.v1', producer: 'disconnected', version: 3, loaded: false });
  });

  it('names the kind of problem of a failed check, never its text', () => {
    expect(problemOf(new TimeoutError('Kafka describeCluster did not answer within 2000 ms'))).toEqual({
      problem: 'timeout',
    });
    expect(problemOf(new Error('getaddrinfo ENOTFOUND kafka-0.internal'))).toEqual({
      problem: 'unavailable',
    });
  });
});
