import { describe, expect, it } from 'vitest';
import { boundsOf } from './bounds';

describe('boundsOf', () => {
  it.each([
    [[], undefined],
    [[[127, 37.5]], [[127, 37.5], [127, 37.5]]],
    [[[126.65, 37.47], [128.9, 37.76], [127.73, 37.87], [127.0, 37.27]], [[126.65, 37.27], [128.9, 37.87]]],
  ] as const)('%j', (positions, expected) => {
    expect(boundsOf(positions.map((position) => [...position]))).toEqual(expected);
  });
});
