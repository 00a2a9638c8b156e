import { INDICATOR_CODES } from '@salw/contracts';
import { compileProfile } from './compile-profile';
import { ProfileError } from './profile.error';
import { defaultProfileDocument } from '../testing/screening.fixture';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function problemsOf(doc: unknown): { path: string; message: string }[] {
  try {
    compileProfile(doc);
  } catch (error) {
    if (error instanceof ProfileError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the profile to be refused');
}

async function editedDefault(edit: (doc: Doc) => void): Promise<Doc> {
  const doc = (await defaultProfileDocument()) as Doc;
  edit(doc);
  return doc;
}

describe('compileProfile', () => {
  it('loads and validates the salw-default profile with every catalogue indicator enabled', async () => {
    const profile = compileProfile(await defaultProfileDocument());
    expect(profile.id).toBe('salw-default');
    expect(profile.indicators.map((i) => i.code).sort()).toEqual([...INDICATOR_CODES].sort());
    expect(profile.severitySteps.map((s) => s.severity)).toEqual(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']);
  });

  it('gives every reference data set of the default profile a source and a date', async () => {
    const doc = (await defaultProfileDocument()) as Doc;
    const sets = [
      doc.referenceData.controlledHs,
      doc.referenceData.embargoes,
      doc.referenceData.commodityRanges,
      doc.referenceData.routing,
      ...Object.values(doc.referenceData.vocabularies),
    ] as Doc[];
    for (const set of sets) {
      expect(set.source).toEqual(expect.any(String));
      expect(set.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('covers the arms vocabulary in English, French, Spanish, Portuguese, Russian and Arabic', async () => {
    const doc = (await defaultProfileDocument()) as Doc;
    const languages = new Set(
      (doc.referenceData.vocabularies.arms.terms as Doc[]).flatMap((t) => Object.keys(t.forms)),
    );
    expect([...languages]).toEqual(expect.arrayContaining(['en', 'fr', 'es', 'pt', 'ru', 'ar']));
  });

  it('names the JSON path of a schema violation', async () => {
    const doc = await editedDefault((d) => {
      d.indicators.CASH_PAYMENT.points = 'ten';
    });
    expect(problemsOf(doc)).toContainEqual(
      expect.objectContaining({ path: 'indicators.CASH_PAYMENT.points' }),
    );
  });

  it('names the JSON path of a missing field inside reference data', async () => {
    const doc = await editedDefault((d) => {
      delete d.referenceData.embargoes.regimes[0].scope;
    });
    expect(problemsOf(doc)).toContainEqual(
      expect.objectContaining({
        path: 'referenceData.embargoes.regimes[0].scope',
        message: 'required field is missing',
      }),
    );
  });

  it("names the JSON path of a bad indicator parameter, checked by the indicator's own schema", async () => {
    const doc = await editedDefault((d) => {
      d.indicators.EMBARGO_COUNTRY.params.scopePoints.FULL = 500;
    });
    expect(problemsOf(doc)).toContainEqual(
      expect.objectContaining({ path: 'indicators.EMBARGO_COUNTRY.params.scopePoints.FULL' }),
    );
  });

  it('refuses thresholds that do not rise', async () => {
    const doc = await editedDefault((d) => {
      d.thresholds.HIGH = 20;
    });
    expect(problemsOf(doc)).toContainEqual(expect.objectContaining({ path: 'thresholds' }));
  });

  it('refuses an unknown indicator code unless it is a KEYWORD rule', async () => {
    const doc = await editedDefault((d) => {
      d.indicators.MADE_UP = { enabled: true, points: 5 };
    });
    expect(problemsOf(doc)).toContainEqual(expect.objectContaining({ path: 'indicators.MADE_UP' }));
  });

  it('refuses a combination that names an indicator the profile does not have', async () => {
    const doc = await editedDefault((d) => {
      d.combinations[0].all = ['ARMS_KEYWORD_MISMATCH', 'NOT_THERE'];
    });
    expect(problemsOf(doc)).toContainEqual(expect.objectContaining({ path: 'combinations[0].all[1]' }));
  });

  it('refuses a KEYWORD rule whose vocabulary does not exist', async () => {
    const doc = await editedDefault((d) => {
      d.indicators.OPTICS_WORDS = {
        enabled: true,
        points: 5,
        kind: 'KEYWORD',
        params: { vocabulary: 'optics' },
      };
    });
    expect(problemsOf(doc)).toContainEqual(
      expect.objectContaining({ path: 'indicators.OPTICS_WORDS.params.vocabulary' }),
    );
  });

  it('requires the arms vocabulary', async () => {
    const doc = await editedDefault((d) => {
      d.referenceData.vocabularies.weapons = d.referenceData.vocabularies.arms;
      delete d.referenceData.vocabularies.arms;
    });
    expect(problemsOf(doc)).toContainEqual(
      expect.objectContaining({ path: 'referenceData.vocabularies.arms' }),
    );
  });

  it('leaves a disabled indicator out of scoring but still validates its params', async () => {
    const disabled = compileProfile(await editedDefault((d) => (d.indicators.CASH_PAYMENT.enabled = false)));
    expect(disabled.indicators.map((i) => i.code)).not.toContain('CASH_PAYMENT');
    const doc = await editedDefault((d) => {
      d.indicators.CASH_PAYMENT.enabled = false;
      d.indicators.CASH_PAYMENT.params.methods = ['CHEQUE'];
    });
    expect(problemsOf(doc)).toContainEqual(
      expect.objectContaining({ path: 'indicators.CASH_PAYMENT.params.methods[0]' }),
    );
  });

  it('freezes the compiled document so a running snapshot cannot be changed under it', async () => {
    const profile = compileProfile(await defaultProfileDocument());
    expect(Object.isFrozen(profile.document.thresholds)).toBe(true);
  });
});
