import { describe, expect, it } from 'vitest';
import { ArticlePipelinePropsError } from '../../lib/errors';
import { streamConsumerFilters } from '../../lib/streamConsumerFilters';

describe('streamConsumerFilters', () => {
  it('matches inserts and modifies on the new image, removes on the old image', () => {
    expect(streamConsumerFilters(['ARTICLE'])).toEqual([
      { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { type: { S: ['ARTICLE'] } } } },
      { eventName: ['REMOVE'], dynamodb: { OldImage: { type: { S: ['ARTICLE'] } } } },
    ]);
  });

  it('keeps only the requested events', () => {
    expect(streamConsumerFilters(['SOURCE'], ['MODIFY'])).toEqual([
      { eventName: ['MODIFY'], dynamodb: { NewImage: { type: { S: ['SOURCE'] } } } },
    ]);
    expect(streamConsumerFilters(['SOURCE'], ['REMOVE'])).toEqual([
      { eventName: ['REMOVE'], dynamodb: { OldImage: { type: { S: ['SOURCE'] } } } },
    ]);
  });

  it('lists several types once each, in one pattern per image', () => {
    const filters = streamConsumerFilters(['ARTICLE', 'SOURCE', 'ARTICLE'], ['INSERT', 'REMOVE']);
    expect(filters).toEqual([
      { eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['ARTICLE', 'SOURCE'] } } } },
      { eventName: ['REMOVE'], dynamodb: { OldImage: { type: { S: ['ARTICLE', 'SOURCE'] } } } },
    ]);
  });

  it('refuses an empty type or event list, which would match nothing', () => {
    expect(() => streamConsumerFilters([])).toThrow(ArticlePipelinePropsError);
    expect(() => streamConsumerFilters(['ARTICLE'], [])).toThrow(/eventNames/);
  });
});
