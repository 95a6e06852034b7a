/**
 * The version of the engine that builds and ranks the index: half of the key under which
 * `fixpath search` reuses a written index (the other half is the content's hash). It is the
 * fingerprint of what the engine produces on a fixed corpus (the index and the hits of a set of
 * queries), pinned here and checked by tests/unit/search/engine-version.test.ts: a change to the
 * tokenizer, the weights or the ranking changes the fingerprint, that test fails and says the new
 * value, so a code change can never be served an index built by the old code.
 *
 * Why a pinned fingerprint rather than a hash of the source computed at run time: the site build
 * runs this code bundled by Vite, the CLI runs the .ts files; both must write and compare the
 * same key, and a comment or a refactor that changes no output should not throw indexes away.
 */
export const ENGINE_VERSION = '19d2ba402397ed';
