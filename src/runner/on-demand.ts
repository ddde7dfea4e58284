// An annotator that a run starts for its first article that needs annotating, not before: a re-run
// whose articles are all unchanged loads no model and starts no thread. Worker threads are begun at
// once all the same (they load while the run reads its inputs and checks their outputs) and called
// off if no article needs them; the main thread's pipeline is built when first needed.
import { Abandoned, type Annotator } from './annotator.js';

export interface OnDemand extends Annotator {
  /** The annotator, once started. */
  readonly started: Annotator | undefined;
}

/**
 * `start` begins the annotator (its signal calls a start under way off); `ahead` begins it at once.
 * A start that fails is told to `onFailed` (the run stops: no article could be annotated) and the
 * article that asked is abandoned, not failed; `onStarted` is told the annotator once it is ready.
 */
export function onDemand(
  start: (signal: AbortSignal) => Promise<Annotator>,
  { ahead, onFailed, onStarted }: { ahead: boolean; onFailed(error: Error): void; onStarted?(annotator: Annotator): void },
): OnDemand {
  const callOff = new AbortController();
  let starting: Promise<Annotator> | undefined;
  let started: Annotator | undefined;
  let closed = false;
  const begin = () => {
    starting = start(callOff.signal);
    starting.then((annotator) => {
      started = annotator;
      if (!closed) onStarted?.(annotator);
    }, () => {});
    return starting;
  };
  if (ahead) begin();
  return {
    get started() {
      return started;
    },
    async annotate(raw, fingerprint) {
      let annotator: Annotator;
      try {
        annotator = await (starting ?? begin());
      } catch (error) {
        if (!(error instanceof Abandoned)) onFailed(error as Error);
        throw new Abandoned('interrupted');
      }
      return annotator.annotate(raw, fingerprint);
    },
    async close() {
      closed = true;
      callOff.abort();
      await (await starting?.catch(() => undefined))?.close();
    },
  };
}
