import { expect, test } from 'vitest';
import { compactTemplates } from '../../../packages/widget/build/compact-templates.js';

// The script-tag build strips indentation from Lit templates, moves the line breaks beside block
// tags into the tags, and minifies plain css``; nothing else may change.
test('removes indentation inside html and svg templates only, keeping every line break, and minifies css', () => {
  const source = [
    'const note = `keep\n    this`;',
    'const view = html`<p>',
    '    ${name}',
    '  </p>`;',
    'const words = html`<span>a</span>',
    '  <span>b</span>`;',
    'const style = css`',
    '  :host {',
    '    display: block;',
    '  }`;',
    'const other = tag`\n    untouched`; // html`',
  ].join('\n');
  expect(compactTemplates(source, 'example.ts')).toBe(
    [
      'const note = `keep\n    this`;',
      // Beside a block's tag a line break renders as nothing, so it moves inside the tag, where it
      // makes no text node; between inline elements it is a space, and stays.
      'const view = html`<p',
      '>${name}</p',
      '>`;',
      'const words = html`<span>a</span>',
      '<span>b</span>`;',
      'const style = css`:host{display:block}',
      '',
      '',
      '`;',
      'const other = tag`\n    untouched`; // html`',
    ].join('\n'),
  );
});
