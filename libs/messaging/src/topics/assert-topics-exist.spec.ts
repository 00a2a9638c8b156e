import { assertTopicsExist, MissingTopicsError } from './assert-topics-exist';

describe('checking the topics an app needs at start-up', () => {
  const admin = { listTopics: async () => ['salw.declarations.v1', 'salw.alerts.v1'] };

  it('passes when every topic exists', async () => {
    await expect(assertTopicsExist(admin, ['salw.declarations.v1'])).resolves.toBeUndefined();
  });

  it('names every missing topic and what to do', async () => {
    await expect(
      assertTopicsExist(admin, ['salw.declarations.v1', 'salw.screening-results.v1', 'x']),
    ).rejects.toThrow(new MissingTopicsError(['salw.screening-results.v1', 'x']));
    await expect(assertTopicsExist(admin, ['x'])).rejects.toThrow(
      /topic x does not exist on the cluster; create them/,
    );
  });
});
