// Values made once per build (src/lib/per-build.ts): the warm builder renders
// build after build in one process, and nothing made for one may reach the next.
import { describe, expect, it } from 'vitest';
import { buildNumber, perBuild, startNextBuild } from '../../src/lib/per-build.ts';

describe('perBuild', () => {
  it('makes a value once per build and anew in the next build', () => {
    let made = 0;
    const value = perBuild(() => ({ made: ++made }));
    const first = value();
    expect(value()).toBe(first);
    expect(made).toBe(1);
    const before = buildNumber();
    startNextBuild();
    expect(buildNumber()).toBe(before + 1);
    const second = value();
    expect(second).not.toBe(first);
    expect(second.made).toBe(2);
    expect(value()).toBe(second);
  });

  it('keeps each memo to itself', () => {
    const a = perBuild(() => new Map<string, number>());
    const b = perBuild(() => new Map<string, number>());
    a().set('x', 1);
    expect(b().has('x')).toBe(false);
    startNextBuild();
    expect(a().has('x')).toBe(false);
  });
});
