import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the built web console is: beside the compiled app (`dist/apps/alert-desk/web`), or, when the
 * app runs from source (tests, tsx), in the build output of the repository.
 */
export function consoleDirectory(): string | undefined {
  const candidates = [
    join(__dirname, '..', '..', 'web'),
    join(__dirname, '..', '..', '..', '..', 'dist', 'apps', 'alert-desk', 'web'),
  ];
  // The source folder holds an index.html too (Vite's entry), so only a built one, with its assets, counts.
  return candidates.find((dir) => existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'assets')));
}
