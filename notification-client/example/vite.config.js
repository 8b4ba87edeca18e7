import { defineConfig } from 'vite';

// The example page, built to example-dist/ and served by the application at /examples/notifications.html.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: '/examples/',
  build: {
    outDir: '../example-dist',
    emptyOutDir: true,
    rollupOptions: { input: { notifications: new URL('notifications.html', import.meta.url).pathname } },
  },
});
