import { importProgressBar } from './import-progress-bar';

function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) > 0 }, written };
}

describe('the import progress bar', () => {
  it('shows an import by bytes read, with the entries so far', () => {
    const { stream, written } = recorder(false);
    const { onProgress } = importProgressBar('national', { stream, width: 4 });
    onProgress({ bytesRead: 1024 * 1024, totalBytes: 4 * 1024 * 1024, entries: 12_345 });
    expect(written).toEqual(['national [#...]  25%  12,345 entries, 1.0/4.0 MiB\n']);
  });
});
