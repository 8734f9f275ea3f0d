import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { Memo } from '../../src/model/memo.js';

describe('Memo', () => {
  it('computes once per object and keeps the value on the object, unseen by keys, JSON and serializers', () => {
    let computed = 0;
    const lengthOf = new Memo((list: number[]) => (computed++, list.length));
    const list = [1, 2, 3];
    expect(lengthOf.get(list)).toBe(3);
    expect(lengthOf.get(list)).toBe(3);
    expect(computed).toBe(1);
    expect(lengthOf.get([4])).toBe(1);
    expect(computed).toBe(2);
    expect(Object.keys(list)).toEqual(['0', '1', '2']);
    expect(JSON.stringify(list)).toBe('[1,2,3]');
    expect(structuredClone(list)).toEqual([1, 2, 3]);
    expect(serialize(list)).toEqual(serialize([1, 2, 3]));
  });

  it('takes a value made elsewhere instead of computing it', () => {
    const nameOf = new Memo((_: object) => 'computed');
    const target = {};
    nameOf.set(target, 'given');
    expect(nameOf.get(target)).toBe('given');
    expect({ ...target }).toEqual({});
  });
});
