// Builds the designer bundle: one IIFE script and one self-contained stylesheet, plus unchanged copies of
// bpmn-js's own stylesheets and font. Usage: node build.mjs [--outdir=DIR]
// Maven passes --outdir=web/target/frontend/resources/designer; nothing built here is committed.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.find((arg) => arg.startsWith('--outdir='));
const outdir = resolve(outArg ? outArg.slice('--outdir='.length) : join(here, '../../../target/frontend/resources/designer'));

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  logLevel: 'info',
  // Licence headers of bpmn-js and its dependencies stay at the end of each file.
  legalComments: 'eof',
  charset: 'utf8'
};

// designer.js: our code and the bpmn-js Modeler; it sets window.TdktDesigner.
await build({
  ...common,
  entryPoints: [join(here, 'src/designer.js')],
  outfile: join(outdir, 'designer.js'),
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  define: { 'process.env.NODE_ENV': '"production"' }
});

// designer.css: bpmn-js's stylesheets and our panel's, with the icon font inlined as a data URL, so that it
// works both as a plain static file and through the Faces resource handler (whose URLs break relative url()s).
await build({
  ...common,
  entryPoints: [join(here, 'src/designer.css')],
  outfile: join(outdir, 'designer.css'),
  loader: { '.woff2': 'dataurl' }
});

// Unchanged copies of bpmn-js's stylesheets and font, for a page that prefers to link them itself
// (designer.css already contains all of them).
const assets = join(here, 'node_modules/bpmn-js/dist/assets');
cpSync(join(assets, 'diagram-js.css'), join(outdir, 'diagram-js.css'));
cpSync(join(assets, 'bpmn-js.css'), join(outdir, 'bpmn-js.css'));
cpSync(join(assets, 'bpmn-font'), join(outdir, 'bpmn-font'), { recursive: true });
