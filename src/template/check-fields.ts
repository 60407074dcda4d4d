/**
 * Checks a template before it is used: every field it names must exist in its view model
 * (view-shapes.ts), every helper it calls must exist, and every label it names with {{t "…"}} must
 * exist in the document's language. Handlebars itself prints nothing for a misspelt field, and its
 * strict mode only notices a field on the path a particular note takes; this walks the whole
 * template once, so `{{rep.nmae}}` inside an `{{#if}}` that this month's note skips still fails,
 * with the template's line and the name.
 */
import Handlebars from 'handlebars';
import { BUILTIN_LABELS } from '../locale/index.js';
import { closest } from '../notes/did-you-mean.js';
import type { AnyShape } from './view-shapes.js';
import { TemplateError } from './template-error.js';

/** Handlebars' own hooks, registered as helpers but never written in a template. */
const HANDLEBARS_HOOKS = new Set(['blockHelperMissing', 'helperMissing']);

type Node = hbs.AST.Node;
type Path = hbs.AST.PathExpression;
type Call = hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression;

interface Frame {
  shape: AnyShape;
  /** Names given with `as |item index|`. */
  params?: Map<string, AnyShape>;
}

export interface FieldCheck {
  file: string;
  shape: AnyShape;
  helpers: ReadonlySet<string>;
  /** Whether the document's language has a label of that key. */
  hasLabel(key: string): boolean;
  language: string;
}

/** Data variables Handlebars sets inside {{#each}}. */
const LOOP_DATA = new Set(['index', 'key', 'first', 'last']);

export function checkFields(source: string, check: FieldCheck): void {
  new Walker(check).program(Handlebars.parse(source), [{ shape: check.shape }]);
}

class Walker {
  constructor(private readonly check: FieldCheck) {}

  program(program: hbs.AST.Program | undefined, stack: Frame[]): void {
    for (const statement of program?.body ?? []) this.statement(statement, stack);
  }

  private statement(node: Node, stack: Frame[]): void {
    if (node.type === 'MustacheStatement') this.mustache(node as hbs.AST.MustacheStatement, stack);
    else if (node.type === 'BlockStatement') this.block(node as hbs.AST.BlockStatement, stack);
  }

  private mustache(node: hbs.AST.MustacheStatement, stack: Frame[]): void {
    const path = node.path as Path;
    if (path.type !== 'PathExpression') return;
    if (node.params.length || node.hash?.pairs.length || this.isHelper(path)) this.call(node, stack);
    else this.resolve(path, stack);
  }

  private block(node: hbs.AST.BlockStatement, stack: Frame[]): void {
    const path = node.path as Path;
    let inner = stack;
    if (this.isHelper(path)) {
      this.call(node, stack);
      const name = path.parts[0];
      if ((name === 'each' || name === 'with') && node.params[0]) {
        const of = this.value(node.params[0], stack);
        const shape = name === 'each' ? elementOf(of) : of;
        const names = node.program.blockParams ?? [];
        inner = [...stack, { shape, params: new Map(names.map((n, i) => [n, i === 0 ? shape : true] as const)) }];
      }
    } else {
      // A section on a field: a list repeats its body for each item, a record becomes the context.
      const shape = this.resolve(path, stack);
      inner = [...stack, { shape: Array.isArray(shape) ? (shape as readonly [AnyShape])[0] : shape === true ? top(stack).shape : shape }];
    }
    this.program(node.program, inner);
    this.program(node.inverse, stack);
  }

  /** A helper call: the helper must exist, and every value passed must be a field that exists. */
  private call(node: Call, stack: Frame[]): void {
    const path = node.path as Path;
    if (!this.isHelper(path)) {
      const callable = [...this.check.helpers].filter((h) => !HANDLEBARS_HOOKS.has(h));
      const near = closest(path.original, callable);
      // With nothing close, the list is the next best thing: a template has no other index of them.
      this.fail(path, `there is no helper "${path.original}"`, near ? `did you mean "${near}"?` : `helpers: ${callable.sort().join(', ')}`);
    }
    if (path.parts[0] === 't' && node.params[0]?.type === 'StringLiteral') {
      const key = (node.params[0] as hbs.AST.StringLiteral).value;
      if (!this.check.hasLabel(key)) this.fail(node.params[0], `there is no label "${key}" in ${this.check.language}`, labelHint(key, this.check));
    }
    for (const param of node.params) this.value(param, stack);
    for (const pair of node.hash?.pairs ?? []) this.value(pair.value, stack);
  }

