// A full disk (or a file system gone read-only) stops the run at once with one message, instead of
// annotating every remaining article only to fail each write. The sink here is a real folder sink
// whose writes fail the way such a file system makes them fail (ENOSPC, EROFS) after two articles.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { inThreadAnnotator } from '../../src/runner/in-thread.js';
import { runFingerprint } from '../../src/runner/fingerprint.js';
import { planInputs } from '../../src/runner/inputs.js';
import { openSink } from '../../src/runner/outputs.js';
import { runBatch } from '../../src/runner/run.js';
import { writeFileSync } from 'node:fs';
import { tempDir } from './cli.js';

describe('a write that no later write could do', () => {
  it.each([
    ['ENOSPC', 'no space left on the device'],
    ['EROFS', 'the file system is read-only'],
  ])('stops the run at once, with one message (%s)', async (code, words) => {
    const inputs = tempDir('enospc');
    writeFileSync(path.join(inputs, 'feed.jsonl'), Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `a${i}`, text: `Angela Merkel met ${i} people in Paris.` })).join('\n'));
    const config = loadConfig('pipeline.config.json');
    const sink = await openSink(tempDir('enospc-out'));
    let writes = 0;
    const full = {
      ...sink,
      write: async (id: string, json: string) => {
        if (++writes > 2) throw Object.assign(new Error(`${code}: write`), { code });
        return sink.write(id, json);
      },
    };
    const summary = await runBatch({
      inputs: await planInputs([inputs], sink.owned), sink: full, concurrency: 1, fingerprint: runFingerprint(config), limits: config.limits,
      annotator: inThreadAnnotator(config, { articleSeconds: 60 }), logger: createLogger('silent', null),
    });
    await sink.close();
    expect(summary.written).toBe(2);
    expect(summary.failed).toEqual([]);
    expect(summary.stopped?.reason).toBe(`${words}: cannot write ${sink.where}`);
    expect(summary.read).toBeLessThan(10); // it stopped reading, not annotating all 50
    expect(writes).toBe(3);
  });
});
