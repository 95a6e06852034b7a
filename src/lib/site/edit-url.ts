/** The "edit this page" link: the entry's file in the knowledge base repository. */

/**
 * GitHub-style edit URL: `<repo_url>/edit/<branch>/<contentPath>/<file>`. `contentPath` is where
 * the content directory sits inside the repository (`content`); undefined without a `repo_url`.
 */
export function editUrl(
  repoUrl: string | undefined,
  contentPath: string,
  file: string,
  branch = 'main',
): string | undefined {
  if (!repoUrl) return undefined;
  const path = [contentPath, file].filter(Boolean).join('/').replace(/^\.?\/+/, '');
  return `${repoUrl.replace(/\/+$/, '')}/edit/${branch}/${path}`;
}
