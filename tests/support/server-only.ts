// Vitest runs lib/ modules outside Next; the `server-only` guard has nothing to guard there.
export {};
