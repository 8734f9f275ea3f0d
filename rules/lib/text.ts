export { clauseStart, positionIn, proseUnits, sentenceEnd, sentenceStart, type ProseUnit } from '../../src/model/prose.js';
