import { describe, expect, it } from '@jest/globals';
import { InputReader, mapInputSource, realPathOf } from '@slipway/kit';
import { readInputs } from './inputs';

describe('helm-deploy inputs as the runner passes them', () => {
  // The runner fills in every action.yml default, so a plain rolling deploy arrives with
  // keep-previous=until-next although nobody chose blue-green settings.
  it("accepts keep-previous's own default with strategy rolling", async () => {
    const inputs = await readInputs(
      new InputReader(mapInputSource({ release: 'web', chart: './chart', 'keep-previous': 'until-next' })),
    );
    // A local chart is held inside the workspace, so it arrives resolved.
    expect(inputs.request).toMatchObject({ chart: realPathOf('./chart'), blueGreen: undefined });
  });

  it('still refuses another keep-previous without blue-green', async () => {
    await expect(
      readInputs(new InputReader(mapInputSource({ release: 'web', chart: './chart', 'keep-previous': '15m' }))),
    ).rejects.toThrow(/Input 'keep-previous': expected no value unless strategy is blue-green, got "15m"/);
  });
});
