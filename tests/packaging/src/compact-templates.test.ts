import { expect, test } from 'vitest';
import { compactTemplates } from '../../../packages/widget/build/compact-templates.js';

// The script-tag build strips indentation from Lit templates and minifies plain css``; nothing else may change.
test('removes indentation inside html and svg templates only, keeping every line break, and minifies css', () => {
  const source = [
    'const note = `keep\n    this`;',
    'const view = html`<p>',
    '    ${name}',
    '  </p>`;',
    'const style = css`',
    '  :host {',
    '    display: block;',
    '  }`;',
    'const other = tag`\n    untouched`; // html`',
  ].join('\n');
  expect(compactTemplates(source, 'example.ts')).toBe(
    [
      'const note = `keep\n    this`;',
      'const view = html`<p>',
      '${name}',
      '</p>`;',
      'const style = css`:host{display:block}',
      '',
      '',
      '`;',
      'const other = tag`\n    untouched`; // html`',
    ].join('\n'),
  );
});
