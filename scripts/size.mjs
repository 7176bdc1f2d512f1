// `npm run size`: what the browser downloads, minified and gzipped. The protocol library as a whole and
// per module, and each widget's eager bundle (its element.ts and static imports) and lazy chunks.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Minified + gzipped bytes of one entry point bundled alone (dynamic imports split into lazy chunks). */
export async function bundleSize(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: 'size-out',
    write: false,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    metafile: true,
  });
  const entryName = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint)?.[0];
  let eager = 0;
  let lazy = 0;
  const eagerFiles = new Set([entryName]);
  for (const [name, output] of Object.entries(result.metafile.outputs)) {
    if (name === entryName) for (const imp of output.imports) if (imp.kind === 'import-statement') eagerFiles.add(imp.path);
  }
  for (const file of result.outputFiles) {
    const name = relative(process.cwd(), file.path);
    if (!name.endsWith('.js')) continue;
    if (eagerFiles.has(name)) eager += gz(file.text);
    else lazy += gz(file.text);
  }
  return { eager, lazy };
}

function tsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [full] : [];
  });
}

export async function librarySizes() {
  const whole = await bundleSize('src/lib/index.ts');
  const modules = [];
  for (const file of tsFiles('src/lib')) modules.push({ module: file, ...(await bundleSize(file)) });
  return { whole, modules: modules.sort((a, b) => b.eager - a.eager) };
}

export async function widgetSizes() {
  if (!existsSync('src/widgets')) return [];
  const out = [];
  for (const name of readdirSync('src/widgets')) {
    const entry = join('src/widgets', name, 'element.ts');
    if (existsSync(entry)) out.push({ widget: name, ...(await bundleSize(entry)) });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const { whole, modules } = await librarySizes();
  console.log(`Protocol library (src/lib/index.ts, everything): ${kb(whole.eager)} gz (budget 15 KB)\n`);
  console.table(modules.map((m) => ({ module: m.module, 'min+gz (with its imports)': kb(m.eager) })));
  const widgets = await widgetSizes();
  console.log('\nWidgets (element.ts bundles; budget 15 KB eager):');
  console.table(widgets.map((w) => ({ widget: w.widget, eager: kb(w.eager), lazy: kb(w.lazy) })));
}
