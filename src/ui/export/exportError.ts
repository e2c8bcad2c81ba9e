/** An export the browser could not make: no canvas that large, or an image it could not draw. */
export class ExportError extends Error {
  constructor(
    readonly reason: 'canvas' | 'image',
    message: string,
  ) {
    super(message);
  }
}
