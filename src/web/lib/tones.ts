/**
 * Text colours for quiet (subtle) buttons. Mantine draws a subtle button in at most shade 6 of a theme colour, too
 * light for 4.5:1 on white; these are dark blue, red and teal as plain colours (which it uses as given), at least 5:1
 * also on the hover tint.
 */
export const tone = { blue: '#1864ab', red: '#a61e1e', teal: '#066649' } as const;
