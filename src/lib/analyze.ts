import type { Article } from './article.ts';
import type { Brief } from './brief/types.ts';
import type { SpinResult } from './spin/types.ts';

/** The product's central type: everything newsdesk knows about one article. */
export interface Analysis {
  article: Article;
  spin: SpinResult;
  /** Text the brief was extracted from: the restored text when the article was spun, else the input. */
  readText: string;
  brief: Brief;
}
