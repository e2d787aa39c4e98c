import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}', '{utils,components,entrypoints}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/support/fake-i18n.ts'],
    mockReset: true,
    restoreMocks: true,
  },
});
