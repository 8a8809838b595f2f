// A small seeded generator (mulberry32): the same seed always yields the same tree, on every
// machine and Node version, which Math.random cannot promise.

export function createRandom(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min, max) => min + Math.floor(next() * (max - min + 1))
  const pick = (items) => items[Math.floor(next() * items.length)]
  const chance = (probability) => next() < probability
  /** Picks a key of `weights` with probability proportional to its value. */
  const weighted = (weights) => {
    const entries = Object.entries(weights)
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
    let roll = next() * total
    for (const [key, weight] of entries) {
      roll -= weight
      if (roll < 0) return key
    }
    return entries[entries.length - 1][0]
  }
  return { next, int, pick, chance, weighted }
}

const WORDS = [
  'account', 'agent', 'alert', 'archive', 'audit', 'batch', 'billing', 'bridge', 'buffer', 'cache', 'catalog', 'channel',
  'checkout', 'client', 'cluster', 'config', 'cursor', 'dataset', 'delta', 'device', 'digest', 'dispatch', 'engine', 'event',
  'export', 'feature', 'filter', 'gateway', 'graph', 'handler', 'health', 'import', 'index', 'invoice', 'job', 'kernel',
  'ledger', 'loader', 'mapper', 'metric', 'model', 'monitor', 'network', 'notify', 'order', 'packet', 'parser', 'payment',
  'pipeline', 'policy', 'portal', 'profile', 'queue', 'quota', 'record', 'registry', 'report', 'router', 'sampler', 'schema',
  'search', 'session', 'shard', 'signal', 'snapshot', 'storage', 'stream', 'sync', 'task', 'tenant', 'token', 'tracker',
  'trainer', 'upload', 'user', 'vault', 'vector', 'webhook', 'worker', 'zone',
]

export function word(random) {
  return random.pick(WORDS)
}

/** `billing_queue` style names; callers append an index where names must be unique. */
export function compoundName(random, separator) {
  return `${word(random)}${separator}${word(random)}`
}

export function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function camelName(random) {
  return `${word(random)}${capitalize(word(random))}`
}
