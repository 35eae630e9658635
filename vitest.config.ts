/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests resolve `astro:*` modules and render components as the build does.
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    // Build tests run the real build once per corpus in beforeAll.
    hookTimeout: 300_000,
  },
});
