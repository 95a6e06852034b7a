/**
 * MiniSearch as a site would ship it: its whole stored index (/minisearch.json, built by
 * bench/build-minisearch.ts) loaded on the first search, with the evaluation's options.
 */
import MiniSearch from 'minisearch';
import { miniSearchOptions } from '../../tests/eval/baselines.ts';

const SCREEN = 10;
let index: Promise<MiniSearch> | undefined;

export async function search(query: string): Promise<string[]> {
  index ??= fetch('/minisearch.json').then(async (r) => MiniSearch.loadJSON(await r.text(), { ...miniSearchOptions, storeFields: ['title'] }));
  return (await index).search(query).slice(0, SCREEN).map((hit) => String(hit.title));
}
