// Text-message drivers: an HTTP gateway (POST of a JSON body built from a template, bearer token, timeout)
// and the built-in outbox, which sends nothing: the message stays in `outbox_messages`.
import type { DeliveryConfig } from '../../app/config/config.js';
import { DeliveryError } from './delivery.errors.js';
import type { SmsDriver } from './delivery.types.js';

export interface HttpSmsDriverOptions {
  url: string;
  token?: string;
  /** JSON with the placeholders {to} and {text} inside strings, e.g. {"to":"{to}","text":"{text}"}. */
  bodyTemplate: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The template with {to} and {text} replaced by JSON-escaped values (so a text cannot add fields). */
export function renderSmsBody(template: string, { to, text }: { to: string; text: string }): string {
  const escape = (value: string) => JSON.stringify(value).slice(1, -1);
  return template.replace(/\{(to|text)\}/g, (_match, name: string) => escape(name === 'to' ? to : text));
}

export function createHttpSmsDriver({
  url,
  token,
  bodyTemplate,
  timeoutMs = 15_000,
  fetch: fetchImpl = fetch,
}: HttpSmsDriverOptions): SmsDriver {
  return {
    transport: 'sms-gateway',
    send: async (message) => {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: renderSmsBody(bodyTemplate, message),
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const reason =
          (error as Error).name === 'TimeoutError'
            ? `no answer within ${timeoutMs} ms`
            : (error as Error).message;
        throw new DeliveryError(`SMS gateway: ${reason}`, false);
      }
      // Drain the body so the connection can be reused; its content is the gateway's business.
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) {
        // 4xx means the request itself is wrong (bad number, bad token), except "too many" and timeouts.
        const isPermanent =
          response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status);
        throw new DeliveryError(`SMS gateway answered ${response.status}`, isPermanent);
      }
    },
  };
}

export function createOutboxSmsDriver(): SmsDriver {
  return { transport: 'outbox', send: async () => {} };
}

export function createSmsDriver(config: DeliveryConfig['sms']): SmsDriver {
  if (config.kind === 'outbox') return createOutboxSmsDriver();
  return createHttpSmsDriver(config);
}
