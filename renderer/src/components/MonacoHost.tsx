// Mounts the single Monaco editor and hands its controller to the parent.
import { useEffect, useRef } from 'react';
import { EditorController, type CursorPosition } from '../monaco/controller.ts';

export interface MonacoHostProps {
  onReady(controller: EditorController | null): void;
  onCursor(position: CursorPosition): void;
}

export function MonacoHost({ onReady, onCursor }: MonacoHostProps) {
  const host = useRef<HTMLDivElement>(null);
  const cursor = useRef(onCursor);
  cursor.current = onCursor;
  useEffect(() => {
    const controller = new EditorController(host.current!, (p) => cursor.current(p));
    onReady(controller);
    return () => {
      onReady(null);
      controller.dispose();
    };
  }, [onReady]);
  return <div id="editor-host" className="editor-host" data-testid="editor" data-region="editor" role="tabpanel" ref={host} />;
}
