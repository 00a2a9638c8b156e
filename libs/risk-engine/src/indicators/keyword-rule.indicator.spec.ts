import { compileProfile } from '../profile/compile-profile';
import { defaultProfileDocument, hitsOf, snapshotOf, withItem } from '../testing/screening.fixture';

describe('KEYWORD rules a profile defines for itself', () => {
  async function profileWithOpticsRule() {
    const doc = (await defaultProfileDocument()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    doc.referenceData.vocabularies.optics = {
      source: 'analyst note 2026-11',
      asOf: '2026-11-01',
      window: 2,
      terms: [
        {
          id: 'NIGHT_VISION',
          category: 'OPTICS',
          forms: { en: ['night vision'], fr: ['vision nocturne'] },
          suppressedBy: ['camera'],
        },
      ],
    };
    doc.indicators.DUAL_USE_OPTICS = {
      enabled: true,
      points: 12,
      kind: 'KEYWORD',
      params: { vocabulary: 'optics', scope: 'OUTSIDE_CONTROLLED' },
    };
    return compileProfile(doc);
  }

  it('fires under its own code with its own points and vocabulary', async () => {
    const snapshot = snapshotOf(await profileWithOpticsRule());
    const [hit] = await hitsOf('DUAL_USE_OPTICS', withItem('Night vision monocular, gen 3', '900580'), {
      snapshot,
    });
    expect(hit).toMatchObject({
      indicator: 'DUAL_USE_OPTICS',
      points: 12,
      itemLine: 1,
      evidence: { vocabulary: 'optics', matched: ['Night vision'] },
    });
  });

  it("applies the vocabulary's context rules", async () => {
    const snapshot = snapshotOf(await profileWithOpticsRule());
    expect(
      await hitsOf('DUAL_USE_OPTICS', withItem('night vision camera for cars', '852589'), { snapshot }),
    ).toEqual([]);
  });
});
