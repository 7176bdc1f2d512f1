// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { postbuildHtml } from './src/integrations/postbuild-html';
import { internalLinks } from './src/integrations/internal-links';
import { catalogueCheck } from './src/integrations/catalogue-check';
import { searchWeights } from './src/integrations/search-weights';

/**
 * Starlight's sidebar autogeneration matches entries by their file path relative to src/content/docs/;
 * ours live in the top-level content/ folder, so a directory is named by its path from the project root.
 */
/** @param {string} dir */
const content = (dir) => `content/${dir}`;

/** Scripts of our page components, emitted as files rather than inlined (see `vite.build` below). */
const OWN_SCRIPTS = /(SearchLauncher|CodeIndex)\.astro_astro_type_script/;

// The site is fully static: `astro build` writes dist/, which any static host can serve.
export default defineConfig({
  site: 'https://proxy407.dev',
  trailingSlash: 'always',
  // Styles as files, never inline: 'self' covers them, whatever component (or MDX page) brings them.
  build: { inlineStylesheets: 'never' },
  // Astro inlines small scripts into every page that uses them; ours (the search field, the codes filter)
  // stay files, so they are cached once and counted by the JavaScript budget test. Others keep the default.
  vite: { build: { assetsInlineLimit: (/** @type {string} */ file) => (OWN_SCRIPTS.test(file) ? false : undefined) } },
  security: {
    // Astro hashes every script and style it emits into a per-page CSP <meta> tag.
    // No 'unsafe-inline' or 'unsafe-eval' for scripts; Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Starlight and Expressive Code set a few style="" attributes (icon sizes, CSS variables);
      // style attributes cannot run code, so they are allowed; <style> elements stay hash-checked.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  integrations: [
    // Before Starlight: it builds the Pagefind index in its own build:done step.
    searchWeights(),
    starlight({
      title: 'HTTP 407 Reference',
      description:
        'The reference for HTTP 407 Proxy Authentication Required: every status code, proxy auth headers and schemes, per-tool fixes and live decoders.',
      lastUpdated: false,
      // The browser's toolbar takes the colour of Starlight's header (--sl-color-bg-nav) in each scheme.
      head: [
        { tag: 'meta', attrs: { name: 'theme-color', content: 'hsl(224, 14%, 16%)', media: '(prefers-color-scheme: dark)' } },
        { tag: 'meta', attrs: { name: 'theme-color', content: 'hsl(224, 19%, 97%)', media: '(prefers-color-scheme: light)' } },
      ],
      // Long curl commands and transcripts wrap instead of scrolling sideways: readable on phones,
      // and no unlabelled scroll regions (axe landmark-unique). Copy buttons still copy the exact text.
      expressiveCode: { defaultProps: { wrap: true } },
      // Readers search for page titles ("403 Forbidden", "NO_PROXY"): a match in the title counts most.
      pagefind: { ranking: { metaWeights: { title: 8 } } },
      customCss: ['./src/styles/tables.css'],
      components: {
        PageTitle: './src/components/PageTitle.astro',
        LastUpdated: './src/components/LastVerified.astro',
        Search: './src/components/SiteSearch.astro',
        Hero: './src/components/Hero.astro',
      },
      sidebar: [
        {
          label: 'Start here',
          items: [
            { label: '407 Proxy Authentication Required', link: '/codes/407/' },
            { label: 'All status codes', link: '/codes/' },
            { label: 'Error messages', link: '/errors/' },
          ],
        },
        { label: 'Live tools', items: [{ autogenerate: { directory: content('tools') } }] },
        { label: 'Fix it in your tool', collapsed: true, items: [{ autogenerate: { directory: content('guides') } }] },
        { label: 'Error messages', collapsed: true, items: [{ autogenerate: { directory: content('errors') } }] },
        { label: 'Headers', collapsed: true, items: [{ autogenerate: { directory: content('headers') } }] },
        { label: 'Auth schemes', collapsed: true, items: [{ autogenerate: { directory: content('schemes') } }] },
        { label: 'Status codes', collapsed: true, items: [{ autogenerate: { directory: content('codes') } }] },
        { label: 'Reference', collapsed: true, items: [{ autogenerate: { directory: content('reference') } }] },
      ],
    }),
    postbuildHtml(),
    internalLinks(),
    catalogueCheck(),
  ],
});
