import { invalidField } from '../http/api-error.js';

/** Returns the title, or throws a 400 `invalid_field` when it is empty or only whitespace. */
export function requireTitle(title: string): string {
  if (title.trim() === '') {
    throw invalidField('title', `'title' is empty or only whitespace: ${JSON.stringify(title)}. Send a title with at least one visible character.`);
  }
  return title;
}
