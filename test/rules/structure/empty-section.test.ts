import rule from '../../../rules/structure/empty-section.js';
import { FIXTURES, everyFixture, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);
/** 001 with the lines of part 五 (627–635) replaced. */
function partFive(...lines: string[]): string {
  const all = changle.split('\n');
  all.splice(626, 9, ...lines);
  return all.join('\n');
}

ruleTester(rule, {
  valid: [
    ...everyFixture(),
    { name: 'part 六 may say only 无', file: 'changle.txt', text: replaceLine(changle, 640, '无。') },
  ],
  invalid: [
    { name: '001 with part 五 emptied', file: 'changle.txt', text: partFive(''), errors: [{ messageId: 'empty', line: 625, includes: ['“五、存在的主要问题及改进情况”下没有内容'] }] },
    { name: '001 with part 五 saying only 无', file: 'changle.txt', text: partFive('无。'), errors: [{ messageId: 'onlyNone', line: 625, includes: ['只写了“无”'] }] },
  ],
});
