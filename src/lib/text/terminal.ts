/**
 * Text for a terminal. Content is written by anyone who can open a pull request, and a title with
 * ESC, BEL or an OSC sequence in it could move the cursor, rewrite earlier lines, set the window
 * title or the clipboard of whoever runs `fixpath search`. Every command's output passes through
 * here (src/cli/main.ts): C0 and C1 controls other than tab and newline are dropped, and so are the
 * bidirectional overrides that make text read differently from its bytes. The one sequence kept is
 * a plain colour change (`ESC [ 31 m`, what src/cli/color.ts writes), which can do no more than colour.
 */

/** A colour change (SGR, digits only), kept; or a control or bidi override, dropped. */
const CONTROL = /(\u001b\[[0-9;]{0,12}m)|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (_, colour?: string) => colour ?? '');
}
