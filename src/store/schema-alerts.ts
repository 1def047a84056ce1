/** Table shapes of migration 0002-alerts. */

export interface AlertTables {
}
