/** The policy a strict news site sends, as in the widget's security requirements. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
