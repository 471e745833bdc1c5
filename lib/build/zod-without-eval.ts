// A Vite plugin for the extension build: zod never generates code at run time.
//
// zod 4 compiles a fast parser for object schemas with `new Function(...)`, after probing whether
// eval is allowed (`allowsEval`) when the first object schema is made. The extension's pages forbid
// eval (script-src 'self'), so the probe only fails, and is reported as a CSP violation; Firefox's
// add-on linter (web-ext lint) flags the code as DANGEROUS_EVAL. This plugin makes the probe answer
// "no" without trying, and takes out the code generator, so zod uses its ordinary parser, as it
// does under a strict CSP. The build fails if zod's source stops matching, so the patch cannot
// silently stop applying. Node (the CLI, the unit tests) uses zod unpatched.
import type { Plugin } from 'vite';

interface Patch {
  /** The end of the module's path inside node_modules. */
  file: string;
  from: RegExp;
  to: string;
}

const PATCHES: Patch[] = [
  {
    file: 'zod/v4/core/util.js',
    // try { const F = Function; new F(""); return true; } catch (_) { return false; }
    from: /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/,
    to: 'return false;',
  },
  {
    file: 'zod/v4/core/doc.js',
    // compile() { const F = Function; … new F(…) … }
    from: /compile\(\)\s*\{[\s\S]*?return factory\(.*\);\s*\}/,
    to: "compile() { throw new Error('zod code generation is disabled in Parish Post Check'); }",
  },
];

export function zodWithoutEval(): Plugin {
  return {
    name: 'ppc:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!.replace(/\\/g, '/');
      const patch = PATCHES.find((p) => path.endsWith(`/node_modules/${p.file}`));
      if (!patch) return null;
      if (!patch.from.test(code)) throw new Error(`zodWithoutEval: ${patch.file} no longer matches; update lib/build/zod-without-eval.ts for this zod version.`);
      return { code: code.replace(patch.from, patch.to), map: null };
    },
  };
}
