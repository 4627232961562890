// Values made once per build (src/lib/per-build.ts): the warm builder renders
// build after build in one process, and nothing made for one may reach the next.
import { describe, expect, it } from 'vitest';
import { buildNumber, keptBetweenBuilds, perBuild, startNextBuild } from '../../src/lib/per-build.ts';

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

describe('keptBetweenBuilds', () => {
  it('makes a value once per key, keeps it into the next build, and drops it after a build that did not ask', () => {
    const made: string[] = [];
    const upper = keptBetweenBuilds(
      (s: string) => {
        made.push(s);
        return { s: s.toUpperCase() };
      },
      (s) => s,
    );
    const a = upper('a');
    expect(upper('a')).toBe(a);
    startNextBuild();
    expect(upper('a')).toBe(a);
    upper('b');
    startNextBuild();
    upper('b');
    startNextBuild();
    // 'a' was asked for in neither of the last two builds: made again.
    expect(upper('a')).not.toBe(a);
    expect(made).toEqual(['a', 'b', 'a']);
  });
});
