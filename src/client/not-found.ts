/** The 404 page: fill its search box with the words of the address that was not found. */
import { wordsFromPath } from '../lib/site/not-found.ts';

const box = document.querySelector<HTMLInputElement>('#not-found-search');
if (box && !box.value) box.value = wordsFromPath(location.pathname, import.meta.env.BASE_URL);
