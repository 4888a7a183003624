import type {
  QaTopic,
  SessionFeedbackList,
  SessionStats,
  SessionUseful,
  StaffSessionQuery,
} from '@api/law';
import { QA_TOPICS } from '@/domain/law-vocabulary';
import { stringKeysetPage } from '../../pagination';
import { getRegion } from '../region/region-service';
import { checkinCounts, feedbackOfSessions, listSessionFeedback } from './checkin-repository';
import type { SessionDeps } from './session-reading-service';
import { sessionNotFound } from './session-reading-service';
import { findSession, sessionsForStats } from './session-repository';

/** Attendance (QR check-ins) and feedback, per session and per town, for staff. */

interface Figures {
  attendees: number;
  feedback: number;
  useful: Record<SessionUseful, number>;
  wantTopics: { topic: QaTopic; count: number }[];
}

interface Tally {
  attendees: number;
  feedback: number;
  useful: Record<SessionUseful, number>;
  topics: Map<QaTopic, number>;
}

const emptyTally = (): Tally => ({
  attendees: 0,
  feedback: 0,
  useful: { yes: 0, some: 0, no: 0 },
  topics: new Map(),
});

function addTo(into: Tally, from: Tally): void {
  into.attendees += from.attendees;
  into.feedback += from.feedback;
  for (const k of ['yes', 'some', 'no'] as const) into.useful[k] += from.useful[k];
  for (const [topic, n] of from.topics) into.topics.set(topic, (into.topics.get(topic) ?? 0) + n);
}

/** Most asked first; ties in the 问答 topics' order. */
const figuresOf = (t: Tally): Figures => ({
  attendees: t.attendees,
  feedback: t.feedback,
  useful: { ...t.useful },
  wantTopics: [...t.topics]
    .map(([topic, count]) => ({ topic, count }))
    .sort((a, b) => b.count - a.count || QA_TOPICS.indexOf(a.topic) - QA_TOPICS.indexOf(b.topic)),
});

/**
 * Sessions: published ones that have started and any published or cancelled one with check-ins,
 * newest first. Towns: every profile town with such sessions, in the profile's order.
 */
export async function sessionStats(deps: SessionDeps): Promise<SessionStats> {
  const db = deps.db.db;
  const rows = await sessionsForStats(db, deps.now().toISOString());
  const ids = rows.map((r) => r.id);
  const [counts, feedback, region] = await Promise.all([
    checkinCounts(db, ids),
    feedbackOfSessions(db, ids),
    getRegion(db),
  ]);
  const tallies = new Map(ids.map((id) => [id, emptyTally()]));
  for (const f of feedback) {
    const t = tallies.get(f.session_id);
    if (!t) continue;
    t.feedback += 1;
    t.useful[f.useful] += 1;
    for (const topic of JSON.parse(f.want_topics) as QaTopic[]) {
      t.topics.set(topic, (t.topics.get(topic) ?? 0) + 1);
    }
  }
  const towns = new Map<string, { sessions: number; tally: Tally }>();
  const sessions = rows.map((row) => {
    const tally = tallies.get(row.id) ?? emptyTally();
    tally.attendees = counts.get(row.id) ?? 0;
    const town = towns.get(row.town) ?? { sessions: 0, tally: emptyTally() };
    town.sessions += 1;
    addTo(town.tally, tally);
    towns.set(row.town, town);
    return {
      id: row.id,
      topic: row.topic,
      town: row.town,
      village: row.village,
      startsAt: row.starts_at,
      ...figuresOf(tally),
    };
  });
  return {
    sessions,
    towns: region.towns
      .filter((name) => towns.has(name))
      .map((name) => {
        const town = towns.get(name) ?? { sessions: 0, tally: emptyTally() };
        return { town: name, sessions: town.sessions, ...figuresOf(town.tally) };
      }),
  };
}

/** What attendees of one session wrote, newest first. */
export async function sessionFeedback(
  deps: SessionDeps,
  id: string,
  query: Pick<StaffSessionQuery, 'cursor' | 'limit'>,
): Promise<SessionFeedbackList> {
  const session = await findSession(deps.db.db, id);
  if (!session) throw sessionNotFound();
  const page = await stringKeysetPage(
    query,
    (window) => listSessionFeedback(deps.db.db, id, window),
    (r) => [r.created_at, r.checkin_id],
  );
  return {
    items: page.rows.map((r) => ({
      useful: r.useful,
      wantTopics: JSON.parse(r.want_topics) as QaTopic[],
      ...(r.text !== null && { text: r.text }),
      createdAt: r.created_at,
    })),
    nextCursor: page.nextCursor,
  };
}
