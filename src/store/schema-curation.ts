/** Table shapes of migration 0003-curation. */

export interface CurationTables {
}
