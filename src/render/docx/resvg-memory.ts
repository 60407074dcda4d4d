/**
 * resvg-js allocates with mimalloc, which hands a freed block's pages back to the system 10 ms
 * after it is freed. A chart's pixmap is a few megabytes, freed once its document is done, so each
 * chart of the next document faulted its pages in afresh: on the virtual machines this runs on in
 * CI, about 15 µs a page, a third of a chart's time. Told never to give them back, mimalloc reuses
 * the same pages from one chart to the next (a DOCX summary 25% faster in a warm process, for about
 * 10% more peak memory, measured in the README).
 *
 * mimalloc reads the setting from the environment, once per process, when it first needs it; so
 * this is set before resvg-js is loaded (raster.ts imports this module first), and in the main
 * thread before worker threads start (pool.ts): a worker thread's `process.env` is a copy that the
 * C library never sees. A value the user set is kept.
 */
process.env.MIMALLOC_PURGE_DELAY ??= '-1';
