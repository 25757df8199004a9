// `npm start`: serve the built app on localhost and print the address.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { port, host: '127.0.0.1', strictPort: false, open: false } });
const url = server.resolvedUrls?.local?.[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nFunnel Lab is running at ${url}  (Ctrl+C to stop)\n`);
