// Integration tests talk to a real broker: group joins and transactions take seconds, not milliseconds.
jest.setTimeout(120_000);
