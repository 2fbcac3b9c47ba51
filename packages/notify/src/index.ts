export { STATUSES, STATUS_WORDS, normalizeStatus, isFailureStatus, type Status } from './statuses';
export { escapeMrkdwn, mrkdwnLink, truncateText, firstLine } from './mrkdwn';
export { readGithubContext, type GithubContext } from './github-context';
export type { Block, SlackMessage, MessageFacts } from './slack-message';
export { builtinMessage, mentionText, mentionsFor, HEADLINES } from './builtin-message';
export { fillPlaceholders, placeholderValues } from './fill-placeholders';
export { customMessage, checkPayloadShape } from './custom-message';
export { fitToLimits, SLACK_LIMITS } from './block-limits';
export { composeMessage, type ComposeSpec, type ComposedMessage } from './compose-message';
export { fetchPost, type HttpPost, type HttpReply } from './http-post';
export { SlackError, SlackTransientError } from './slack-error';
export { postToWebhook, callWebApi } from './slack-transports';
export { sendNotification, type Target, type SendOptions, type SendResult } from './send-notification';
export {
  deliverNotification,
  judgeNotification,
  notSentLine,
  sentLine,
  type Notified,
  type NotifyOptions,
  type NotifyScope,
  type NotifyVerdict,
} from './deliver-notification';
export { notifySummary } from './notify-summary';
