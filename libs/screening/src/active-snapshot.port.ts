import type { ScreeningSnapshot } from '@salw/risk-engine';

/** Who holds the snapshot to screen with now; undefined until one is activated and loaded. */
export abstract class ActiveSnapshotPort {
  abstract current(): ScreeningSnapshot | undefined;
}
