import { MAX_DEC_DMS_BYTES, parseDecDmsXml } from './dec-dms-xml.parser';

describe('parseDecDmsXml', () => {
  it('finds the Declaration inside the WCO MetaData envelope and names it Declaration', () => {
    const parsed = parseDecDmsXml(
      '<md:MetaData xmlns:md="m"><Declaration><TypeCode>IMA</TypeCode></Declaration></md:MetaData>',
    );
    expect(parsed.ok && parsed.declaration.path).toBe('Declaration');
    expect(parsed.ok && parsed.declaration.textAt('TypeCode')).toBe('IMA');
  });

  it('keeps values as text, so leading zeros survive', () => {
    const parsed = parseDecDmsXml('<Declaration><TypeCode>023</TypeCode></Declaration>');
    expect(parsed.ok && parsed.declaration.textAt('TypeCode')).toBe('023');
  });

  it('decodes predefined entities and character references once, never twice', () => {
    const parsed = parseDecDmsXml('<Declaration><Name>A &amp; B &#233; &amp;#233;</Name></Declaration>');
    expect(parsed.ok && parsed.declaration.textAt('Name')).toBe('A & B é &#233;');
  });

  it('accepts the word DOCTYPE inside a comment', () => {
    expect(
      parseDecDmsXml('<Declaration><!-- <!DOCTYPE x> --><TypeCode>IMA</TypeCode></Declaration>').ok,
    ).toBe(true);
  });

  it.each([
    ['an empty document', '', 'MALFORMED_XML'],
    ['a document over 1 MiB', `<Declaration>${'x'.repeat(MAX_DEC_DMS_BYTES)}</Declaration>`, 'TOO_LARGE'],
    [
      'an external entity',
      '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Declaration>&x;</Declaration>',
      'DOCTYPE_FORBIDDEN',
    ],
    [
      'a DOCTYPE behind an attribute that looks like a comment opening',
      '<Declaration a="<!--"><!DOCTYPE x [<!ENTITY a "b">]><X>&a;</X></Declaration>',
      'DOCTYPE_FORBIDDEN',
    ],
    [
      'a DOCTYPE after a CDATA section that mentions a comment',
      '<Declaration><![CDATA[ <!-- ]]><!DOCTYPE x></Declaration>',
      'DOCTYPE_FORBIDDEN',
    ],
    [
      '60,000 empty goods shipments',
      `<Declaration>${'<GoodsShipment/>'.repeat(60_000)}</Declaration>`,
      'TOO_LARGE',
    ],
    ['another root element', '<Invoice><ID>1</ID></Invoice>', 'NOT_A_DECLARATION'],
    [
      'an envelope with two declarations',
      '<MetaData><Declaration/><Declaration/></MetaData>',
      'NOT_A_DECLARATION',
    ],
    ['nesting deeper than any declaration', `${'<a>'.repeat(200)}${'</a>'.repeat(200)}`, 'MALFORMED_XML'],
    [
      'a prototype-polluting element name',
      '<Declaration><__proto__>1</__proto__></Declaration>',
      'MALFORMED_XML',
    ],
  ])('refuses %s', (_case, xml, code) => {
    const parsed = parseDecDmsXml(xml);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[0].code).toBe(code);
  });

  it("repeats at most 200 characters of the XML library's message (its list of unclosed tags can be megabytes)", () => {
    const parsed = parseDecDmsXml(`<Declaration>${'<GoodsShipment><Name>x</Name>'.repeat(60)}`);
    expect(parsed.ok).toBe(false);
    const message = !parsed.ok ? parsed.errors[0].message : '';
    expect(message.length).toBeLessThan(260);
  });

  it('gives line and column of a malformed tag', () => {
    const parsed = parseDecDmsXml('<Declaration>\n  <TypeCode>IMA</Typecode>\n</Declaration>');
    expect(!parsed.ok && parsed.errors[0]).toMatchObject({ code: 'MALFORMED_XML', line: 2, column: 16 });
  });
});
