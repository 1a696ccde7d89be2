import { describe, expect, it } from 'vitest';
import { describeMemberRejections } from '../../cli/status/describeMemberRejections';
import { MAX_RECORDED_MEMBER_REJECTIONS } from '../../lambda/store/constants';
import { dynamoItemSize } from '../../lambda/store/dynamoItemSize';
import { toSourceItem } from '../../lambda/store/toSourceItem';
import { toStoredSource } from '../../lambda/store/toStoredSource';
import type { FinishOutcome, MemberRejection } from '../../lambda/store/types';

const event = { bucket: 'incoming', key: 'bundle.zip', sequencer: '0A', eventName: 'ObjectCreated:Put' };
const context = {
  sequencerKey: '0a',
  parserVersion: '1.1.0',
  parserVersionKey: '00001.00001.00000',
  processedAt: '2026-12-04T10:00:00.000Z',
  articleIds: ['id1'],
  expiresAt: 0,
};
const object = { versionId: null, eTag: 'e', size: 10, lastModified: '2026-12-04T09:00:00.000Z' };
const parse = { format: 'nexis-uni', encoding: 'utf-8', compressed: false } as const;

function rejections(count: number, messageChars = 80): MemberRejection[] {
  return Array.from({ length: count }, (_, at) => ({
    member: `member-${String(at).padStart(5, '0')}.docx`,
    code: 'CORRUPT_CONTAINER',
    message: 'x'.repeat(messageChars),
  }));
}

describe('a source records the ZIP members that could not be read', () => {
  it('a parsed ZIP with unreadable members is listed under STATUS#REJECTED, one without is not', () => {
    const partial = toSourceItem(
      event,
      { kind: 'parsed', object, parse, memberRejections: rejections(2) },
      context,
    );
    expect(partial).toMatchObject({
      status: 'PARSED',
      memberRejectionCount: 2,
      gsi2pk: 'STATUS#REJECTED',
      gsi2sk: `${context.processedAt}#incoming/bundle.zip`,
    });
    const whole = toSourceItem(event, { kind: 'parsed', object, parse, memberRejections: [] }, context);
    expect(whole).not.toHaveProperty('gsi2pk');
    expect(whole).not.toHaveProperty('memberRejections');
    expect(toStoredSource(whole)).toMatchObject({ memberRejections: [], memberRejectionCount: 0 });
  });

  it('keeps the first ones and the count, so that 10,000 bad members still fit in one item', () => {
    const outcome: FinishOutcome = {
      kind: 'rejected',
      object,
      rejection: { code: 'CORRUPT_CONTAINER', message: 'No member of the ZIP archive could be read.' },
      memberRejections: rejections(10_000, 5_000),
    };
    const item = toSourceItem(event, outcome, context);
    expect(item.memberRejections).toHaveLength(MAX_RECORDED_MEMBER_REJECTIONS);
    expect(item.memberRejections?.[0]?.member).toBe('member-00000.docx');
    expect(item.memberRejectionCount).toBe(10_000);
    expect(dynamoItemSize({ ...item })).toBeLessThan(200 * 1024);
    const source = toStoredSource(item);
    expect(describeMemberRejections(source)).toBe(
      '10000 ZIP members not read: member-00000.docx CORRUPT_CONTAINER, member-00001.docx CORRUPT_CONTAINER, member-00002.docx CORRUPT_CONTAINER (and 9997 more)',
    );
  });

  it('says nothing when every member was read', () => {
    expect(describeMemberRejections({ memberRejections: [], memberRejectionCount: 0 })).toBeNull();
  });
});
