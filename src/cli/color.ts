/**
 * Colour for terminal output, only where it helps a reader (the validator's summary) and only when
 * the output is a terminal and NO_COLOR (https://no-color.org) is unset or empty.
 */
const CODES = { red: 31, yellow: 33, green: 32 } as const;

export type Colour = keyof typeof CODES;

/** Whether to colour output written to `stream` under `env`. */
export function useColour(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}

/** `text` in `colour` when `enabled`, else unchanged. */
export function paint(text: string, colour: Colour, enabled: boolean): string {
  return enabled ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}
