/** Long enough for "Ак-Суу: семинар 2021, глубина 2", short enough for a menu. */
export const savedViewNameMaxLength = 120;

/**
 * The largest state kept, as UTF-8 JSON: positions of a few thousand nodes fit easily; a client that sends more
 * is refused before anything is written.
 */
export const savedViewStateMaxBytes = 256 * 1024;

/** How many views one user may keep, so one account cannot fill the database. */
export const savedViewsPerOwnerMax = 500;
