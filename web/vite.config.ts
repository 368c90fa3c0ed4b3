/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// `npm run dev` serves the application with hot reload and sends /api and /dev to the local edge
// (BOBINE_EDGE, default http://localhost:8080), which runs the services.
const edge = process.env.BOBINE_EDGE ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [preact()],
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  server: { proxy: { '/api': edge, '/dev': edge } },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
