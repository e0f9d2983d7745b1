import { ActionIcon, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-context.js';
import { tone } from '../../lib/tones.js';
import { emptyOption, type FieldDraft, keyFromLabel, type OptionDraft } from './register-type-model.js';

/** The languages a register's names and options are written in, nl-BE first. */
export const languages = ['nl', 'fr', 'en'] as const;

/**
 * The options of a category field in the register editor (register-type-editor.tsx): each option's name in the three
 * languages and its stored code (made from the Dutch name until someone types one), removable; a button adds one.
 */
export function FieldOptions({
  field,
  path,
  message,
  onOption,
  onOptions,
}: {
  field: FieldDraft;
  /** The field's place in the draft (`fields.2`), which the problems name. */
  path: string;
  message: (path: string) => string | undefined;
  onOption: (optionIndex: number, changes: Partial<OptionDraft>) => void;
  onOptions: (options: FieldDraft['options']) => void;
}) {
  const { t, fill } = useI18n();
  return (
    <Fieldset legend={t.registrations.types.options} variant="filled" p="sm">
      <Stack gap="xs">
        {message(`${path}.options`) && (
          <Text c="red.9" size="sm" role="alert">
            {message(`${path}.options`)}
          </Text>
        )}
        {field.options.map((option, optionIndex) => {
          const optionPath = `${path}.options.${optionIndex}`;
          const optionNumber = optionIndex + 1;
          return (
            <div key={option.uid} className="type-option">
              <Text size="xs" fw={700} aria-hidden="true">
                {fill(t.registrations.types.optionNumber, { number: optionNumber })}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 5 }} spacing="xs">
                {languages.map((language) => (
                  <TextInput
                    key={language}
                    size="sm"
                    label={t.registrations.types.languages[language]}
                    aria-label={fill(t.registrations.types.optionLabelIn[language], {
                      number: optionNumber,
                    })}
                    lang={language === 'en' ? 'en' : `${language}-BE`}
                    required
                    value={option[language]}
                    error={message(`${optionPath}.labels.${language}`)}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      const autoValue =
                        language === 'nl' && (option.value === '' || option.value === keyFromLabel(option.nl));
                      onOption(optionIndex, {
                        [language]: value,
                        ...(autoValue ? { value: keyFromLabel(value) } : {}),
                      });
                    }}
                  />
                ))}
                <TextInput
                  size="sm"
                  label={t.registrations.types.optionCode}
                  aria-label={fill(t.registrations.types.optionValue, { number: optionNumber })}
                  required
                  value={option.value}
                  error={message(`${optionPath}.value`)}
                  onChange={(event) => onOption(optionIndex, { value: event.currentTarget.value })}
                />
                <Group align="flex-end">
                  <ActionIcon
                    variant="subtle"
                    color={tone.red}
                    size="lg"
                    aria-label={fill(t.registrations.types.removeOption, { number: optionNumber })}
                    onClick={() => onOptions(field.options.filter((_, j) => j !== optionIndex))}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </SimpleGrid>
            </div>
          );
        })}
        <Button
          size="xs"
          variant="light"
          onClick={() => onOptions([...field.options, emptyOption()])}
          style={{ alignSelf: 'flex-start' }}
        >
          {t.registrations.types.addOption}
        </Button>
      </Stack>
    </Fieldset>
  );
}
