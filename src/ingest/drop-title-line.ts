/** Drops a page's headline from the start of its main text, where many pages repeat it. */

/** The title is kept apart from the main text; returns `text` without its first paragraph when that paragraph is the title. */
export function dropTitleLine(text: string, title: string | null): string {
  if (!title) return text;
  const cut = text.indexOf('\n\n');
  const first = cut === -1 ? text : text.slice(0, cut);
  if (first.trim() !== title.trim()) return text;
  return cut === -1 ? '' : text.slice(cut + 2);
}
