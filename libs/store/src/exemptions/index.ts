export * from './exemption-store.error';
export * from './exemption-store.repository';
