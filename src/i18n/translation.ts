/** The shape every language's words have: Finnish's, with text for text. */
import type { fi } from './locale/fi';

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export type Translation = Shape<typeof fi>;
