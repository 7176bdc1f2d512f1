import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve-dist.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

// Serves the built site on 127.0.0.1 and a free port for the whole e2e run, and stops it after.
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: the e2e tests read the built site; run `npm test` (it builds first) or `npm run build`.');
  }
  const server = await serveDist({ root: 'dist' });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
