/** Where a data folder keeps its competency framework; `validate` needs it without loading the renderers. */
import { dirname, join, resolve } from 'node:path';

/** data/<team>/<rep> → data/framework/competencies.yaml, the default place for the framework. */
export function defaultFrameworkFile(repFolder: string): string {
  return join(dirname(dirname(resolve(repFolder))), 'framework', 'competencies.yaml');
}
