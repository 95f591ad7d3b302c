// Checks and escapes for text from data that ends up in links or in markup the user copies; no DOM needed.
/** A link target from data, only when it is a plain web address (never `javascript:` or the like). */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Text for an HTML attribute value inside markup the user copies (the embed snippets). */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
