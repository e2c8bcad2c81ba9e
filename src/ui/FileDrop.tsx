/** Dropping a file anywhere on the canvas opens it. */
import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileActions } from './useFileActions';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

export function FileDrop({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { openFile } = useFileActions();
  const [over, setOver] = useState(false);
  return (
    <main
      className="polku-main"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target || !e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) void openFile(file);
      }}
    >
      {children}
      {over && (
        <div className="polku-drop-hint" aria-hidden="true">
          {t('dropHint')}
        </div>
      )}
    </main>
  );
}
