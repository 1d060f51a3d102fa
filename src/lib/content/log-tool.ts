/**
 * The log tool (kommune.yaml › logTool) as a step resource: a step lists `- ref: loggverktoy`
 * where the log is opened, used or closed, and the page links to the municipality's own log.
 */
export const LOG_TOOL_REF = 'loggverktoy';
