import type { MappingError, MappingProblemCode, MappingWarning } from './mapping-result';

/**
 * Collects errors and warnings while a DEC-DMS document is mapped, and remembers which XML element
 * each Declaration v1 field came from, so a contract violation found afterwards can name its source.
 */
export class MappingContext {
  readonly errors: MappingError[] = [];
  readonly warnings: MappingWarning[] = [];
  private readonly sources = new Map<string, string>();

  error(code: MappingProblemCode, element: string, message: string, field?: string): void {
    this.errors.push(field === undefined ? { code, element, message } : { code, element, message, field });
  }

  warn(code: MappingProblemCode, element: string, message: string, field?: string): void {
    this.warnings.push(field === undefined ? { code, element, message } : { code, element, message, field });
  }

  /** Records that Declaration field `field` (as `items[0].hsCode`) was read from XML element `element`. */
  source(field: string, element: string): void {
    if (!this.sources.has(field)) this.sources.set(field, element);
  }

  /** The element a field came from, else the element of its nearest recorded ancestor field. */
  sourceOf(field: string): string | undefined {
    let current = field;
    for (;;) {
      const found = this.sources.get(current);
      if (found !== undefined) return found;
      const parent = current.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      if (parent === current || parent === '') return undefined;
      current = parent;
    }
  }
}
