/** Trims and folds every run of whitespace (the UN wraps long names across lines) into one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
