import type { Article } from './article.ts';
import { briefArticle } from './brief/index.ts';
import type { Brief } from './brief/types.ts';
import { unspin } from './spin/index.ts';
import type { SpinResult } from './spin/types.ts';

/** The product's central type: everything newsdesk knows about one article. */
export interface Analysis {
  article: Article;
  spin: SpinResult;
  /** Text the brief was extracted from: the restored text when the article was not judged clean, else the input. */
  readText: string;
  brief: Brief;
}

export interface AnalyzeOptions {
  /** Publication date (YYYY-MM-DD) when the article does not carry one. */
  published?: string;
}

/**
 * The one reading pipeline every entry point calls (commands, context menus, feeds, CLI, sandbox):
 * detect and restore spinning, then extract facts from the restored wording.
 */
export function analyze(article: Article, opts: AnalyzeOptions = {}): Analysis {
  const spin = unspin(article.text);
  const readText = spin.verdict === 'clean' ? article.text : spin.restored;
  const brief = briefArticle({ ...article, text: readText }, { published: opts.published });
  return { article, spin, readText, brief };
}
