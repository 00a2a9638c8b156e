import { aDeclaration, anItem, hitsOf } from '../testing/screening.fixture';
import type { HistoryFacts } from '../history/history-facts.model';

const CODE = 'SPLIT_SHIPMENTS';
const armsLike = aDeclaration({ items: [anItem({ hsCode: '847990', description: 'Glock slide' })] });
const idKey = 'consignee:id:NG87654321';

function history(recent: string[], key = idKey): HistoryFacts {
  return { firstSeen: {}, recentArmsLike: { [key]: recent } };
}

describe('SPLIT_SHIPMENTS', () => {
  it('fires on the third arms-like consignment to the same consignee within the window', async () => {
    const [hit] = await hitsOf(CODE, armsLike, { history: history(['D-1', 'D-2']) });
    expect(hit).toMatchObject({
      party: 'consignee',
      evidence: { key: idKey, matchedBy: 'id', count: 3, otherDeclarations: ['D-1', 'D-2'] },
    });
    expect(hit?.reason).toBe('3 consignments of arms-like goods to the same consignee id within 72 h');
  });

  it('recognises the consignee by address as well as by id', async () => {
    const hits = await hitsOf(CODE, armsLike, {
      history: history(['D-1', 'D-2'], 'consignee:address:NG:15 broad street lagos'),
    });
    expect(hits[0]?.evidence.matchedBy).toBe('address');
  });

  it('does not count this declaration itself (a replay or an amendment)', async () => {
    expect(await hitsOf(CODE, armsLike, { history: history(['D-1', armsLike.declarationId]) })).toEqual([]);
  });

  it('stays quiet below the threshold and for goods that are not arms-like', async () => {
    expect(await hitsOf(CODE, armsLike, { history: history(['D-1']) })).toEqual([]);
    expect(await hitsOf(CODE, aDeclaration(), { history: history(['D-1', 'D-2', 'D-3']) })).toEqual([]);
  });

  it('stays quiet on licensed chapter 93 deliveries, a schedule the licensing authority approved', async () => {
    const delivery = aDeclaration({
      items: [anItem({ hsCode: '930190', description: 'Assault rifles 5.56x45mm NATO for armed forces' })],
      documents: [
        { type: 'EXPORT_LICENCE', reference: 'TR-EL-1', issuer: 'PT' },
        { type: 'END_USER_CERTIFICATE', reference: 'EUC-1', issuer: 'NG' },
      ],
    });
    expect(await hitsOf(CODE, delivery, { history: history(['D-1', 'D-2']) })).toEqual([]);
  });

  it('still fires when the series carries an expired licence', async () => {
    const delivery = aDeclaration({
      items: [anItem({ hsCode: '930190', description: 'Assault rifles' })],
      documents: [{ type: 'EXPORT_LICENCE', reference: 'TR-EL-1', issuer: 'PT', validUntil: '2026-03-01' }],
    });
    expect(await hitsOf(CODE, delivery, { history: history(['D-1', 'D-2']) })).toHaveLength(1);
  });
});
