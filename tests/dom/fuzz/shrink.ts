import type { ElementModel, NodeModel, PageModel } from './model';

/** Smaller variants of a list of nodes, biggest cuts first: drop a node, unwrap an element, then go inside. */
export function* smallerNodes(nodes: readonly NodeModel[]): Generator<NodeModel[]> {
  const at = (i: number, replacement: NodeModel[]) => [...nodes.slice(0, i), ...replacement, ...nodes.slice(i + 1)];
  if (nodes.length > 1) {
    const half = nodes.length >> 1;
    yield nodes.slice(0, half);
    yield nodes.slice(half);
  }
  for (let i = 0; i < nodes.length; i++) yield at(i, []);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.kind === 'element') yield at(i, [...(node.shadow?.children ?? []), ...node.children]);
  }
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.kind !== 'element') {
      for (const data of shorterText(node.data)) yield at(i, [{ ...node, data }]);
      continue;
    }
    for (const element of smallerElement(node)) yield at(i, [element]);
  }
}

function* smallerElement(node: ElementModel): Generator<ElementModel> {
  if (node.shadow) {
    const { shadow: _shadow, ...plain } = node;
    yield plain;
    for (const children of smallerNodes(node.shadow.children)) yield { ...node, shadow: { ...node.shadow, children } };
  }
  for (let a = 0; a < node.attrs.length; a++) yield { ...node, attrs: node.attrs.filter((_, i) => i !== a) };
  if (node.tag !== 'span' && !node.ns && !['template', 'ruby', 'rt', 'rp', 'iframe'].includes(node.tag)) yield { ...node, tag: 'span' };
  for (const children of smallerNodes(node.children)) yield { ...node, children };
}

function* shorterText(data: string): Generator<string> {
  if (data.length === 0) return;
  if (data.length > 1) {
    const half = data.length >> 1;
    yield data.slice(0, half);
    yield data.slice(half);
  }
  if (data.length <= 16) for (let i = 0; i < data.length; i++) yield data.slice(0, i) + data.slice(i + 1);
}

export function* smallerPage(page: PageModel): Generator<PageModel> {
  for (const body of smallerNodes(page.body)) yield { ...page, body };
}

/** Smaller variants of a list of steps (a mutation storm): halves, then one step less. */
export function* smallerList<T>(items: readonly T[]): Generator<T[]> {
  if (items.length > 1) {
    yield items.slice(0, items.length >> 1);
    yield items.slice(items.length >> 1);
  }
  for (let i = 0; i < items.length; i++) yield [...items.slice(0, i), ...items.slice(i + 1)];
}
