import type { Role } from '@api/common';

/**
 * Row shapes as stored. Portable types only: ids are ULID text, times are ISO 8601 UTC text,
 * booleans are integers 0/1, JSON is text — the same on SQLite and PostgreSQL.
 */
export interface UsersTable {
  id: string;
  role: Role;
  openid: string | null;
  unionid: string | null;
  /** WeChat session key: server-side only, never in a response. */
  session_key: string | null;
  username: string | null;
  password_hash: string | null;
  must_change_password: number;
  nickname: string;
  created_at: string;
  updated_at: string;
}

export interface SettingsTable {
  key: string;
  /** JSON text. */
  value: string;
  updated_at: string;
  updated_by: string | null;
}

export interface HolidaysTable {
  /** 'YYYY-MM-DD' (Asia/Shanghai calendar date). */
  date: string;
  kind: 'holiday' | 'workday';
  note: string | null;
}

export interface VisitsTable {
  id: string;
  source: string;
  channel: string;
  path: string | null;
  user_id: string | null;
  created_at: string;
}

export interface IdempotencyKeysTable {
  /** Caller: a user id, or 'anonymous'. */
  scope: string;
  key: string;
  /** 'POST /api/v1/…' the key was first used with. */
  method_path: string;
  body_hash: string;
  /** Null while the first request is still running. */
  status_code: number | null;
  response: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  created_at: string;
  /** JSON text. */
  detail: string | null;
}

export interface Database {
  users: UsersTable;
  settings: SettingsTable;
  holidays: HolidaysTable;
  visits: VisitsTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_log: AuditLogTable;
}
