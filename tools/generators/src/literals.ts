import type { Tree } from '@nx/devkit';
import ts from 'typescript';

type Literal = ts.ArrayLiteralExpression | ts.ObjectLiteralExpression;

export function readText(tree: Tree, path: string): string {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} does not exist`);
  return text;
}

export function parse(path: string, text: string): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function unwrap(node: ts.Expression): Literal | undefined {
  let e = node;
  while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e))
    e = e.expression;
  return ts.isArrayLiteralExpression(e) || ts.isObjectLiteralExpression(e) ? e : undefined;
}

/** The array or object literal that `const <name> = …` is initialised with. */
export function declaredLiteral(source: ts.SourceFile, name: string): Literal | undefined {
  let found: Literal | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === name && node.initializer) {
      found = unwrap(node.initializer);
    } else ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `text` with `item` added as the literal's last element; prettier (formatFiles) lays it out afterwards. */
export function appendTo(text: string, literal: Literal, item: string): string {
  const items = ts.isArrayLiteralExpression(literal) ? literal.elements : literal.properties;
  const at = items.length ? items[items.length - 1].getEnd() : literal.getEnd() - 1;
  return `${text.slice(0, at)}${items.length ? ', ' : ''}${item}${text.slice(at)}`;
}

/** Appends `item` to the array `property` of an object literal, creating the property when it is missing. */
export function appendToProperty(
  text: string,
  object: ts.ObjectLiteralExpression,
  property: string,
  item: string,
) {
  const existing = object.properties.find(
    (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === property,
  );
  if (!existing) return appendTo(text, object, `${property}: [${item}]`);
  const array = unwrap(existing.initializer);
  if (!array || !ts.isArrayLiteralExpression(array)) throw new Error(`${property} is not an array literal`);
  return appendTo(text, array, item);
}

/** Appends `item` to the literal `const <name>` of the file at `path`. */
export function appendToDeclared(tree: Tree, path: string, name: string, item: string): void {
  const text = readText(tree, path);
  const literal = declaredLiteral(parse(path, text), name);
  if (!literal) throw new Error(`${path}: no array or object literal \`${name}\` to register in`);
  tree.write(path, appendTo(text, literal, item));
}

/** The string values of an array literal `const <name>` (e.g. SERVICE_NAMES). */
export function declaredStrings(tree: Tree, path: string, name: string): string[] {
  const literal = declaredLiteral(parse(path, readText(tree, path)), name);
  if (!literal || !ts.isArrayLiteralExpression(literal)) throw new Error(`${path}: no array \`${name}\``);
  return literal.elements.filter(ts.isStringLiteral).map((e) => e.text);
}

/** Adds `import { <name> } from '<from>';` after the file's last import. */
export function addNamedImport(text: string, source: ts.SourceFile, name: string, from: string): string {
  const imports = source.statements.filter(ts.isImportDeclaration);
  const at = imports.length ? imports[imports.length - 1].getEnd() : 0;
  return `${text.slice(0, at)}\nimport { ${name} } from '${from}';${text.slice(at)}`;
}
