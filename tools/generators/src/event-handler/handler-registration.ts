import type { Tree } from '@nx/devkit';
import ts from 'typescript';
import { addNamedImport, appendToProperty, parse, readText } from '../literals';

/**
 * The one place that knows how a handler is registered: as a provider of the service module; its
 * `@HandlesEvent()` makes the platform give it its durable consumer.
 */
export function registerHandler(tree: Tree, modulePath: string, className: string, importPath: string): void {
  let text = readText(tree, modulePath);
  text = addNamedImport(text, parse(modulePath, text), className, importPath);
  text = appendToProperty(text, firstArgumentOf(modulePath, text, 'Module'), 'providers', className);
  tree.write(modulePath, text);
}

/** The object literal passed to `callee(…)`: `Module` for `@Module({ … })`, `PlatformModule.forRoot`. */
function firstArgumentOf(path: string, text: string, callee: string): ts.ObjectLiteralExpression {
  const source = parse(path, text);
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && node.expression.getText(source) === callee) {
      const arg = node.arguments[0];
      if (arg && ts.isObjectLiteralExpression(arg)) found = arg;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) throw new Error(`${path}: no ${callee}({ … }) to register the handler in`);
  return found;
}
