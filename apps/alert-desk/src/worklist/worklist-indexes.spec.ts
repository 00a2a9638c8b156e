import { validAlert, validDeclaration } from '@salw/contracts/testing';
import { declarationIndexes, worklistIndexes } from './worklist-indexes';

describe('the filter indexes an alert belongs to', () => {
  it('from the alert alone: severity, trigger and each indicator once', () => {
    expect(worklistIndexes(validAlert(), undefined)).toEqual([
      'sev:CRITICAL',
      'trigger:LIVE',
      'ind:ARMS_KEYWORD_MISMATCH',
      'ind:SANCTIONED_PARTY',
    ]);
  });

  it('from the declaration: transport mode, office and every country of the route and the parties', () => {
    expect(declarationIndexes(validDeclaration())).toEqual([
      'mode:SEA',
      'office:NGAPP001',
      'country:US',
      'country:NG',
      'country:PA',
      'country:TG',
    ]);
    expect(declarationIndexes(undefined)).toEqual([]);
  });
});
