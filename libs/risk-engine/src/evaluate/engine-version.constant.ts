/** Version of the scoring code, reported in every result; bump when the same inputs would score differently. */
export const ENGINE_VERSION = '1.2.0';
