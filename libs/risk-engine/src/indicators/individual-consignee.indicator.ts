import { Type } from '@sinclair/typebox';
import type { Hit } from '@salw/contracts';
import { ProfileError } from '../profile/profile.error';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints, quoteList } from './indicator-helpers';

const ParamsSchema = Type.Object(
  {
    /** Vocabulary whose categories mark residential, forwarder and free-zone consignees. */
    vocabulary: Type.String({ minLength: 1, default: 'consigneeMarkers' }),
    residentialCategories: Type.Array(Type.String(), { default: ['RESIDENTIAL'] }),
    intermediaryCategories: Type.Array(Type.String(), { default: ['FORWARDER', 'FREE_ZONE'] }),
    /** Points when a forwarder or free-zone address is the final consignee; the setting's points otherwise. */
    intermediaryPoints: Type.Integer({ minimum: 0, maximum: 100 }),
  },
  { additionalProperties: false },
);

/**
 * A private person or a residential address receives controlled or arms-like goods, or a forwarder or
 * free-zone address is their final consignee.
 */
export const individualConsigneeIndicator: IndicatorDefinition = {
  code: 'INDIVIDUAL_CONSIGNEE',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params, document, profile, path }) {
    const vocabulary = params.vocabulary as string;
    if (!Object.hasOwn(document.referenceData.vocabularies, vocabulary)) {
      throw new ProfileError(
        `${path}.params.vocabulary`,
        `vocabulary '${vocabulary}' is not defined in referenceData.vocabularies`,
      );
    }
    const residential = new Set(params.residentialCategories as string[]);
    const intermediary = new Set(params.intermediaryCategories as string[]);
    const intermediaryPoints = params.intermediaryPoints as number;
    return ({ declaration, analysis }) => {
      if (!analysis.anyArmsLike) return [];
      const consignee = declaration.parties.consignee;
      const lines = analysis.items.filter((a) => a.armsLike).map((a) => a.item.line);
      const goods = `arms-like goods (lines ${lines.join(', ')})`;
      const addressText = [consignee.address?.line, consignee.address?.city].filter(Boolean).join(', ');
      const nameMatches = profile.matcher.match(consignee.name).byVocabulary.get(vocabulary) ?? [];
      const addressMatches =
        addressText === '' ? [] : (profile.matcher.match(addressText).byVocabulary.get(vocabulary) ?? []);
      const all = [...nameMatches, ...addressMatches];
      const hits: Hit[] = [];
      const residentialWords = addressMatches
        .filter((m) => residential.has(m.term.category))
        .map((m) => m.text);
      if (consignee.kind === 'INDIVIDUAL' || residentialWords.length > 0) {
        const why =
          consignee.kind === 'INDIVIDUAL'
            ? 'a private individual'
            : `at a residential address (${quoteList(residentialWords)})`;
        hits.push({
          indicator: code,
          points: clampPoints(setting.points),
          party: 'consignee',
          reason: `consignee '${consignee.name}' is ${why} receiving ${goods}`,
          evidence: {
            field:
              consignee.kind === 'INDIVIDUAL' ? 'parties.consignee.kind' : 'parties.consignee.address.line',
            kind: consignee.kind ?? null,
            matched: residentialWords,
            lines,
          },
        });
      }
      const intermediaryWords = all.filter((m) => intermediary.has(m.term.category)).map((m) => m.text);
      if (intermediaryWords.length > 0) {
        hits.push({
          indicator: code,
          points: clampPoints(intermediaryPoints),
          party: 'consignee',
          reason: `final consignee '${consignee.name}' is a forwarder or free-zone address (${quoteList([...new Set(intermediaryWords)])}) for ${goods}`,
          evidence: { field: 'parties.consignee', matched: [...new Set(intermediaryWords)], lines },
        });
      }
      return hits;
    };
  },
};
