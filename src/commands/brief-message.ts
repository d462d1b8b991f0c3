/** Message menu Apps ▸ Brief: /brief on a message (its .txt/.md/.html attachment, its first link, or its text). */
import { runBrief } from './brief.ts';
import { readingMessageMenu } from './reading.ts';

export const briefMessage = readingMessageMenu('Brief', 'brief', runBrief);
