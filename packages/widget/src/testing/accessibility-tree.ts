// What Chromium exposes to assistive technology, read over the DevTools protocol: the
// accessibility tree of the frame a browser test runs in, without the nodes it ignores.
import { cdp } from 'vitest/browser';

export interface AXNode {
  readonly role: string;
  readonly name: string;
  /** Children as exposed: an ignored node (a plain `<div>`) gives way to its own. */
  readonly children: AXNode[];
}

interface RawNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

/** Every node of this frame's accessibility tree that is not ignored, with its exposed children. */
export async function accessibilityTree(): Promise<AXNode[]> {
  const session = cdp();
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const frames = [frameTree];
  for (let at = 0; at < frames.length; at++) frames.push(...(frames[at]!.childFrames ?? []));
  // CDP's frame URL has no fragment (a deep link may have set one).
  const here = location.href.split('#')[0];
  const frameId = frames.find((tree) => tree.frame.url.split('#')[0] === here)!.frame.id;
  const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId })) as { nodes: RawNode[] };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const exposed = (node: RawNode): RawNode[] =>
    (node.childIds ?? []).flatMap((id) => {
      const child = byId.get(id);
      if (!child) return [];
      return child.ignored ? exposed(child) : [child];
    });
  const built = new Map<RawNode, AXNode>();
  const build = (node: RawNode): AXNode => {
    let result = built.get(node);
    if (!result) {
      result = { role: node.role?.value ?? '', name: node.name?.value ?? '', children: [] };
      built.set(node, result);
      result.children.push(...exposed(node).map(build));
    }
    return result;
  };
  return nodes.filter((node) => !node.ignored).map(build);
}
