// Settings of the security log: how long entries are kept (L3), when the retention job runs, how much
// an export may hold, and how long the free-text fields may be.
export const securityLogRetentionDays = 60;

/** Daily at 03:15 German time (croner pattern: minute hour day month weekday). */
export const securityLogRetentionSchedule = {
  pattern: '15 3 * * *',
  timezone: 'Europe/Berlin',
} as const;

/** The time zone of the date in the export's file name. */
export const securityLogTimeZone = 'Europe/Berlin';

/**
 * The most entries one CSV export may hold; a larger export is refused with a hint to narrow the time
 * range (silently cutting an audit export would hide entries).
 */
export const maxExportRows = 50_000;

/** Longest stored texts, in characters (an e-mail address may have at most 254). */
export const securityLogTextLimits = {
  subject: 254,
  userAgent: 512,
  ipAddress: 64,
  detailValue: 500,
  /** The whole details object as JSON. */
  detailsJson: 4000,
} as const;
