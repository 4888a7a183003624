import type { Static, TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { closed, errorResponses } from '../schemas';
import { signedIn } from './signed-in';

/** What a create hands its service: the caller, the checked body, the Idempotency-Key claim. */
export type CreateRequest<B extends TSchema> = Pick<FastifyRequest, 'user' | 'idempotency'> & {
  body: Static<B>;
};

export interface CreateRoute<B extends TSchema, R extends TSchema> {
  onRequest: Parameters<typeof signedIn>[0];
  /** The feature's OpenAPI tag. */
  tag: string;
  summary: string;
  description?: string;
  body: B;
  /** The 201 answer. */
  created: R;
  errors: number[];
  /** The first answer again, from the id it recorded (an Idempotency-Key replay). */
  replay: (request: FastifyRequest, id: string) => Promise<Static<R>>;
  create: (request: CreateRequest<B>) => Promise<Static<R>>;
}

/** A signed-in POST that creates something: 201, and a retry with the same Idempotency-Key replays. */
export function postCreate<B extends TSchema, R extends TSchema>(
  app: FastifyInstance,
  url: string,
  route: CreateRoute<B, R>,
): void {
  const { onRequest, tag, summary, description, body, created, errors, replay, create } = route;
  const options: RouteShorthandOptions = {
    config: { idempotent: { status: 201, replay } },
    ...signedIn(onRequest, tag, {
      summary,
      ...(description !== undefined && { description }),
      body: closed(body),
      response: { 201: created, ...errorResponses(...errors) },
    }),
  };
  app.post(url, options, async (request, reply) =>
    reply.status(201).send(await create(request as CreateRequest<B>)),
  );
}
