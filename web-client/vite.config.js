import { defineConfig } from 'vite';

// The back end the dev server forwards /api and /ws to (./run.sh starts it on 8080).
const backend = process.env.LEAVE_NOTIFY_BACKEND ?? 'http://localhost:8080';

export default defineConfig({
  // JSX through esbuild: no Babel plugin needed (see docs/web-client.md).
  esbuild: { jsx: 'automatic' },
  server: {
    port: 5173,
    // The notification client package is linked from ../notification-client (file: dependency).
    fs: { allow: ['.', '../notification-client'] },
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/ws': {
        target: backend,
        ws: true,
        changeOrigin: true,
        // The back end admits same-origin WebSocket handshakes only: present the dev page as its own origin.
        configure: (proxy) => {
          proxy.on('proxyReqWs', (proxyReq) => proxyReq.setHeader('origin', backend));
        },
      },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{js,jsx}'],
    setupFiles: ['test/setup.js'],
    restoreMocks: true,
  },
});
