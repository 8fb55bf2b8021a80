// The language switch of the sign-in pages (inside the app it is part of the user menu).
import { Button, Menu, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, languages } from '../app/i18n';
import { CheckIcon, ChevronDownIcon, GlobeIcon } from './icons';

export function LanguageMenu() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={<GlobeIcon />}
          rightSection={<ChevronDownIcon size={14} />}
          aria-label={`${t('language.label')}: ${t(`language.${active}`)}`}
        >
          {t(`language.${active}`)}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {languages.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            leftSection={language === active ? <CheckIcon size={14} /> : <span style={{ width: 14 }} />}
            onClick={() => void changeLanguage(language)}
          >
            {t(`language.${language}`)}
            {language === active ? <VisuallyHidden> ({t('common.selected')})</VisuallyHidden> : null}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
