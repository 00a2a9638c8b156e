/**
 * Finds where JSON text stops being valid and what was expected there. Used only after `JSON.parse`
 * failed (V8's messages do not always carry a position), so its speed does not matter; depth is
 * already bounded by the caller, so recursion is safe.
 */
export interface JsonSyntaxProblem {
  readonly index: number;
  readonly expected: string;
}

export function locateJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const fail = (expected: string): never => {
    throw { index: i, expected } satisfies JsonSyntaxProblem;
  };
  const skipBlanks = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`a JSON value`);
  };
  const string = () => {
    if (text[i] !== '"') fail('a string in double quotes');
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail('no control character inside a string (escape it)');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('four hex digits after \\u');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) {
          fail('a valid escape sequence');
        }
      }
      i++;
    }
    if (i >= text.length) fail('a closing double quote');
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '' || match[0] === '-') fail('a JSON value');
    i += match![0].length;
  };
  const value = (): void => {
    skipBlanks();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    fail(i >= text.length ? 'more input (the text ends too early)' : 'a JSON value');
  };
  const object = () => {
    i++;
    skipBlanks();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipBlanks();
      string();
      skipBlanks();
      if (text[i] !== ':') fail("':' after a property name");
      i++;
      value();
      skipBlanks();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail("',' or '}' after a property value");
    }
  };
  const array = () => {
    i++;
    skipBlanks();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      skipBlanks();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail("',' or ']' after an array element");
    }
  };
  try {
    value();
    skipBlanks();
    if (i < text.length) fail('the end of the text after the top-level value');
    return undefined;
  } catch (problem) {
    if (typeof problem === 'object' && problem !== null && 'index' in problem)
      return problem as JsonSyntaxProblem;
    throw problem;
  }
}
