import type { Logger } from 'pino';
import type { WorklistRepository } from '../worklist/worklist.repository';
import { ClosedAlertsArchiver } from './closed-alerts.archiver';

describe('closed alerts archiver', () => {
  const logger = { info: jest.fn(), error: jest.fn() } as unknown as Logger;

  it('archives what was closed longer ago than the retention', async () => {
    const archiveClosed = jest.fn().mockResolvedValue(3);
    const archiver = new ClosedAlertsArchiver(
      { archiveClosed } as unknown as WorklistRepository,
      3_600_000,
      logger,
    );
    await archiver.runOnce(new Date('2026-12-08T12:00:00Z'));
    expect(archiveClosed).toHaveBeenCalledWith(new Date('2026-12-08T11:00:00Z'));
  });

  it('runs one pass at a time, and a failed pass is logged and retried on the next', async () => {
    let finish!: (n: number) => void;
    const archiveClosed = jest
      .fn()
      .mockReturnValueOnce(new Promise((resolve) => (finish = resolve)))
      .mockRejectedValueOnce(new Error('redis down'))
      .mockResolvedValue(0);
    const archiver = new ClosedAlertsArchiver(
      { archiveClosed } as unknown as WorklistRepository,
      1000,
      logger,
    );
    const first = archiver.runOnce();
    const second = archiver.runOnce();
    finish(0);
    await Promise.all([first, second]);
    expect(archiveClosed).toHaveBeenCalledTimes(1);
    await archiver.runOnce();
    expect(logger.error).toHaveBeenCalledWith(expect.anything(), expect.stringContaining('retried'));
    await archiver.runOnce();
    expect(archiveClosed).toHaveBeenCalledTimes(3);
  });
});
