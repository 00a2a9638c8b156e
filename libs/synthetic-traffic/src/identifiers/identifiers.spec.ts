import { containerNumber, iso6346CheckDigit, isValidContainerNumber } from './container-number';
import { imoCheckDigit, imoNumber, isValidImoNumber } from './imo-number';
import { airWaybillNumber, postalItemNumber, s10CheckDigit } from './transport-document-number';

describe('ISO 6346 container numbers', () => {
  it('computes the check digit of the standard example CSQU305438 as 3', () => {
    expect(iso6346CheckDigit('CSQU305438')).toBe(3);
  });

  it('builds numbers whose check digit validates', () => {
    expect(containerNumber('MSCU', 731205)).toBe('MSCU7312054');
    expect(isValidContainerNumber(containerNumber('TGHU', 42))).toBe(true);
  });

  it('rejects a number with a wrong check digit or a wrong shape', () => {
    expect(isValidContainerNumber('CSQU3054384')).toBe(false);
    expect(isValidContainerNumber('CSQ3054383')).toBe(false);
    expect(() => iso6346CheckDigit('CSQU30543')).toThrow('4 letters and 6 digits');
  });
});

describe('IMO ship numbers', () => {
  it('computes the check digit of IMO 9074729 as 9', () => {
    expect(imoCheckDigit('907472')).toBe(9);
    expect(imoNumber(907472)).toBe('IMO9074729');
  });

  it('rejects a wrong check digit', () => {
    expect(isValidImoNumber('IMO9074729')).toBe(true);
    expect(isValidImoNumber('IMO9074728')).toBe(false);
  });
});

describe('transport document numbers', () => {
  it('appends the modulo-7 check digit to an air waybill serial', () => {
    expect(airWaybillNumber('020', 1234567)).toBe('020-12345675');
  });

  it('computes the UPU S10 check digit (RR123456785GB)', () => {
    expect(s10CheckDigit('12345678')).toBe(5);
    expect(postalItemNumber('RR', 12345678, 'GB')).toBe('RR123456785GB');
  });
});
