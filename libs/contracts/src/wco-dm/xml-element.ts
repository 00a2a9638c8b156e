/**
 * A read-only view of one element of a document parsed by fast-xml-parser with every element kept as
 * an array (see `dec-dms-xml.parser.ts`). Each element knows its own path, so whatever reads it can
 * say exactly which element was wrong: `Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/...`.
 */
export class XmlElement {
  constructor(
    readonly name: string,
    readonly path: string,
    private readonly node: unknown,
  ) {}

  /** All children with this local name, in document order; an index appears in paths only when it repeats. */
  children(name: string): XmlElement[] {
    if (typeof this.node !== 'object' || this.node === null) return [];
    if (!Object.prototype.hasOwnProperty.call(this.node, name)) return [];
    const raw = (this.node as Record<string, unknown>)[name];
    if (!Array.isArray(raw)) return [];
    const repeated = raw.length > 1;
    return raw.map(
      (child, index) =>
        new XmlElement(name, repeated ? `${this.path}/${name}[${index + 1}]` : `${this.path}/${name}`, child),
    );
  }

  /** The first element down this chain of names (`find('Address', 'CountryCode')`). */
  find(...names: string[]): XmlElement | undefined {
    if (names.length === 0) return this;
    const [first, ...rest] = names;
    return this.children(first)[0]?.find(...rest);
  }

  /** The trimmed text of the element down this chain; undefined when absent or empty. */
  textAt(...names: string[]): string | undefined {
    return this.find(...names)?.text();
  }

  /** The path an element down this chain has, or would have: for naming what is missing. */
  pathTo(...names: string[]): string {
    return [this.path, ...names].join('/');
  }

  /** Trimmed text content; undefined for an empty or element-only node. */
  text(): string | undefined {
    let raw: unknown = this.node;
    if (typeof raw === 'object' && raw !== null) raw = (raw as Record<string, unknown>)['#text'];
    if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
    const trimmed = String(raw).trim();
    return trimmed === '' ? undefined : trimmed;
  }

  /** A trimmed attribute value by local name (namespace prefixes are removed at parse time). */
  attribute(name: string): string | undefined {
    if (typeof this.node !== 'object' || this.node === null) return undefined;
    const raw = (this.node as Record<string, unknown>)[`@_${name}`];
    if (typeof raw !== 'string') return undefined;
    const trimmed = raw.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  /** The same element under another path (the Declaration is named `Declaration` whatever envelope held it). */
  rebased(path: string): XmlElement {
    return new XmlElement(this.name, path, this.node);
  }

  /** Names of the child elements present, for recognising the document root. */
  childNames(): string[] {
    if (typeof this.node !== 'object' || this.node === null) return [];
    return Object.keys(this.node).filter((key) => key !== '#text' && !key.startsWith('@_'));
  }
}
