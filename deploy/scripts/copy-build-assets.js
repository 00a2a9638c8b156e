// Copies the data files the build needs at run time next to the compiled code: the risk profiles,
// whose loader resolves them relative to its own compiled location.
const { cpSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const assets = [['libs/risk-engine/profiles', 'dist/libs/risk-engine/profiles']];
for (const [from, to] of assets) {
  if (!existsSync(join(root, from))) continue;
  cpSync(join(root, from), join(root, to), { recursive: true });
  console.log(`copied ${from} -> ${to}`);
}
