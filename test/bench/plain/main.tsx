/**
 * The baseline: plain React Flow with its defaults — default nodes (the step
 * title as label) and default edges at the positions Polku's layout gives —
 * opened from a file the same way, and marking `plain:drawn` when drawn.
 */
import '@xyflow/react/dist/style.css';
import { applyNodeChanges, ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type Node, type NodeChange } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

type PlainFile = { nodes: { id: string; x: number; y: number; label: string }[]; edges: { id: string; source: string; target: string }[] };

function Flow({
  nodes,
  edges,
  openCount,
  onNodesChange,
}: {
  nodes: Node[];
  edges: Edge[];
  openCount: number;
  onNodesChange: (changes: NodeChange[]) => void;
}) {
  const flow = useReactFlow();
  useEffect(() => {
    if (openCount === 0) return;
    // Default nodes are hidden until React Flow has measured them: drawn = all measured, fitted, painted.
    let frame = 0;
    const check = () => {
      if (!nodes.every((n) => flow.getInternalNode(n.id)?.measured?.width)) {
        frame = requestAnimationFrame(check);
        return;
      }
      void flow.fitView();
      frame = requestAnimationFrame(() => setTimeout(() => performance.mark('plain:drawn'), 0));
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [openCount]);
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} fitView />;
}

function App() {
  const [state, setState] = useState<{ nodes: Node[]; edges: Edge[]; openCount: number }>({ nodes: [], edges: [], openCount: 0 });
  return (
    <>
      <div className="bar">
        <input
          type="file"
          aria-label="Open"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            const data = JSON.parse(await file.text()) as PlainFile;
            setState((s) => ({
              nodes: data.nodes.map((n) => ({ id: n.id, position: { x: n.x, y: n.y }, data: { label: n.label } })),
              edges: data.edges,
              openCount: s.openCount + 1,
            }));
          }}
        />
      </div>
      <div className="flow">
        <ReactFlowProvider>
          <Flow {...state} onNodesChange={(changes) => setState((s) => ({ ...s, nodes: applyNodeChanges(changes, s.nodes) }))} />
        </ReactFlowProvider>
      </div>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
