/** Follow Office's theme: a dark body background means the dark Fluent theme. */

/** True for a dark "#RRGGBB"/"#RGB" colour (relative luminance under 0.4); false when unknown. */
export function isDarkBackground(color: string | null | undefined): boolean {
  if (!color) return false;
  let hex = color.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.split('').map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
}
