/** The columns of pg-boss's job table that poachwatch reads (schema poachwatch_jobs), for kysely. */
import type { ColumnType } from 'kysely';

export interface JobRow {
  id: string;
  name: string;
  state: 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
  data: ColumnType<unknown, never, never>;
  output: ColumnType<unknown, never, never>;
  singleton_key: string | null;
  retry_count: number;
  retry_limit: number;
  created_on: ColumnType<Date, never, never>;
  completed_on: ColumnType<Date | null, never, never>;
}

export interface JobTables {
  job: JobRow;
}
