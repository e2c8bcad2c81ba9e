/**
 * Whether the template gallery ("Uusi mallista / New from template") is open.
 * Session state only. Any part of the UI may open it (the toolbar, a start
 * dialog …) with openTemplateGallery(); TemplateGalleryHost draws it.
 */
import { create } from 'zustand';

type GalleryState = {
  readonly open: boolean;
  show: () => void;
  hide: () => void;
};

export const useGallery = create<GalleryState>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));

/** Opens the template gallery (its code loads then, the first time). */
export function openTemplateGallery(): void {
  useGallery.getState().show();
}
