import { defineConfig } from 'vite';

// `npm start`: the demo page (index.html) with every widget, served from the TypeScript sources.
// The package itself is built by scripts/build.mjs.
export default defineConfig({
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
