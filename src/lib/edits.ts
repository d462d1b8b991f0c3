/** An edit of a text: the span [start, end) becomes `to`. */
export interface TextEdit {
  start: number;
  end: number;
  to: string;
}

/** Applies edits sorted by position and not overlapping. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let pos = 0;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.to;
    pos = e.end;
  }
  return out + text.slice(pos);
}
