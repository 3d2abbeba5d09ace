/** A stable id per report (or request) and step, so a retried call stores nothing twice. */
export { uuidVoor } from '@vt/platform';
