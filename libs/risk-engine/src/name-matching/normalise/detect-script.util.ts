import type { NameScript } from '../name-matching.types';

const SCRIPT_PATTERNS: ReadonlyArray<readonly [Exclude<NameScript, 'none' | 'other'>, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u],
];

const ASCII_LETTER = /^[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*$/;

/** Script of a token: the first script whose letters it contains; 'other' for letters of any other script. */
export function detectScript(token: string): NameScript {
  if (ASCII_LETTER.test(token)) {
    return 'latin';
  }
  for (const [script, pattern] of SCRIPT_PATTERNS) {
    if (pattern.test(token)) {
      return script;
    }
  }
  return /\p{L}/u.test(token) ? 'other' : 'none';
}
