import type { NodeModel, PageModel } from './model';

const NAMESPACES = { svg: 'http://www.w3.org/2000/svg', math: 'http://www.w3.org/1998/Math/MathML' } as const;

/** What the page's own script would hold: every node it made, and its shadow roots (closed ones too). */
export interface BuiltPage {
  doc: Document;
  url: string;
  /** Every node of the model in creation order; a storm refers to them by index, so it replays on a copy. */
  nodes: Node[];
  shadows: Map<Element, ShadowRoot>;
}

function buildNodes(doc: Document, models: readonly NodeModel[], parent: Node, page: BuiltPage): void {
  for (const model of models) parent.appendChild(buildNode(doc, model, page));
}

export function buildNode(doc: Document, model: NodeModel, page: BuiltPage): Node {
  if (model.kind === 'text') {
    const node = doc.createTextNode(model.data);
    page.nodes.push(node);
    return node;
  }
  if (model.kind === 'comment') {
    const node = doc.createComment(model.data);
    page.nodes.push(node);
    return node;
  }
  const element = model.ns ? doc.createElementNS(NAMESPACES[model.ns], model.tag) : doc.createElement(model.tag);
  page.nodes.push(element);
  for (const [name, value] of model.attrs) element.setAttribute(name, value);
  if (model.shadow) {
    const root = element.attachShadow({ mode: model.shadow.mode });
    page.shadows.set(element, root);
    buildNodes(doc, model.shadow.children, root, page);
  }
  const into = model.tag === 'template' ? (element as HTMLTemplateElement).content : element;
  buildNodes(doc, model.children, into, page);
  return element;
}

/** Empties `doc` (it is reused from case to case: a fresh happy-dom window per case costs too much) and builds the page into it. */
export function buildPage(doc: Document, model: PageModel): BuiltPage {
  const html = doc.documentElement;
  for (const name of html.getAttributeNames()) html.removeAttribute(name);
  const head = doc.createElement('head');
  const body = doc.createElement('body');
  html.replaceChildren(head, body);
  doc.adoptedStyleSheets = [];
  const page: BuiltPage = { doc, url: model.url, nodes: [], shadows: new Map() };
  buildNodes(doc, model.body, body, page);
  return page;
}

/** A second copy of the page in a document of its own: the control that ZhuDu never touches. */
export function buildControl(model: PageModel): BuiltPage {
  return buildPage(document.implementation.createHTMLDocument(''), model);
}
