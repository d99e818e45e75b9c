import { parse } from "svelte/compiler";

/** Attributes whose value a person reads or hears. */
const VISIBLE_ATTRIBUTES = new Set(["placeholder", "title", "aria-label", "alt", "label"]);

const LETTER = /\p{L}/u;

export type VisibleLiteral = { line: number; text: string };

type AstNode = { type?: unknown; start?: unknown; [key: string]: unknown };

/**
 * Finds text a person would see in a component's markup that does not come from a message
 * catalogue: text between tags, and literal values of visible attributes. Expressions such as
 * `{t("id")}` pass; a string literal written as an expression (`{"Save"}`) does not.
 */
export function visibleLiterals(source: string): VisibleLiteral[] {
  const found: VisibleLiteral[] = [];
  const lineOf = (offset: unknown) =>
    typeof offset === "number" ? source.slice(0, offset).split("\n").length : 0;
  const report = (node: AstNode, text: string) => found.push({ line: lineOf(node.start), text: text.trim() });

  function checkShownValue(node: AstNode) {
    if (node.type === "Text" && typeof node.data === "string" && LETTER.test(node.data)) {
      report(node, node.data);
    }
    if (node.type === "ExpressionTag" && isObject(node.expression)) {
      const literal = literalText(node.expression);
      if (literal !== null && LETTER.test(literal)) report(node, literal);
    }
  }

  function checkAttributes(attributes: unknown) {
    if (!Array.isArray(attributes)) return;
    for (const attribute of attributes.filter(isObject)) {
      if (attribute.type !== "Attribute" || !VISIBLE_ATTRIBUTES.has(String(attribute.name))) continue;
      const parts = Array.isArray(attribute.value) ? attribute.value : [attribute.value];
      for (const part of parts.filter(isObject)) checkShownValue(part);
    }
  }

  function walk(node: AstNode) {
    if (node.type === "Fragment" && Array.isArray(node.nodes)) {
      for (const child of node.nodes.filter(isObject)) {
        checkShownValue(child);
        walk(child);
      }
      return;
    }
    checkAttributes(node.attributes);
    // Child markup hangs off fragment, consequent, alternate, body, fallback, pending, then, catch, …
    for (const value of Object.values(node)) {
      if (isObject(value) && value.type === "Fragment") walk(value);
    }
  }

  walk(parse(source, { modern: true }).fragment as unknown as AstNode);
  return found;
}

function literalText(expression: AstNode): string | null {
  if (expression.type === "Literal" && typeof expression.value === "string") return expression.value;
  if (expression.type === "TemplateLiteral" && Array.isArray(expression.quasis)) {
    return expression.quasis
      .filter(isObject)
      .map((quasi) => (isObject(quasi.value) ? String(quasi.value.cooked ?? "") : ""))
      .join("");
  }
  return null;
}

function isObject(value: unknown): value is AstNode {
  return typeof value === "object" && value !== null;
}
