import { enrichArticle } from '../../lambda/enrichment/enrichArticle';
import type { EnrichmentInput } from '../../lambda/enrichment/types';

/**
 * The names of one kind of entity that enrichment finds in `input`, in its order.
 *
 * @example
 * ```ts
 * entityNames(enrichmentInputOf('Officials from Netball Australia attended.'), 'organizations'); // ['Netball Australia']
 * ```
 */
export const entityNames = (input: EnrichmentInput, kind: 'people' | 'organizations' | 'places') =>
  enrichArticle(input).entities[kind].map((entity) => entity.name);
