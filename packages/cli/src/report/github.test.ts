import { describe, expect, test } from 'vitest';
import { escapeData, escapeProperty, githubReport } from './github.js';

describe('GitHub workflow annotations', () => {
  test('escape %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% sure,\r\nnext: line')).toBe('100%25 sure,%0D%0Anext: line');
    expect(escapeProperty('a,b: 100%\n')).toBe('a%2Cb%3A 100%25%0A');
  });

  test('give errors and warnings with position and a title of code and path', () => {
    const out = githubReport([
      {
        file: 'talks.yaml',
        issues: [
          {
            code: 'invalid_type',
            message: 'Expected text,\nnot a number.',
            path: ['title'],
            line: 2,
            column: 8,
          },
        ],
        warnings: [{ code: 'uncited', message: 'No source.', path: ['events', 0], line: 5, column: 5 }],
      },
      { file: 'gone.json', issues: [], warnings: [], error: 'Cannot read gone.json: no such file.' },
    ]);
    expect(out).toBe(
      '::error file=talks.yaml,line=2,col=8,title=invalid_type title::Expected text,%0Anot a number.\n' +
        '::warning file=talks.yaml,line=5,col=5,title=uncited events[0]::No source.\n' +
        '::error file=gone.json,title=unreadable::Cannot read gone.json: no such file.\n',
    );
  });
});
