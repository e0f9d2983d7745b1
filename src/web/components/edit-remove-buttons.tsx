import { Button, Group } from '@mantine/core';

/**
 * An item's two small buttons: edit, then remove (red, quieter). `editLabel` and `removeLabel` name the item for
 * screen readers where several items show the same buttons.
 */
export function EditRemoveButtons({
  edit,
  remove,
  editLabel,
  removeLabel,
  onEdit,
  onRemove,
  justify,
}: {
  edit: string;
  remove: string;
  editLabel?: string;
  removeLabel?: string;
  onEdit: () => void;
  onRemove: () => void;
  justify?: 'flex-end';
}) {
  return (
    <Group gap="xs" justify={justify}>
      <Button size="xs" variant="default" onClick={onEdit} aria-label={editLabel}>
        {edit}
      </Button>
      <Button size="xs" variant="subtle" color="red" onClick={onRemove} aria-label={removeLabel}>
        {remove}
      </Button>
    </Group>
  );
}
