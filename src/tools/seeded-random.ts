/** Seeded draws for the synthetic corpora: the same seed always gives the same corpus. */

/** Small, fast, seedable PRNG (mulberry32): the same seed always gives the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** English words the generated texts draw on. */
export const WORDS = (
  'launch orbit satellite agency treaty partner crew module lander station relay signal ' +
  'navigation summit minister delegation budget schedule mission payload rocket tracking'
).split(' ');

/**
 * The seed of another stream of draws for the same corpus: what one stream draws never shifts what
 * another does, so translations leave the English corpus as it was.
 */
export function streamSeed(seed: number, stream: number): number {
  return (Math.imul((seed + Math.imul(stream, 0x632be5ab)) >>> 0, 0x9e3779b1) ^ 0x85ebca6b) >>> 0;
}

/** Seeded choices: one item of a list, or one to `max` distinct items of it. */
export function picker(seed: number) {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const pickSome = <T>(list: readonly T[], max: number): T[] => {
    const count = 1 + Math.floor(rand() * max);
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  return { rand, pick, pickSome };
}
