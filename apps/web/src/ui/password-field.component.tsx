// Mantine's password input, made complete: the show/hide button labelled in the user's language and
// reachable with the keyboard (Mantine labels it in English and leaves it out of the tab order), and
// aria-invalid on the input when the field has an error (Mantine sets it only on its other inputs).
import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

export function PasswordField({ ref, ...props }: PasswordInputProps & { ref?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  const [isVisible, setVisible] = useState(false);
  return (
    <PasswordInput
      ref={ref}
      aria-invalid={props.error ? true : undefined}
      {...props}
      visible={isVisible}
      onVisibilityChange={setVisible}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{
        'aria-label': t(isVisible ? 'common.hidePassword' : 'common.showPassword'),
      }}
    />
  );
}
