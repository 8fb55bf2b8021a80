// One of the three set-ups by its method, and its title; used on /konto (in a dialog) and in the
// sign-in gate of tenants that require a second factor.
import type { SetupMethod } from './account.types';
import { PasskeySetup } from './passkey-setup.component';
import { PhoneSetup } from './phone-setup.component';
import type { SetupProps } from './setup-form.component';
import { TotpSetup } from './totp-setup.component';

export const setupTitleKeys = {
  totp: 'account.totp.title',
  passkey: 'account.passkey.title',
  sms: 'account.phone.title',
} as const satisfies Record<SetupMethod, string>;

export function MethodSetup({
  method,
  replacesTotp = false,
  ...props
}: SetupProps & { method: SetupMethod; replacesTotp?: boolean }) {
  switch (method) {
    case 'totp':
      return <TotpSetup requiresPassword={replacesTotp} {...props} />;
    case 'passkey':
      return <PasskeySetup {...props} />;
    case 'sms':
      return <PhoneSetup {...props} />;
  }
}
