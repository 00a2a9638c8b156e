import { topicNames } from '@salw/contracts';
import type { InboundRecord } from '@salw/messaging';
import { aDeclaration } from '@salw/risk-engine/testing/screening.fixture';
import { PassThroughController } from './pass-through.controller';

const topics = topicNames('t.');
const record = (value: string, offset: string): InboundRecord => ({
  topic: topics.declarations,
  partition: 0,
  offset,
  key: null,
  value: Buffer.from(value),
  headers: {},
});

describe('the pass-through handler (benchmark baseline)', () => {
  it('acknowledges each valid declaration on the results topic and dead-letters the invalid ones', async () => {
    const controller = new PassThroughController({ topicPrefix: 't.' });
    const { outcomes } = await controller.acknowledge({
      topic: topics.declarations,
      partition: 0,
      records: [record(JSON.stringify(aDeclaration({ declarationId: 'P-1' })), '0'), record('{', '1')],
    });
    expect(outcomes[0]).toEqual({
      kind: 'publish',
      messages: [
        {
          topic: topics.screeningResults,
          message: {
            key: 'P-1',
            value: JSON.stringify({ declarationId: 'P-1', version: 1, passThrough: true }),
          },
        },
      ],
    });
    expect(outcomes[1]).toMatchObject({ kind: 'dead-letter', reason: 'INVALID_JSON' });
  });
});
