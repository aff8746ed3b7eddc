// The shape rules of the code, checked on its syntax trees: no module-level mutable state in the
// pure core, and no long functions in the content layer (issue 12).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const parse = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

/** Module-level `let`/`var`, and `const` bindings made with `new` of a mutable collection that is written to later. */
function moduleMutableBindings(file: string): string[] {
  const source = parse(file);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const flags = statement.declarationList.flags;
    if (!(flags & ts.NodeFlags.Const)) {
      for (const declaration of statement.declarationList.declarations) found.push(`${file}: ${declaration.name.getText(source)}`);
    }
  }
  return found;
}

function longFunctions(file: string, limit: number): string[] {
  const source = parse(file);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > limit) {
        const name = (node as ts.FunctionDeclaration).name?.getText(source) ?? `(function at line ${start + 1})`;
        found.push(`${file}: ${name} is ${end - start + 1} lines`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the shape of the code', () => {
  it('utils/core holds no module-level let or var', () => {
    expect(filesUnder('utils/core').flatMap(moduleMutableBindings)).toEqual([]);
  });

  it('no function in utils/content is over 80 lines', () => {
    expect(filesUnder('utils/content').flatMap((file) => longFunctions(file, 80))).toEqual([]);
  });
});
