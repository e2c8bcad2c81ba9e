/**
 * Whether the template gallery ("Uusi mallista / New from template") is open.
 * Session state only. Any part of the UI may open it (the toolbar, a start
 * dialog …) with openTemplateGallery() (sessionStore.ts); TemplateGalleryHost draws it.
 */
import type { Slice } from './slice';

export type GalleryState = {
  readonly open: boolean;
  show: () => void;
  hide: () => void;
};

export const gallerySlice: Slice<GalleryState> = (set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
});
