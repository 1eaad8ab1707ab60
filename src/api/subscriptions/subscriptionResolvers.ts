import type { EventWithDetails, RelationRecord } from '../../domain/graphRecords.js';
import type { ApiContext } from '../apiContext.js';
import { createLoaders } from '../createLoaders.js';
import type { SubscriptionResolvers } from '../generated/resolvers.js';
import { toEventFilter, toRelationId } from '../toEventFilter.js';
import type { ChangeFeed } from './changeFeedPoller.js';
import { createPushIterator } from './pushIterator.js';

// A subscription's context lives as long as the subscription, and its DataLoaders cache for
// ever: each update is resolved with fresh ones, or a person's offices, say, would be those of
// the first update. (The context object is the subscription's own; nothing else holds it.)
function freshLoaders(ctx: ApiContext): void {
  (ctx as { loaders: ApiContext['loaders'] }).loaders = createLoaders(ctx.read);
}

/** The Subscription resolvers, fed by the process's change feed. */
export function subscriptionResolvers(feed: ChangeFeed): SubscriptionResolvers<ApiContext> {
  return {
    eventChanged: {
      subscribe: async (_, args) => {
        const filter = toEventFilter(args.filter);
        await feed.ready();
        let unwatch = () => {};
        const { push, iterator } = createPushIterator<EventWithDetails>(() => unwatch());
        unwatch = feed.watchEvents(filter, push);
        return iterator;
      },
      resolve: (event: EventWithDetails, _args: unknown, ctx: ApiContext) => {
        freshLoaders(ctx);
        return event;
      },
    },
    relationChanged: {
      subscribe: async (_, { a, b }) => {
        const id = toRelationId(a, b);
        await feed.ready();
        let unwatch = () => {};
        const { push, iterator } = createPushIterator<RelationRecord>(() => unwatch());
        unwatch = feed.watchRelation(id, push);
        return iterator;
      },
      resolve: (relation: RelationRecord, _args: unknown, ctx: ApiContext) => {
        freshLoaders(ctx);
        return relation;
      },
    },
  };
}
