/** The keyboard's session state: the step a link starts from, the in-memory clipboard, the last announcement. */
import type { Clip } from '../../model/operations/clip';
import type { Slice } from './slice';

export type KeyboardState = {
  /** the step a keyboard link starts from, while linking */
  readonly linkFrom: string | null;
  /** the text of the polite live region; `seq` makes a repeated message announced again */
  readonly message: string;
  readonly seq: number;
  /** the last steps copied in this tab */
  readonly clip: Clip | null;
  /** the step the keyboard just moved: the view follows it if it leaves the screen */
  readonly follow: string | null;
  /** the step about to take the focus (Tab, Find): a large diagram draws its node even when far out */
  readonly focusing: string | null;
};

export const keyboardSlice: Slice<KeyboardState> = () => ({ linkFrom: null, message: '', seq: 0, clip: null, follow: null, focusing: null });
