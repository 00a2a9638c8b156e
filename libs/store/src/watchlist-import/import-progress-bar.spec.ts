import { importProgressBar } from './import-progress-bar';

describe('the import progress bar', () => {
  it('shows an import by bytes read, with the entries so far', () => {
    const written: string[] = [];
    const { onProgress } = importProgressBar('national', {
      stream: { isTTY: false, write: (text: string) => written.push(text) > 0 },
      width: 4,
    });
    onProgress({ bytesRead: 1024 * 1024, totalBytes: 4 * 1024 * 1024, entries: 12_345 });
    expect(written).toEqual(['national [#...]  25%  12,345 entries, 1.0/4.0 MiB\n']);
  });
});
