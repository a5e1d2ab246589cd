/**
 * Where the script tag leaves the parts of itself that its on-demand files use (Lit's `html`,
 * shared render helpers), so that they do not each bundle a copy. `Symbol.for`, because the
 * files are built separately; see build/script-tag-kit.ts for the reading side.
 */
export const SCRIPT_TAG_KIT = Symbol.for('parley.script-tag-kit');
