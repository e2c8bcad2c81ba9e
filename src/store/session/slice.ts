/**
 * One slice of the session store: its own state and actions, written as if it
 * were a store of its own (`set` merges into the slice, `get` reads it).
 */
export type SliceSet<T> = (partial: Partial<T> | ((state: T) => Partial<T>)) => void;

export type Slice<T> = (set: SliceSet<T>, get: () => T) => T;
