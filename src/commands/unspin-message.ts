/** Message menu Apps ▸ Unspin: /unspin on a message (its .txt/.md/.html attachment, its first link, or its text). */
import { readingMessageMenu } from './reading.ts';
import { runUnspin } from './unspin.ts';

export const unspinMessage = readingMessageMenu('Unspin', 'unspin', runUnspin);
