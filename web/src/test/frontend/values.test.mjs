// Unit tests of the designer's pure value functions (node's built-in test runner; "npm test" in
// web/src/main/frontend, run by Maven in the test phase).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  catalogList,
  formatCandidateGroup,
  isHistoryTimeToLive,
  isIsoDuration,
  parseCandidateGroup
} from '../../main/frontend/src/values.js';
import { createTranslator } from '../../main/frontend/src/labels.js';

test('a candidate group splits into role and unit, including the proposing-unit placeholder', () => {
  assert.deepEqual(parseCandidateGroup('UNIT_LEADER@${unitCode}'), { role: 'UNIT_LEADER', unit: '${unitCode}' });
  assert.deepEqual(parseCandidateGroup('APPRAISER@BAN_TDKT'), { role: 'APPRAISER', unit: 'BAN_TDKT' });
  assert.deepEqual(parseCandidateGroup(' APPROVER@BAN_TDKT '), { role: 'APPROVER', unit: 'BAN_TDKT' });
});

test('an empty candidate group is none, anything else that is not one ROLE@UNIT is kept raw', () => {
  assert.equal(parseCandidateGroup(undefined), null);
  assert.equal(parseCandidateGroup(''), null);
  assert.deepEqual(parseCandidateGroup('CLERK'), { raw: 'CLERK' });
  assert.deepEqual(parseCandidateGroup('A@X,B@Y'), { raw: 'A@X,B@Y' });
  assert.deepEqual(parseCandidateGroup('A@X@Y'), { raw: 'A@X@Y' });
});

test('a candidate group is written only when both halves are chosen', () => {
  assert.equal(formatCandidateGroup('UNIT_LEADER', '${unitCode}'), 'UNIT_LEADER@${unitCode}');
  assert.equal(formatCandidateGroup('UNIT_LEADER', ''), undefined);
  assert.equal(formatCandidateGroup('', 'BAN_TDKT'), undefined);
});

test('ISO 8601 durations', () => {
  for (const ok of [ 'P5D', 'P1W', 'PT12H', 'P1DT2H', 'P1Y2M3DT4H5M6S', 'PT30M' ]) {
    assert.ok(isIsoDuration(ok), ok);
  }
  for (const bad of [ '', 'P', 'PT', '5D', 'P5', 'P1DT', 'p5d', '${appraisalDue}', 'P5D ' ]) {
    assert.ok(!isIsoDuration(bad), bad);
  }
});

test('history time to live is days, plain or as an ISO period of days', () => {
  assert.ok(isHistoryTimeToLive('3650'));
  assert.ok(isHistoryTimeToLive('P3650D'));
  assert.ok(!isHistoryTimeToLive('P1Y'));
  assert.ok(!isHistoryTimeToLive('-1'));
  assert.ok(!isHistoryTimeToLive(''));
});

test('catalog lists drop entries without their key', () => {
  const catalog = { roles: [ { code: 'CLERK', label: 'Clerk' }, { label: 'no code' }, null, { code: '' } ] };
  assert.deepEqual(catalogList(catalog, 'roles', 'code'), [ { code: 'CLERK', label: 'Clerk' } ]);
  assert.deepEqual(catalogList(catalog, 'units', 'code'), []);
  assert.deepEqual(catalogList(undefined, 'units', 'code'), []);
});

test('labels: the page text first, then the English fallback, then the key; placeholders filled', () => {
  const t = createTranslator({ role: 'Vai trò', currentValue: 'Giá trị hiện tại: {value}' });
  assert.equal(t('role'), 'Vai trò');
  assert.equal(t('unit'), 'Unit');
  assert.equal(t('no.such.key'), 'no.such.key');
  assert.equal(t('currentValue', { value: 'X' }), 'Giá trị hiện tại: X');
});
