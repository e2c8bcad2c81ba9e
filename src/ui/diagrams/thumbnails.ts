/**
 * The list's thumbnails: each stored diagram drawn by the export's SVG (as the template gallery's previews,
 * src/ui/gallery/thumbnail.ts), made when the list opens, one after another, and revoked when it closes.
 * A diagram is drawn again only when it changed (its last change is part of the key).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DiagramEntry } from '../../io/diagramList';
import { readDiagramValue } from '../../io/readDiagram';
import { loadPatterns } from '../../layout/text/patterns';
import { thumbnailUrl } from '../gallery/thumbnail';

const keyOf = (e: DiagramEntry) => `${e.id}@${e.updatedAt}`;

export function useDiagramThumbnails(entries: readonly DiagramEntry[]): Readonly<Record<string, string>> {
  /** blob URL by entry key, kept while the list is open */
  const made = useRef(new Map<string, string>());
  const [count, setCount] = useState(0);

  useEffect(() => {
    const urls = made.current;
    return () => {
      urls.forEach((url) => URL.revokeObjectURL(url));
      urls.clear();
    };
  }, []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      for (const entry of entries) {
        if (entry.title === null || made.current.has(keyOf(entry))) continue;
        try {
          const read = readDiagramValue(entry.diagram);
          if (!read.ok) continue;
          await loadPatterns(read.diagram.language ?? 'fi').catch(() => undefined);
          // let the dialog answer the keyboard between two thumbnails
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (cancelled) return;
          made.current.set(keyOf(entry), thumbnailUrl(read.diagram));
          setCount((c) => c + 1);
        } catch {
          // no thumbnail: the entry is listed all the same
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [entries]);

  return useMemo(
    () => Object.fromEntries(entries.flatMap((e) => (made.current.has(keyOf(e)) ? [[e.id, made.current.get(keyOf(e))!]] : []))),
    // `count` tells that a thumbnail was made
    [entries, count],
  );
}
