/** No engine: the control page, whose long tasks are the browser's own (a 1 MB paste into a textarea costs something whatever searches it). */
export async function search(): Promise<string[]> {
  return [];
}
