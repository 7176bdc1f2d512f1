import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { statusCodeFacts } from './content-schema';

// The MDX pages live in the top-level content/ folder, not src/content/docs/.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: statusCodeFacts }),
  }),
};
