import type { RecordStore } from '../../lambda/store/RecordStore';
import type { EntityKind } from '../../lambda/store/types';
import { UserError } from '../errors';

const KINDS: readonly EntityKind[] = ['person', 'organization', 'place'];

/**
 * The kind of a named entity when the user gave none: the one kind under which the name has articles
 * (`person` when none has). A name indexed as several kinds ("Washington": a person and a place) needs
 * `--kind`.
 *
 * @example
 * await resolveEntityKind(store, 'Mark Milley'); // 'person'
 */
export async function resolveEntityKind(store: RecordStore, name: string): Promise<EntityKind> {
  const found: EntityKind[] = [];
  for (const kind of KINDS) {
    const page = await store.articlesByEntity(kind, name, { limit: 1 });
    if (page.items.length > 0) found.push(kind);
  }
  if (found.length > 1) {
    throw new UserError(`"${name}" is indexed as ${found.join(' and ')}: add --kind ${found.join('|')}`);
  }
  return found[0] ?? 'person';
}
