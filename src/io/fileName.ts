/** A file name that every common file system accepts, made from a diagram title. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .replace(/[\u0000-\u001f\u007f-\u009f\u00ad]/g, '')
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return `${base || 'polku'}.${extension}`;
}
