/**
 * The timer's end cue: a soft two-tone chime made by the Web Audio API (no
 * sound file, nothing fetched). Browsers let a page make sound only after the
 * person did something on it, so the AudioContext is made when the timer is
 * started (a click or a key) and only played at the end.
 */

type AudioContextClass = typeof AudioContext;

/** The notes of the chime: frequency (Hz) and when it starts (s from now). */
export const CHIME_NOTES: readonly { readonly hz: number; readonly at: number }[] = [
  { hz: 784, at: 0 }, // G5
  { hz: 523.25, at: 0.45 }, // C5
];
/** Loudness at the start of a note (0–1): gentle. */
const PEAK = 0.18;
/** How long a note rings out (s). */
const RING = 1.4;

/** The browser's AudioContext, or null where there is none (jsdom, very old browsers). */
export function makeAudioContext(): AudioContext | null {
  const Ctor = (globalThis as { AudioContext?: AudioContextClass }).AudioContext;
  if (Ctor === undefined) return null;
  try {
    return new Ctor();
  } catch {
    return null;
  }
}

/** Plays the chime on `ctx` (resumed first if the browser had suspended it). */
export function playChime(ctx: AudioContext): void {
  const play = () => {
    const now = ctx.currentTime;
    for (const note of CHIME_NOTES) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = note.hz;
      const start = now + note.at;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(PEAK, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + RING);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + RING + 0.05);
    }
  };
  if (ctx.state === 'suspended') void ctx.resume().then(play, () => undefined);
  else play();
}
