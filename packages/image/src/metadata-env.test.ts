import { describe, expect, it } from '@jest/globals';
import { readMetadataEnv } from './metadata-env';

describe('readMetadataEnv: the DOCKER_METADATA_* switches', () => {
  it('defaults: merge commit, 7 characters, manifest level, no exported variables', () => {
    expect(readMetadataEnv({})).toEqual({
      prHeadSha: false,
      shortShaLength: 7,
      annotationLevels: ['manifest'],
      setOutputEnv: false,
    });
  });

  it('reads each switch', () => {
    expect(
      readMetadataEnv({
        DOCKER_METADATA_PR_HEAD_SHA: 'true',
        DOCKER_METADATA_SHORT_SHA_LENGTH: '12',
        DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,index',
        DOCKER_METADATA_SET_OUTPUT_ENV: 'TRUE',
      }),
    ).toEqual({ prHeadSha: true, shortShaLength: 12, annotationLevels: ['manifest', 'index'], setOutputEnv: true });
  });

  it.each<[Record<string, string>, string]>([
    [
      { DOCKER_METADATA_SHORT_SHA_LENGTH: 'twelve' },
      'DOCKER_METADATA_SHORT_SHA_LENGTH: expected a whole number of characters such as 12, got "twelve"',
    ],
    [{ DOCKER_METADATA_SHORT_SHA_LENGTH: '0' }, 'DOCKER_METADATA_SHORT_SHA_LENGTH: expected a whole number'],
    [
      { DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,layer' },
      'DOCKER_METADATA_ANNOTATIONS_LEVELS: expected levels among manifest, index, manifest-descriptor, index-descriptor separated by commas, got "manifest,layer"',
    ],
    [{ DOCKER_METADATA_PR_HEAD_SHA: 'yes' }, 'DOCKER_METADATA_PR_HEAD_SHA: expected true or false, got "yes"'],
  ])('%j is refused naming the variable', (env, message) => {
    expect(() => readMetadataEnv(env)).toThrow(message);
  });
});
