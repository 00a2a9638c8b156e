// The two pure-JS codec packages ship no type declarations; these are the functions the codecs use.
declare module 'snappyjs' {
  export function compress(input: Buffer): Buffer;
  export function uncompress(input: Buffer, maxLength?: number): Buffer;
}

declare module 'lz4js' {
  export function compress(input: Uint8Array): Uint8Array;
  export function decompress(input: Uint8Array, maxSize?: number): Uint8Array;
  export function decompressBound(input: Uint8Array): number;
}
