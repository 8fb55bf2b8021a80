// Deterministic variant choice. Each sentence's variant depends only on the certificate seed and the
// sentence id, so adding or removing one sentence never reshuffles the others.

/** 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Final avalanche (murmur3 fmix32) so that nearby seeds pick unrelated variants. */
function mix(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export function pickVariant(seed: string, sentenceId: string, count: number): number {
  return count <= 1 ? 0 : mix(hashString(`${seed}\u0000${sentenceId}`)) % count;
}
