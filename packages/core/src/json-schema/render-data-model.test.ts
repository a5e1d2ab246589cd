import { expect, test } from 'vitest';
import { timelineJsonSchema } from '../index.js';
import { _renderDataModel } from './render-data-model.js';

// docs/data-model.md is generated; this test fails when it is stale. Update with `-u`.
test('docs/data-model.md matches the schemas', async () => {
  await expect(_renderDataModel(timelineJsonSchema())).toMatchFileSnapshot('../../../../docs/data-model.md');
});
