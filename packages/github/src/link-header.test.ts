import { describe, expect, it } from '@jest/globals';
import { nextLink } from './link-header';

describe('nextLink', () => {
  it('finds rel="next" among the others, in any order', () => {
    const header =
      '<https://api.github.com/repositories/1/deployments?page=1>; rel="prev", ' +
      '<https://api.github.com/repositories/1/deployments?page=3>; rel="next", ' +
      '<https://api.github.com/repositories/1/deployments?page=9>; rel="last"';
    expect(nextLink(header)).toBe('https://api.github.com/repositories/1/deployments?page=3');
  });
  it('takes a rel with several values and no quotes', () => {
    expect(nextLink('<https://h/x?page=2>; rel=next')).toBe('https://h/x?page=2');
    expect(nextLink('<https://h/x?page=2>; rel="last next"')).toBe('https://h/x?page=2');
  });
  it('is undefined on the last page and without a header', () => {
    expect(nextLink('<https://h/x?page=1>; rel="first", <https://h/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
    expect(nextLink('<https://h/x?page=2>; rel="nextish"')).toBeUndefined();
  });
});
