import type { NameScript } from '../name-matching.types';

const SCRIPT_PATTERNS: ReadonlyArray<readonly [Exclude<NameScript, 'none' | 'other'>, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u],
];

/** Script of a token: the first script whose letters it contains; 'other' for letters of any other script. */
export function detectScript(token: string): NameScript {
  // Most tokens are plain ASCII letters and digits: no regular expression needed for those.
  let letter = false;
  let plain = true;
  for (let i = 0; i < token.length && plain; i++) {
    const c = token.charCodeAt(i);
    const folded = c | 0x20;
    if (folded >= 0x61 && folded <= 0x7a) letter = true;
    else plain = c >= 0x30 && c <= 0x39;
  }
  if (plain) {
    return letter ? 'latin' : 'none';
  }
  for (const [script, pattern] of SCRIPT_PATTERNS) {
    if (pattern.test(token)) {
      return script;
    }
  }
  return /\p{L}/u.test(token) ? 'other' : 'none';
}
