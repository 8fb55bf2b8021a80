// A failed delivery. `isPermanent`: retrying cannot help (the server rejected the recipient, the gateway
// refused the request), so the message is marked failed at once instead of after the last retry.
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly isPermanent: boolean,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

export function isPermanentDeliveryError(error: unknown): boolean {
  return error instanceof DeliveryError && error.isPermanent;
}
