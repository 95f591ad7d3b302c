// The shape of a hand-written job-board ad and the one-line helper the ad files use to declare them.

/** `ai`: asks for AI skills; `hard`: a negative with a trap (Kita/Ski/Kiosk, AI tools, AI as a plus, …); `plain`: an ordinary negative. */
export type BoardLabel = 'ai' | 'hard' | 'plain';

export interface BoardAd {
  role: string;
  label: BoardLabel;
  title: string;
  description: string;
}

/** Declares one ad; the description is trimmed of the template literal's leading and trailing line breaks. */
export function ad(role: string, label: BoardLabel, title: string, description: string): BoardAd {
  return { role, label, title, description: description.trim() };
}
