// A local ESLint plugin with one rule, `import-boundaries/no-reach`: a file under one folder of the
// repository may not import from another. Imports are resolved before they are judged, so
// `../../../tests/bench/x`, `@salw/name/...` (libs/name/src) and `require()` all count, whatever
// the number of `../` it takes to get there. Which folders may not reach which is the config's to
// say (eslint.config.mjs); the rule knows only how to resolve and compare.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = dirname(fileURLToPath(import.meta.url));
const ALIAS = /^@salw\/([^/]+)(\/.*)?$/;

/** The repository-relative path an import names, with `/` separators; undefined for packages. */
function resolveImport(fromFile, source) {
  const alias = ALIAS.exec(source);
  if (alias) return `libs/${alias[1]}/src${alias[2] ?? ''}`;
  if (!source.startsWith('.') && !isAbsolute(source)) return undefined;
  return relative(REPO_ROOT, resolve(dirname(fromFile), source))
    .split(sep)
    .join('/');
}

function within(path, folder) {
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  return path === prefix.slice(0, -1) || path.startsWith(prefix);
}

const noReach = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid imports from one folder of the repository into another.' },
    schema: [
      {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            from: { type: 'string' },
            into: { type: 'array', items: { type: 'string' } },
            because: { type: 'string' },
          },
          required: ['from', 'into', 'because'],
          additionalProperties: false,
        },
      },
    ],
    messages: { reach: "'{{source}}' reaches into {{into}}/: {{because}}" },
  },
  create(context) {
    const boundaries = context.options[0] ?? [];
    const file = relative(REPO_ROOT, context.filename).split(sep).join('/');
    const applicable = boundaries.filter((b) => within(file, b.from));
    if (applicable.length === 0) return {};

    function check(node, source) {
      if (typeof source !== 'string') return;
      const target = resolveImport(context.filename, source);
      if (target === undefined) return;
      for (const b of applicable) {
        const into = b.into.find((folder) => within(target, folder));
        if (into === undefined) continue;
        context.report({ node, messageId: 'reach', data: { source, into, because: b.because } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSExternalModuleReference: (node) =>
        node.expression.type === 'Literal' && check(node.expression, node.expression.value),
      CallExpression(node) {
        const [arg] = node.arguments;
        const isRequire = node.callee.type === 'Identifier' && node.callee.name === 'require';
        if (isRequire && arg?.type === 'Literal') check(arg, arg.value);
      },
    };
  },
};

export default { meta: { name: 'import-boundaries' }, rules: { 'no-reach': noReach } };