  /** The shape of a value passed to a helper: a field, a nested call, or a literal. */
  private value(node: hbs.AST.Expression, stack: Frame[]): AnyShape {
    if (node.type === 'PathExpression') return this.resolve(node as Path, stack);
    if (node.type === 'SubExpression') this.call(node as hbs.AST.SubExpression, stack);
    return 'any';
  }

  private isHelper(path: Path): boolean {
    return path.type === 'PathExpression' && !path.data && path.depth === 0 && path.parts.length === 1 && !/^(\.|this\b)/.test(path.original) && this.check.helpers.has(path.parts[0]!);
  }

  /** The shape a path names, or a TemplateError naming the first part that does not exist. */
  private resolve(path: Path, stack: Frame[]): AnyShape {
    let parts = path.parts;
    let shape: AnyShape;
    if (path.data) {
      const [head, ...rest] = parts;
      if (head === 'root') [shape, parts] = [stack[0]!.shape, rest];
      else if (head !== undefined && LOOP_DATA.has(head) && rest.length === 0) return true;
      else return this.fail(path, `there is no data variable "@${head ?? ''}"`, 'inside {{#each}} there are @index, @key, @first and @last; @root is the whole document');
    } else {
      const frame = stack[stack.length - 1 - path.depth];
      if (!frame) return this.fail(path, `"${path.original}" goes up more levels (../) than there are blocks around it`);
      const param = path.depth === 0 && parts[0] !== undefined ? [...stack].reverse().find((f) => f.params?.has(parts[0]!))?.params?.get(parts[0]!) : undefined;
      if (param !== undefined) [shape, parts] = [param, parts.slice(1)];
      else shape = frame.shape;
    }
    let walked = '';
    for (const part of parts) {
      if (shape === 'any') return 'any';
      if (part === 'length' && (shape === true || Array.isArray(shape))) return true;
      if (Array.isArray(shape)) {
        if (/^\d+$/.test(part)) {
          shape = (shape as readonly [AnyShape])[0];
          walked += `.${part}`;
          continue;
        }
        return this.fail(path, `"${path.original}": ${walked ? `"${walked.slice(1)}"` : 'this'} is a list, which has no field "${part}"`, 'loop over it with {{#each}}, or use .length');
      }
      if (shape === true) return this.fail(path, `"${path.original}": ${walked ? `"${walked.slice(1)}"` : 'this'} is a value, which has no field "${part}"`);
      const fields = shape as { readonly [key: string]: AnyShape };
      if (!Object.prototype.hasOwnProperty.call(fields, part)) {
        const near = closest(part, Object.keys(fields));
        return this.fail(path, `there is no field "${walked ? `${walked.slice(1)}.` : ''}${part}" here`, `${near ? `did you mean "${near}"? ` : ''}fields here: ${Object.keys(fields).join(', ')}`);
      }
      shape = fields[part]!;
      walked += `.${part}`;
    }
    return shape;
  }

  private fail(node: Node, message: string, hint?: string): never {
    throw new TemplateError(this.check.file, node.loc?.start.line, message, { hint });
  }
}

function top(stack: Frame[]): Frame {
  return stack[stack.length - 1]!;
}

function elementOf(shape: AnyShape): AnyShape {
  return Array.isArray(shape) ? (shape as readonly [AnyShape])[0] : 'any';
}

function labelHint(key: string, check: FieldCheck): string {
  const near = closest(key, Object.keys(BUILTIN_LABELS.en));
  return `${near ? `did you mean "${near}"? ` : ''}labels are listed in labels/${check.language}.yaml of "workplan templates eject"; one of your own goes in that file of your --templates folder`;
}
