import { describe, expect, it } from '@jest/globals';
import { fitToLimits } from './block-limits';

describe('fitToLimits', () => {
  it('cuts section, field, header and message text with a visible ellipsis', () => {
    const fitted = fitToLimits({
      text: 't'.repeat(40_010),
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(200) } },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: 's'.repeat(5000) },
          fields: Array.from({ length: 12 }, () => ({ type: 'mrkdwn', text: 'f'.repeat(2500) })),
        },
      ],
    });
    const [header, section] = fitted.blocks as Array<Record<string, { text: string } & unknown>>;
    expect((header?.['text'] as { text: string }).text).toHaveLength(150);
    expect((section?.['text'] as { text: string }).text).toHaveLength(3000);
    expect((section?.['text'] as { text: string }).text.endsWith('…')).toBe(true);
    const fields = section?.['fields'] as unknown as Array<{ text: string }>;
    expect(fields).toHaveLength(10);
    expect(fields.every((f) => f.text.length === 2000 && f.text.endsWith('…'))).toBe(true);
    expect(fitted.text).toHaveLength(40_000);
  });

  it('keeps at most 50 blocks, the last saying how many were left out', () => {
    const blocks = Array.from({ length: 60 }, () => ({ type: 'divider' }));
    const fitted = fitToLimits({ blocks });
    expect(fitted.blocks).toHaveLength(50);
    expect(fitted.blocks?.[49]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '… 11 more blocks not shown (Slack shows at most 50)' }],
    });
  });

  it('does not change the message it was given', () => {
    const original = { blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(4000) } }] };
    fitToLimits(original);
    expect((original.blocks[0]?.text.text ?? '').length).toBe(4000);
  });
});
