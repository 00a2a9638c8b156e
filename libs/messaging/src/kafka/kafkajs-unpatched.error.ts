/** The installed kafkajs lacks the project's fix of its read_committed filter. */
export class KafkajsUnpatchedError extends Error {
  override readonly name = 'KafkajsUnpatchedError';
  constructor() {
    super(
      'kafkajs is not patched: its read_committed filter lets records of aborted transactions through, ' +
        'so results of an aborted batch could be read as committed. The fix is installed by the ' +
        "project's postinstall script (deploy/scripts/patch-kafkajs.js), which did not run (installed " +
        'with --ignore-scripts?). Fix: run `npm run postinstall` in the project (`npm rebuild` does not run it), or ' +
        'reinstall with `npm ci` without --ignore-scripts.',
    );
  }
}
