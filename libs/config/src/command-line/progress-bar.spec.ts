import { createProgressBar } from './progress-bar';

function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) > 0 }, written };
}

describe('the terminal progress bar', () => {
  it('redraws in place on a terminal at most once per interval, and always at 100 %', () => {
    const { stream, written } = recorder(true);
    let clock = 0;
    const bar = createProgressBar('import', { stream, width: 10, intervalMs: 200, now: () => clock });
    bar.update(10, 100);
    clock = 100;
    bar.update(50, 100); // within the interval: not drawn
    clock = 250;
    bar.update(60, 100, '6 entries');
    clock = 260;
    bar.update(100, 100);
    bar.finish('done');
    expect(written).toEqual([
      '\rimport [#.........]  10%\u001b[K',
      '\rimport [######....]  60%  6 entries\u001b[K',
      '\rimport [##########] 100%\u001b[K',
      '\rimport [##########] 100%  done\u001b[K\n',
    ]);
  });

  it('writes one plain line per tenth when the stream is not a terminal', () => {
    const { stream, written } = recorder(false);
    const bar = createProgressBar('import', { stream, width: 4 });
    for (let done = 0; done <= 100; done += 5) bar.update(done, 100);
    bar.finish();
    expect(written).toHaveLength(11);
    expect(written[0]).toBe('import [....]   0%\n');
    expect(written[10]).toBe('import [####] 100%\n');
  });
});
