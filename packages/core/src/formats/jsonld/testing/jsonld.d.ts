// The part of jsonld.js (which ships no types) that the tests use.
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    document: unknown;
    documentUrl: string;
  }
  interface Options {
    base?: string;
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    /** Throw on anything expansion would drop, such as a term no context defines. */
    safe?: boolean;
  }
  const jsonld: {
    expand(input: object, options?: Options): Promise<object[]>;
    flatten(input: object, context?: object | null, options?: Options): Promise<object>;
  };
  export default jsonld;
}
