/**
 * The template gallery, "Uusi mallista / Ny från mall / New from template":
 * a native modal <dialog> with one card per template (a preview, the title
 * and a one-line description in the UI's language). A card is chosen by
 * click, or by Tab / the arrow keys and Enter; the template opens as a new
 * diagram through the same path as a file (read and validated by
 * src/io/readDiagram.ts, asked first over unsaved work, a fresh history),
 * tied to no file: Save asks for a name and suggests `<id>.json`.
 * Loaded on demand, with its words (src/i18n/gallery.ts) and its CSS.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { galleryMessages } from '../../i18n/gallery';
import { addMessages, uiLanguageOf } from '../../i18n/setup';
import { loadTemplate, TEMPLATES, type TemplateEntry } from '../../io/templates';
import { loadPatterns } from '../../layout/text/patterns';
import { useSession } from '../../store/sessionStore';
import { useModal } from '../useModal';
import { useFileActions } from '../useFileActions';
import { thumbnailUrl } from './thumbnail';
import './gallery.css';

/** Blob URLs of the previews, made one after another once the dialog is open, revoked when it closes. */
function useThumbnails(entries: readonly TemplateEntry[]): Readonly<Record<string, string>> {
  const [urls, setUrls] = useState<Readonly<Record<string, string>>>({});
  useEffect(() => {
    let cancelled = false;
    const made: string[] = [];
    void (async () => {
      for (const entry of entries) {
        try {
          const read = await loadTemplate(entry);
          if (!read.ok) continue; // choosing it says why
          await loadPatterns(read.diagram.language ?? 'fi').catch(() => undefined);
          // let the dialog answer the keyboard between two previews
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (cancelled) return;
          const url = thumbnailUrl(read.diagram);
          made.push(url);
          setUrls((u) => ({ ...u, [entry.id]: url }));
        } catch {
          // no preview; choosing the template says what went wrong
        }
        if (cancelled) return;
      }
    })();
    return () => {
      cancelled = true;
      for (const url of made) URL.revokeObjectURL(url);
    };
  }, [entries]);
  return urls;
}

/** Arrow keys, Home and End move between the cards as they lie in the grid. */
function moveFocus(e: KeyboardEvent<HTMLUListElement>) {
  const cards = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button.polku-template'));
  const at = cards.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  const top = (b: HTMLElement) => b.getBoundingClientRect().top;
  const columns = Math.max(1, cards.filter((b) => Math.abs(top(b) - top(cards[0]!)) < 2).length);
  const next: Record<string, number> = {
    ArrowRight: at + 1,
    ArrowLeft: at - 1,
    ArrowDown: at + columns < cards.length ? at + columns : at,
    ArrowUp: at - columns >= 0 ? at - columns : at,
    Home: 0,
    End: cards.length - 1,
  };
  const to = next[e.key];
  if (to === undefined) return;
  e.preventDefault();
  cards[Math.min(cards.length - 1, Math.max(0, to))]?.focus();
}

export function TemplateGallery({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  addMessages(i18n, 'gallery', galleryMessages);
  const lang = uiLanguageOf(i18n);
  const ref = useModal(true);
  const list = useRef<HTMLUListElement>(null);
  const titleId = useId();
  const introId = useId();
  const { openUnsaved } = useFileActions();
  const notify = useSession((s) => s.notify);
  const refuse = useSession((s) => s.refuse);
  const thumbnails = useThumbnails(TEMPLATES);
  const busy = useRef(false);

  // the first template has the focus (after showModal, which would give it to the Close button)
  useEffect(() => {
    list.current?.querySelector<HTMLButtonElement>('button.polku-template')?.focus();
  }, []);

  /** Closes the dialog itself, so that the focus goes back to where it was; `onClose` follows. */
  const close = () => ref.current?.close();

  const choose = async (entry: TemplateEntry) => {
    if (busy.current) return;
    busy.current = true;
    try {
      const read = await loadTemplate(entry);
      if (!read.ok) {
        close();
        refuse(`${entry.id}.json`, read.problems);
        return;
      }
      // over unsaved work this asks first (as Open does); kept work leaves the gallery open
      if (await openUnsaved(read.diagram, `${entry.id}.json`)) {
        close();
        notify({ kind: 'info', key: 'gallery.opened', params: { title: entry.title[lang] } });
      }
    } catch (e) {
      close();
      notify({ kind: 'error', key: 'gallery.failed', params: { reason: e instanceof Error ? e.message : String(e) } });
    } finally {
      busy.current = false;
    }
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={introId}
      className="polku-dialog polku-gallery"
      onClose={onClose}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="polku-gallery-head">
        <h2 id={titleId}>{t('gallery.heading')}</h2>
        <button type="button" onClick={close}>
          {t('gallery.close')}
        </button>
      </div>
      <p id={introId} className="polku-gallery-intro">
        {t('gallery.intro')}
      </p>
      <ul ref={list} className="polku-gallery-list" aria-label={t('gallery.list')} onKeyDown={moveFocus}>
        {TEMPLATES.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="polku-template"
              aria-labelledby={`${titleId}-${entry.id}`}
              aria-describedby={`${titleId}-${entry.id}-d`}
              onClick={() => void choose(entry)}
            >
              <span className="polku-template-thumb">{thumbnails[entry.id] && <img src={thumbnails[entry.id]} alt="" />}</span>
              <span id={`${titleId}-${entry.id}`} className="polku-template-title">
                {entry.title[lang]}
              </span>
              <span id={`${titleId}-${entry.id}-d`} className="polku-template-desc">
                {entry.description[lang]}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
